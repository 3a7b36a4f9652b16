package de.fachtag.web.publicsite;

import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventView;
import de.fachtag.registration.Channel;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.PublicRegistrations;
import de.fachtag.registration.PublicRegistrations.ConsentTextView;
import de.fachtag.registration.PublicRegistrations.FormOptions;
import de.fachtag.registration.PublicRegistrations.WorkshopChoice;
import de.fachtag.registration.RegistrationClosedException;
import de.fachtag.registration.RegistrationForm;
import de.fachtag.registration.RegistrationOutcome;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.registration.SeatsBusyException;
import de.fachtag.registration.Sector;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.registration.RegistrationRateLimit;
import de.fachtag.web.registration.RegistrationTexts;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.routing.TenantRoutingFilter;
import de.fachtag.web.security.TrustedProxies;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /t/{tenant}/e/{event}/register}: the registration form. Before the window opens and
 * after it closes the page says so and shows no form. Every rule is checked by
 * {@link RegistrationService} (the same as for the API); its refusals appear next to their fields
 * and in a summary at the top that takes the focus. A filled honeypot field drops the submission
 * silently; a second submit of the same form shows the first one's answer.
 */
@Named("registerView")
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form fields in the order of the page, with the id of the element an error links to. */
    private static final List<String> FIELDS =
            List.of("name", "email", "organisation", "sector", "mode", "workshop", "accessibilityNeeds", "dietaryNote");

    @EJB
    EventCatalog catalog;

    @EJB
    PublicRegistrations publicRegistrations;

    @EJB
    RegistrationService registrations;

    @Inject
    LocaleSelection lang;

    @Inject
    RequestTenant tenant;

    @Inject
    RegistrationRateLimit rateLimit;

    @Inject
    HttpServletRequest request;

    @Inject
    TrustedProxies proxies;

    private String eventSlug;
    private EventView event;
    private FormOptions options;
    private final RegistrationForm form = new RegistrationForm();
    private String website;
    private Result result;

    /** What the visitor sees after sending: which state, the waitlist place, the private link (new registrations only). */
    public record Result(String kind, Integer position, String link) implements Serializable {}

    /** One line of the error summary: the element to jump to and what is wrong. */
    public record ErrorItem(String target, String text) {}

    /**
     * The event of the URL. Also when a form comes back whose view had expired
     * ({@link de.fachtag.web.routing.ExpiredViewHandler}): the view is then built anew, without
     * its view action.
     */
    @PostConstruct
    void find() {
        Object slug = request.getAttribute(TenantRoutingFilter.EVENT_SLUG);
        if (slug != null && tenant.isPresent()) {
            eventSlug = slug.toString();
            event = catalog.publicEvent(eventSlug).orElse(null);
            options = event == null
                    ? null
                    : publicRegistrations.formOptions(eventSlug).orElse(null);
        }
    }

    /** {@code f:viewAction}: 404 for a draft, an unknown slug or another tenant's event. */
    public void load() throws IOException {
        if (event == null || options == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        if (form.getMode() == null && options.openModes().size() == 1) {
            form.setMode(options.openModes().get(0));
        }
        form.setLanguage(lang.isEnglish() ? "en" : "de");
    }

    // ------------------------------------------------------------------ sending

    public synchronized void submit() {
        if (result != null) {
            return; // a double click: the first submission's answer stands
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!rateLimit.tryAcquire(tenant.getSlug(), proxies.clientAddress(request))) {
            faces.getExternalContext().setResponseStatus(429);
            globalError(texts().get("register.tooMany"));
            return;
        }
        if (website != null && !website.isBlank()) {
            result = new Result("CONFIRMED", null, null); // a bot: thank it, store nothing
            return;
        }
        form.setLanguage(lang.isEnglish() ? "en" : "de");
        form.setEmail(form.getEmail() == null ? null : form.getEmail().strip()); // as a browser's type=email does
        try {
            RegistrationOutcome outcome = registrations.register(eventSlug, form, Channel.FORM);
            String link = outcome.link().orElse(null);
            result = outcome.existing()
                    ? new Result("EXISTING", null, null)
                    : new Result(
                            outcome.status() == RegistrationStatus.WAITLISTED ? "WAITLISTED" : "CONFIRMED",
                            outcome.waitlistPosition(),
                            link);
        } catch (RejectedInputException e) {
            fieldProblems(e.problems());
        } catch (SeatsBusyException e) {
            globalError(texts().get("register.busy"));
        } catch (RegistrationClosedException e) {
            options = publicRegistrations.formOptions(eventSlug).orElse(options);
            globalError(texts().get("register.result.closedNow"));
        } catch (EventNotFoundException e) {
            globalError(texts().get("register.closed"));
        }
    }

    private void fieldProblems(Map<String, String> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order(e.getKey())))
                .forEach(e -> {
                    String clientId = "reg:" + componentId(e.getKey());
                    faces.addMessage(
                            clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts().get(e.getValue()), null));
                    UIComponent component = faces.getViewRoot().findComponent(clientId);
                    if (component instanceof UIInput input) {
                        input.setValid(false);
                    }
                });
        faces.validationFailed();
    }

    private int order(String field) {
        int i = FIELDS.indexOf(field);
        if (i >= 0) {
            return i;
        }
        if (field.startsWith("consents.")) {
            return FIELDS.size() + consentIndex(field.substring("consents.".length()));
        }
        return 1000;
    }

    /** The id of a field's element in the form: {@code consents.privacy} is the checkbox {@code consent-0}. */
    private String componentId(String field) {
        if (field.startsWith("consents.")) {
            return "consent-" + consentIndex(field.substring("consents.".length()));
        }
        return FIELDS.contains(field) ? field : "summary-anchor";
    }

    private int consentIndex(String key) {
        List<ConsentTextView> consents = getConsents();
        for (int i = 0; i < consents.size(); i++) {
            if (consents.get(i).key().equals(key)) {
                return i;
            }
        }
        return 99;
    }

    private void globalError(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    // ------------------------------------------------------------------ the error summary

    /** Every error on the page, in the order of the form, each linking to its field. */
    public List<ErrorItem> getErrors() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> labels = labels();
        List<ErrorItem> items = new ArrayList<>();
        faces.getClientIdsWithMessages().forEachRemaining(clientId -> {
            if (clientId == null) {
                return;
            }
            String id = clientId.startsWith("reg:") ? clientId.substring(4) : clientId;
            faces.getMessages(clientId).forEachRemaining(m -> {
                if (m.getSeverity() != FacesMessage.SEVERITY_ERROR) {
                    return;
                }
                String label = labels.get(id);
                String text = label == null || m.getSummary().startsWith(label)
                        ? m.getSummary()
                        : label + ": " + m.getSummary();
                items.add(new ErrorItem(target(clientId), text));
            });
        });
        items.sort(Comparator.comparingInt(i -> position(i.target())));
        return items;
    }

    private int position(String target) {
        String id = target.startsWith("reg:") ? target.substring(4) : target;
        int colon = id.indexOf(':');
        id = colon < 0 ? id : id.substring(0, colon);
        int i = FIELDS.indexOf(id);
        return i >= 0 ? i : id.startsWith("consent-") ? FIELDS.size() + Integer.parseInt(id.substring(8)) : 1000;
    }

    /** A radio group's error jumps to its first radio button. */
    private static String target(String clientId) {
        return clientId.equals("reg:mode") || clientId.equals("reg:workshop") ? clientId + ":0" : clientId;
    }

    private Map<String, String> labels() {
        RegistrationTexts t = texts();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("name", t.get("register.name"));
        labels.put("email", t.get("register.email"));
        labels.put("organisation", t.get("register.organisation"));
        labels.put("sector", t.get("register.sector"));
        labels.put("mode", t.get("register.mode"));
        labels.put("workshop", t.get("register.workshop"));
        labels.put("accessibilityNeeds", t.get("register.accessibilityNeeds"));
        labels.put("dietaryNote", t.get("register.dietaryNote"));
        List<ConsentTextView> consents = getConsents();
        for (int i = 0; i < consents.size(); i++) {
            labels.put("consent-" + i, text(consents.get(i).label()));
        }
        return labels;
    }

    /** Errors that belong to no field (busy, too many attempts, closed meanwhile). */
    public List<String> getGlobalErrors() {
        return FacesContext.getCurrentInstance().getMessageList(null).stream()
                .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)
                .map(FacesMessage::getSummary)
                .toList();
    }

    /** Whether the field has an error now (for {@code aria-invalid}). */
    public boolean invalid(String id) {
        return FacesContext.getCurrentInstance().getMessages("reg:" + id).hasNext();
    }

    // ------------------------------------------------------------------ what the page shows

    public EventView getEvent() {
        return event;
    }

    public boolean isOpen() {
        return options != null && !options.openModes().isEmpty();
    }

    /** "Die Anmeldung beginnt am 3. März 2027." before the window, "Anmeldung beendet" after it. */
    public String getClosedText() {
        Instant opens = event.registrationOpens();
        if (opens != null && Instant.now().isBefore(opens)) {
            EventTexts t = new EventTexts(lang.getLocale());
            return texts().get(
                            "register.notYetOpen",
                            t.date(opens.atZone(EventTexts.zone(event.timeZone()))
                                    .toLocalDate()));
        }
        return texts().get("register.closed");
    }

    public boolean isNotYetOpen() {
        return event.registrationOpens() != null && Instant.now().isBefore(event.registrationOpens());
    }

    public String getTitle() {
        return text(event.title());
    }

    public List<ParticipationMode> getModes() {
        return options.openModes();
    }

    public List<Sector> getSectors() {
        return options.sectors().stream()
                .map(s -> Arrays.stream(Sector.values())
                        .filter(v -> v.name().equals(s))
                        .findFirst()
                        .orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    public boolean isWorkshopsOffered() {
        return !options.workshops().isEmpty() && options.openModes().contains(ParticipationMode.ON_SITE);
    }

    public List<WorkshopChoice> getWorkshops() {
        return options.workshops();
    }

    public boolean isOnSiteFull() {
        return options.onSiteFull() && options.openModes().contains(ParticipationMode.ON_SITE);
    }

    /**
     * "Workshop 1: Mittelsachsen integriert – noch 2 Plätze" while seats are left (so nobody
     * learns of scarcity only once it is full), "… – Warteliste" once full.
     */
    public String workshopLabel(WorkshopChoice w) {
        String label = texts().get("register.workshop.label", w.code(), text(w.title()));
        if (w.full()) {
            return label + " – " + texts().get("register.workshop.waitlist");
        }
        return w.free() == null ? label : label + " – " + texts().get("register.workshop.free", w.free());
    }

    /** The privacy statement is linked once: beside the privacy consent, or below the consents without one. */
    public boolean isPrivacyConsentShown() {
        return getConsents().stream()
                .anyMatch(c -> c.purpose() != null && "PRIVACY".equals(String.valueOf(c.purpose())));
    }

    public List<ConsentTextView> getConsents() {
        return options == null ? List.of() : options.consents();
    }

    public String getRecordingNotice() {
        return text(event.recordingNotice());
    }

    public String text(LocalizedString s) {
        return s == null ? null : blankToNull(s.in(lang.getLocale()));
    }

    /** The language a bilingual text is shown in. */
    public String languageOf(LocalizedString s) {
        return lang.isEnglish() && s != null && s.getEn() != null ? "en" : "de";
    }

    public String getPrivacyUrl() {
        return request.getContextPath() + tenant.getBase() + "/privacy";
    }

    public String getEventUrl() {
        return request.getContextPath() + tenant.getBase() + "/e/" + eventSlug;
    }

    public RegistrationForm getForm() {
        return form;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Result getResult() {
        return result;
    }

    public String getResultTitle() {
        return texts().get("register.result." + result.kind().toLowerCase(java.util.Locale.ROOT) + ".title");
    }

    public String getResultText() {
        return "WAITLISTED".equals(result.kind())
                ? texts().get("register.result.waitlisted", result.position())
                : "EXISTING".equals(result.kind())
                        ? texts().get("register.result.existing", RegistrationService.LINK_MAILS_PER_HOUR)
                        : texts().get("register.result." + result.kind().toLowerCase(java.util.Locale.ROOT));
    }

    private RegistrationTexts texts() {
        return new RegistrationTexts(lang.getLocale());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
