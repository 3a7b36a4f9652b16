package de.fachtag.results;

import jakarta.ejb.ApplicationException;

/** A personal link that expired or was revoked was used for a change: refused, nothing changed. */
@ApplicationException(rollback = true)
public class LinkClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LinkClosedException() {
        super("the personal link expired or was revoked");
    }
}
