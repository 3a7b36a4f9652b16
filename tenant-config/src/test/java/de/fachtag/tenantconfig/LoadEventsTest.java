package de.fachtag.tenantconfig;

import static de.fachtag.tenantconfig.Fixtures.LOADER;
import static de.fachtag.tenantconfig.Fixtures.TENANTS;
import static de.fachtag.tenantconfig.Fixtures.bytes;
import static de.fachtag.tenantconfig.Fixtures.extraDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled events plus an operator's {@code events/} folder, checked together and loaded all or nothing. */
class LoadEventsTest {

    private static final int BUNDLED = 7;

    @Test
    void extraEventsComeAfterTheBundledOnesByFileNameAndMayBelongToExtraTenants() {
        List<TenantDefinition> tenants = LOADER.loadAll(Optional.of(extraDir("valid")));

        List<EventDefinition> events = LOADER.loadEvents(tenants, Optional.of(extraDir("valid")));

        assertThat(events).hasSize(BUNDLED + 2);
        assertThat(events.subList(BUNDLED, BUNDLED + 2))
                .extracting(EventDefinition::getSourceName, EventDefinition::getTenant, EventDefinition::getSlug)
                .containsExactly(
                        tuple("kreis-tag.yml", "test-district", "kreis-tag"),
                        tuple("verein-tag.yaml", "agsa", "kreis-tag"));
    }

    @Test
    void anEventOfATenantThatIsNotLoadedIsRejected() {
        assertThat(problems(TENANTS, extraDir("valid")))
                .containsExactly("kreis-tag.yml:2 tenant: 'test-district' is not a loaded tenant");
    }

    @Test
    void aTenantDirectoryWithoutEventsFolderAddsNoEvents(@TempDir Path temp) {
        assertThat(LOADER.loadEvents(TENANTS, Optional.of(temp))).hasSize(BUNDLED);
    }

    @Test
    void anEventSlugIsUniqueWithinItsTenant() {
        assertThat(problems(TENANTS, extraDir("events-duplicate")))
                .containsExactly(
                        "copy.yaml:3 slug: event slug 'fachtag-integration-2021' of tenant 'mittelsachsen' is already used"
                                + " by mittelsachsen-6-fachtag-2021.yaml (bundled)");
    }

    @Test
    void oneBrokenFileLoadsNoEventAtAll() {
        // a-good.yaml is fine on its own; the exception is the only outcome, there is no partial result.
        assertThat(problems(TENANTS, extraDir("events-mixed")))
                .containsExactly("b-broken.yaml:5 format: 'VOR_ORT' is not one of ON_SITE, HYBRID, ONLINE");
    }

    @Test
    void aConfiguredDirectoryThatDoesNotExistIsAProblem(@TempDir Path temp) {
        Path missing = temp.resolve("no-such-dir");

        assertThat(problems(TENANTS, missing)).containsExactly(missing + " (directory): is not a directory");
    }

    @Test
    void anEventsEntryThatIsNotAFolderIsAProblem(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("events"), "not a folder");

        assertThat(problems(TENANTS, temp))
                .containsExactly(temp.resolve("events") + " (directory): is not a directory");
    }

    @Test
    void theEventIndexIsCheckedLikeTheTenantIndex(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("tenants/events"));
        Files.writeString(temp.resolve("tenants/events/index.txt"), "# test index\nmissing.yaml\n../escape.yaml\n");

        assertThat(problemsWithClassPath(temp))
                .containsExactly(
                        "tenants/events/index.txt:2 (index): 'missing.yaml' is listed but not bundled",
                        "tenants/events/index.txt:3 (index): '../escape.yaml' is not the name of a .yaml file beside the index");
    }

    @Test
    void aMissingEventIndexIsAProblem(@TempDir Path temp) {
        assertThat(problemsWithClassPath(temp))
                .containsExactly("tenants/events/index.txt (index): is not on the class path");
    }

    @Test
    void theContentHashIsTheSha256OfTheFileAsSha256sumPrintsIt() throws Exception {
        byte[] yaml = bytes("/events/valid-event.yaml");

        assertThat(Fixtures.loadEvent("valid-event.yaml").getContentHash())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(yaml)))
                .isEqualTo(new TenantConfigLoader()
                        .loadEvent("renamed.yaml", yaml.clone(), TENANTS)
                        .getContentHash());
    }

    @Test
    void aChangedFileGivesADifferentHash() {
        byte[] yaml = bytes("/events/valid-event.yaml");
        byte[] changed = new String(yaml, StandardCharsets.UTF_8)
                .replace("seats: 120", "seats: 121")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(LOADER.loadEvent("valid-event.yaml", changed, TENANTS).getContentHash())
                .isNotEqualTo(
                        LOADER.loadEvent("valid-event.yaml", yaml, TENANTS).getContentHash());
    }

    private static List<String> problems(List<TenantDefinition> tenants, Path extraDir) {
        TenantConfigException e = catchThrowableOfType(
                TenantConfigException.class, () -> LOADER.loadEvents(tenants, Optional.of(extraDir)));
        assertThat(e).as("loadEvents must fail").isNotNull();
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    private static List<String> problemsWithClassPath(Path root) {
        try (URLClassLoader classPath =
                new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            TenantConfigLoader loader = new TenantConfigLoader(Fixtures.VALIDATOR, classPath);
            TenantConfigException e = catchThrowableOfType(
                    TenantConfigException.class, () -> loader.loadEvents(TENANTS, Optional.empty()));
            assertThat(e).as("loadEvents must fail").isNotNull();
            return e.problems().stream().map(ConfigProblem::toString).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
