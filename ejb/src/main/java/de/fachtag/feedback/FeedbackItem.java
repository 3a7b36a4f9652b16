package de.fachtag.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * One feedback message as the inbox shows it: what was written, by whom if they said, where
 * its answer stands and whether it is overdue (read at {@code now}).
 */
public record FeedbackItem(
        UUID id,
        Instant receivedAt,
        Instant replyDue,
        FeedbackState state,
        boolean overdue,
        String page,
        String message,
        String contactName,
        String contactEmail,
        String locale,
        Instant answeredAt,
        String answeredBy,
        String answerNote,
        Instant closedAt,
        String closedBy) {

    static FeedbackItem of(FeedbackMessage m, Instant now) {
        return new FeedbackItem(
                m.getId(),
                m.getReceivedAt(),
                m.getReplyDue(),
                m.getState(),
                m.isOverdue(now),
                m.getPage(),
                m.getMessage(),
                m.getContactName(),
                m.getContactEmail(),
                m.getLocale(),
                m.getAnsweredAt(),
                m.getAnsweredBy(),
                m.getAnswerNote(),
                m.getClosedAt(),
                m.getClosedBy());
    }

    /** Waiting for an answer. */
    public boolean open() {
        return state == FeedbackState.NEW;
    }
}
