package de.fachtag.identity;

import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.TenantImportService;
import de.fachtag.tenantconfig.TenantDefinition;
import de.fachtag.tenantconfig.TenantKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * In demo mode, one account per role and demo tenant ({@code admin@{tenant}.demo},
 * {@code organizer@…}, {@code checkin@…}, {@code analyst@{ministry}.demo}) and the platform
 * operator {@code operator@fachtag.demo}, all with the demo password.
 *
 * <p>Hashing costs about half a second at 600,000 iterations, so one hash is computed per start
 * and only when the stored one no longer matches the demo password.
 */
@Stateless
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());
    public static final String OPERATOR = "operator@fachtag.demo";

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @EJB
    TenantImportService importService;

    @EJB
    DemoAccounts self;

    private final PasswordHasher hasher = new PasswordHasher();

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void provide(List<TenantDefinition> tenants, String password) {
        String operatorHash = self.provideOperator(password);
        String hash = operatorHash;
        for (TenantDefinition tenant : tenants) {
            String slug = tenant.getSlug();
            TenantContext.runAs(slug, () -> self.provideTenantAccounts(slug, tenant.getKind(), hash));
        }
        LOG.info("Demo accounts ready");
    }

    /** Returns the hash the demo accounts should carry. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String provideOperator(String password) {
        PlatformOperator operator = em.createNamedQuery("PlatformOperator.byEmail", PlatformOperator.class)
                .setParameter("email", OPERATOR)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (operator == null) {
            operator = new PlatformOperator(OPERATOR, "Plattformbetrieb (Demo)");
            em.persist(operator);
        }
        if (operator.getPasswordHash() == null || !hasher.verify(password, operator.getPasswordHash())) {
            operator.changePassword(hasher.hash(password));
        }
        return operator.getPasswordHash();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void provideTenantAccounts(String slug, TenantKind kind, String hash) {
        // one account per role that fits the tenant's kind (StaffRole.assignableIn)
        provide("admin@" + slug + ".demo", "Admin (Demo)", EnumSet.of(StaffRole.TENANT_ADMIN), hash);
        if (kind == TenantKind.MINISTRY) {
            provide("analyst@" + slug + ".demo", "Auswertung (Demo)", EnumSet.of(StaffRole.MINISTRY_ANALYST), hash);
        } else {
            provide("organizer@" + slug + ".demo", "Organisation (Demo)", EnumSet.of(StaffRole.ORGANIZER), hash);
            provide("checkin@" + slug + ".demo", "Einlass (Demo)", EnumSet.of(StaffRole.CHECKIN), hash);
        }
    }

    private void provide(String email, String name, EnumSet<StaffRole> roles, String hash) {
        StaffAccount account = importService.ensureAccount(email, name, roles);
        account.markDemo();
        if (!hash.equals(account.getPasswordHash())) {
            account.changePassword(hash);
        }
    }
}
