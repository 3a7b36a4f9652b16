package de.fachtag.tenantconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColourContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneToOne() {
        assertThat(ColourContrast.contrastRatio("#000000", "#ffffff")).isCloseTo(21.0, within(1e-9));
        assertThat(ColourContrast.contrastRatio("#ffffff", "#000000")).isCloseTo(21.0, within(1e-9));
        assertThat(ColourContrast.contrastAgainstWhite("#FFFFFF")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void luminanceFollowsTheWcagFormula() {
        assertThat(ColourContrast.relativeLuminance("#ffffff")).isCloseTo(1.0, within(1e-9));
        assertThat(ColourContrast.relativeLuminance("#000000")).isZero();
        // Pure green weighs most: 0.7152.
        assertThat(ColourContrast.relativeLuminance("#00ff00")).isCloseTo(0.7152, within(1e-9));
    }

    @Test
    void theGreyAtTheAaThresholdPassesAndTheNextLighterFails() {
        // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just misses it.
        assertThat(ColourContrast.contrastAgainstWhite("#767676"))
                .isGreaterThanOrEqualTo(ColourContrast.AA_NORMAL_TEXT);
        assertThat(ColourContrast.contrastAgainstWhite("#777777")).isLessThan(ColourContrast.AA_NORMAL_TEXT);
        // Rounded down, so a failing ratio never reads as the threshold itself.
        assertThat(ColourContrast.format(ColourContrast.contrastAgainstWhite("#777777")))
                .isEqualTo("4.4:1");
        assertThat(ColourContrast.format(ColourContrast.contrastAgainstWhite("#ffcc00")))
                .isEqualTo("1.5:1");
    }

    @Test
    void onlyHashAndSixHexDigitsIsAColour() {
        assertThat(ColourContrast.isColour("#1d4f91")).isTrue();
        assertThat(ColourContrast.isColour("#1D4F91")).isTrue();
        assertThat(ColourContrast.isColour("#12345")).isFalse();
        assertThat(ColourContrast.isColour("1d4f91")).isFalse();
        assertThat(ColourContrast.isColour("#fff")).isFalse();
        assertThat(ColourContrast.isColour("navy")).isFalse();
        assertThat(ColourContrast.isColour(null)).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ColourContrast.relativeLuminance("#12345"))
                .withMessage("'#12345' is not a colour");
    }
}
