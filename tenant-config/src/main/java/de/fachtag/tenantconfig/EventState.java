package de.fachtag.tenantconfig;

/**
 * Where an event stands in its life. A file states it instead of the loader deriving it from
 * the clock, so that loading the same file gives the same event on every day.
 */
public enum EventState {
    /** Being prepared; not public. Date and times may still be open. */
    DRAFT,
    /** Public, and registration is open within its window. */
    PUBLISHED,
    /** Public; the form is gone ("Anmeldung beendet"), the event is still to come. */
    REGISTRATION_CLOSED,
    /** Took place; shown among the past events. */
    DONE,
    /** Took place long ago; kept for the series and the reports, not listed on the tenant's home page. */
    ARCHIVED;

    /**
     * Whether the event's date and times may be left out: while it is still planned, or when
     * it is a past event the sources give no date for (three of the 2019 regional conferences).
     * An event people can register for or are waiting for always has them.
     */
    public boolean mayLeaveScheduleOpen() {
        return this == DRAFT || this == DONE || this == ARCHIVED;
    }
}
