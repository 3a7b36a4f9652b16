package de.fachtag.web.export;

import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.registration.Sector;
import de.fachtag.tenant.LocalizedString;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the {@code rgmsg} bundle in one language, for files and messages built in Java. */
public final class RegistrationTexts {

    /** The bundle Faces knows as {@code rgmsg}. */
    public static final String BUNDLE = "de.fachtag.web.i18n.registrations";

    private final Locale locale;
    private final ResourceBundle bundle;

    public RegistrationTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                RegistrationTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String text(LocalizedString text) {
        return text == null ? null : text.in(locale);
    }

    public String status(RegistrationStatus s) {
        return s == null ? "" : get("status." + s.name());
    }

    public String mode(ParticipationMode m) {
        return m == null ? "" : get("mode." + m.name());
    }

    /** Sector names have one home, the form's bundle (regmsg), so form, table and files say the same. */
    public String sector(Sector s) {
        if (s == null) {
            return "";
        }
        ResourceBundle form = ResourceBundle.getBundle(
                "de.fachtag.web.i18n.registration",
                locale,
                RegistrationTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "sector." + s.name();
        return form.containsKey(key) ? form.getString(key) : s.name();
    }
}
