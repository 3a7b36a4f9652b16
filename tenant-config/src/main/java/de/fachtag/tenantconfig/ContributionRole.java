package de.fachtag.tenantconfig;

/** What a person or organisation does at an event, an agenda item or a workshop. */
public enum ContributionRole {
    /** Referent*in: gives a talk or an input. */
    SPEAKER,
    /** Moderation of the day, a panel or a workshop. */
    MODERATOR,
    /** Gast auf dem Podium. */
    PANEL_GUEST,
    /** Gives a Grußwort. */
    GREETING,
    /** Workshop-Leitung. */
    WORKSHOP_LEAD
}
