package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A funder or cooperation partner (Fördermittelgeber) whose notice a tenant's events show,
 * e.g. "Gefördert durch" the Saxon ministry with its funding notice (Fördervermerk).
 *
 * <p>{@code ministry} links the funder to the ministry tenant it stands for; the ministry's
 * aggregate reports cover exactly the events that name such a funder.
 */
public class FunderDefinition implements Keyed {

    /** Stable key events use to name this funder; unique within the tenant file. */
    @NotBlank(message = "must not be blank")
    @Slug
    private String key;

    @NotBlank(message = "must not be blank")
    private String name;

    /** The caption above the logo or name, e.g. "Gefördert durch" or "In Kooperation mit". */
    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText label;

    /** The funding notice text, word for word as the funding decision demands it. */
    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText notice;

    @LogoFile
    private String logo;

    /** Slug of the ministry tenant this funder stands for, if any. */
    @Slug
    private String ministry;

    /** The funder's reference number for the grant (Förderkennzeichen, Aktenzeichen), printed on its funding report. */
    @Size(min = 1, max = 100, message = "must be 1 to 100 characters")
    private String referenceNumber;

    /**
     * Years after an event this funder pays for that its participant lists must be kept as proof of
     * use; the retention job keeps them that long and the privacy page says so. Empty: no such duty.
     */
    @Min(value = 1, message = "must be between 1 and 30")
    @Max(value = 30, message = "must be between 1 and 30")
    private Integer proofRetentionYears;

    /** Whether name badges carry this funder's notice too (programmes, lists and reports always do). */
    private Boolean noticeOnBadges;

    private byte[] logoBytes;

    private String logoContentType;

    @Override
    public String uniqueKey() {
        return key;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalizedText getLabel() {
        return label;
    }

    public void setLabel(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText getNotice() {
        return notice;
    }

    public void setNotice(LocalizedText notice) {
        this.notice = notice;
    }

    public String getLogo() {
        return logo;
    }

    public void setLogo(String logo) {
        this.logo = logo;
    }

    public String getMinistry() {
        return ministry;
    }

    public void setMinistry(String ministry) {
        this.ministry = ministry;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public void setReferenceNumber(String referenceNumber) {
        this.referenceNumber = referenceNumber;
    }

    public Boolean getNoticeOnBadges() {
        return noticeOnBadges;
    }

    public void setNoticeOnBadges(Boolean noticeOnBadges) {
        this.noticeOnBadges = noticeOnBadges;
    }

    public Integer getProofRetentionYears() {
        return proofRetentionYears;
    }

    public void setProofRetentionYears(Integer proofRetentionYears) {
        this.proofRetentionYears = proofRetentionYears;
    }

    /** The logo's bytes when {@code logo} is set, else {@code null}; a copy. */
    public byte[] getLogoBytes() {
        return logoBytes == null ? null : logoBytes.clone();
    }

    void setLogoBytes(byte[] logoBytes) {
        this.logoBytes = logoBytes;
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    void setLogoContentType(String logoContentType) {
        this.logoContentType = logoContentType;
    }
}
