package de.fachtag.tenantconfig;

/**
 * Whether a contributor has agreed. Invitations print unconfirmed names with "(angefragt)";
 * the pages must keep that mark, because announcing someone as confirmed who was only asked
 * is a promise the organiser cannot keep.
 */
public enum ContributionStatus {
    /** Has agreed, or the source announces them without reservation. */
    CONFIRMED,
    /** Asked, not yet confirmed ("angefragt"). */
    REQUESTED
}
