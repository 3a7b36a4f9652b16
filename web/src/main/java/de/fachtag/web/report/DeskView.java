package de.fachtag.web.report;

import de.fachtag.reporting.EventReport;
import de.fachtag.reporting.Metric;
import de.fachtag.reporting.Reports;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.security.StaffSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The start page's list of what comes next: the tenant's upcoming events with seat fill and
 * waiting list (the same figures as the event reports), and the links each role needs.
 */
@Named
@RequestScoped
public class DeskView {

    @EJB
    Reports reports;

    @Inject
    StaffSession staff;

    @Inject
    LocaleSelection lang;

    @Inject
    de.fachtag.web.routing.RequestTenant tenant;

    @EJB
    de.fachtag.event.EventService events;

    @EJB
    de.fachtag.mail.OutboxStatus outboxStatus;

    /** The one clock of the services (de.fachtag.platform.Clocks), so "check-in today" follows a test's clock too. */
    @Inject
    java.time.Clock clock;

    private List<EventReport> upcoming;
    private de.fachtag.mail.OutboxStatus.Waiting mails;

    public List<EventReport> getUpcoming() {
        if (upcoming == null) {
            upcoming = staff.isOrganizerStaff() ? reports.upcoming() : List.of();
        }
        return upcoming;
    }

    /**
     * The start page by role: a door account goes straight to the check-in of the next event
     * (the desk stays when none is coming), an analyst without back-office roles to the ministry's pages.
     */
    public void route() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces.isPostback() || tenant.getSlug() == null) {
            return;
        }
        String target = null;
        if (staff.isCheckinOnly() && !getUpcoming().isEmpty()) {
            target = "/organizer/" + tenant.getSlug() + "/events/"
                    + getUpcoming().get(0).slug() + "/checkin";
        } else if (!staff.isOrganizerStaff() && staff.isAnalyst()) {
            target = "/ministry/" + tenant.getSlug() + "/";
        }
        if (target != null) {
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + target);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    /**
     * What is next for an event, in the order it comes: the registration window (opens, runs
     * until, closed), the check-in day, the event's state when it is not published.
     */
    public List<String> next(EventReport e) {
        ReportTexts t = new ReportTexts(lang.getLocale());
        java.util.Optional<de.fachtag.event.EventView> found = events.event(e.slug());
        List<String> lines = new java.util.ArrayList<>();
        if (found.isEmpty()) {
            return lines;
        }
        de.fachtag.event.EventView v = found.get();
        java.time.ZoneId zone = java.time.ZoneId.of(v.timeZone() == null ? "Europe/Berlin" : v.timeZone());
        java.time.format.DateTimeFormatter at = java.time.format.DateTimeFormatter.ofPattern(
                "en".equals(lang.getLocale().getLanguage()) ? "d MMM yyyy, HH:mm" : "dd.MM.yyyy, HH:mm",
                lang.getLocale());
        java.time.Instant now = clock.instant();
        if (v.state() != de.fachtag.event.EventState.PUBLISHED) {
            lines.add(t.get("desk.notPublished"));
        } else if (v.registrationOpens() != null && now.isBefore(v.registrationOpens())) {
            lines.add(t.get("desk.opens", at.format(v.registrationOpens().atZone(zone))));
        } else if (v.registrationCloses() != null && now.isBefore(v.registrationCloses())) {
            lines.add(t.get("desk.closes", at.format(v.registrationCloses().atZone(zone))));
        } else if (v.registrationCloses() != null) {
            lines.add(t.get("desk.closed", at.format(v.registrationCloses().atZone(zone))));
        } else {
            lines.add(t.get("desk.open"));
        }
        if (v.livestreamCloses() != null
                && now.isBefore(v.livestreamCloses())
                && (v.registrationCloses() == null || v.livestreamCloses().isAfter(v.registrationCloses()))) {
            lines.add(t.get(
                    "desk.livestreamCloses", at.format(v.livestreamCloses().atZone(zone))));
        }
        java.time.LocalDate today = now.atZone(zone).toLocalDate();
        if (e.date() != null) {
            lines.add(e.date().equals(today) ? t.get("desk.checkinToday") : t.get("desk.checkinOn", t.date(e.date())));
        }
        return lines;
    }

    /** The tenant's mails not sent yet and those whose delivery failed or is uncertain; null for roles that do not look after mails. */
    public de.fachtag.mail.OutboxStatus.Waiting getMails() {
        if (mails == null && staff.isOrganizer()) {
            mails = outboxStatus.waiting();
        }
        return mails;
    }

    public String mailsText() {
        de.fachtag.mail.OutboxStatus.Waiting w = getMails();
        if (w == null) {
            return "";
        }
        ReportTexts t = new ReportTexts(lang.getLocale());
        if (w.count() == 0 && w.uncertain() == 0) {
            return t.get("desk.mails.none");
        }
        String text = t.get("desk.mails.waiting", w.count());
        if (w.uncertain() > 0) {
            text += " " + t.get("desk.mails.uncertain", w.uncertain());
        }
        if (w.lastError() != null && w.maxAttempts() > 0) {
            text += " " + t.get("desk.mails.failing", w.maxAttempts());
        }
        return text;
    }

    public boolean isMailsTrouble() {
        de.fachtag.mail.OutboxStatus.Waiting w = getMails();
        return w != null && (w.uncertain() > 0 || w.lastError() != null && w.maxAttempts() > 0);
    }

    public String title(EventReport e) {
        return new ReportTexts(lang.getLocale()).text(e.title());
    }

    public String date(EventReport e) {
        return new ReportTexts(lang.getLocale()).date(e.date());
    }

    public String seats(EventReport e) {
        ReportTexts t = new ReportTexts(lang.getLocale());
        long confirmed = e.total().count(Metric.CONFIRMED);
        return e.seats() == null ? t.get("desk.noSeats", confirmed) : t.get("desk.seats", confirmed, e.seats());
    }

    public String waiting(EventReport e) {
        return new ReportTexts(lang.getLocale()).get("desk.waiting", e.total().count(Metric.WAITLISTED));
    }
}
