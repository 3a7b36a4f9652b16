package de.fachtag.tenant;

import java.time.LocalDate;
import java.util.List;

import de.fachtag.tenantconfig.Conformance;
import de.fachtag.tenantconfig.TenantKind;

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
        List<FundingNotice> fundingNotices,
        List<Series> series) {

    /** A funder's notice as a flyer shows it: label, funder, text, logo. */
    public record FundingNotice(String key, String funder, LocalizedString label, LocalizedString notice,
            boolean hasLogo) {
    }

    public record Series(String slug, LocalizedString title, LocalizedString description) {
    }
}
