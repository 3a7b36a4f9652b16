package de.fachtag.registration;

import jakarta.ejb.ApplicationException;

/** The event takes no registrations (for this mode) now: not yet open, or closed. */
@ApplicationException(rollback = true)
public class RegistrationClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; also the suffix of the message key {@code fachtag.registration.closed.*}. */
    public enum Reason {
        NOT_YET_OPEN,
        CLOSED
    }

    private final Reason reason;

    public RegistrationClosedException(Reason reason) {
        super("registration " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
