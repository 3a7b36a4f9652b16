package de.fachtag.web.publicsite;

import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.PublicRegistrations;
import de.fachtag.registration.PublicRegistrations.ConsentState;
import de.fachtag.registration.PublicRegistrations.SelfServiceView;
import de.fachtag.registration.PublicRegistrations.WorkshopChoice;
import de.fachtag.registration.RegistrationNotFoundException;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.SeatsBusyException;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.registration.RegistrationTexts;
import de.fachtag.web.routing.TenantRoutingFilter;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /r/{token}}: a participant's own registration behind the private link. Shows where it
 * stands and lets the person change the workshop, switch between on site and livestream, cancel
 * (after a confirmation step), withdraw or give optional consents (one step each) and download
 * everything stored (Art. 15 GDPR). Unknown, erased and other tenants' tokens answer the 404 page.
 */
@Named("ownRegistration")
@ViewScoped
public class OwnRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PublicRegistrations publicRegistrations;

    @EJB
    RegistrationService registrations;

    @Inject
    LocaleSelection lang;

    @Inject
    HttpServletRequest request;

    @Inject
    de.fachtag.web.routing.RequestTenant requestTenant;

    private String token;
    private SelfServiceView registration;
    private String workshop;
    private boolean confirmingCancel;

    /** {@code f:viewAction}: 404 for any token that opens nothing. */
    public void load() throws IOException {
        Object t = request.getAttribute(TenantRoutingFilter.TOKEN);
        token = t == null ? null : t.toString();
        try {
            registration = token == null ? null : publicRegistrations.selfService(token);
        } catch (RegistrationNotFoundException e) {
            registration = null;
        }
        if (registration == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        workshop = registration.workshopCode();
    }

    // ------------------------------------------------------------------ changes

    public void changeWorkshop() {
        change(() -> registrations.changeWorkshop(token, workshop), "self.workshop.changed");
    }

    public void switchMode() {
        ParticipationMode target = registration.mode() == ParticipationMode.ON_SITE
                ? ParticipationMode.LIVESTREAM
                : ParticipationMode.ON_SITE;
        change(() -> registrations.switchMode(token, target, workshop), "self.mode.changed");
    }

    public void askCancel() {
        confirmingCancel = true;
    }

    public void keep() {
        confirmingCancel = false;
    }

    public void cancel() {
        confirmingCancel = false;
        change(() -> registrations.cancel(token), "self.cancelled");
    }

    public void decide(String key, boolean granted) {
        change(
                () -> registrations.decideConsent(token, key, granted),
                granted ? "self.consent.given" : "self.consent.withdrawn");
    }

    private void change(Supplier<?> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts().get(doneKey), null));
        } catch (RejectedInputException e) {
            e.problems().values().stream()
                    .distinct()
                    .forEach(key -> faces.addMessage(
                            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts().get(key), null)));
        } catch (SeatsBusyException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts().get("self.busy"), null));
        } catch (RegistrationNotFoundException e) {
            registration = null;
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            faces.responseComplete();
            return;
        }
        registration = publicRegistrations.selfService(token);
        workshop = registration.workshopCode();
    }

    // ------------------------------------------------------------------ what the page shows

    public SelfServiceView getRegistration() {
        return registration;
    }

    public boolean isActive() {
        return registration.active();
    }

    public boolean isOnSite() {
        return registration.mode() == ParticipationMode.ON_SITE;
    }

    public boolean isCanChangeWorkshop() {
        return isActive() && isOnSite() && registration.workshops().size() > 1;
    }

    /** The other mode, if the event offers it and takes registrations for it now. */
    public boolean isCanSwitchMode() {
        ParticipationMode other = isOnSite() ? ParticipationMode.LIVESTREAM : ParticipationMode.ON_SITE;
        return isActive() && registration.openModes().contains(other);
    }

    public boolean isSwitchNeedsWorkshop() {
        return !isOnSite() && !registration.workshops().isEmpty();
    }

    public String workshopLabel(WorkshopChoice w) {
        String label = texts().get("register.workshop.label", w.code(), text(w.title()));
        return w.full() && !w.code().equals(registration.workshopCode())
                ? label + " – " + texts().get("self.workshop.full")
                : label;
    }

    public String getWorkshopText() {
        return registration.workshopCode() == null
                ? texts().get("self.none")
                : texts().get(
                                "register.workshop.label",
                                registration.workshopCode(),
                                text(registration.workshopTitle()));
    }

    public List<ConsentState> getConsents() {
        return registration.consents();
    }

    public String consentState(ConsentState c) {
        if (!c.text().optional()) {
            return Boolean.TRUE.equals(c.granted())
                    ? texts().get("self.consent.acknowledged")
                    : texts().get("self.consent.refused");
        }
        String state = Boolean.TRUE.equals(c.granted())
                ? texts().get("self.consent.granted")
                : texts().get("self.consent.refused");
        return c.decidedAt() == null
                ? state
                : state + " (" + texts().get("self.consent.since", time(c.decidedAt())) + ")";
    }

    public String time(Instant instant) {
        if (instant == null) {
            return null;
        }
        return instant.atZone(EventTexts.zone(registration.timeZone()))
                .format(DateTimeFormatter.ofPattern(
                        lang.isEnglish() ? "d MMM yyyy, HH:mm" : "dd.MM.yyyy, HH:mm", lang.getLocale()));
    }

    public String getDate() {
        return registration.date() == null ? null : new EventTexts(lang.getLocale()).longDate(registration.date());
    }

    public String text(LocalizedString s) {
        return s == null ? null : s.in(lang.getLocale());
    }

    public String languageOf(LocalizedString s) {
        return lang.isEnglish() && s != null && s.getEn() != null ? "en" : "de";
    }

    public String getDataUrl() {
        return request.getContextPath() + "/r/" + token + "/data.json";
    }

    public String getEventUrl() {
        return request.getContextPath() + requestTenant.getBase() + "/e/" + registration.eventSlug();
    }

    public String getWorkshop() {
        return workshop;
    }

    public void setWorkshop(String workshop) {
        this.workshop = workshop;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    private RegistrationTexts texts() {
        return new RegistrationTexts(lang.getLocale());
    }
}
