package de.fachtag.reporting;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The catalogue of figures. Each metric has one written definition, in German and English
 * ({@code metrics.properties}), shown wherever the figure appears: as a legend on the pages,
 * as header notes in CSV and XLSX, in the JSON. Each is the sum of one 0/1 column of the
 * database view {@code registration_fact} (V5), which states the same rule in SQL; figures
 * entered by hand fill only {@link #CONFIRMED}, {@link #ATTENDED} and, where recorded, the
 * modes.
 */
public enum Metric {
    /** Every registration ever made for the event, whatever became of it. */
    MADE("made"),
    /** Holding a seat (on site) or a livestream place now. */
    CONFIRMED("confirmed"),
    /** Waiting for a seat now. */
    WAITLISTED("waitlisted"),
    /** Cancelled by the person or the organizer. */
    CANCELLED("cancelled"),
    /** Moved up from the waiting list at some time (and kept as a figure when cancelled later). */
    PROMOTED("promoted"),
    /** Confirmed, on site. */
    ON_SITE("on_site"),
    /** Confirmed, by livestream. */
    LIVESTREAM("livestream"),
    /** Checked in at the door. */
    ATTENDED("attended"),
    /** Confirmed on site, not checked in, and the event is over. */
    NO_SHOW("no_show");

    private final String column;

    Metric(String column) {
        this.column = column;
    }

    /** The column of {@code registration_fact} (and of {@code ministry_figures}) this metric sums. */
    public String column() {
        return column;
    }

    public String label(Locale locale) {
        return texts(locale).getString("metric." + name() + ".label");
    }

    public String definition(Locale locale) {
        return texts(locale).getString("metric." + name() + ".definition");
    }

    /** The reporting texts (definitions, dimension names, notes) in the reader's language, German by default. */
    public static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(
                "de.fachtag.reporting.metrics",
                locale == null ? Locale.GERMAN : locale,
                Metric.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
