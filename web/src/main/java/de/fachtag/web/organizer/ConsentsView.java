package de.fachtag.web.organizer;

import de.fachtag.registration.ConsentText;
import de.fachtag.registration.ConsentTexts;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.security.StaffSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The tenant's consent and acknowledgement texts. Saving a changed wording adds the next
 * version; the versions people decided on stay as they were, and the history lists them all.
 * Kind and purpose of a key stay as the tenant file set them (a photo consent stays optional).
 */
@Named
@ViewScoped
public class ConsentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "consent-form";

    @EJB
    ConsentTexts texts;

    @Inject
    EventBackoffice bo;

    @Inject
    StaffSession staff;

    private List<ConsentText> current;
    private List<ConsentText> history;

    private String key;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 500, message = "{fachtag.text.tooLong}")
    private String labelDe;

    @Size(max = 500, message = "{fachtag.text.tooLong}")
    private String labelEn;

    @Size(max = 4000, message = "{fachtag.text.tooLong}")
    private String textDe;

    @Size(max = 4000, message = "{fachtag.text.tooLong}")
    private String textEn;

    @PostConstruct
    void load() {
        current = texts.forEvent(null);
        history = texts.history().stream().filter(t -> t.getEventId() == null).toList();
    }

    public boolean isEditable() {
        return staff.isTenantAdmin();
    }

    /** Puts a key's current wording into the form. */
    public void edit(String chosen) {
        current.stream().filter(t -> t.getKey().equals(chosen)).findFirst().ifPresent(t -> {
            key = t.getKey();
            labelDe = t.getLabel().getDe();
            labelEn = t.getLabel().getEn();
            textDe = t.getText() == null ? null : t.getText().getDe();
            textEn = t.getText() == null ? null : t.getText().getEn();
        });
    }

    public void save() {
        if (!isEditable()) {
            EventProblems.error(bo.text("notAllowed"));
            return;
        }
        ConsentText before =
                current.stream().filter(t -> t.getKey().equals(key)).findFirst().orElse(null);
        if (before == null) {
            EventProblems.error(bo.text("consents.unknown"));
            return;
        }
        try {
            ConsentText saved = texts.define(
                    null,
                    key,
                    before.getKind(),
                    before.getPurpose(),
                    new LocalizedString(strip(labelDe), strip(labelEn)),
                    new LocalizedString(strip(textDe), strip(textEn)),
                    before.getPosition());
            EventProblems.info(
                    saved.getVersion() == before.getVersion()
                            ? bo.text("consents.unchanged", key)
                            : bo.text("consents.saved", key, saved.getVersion()));
            key = null;
            load();
        } catch (RejectedInputException e) {
            EventProblems.show(bo, FORM, e.problems());
        }
    }

    public void cancel() {
        key = null;
    }

    /** When a version was written, in German local time. */
    public String created(ConsentText version) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm")
                .format(version.getCreatedAt().atZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<ConsentText> getCurrent() {
        return current;
    }

    public List<ConsentText> getHistory() {
        return history;
    }

    public String getKey() {
        return key;
    }

    public String getLabelDe() {
        return labelDe;
    }

    public void setLabelDe(String labelDe) {
        this.labelDe = labelDe;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getTextDe() {
        return textDe;
    }

    public void setTextDe(String textDe) {
        this.textDe = textDe;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }
}
