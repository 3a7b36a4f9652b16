package de.fachtag.feedback;

/**
 * Where a feedback message stands. NEW waits for an answer (it is what the dashboard counts as
 * open and what can be overdue); ANSWERED has had one; CLOSED needs nothing more. The moves
 * between them are {@link FeedbackMessage}'s.
 */
public enum FeedbackState {
    NEW,
    ANSWERED,
    CLOSED
}
