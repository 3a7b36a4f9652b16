package de.fachtag.tenant;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A funder (Fördermittelgeber) of a tenant's events with its funding notice (Fördervermerk):
 * the label ("Gefördert durch"), the notice text and the logo a flyer must show. A funder may
 * stand for a ministry tenant, whose aggregate reports then cover the events naming it.
 */
@Entity
@Table(name = "funder")
@NamedQuery(name = "Funder.all", query = "SELECT f FROM Funder f ORDER BY f.position, f.name")
@NamedQuery(name = "Funder.byKey", query = "SELECT f FROM Funder f WHERE f.key = :key")
public class Funder extends TenantOwned {

    @Column(nullable = false)
    private String key;

    @Column(nullable = false)
    private String name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "label_de")),
        @AttributeOverride(name = "en", column = @Column(name = "label_en"))
    })
    private LocalizedString label;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "notice_de")),
        @AttributeOverride(name = "en", column = @Column(name = "notice_en"))
    })
    private LocalizedString notice;

    @Basic(fetch = FetchType.LAZY)
    private byte[] logo;

    @Column(name = "logo_content_type")
    private String logoContentType;

    @Column(name = "ministry_tenant_id")
    private String ministryTenantId;

    @Column(name = "reference_number")
    private String referenceNumber;

    @Column(name = "proof_retention_years")
    private Integer proofRetentionYears;

    @Column(name = "notice_on_badges")
    private boolean noticeOnBadges;

    private int position;

    @Version
    private long version;

    protected Funder() {}

    public Funder(String key) {
        this.key = key;
    }

    public void describe(
            String name, LocalizedString label, LocalizedString notice, String ministryTenantId, int position) {
        this.name = name;
        this.label = label;
        this.notice = notice;
        this.ministryTenantId = ministryTenantId;
        this.position = position;
    }

    /**
     * What this funder demands as proof of use: its reference number for the grant and the years the
     * participant lists of an event it pays for are kept (each may be {@code null}: none).
     */
    public void changeProofOfUse(String referenceNumber, Integer proofRetentionYears) {
        this.referenceNumber = referenceNumber == null || referenceNumber.isBlank() ? null : referenceNumber.strip();
        this.proofRetentionYears = proofRetentionYears;
    }

    /** Whether the funder wants its notice on name badges too. */
    public void requireNoticeOnBadges(boolean noticeOnBadges) {
        this.noticeOnBadges = noticeOnBadges;
    }

    public boolean isNoticeOnBadges() {
        return noticeOnBadges;
    }

    public void changeLogo(byte[] logo, String contentType) {
        this.logo = logo;
        this.logoContentType = logo == null ? null : contentType;
    }

    /** The funder's reference number for the grant (Förderkennzeichen, Aktenzeichen), or {@code null}. */
    public String getReferenceNumber() {
        return referenceNumber;
    }

    /** Years after the event its participant lists are kept as proof of use, or {@code null}: no such duty. */
    public Integer getProofRetentionYears() {
        return proofRetentionYears;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public LocalizedString getLabel() {
        return label;
    }

    public LocalizedString getNotice() {
        return notice;
    }

    public byte[] getLogo() {
        return logo;
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public String getMinistryTenantId() {
        return ministryTenantId;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
