package de.fachtag.web.report;

import de.fachtag.reporting.Counts;
import de.fachtag.reporting.EventReport;
import de.fachtag.reporting.Metric;
import java.util.ArrayList;
import java.util.List;

/** The tables of an event's report, in one language: the page, the CSV and the XLSX are made of these. */
public final class EventReportTables {

    private static final List<Metric> KEY_FIGURES = List.of(Metric.values());
    private static final List<Metric> BY_MODE =
            List.of(Metric.MADE, Metric.CONFIRMED, Metric.WAITLISTED, Metric.CANCELLED, Metric.ATTENDED);
    private static final List<Metric> BY_WORKSHOP = List.of(Metric.CONFIRMED, Metric.WAITLISTED, Metric.ATTENDED);
    private static final List<Metric> BY_SECTOR = List.of(Metric.MADE, Metric.CONFIRMED, Metric.ATTENDED);

    private EventReportTables() {}

    public static List<FigureTable> of(EventReport report, ReportTexts t) {
        List<String> notes = new ArrayList<>();
        if (report.manual()) {
            notes.add(t.get(report.illustrative() ? "event.report.illustrative" : "event.report.manual"));
        }
        List<FigureTable> tables = new ArrayList<>();

        List<List<String>> keyRows = new ArrayList<>();
        for (Metric m : KEY_FIGURES) {
            keyRows.add(
                    List.of(t.label(m.name()), FigureTable.cell(report.total().get(m))));
        }
        tables.add(new FigureTable(
                "key-figures",
                t.get("event.report.keyFigures"),
                List.of(t.get("report.figure"), t.get("report.value")),
                keyRows,
                names(KEY_FIGURES),
                notes));

        List<List<String>> modeRows = new ArrayList<>();
        for (EventReport.Line line : report.byMode()) {
            modeRows.add(row(t.mode(line.key()), line.counts(), BY_MODE));
        }
        tables.add(new FigureTable(
                "by-mode",
                t.get("event.report.byMode"),
                headers(t, t.get("dimension.MODE"), BY_MODE),
                modeRows,
                names(BY_MODE),
                notes));

        List<List<String>> workshopRows = new ArrayList<>();
        for (EventReport.WorkshopLine line : report.byWorkshop()) {
            String label = line.code().isEmpty() ? t.get("workshop.none") : line.code() + " " + t.text(line.title());
            List<String> row = new ArrayList<>();
            row.add(label.strip());
            row.add(FigureTable.cell(line.seats() == null ? null : line.seats().longValue()));
            row.addAll(row("", line.counts(), BY_WORKSHOP).subList(1, BY_WORKSHOP.size() + 1));
            workshopRows.add(row);
        }
        List<String> workshopHeaders = new ArrayList<>(List.of(t.get("dimension.WORKSHOP"), t.label("SEATS")));
        BY_WORKSHOP.forEach(m -> workshopHeaders.add(t.label(m.name())));
        List<String> workshopMetrics = new ArrayList<>(List.of("SEATS"));
        workshopMetrics.addAll(names(BY_WORKSHOP));
        tables.add(new FigureTable(
                "by-workshop",
                t.get("event.report.byWorkshop"),
                workshopHeaders,
                workshopRows,
                workshopMetrics,
                notes));

        List<List<String>> sectorRows = new ArrayList<>();
        for (EventReport.Line line : report.bySector()) {
            sectorRows.add(row(t.sector(line.key()), line.counts(), BY_SECTOR));
        }
        tables.add(new FigureTable(
                "by-sector",
                t.get("event.report.bySector"),
                headers(t, t.get("dimension.SECTOR"), BY_SECTOR),
                sectorRows,
                names(BY_SECTOR),
                notes));

        if (!report.manual()) {
            List<List<String>> dayRows = new ArrayList<>();
            for (EventReport.DayLine d : report.byDay()) {
                dayRows.add(List.of(
                        t.date(d.day()),
                        FigureTable.cell(d.daysBefore()),
                        Long.toString(d.made()),
                        Long.toString(d.cumulative())));
            }
            tables.add(new FigureTable(
                    "by-day",
                    t.get("event.report.byDay"),
                    List.of(t.label("DAY"), t.label("DAYS_BEFORE"), t.label("MADE"), t.label("CUMULATIVE")),
                    dayRows,
                    List.of("DAY", "DAYS_BEFORE", "MADE", "CUMULATIVE"),
                    notes));
        }
        return tables;
    }

    private static List<String> row(String label, Counts counts, List<Metric> metrics) {
        List<String> row = new ArrayList<>();
        row.add(label);
        for (Metric m : metrics) {
            row.add(FigureTable.cell(counts.get(m)));
        }
        return row;
    }

    private static List<String> headers(ReportTexts t, String first, List<Metric> metrics) {
        List<String> headers = new ArrayList<>();
        headers.add(first);
        metrics.forEach(m -> headers.add(t.label(m.name())));
        return headers;
    }

    static List<String> names(List<Metric> metrics) {
        return metrics.stream().map(Metric::name).toList();
    }
}
