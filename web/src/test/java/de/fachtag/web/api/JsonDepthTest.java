package de.fachtag.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How deep a registration body nests, counted before any JSON reader sees it. */
class JsonDepthTest {

    @Test
    void aRegistrationIsFarBelowTheLimitAndAThousandLevelsAreOver() {
        assertThat(RegistrationResource.nestedDeeperThan(
                        "{\"name\": \"a\", \"consents\": {\"fotos\": true}}", RegistrationResource.MAX_DEPTH))
                .isFalse();
        assertThat(RegistrationResource.nestedDeeperThan(
                        "{\"a\": ".repeat(1000) + "1" + "}".repeat(1000), RegistrationResource.MAX_DEPTH))
                .isTrue();
        assertThat(RegistrationResource.nestedDeeperThan("[".repeat(33), 32)).isTrue();
        assertThat(RegistrationResource.nestedDeeperThan("[".repeat(32) + "]".repeat(32), 32))
                .isFalse();
    }

    @Test
    void bracketsInsideStringsAndEscapedQuotesDoNotCount() {
        assertThat(RegistrationResource.nestedDeeperThan("{\"name\": \"" + "[{".repeat(100) + "\"}", 32))
                .isFalse();
        assertThat(RegistrationResource.nestedDeeperThan("{\"name\": \"a\\\"" + "[".repeat(100) + "\"}", 32))
                .isFalse();
        assertThat(RegistrationResource.nestedDeeperThan("{\"name\": \"a\\\\\"" + ", \"x\": " + "[".repeat(40), 32))
                .isTrue();
        assertThat(RegistrationResource.nestedDeeperThan(null, 32)).isFalse();
    }
}
