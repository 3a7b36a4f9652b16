package de.fachtag.web.results;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The {@code resmsg} bundle for texts built in Java (refusals with their place). */
final class ResultTexts {

    static final String BUNDLE = "de.fachtag.web.i18n.results";

    private ResultTexts() {
    }

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
