package de.fachtag.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The participation figures of one event as they leave the tenant in a funding report
 * (Verwendungsnachweis): by mode, by workshop, by sector and by attendance, each a table of the
 * report's own figures ({@link EventReport}, the same definitions as every report) protected by
 * {@link SmallCells} exactly like a ministry's view, since the funder is outside the tenant. A
 * suppressed figure's value never leaves this class.
 *
 * <p>Registrations by status ({@link #STATUS}) add up to the registrations made, the row total.
 * Figures entered by hand know only participants: their tables have the one column
 * {@link Metric#CONFIRMED}, and everyone entered counts as attended.
 */
public final class FundingFigures {

    /** The columns of the tables by status; they add up to {@link Metric#MADE}. */
    public static final List<Metric> STATUS = List.of(Metric.CONFIRMED, Metric.WAITLISTED, Metric.CANCELLED);

    /** The column key of confirmed people neither checked in nor no-show (livestream, or the event is ahead). */
    public static final String OTHER = MinistryReports.OTHER;

    private FundingFigures() {}

    /**
     * A published table of one event.
     *
     * @param id        stable id: {@code by-mode}, {@code by-workshop}, {@code by-sector}, {@code attendance}
     * @param rowKeys   mode keys, workshop codes ("" for none), sector keys; the event's slug for attendance
     * @param columns   metric names, or {@link #OTHER}
     * @param totalKey  the metric the row totals are
     * @param cells     the protected figures; null for a table without rows
     */
    public record Table(
            String id, List<String> rowKeys, List<String> columns, String totalKey, SmallCells.Protected cells) {}

    /** The four tables of an event's funding report, in this order: mode, workshop, sector, attendance. */
    public static List<Table> of(EventReport report, String tenant) {
        List<Metric> columns = report.manual() ? List.of(Metric.CONFIRMED) : STATUS;
        Metric total = report.manual() ? Metric.CONFIRMED : Metric.MADE;
        List<Table> tables = new ArrayList<>();
        tables.add(table(
                "by-mode",
                tenant,
                report.byMode().stream().map(EventReport.Line::key).toList(),
                report.byMode().stream().map(EventReport.Line::counts).toList(),
                columns,
                total));
        tables.add(table(
                "by-workshop",
                tenant,
                report.byWorkshop().stream().map(EventReport.WorkshopLine::code).toList(),
                report.byWorkshop().stream()
                        .map(EventReport.WorkshopLine::counts)
                        .toList(),
                columns,
                total));
        tables.add(table(
                "by-sector",
                tenant,
                report.bySector().stream().map(EventReport.Line::key).toList(),
                report.bySector().stream().map(EventReport.Line::counts).toList(),
                columns,
                total));
        tables.add(attendance(report, tenant));
        return tables;
    }

    /**
     * Rows of counts by the given metrics, protected as one view of one tenant. Public so that a
     * test can protect the figures it read from the event report and compare.
     */
    public static Table table(
            String id, String tenant, List<String> rowKeys, List<Counts> rows, List<Metric> columns, Metric total) {
        long[][] counts = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                counts[r][c] = rows.get(r).count(columns.get(c));
            }
        }
        return new Table(
                id,
                List.copyOf(rowKeys),
                columns.stream().map(Metric::name).toList(),
                total.name(),
                protect(tenant, counts));
    }

    /** Confirmed people: checked in, no-show, other; one row, the event. */
    private static Table attendance(EventReport report, String tenant) {
        Counts c = report.total();
        long attended = c.count(Metric.ATTENDED);
        long noShow = c.count(Metric.NO_SHOW);
        long[][] counts = {{attended, noShow, Math.max(0, c.count(Metric.CONFIRMED) - attended - noShow)}};
        return new Table(
                "attendance",
                List.of(report.slug()),
                List.of(Metric.ATTENDED.name(), Metric.NO_SHOW.name(), OTHER),
                Metric.CONFIRMED.name(),
                protect(tenant, counts));
    }

    private static SmallCells.Protected protect(String tenant, long[][] counts) {
        return counts.length == 0 ? null : SmallCells.protect(SmallCells.Table.of(tenant, counts));
    }
}
