package de.fachtag.web.report;

import de.fachtag.reporting.Metric;
import de.fachtag.tenant.LocalizedString;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the reports in one language: the page texts ({@code rpmsg}), the figures'
 * written definitions (the ejb module's {@code metrics} bundle, through {@link Metric}) and the
 * names of sectors and modes as the registration form shows them ({@code regmsg}).
 */
public final class ReportTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle page;
    private final ResourceBundle metrics;
    private final ResourceBundle registration;

    public ReportTexts(Locale locale) {
        this.locale = locale;
        ClassLoader loader = ReportTexts.class.getClassLoader();
        this.page = ResourceBundle.getBundle("de.fachtag.web.i18n.report", locale, loader, NO_FALLBACK);
        this.metrics = Metric.texts(locale);
        this.registration = ResourceBundle.getBundle("de.fachtag.web.i18n.registration", locale, loader, NO_FALLBACK);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String text = find(page, key);
        if (text == null) {
            text = find(metrics, key);
        }
        if (text == null) {
            return key;
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** The label of a metric (MADE) or of one of the figures beside them (PERSONS, SEATS, DAY …). */
    public String label(String metric) {
        return get("metric." + metric + ".label");
    }

    public String definition(String metric) {
        return get("metric." + metric + ".definition");
    }

    public String sector(String key) {
        String text = find(registration, "sector." + key);
        return text == null ? key : text;
    }

    public String mode(String key) {
        String text = find(registration, "mode." + key);
        return text == null ? key : text;
    }

    public String text(LocalizedString text) {
        return text == null ? "" : text.in(locale);
    }

    /** A moment as the reader reads it: 04.12.2026, 16:30 Uhr (Europe/Berlin). */
    public String dataTime(Instant at) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                        ? "d MMM yyyy, HH:mm"
                        : "dd.MM.yyyy, HH:mm 'Uhr'",
                locale);
        return at.atZone(ZoneId.of("Europe/Berlin")).format(f);
    }

    public String date(java.time.LocalDate date) {
        return date == null
                ? ""
                : date.format(DateTimeFormatter.ofPattern(
                        Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "d MMM yyyy" : "dd.MM.yyyy",
                        locale));
    }

    private static String find(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
