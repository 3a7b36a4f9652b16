package de.fachtag.tenant;

import de.fachtag.identity.StaffAccount;
import de.fachtag.identity.StaffRole;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenantconfig.FunderDefinition;
import de.fachtag.tenantconfig.SeriesDefinition;
import de.fachtag.tenantconfig.TenantDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies one validated tenant file, in one transaction, as that tenant.
 *
 * <p>The file is the source for a new tenant; afterwards the tenant admin edits in the UI. A
 * file whose content hash equals the one last imported changes nothing, so a restart never
 * overwrites an edit made in the UI. A changed file is a deliberate, reviewed change: its
 * values win over the UI's for the fields it carries. Funders and series missing from a changed
 * file are kept (events may name them); accounts are only ever added.
 */
@Stateless
@TenantScoped
public class TenantImportService {

    /** What an import did. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(TenantImportService.class.getName());

    @jakarta.inject.Inject
    de.fachtag.registration.ConsentTexts consentTexts;

    @jakarta.ejb.EJB
    TenantHostService hostService;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome importTenant(TenantDefinition file) {
        String slug = TenantContext.require();
        if (!slug.equals(file.getSlug())) {
            throw new IllegalStateException("Importing " + file.getSlug() + " while working for " + slug);
        }
        Instant now = Instant.now();
        Tenant tenant = em.find(Tenant.class, slug);
        if (tenant != null && tenant.isImportedFrom(file.getContentHash())) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = tenant == null ? Outcome.CREATED : Outcome.UPDATED;
        if (tenant == null) {
            tenant = new Tenant(slug, file.getName(), file.getKind());
            em.persist(tenant);
            em.flush(); // the tenant row first: everything below references it
        } else {
            tenant.rename(file.getName(), file.getKind());
        }
        tenant.importedFrom(file.getSourceName(), file.getContentHash(), now);

        TenantProfile profile = em.createNamedQuery("TenantProfile.current", TenantProfile.class)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (profile == null) {
            profile = new TenantProfile();
            apply(file, profile);
            em.persist(profile);
        } else {
            apply(file, profile);
        }
        var rules = file.getRegistration();
        profile.changeRegistrationRules(rules.getRetentionDays(), rules.getSectors(), rules.getCorsOrigins());
        Map<String, LocalizedString> intros = new HashMap<>();
        file.getMailTexts().forEach(t -> intros.put(t.getKind(), LocalizedString.of(t.getIntro())));
        profile.changeMailIntros(intros);
        em.flush(); // the profile and tenant rows first
        List<String> refusedHosts = hostService.importFromFile(file.getHosts());
        if (!refusedHosts.isEmpty()) {
            LOG.warning(() -> "Tenant " + slug + " from " + file.getSourceName() + ": host names " + refusedHosts
                    + " are the platform's own or another tenant's and were not assigned");
        }
        consentTexts.importDefinitions(null, file.getConsents());
        importFunders(file.getFunders());
        importSeries(file.getSeries());
        if (file.getAdmin() != null && file.getAdmin().getEmail() != null) {
            ensureAccount(
                    file.getAdmin().getEmail(), "Administration " + file.getName(), EnumSet.of(StaffRole.TENANT_ADMIN));
        }
        return outcome;
    }

    /** Creates a staff account unless the address already has one in this tenant. */
    public StaffAccount ensureAccount(String email, String displayName, EnumSet<StaffRole> roles) {
        String address = StaffAccount.normalize(email);
        Optional<StaffAccount> existing = em.createNamedQuery("StaffAccount.byEmail", StaffAccount.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        StaffAccount account = new StaffAccount(address, displayName, roles);
        em.persist(account);
        return account;
    }

    private static void apply(TenantDefinition file, TenantProfile profile) {
        var address = file.getAddress();
        profile.changeAddress(
                address.getOrganisation(),
                address.getUnit(),
                address.getStreet(),
                address.getPostcode(),
                address.getCity());
        profile.changeRegion(file.getRegion());
        var contact = file.getContact();
        profile.changeContact(contact.getEmail(), contact.getPhone(), contact.getWebsite());
        var branding = file.getBranding();
        profile.changeBranding(branding.getPrimaryColor(), branding.getAccentColor());
        profile.changeLogo(branding.getLogoBytes(), branding.getLogoContentType());
        profile.changeTexts(LocalizedString.of(file.getImprint()), LocalizedString.of(file.getPrivacyNotice()));
        var a11y = file.getAccessibility();
        profile.changeAccessibilityStatement(
                a11y.getConformance(),
                LocalizedString.of(a11y.getKnownGaps()),
                a11y.getFeedbackEmail(),
                a11y.getFeedbackPhone(),
                LocalizedString.of(a11y.getArbitrationBody()),
                a11y.getReviewedOn());
    }

    private void importFunders(List<FunderDefinition> funders) {
        Map<String, Funder> existing = new HashMap<>();
        em.createNamedQuery("Funder.all", Funder.class).getResultList().forEach(f -> existing.put(f.getKey(), f));
        int position = 0;
        for (FunderDefinition definition : funders) {
            Funder funder = existing.get(definition.getKey());
            if (funder == null) {
                funder = new Funder(definition.getKey());
                em.persist(funder);
            }
            funder.describe(
                    definition.getName(),
                    LocalizedString.of(definition.getLabel()),
                    LocalizedString.of(definition.getNotice()),
                    definition.getMinistry(),
                    position++);
            funder.changeLogo(definition.getLogoBytes(), definition.getLogoContentType());
            funder.changeProofOfUse(definition.getReferenceNumber(), definition.getProofRetentionYears());
            funder.requireNoticeOnBadges(Boolean.TRUE.equals(definition.getNoticeOnBadges()));
        }
    }

    private void importSeries(List<SeriesDefinition> seriesList) {
        Map<String, EventSeries> existing = new HashMap<>();
        em.createNamedQuery("EventSeries.all", EventSeries.class)
                .getResultList()
                .forEach(s -> existing.put(s.getSlug(), s));
        int position = 0;
        for (SeriesDefinition definition : seriesList) {
            EventSeries series = existing.get(definition.getSlug());
            if (series == null) {
                series = new EventSeries(definition.getSlug());
                em.persist(series);
            }
            series.describe(
                    LocalizedString.of(definition.getTitle()),
                    LocalizedString.of(definition.getDescription()),
                    position++);
        }
    }
}
