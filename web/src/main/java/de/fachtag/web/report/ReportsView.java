package de.fachtag.web.report;

import de.fachtag.reporting.Counts;
import de.fachtag.reporting.EventReport;
import de.fachtag.reporting.Metric;
import de.fachtag.reporting.Reports;
import de.fachtag.reporting.SeriesReport;
import de.fachtag.reporting.YearReport;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.organizer.EventBackoffice;
import de.fachtag.web.security.StaffSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tenant's reports ({@code /organizer/{tenant}/reports}): each series with its editions side
 * by side, their sum and the distinct persons, and a chart laying the editions' registrations
 * over each other by days before the event; then each year with its events.
 */
@Named
@RequestScoped
public class ReportsView {

    private static final List<Metric> COLUMNS =
            List.of(Metric.MADE, Metric.CONFIRMED, Metric.WAITLISTED, Metric.CANCELLED, Metric.ATTENDED);

    @EJB
    Reports reports;

    @Inject
    StaffSession staff;

    @Inject
    LocaleSelection lang;

    private ReportTexts texts;
    private final List<FigureTable> seriesTables = new ArrayList<>();
    private final List<FigureTable> yearTables = new ArrayList<>();
    private final Map<String, SeriesReport> seriesById = new LinkedHashMap<>();
    private String dataTime = "";

    public void load() {
        if (!staff.isReportReader()) {
            EventBackoffice.notFound();
            return;
        }
        texts = new ReportTexts(lang.getLocale());
        for (SeriesReport s : reports.series()) {
            String id = "series-" + s.slug();
            seriesById.put(id, s);
            List<String> notes = new ArrayList<>();
            notes.add(texts.get("reports.series.persons", s.persons()));
            if (s.manual()) {
                notes.add(texts.get("event.report.manual"));
            }
            seriesTables.add(
                    table(id, texts.get("reports.series", texts.text(s.title())), s.editions(), s.total(), notes));
            dataTime = texts.get(
                    "report.dataTime", texts.dataTime(s.editions().get(0).dataTime()));
        }
        for (YearReport y : reports.years()) {
            yearTables.add(table(
                    "year-" + y.year(),
                    texts.get("reports.year", Integer.toString(y.year())),
                    y.events(),
                    y.total(),
                    y.manual() ? List.of(texts.get("event.report.manual")) : List.of()));
            dataTime = texts.get(
                    "report.dataTime", texts.dataTime(y.events().get(0).dataTime()));
        }
    }

    private FigureTable table(String id, String caption, List<EventReport> events, Counts total, List<String> notes) {
        List<String> headers = new ArrayList<>(List.of(texts.get("report.event"), texts.get("report.date")));
        COLUMNS.forEach(m -> headers.add(texts.label(m.name())));
        List<List<String>> rows = new ArrayList<>();
        for (EventReport e : events) {
            List<String> row = new ArrayList<>();
            row.add(texts.text(e.title())
                    + (e.manual()
                            ? " (" + texts.get(e.illustrative() ? "note.illustrative" : "note.manual") + ")"
                            : ""));
            row.add(texts.date(e.date()));
            COLUMNS.forEach(m -> row.add(FigureTable.cell(e.total().get(m))));
            rows.add(row);
        }
        List<String> sum = new ArrayList<>(List.of(texts.get("report.total"), ""));
        COLUMNS.forEach(m -> sum.add(FigureTable.cell(total.get(m))));
        rows.add(sum);
        List<String> metrics = new ArrayList<>(EventReportTables.names(COLUMNS));
        if (id.startsWith("series-")) {
            metrics.add("PERSONS");
        }
        return new FigureTable(id, caption, headers, rows, metrics, notes);
    }

    public String text(de.fachtag.tenant.LocalizedString text) {
        return texts.text(text);
    }

    public List<FigureTable> getSeriesTables() {
        return seriesTables;
    }

    public List<FigureTable> getYearTables() {
        return yearTables;
    }

    public String getDataTime() {
        return dataTime;
    }

    public List<String[]> getDefinitions() {
        List<FigureTable> all = new ArrayList<>(seriesTables);
        all.addAll(yearTables);
        return ReportFiles.legend(all, texts);
    }

    /**
     * The editions of a series laid over each other: registrations, cumulative, by days before
     * the event; null for a series without counted, dated registrations.
     */
    public String chart(String tableId) {
        SeriesReport s = seriesById.get(tableId);
        if (s == null) {
            return null;
        }
        TreeSet<Long> days = new TreeSet<>();
        List<EventReport> dated = s.editions().stream()
                .filter(e -> !e.byDay().isEmpty() && e.date() != null)
                .toList();
        dated.forEach(e -> e.byDay().forEach(d -> days.add(d.daysBefore())));
        if (days.isEmpty()) {
            return null;
        }
        List<Long> axis = new ArrayList<>(days.descendingSet());
        List<Charts.Series> series = new ArrayList<>();
        for (EventReport e : dated) {
            List<Long> values = new ArrayList<>();
            long cumulative = 0;
            int i = 0;
            for (Long day : axis) {
                while (i < e.byDay().size() && e.byDay().get(i).daysBefore() >= day) {
                    cumulative = e.byDay().get(i).cumulative();
                    i++;
                }
                values.add(cumulative);
            }
            series.add(new Charts.Series(texts.text(e.title()), values));
        }
        return Charts.line(axis.stream().map(d -> Long.toString(-d)).toList(), series);
    }

    public String chartText(String tableId) {
        SeriesReport s = seriesById.get(tableId);
        return s == null ? "" : texts.get("reports.chart.series", texts.text(s.title()));
    }
}
