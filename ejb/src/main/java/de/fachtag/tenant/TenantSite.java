package de.fachtag.tenant;

import de.fachtag.tenantconfig.Conformance;
import de.fachtag.tenantconfig.TenantKind;
import java.time.LocalDate;
import java.util.List;

/** Everything a public page of one tenant shows about the tenant itself. */
public record TenantSite(
        String slug,
        String name,
        TenantKind kind,
        String organisation,
        String unit,
        String street,
        String postcode,
        String city,
        String email,
        String phone,
        String website,
        String primaryColour,
        String accentColour,
        boolean hasLogo,
        LocalizedString imprint,
        LocalizedString privacyNotice,
        Conformance conformance,
        LocalizedString knownGaps,
        String feedbackEmail,
        String feedbackPhone,
        LocalizedString arbitrationBody,
        LocalDate reviewedOn,
        int retentionDays,
        List<FundingNotice> fundingNotices,
        List<Series> series) {

    /**
     * A funder's notice as a flyer shows it: label, funder, text, logo; the years after an event
     * it pays for that its participant lists are kept as proof of use ({@code null}: no such duty);
     * its reference number for the grant, printed on the funding report ({@code null}: none); and
     * whether name badges carry its notice too (lists, programmes and reports always do).
     */
    public record FundingNotice(
            String key,
            String funder,
            LocalizedString label,
            LocalizedString notice,
            boolean hasLogo,
            Integer proofRetentionYears,
            String referenceNumber,
            boolean noticeOnBadges)
            implements java.io.Serializable {

        /** A funder that leaves badges free of its notice. */
        public FundingNotice(
                String key,
                String funder,
                LocalizedString label,
                LocalizedString notice,
                boolean hasLogo,
                Integer proofRetentionYears,
                String referenceNumber) {
            this(key, funder, label, notice, hasLogo, proofRetentionYears, referenceNumber, false);
        }
    }

    /** The funders that make participant lists outlive {@link #retentionDays}, for the privacy page. */
    public List<FundingNotice> proofRetainingFunders() {
        return fundingNotices.stream()
                .filter(f -> f.proofRetentionYears() != null)
                .toList();
    }

    public record Series(String slug, LocalizedString title, LocalizedString description) {}
}
