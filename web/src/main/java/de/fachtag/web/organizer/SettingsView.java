package de.fachtag.web.organizer;

import de.fachtag.tenant.ConcurrentEditException;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.tenant.TenantSettings;
import de.fachtag.tenant.TenantSettingsService;
import de.fachtag.tenantconfig.Conformance;
import de.fachtag.web.i18n.Messages;
import de.fachtag.web.security.StaffSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Map;

/** A tenant admin edits branding, contact, funding notices and the legal texts. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "settings-form";

    @EJB
    TenantSettingsService service;

    @Inject
    Messages messages;

    @Inject
    StaffSession staff;

    private TenantSettings settings;

    /** The upload of this one post; never kept in the session (not serializable, and read at once). */
    private transient Part logo;

    @PostConstruct
    void load() {
        settings = service.load();
    }

    public boolean isEditable() {
        return staff.isTenantAdmin();
    }

    public void save() {
        if (!isEditable()) {
            FacesMessages.error(messages.get("settings.notAllowed"));
            return;
        }
        try {
            service.save(settings);
            settings = service.load();
            FacesMessages.info(messages.get("settings.saved"));
        } catch (RejectedInputException e) {
            FacesMessages.fieldProblems(messages, FORM, e.problems());
        } catch (ConcurrentEditException e) {
            FacesMessages.error(messages.get("settings.conflict"));
        }
    }

    /** Discards the form and shows what is stored now. */
    public void reload() {
        settings = service.load();
    }

    public void uploadLogo() throws IOException {
        if (!isEditable()) {
            FacesMessages.error(messages.get("settings.notAllowed"));
            return;
        }
        if (logo == null || logo.getSize() == 0) {
            FacesMessages.fieldProblems(messages, "logo-form", Map.of("logo", "fachtag.logo.size"));
            return;
        }
        if (logo.getSize() > MAX_LOGO_BYTES) {
            FacesMessages.fieldProblems(messages, "logo-form", Map.of("logo", "fachtag.logo.size"));
            return;
        }
        try (InputStream in = logo.getInputStream()) {
            service.changeLogo(in.readNBytes(600 * 1024), type(logo));
            FacesMessages.info(messages.get("settings.logo.saved"));
        } catch (RejectedInputException e) {
            FacesMessages.fieldProblems(messages, "logo-form", e.problems());
        }
    }

    /** The logo's largest size, as TenantSettingsService allows it. */
    static final long MAX_LOGO_BYTES = 512 * 1024;

    /** The browser's type, or the one the file name says when the browser sends none or a generic one. */
    private static String type(Part part) {
        String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(java.util.Locale.ROOT);
        String name = part.getSubmittedFileName() == null
                ? ""
                : part.getSubmittedFileName().toLowerCase(java.util.Locale.ROOT);
        if (type.isBlank() || type.equals("application/octet-stream")) {
            return name.endsWith(".svg")
                    ? "image/svg+xml"
                    : name.endsWith(".png")
                            ? "image/png"
                            : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : type;
        }
        return type;
    }

    /** The value of a colour's picker beside its hex field: the colour when it is one (lower case), black otherwise. */
    public String pickerValue(String colour) {
        return colour != null && de.fachtag.tenantconfig.ColourContrast.isColour(colour)
                ? colour.toLowerCase(java.util.Locale.ROOT)
                : "#000000";
    }

    /** "Kontrast zu Weiß: 7,2:1 – erfüllt AA (4,5:1)" for a colour, empty for none. */
    public String contrast(String colour) {
        if (colour == null || !de.fachtag.tenantconfig.ColourContrast.isColour(colour)) {
            return "";
        }
        double ratio = de.fachtag.tenantconfig.ColourContrast.contrastAgainstWhite(colour);
        String text = de.fachtag.tenantconfig.ColourContrast.format(ratio);
        return messages.get(
                        ratio >= de.fachtag.tenantconfig.ColourContrast.AA_NORMAL_TEXT
                                ? "settings.contrast.ok"
                                : "settings.contrast.low")
                .replace("{0}", text);
    }

    public Conformance[] getConformanceValues() {
        return Conformance.values();
    }

    public TenantSettings getSettings() {
        return settings;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
