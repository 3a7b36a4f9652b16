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
        checkTenantFiles(config);
        new DatabaseMigration(new DatabaseMigration.Settings(
                        config.getValue("fachtag.db.url", String.class),
                        config.getOptionalValue("fachtag.db.owner", String.class)
                                .orElse("fachtag_owner"),
                        config.getOptionalValue("fachtag.db.owner.password", String.class)
                                .orElse(""),
                        config.getOptionalValue("fachtag.db.user", String.class).orElse("fachtag_app"),
                        config.getOptionalValue("fachtag.db.password", String.class)
                                .orElse("")))
                .migrate();
    }

    /**
     * The tenant and event files are checked before the schema is migrated: a start with a bad
     * file stops here, with every problem of both kinds listed, and leaves the database as it was
     * (a new version's migrations are not applied for a configuration that cannot run).
     */
    private static void checkTenantFiles(Config config) {
        Optional<Path> tenantDir = config.getOptionalValue("fachtag.tenant.dir", String.class)
                .filter(s -> !s.isBlank())
                .map(Path::of);
        boolean demo = config.getOptionalValue("fachtag.demo", Boolean.class).orElse(false);
        try {
            new TenantConfigLoader().loadConfiguration(tenantDir, demo);
        } catch (TenantConfigException e) {
            LOG.severe(() -> "Tenant configuration is invalid; the database was not touched:\n" + e.getMessage());
            throw e;
        }
    }
}
