package de.fachtag.tenant;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same thing since it was read; nothing was written. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException() {
        super("Changed by someone else in the meantime");
    }
}
