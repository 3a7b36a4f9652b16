package de.fachtag.mail;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.activation.DataHandler;
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
import jakarta.persistence.PersistenceContext;

import org.eclipse.persistence.config.QueryHints;

import de.fachtag.identity.StaffAccountService;
import de.fachtag.registration.Registration;
import de.fachtag.registration.RegistrationLink;
import de.fachtag.registration.Tokens;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.Tenant;
import de.fachtag.tenant.TenantProfile;

/**
 * Sends the current tenant's due mails, exactly once even with several application instances.
 *
 * <p>How: one transaction claims up to {@code max} due rows with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}, sends them over one SMTP connection and marks each
 * sent (or failed, with its next attempt after an exponential backoff), and commits. The row
 * locks are held from the claim to the commit, so another instance's claim skips these rows
 * while they are being sent, and once committed they are no longer due: PostgreSQL re-checks
 * {@code sent_at IS NULL} on a row that changed under a waiting {@code FOR UPDATE}. No lease
 * column, no clock agreement between instances. A crash between the SMTP server's "250 OK" and
 * the commit sends that mail once more on the next run (at least once, never lost); such a
 * repeat carries the same Message-ID ({@code <outbox-id@domain>}), by which mail programs can
 * recognise it. SMTP timeouts are short ({@link SmtpServer#TIMEOUT_MILLIS}) and a batch stops
 * at the first connection failure, so rows stay locked for seconds at most.
 *
 * <p>A mail that carries a private link ({@link OutboxMail#carriesPrivateLink()}) gets a new link
 * here: a fresh token goes into the message in place of {@link Outbox#LINK_TOKEN}, and only its
 * hash is stored, in the same transaction that records the mail as sent. The token is never
 * written to the outbox. (A repeat after a crash between "250 OK" and the commit carries a new
 * link; the one of the lost transaction was never stored and opens nothing.)
 */
@Stateless
@TenantScoped
public class OutboxDelivery {

    static final String CLAIM = "SELECT id FROM outbox_mail WHERE tenant_id = ?1 AND sent_at IS NULL "
            + "AND next_attempt_at <= ?2 ORDER BY next_attempt_at, created_at LIMIT ?3 FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @jakarta.ejb.EJB
    StaffAccountService staffAccounts;

    @Inject
    Clock clock;

    /** What one run did; {@code problem} names the SMTP trouble, if there was any. */
    public record Result(int sent, int failed, String problem) {

        static final Result NOTHING = new Result(0, 0, null);
    }

    /** Claims, sends and marks up to {@code max} due mails of the current tenant, in one transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result deliverDue(SmtpServer smtp, int max) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(CLAIM).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, TenantContext.require()).setParameter(2, Timestamp.from(now)).setParameter(3, max)
                .getResultList();
        if (ids.isEmpty()) {
            return Result.NOTHING;
        }
        List<OutboxMail> mails = new ArrayList<>();
        for (Object id : ids) {
            OutboxMail mail = em.find(OutboxMail.class, id instanceof UUID u ? u : UUID.fromString(id.toString()));
            if (mail != null) {
                mails.add(mail);
            }
        }
        Sender sender = sender(smtp);
        int sent = 0;
        int failed = 0;
        String problem = null;
        Transport transport = null;
        try {
            transport = smtp.session().getTransport("smtp");
            transport.connect(smtp.host(), smtp.port(), smtp.user().orElse(null), smtp.password().orElse(null));
        } catch (MessagingException e) {
            problem = describe(e);
            for (OutboxMail mail : mails) {
                fail(mail, problem, smtp);
            }
            return new Result(0, mails.size(), problem);
        }
        try {
            for (OutboxMail mail : mails) {
                if (problem != null && !transport.isConnected()) {
                    fail(mail, problem, smtp); // the connection is gone: the rest waits for the next run
                    failed++;
                    continue;
                }
                try {
                    Optional<Link> link = link(mail);
                    MimeMessage message = sender.message(mail, link.map(Link::token));
                    transport.sendMessage(message, message.getAllRecipients());
                    link.ifPresent(Link::store);
                    mail.sent(clock.instant());
                    sent++;
                } catch (SendFailedException e) {
                    fail(mail, describe(e), smtp); // this recipient refused; the others go on
                    failed++;
                } catch (MessagingException | RuntimeException e) {
                    problem = describe(e);
                    fail(mail, problem, smtp);
                    failed++;
                }
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the mails are sent or marked; a failing QUIT changes nothing
            }
        }
        return new Result(sent, failed, problem);
    }

    /**
     * A new link for a mail that carries one: its token, and what stores the token's hash once
     * the mail is out (in the transaction that records it as sent).
     */
    private record Link(String token, Runnable storeHash) {
        void store() {
            storeHash.run();
        }
    }

    private Optional<Link> link(OutboxMail mail) {
        if (!mail.carriesPrivateLink()) {
            return Optional.empty();
        }
        if (mail.getKind() == MailKind.STAFF_PASSWORD_LINK) {
            String token = StaffAccountService.newPasswordToken();
            return Optional.of(new Link(token, () -> staffAccounts.storePasswordToken(mail.getRecipient(), token)));
        }
        if (mail.getRegistrationId() == null) {
            return Optional.empty();
        }
        Registration r = em.find(Registration.class, mail.getRegistrationId());
        if (r == null || r.getEmail() == null) {
            throw new IllegalStateException("the registration of this mail was erased");
        }
        String token = Tokens.newToken(TenantContext.require());
        return Optional.of(new Link(token, () -> em.persist(new RegistrationLink(r, Tokens.hash(token), clock.instant()))));
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

    private Sender sender(SmtpServer smtp) {
        Tenant tenant = em.find(Tenant.class, TenantContext.require());
        String replyTo = em.createNamedQuery("TenantProfile.current", TenantProfile.class).getResultStream().findFirst()
                .map(TenantProfile::getEmail).orElse(null);
        return new Sender(smtp.session(), smtp.from(), tenant == null ? null : tenant.getName(), replyTo);
    }

    /** Builds the MIME message of an outbox row: text and HTML as alternatives, the calendar file attached. */
    record Sender(Session session, String from, String fromName, String replyTo) {

        MimeMessage message(OutboxMail mail, Optional<String> linkToken) throws MessagingException {
            MimeMessage m = new OutboxMessage(session, mail.getId(), domainOf(from));
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
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.getAttachment(),
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

        private static String domainOf(String address) {
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
    }
}
