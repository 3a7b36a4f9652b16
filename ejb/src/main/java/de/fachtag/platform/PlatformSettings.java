package de.fachtag.platform;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's settings, read once from MicroProfile Config, which maps the
 * {@code FACHTAG_*} environment variables of the "Running it" table onto these keys.
 */
@ApplicationScoped
public class PlatformSettings {

    @Inject
    @ConfigProperty(name = "fachtag.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "fachtag.db.user", defaultValue = "fachtag_app")
    String applicationRole;

    @Inject
    @ConfigProperty(name = "fachtag.db.password", defaultValue = "")
    String applicationPassword;

    @Inject
    @ConfigProperty(name = "fachtag.db.owner", defaultValue = "fachtag_owner")
    String ownerRole;

    @Inject
    @ConfigProperty(name = "fachtag.db.owner.password", defaultValue = "")
    String ownerPassword;

    @Inject
    @ConfigProperty(name = "fachtag.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "fachtag.tenant.dir")
    Optional<String> tenantDir;

    @Inject
    @ConfigProperty(name = "fachtag.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "fachtag.demo.password")
    Optional<String> demoPassword;

    public String databaseUrl() {
        return databaseUrl;
    }

    public String applicationRole() {
        return applicationRole;
    }

    public String applicationPassword() {
        return applicationPassword;
    }

    public String ownerRole() {
        return ownerRole;
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    public Path dataDir() {
        return Path.of(dataDir);
    }

    public Optional<Path> tenantDir() {
        return tenantDir.filter(s -> !s.isBlank()).map(Path::of);
    }

    public boolean demo() {
        return demo;
    }

    public Optional<String> demoPassword() {
        return demoPassword.filter(s -> !s.isBlank());
    }
}
