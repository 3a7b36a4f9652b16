package de.fachtag.platform;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Hooks the schema migration into the moment EclipseLink prepares the persistence unit: the
 * server deploys the unit, and connects, before any startup bean of ours would run.
 */
public class SchemaMigratingSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        Config config = ConfigProvider.getConfig();
        new DatabaseMigration(new DatabaseMigration.Settings(
                config.getValue("fachtag.db.url", String.class),
                config.getOptionalValue("fachtag.db.owner", String.class).orElse("fachtag_owner"),
                config.getOptionalValue("fachtag.db.owner.password", String.class).orElse(""),
                config.getOptionalValue("fachtag.db.user", String.class).orElse("fachtag_app"),
                config.getOptionalValue("fachtag.db.password", String.class).orElse("")))
                .migrate();
    }
}
