package de.fachtag.tenantconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void englishWhenAskedForAndPresent() {
        assertThat(new LocalizedText("Gefördert durch", "Funded by").in(Locale.UK))
                .isEqualTo("Funded by");
        assertThat(new LocalizedText("Gefördert durch", "Funded by").in(Locale.GERMANY))
                .isEqualTo("Gefördert durch");
    }

    @Test
    void germanWhenNoTranslationFitsBecauseGermanIsTheBindingText() {
        assertThat(new LocalizedText("Gefördert durch", null).in(Locale.ENGLISH))
                .isEqualTo("Gefördert durch");
        assertThat(new LocalizedText("Gefördert durch", " ").in(Locale.ENGLISH)).isEqualTo("Gefördert durch");
        assertThat(new LocalizedText("Gefördert durch", "Funded by").in(Locale.FRENCH))
                .isEqualTo("Gefördert durch");
        assertThat(new LocalizedText("Gefördert durch", "Funded by").in(null)).isEqualTo("Gefördert durch");
    }
}
