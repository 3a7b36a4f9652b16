package de.fachtag.web.organizer;

import de.fachtag.identity.StaffRole;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.i18n.Messages;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.routing.TenantRoutingFilter;
import de.fachtag.web.security.StaffSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the five back office screens for events and series share: who may change things, the
 * texts of the {@code bomsg} bundle for messages built in Java, the tenant's URLs, bilingual
 * texts and dates in the reader's language. Holds no state beyond the request.
 */
@Named("backoffice")
@RequestScoped
public class EventBackoffice {

    /** The bundle Faces knows as {@code bomsg}. */
    static final String BUNDLE = "de.fachtag.web.i18n.backoffice";

    @Inject
    StaffSession staff;

    @Inject
    RequestTenant tenant;

    @Inject
    LocaleSelection lang;

    @Inject
    Messages messages;

    @Inject
    HttpServletRequest request;

    /** The element the page puts the keyboard focus on after this request, if any. */
    private String focus;

    /** Organizers and the tenant's admins change events; check-in staff and analysts only read. */
    public boolean isEditable() {
        return staff.hasRole(StaffRole.ORGANIZER_NAME) || staff.hasRole(StaffRole.TENANT_ADMIN_NAME);
    }

    /** A text of {@code bomsg}, else of the UI's messages or the services' validation messages. */
    public String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                lang.getLocale(),
                Thread.currentThread().getContextClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, lang.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return messages.get(key, args);
        }
    }

    /** A bilingual text in the reader's language (German when there is no translation). */
    public String text(LocalizedString text) {
        return text == null ? null : text.in(lang.getLocale());
    }

    public String date(LocalDate date) {
        return date == null
                ? text("event.noDate")
                : date.format(DateTimeFormatter.ofPattern(text("format.date"), lang.getLocale()));
    }

    public String time(LocalTime time) {
        return time == null ? "" : time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** {@code /fachtag/organizer/mittelsachsen}: the start of every back office link. */
    public String getBase() {
        return request.getContextPath() + "/organizer/" + tenant.getSlug();
    }

    /** The public page of an event. */
    public String publicUrl(String eventSlug) {
        return request.getContextPath() + "/t/" + tenant.getSlug() + "/e/" + eventSlug;
    }

    /** After this request, the page puts the keyboard focus on the element with this id. */
    void focus(String clientId) {
        this.focus = clientId;
    }

    public String getFocus() {
        return focus;
    }

    /** The event slug of the URL ({@code /organizer/{tenant}/events/{event}…}); null on other pages. */
    public String eventSlug() {
        Object slug = request.getAttribute(TenantRoutingFilter.EVENT_SLUG);
        return slug == null ? null : slug.toString();
    }

    /** Answers 404, exactly like a page that does not exist (and like another tenant's event). */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Goes to a back office page by GET (after creating something), keeping the messages. */
    void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(getBase() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
