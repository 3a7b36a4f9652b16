package de.fachtag.tenantconfig;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colour contrast as defined by WCAG 2.1 (relative luminance, contrast ratio).
 *
 * <p>Public because the web UI checks a tenant admin's colour choice with the same maths
 * the loader uses for tenant files; two implementations would sooner or later disagree.
 */
public final class ColourContrast {

    /** Minimum contrast ratio for normal text at WCAG 2.1 level AA (success criterion 1.4.3). */
    public static final double AA_NORMAL_TEXT = 4.5;

    /** Minimum contrast ratio for large text and user interface components at level AA. */
    public static final double AA_LARGE_TEXT = 3.0;

    public static final String WHITE = "#ffffff";

    private static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private ColourContrast() {}

    /** Whether the value is a colour in the {@code #rrggbb} form tenant files use. */
    public static boolean isColour(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    /**
     * Relative luminance of a {@code #rrggbb} colour, 0 (black) to 1 (white).
     *
     * @throws IllegalArgumentException if the value is not a {@code #rrggbb} colour
     */
    public static double relativeLuminance(String colour) {
        int rgb = parse(colour);
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    /**
     * Contrast ratio of two colours, from 1 (same luminance) to 21 (black on white); the order
     * of the arguments does not matter.
     */
    public static double contrastRatio(String first, String second) {
        double a = relativeLuminance(first);
        double b = relativeLuminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    public static double contrastAgainstWhite(String colour) {
        return contrastRatio(colour, WHITE);
    }

    /**
     * A ratio for people to read, with one decimal, rounded down: rounding up could show a
     * failing 4.47 as "4.5:1", the very value it fails to reach.
     */
    public static String format(double ratio) {
        return String.format(Locale.ROOT, "%.1f:1", Math.floor(ratio * 10) / 10);
    }

    private static int parse(String colour) {
        if (!isColour(colour)) {
            throw new IllegalArgumentException("'" + colour + "' is not a colour");
        }
        return Integer.parseInt(colour.substring(1), 16);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        // sRGB threshold; WCAG 2.1 prints 0.03928, which gives the same result for 8-bit values.
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
