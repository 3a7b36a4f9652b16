package de.fachtag.web.report;

import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.event.EventView;
import de.fachtag.reporting.EventReport;
import de.fachtag.reporting.Metric;
import de.fachtag.reporting.Reports;
import de.fachtag.tenant.TenantSite;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.organizer.EventBackoffice;
import de.fachtag.web.security.StaffSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of one event ({@code /organizer/{tenant}/events/{event}/report}) for organizers and
 * tenant admins: the tables every file repeats, two charts drawn from the same figures, the
 * downloads (with one funding report per funder of the event) and the definitions. Another tenant's event, an unknown one and a reader without
 * the role get the same 404.
 */
@Named
@RequestScoped
public class EventReportView {

    @EJB
    Reports reports;

    @EJB
    EventService events;

    @Inject
    EventBackoffice bo;

    @Inject
    StaffSession staff;

    @Inject
    LocaleSelection lang;

    private EventReport report;
    private List<FigureTable> tables = List.of();
    private ReportTexts texts;
    private List<TenantSite.FundingNotice> funders = List.of();

    public void load() {
        String slug = bo.eventSlug();
        if (!staff.isReportReader() || slug == null) {
            EventBackoffice.notFound();
            return;
        }
        try {
            report = reports.event(slug);
        } catch (EventNotFoundException e) {
            EventBackoffice.notFound();
            return;
        }
        texts = new ReportTexts(lang.getLocale());
        tables = EventReportTables.of(report, texts);
        funders = events.event(slug).map(EventView::fundingNotices).orElse(List.of());
    }

    /** The event's funders: one funding report (Verwendungsnachweis) each. */
    public List<TenantSite.FundingNotice> getFunders() {
        return funders;
    }

    public EventReport getReport() {
        return report;
    }

    public List<FigureTable> getTables() {
        return tables;
    }

    public String getTitle() {
        return report == null ? "" : texts.get("event.report.title", texts.text(report.title()));
    }

    public String getDataTime() {
        return report == null ? "" : texts.get("report.dataTime", texts.dataTime(report.dataTime()));
    }

    public boolean isNothingToCount() {
        return report != null && !report.manual() && report.total().count(Metric.MADE) == 0;
    }

    /** The figures of the page with their definitions, for the legend. */
    public List<String[]> getDefinitions() {
        return ReportFiles.legend(tables, texts);
    }

    /** Seats, confirmed, waiting and attended per workshop. */
    public String getWorkshopChart() {
        if (report == null || report.byWorkshop().isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<Long> seats = new ArrayList<>();
        List<Long> confirmed = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        List<Long> attended = new ArrayList<>();
        for (EventReport.WorkshopLine w : report.byWorkshop()) {
            labels.add(w.code().isEmpty() ? texts.get("workshop.none") : w.code());
            seats.add(w.seats() == null ? null : w.seats().longValue());
            confirmed.add(w.counts().get(Metric.CONFIRMED));
            waiting.add(w.counts().get(Metric.WAITLISTED));
            attended.add(w.counts().get(Metric.ATTENDED));
        }
        return Charts.bar(
                labels,
                List.of(
                        new Charts.Series(texts.label("SEATS"), seats),
                        new Charts.Series(texts.label("CONFIRMED"), confirmed),
                        new Charts.Series(texts.label("WAITLISTED"), waiting),
                        new Charts.Series(texts.label("ATTENDED"), attended)));
    }

    /** Cumulative registrations by days before the event (or by day, for an event without a date). */
    public String getDayChart() {
        if (report == null || report.byDay().isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<Long> cumulative = new ArrayList<>();
        for (EventReport.DayLine d : report.byDay()) {
            labels.add(d.daysBefore() == null ? texts.date(d.day()) : Long.toString(-d.daysBefore()));
            cumulative.add(d.cumulative());
        }
        return Charts.line(labels, List.of(new Charts.Series(texts.label("CUMULATIVE"), cumulative)));
    }
}
