package de.fachtag.mail;

import de.fachtag.identity.StaffAccountService;
import de.fachtag.registration.Registration;
import de.fachtag.registration.RegistrationLink;
import de.fachtag.registration.Tokens;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.Tenant;
import de.fachtag.tenant.TenantProfile;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.config.QueryHints;

/**
 * Sends the current tenant's due mails, at most once even with several application instances,
 * a redeploy or a crash.
 *
 * <p>How: mail by mail, one short transaction claims a due row with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} and records the attempt on it ({@code sending_since})
 * and commits; only then is the mail handed to the SMTP server; a second transaction records the
 * outcome (sent, or failed with its next attempt after an exponential backoff). A claimed row is
 * no longer due, so no other instance takes it, and nothing is locked while SMTP is spoken to.
 * A process that dies between the server's "250 OK" and the second commit leaves the row
 * "sending": once its attempt is older than {@link #UNCERTAIN_AFTER} (far longer than any one
 * mail can take with the SMTP timeouts of {@link SmtpServer}), a later run marks it uncertain
 * ("möglicherweise zugestellt") instead of sending it again; the platform operator's dashboard
 * counts such mails per tenant. Every attempt carries the same Message-ID
 * ({@code <outbox-id@domain>}), by which mail programs recognise a repeat.
 *
 * <p>A mail that carries a private link ({@link OutboxMail#carriesPrivateLink()}) gets a new link
 * here: a fresh token goes into the message in place of {@link Outbox#LINK_TOKEN}, and only its
 * hash is stored, in the transaction that records the attempt, so that the link in a mail that
 * arrived works even when its outcome was lost. The token is never written to the outbox. (An
 * attempt that fails leaves a stored hash whose token nobody knows; it opens nothing.)
 */
@Stateless
@TenantScoped
public class OutboxDelivery {

    static final String CLAIM = "SELECT id FROM outbox_mail WHERE tenant_id = ?1 AND sent_at IS NULL "
            + "AND sending_since IS NULL AND next_attempt_at <= ?2 ORDER BY next_attempt_at, created_at LIMIT 1 "
            + "FOR UPDATE SKIP LOCKED";

    static final String MARK_UNCERTAIN = "UPDATE outbox_mail SET uncertain_since = ?2 WHERE tenant_id = ?1 "
            + "AND sent_at IS NULL AND uncertain_since IS NULL AND sending_since < ?3";

    /**
     * How long an attempt may be under way before its outcome counts as lost: the SMTP timeout
     * times a margin that covers connecting, greeting, STARTTLS, authentication and one message's
     * commands, each of which may take up to the timeout.
     */
    public static final Duration UNCERTAIN_AFTER =
            Duration.ofMillis(SmtpServer.TIMEOUT_MILLIS).multipliedBy(12);

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @jakarta.ejb.EJB
    StaffAccountService staffAccounts;

    @jakarta.ejb.EJB
    de.fachtag.actors.ActorConfirmations actorConfirmations;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** What one run did; {@code problem} names the SMTP trouble, if there was any. */
    public record Result(int sent, int failed, String problem) {

        static final Result NOTHING = new Result(0, 0, null);
    }

    /**
     * One claimed mail: the row as claimed, the token of its new private link (if it carries
     * one), or why it was not even tried ({@code refused}, already recorded as a failure).
     */
    public record Attempt(OutboxMail mail, Optional<String> linkToken, String refused) {}

    /**
     * Claims, sends and records up to {@code max} due mails of the current tenant, one after the
     * other over one SMTP connection, each in transactions of its own (none is open while SMTP
     * is spoken to). Stops at the first connection trouble: the rest waits for the next run.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result deliverDue(SmtpServer smtp, int max) {
        OutboxDelivery self = context.getBusinessObject(OutboxDelivery.class);
        self.markUncertain();
        int sent = 0;
        int failed = 0;
        Sender sender = null;
        Transport transport = null;
        try {
            for (int i = 0; i < max; i++) {
                Optional<Attempt> claimed = self.begin(smtp);
                if (claimed.isEmpty()) {
                    break;
                }
                Attempt attempt = claimed.get();
                UUID id = attempt.mail().getId();
                if (attempt.refused() != null) {
                    failed++;
                    continue;
                }
                try {
                    if (sender == null) {
                        sender = self.sender(smtp);
                    }
                    if (transport == null) {
                        transport = smtp.session().getTransport("smtp");
                        transport.connect(
                                smtp.host(),
                                smtp.port(),
                                smtp.user().orElse(null),
                                smtp.password().orElse(null));
                    }
                } catch (MessagingException | RuntimeException e) {
                    String problem = describe(e);
                    self.failed(id, problem, smtp);
                    return new Result(sent, failed + 1, problem);
                }
                OutboxMessage message = null;
                try {
                    message = sender.message(attempt.mail(), attempt.linkToken());
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (SendFailedException e) {
                    self.failed(id, describe(e), smtp); // this recipient refused; the others go on
                    failed++;
                    continue;
                } catch (MessagingException | RuntimeException e) {
                    String problem = describe(e);
                    if (message != null && message.handedOver()) {
                        // the server has the whole message and its answer got lost: it may have taken it
                        self.uncertain(id, problem);
                    } else {
                        self.failed(id, problem, smtp);
                    }
                    return new Result(sent, failed + 1, problem);
                }
                self.sent(id);
                sent++;
            }
        } finally {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the mails are sent or marked; a failing QUIT changes nothing
                }
            }
        }
        return sent + failed == 0 ? Result.NOTHING : new Result(sent, failed, null);
    }

    /**
     * Marks the current tenant's mails whose attempt started longer than {@link #UNCERTAIN_AFTER}
     * ago and never recorded an outcome as uncertain; answers how many it marked.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int markUncertain() {
        Instant now = clock.instant();
        return em.createNativeQuery(MARK_UNCERTAIN)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, TenantContext.require())
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.minus(UNCERTAIN_AFTER)))
                .executeUpdate();
    }

    /**
     * Claims one due mail and records that its attempt starts now, with its new private link, in
     * a transaction of its own: committed before the mail goes anywhere.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Attempt> begin(SmtpServer smtp) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(CLAIM)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, TenantContext.require())
                .setParameter(2, Timestamp.from(now))
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Object id = ids.get(0);
        OutboxMail mail = em.find(OutboxMail.class, id instanceof UUID u ? u : UUID.fromString(id.toString()));
        if (mail == null) {
            return Optional.empty();
        }
        Optional<String> token;
        try {
            token = link(mail);
        } catch (IllegalStateException e) {
            String problem = describe(e);
            fail(mail, problem, smtp);
            return Optional.of(new Attempt(mail, Optional.empty(), problem));
        }
        mail.sending(now);
        return Optional.of(new Attempt(mail, token, null));
    }

    /** Records that the SMTP server took the mail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(UUID id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) {
            mail.sent(clock.instant());
        }
    }

    /** Records that the attempt failed before the server took the mail; it is tried again after a backoff. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(UUID id, String problem, SmtpServer smtp) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) {
            fail(mail, problem, smtp);
        }
    }

    /**
     * Records that the server got the whole message but its answer was lost (a timeout after the
     * data): the mail may have arrived, so it is not sent again on its own.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void uncertain(UUID id, String problem) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) {
            mail.uncertain(problem, clock.instant());
        }
    }

    /**
     * A new link for a mail that carries one: its hash is stored now, its token goes into the
     * message. Empty for a mail without one.
     */
    private Optional<String> link(OutboxMail mail) {
        if (!mail.carriesPrivateLink()) {
            return Optional.empty();
        }
        if (mail.getKind().carriesResultsLink()) {
            String key = mail.getDedupeKey();
            UUID access =
                    key == null || key.indexOf(':') < 0 ? null : UUID.fromString(key.substring(key.indexOf(':') + 1));
            return Optional.of(de.fachtag.results.FollowUpService.issueToken(em, access, clock.instant()));
        }
        if (mail.getKind() == MailKind.STAFF_PASSWORD_LINK) {
            String token = StaffAccountService.newPasswordToken();
            staffAccounts.storePasswordToken(mail.getRecipient(), token);
            return Optional.of(token);
        }
        if (mail.getKind() == MailKind.ACTOR_CONFIRMATION_LINK && mail.getDedupeKey() != null) {
            String token = Tokens.newToken(TenantContext.require());
            actorConfirmations.storeToken(
                    UUID.fromString(mail.getDedupeKey().substring(Outbox.ACTOR_CONFIRMATION.length())),
                    Tokens.hash(token));
            return Optional.of(token);
        }
        if (mail.getRegistrationId() == null) {
            return Optional.empty();
        }
        // Locked, so that the retention job's erasure (which updates this row, then deletes its
        // links) either sees this link and deletes it, or has erased the address before we look.
        Registration r = em.find(Registration.class, mail.getRegistrationId(), LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.getEmail() == null) {
            throw new IllegalStateException("the registration of this mail was erased");
        }
        String token = Tokens.newToken(TenantContext.require());
        em.persist(new RegistrationLink(r, Tokens.hash(token), clock.instant()));
        return Optional.of(token);
    }

    private void fail(OutboxMail mail, String problem, SmtpServer smtp) {
        mail.failed(problem, clock.instant().plus(MailSchedule.retryDelay(mail.getAttempts() + 1, smtp.retryBase())));
    }

    /** The message of the exception and of its causes, in one line without a stack trace. */
    static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (s.indexOf(m) < 0) {
                s.append(s.isEmpty() ? "" : ": ").append(m);
            }
        }
        return s.toString().replaceAll("\\s+", " ").strip();
    }

    /** The tenant's sender name and reply address for its mails, read in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Sender sender(SmtpServer smtp) {
        Tenant tenant = em.find(Tenant.class, TenantContext.require());
        String replyTo = em.createNamedQuery("TenantProfile.current", TenantProfile.class)
                .getResultStream()
                .findFirst()
                .map(TenantProfile::getEmail)
                .orElse(null);
        return new Sender(smtp.session(), smtp.from(), tenant == null ? null : tenant.getName(), replyTo);
    }

    /** Builds the MIME message of an outbox row: text and HTML as alternatives, the calendar file attached. */
    public record Sender(Session session, String from, String fromName, String replyTo) {

        OutboxMessage message(OutboxMail mail, Optional<String> linkToken) throws MessagingException {
            OutboxMessage m = new OutboxMessage(session, mail.getId(), domainOf(from));
            m.setFrom(address(from, fromName));
            String answerTo = mail.getReplyTo() != null ? mail.getReplyTo() : replyTo;
            if (answerTo != null && !answerTo.isBlank()) {
                try {
                    m.setReplyTo(new InternetAddress[] {new InternetAddress(answerTo, true)});
                } catch (AddressException e) {
                    // a tenant's odd contact address must not stop its mails
                }
            }
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
            m.setSubject(mail.getSubject(), "UTF-8");
            m.setSentDate(new Date());
            m.setHeader("Content-Language", mail.getLanguage());
            m.setHeader("Auto-Submitted", "auto-generated");
            m.setHeader("X-Fachtag-Mail", mail.getKind().name());

            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(withLink(mail.getBodyText(), linkToken), "UTF-8");
            alternative.addBodyPart(text);
            if (mail.getBodyHtml() != null) {
                MimeBodyPart html = new MimeBodyPart();
                html.setText(withLink(mail.getBodyHtml(), linkToken), "UTF-8", "html");
                alternative.addBodyPart(html);
            }
            if (mail.getAttachment() == null) {
                m.setContent(alternative);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                mixed.addBodyPart(body);
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(
                        mail.getAttachment(),
                        Optional.ofNullable(mail.getAttachmentType()).orElse("application/octet-stream"))));
                file.setFileName(mail.getAttachmentName());
                file.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(file);
                m.setContent(mixed);
            }
            m.saveChanges();
            return m;
        }

        /** The body with the link's token in place of {@link Outbox#LINK_TOKEN} (tokens need no escaping: letters, digits, "-_."). */
        private static String withLink(String body, Optional<String> linkToken) {
            return linkToken.map(t -> body.replace(Outbox.LINK_TOKEN, t)).orElse(body);
        }

        private static InternetAddress address(String address, String name) throws AddressException {
            InternetAddress a = new InternetAddress(address, true);
            if (name != null && !name.isBlank()) {
                try {
                    a.setPersonal(MailComposer.line(name), "UTF-8");
                } catch (UnsupportedEncodingException e) {
                    // UTF-8 is always there
                }
            }
            return a;
        }

        static String domainOf(String address) {
            int at = address == null ? -1 : address.lastIndexOf('@');
            String domain = at < 0 ? "fachtag" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
            return domain.isEmpty() ? "fachtag" : domain;
        }
    }

    /** A message whose Message-ID is the outbox row's, so that a repeated delivery is recognisable as the same mail. */
    static final class OutboxMessage extends MimeMessage {

        private final String messageId;

        OutboxMessage(Session session, UUID id, String domain) {
            super(session);
            this.messageId = "<" + id + "@" + domain + ">";
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }

        private volatile boolean handedOver;

        /** Written out in full: to the SMTP server, this is the message's data sent (its answer may still be lost). */
        @Override
        public void writeTo(java.io.OutputStream os, String[] ignoreList)
                throws java.io.IOException, MessagingException {
            super.writeTo(os, ignoreList);
            handedOver = true;
        }

        /** Whether the whole message went to the server. */
        boolean handedOver() {
            return handedOver;
        }
    }
}
