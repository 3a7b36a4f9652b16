package de.fachtag.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import de.fachtag.tenancy.TenantOwned;

/** A message someone left through the feedback form of a tenant's pages. */
@Entity
@Table(name = "feedback_message")
@NamedQuery(name = "FeedbackMessage.recent", query = "SELECT m FROM FeedbackMessage m ORDER BY m.receivedAt DESC")
public class FeedbackMessage extends TenantOwned {

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

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt = Instant.now();

    @Column(nullable = false)
    private String state = "NEW";

    protected FeedbackMessage() {
    }

    public FeedbackMessage(String page, String message, String contactName, String contactEmail, String locale) {
        this.page = page;
        this.message = message;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.locale = locale;
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

    public String getState() {
        return state;
    }
}
