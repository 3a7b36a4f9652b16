package de.fachtag.registration;

import jakarta.ejb.ApplicationException;

/** No such registration for this tenant: unknown, another tenant's, or erased. All look the same. */
@ApplicationException(rollback = true)
public class RegistrationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistrationNotFoundException() {
        super("no such registration");
    }
}
