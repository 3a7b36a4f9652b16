package de.fachtag.mail;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One mail waiting in the outbox, or sent from it. Rendered when written, so it says what was true then. */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(
        name = "OutboxMail.waiting",
        query = "SELECT m FROM OutboxMail m WHERE m.sentAt IS NULL AND m.uncertainSince IS NULL ORDER BY m.createdAt")
public class OutboxMail extends TenantOwned {

    /** A String, not a UUID: EclipseLink's UUID conversion fails on NULL (mails without a registration). */
    @Column(name = "registration_id", updatable = false)
    private String registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MailKind kind;

    @Column(name = "dedupe_key", updatable = false)
    private String dedupeKey;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html")
    private String bodyHtml;

    /** Where answers go instead of the tenant's contact address (the sender of forwarded feedback); null: the tenant's. */
    @Column(name = "reply_to", updatable = false)
    private String replyTo;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type")
    private String attachmentType;

    @Basic(fetch = FetchType.EAGER)
    private byte[] attachment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt = createdAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** When the current delivery attempt started, recorded before SMTP is spoken to; null when none is under way. */
    @Column(name = "sending_since")
    private Instant sendingSince;

    /**
     * When an attempt was found to have lost its outcome (the process died between SMTP and the
     * record of it): the mail may have arrived, so it is not sent again without the operator.
     */
    @Column(name = "uncertain_since")
    private Instant uncertainSince;

    /** The body holds {@link Outbox#LINK_TOKEN} where a new private link goes when the mail is sent. */
    @Column(name = "private_link", nullable = false, updatable = false)
    private boolean privateLink;

    protected OutboxMail() {}

    public OutboxMail(
            UUID registrationId,
            MailKind kind,
            String dedupeKey,
            String recipient,
            String language,
            String subject,
            String bodyText,
            String bodyHtml) {
        this.registrationId = registrationId == null ? null : registrationId.toString();
        this.kind = kind;
        this.dedupeKey = dedupeKey;
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
    }

    /** Answers to this mail go to {@code address} rather than to the tenant's contact address. */
    public void answerTo(String address) {
        this.replyTo = address;
    }

    public void attach(String name, String contentType, byte[] content) {
        this.attachmentName = name;
        this.attachmentType = contentType;
        this.attachment = content;
    }

    /**
     * Delivered. The body goes (the mail as sent is the recipient's; the outbox keeps no copy of
     * what reached them). Kind, recipient, subject and times stay as the delivery record.
     */
    public void sent(Instant at) {
        attempts++;
        sentAt = at;
        sendingSince = null;
        uncertainSince = null;
        lastError = null;
        bodyText = "";
        bodyHtml = null;
        attachment = null;
    }

    /** Marks the body as holding {@link Outbox#LINK_TOKEN}: the delivery issues the link. */
    void carryPrivateLink() {
        this.privateLink = true;
    }

    /** An attempt starts now: recorded (and committed) before the mail goes to the SMTP server. */
    void sending(Instant at) {
        sendingSince = at;
    }

    /** The server may have taken the mail, but its answer was lost: not sent again on its own. */
    void uncertain(String error, Instant at) {
        attempts++;
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        uncertainSince = at;
    }

    /** The attempt failed before the server took the mail: it waits for {@code retryAt}. */
    public void failed(String error, Instant retryAt) {
        attempts++;
        sendingSince = null;
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        nextAttemptAt = retryAt;
    }

    /**
     * The operator found that an uncertain mail arrived (the SMTP server's log has its
     * Message-ID): closed as sent when its outcome was lost; the body goes as for any sent mail.
     */
    void settledAsSent() {
        sentAt = uncertainSince;
        sendingSince = null;
        bodyText = "";
        bodyHtml = null;
        attachment = null;
    }

    /** The operator found that an uncertain mail did not arrive: it is delivered again, with the same Message-ID. */
    void sendAgain(Instant now) {
        sendingSince = null;
        uncertainSince = null;
        nextAttemptAt = now;
    }

    public UUID getRegistrationId() {
        return registrationId == null ? null : UUID.fromString(registrationId);
    }

    public MailKind getKind() {
        return kind;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public byte[] getAttachment() {
        return attachment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getSendingSince() {
        return sendingSince;
    }

    public Instant getUncertainSince() {
        return uncertainSince;
    }

    public boolean carriesPrivateLink() {
        return privateLink;
    }
}
