package de.fachtag.web.registration;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of registering in German or English: the {@code registration} bundle (Faces knows
 * it as {@code regmsg}) first, then {@code ValidationMessages}, whose keys the registration rules
 * report their refusals with.
 */
public final class RegistrationTexts {

    /** The bundle Faces knows as {@code regmsg}. */
    public static final String BUNDLE = "de.fachtag.web.i18n.registration";

    static final String VALIDATION_BUNDLE = "ValidationMessages";

    private final Locale locale;

    public RegistrationTexts(Locale locale) {
        this.locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        for (String name : List.of(BUNDLE, VALIDATION_BUNDLE)) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(
                        name,
                        locale,
                        loader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                String text = bundle.getString(key);
                return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
            } catch (MissingResourceException e) {
                // the next bundle
            }
        }
        return key;
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : RegistrationTexts.class.getClassLoader();
    }

    /** The language a request asks for in {@code Accept-Language}: English if preferred over German, else German. */
    public static Locale fromAcceptLanguage(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale l : acceptable) {
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("de".equals(l.getLanguage())) {
                    return Locale.GERMAN;
                }
            }
        }
        return Locale.GERMAN;
    }
}
