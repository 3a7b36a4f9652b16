package de.fachtag.registration;

import jakarta.ejb.ApplicationException;

/**
 * The event's seats stayed locked by other registrations longer than the lock timeout. Nothing
 * was stored; the person can simply try again ("Bitte versuchen Sie es gleich noch einmal").
 */
@ApplicationException(rollback = true)
public class SeatsBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SeatsBusyException(Throwable cause) {
        super("seats of the event are busy", cause);
    }
}
