package de.fachtag.tenant;

import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import de.fachtag.event.EventImportService;
import de.fachtag.identity.DemoAccounts;
import de.fachtag.identity.StaffAccountService;
import de.fachtag.platform.PlatformSettings;
import de.fachtag.platform.StartupLock;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenantconfig.TenantConfigException;
import de.fachtag.tenantconfig.TenantConfigLoader;
import de.fachtag.tenantconfig.TenantDefinition;
import de.fachtag.tenantconfig.EventDefinition;

/**
 * Imports the tenant files at start, after the migrations and before the application serves.
 *
 * <p>The schema is already current: the persistence unit migrates it before it connects
 * ({@link de.fachtag.platform.SchemaMigratingSessionCustomizer}), after it has checked the same
 * files, so that a bad file stops the start before the database is touched. Here they are read
 * again (they may have changed in between; a bad file still stops the start with every problem
 * listed by kind of file, file, line and field, and nothing of any file is imported). The bundled
 * demo tenants and their events are part of it only in demo mode ({@code FACHTAG_DEMO}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantImporter {

    private static final Logger LOG = Logger.getLogger(TenantImporter.class.getName());

    @Inject
    PlatformSettings settings;

    @EJB
    TenantImportService importService;

    @EJB
    DemoAccounts demoAccounts;

    @EJB
    StaffAccountService staffAccounts;

    @EJB
    EventImportService eventImport;

    @Resource(lookup = "java:app/jdbc/fachtag")
    DataSource dataSource;

    /** One instance at a time: several starting together on one database would insert the same rows. */
    @PostConstruct
    void importAllOnce() {
        try (StartupLock lock = StartupLock.take(dataSource, "fachtag:tenant-import")) {
            importAll();
        }
    }

    void importAll() {
        List<TenantDefinition> files;
        List<EventDefinition> events;
        try {
            // the bundled demo tenants and events only in demo mode
            TenantConfigLoader.Configuration configuration = new TenantConfigLoader()
                    .loadConfiguration(settings.tenantDir(), settings.demo());
            files = configuration.tenants();
            events = configuration.events();
        } catch (TenantConfigException e) {
            LOG.severe(() -> "Tenant configuration is invalid; nothing was imported:\n" + e.getMessage());
            throw e;
        }
        // Ministries first: other tenants' funders refer to them.
        files.stream()
                .sorted((a, b) -> Boolean.compare(a.getKind() != de.fachtag.tenantconfig.TenantKind.MINISTRY,
                        b.getKind() != de.fachtag.tenantconfig.TenantKind.MINISTRY))
                .forEach(file -> {
                    var outcome = TenantContext.callAs(file.getSlug(), () -> importService.importTenant(file));
                    LOG.info(() -> "Tenant " + file.getSlug() + " from " + file.getSourceName() + ": " + outcome);
                });
        for (EventDefinition event : events) {
            var outcome = TenantContext.callAs(event.getTenant(), () -> eventImport.importEvent(event));
            LOG.info(() -> "Event " + event.getTenant() + "/" + event.getSlug() + " from " + event.getSourceName()
                    + ": " + outcome);
        }
        if (settings.demo()) {
            demoAccounts.provide(files, settings.demoPassword()
                    .orElseThrow(() -> new IllegalStateException("Demo mode needs FACHTAG_DEMO_PASSWORD")));
        } else {
            // Outside demo mode a file's admin gets no password, only a one-time link, printed
            // here for the operator to hand over until the mail outbox sends it.
            for (TenantDefinition file : files) {
                if (file.getAdmin() == null || file.getAdmin().getEmail() == null) {
                    continue;
                }
                TenantContext.callAs(file.getSlug(), () -> staffAccounts.issueInitialPasswordLink(file.getAdmin().getEmail()))
                        .ifPresent(token -> LOG.warning(() -> "Tenant " + file.getSlug() + ": " + file.getAdmin().getEmail()
                                + " has no password yet; set it within 7 days at /t/" + file.getSlug()
                                + "/password?token=" + token));
            }
        }
    }
}
