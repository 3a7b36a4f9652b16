package de.fachtag.feedback;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A message someone left through the feedback form of a tenant's pages, and where its answer
 * stands: NEW until a staff member marks it answered, CLOSED when nothing more is to be done,
 * NEW again when reopened. The reply deadline is set once, on arrival ({@link #REPLY_PERIOD}).
 */
@Entity
@Table(name = "feedback_message")
@NamedQuery(name = "FeedbackMessage.inbox", query = "SELECT m FROM FeedbackMessage m ORDER BY m.receivedAt DESC")
@NamedQuery(name = "FeedbackMessage.countOpen", query = "SELECT COUNT(m) FROM FeedbackMessage m WHERE m.state = :state")
@NamedQuery(
        name = "FeedbackMessage.countOverdue",
        query = "SELECT COUNT(m) FROM FeedbackMessage m WHERE m.state = :state AND m.replyDue < :now")
public class FeedbackMessage extends TenantOwned {

    /**
     * How long the tenant has to answer a message. BGG §12b and BITV 2.0 ask public bodies to
     * answer feedback on accessibility within a reasonable period without naming one; the
     * platform sets two weeks, marks a message overdue after that and counts it on the
     * dashboard. A message keeps the deadline it got on arrival: closing and reopening it does
     * not start the clock again.
     */
    public static final Duration REPLY_PERIOD = Duration.ofDays(14);

    /** The longest note a staff member can keep with an answer. */
    public static final int NOTE_MAX = 2000;

    @Column(nullable = false)
    private String page;

    @Column(nullable = false)
    private String message;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(nullable = false)
    private String locale;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "reply_due", nullable = false, updatable = false)
    private Instant replyDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackState state = FeedbackState.NEW;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answer_note")
    private String answerNote;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    protected FeedbackMessage() {}

    public FeedbackMessage(
            String page, String message, String contactName, String contactEmail, String locale, Instant receivedAt) {
        this.page = page;
        this.message = message;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.locale = locale;
        this.receivedAt = receivedAt;
        this.replyDue = receivedAt.plus(REPLY_PERIOD);
    }

    /**
     * Marks the message answered (by mail or phone, outside the platform).
     *
     * @param note what was answered, for colleagues; optional, at most {@link #NOTE_MAX} characters
     * @throws FeedbackStateException unless the message is NEW
     */
    public void answer(String note, String by, Instant at) {
        if (state != FeedbackState.NEW) {
            throw new FeedbackStateException("answer", state);
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > NOTE_MAX) {
            throw new IllegalArgumentException("note longer than " + NOTE_MAX);
        }
        state = FeedbackState.ANSWERED;
        answeredAt = at;
        answeredBy = by;
        answerNote = n;
    }

    /**
     * Nothing more is to be done (answered, or nothing to answer).
     *
     * @throws FeedbackStateException when it is closed already
     */
    public void close(String by, Instant at) {
        if (state == FeedbackState.CLOSED) {
            throw new FeedbackStateException("close", state);
        }
        state = FeedbackState.CLOSED;
        closedAt = at;
        closedBy = by;
    }

    /**
     * Open again, waiting for an answer, with the deadline it had; an earlier answer stays on
     * record until the next one replaces it.
     *
     * @throws FeedbackStateException when it is open
     */
    public void reopen() {
        if (state == FeedbackState.NEW) {
            throw new FeedbackStateException("reopen", state);
        }
        state = FeedbackState.NEW;
        closedAt = null;
        closedBy = null;
    }

    /** Waiting for an answer past its deadline. */
    public boolean isOverdue(Instant now) {
        return state == FeedbackState.NEW && now.isAfter(replyDue);
    }

    public String getPage() {
        return page;
    }

    public String getMessage() {
        return message;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getReplyDue() {
        return replyDue;
    }

    public FeedbackState getState() {
        return state;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
