package de.fachtag.tenantconfig;

import static de.fachtag.tenantconfig.Fixtures.LOADER;
import static de.fachtag.tenantconfig.Fixtures.extraDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled set plus an operator's directory, checked together and loaded all or nothing. */
class LoadAllTest {

    @Test
    void extraTenantsComeAfterTheBundledOnesByFileName() {
        List<TenantDefinition> tenants = LOADER.loadAll(Optional.of(extraDir("valid")));

        assertThat(tenants)
                .extracting(TenantDefinition::getSlug)
                .containsExactly(
                        "sms-sachsen", "ms-sachsen-anhalt", "mittelsachsen", "agsa", "test-district", "test-verein");
        assertThat(tenants.get(4).getSourceName()).isEqualTo("district.yml");
        // a region is optional: the bundled tenants give theirs, the extra ones none
        assertThat(tenants)
                .extracting(TenantDefinition::getRegion)
                .containsExactly("DE-SN", "DE-ST", "DE-SN", "DE-ST", null, null);
        assertThat(tenants.get(5).getFunders().get(0).getLogoBytes()).isNotEmpty();
    }

    @Test
    void everyYamlFileInTheDirectoryCountsWhateverItsNameButHiddenOnesDoNot(@TempDir Path temp) throws IOException {
        Files.write(temp.resolve("Mein Verein.YAML"), Fixtures.bytes("/fixtures/valid.yaml"));
        Files.write(temp.resolve(".valid.yaml.swp.yaml"), "not: [yaml".getBytes(StandardCharsets.UTF_8));
        Files.write(temp.resolve("notes.txt"), "not a tenant".getBytes(StandardCharsets.UTF_8));
        Files.write(temp.resolve("logo.svg"), Fixtures.bytes("/fixtures/logo.svg"));
        Files.write(temp.resolve("funder.png"), Fixtures.bytes("/fixtures/funder.png"));

        assertThat(LOADER.loadAll(Optional.of(temp)))
                .extracting(TenantDefinition::getSourceName)
                .endsWith("Mein Verein.YAML")
                .hasSize(5);
    }

    @Test
    void aSlugTakenByABundledTenantIsRejected() {
        assertThat(problems(extraDir("duplicate-slug")))
                .containsExactly(
                        "copy.yaml:2 slug: tenant slug 'mittelsachsen' is already used by mittelsachsen.yaml (bundled)");
    }

    @Test
    void aHostNameLeadsToOneTenantAndMustBeAHostName(@TempDir Path temp) throws IOException {
        String valid = new String(Fixtures.bytes("/fixtures/valid.yaml"), StandardCharsets.UTF_8);
        Files.write(
                temp.resolve("a.yaml"),
                valid.replace("kind: DISTRICT\n", "kind: DISTRICT\nhosts: [veranstaltungen.kreis.example]\n")
                        .getBytes(StandardCharsets.UTF_8));
        Files.write(
                temp.resolve("b.yaml"),
                valid.replace("slug: test-district", "slug: zweiter-kreis")
                        .replace("kind: DISTRICT\n", "kind: DISTRICT\nhosts: [veranstaltungen.kreis.example]\n")
                        .getBytes(StandardCharsets.UTF_8));
        Files.write(temp.resolve("logo.svg"), Fixtures.bytes("/fixtures/logo.svg"));
        Files.write(temp.resolve("funder.png"), Fixtures.bytes("/fixtures/funder.png"));
        assertThat(problems(temp))
                .singleElement()
                .asString()
                .startsWith("b.yaml:5 hosts[0]: host name "
                        + "'veranstaltungen.kreis.example' is already used by a.yaml (");

        Files.delete(temp.resolve("b.yaml"));
        Files.write(
                temp.resolve("a.yaml"),
                valid.replace(
                                "kind: DISTRICT\n",
                                "kind: DISTRICT\nhosts: [https://kreis.example/pfad, Kreis.Example, kreis.example:8080, localhost]\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(problems(temp)).hasSize(4).allMatch(p -> p.contains("must be a host name like"));
    }

    @Test
    void aFunderMustNameALoadedMinistry() {
        assertThat(problems(extraDir("bad-ministry")))
                .containsExactly(
                        "funders.yaml:33 funders[0].ministry: 'bmas-bund' is not a loaded tenant of kind MINISTRY;"
                                + " no tenant has this slug",
                        "funders.yaml:41 funders[1].ministry: 'agsa' is not a loaded tenant of kind MINISTRY;"
                                + " it is of kind ASSOCIATION");
    }

    @Test
    void oneBrokenFileLoadsNothingAtAll() {
        TenantConfigException e =
                catchThrowableOfType(TenantConfigException.class, () -> LOADER.loadAll(Optional.of(extraDir("mixed"))));

        // a-good.yaml is fine on its own; the exception is the only outcome, there is no partial result.
        assertThat(e.problems())
                .map(ConfigProblem::toString)
                .containsExactly("b-broken.yaml:4 kind: 'BEZIRK' is not one of DISTRICT, ASSOCIATION, MINISTRY");
    }

    @Test
    void aConfiguredDirectoryThatDoesNotExistIsAProblem(@TempDir Path temp) {
        Path missing = temp.resolve("no-such-dir");

        assertThat(problems(missing)).containsExactly(missing + " (directory): is not a directory");
    }

    @Test
    void anIndexEntryWithoutItsFileIsAProblem(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("tenants"));
        Files.writeString(temp.resolve("tenants/index.txt"), "# test index\nsms-sachsen.yaml\n../escape.yaml\n");

        assertThat(problemsWithClassPath(temp))
                .containsExactly(
                        "tenants/index.txt:2 (index): 'sms-sachsen.yaml' is listed but not bundled",
                        "tenants/index.txt:3 (index): '../escape.yaml' is not the name of a .yaml file beside the index");
    }

    @Test
    void aMissingIndexIsAProblem(@TempDir Path temp) {
        assertThat(problemsWithClassPath(temp)).containsExactly("tenants/index.txt (index): is not on the class path");
    }

    @Test
    void theLoaderCanBeSharedBetweenThreads() throws Exception {
        List<String> expected = hashes(LOADER.loadAll(Optional.empty()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<TenantDefinition>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> LOADER.loadAll(Optional.of(extraDir("valid")))));
            }
            for (Future<List<TenantDefinition>> result : results) {
                assertThat(hashes(result.get()).subList(0, 4)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> hashes(List<TenantDefinition> tenants) {
        return tenants.stream().map(TenantDefinition::getContentHash).toList();
    }

    private static List<String> problems(Path extraDir) {
        TenantConfigException e =
                catchThrowableOfType(TenantConfigException.class, () -> LOADER.loadAll(Optional.of(extraDir)));
        assertThat(e).as("loadAll must fail").isNotNull();
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    private static List<String> problemsWithClassPath(Path root) {
        try (URLClassLoader classPath =
                new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            TenantConfigLoader loader = new TenantConfigLoader(
                    Validation.buildDefaultValidatorFactory().getValidator(), classPath);
            TenantConfigException e =
                    catchThrowableOfType(TenantConfigException.class, () -> loader.loadAll(Optional.empty()));
            assertThat(e).as("loadAll must fail").isNotNull();
            return e.problems().stream().map(ConfigProblem::toString).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
