package de.fachtag.web.organizer;

import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.event.EventView;
import de.fachtag.registration.CheckIn;
import de.fachtag.registration.RegistrationFilter;
import de.fachtag.registration.RegistrationList;
import de.fachtag.registration.RegistrationRow;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.registration.SeatsBusyException;
import de.fachtag.web.export.RegistrationAccess;
import de.fachtag.web.export.RegistrationTexts;
import de.fachtag.web.i18n.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

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

    @EJB
    RegistrationList list;

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
    private boolean noPhotos;
    private String search;
    private List<RegistrationRow> matches = List.of();
    private boolean searched;

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
        String typed = code == null ? "" : code.strip();
        code = null;
        handle(typed);
    }

    /** List mode, for people without a badge: confirmed on-site registrations whose name (or e-mail, organisation) matches. */
    public void find() {
        String q = search == null ? "" : search.strip();
        matches = q.isEmpty() || !access.canCheckIn()
                ? List.of()
                : list.page(
                        slug,
                        RegistrationFilter.all()
                                .withStatus(RegistrationStatus.CONFIRMED)
                                .withMode(de.fachtag.registration.ParticipationMode.ON_SITE)
                                .withSearch(q),
                        0,
                        20,
                        "name",
                        false);
        searched = !q.isEmpty();
    }

    /** Ticks a person of the list as present: the same check-in as by their badge's code. */
    public void tick(java.util.UUID id) {
        try {
            RegistrationRow row = list.row(slug, id);
            handle(row.checkinCode() == null ? "" : row.checkinCode());
        } catch (de.fachtag.registration.RegistrationNotFoundException e) {
            resultKind = "error";
            result = new RegistrationTexts(lang.getLocale()).get("gone");
            noPhotos = false;
        }
        find();
    }

    private void handle(String typed) {
        RegistrationTexts t = new RegistrationTexts(lang.getLocale());
        noPhotos = false;
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
        } catch (SeatsBusyException e) {
            // nothing was stored: the code stays in the field for another try
            code = typed;
            resultKind = "error";
            result = t.get("checkin.busy");
            return;
        }
        String who = c.name() == null ? "" : c.name();
        if (c.registrationId() != null) {
            try {
                noPhotos = list.row(slug, c.registrationId()).refusesRecordings();
            } catch (de.fachtag.registration.RegistrationNotFoundException e) {
                noPhotos = false;
            }
        }
        switch (c.result()) {
            case CHECKED_IN -> {
                resultKind = "ok";
                result = c.workshop() == null
                        ? t.get("checkin.ok", who)
                        : t.get("checkin.ok.workshop", who, c.workshop());
            }
            case ALREADY -> {
                resultKind = "already";
                String at = DateTimeFormatter.ofPattern("HH:mm")
                        .format(c.at().atZone(
                                        ZoneId.of(event.timeZone() == null ? "Europe/Berlin" : event.timeZone())));
                result = t.get(
                        "checkin.already",
                        c.workshop() == null ? who : who + " (" + t.get("form.workshop") + " " + c.workshop() + ")",
                        at);
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

    /** "12 von 80 bestätigten Teilnehmenden vor Ort sind eingecheckt." */
    public String getPresence() {
        if (slug == null) {
            return "";
        }
        long[] p = registrations.presence(slug);
        return new RegistrationTexts(lang.getLocale()).get("checkin.present", p[0], p[1]);
    }

    public String getSlug() {
        return slug;
    }

    public boolean isNoPhotos() {
        return noPhotos;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<RegistrationRow> getMatches() {
        return matches;
    }

    public boolean isSearched() {
        return searched;
    }

    public EventView getEvent() {
        return event;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getResult() {
        return result;
    }

    public String getResultKind() {
        return resultKind;
    }
}
