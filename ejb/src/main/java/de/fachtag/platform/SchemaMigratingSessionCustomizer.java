package de.fachtag.platform;

import de.fachtag.tenantconfig.TenantConfigException;
import de.fachtag.tenantconfig.TenantConfigLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Hooks the schema migration into the moment EclipseLink prepares the persistence unit: the
 * server deploys the unit, and connects, before any startup bean of ours would run. The tenant
 * files are checked first, so that a bad file stops the start before the database is touched.
 */
public class SchemaMigratingSessionCustomizer implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(SchemaMigratingSessionCustomizer.class.getName());

    @Override
    public void customize(Session session) {
        Config config = ConfigProvider.getConfig();
        prepare(
                config.getOptionalValue("fachtag.tenant.dir", String.class)
                        .filter(s -> !s.isBlank())
                        .map(Path::of),
                config.getOptionalValue("fachtag.demo", Boolean.class).orElse(false),
                new DatabaseMigration.Settings(
                        config.getValue("fachtag.db.url", String.class),
                        config.getOptionalValue("fachtag.db.owner", String.class)
                                .orElse("fachtag_owner"),
                        config.getOptionalValue("fachtag.db.owner.password", String.class)
                                .orElse(""),
                        config.getOptionalValue("fachtag.db.user", String.class).orElse("fachtag_app"),
                        config.getOptionalValue("fachtag.db.password", String.class)
                                .orElse("")));
    }

    /**
     * What the start does before EclipseLink connects: the tenant and event files are checked
     * first, then the schema is migrated. A start with a bad file stops here, with every problem of
     * both kinds listed under a headline per kind of file, and leaves the database as it was (not
     * even a connection is opened: a new version's migrations are not applied for a configuration
     * that cannot run).
     */
    static void prepare(Optional<Path> tenantDir, boolean demo, DatabaseMigration.Settings database) {
        try {
            new TenantConfigLoader().loadConfiguration(tenantDir, demo);
        } catch (TenantConfigException e) {
            LOG.severe(() -> "Tenant configuration is invalid; the database was not touched:\n" + e.getMessage());
            throw e;
        }
        new DatabaseMigration(database).migrate();
    }
}
