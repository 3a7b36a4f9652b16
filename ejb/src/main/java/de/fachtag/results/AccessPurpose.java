package de.fachtag.results;

/** What a personal link opens: the follow-up of one recommendation, or the results of one workshop. */
public enum AccessPurpose {
    FOLLOW_UP,
    WORKSHOP_LEAD
}
