package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A text a registration form shows with a checkbox: the privacy acknowledgement
 * ({@code kind: ACKNOWLEDGEMENT}, must be ticked to register) or a consent
 * ({@code kind: OPTIONAL}, e.g. to photos: unticked, never a condition of taking part, GDPR Art. 7(4)).
 * A tenant file sets the tenant's texts; an event file may replace a key for one event. Changed
 * wording becomes a new version on import; the version people agreed to stays as it was.
 */
public class ConsentDefinition implements Keyed {

    @NotBlank(message = "must not be blank")
    @Slug
    private String key;

    @NotNull(message = "must be ACKNOWLEDGEMENT or OPTIONAL")
    @Pattern(regexp = "ACKNOWLEDGEMENT|OPTIONAL", message = "must be ACKNOWLEDGEMENT or OPTIONAL")
    private String kind;

    @NotNull(message = "must be one of PRIVACY, PHOTO, VIDEO, OTHER")
    @Pattern(regexp = "PRIVACY|PHOTO|VIDEO|OTHER", message = "must be one of PRIVACY, PHOTO, VIDEO, OTHER")
    private String purpose;

    /** The checkbox's label. */
    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText label;

    /** Longer explanation below the label, optional. */
    @Valid
    private LocalizedText text;

    @Override
    public String uniqueKey() {
        return key;
    }

    /** Consent to photos or video is always optional (GDPR Art. 7(4)); only PRIVACY/OTHER may be required. */
    @AssertTrue(
            message = "a PHOTO or VIDEO consent must be OPTIONAL: taking part can never depend on it (GDPR Art. 7(4))")
    public boolean isVoluntary() {
        return !"ACKNOWLEDGEMENT".equals(kind) || !("PHOTO".equals(purpose) || "VIDEO".equals(purpose));
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalizedText getLabel() {
        return label;
    }

    public void setLabel(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText getText() {
        return text;
    }

    public void setText(LocalizedText text) {
        this.text = text;
    }
}
