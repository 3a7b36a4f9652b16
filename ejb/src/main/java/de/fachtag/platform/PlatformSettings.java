package de.fachtag.platform;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's settings the application reads at run time, from MicroProfile Config, which
 * maps the {@code FACHTAG_*} environment variables of the "Running it" table onto these keys.
 * (The database settings are read by the data source definition and the schema migration.)
 */
@ApplicationScoped
public class PlatformSettings {







    @Inject
    @ConfigProperty(name = "fachtag.tenant.dir")
    Optional<String> tenantDir;

    @Inject
    @ConfigProperty(name = "fachtag.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "fachtag.demo.password")
    Optional<String> demoPassword;







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
