package de.fachtag.tenant;

import de.fachtag.event.EventImportService;
import de.fachtag.identity.DemoAccounts;
import de.fachtag.identity.StaffAccountService;
import de.fachtag.platform.PlatformSettings;
import de.fachtag.platform.StartupLock;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenantconfig.EventDefinition;
import de.fachtag.tenantconfig.TenantConfigException;
import de.fachtag.tenantconfig.TenantConfigLoader;
import de.fachtag.tenantconfig.TenantDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

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

    @EJB
    de.fachtag.results.ResultsImportService resultsImport;

    @EJB
    de.fachtag.actors.ActorService actors;

    @Resource(lookup = "java:app/jdbc/fachtag")
    DataSource dataSource;

    /**
     * Set once this deployment has imported the tenant files; read by the readiness check. A
     * static field on purpose: a singleton's business method would wait for its own
     * {@code @PostConstruct}, and each deployment loads this class anew.
     */
    private static volatile boolean imported;

    /** One instance at a time: several starting together on one database would insert the same rows. */
    @PostConstruct
    void importAllOnce() {
        try (StartupLock lock = StartupLock.take(dataSource, "fachtag:tenant-import")) {
            importAll();
        }
        imported = true;
        LOG.info(() -> "Fachtag " + version() + " started: tenant files imported");
    }

    /** Whether this deployment of the application has imported the tenant files (it then serves them). */
    public static boolean imported() {
        return imported;
    }

    /** The version in the manifest of the application's jar ({@code Implementation-Version}), or "(development)". */
    static String version() {
        String v = TenantImporter.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "(development)" : v;
    }

    void importAll() {
        List<TenantDefinition> files;
        List<EventDefinition> events;
        try {
            // the bundled demo tenants and events only in demo mode
            TenantConfigLoader.Configuration configuration =
                    new TenantConfigLoader().loadConfiguration(settings.tenantDir(), settings.demo());
            files = configuration.tenants();
            events = configuration.events();
        } catch (TenantConfigException e) {
            LOG.severe(() -> "Tenant configuration is invalid; nothing was imported:\n" + e.getMessage());
            throw e;
        }
        // Ministries first: other tenants' funders refer to them.
        files.stream()
                .sorted((a, b) -> Boolean.compare(
                        a.getKind() != de.fachtag.tenantconfig.TenantKind.MINISTRY,
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
        importResults(files, events);
        // the actors directories (Schnittstellenpapier): a file names its tenant, which is imported by now
        for (var file : de.fachtag.actors.ActorFiles.find(settings.tenantDir(), settings.demo())) {
            String tenant =
                    de.fachtag.actors.ActorFile.parse(file.name(), file.yaml()).tenant();
            var outcome = TenantContext.callAs(tenant, () -> actors.importAtStart(file.name(), file.yaml()));
            LOG.info(() -> "Actors directory of " + tenant + " from " + file.name() + ": " + outcome);
        }
        if (settings.demo()) {
            demoAccounts.provide(
                    files,
                    settings.demoPassword()
                            .orElseThrow(() -> new IllegalStateException("Demo mode needs FACHTAG_DEMO_PASSWORD")));
        } else {
            // Outside demo mode a file's admin gets no password, and no link in a log: one link
            // mail through the outbox when the account is new; later ones on request on the
            // tenant's set-password page.
            for (TenantDefinition file : files) {
                if (file.getAdmin() == null || file.getAdmin().getEmail() == null) {
                    continue;
                }
                if (TenantContext.callAs(
                        file.getSlug(),
                        () -> staffAccounts.mailFirstPasswordLink(
                                file.getAdmin().getEmail()))) {
                    LOG.info(() ->
                            "Tenant " + file.getSlug() + ": a link to set the admin's password is in the mail outbox,"
                                    + " addressed to the admin of the tenant file; a new one can be requested at "
                                    + settings.baseUrl() + "/t/" + file.getSlug() + "/password");
                }
            }
        }
    }

    /**
     * The tenants' keyword vocabularies, then the events' results and documentations, then the
     * series' documentations written from results of several events (issue 13).
     */
    private void importResults(List<TenantDefinition> files, List<EventDefinition> events) {
        java.util.Map<String, TenantDefinition> bySlug = new java.util.HashMap<>();
        for (TenantDefinition file : files) {
            bySlug.put(file.getSlug(), file);
            if (!file.getKeywords().isEmpty()) {
                int added =
                        TenantContext.callAs(file.getSlug(), () -> resultsImport.importVocabulary(file.getKeywords()));
                LOG.info(() -> "Tenant " + file.getSlug() + ": " + added + " keywords added to the vocabulary");
            }
        }
        for (EventDefinition event : events) {
            TenantDefinition tenant = bySlug.get(event.getTenant());
            if (tenant != null
                    && TenantContext.callAs(
                            event.getTenant(), () -> resultsImport.importEventResults(event, tenant.getKeywords()))) {
                LOG.info(() ->
                        "Event " + event.getTenant() + "/" + event.getSlug() + ": results and documentation imported");
            }
        }
        for (TenantDefinition file : files) {
            for (var series : file.getSeries()) {
                if (series.getDocumentation() == null) {
                    continue;
                }
                List<EventDefinition> ofSeries = events.stream()
                        .filter(e -> file.getSlug().equals(e.getTenant())
                                && series.getSlug().equals(e.getSeries()))
                        .toList();
                if (TenantContext.callAs(
                        file.getSlug(),
                        () -> resultsImport.importSeriesDocumentation(series, ofSeries, file.getKeywords()))) {
                    LOG.info(() -> "Series " + file.getSlug() + "/" + series.getSlug() + ": documentation imported");
                }
            }
        }
    }
}
