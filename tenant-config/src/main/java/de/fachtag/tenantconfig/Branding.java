package de.fachtag.tenantconfig;

import jakarta.validation.constraints.NotBlank;

/**
 * Colours and logo of a tenant's pages.
 *
 * <p>{@code logoBytes} and {@code logoContentType} are filled in by the loader from the file
 * named by {@code logo}; their setters are package-private so that a tenant file cannot set
 * them (the loader binds only public setters).
 */
public class Branding {

    static final String QUOTE_COLOUR =
            "must not be blank; write the colour in quotes, e.g. '#1d4f91' (an unquoted # starts a YAML comment)";

    /** Used for text, links and buttons on white, hence the contrast rule. */
    @NotBlank(message = QUOTE_COLOUR)
    @Colour(minContrastAgainstWhite = ColourContrast.AA_NORMAL_TEXT)
    private String primaryColor;

    /** Used for decoration only (rules, highlights), never as the sole carrier of text. */
    @NotBlank(message = QUOTE_COLOUR)
    @Colour
    private String accentColor;

    @NotBlank(message = "must not be blank")
    @LogoFile
    private String logo;

    private byte[] logoBytes;

    private String logoContentType;

    public String getPrimaryColor() {
        return primaryColor;
    }

    public void setPrimaryColor(String primaryColor) {
        this.primaryColor = primaryColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public String getLogo() {
        return logo;
    }

    public void setLogo(String logo) {
        this.logo = logo;
    }

    /** The logo file's bytes as loaded; a copy, so that callers cannot change what was hashed. */
    public byte[] getLogoBytes() {
        return logoBytes == null ? null : logoBytes.clone();
    }

    void setLogoBytes(byte[] logoBytes) {
        this.logoBytes = logoBytes;
    }

    /** {@code image/svg+xml} or {@code image/png}. */
    public String getLogoContentType() {
        return logoContentType;
    }

    void setLogoContentType(String logoContentType) {
        this.logoContentType = logoContentType;
    }
}
