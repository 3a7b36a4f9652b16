package de.fachtag.event;

/** What a person (or organisation) does at an event, an agenda item or a workshop. */
public enum ContributionRole {
    SPEAKER,
    MODERATOR,
    PANEL_GUEST,
    GREETING,
    WORKSHOP_LEAD
}
