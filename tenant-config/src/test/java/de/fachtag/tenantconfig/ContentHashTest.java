package de.fachtag.tenantconfig;

import static de.fachtag.tenantconfig.Fixtures.LOADER;
import static de.fachtag.tenantconfig.Fixtures.bytes;
import static de.fachtag.tenantconfig.Fixtures.siblings;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The importer skips a tenant whose hash it has seen; the hash must change exactly when the content does. */
class ContentHashTest {

    private final byte[] yaml = bytes("/fixtures/valid.yaml");

    @Test
    void theSameBytesGiveTheSameHash() {
        String first = LOADER.load("valid.yaml", yaml, siblings()).getContentHash();
        String second = new TenantConfigLoader()
                .load("valid.yaml", yaml.clone(), siblings())
                .getContentHash();

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(second);
    }

    @Test
    void aChangedColourGivesADifferentHash() {
        byte[] recoloured = new String(yaml, StandardCharsets.UTF_8)
                .replace("\"#00566b\"", "\"#1f3a68\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(LOADER.load("valid.yaml", recoloured, siblings()).getContentHash())
                .isNotEqualTo(LOADER.load("valid.yaml", yaml, siblings()).getContentHash());
    }

    @Test
    void aChangedLogoGivesADifferentHash() {
        Function<String, Optional<byte[]>> otherLogo = name -> name.equals("logo.svg")
                ? Optional.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Other</title></svg>"
                        .getBytes(StandardCharsets.UTF_8))
                : siblings().apply(name);

        assertThat(LOADER.load("valid.yaml", yaml, otherLogo).getContentHash())
                .isNotEqualTo(LOADER.load("valid.yaml", yaml, siblings()).getContentHash());
    }

    @Test
    void theFileNameIsNotPartOfTheHash() {
        assertThat(LOADER.load("renamed.yaml", yaml, siblings()).getContentHash())
                .isEqualTo(LOADER.load("valid.yaml", yaml, siblings()).getContentHash());
    }

    @Test
    void bytesMovingBetweenPartsChangeTheHash() {
        byte[] a = {1, 2, 3};
        byte[] b = {4};
        byte[] ab = {1, 2, 3, 4};

        assertThat(TenantConfigLoader.contentHash(a, java.util.List.of(b)))
                .isNotEqualTo(TenantConfigLoader.contentHash(ab, java.util.List.of()));
    }
}
