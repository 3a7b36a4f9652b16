package de.fachtag.web.results;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The {@code resmsg} bundle for texts built in Java (refusals with their place). */
final class ResultTexts {

    static final String BUNDLE = "de.fachtag.web.i18n.results";

    private ResultTexts() {}

    /** A moment in the reader's language, in Berlin's time: "05.12.2026, 14:30". Empty for none. */
    static String instant(Locale locale, java.time.Instant at) {
        if (at == null) {
            return "";
        }
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                        java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(locale)
                .format(at.atZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    /** A day in the reader's language, in Berlin's time: "05.12.2026". Empty for none. */
    static String day(Locale locale, java.time.Instant at) {
        if (at == null) {
            return "";
        }
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(at.atZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                Thread.currentThread().getContextClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
