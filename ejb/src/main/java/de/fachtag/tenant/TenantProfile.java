package de.fachtag.tenant;

import de.fachtag.tenancy.TenantOwned;
import de.fachtag.tenantconfig.Conformance;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a tenant shows the public: address and contact, branding, imprint, privacy notice and
 * accessibility statement (with the parts BGG §12b and BITV 2.0 require). One per tenant.
 */
@Entity
@Table(name = "tenant_profile")
@NamedQuery(name = "TenantProfile.current", query = "SELECT p FROM TenantProfile p")
// the sectors alone, for every registration's check: no profile entity to build and compare at commit
@NamedQuery(name = "TenantProfile.sectors", query = "SELECT p.sectors FROM TenantProfile p")
public class TenantProfile extends TenantOwned {

    /** Days after an event its registrations' personal data is erased unless the tenant sets otherwise. */
    public static final int DEFAULT_RETENTION_DAYS = 90;

    private String organisation;
    private String unit;
    private String street;
    private String postcode;
    private String city;

    /** The region the tenant reports under, an ISO 3166-2 key such as DE-SN; optional. */
    private String region;

    @Column(nullable = false)
    private String email;

    private String phone;
    private String website;

    @Column(name = "primary_colour", nullable = false)
    private String primaryColour;

    @Column(name = "accent_colour", nullable = false)
    private String accentColour;

    @Basic(fetch = FetchType.LAZY)
    private byte[] logo;

    @Column(name = "logo_content_type")
    private String logoContentType;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "imprint_de")),
        @AttributeOverride(name = "en", column = @Column(name = "imprint_en"))
    })
    private LocalizedString imprint;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "privacy_de")),
        @AttributeOverride(name = "en", column = @Column(name = "privacy_en"))
    })
    private LocalizedString privacyNotice;

    @Enumerated(EnumType.STRING)
    @Column(name = "a11y_conformance", nullable = false)
    private Conformance conformance;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "a11y_known_gaps_de")),
        @AttributeOverride(name = "en", column = @Column(name = "a11y_known_gaps_en"))
    })
    private LocalizedString knownGaps;

    @Column(name = "a11y_feedback_email", nullable = false)
    private String feedbackEmail;

    @Column(name = "a11y_feedback_phone")
    private String feedbackPhone;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "a11y_arbitration_de")),
        @AttributeOverride(name = "en", column = @Column(name = "a11y_arbitration_en"))
    })
    private LocalizedString arbitrationBody;

    @Column(name = "a11y_reviewed_on")
    private LocalDate reviewedOn;

    /** Days after an event until its registrations' personal data is erased. */
    @Column(name = "retention_days", nullable = false)
    private int retentionDays = DEFAULT_RETENTION_DAYS;

    /** The sectors the registration form offers, keys in order, comma separated. */
    @Column(nullable = false)
    private String sectors =
            "ADMINISTRATION,JOB_CENTRE,EDUCATION,COUNSELLING,MIGRANT_ORGANISATION,BUSINESS,VOLUNTEER,OTHER";

    /** Web origins that may post registrations to the JSON API, comma separated. */
    @Column(name = "cors_origins", nullable = false)
    private String corsOrigins = "";

    /** The tenant's own first paragraph per mail kind, as JSON {kind: {de, en}}. */
    @Column(name = "mail_intros", nullable = false)
    private String mailIntros = "{}";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public void changeAddress(String organisation, String unit, String street, String postcode, String city) {
        this.organisation = organisation;
        this.unit = unit;
        this.street = street;
        this.postcode = postcode;
        this.city = city;
    }

    /** The region the tenant reports under ({@code DE-SN}, {@code DE-SN-MS}); {@code null} for none. */
    public void changeRegion(String region) {
        this.region = region == null || region.isBlank() ? null : region;
    }

    public void changeContact(String email, String phone, String website) {
        this.email = email;
        this.phone = phone;
        this.website = website;
    }

    public void changeBranding(String primaryColour, String accentColour) {
        this.primaryColour = primaryColour.toLowerCase();
        this.accentColour = accentColour.toLowerCase();
    }

    /** What the tenant's registration forms offer and promise. */
    public void changeRegistrationRules(int retentionDays, List<String> sectorKeys, List<String> corsOrigins) {
        this.retentionDays = retentionDays;
        this.sectors = String.join(",", sectorKeys);
        this.corsOrigins = String.join(",", corsOrigins);
    }

    /** Sets the tenant's own mail intros (kind name → text); an empty map means the platform's texts. */
    public void changeMailIntros(java.util.Map<String, LocalizedString> intros) {
        var json = de.fachtag.platform.JsonP.createObjectBuilder();
        new java.util.TreeMap<>(intros).forEach((kind, text) -> {
            var entry = de.fachtag.platform.JsonP.createObjectBuilder().add("de", text.getDe());
            if (text.getEn() != null) {
                entry.add("en", text.getEn());
            }
            json.add(kind, entry);
        });
        this.mailIntros = json.build().toString();
    }

    /** The tenant's own mail intros by kind name. */
    public java.util.Map<String, LocalizedString> getMailIntros() {
        java.util.Map<String, LocalizedString> intros = new java.util.LinkedHashMap<>();
        try (var reader = de.fachtag.platform.JsonP.createReader(
                new java.io.StringReader(mailIntros == null ? "{}" : mailIntros))) {
            reader.readObject().forEach((kind, value) -> {
                var o = value.asJsonObject();
                intros.put(kind, new LocalizedString(o.getString("de", null), o.getString("en", null)));
            });
        }
        return intros;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    /** Sector keys in the tenant's order. */
    public List<String> getSectorKeys() {
        return sectorKeysOf(sectors);
    }

    /** The keys of a stored sector list ({@code TenantProfile.sectors}), in order. */
    public static List<String> sectorKeysOf(String sectors) {
        return split(sectors);
    }

    /** The origins whose pages may post registrations to the API (CORS), as browsers send them. */
    public void changeCorsOrigins(List<String> corsOrigins) {
        this.corsOrigins = String.join(",", corsOrigins);
    }

    public List<String> getCorsOrigins() {
        return split(corsOrigins);
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank()
                ? List.of()
                : java.util.Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public void changeLogo(byte[] logo, String contentType) {
        this.logo = logo;
        this.logoContentType = logo == null ? null : contentType;
    }

    public void changeTexts(LocalizedString imprint, LocalizedString privacyNotice) {
        this.imprint = imprint;
        this.privacyNotice = privacyNotice;
    }

    public void changeAccessibilityStatement(
            Conformance conformance,
            LocalizedString knownGaps,
            String feedbackEmail,
            String feedbackPhone,
            LocalizedString arbitrationBody,
            LocalDate reviewedOn) {
        this.conformance = conformance;
        this.knownGaps = knownGaps;
        this.feedbackEmail = feedbackEmail;
        this.feedbackPhone = feedbackPhone;
        this.arbitrationBody = arbitrationBody;
        this.reviewedOn = reviewedOn;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getUnit() {
        return unit;
    }

    public String getStreet() {
        return street;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCity() {
        return city;
    }

    /** The ISO 3166-2 key of the region the tenant reports under, e.g. {@code DE-SN}; {@code null} when it has none. */
    public String getRegion() {
        return region;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getWebsite() {
        return website;
    }

    public String getPrimaryColour() {
        return primaryColour;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public byte[] getLogo() {
        return logo;
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public LocalizedString getImprint() {
        return imprint;
    }

    public LocalizedString getPrivacyNotice() {
        return privacyNotice;
    }

    public Conformance getConformance() {
        return conformance;
    }

    public LocalizedString getKnownGaps() {
        return knownGaps;
    }

    public String getFeedbackEmail() {
        return feedbackEmail;
    }

    public String getFeedbackPhone() {
        return feedbackPhone;
    }

    public LocalizedString getArbitrationBody() {
        return arbitrationBody;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public long getVersion() {
        return version;
    }
}
