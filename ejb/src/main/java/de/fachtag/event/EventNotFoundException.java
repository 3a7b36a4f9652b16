package de.fachtag.event;

import jakarta.ejb.ApplicationException;

/** No such event (or agenda item, or workshop) for this tenant; another tenant's looks the same. */
@ApplicationException(rollback = true)
public class EventNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventNotFoundException(String what) {
        super("Not found: " + what);
    }
}
