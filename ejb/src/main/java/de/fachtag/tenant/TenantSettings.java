package de.fachtag.tenant;

import de.fachtag.tenantconfig.Conformance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The form a tenant admin edits: branding, contact, funding notices, imprint, privacy notice
 * and accessibility statement. Carries the version it was read at, so a save over someone
 * else's newer save is refused instead of silently overwriting it.
 */
public class TenantSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String organisation;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String unit;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String street;

    @Pattern(regexp = "\\d{5}", message = "{fachtag.postcode.invalid}")
    private String postcode;

    @Size(max = 120, message = "{fachtag.text.tooLong}")
    private String city;

    @NotBlank(message = "{fachtag.required}")
    @Email(message = "{fachtag.email.invalid}")
    @Size(max = 254, message = "{fachtag.text.tooLong}")
    private String email;

    @Pattern(regexp = "[+0-9 ()/-]{0,40}", message = "{fachtag.phone.invalid}")
    private String phone;

    @Pattern(regexp = "(https://\\S{1,300})?", message = "{fachtag.website.invalid}")
    private String website;

    @NotBlank(message = "{fachtag.required}")
    @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{fachtag.colour.invalid}")
    private String primaryColour;

    @NotBlank(message = "{fachtag.required}")
    @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{fachtag.colour.invalid}")
    private String accentColour;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 20000, message = "{fachtag.text.tooLong}")
    private String imprintDe;

    @Size(max = 20000, message = "{fachtag.text.tooLong}")
    private String imprintEn;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 50000, message = "{fachtag.text.tooLong}")
    private String privacyDe;

    @Size(max = 50000, message = "{fachtag.text.tooLong}")
    private String privacyEn;

    @NotNull(message = "{fachtag.required}")
    private Conformance conformance;

    @Size(max = 20000, message = "{fachtag.text.tooLong}")
    private String knownGapsDe;

    @Size(max = 20000, message = "{fachtag.text.tooLong}")
    private String knownGapsEn;

    @NotBlank(message = "{fachtag.required}")
    @Email(message = "{fachtag.email.invalid}")
    private String feedbackEmail;

    @Pattern(regexp = "[+0-9 ()/-]{0,40}", message = "{fachtag.phone.invalid}")
    private String feedbackPhone;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 5000, message = "{fachtag.text.tooLong}")
    private String arbitrationDe;

    @Size(max = 5000, message = "{fachtag.text.tooLong}")
    private String arbitrationEn;

    private LocalDate reviewedOn;

    @Valid
    private List<FunderSettings> funders = new ArrayList<>();

    /** The tenant's own host names, one per line; the first is the one links use. */
    @Size(max = 3000, message = "{fachtag.text.tooLong}")
    private String hosts;

    /** The origins whose pages may embed the registration (CORS), one per line. */
    @Size(max = 3000, message = "{fachtag.text.tooLong}")
    private String corsOrigins;

    /** One funder's notice as the admin edits it. */
    public static class FunderSettings implements Serializable {

        private static final long serialVersionUID = 1L;

        private String key;

        @NotBlank(message = "{fachtag.required}")
        @Size(max = 300, message = "{fachtag.text.tooLong}")
        private String name;

        @NotBlank(message = "{fachtag.required}")
        @Size(max = 100, message = "{fachtag.text.tooLong}")
        private String labelDe;

        @Size(max = 100, message = "{fachtag.text.tooLong}")
        private String labelEn;

        @NotBlank(message = "{fachtag.required}")
        @Size(max = 2000, message = "{fachtag.text.tooLong}")
        private String noticeDe;

        @Size(max = 2000, message = "{fachtag.text.tooLong}")
        private String noticeEn;

        @Size(max = 100, message = "{fachtag.text.tooLong}")
        private String referenceNumber;

        @Min(value = 1, message = "{fachtag.funder.proofYears}")
        @Max(value = 30, message = "{fachtag.funder.proofYears}")
        private Integer proofRetentionYears;

        private long version;

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

        public String getLabelDe() {
            return labelDe;
        }

        public void setLabelDe(String labelDe) {
            this.labelDe = labelDe;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public String getNoticeDe() {
            return noticeDe;
        }

        public void setNoticeDe(String noticeDe) {
            this.noticeDe = noticeDe;
        }

        public String getNoticeEn() {
            return noticeEn;
        }

        public void setNoticeEn(String noticeEn) {
            this.noticeEn = noticeEn;
        }

        public String getReferenceNumber() {
            return referenceNumber;
        }

        public void setReferenceNumber(String referenceNumber) {
            this.referenceNumber = referenceNumber;
        }

        public Integer getProofRetentionYears() {
            return proofRetentionYears;
        }

        public void setProofRetentionYears(Integer proofRetentionYears) {
            this.proofRetentionYears = proofRetentionYears;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getPrimaryColour() {
        return primaryColour;
    }

    public void setPrimaryColour(String primaryColour) {
        this.primaryColour = primaryColour;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public void setAccentColour(String accentColour) {
        this.accentColour = accentColour;
    }

    public String getImprintDe() {
        return imprintDe;
    }

    public void setImprintDe(String imprintDe) {
        this.imprintDe = imprintDe;
    }

    public String getImprintEn() {
        return imprintEn;
    }

    public void setImprintEn(String imprintEn) {
        this.imprintEn = imprintEn;
    }

    public String getPrivacyDe() {
        return privacyDe;
    }

    public void setPrivacyDe(String privacyDe) {
        this.privacyDe = privacyDe;
    }

    public String getPrivacyEn() {
        return privacyEn;
    }

    public void setPrivacyEn(String privacyEn) {
        this.privacyEn = privacyEn;
    }

    public Conformance getConformance() {
        return conformance;
    }

    public void setConformance(Conformance conformance) {
        this.conformance = conformance;
    }

    public String getKnownGapsDe() {
        return knownGapsDe;
    }

    public void setKnownGapsDe(String knownGapsDe) {
        this.knownGapsDe = knownGapsDe;
    }

    public String getKnownGapsEn() {
        return knownGapsEn;
    }

    public void setKnownGapsEn(String knownGapsEn) {
        this.knownGapsEn = knownGapsEn;
    }

    public String getFeedbackEmail() {
        return feedbackEmail;
    }

    public void setFeedbackEmail(String feedbackEmail) {
        this.feedbackEmail = feedbackEmail;
    }

    public String getFeedbackPhone() {
        return feedbackPhone;
    }

    public void setFeedbackPhone(String feedbackPhone) {
        this.feedbackPhone = feedbackPhone;
    }

    public String getArbitrationDe() {
        return arbitrationDe;
    }

    public void setArbitrationDe(String arbitrationDe) {
        this.arbitrationDe = arbitrationDe;
    }

    public String getArbitrationEn() {
        return arbitrationEn;
    }

    public void setArbitrationEn(String arbitrationEn) {
        this.arbitrationEn = arbitrationEn;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getHosts() {
        return hosts;
    }

    public void setHosts(String hosts) {
        this.hosts = hosts;
    }

    public String getCorsOrigins() {
        return corsOrigins;
    }

    public void setCorsOrigins(String corsOrigins) {
        this.corsOrigins = corsOrigins;
    }

    /** A list field's entries: one per line (commas and spaces separate too), blanks dropped. */
    public static List<String> lines(String field) {
        return field == null
                ? List.of()
                : java.util.Arrays.stream(field.split("[\\s,]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    public List<FunderSettings> getFunders() {
        return funders;
    }

    public void setFunders(List<FunderSettings> funders) {
        this.funders = funders;
    }
}
