package de.fachtag.registration;

/**
 * Arbeitsbereich of a participant. A tenant offers a subset in its own order; the keys are
 * stable because the funders' reports count by them.
 */
public enum Sector {
    ADMINISTRATION,
    JOB_CENTRE,
    EDUCATION,
    COUNSELLING,
    MIGRANT_ORGANISATION,
    BUSINESS,
    VOLUNTEER,
    OTHER
}
