package de.fachtag.web.organizer;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.event.EventView;
import de.fachtag.registration.CheckIn;
import de.fachtag.registration.RegistrationService;
import de.fachtag.web.export.RegistrationAccess;
import de.fachtag.web.export.RegistrationTexts;
import de.fachtag.web.i18n.LocaleSelection;

/**
 * Check-in at the door ({@code /organizer/{tenant}/events/{event}/checkin}), made for a phone:
 * one big field for the badge's code (typed, or filled by the camera scan, which then submits),
 * and one line saying what happened, read out by screen readers. Check-in staff, organizers and
 * tenant admins.
 */
@Named
@ViewScoped
public class EventCheckinView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RegistrationService registrations;

    @EJB
    EventService events;

    @Inject
    EventBackoffice bo;

    @Inject
    RegistrationAccess access;

    @Inject
    LocaleSelection lang;

    private String slug;
    private EventView event;
    private String code;
    private String result;
    private String resultKind;

    public void load() {
        if (!de.fachtag.web.routing.ExpiredViewHandler.firstRender(FacesContext.getCurrentInstance())) {
            return;
        }
        if (!access.canCheckIn()) {
            EventRegistrationsView.forbidden();
            return;
        }
        slug = bo.eventSlug();
        Optional<EventView> found = slug == null ? Optional.empty() : events.event(slug);
        if (found.isEmpty()) {
            EventBackoffice.notFound();
            return;
        }
        event = found.get();
    }

    public void checkIn() {
        RegistrationTexts t = new RegistrationTexts(lang.getLocale());
        String typed = code == null ? "" : code.strip();
        code = null;
        if (!access.canCheckIn()) {
            resultKind = "error";
            result = t.get("notAllowed");
            return;
        }
        if (typed.isEmpty()) {
            resultKind = "error";
            result = t.get("checkin.empty");
            return;
        }
        CheckIn c;
        try {
            c = registrations.checkIn(slug, typed);
        } catch (EventNotFoundException e) {
            resultKind = "error";
            result = t.get("gone");
            return;
        }
        String who = c.name() == null ? "" : c.name();
        switch (c.result()) {
            case CHECKED_IN -> {
                resultKind = "ok";
                result = c.workshop() == null ? t.get("checkin.ok", who) : t.get("checkin.ok.workshop", who, c.workshop());
            }
            case ALREADY -> {
                resultKind = "already";
                String at = DateTimeFormatter.ofPattern("HH:mm")
                        .format(c.at().atZone(ZoneId.of(event.timeZone() == null ? "Europe/Berlin" : event.timeZone())));
                result = t.get("checkin.already", c.workshop() == null ? who : who + " (" + t.get("form.workshop") + " "
                        + c.workshop() + ")", at);
            }
            case NOT_CONFIRMED -> {
                resultKind = "error";
                result = t.get("checkin.notConfirmed", who);
            }
            default -> {
                resultKind = "error";
                result = t.get("checkin.unknown", typed.length() > 40 ? typed.substring(0, 40) + "…" : typed);
            }
        }
    }

    public String getSlug() { return slug; }
    public EventView getEvent() { return event; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getResult() { return result; }
    public String getResultKind() { return resultKind; }
}
