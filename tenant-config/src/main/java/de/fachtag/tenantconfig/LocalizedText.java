package de.fachtag.tenantconfig;

import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in German and, optionally, English.
 *
 * <p>German is required because every tenant is a German public body or association and
 * the German text is the legally binding one (imprint, privacy notice, funding notice).
 * Texts are plain text; blank lines separate paragraphs. They never contain HTML, so the
 * web UI escapes them like any other user data.
 */
public class LocalizedText {

    @NotBlank(message = "must not be blank; German text is required")
    private String de;

    private String en;

    public LocalizedText() {}

    public LocalizedText(String de, String en) {
        this.de = de;
        this.en = en;
    }

    /**
     * The text for a locale: English when asked for and present, German otherwise, because a
     * missing translation must never leave a page without its (legally required) text.
     */
    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
            return en;
        }
        return de;
    }

    public String getDe() {
        return de;
    }

    public void setDe(String de) {
        this.de = de;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && Objects.equals(de, other.de) && Objects.equals(en, other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(de, en);
    }

    @Override
    public String toString() {
        return de;
    }
}
