package de.fachtag.actors;

import jakarta.ejb.ApplicationException;

/** No such actor, task or responsibility for the current tenant (another tenant's included). */
@ApplicationException(rollback = true)
public class ActorNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActorNotFoundException(Object what) {
        super("not found: " + what);
    }
}
