package de.fachtag.mail;

/** The mails a registration causes. */
public enum MailKind {
    /** Registered with a seat: details, calendar file, private link. */
    CONFIRMATION,
    /** Registered on the waitlist: position, private link. */
    WAITLISTED,
    /** Moved up from the waitlist to a seat. */
    PROMOTED,
    /** The registration was cancelled. */
    CANCELLED,
    /** The private link again, on request or on registering a second time. */
    LINK_RESENT,
    /** Workshop or mode changed: the new details. */
    CHANGED,
    /** The livestream's access link, some time before the start. */
    LIVESTREAM_ACCESS,
    /** The day before the event. */
    REMINDER
}
