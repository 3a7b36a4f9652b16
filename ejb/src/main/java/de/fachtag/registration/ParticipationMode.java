package de.fachtag.registration;

/** vor Ort / Livestream. */
public enum ParticipationMode {
    ON_SITE,
    LIVESTREAM
}
