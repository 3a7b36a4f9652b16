package de.fachtag.web.publicsite;

import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventSummary;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.registration.RegistrationTexts;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.routing.TenantRoutingFilter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The page of a private link that opens nothing ({@code /r/{token}} of a known tenant whose token
 * is cut off, mistyped, or of an erased registration): 404, "Dieser Link ist nicht (mehr)
 * gültig", why, and one "Link erneut zusenden" form for the tenant's upcoming events, with the
 * same answer for every address. In the tenant's branding. The token appears nowhere: the page
 * names and posts to the tenant's {@code /link} ({@code /t/{tenant}/link}), which shows the same
 * page; the routing filter forwards a link that opens nothing here, under that address. A stateless view with a request-scoped bean: a scanner guessing tokens creates no session.
 */
@Named("invalidLink")
@RequestScoped
public class InvalidLinkView {

    @EJB
    EventCatalog catalog;

    @Inject
    RequestTenant tenant;

    @Inject
    LocaleSelection lang;

    @Inject
    LinkResend linkResend;

    @Inject
    HttpServletRequest request;

    private List<OpenEvent> openEvents;
    private String resendEvent;
    private String resendEmail;
    private boolean resent;

    /** An event whose link the page offers to mail. */
    public record OpenEvent(String slug, String title, String lang) {}

    /**
     * {@code f:viewAction}: 404 for the private link that opens nothing (any method) and for a GET
     * of {@code /link} (a link, not a page); its own form's answer is 200.
     */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback() || Boolean.TRUE.equals(request.getAttribute(TenantRoutingFilter.INVALID_LINK))) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The tenant's public events that are not over, soonest first. */
    public List<OpenEvent> getOpenEvents() {
        if (openEvents == null) {
            LocalDate today = LocalDate.now(EventTexts.zone(null));
            openEvents = catalog.publicEvents().stream()
                    .filter(e -> !EventListView.isPast(e, today))
                    .sorted(Comparator.comparing(EventSummary::date, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(EventSummary::slug))
                    .map(e -> new OpenEvent(e.slug(), text(e.title()), languageOf(e.title())))
                    .toList();
            if (openEvents.size() == 1 && resendEvent == null) {
                resendEvent = openEvents.get(0).slug();
            }
        }
        return openEvents;
    }

    /** "Link erneut zusenden": as on the event page, the same answer whether the address is registered or not. */
    public void resendLink() {
        if (!linkResend.allowed()) {
            return;
        }
        if (getOpenEvents().stream().noneMatch(e -> e.slug().equals(resendEvent))) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "resend",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR, texts().get("link.invalid.chooseEvent"), null));
            return;
        }
        linkResend.send(resendEvent, resendEmail);
        resent = true;
        resendEmail = null;
    }

    public String getResendDone() {
        return linkResend.doneText();
    }

    public String getTenantHome() {
        return request.getContextPath() + tenant.getBase() + "/";
    }

    public String getResendEvent() {
        getOpenEvents();
        return resendEvent;
    }

    public void setResendEvent(String resendEvent) {
        this.resendEvent = resendEvent;
    }

    public String getResendEmail() {
        return resendEmail;
    }

    public void setResendEmail(String resendEmail) {
        this.resendEmail = resendEmail;
    }

    public boolean isResent() {
        return resent;
    }

    private String text(LocalizedString s) {
        return s == null ? null : s.in(lang.getLocale());
    }

    private String languageOf(LocalizedString s) {
        return lang.isEnglish() && s != null && s.getEn() != null ? "en" : "de";
    }

    private RegistrationTexts texts() {
        return new RegistrationTexts(lang.getLocale());
    }
}
