package de.fachtag.feedback;

import jakarta.ejb.ApplicationException;

/** A move the message's state does not allow (answering a closed message, say); nothing was written. */
@ApplicationException(rollback = true)
public class FeedbackStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FeedbackState state;

    public FeedbackStateException(String move, FeedbackState state) {
        super("Cannot " + move + " a feedback message that is " + state);
        this.state = state;
    }

    /** The state the message was in. */
    public FeedbackState state() {
        return state;
    }
}
