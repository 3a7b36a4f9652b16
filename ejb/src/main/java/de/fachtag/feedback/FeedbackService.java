package de.fachtag.feedback;

import de.fachtag.mail.FeedbackMail;
import de.fachtag.mail.Outbox;
import de.fachtag.registration.Tokens;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's feedback: stores what the public form sends and, in the same transaction,
 * queues its forwarding to the tenant's accessibility feedback contact; and is the back office's
 * inbox (list, one message, answered / closed / reopened, the dashboard's counts). Every read
 * and write is the current tenant's: an id of another tenant's message is not found.
 */
@Stateless
@TenantScoped
public class FeedbackService {

    /** Open messages first, the most urgent on top; then the rest, newest first. */
    static final Comparator<FeedbackItem> INBOX_ORDER = Comparator.comparing((FeedbackItem i) -> !i.open())
            .thenComparing(i -> i.open() ? i.replyDue() : Instant.MAX)
            .thenComparing(FeedbackItem::receivedAt, Comparator.reverseOrder());

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    Outbox outbox;

    public UUID submit(@NotNull @Valid FeedbackForm form, Locale locale) {
        // a private link (the page /r/{token}, or pasted into the text) is nobody's business here
        var message = new FeedbackMessage(
                Tokens.redact(clean(form.getPage(), "/")),
                Tokens.redact(form.getMessage().strip()),
                clean(form.getName(), null),
                clean(form.getEmail(), null),
                locale.getLanguage(),
                clock.instant());
        em.persist(message);
        Tenant tenant = em.find(Tenant.class, TenantContext.require());
        outbox.feedbackMail(new FeedbackMail.Facts(
                message.getId(),
                tenant.getId(),
                tenant.getName(),
                message.getPage(),
                message.getMessage(),
                message.getContactName(),
                message.getContactEmail(),
                message.getReceivedAt(),
                message.getReplyDue()));
        return message.getId();
    }

    /** Every message of the tenant, in {@link #INBOX_ORDER}. */
    public List<FeedbackItem> inbox() {
        Instant now = clock.instant();
        return em.createNamedQuery("FeedbackMessage.inbox", FeedbackMessage.class)
                .getResultStream()
                .map(m -> FeedbackItem.of(m, now))
                .sorted(INBOX_ORDER)
                .toList();
    }

    public Optional<FeedbackItem> find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(FeedbackMessage.class, id))
                .map(m -> FeedbackItem.of(m, clock.instant()));
    }

    /** Messages waiting for an answer, and those of them past their deadline. */
    public FeedbackCounts counts() {
        long open = em.createNamedQuery("FeedbackMessage.countOpen", Long.class)
                .setParameter("state", FeedbackState.NEW)
                .getSingleResult();
        long overdue = em.createNamedQuery("FeedbackMessage.countOverdue", Long.class)
                .setParameter("state", FeedbackState.NEW)
                .setParameter("now", clock.instant())
                .getSingleResult();
        return new FeedbackCounts(open, overdue);
    }

    /**
     * Marks a message answered, with an optional note for colleagues.
     *
     * @param by the staff account's address
     * @throws FeedbackNotFoundException  no such message for this tenant
     * @throws FeedbackStateException     it is not waiting for an answer (someone was quicker, say)
     */
    public FeedbackItem answer(UUID id, String note, String by) {
        FeedbackMessage m = locked(id);
        m.answer(note, by, clock.instant());
        return FeedbackItem.of(m, clock.instant());
    }

    /** Nothing more to do about a message, answered or not. Throws as {@link #answer} does (when it is closed already). */
    public FeedbackItem close(UUID id, String by) {
        FeedbackMessage m = locked(id);
        m.close(by, clock.instant());
        return FeedbackItem.of(m, clock.instant());
    }

    /** Open again, waiting for an answer, with its first deadline. Throws as {@link #answer} does (when it is open). */
    public FeedbackItem reopen(UUID id) {
        FeedbackMessage m = locked(id);
        m.reopen();
        return FeedbackItem.of(m, clock.instant());
    }

    /** The message, read under a row lock: two staff members acting at once decide one after the other. */
    private FeedbackMessage locked(UUID id) {
        FeedbackMessage m = id == null ? null : em.find(FeedbackMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new FeedbackNotFoundException(id);
        }
        return m;
    }

    private static String clean(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
