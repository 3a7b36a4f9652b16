package de.fachtag.web.publicsite;

import de.fachtag.event.EventNotFoundException;
import de.fachtag.registration.RegistrationNotFoundException;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.SeatsBusyException;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.registration.RegistrationRateLimit;
import de.fachtag.web.registration.RegistrationTexts;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.security.TrustedProxies;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * "Link erneut zusenden", on the event page and on the page of a link that opens nothing: the
 * tenant's registration limit per client address, then the same answer for every address,
 * registered or not.
 */
@RequestScoped
public class LinkResend {

    @EJB
    RegistrationService registrations;

    @Inject
    RequestTenant tenant;

    @Inject
    HttpServletRequest request;

    @Inject
    TrustedProxies proxies;

    @Inject
    RegistrationRateLimit rateLimit;

    @Inject
    LocaleSelection lang;

    /** Whether this client may ask now; if not, answers 429 with the message on the form {@code resend}. */
    public boolean allowed() {
        if (rateLimit.tryAcquire(tenant.getSlug(), proxies.clientAddress(request))) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(429);
        faces.addMessage(
                "resend", new FacesMessage(FacesMessage.SEVERITY_ERROR, texts().get("register.tooMany"), null));
        return false;
    }

    /** Mails the current link of the address's registration for the event, if there is one; tells nothing either way. */
    public void send(String eventSlug, String email) {
        try {
            registrations.resendLink(eventSlug, email);
        } catch (SeatsBusyException | RegistrationNotFoundException | EventNotFoundException e) {
            // the same answer as for any address
        }
    }

    /** What the form answers, the same for every address, with the hourly limit from the service. */
    public String doneText() {
        return texts().get("event.resend.done", RegistrationService.LINK_MAILS_PER_HOUR);
    }

    private RegistrationTexts texts() {
        return new RegistrationTexts(lang.getLocale());
    }
}
