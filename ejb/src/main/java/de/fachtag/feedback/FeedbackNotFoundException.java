package de.fachtag.feedback;

import jakarta.ejb.ApplicationException;

/** No such feedback message for this tenant; another tenant's looks the same. */
@ApplicationException(rollback = true)
public class FeedbackNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FeedbackNotFoundException(Object id) {
        super("Not found: feedback " + id);
    }
}
