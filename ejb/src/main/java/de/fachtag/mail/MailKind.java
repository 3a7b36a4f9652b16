package de.fachtag.mail;

import java.util.EnumSet;
import java.util.Set;

/** The mails the outbox sends: those a registration causes ({@link #forRegistrations()}), forwarded feedback, and a staff member's password link. */
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
    REMINDER,
    /** A message of the feedback form, forwarded to the tenant's accessibility feedback contact ({@link FeedbackMail}). */
    FEEDBACK,
    /** A staff member's one-time link to set a password, on request: about an account, not a registration. */
    STAFF_PASSWORD_LINK,
    /** The personal link of the person responsible for a recommendation, to set its state (FollowUpService). */
    FOLLOW_UP_LINK,
    /** A reminder with a new personal link: the recommendation's state was not confirmed for the set period. */
    FOLLOW_UP_REMINDER,
    /** The personal link of a workshop's lead, to enter the workshop's results. */
    WORKSHOP_LEAD_LINK,
    /** An actor's contact's personal link to confirm or correct the actor's entries in the directory (issue 14). */
    ACTOR_CONFIRMATION_LINK;

    /** Mails whose private link is a personal link of results; the dedupe key names it ({@code KIND:accessId}). */
    public boolean carriesResultsLink() {
        return this == FOLLOW_UP_LINK || this == FOLLOW_UP_REMINDER || this == WORKSHOP_LEAD_LINK;
    }

    /** The kinds {@link MailComposer} renders for a registration. */
    public static Set<MailKind> forRegistrations() {
        return EnumSet.range(CONFIRMATION, REMINDER);
    }
}
