package de.fachtag.tenantconfig;

import static de.fachtag.tenantconfig.Fixtures.LOADER;
import static de.fachtag.tenantconfig.Fixtures.extraDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an installation imports at start ({@link TenantConfigLoader#loadConfiguration}): the demo's
 * bundled files only in demo mode, and the problems of tenant and event files named in one pass.
 */
class LoadConfigurationTest {

    private static final int BUNDLED_TENANTS = 4;
    private static final int BUNDLED_EVENTS = 7;

    @Test
    void inDemoModeTheBundledTenantsAndEventsComeFirst() {
        TenantConfigLoader.Configuration configuration = LOADER.loadConfiguration(Optional.of(extraDir("valid")), true);

        assertThat(configuration.tenants()).hasSize(BUNDLED_TENANTS + 2);
        assertThat(configuration.tenants())
                .extracting(TenantDefinition::getSlug)
                .contains("mittelsachsen", "test-district");
        assertThat(configuration.events()).hasSize(BUNDLED_EVENTS + 2);
    }

    @Test
    void outsideDemoModeNoBundledTenantOrEventIsLoaded() {
        assertThat(LOADER.loadConfiguration(Optional.empty(), false).tenants()).isEmpty();
        assertThat(LOADER.loadConfiguration(Optional.empty(), false).events()).isEmpty();

        // the test files lean on the bundled ministries and on AGSA: without the demo they are missing
        TenantConfigException e = catchThrowableOfType(
                () -> LOADER.loadConfiguration(Optional.of(extraDir("valid")), false), TenantConfigException.class);

        assertThat(e).isNotNull();
        // and the event of the district whose file has problems is checked against that file as read, without noise
        assertThat(e.problems())
                .extracting(ConfigProblem::toString)
                .containsExactly(
                        "district.yml:33 funders[0].ministry: 'sms-sachsen' is not a loaded tenant of kind MINISTRY; no tenant has this slug",
                        "verein.yaml:33 funders[0].ministry: 'ms-sachsen-anhalt' is not a loaded tenant of kind MINISTRY; no tenant has this slug",
                        "verein-tag.yaml:3 tenant: 'agsa' is not a loaded tenant");
    }

    @Test
    void problemsOfTenantFilesAndEventFilesAreNamedInOnePassUnderAHeadlinePerKind(@TempDir Path temp)
            throws IOException {
        Path extra = extraDir("mixed");
        for (String file : new String[] {"b-broken.yaml", "logo.svg", "funder.png"}) {
            Files.copy(extra.resolve(file), temp.resolve(file));
        }
        Files.createDirectory(temp.resolve("events"));
        Files.copy(extraDir("events-mixed").resolve("events/b-broken.yaml"), temp.resolve("events/b-broken.yaml"));

        TenantConfigException e = catchThrowableOfType(
                () -> LOADER.loadConfiguration(Optional.of(temp), true), TenantConfigException.class);

        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .startsWith("Tenant files: 1 problem\n  b-broken.yaml:")
                .contains("kind: 'BEZIRK'")
                .contains(
                        "\nEvent files: 1 problem\n  b-broken.yaml:5 format: 'VOR_ORT' is not one of ON_SITE, HYBRID, ONLINE\n");
        assertThat(e.problems()).hasSize(2);
    }
}
