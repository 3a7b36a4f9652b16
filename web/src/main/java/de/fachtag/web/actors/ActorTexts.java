package de.fachtag.web.actors;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The {@code actmsg} bundle for texts built in Java (the paper, the files, refusals with their place). */
public final class ActorTexts {

    static final String BUNDLE = "de.fachtag.web.i18n.actors";

    private final Locale locale;

    public ActorTexts(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    public String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                ActorTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
