package de.fachtag.event;

/** Where an event stands. Only PUBLISHED and later are public; ARCHIVED is hidden from lists. */
public enum EventState {
    DRAFT,
    PUBLISHED,
    REGISTRATION_CLOSED,
    DONE,
    ARCHIVED
}
