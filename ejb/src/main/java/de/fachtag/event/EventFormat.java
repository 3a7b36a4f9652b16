package de.fachtag.event;

/** On site only, on site plus livestream (hybrid), or online only. */
public enum EventFormat {
    ON_SITE,
    HYBRID,
    ONLINE
}
