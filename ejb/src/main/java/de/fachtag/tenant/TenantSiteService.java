package de.fachtag.tenant;

import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads the current tenant's public face. */
@Stateless
@TenantScoped
public class TenantSiteService {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    public TenantSite site() {
        Tenant tenant = em.find(Tenant.class, TenantContext.require());
        TenantProfile p = profile();
        var notices = em.createNamedQuery("Funder.all", Funder.class)
                .getResultStream()
                .map(f -> new TenantSite.FundingNotice(
                        f.getKey(),
                        f.getName(),
                        f.getLabel(),
                        f.getNotice(),
                        f.getLogoContentType() != null,
                        f.getProofRetentionYears(),
                        f.getReferenceNumber(),
                        f.isNoticeOnBadges()))
                .toList();
        var series = em.createNamedQuery("EventSeries.all", EventSeries.class)
                .getResultStream()
                .map(s -> new TenantSite.Series(s.getSlug(), s.getTitle(), s.getDescription()))
                .toList();
        return new TenantSite(
                tenant.getId(),
                tenant.getName(),
                tenant.getKind(),
                p.getOrganisation(),
                p.getUnit(),
                p.getStreet(),
                p.getPostcode(),
                p.getCity(),
                p.getEmail(),
                p.getPhone(),
                p.getWebsite(),
                p.getPrimaryColour(),
                p.getAccentColour(),
                p.getLogoContentType() != null,
                p.getImprint(),
                p.getPrivacyNotice(),
                p.getConformance(),
                p.getKnownGaps(),
                p.getFeedbackEmail(),
                p.getFeedbackPhone(),
                p.getArbitrationBody(),
                p.getReviewedOn(),
                p.getRetentionDays(),
                notices,
                series);
    }

    public Optional<Logo> logo() {
        TenantProfile p = profile();
        return p.getLogoContentType() == null
                ? Optional.empty()
                : Optional.of(new Logo(p.getLogo(), p.getLogoContentType(), p.getVersion()));
    }

    public Optional<Logo> funderLogo(String key) {
        return em.createNamedQuery("Funder.byKey", Funder.class)
                .setParameter("key", key)
                .getResultStream()
                .filter(f -> f.getLogoContentType() != null)
                .map(f -> new Logo(f.getLogo(), f.getLogoContentType(), f.getVersion()))
                .findFirst();
    }

    private TenantProfile profile() {
        return em.createNamedQuery("TenantProfile.current", TenantProfile.class).getSingleResult();
    }
}
