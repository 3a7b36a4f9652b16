package de.fachtag.registration;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's decision on one version of one text: granted or refused, when, through which
 * channel. Records are only ever added; a withdrawal is a later record that refuses.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord extends TenantOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consent_text_id", nullable = false, updatable = false)
    private ConsentText text;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ConsentRecord() {}

    ConsentRecord(Registration registration, ConsentText text, boolean granted, Channel channel, Instant at) {
        this.registration = registration;
        this.text = text;
        this.granted = granted;
        this.channel = channel;
        this.recordedAt = at;
    }

    public Registration getRegistration() {
        return registration;
    }

    public ConsentText getText() {
        return text;
    }

    public boolean isGranted() {
        return granted;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
