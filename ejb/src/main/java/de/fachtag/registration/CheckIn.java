package de.fachtag.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * What a scanned or typed badge code gave.
 *
 * @param at when the person was checked in (now, or the first time for {@link Result#ALREADY})
 */
public record CheckIn(Result result, UUID registrationId, String name, String workshop, Instant at) {

    public enum Result {
        /** Marked present now. */
        CHECKED_IN,
        /** Was already present: {@code at} says since when. */
        ALREADY,
        /** Registered but waiting or cancelled: no seat. */
        NOT_CONFIRMED,
        /** No registration of this event has that code. */
        UNKNOWN
    }
}
