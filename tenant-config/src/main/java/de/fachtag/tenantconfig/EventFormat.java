package de.fachtag.tenantconfig;

/** How people take part in an event; decides whether the form offers the livestream. */
public enum EventFormat {
    /** Only in the room. */
    ON_SITE,
    /** In the room, and as a livestream for further guests (Mittelsachsen 2021). */
    HYBRID,
    /** Only online. */
    ONLINE
}
