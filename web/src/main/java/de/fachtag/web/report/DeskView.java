package de.fachtag.web.report;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.fachtag.reporting.EventReport;
import de.fachtag.reporting.Metric;
import de.fachtag.reporting.Reports;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.security.StaffSession;

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

    private List<EventReport> upcoming;

    public List<EventReport> getUpcoming() {
        if (upcoming == null) {
            upcoming = staff.isOrganizerStaff() ? reports.upcoming() : List.of();
        }
        return upcoming;
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
