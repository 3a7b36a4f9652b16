package de.fachtag.tenant;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/** A text in German, the product's first language, and optionally in English. */
@Embeddable
public class LocalizedString implements Serializable {

    private static final long serialVersionUID = 1L;

    private String de;
    private String en;

    protected LocalizedString() {}

    public LocalizedString(String de, String en) {
        this.de = de;
        this.en = en == null || en.isBlank() ? null : en;
    }

    public static LocalizedString of(de.fachtag.tenantconfig.LocalizedText text) {
        return text == null ? null : new LocalizedString(text.getDe(), text.getEn());
    }

    /** The English text when asked for English and there is one; German otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : de;
    }

    public String getDe() {
        return de;
    }

    public String getEn() {
        return en;
    }

    /** A value: two texts with the same German and English are equal (reports compare them). */
    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedString o
                && java.util.Objects.equals(de, o.de)
                && java.util.Objects.equals(en, o.en);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(de, en);
    }
}
