package de.fachtag.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts in the visitor's language, for messages built in Java. */
@RequestScoped
public class Messages {

    static final String BUNDLE = "de.fachtag.web.i18n.messages";
    /** Services report rule violations with the keys Bean Validation uses for its messages. */
    static final String VALIDATION_BUNDLE = "ValidationMessages";

    @Inject
    LocaleSelection lang;

    public String get(String key, Object... args) {
        for (String name : new String[] {BUNDLE, VALIDATION_BUNDLE}) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    name,
                    lang.getLocale(),
                    Thread.currentThread().getContextClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            try {
                String text = bundle.getString(key);
                return args.length == 0 ? text : new MessageFormat(text, lang.getLocale()).format(args);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }
}
