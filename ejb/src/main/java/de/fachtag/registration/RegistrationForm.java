package de.fachtag.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a registration takes, from the public form, the JSON API or the organizer. The field
 * names are the keys of the field → message map a refusal carries.
 */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 200, message = "{fachtag.text.tooLong}")
    @PlainText
    private String name;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 254, message = "{fachtag.text.tooLong}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{fachtag.email.invalid}")
    @PlainText(message = "{fachtag.email.invalid}")
    private String email;

    @Size(max = 200, message = "{fachtag.text.tooLong}")
    @PlainText
    private String organisation;

    @NotNull(message = "{fachtag.registration.sector.required}")
    private Sector sector;

    @NotNull(message = "{fachtag.registration.mode.required}")
    private ParticipationMode mode;

    @Size(max = 8, message = "{fachtag.registration.workshop.unknown}")
    private String workshop;

    @Size(max = 1000, message = "{fachtag.text.tooLong}")
    @PlainText(multiline = true)
    private String accessibilityNeeds;

    @Size(max = 500, message = "{fachtag.text.tooLong}")
    @PlainText(multiline = true)
    private String dietaryNote;

    @Pattern(regexp = "de|en", message = "{fachtag.registration.language}")
    private String language = "de";

    /** Consent key → granted; a key left out is refused. */
    private Map<String, Boolean> consents = new LinkedHashMap<>();

    /** The person as stored: trimmed, empty optional fields as null, the mail address's key lower case. */
    Participant participant() {
        String mail = email.strip();
        return new Participant(
                name.strip(),
                mail,
                mail.toLowerCase(java.util.Locale.ROOT),
                blankToNull(organisation),
                sector,
                blankToNull(accessibilityNeeds),
                blankToNull(dietaryNote),
                language == null ? "de" : language);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean granted(String consentKey) {
        return Boolean.TRUE.equals(consents.get(consentKey));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public ParticipationMode getMode() {
        return mode;
    }

    public void setMode(ParticipationMode mode) {
        this.mode = mode;
    }

    public String getWorkshop() {
        return workshop;
    }

    public void setWorkshop(String workshop) {
        this.workshop = workshop;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public void setAccessibilityNeeds(String accessibilityNeeds) {
        this.accessibilityNeeds = accessibilityNeeds;
    }

    public String getDietaryNote() {
        return dietaryNote;
    }

    public void setDietaryNote(String dietaryNote) {
        this.dietaryNote = dietaryNote;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Map<String, Boolean> getConsents() {
        return consents;
    }

    public void setConsents(Map<String, Boolean> consents) {
        this.consents = consents == null ? new LinkedHashMap<>() : consents;
    }
}
