package de.fachtag.web.report;

import de.fachtag.reporting.Metric;
import de.fachtag.reporting.MinistryReports;
import de.fachtag.reporting.SmallCells;
import java.util.ArrayList;
import java.util.List;

/**
 * The ministry's tables as every format shows them. A suppressed cell prints "< 5" (primary) or
 * "geschützt" (secondary); its value never reaches this class ({@link SmallCells.Cell} keeps none).
 */
public final class MinistryTables {

    private MinistryTables() {}

    public static List<FigureTable> of(MinistryReports.View view, ReportTexts t) {
        List<FigureTable> tables = new ArrayList<>();
        for (MinistryReports.Table table : view.tables()) {
            tables.add(of(table, t));
        }
        return tables;
    }

    public static FigureTable of(MinistryReports.Table table, ReportTexts t) {
        String id = table.id().name().toLowerCase().replace('_', '-');
        List<String> headers = new ArrayList<>();
        headers.add(t.get("ministry.row." + table.id().name()));
        for (String column : table.columns()) {
            headers.add(column(table, column, t));
        }
        headers.add(t.label(table.totalKey()));
        List<String> metrics = new ArrayList<>();
        for (String column : table.columns()) {
            if (isMetric(column)) {
                metrics.add(column);
            }
        }
        metrics.add(table.totalKey());
        List<List<String>> rows = new ArrayList<>();
        boolean manual = false;
        SmallCells.Protected cells = table.cells();
        for (int r = 0; cells != null && r < table.rowKeys().size(); r++) {
            List<String> row = new ArrayList<>();
            String note = table.rowNotes().get(r);
            manual |= !note.isEmpty();
            row.add(label(table, r, t) + (note.isEmpty() ? "" : " (" + t.get("note." + note) + ")"));
            for (int c = 0; c < table.columns().size(); c++) {
                row.add(cell(cells.cell(r, c), t));
            }
            row.add(cell(cells.rowTotal(r), t));
            rows.add(row);
        }
        if (cells != null) {
            List<String> totals = new ArrayList<>();
            totals.add(t.get("report.total"));
            for (int c = 0; c < table.columns().size(); c++) {
                totals.add(cell(cells.columnTotal(c), t));
            }
            totals.add(cell(cells.grandTotal(), t));
            rows.add(totals);
        }
        List<String> notes = new ArrayList<>();
        notes.add(t.get("note.smallCells"));
        if (manual) {
            notes.add(t.get("event.report.manual"));
        }
        return new FigureTable(id, t.get("ministry.table." + table.id().name()), headers, rows, metrics, notes);
    }

    /**
     * The ministry's figures as JSON, the same for the file ({@code figures.json}) and the API
     * ({@code GET /api/v1/ministry/{ministry}/figures}): the tables' cells as the page prints them,
     * and the definition of every figure in them.
     */
    public static java.util.Map<String, Object> json(MinistryReports.View view, ReportTexts t) {
        List<FigureTable> tables = of(view, t);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("ministry", view.ministry());
        body.put("dataTime", view.dataTime().toString());
        body.put("definitions", ReportFiles.definitions(tables, t));
        body.put("tables", tables);
        return body;
    }

    /** The printed form of a protected cell: the number, "< 5" or "geschützt". */
    public static String cell(SmallCells.Cell cell, ReportTexts t) {
        return switch (cell.suppression()) {
            case NONE -> Long.toString(cell.value());
            case PRIMARY -> t.get("note.suppressed");
            case SECONDARY -> t.get("note.secondary");
        };
    }

    private static String label(MinistryReports.Table table, int row, ReportTexts t) {
        String label = table.rowLabels().get(row);
        if (label == null || label.isEmpty()) {
            return t.get(table.id() == MinistryReports.Catalogue.YEARS ? "ministry.noYear" : "ministry.noRegion");
        }
        return label;
    }

    private static String column(MinistryReports.Table table, String column, ReportTexts t) {
        if (isMetric(column)) {
            return t.label(column);
        }
        if (column.equals(MinistryReports.NOT_RECORDED) || column.equals(MinistryReports.OTHER)) {
            return t.get("ministry.column." + column);
        }
        return table.id() == MinistryReports.Catalogue.EVENTS_BY_MODE ? t.mode(column) : t.sector(column);
    }

    private static boolean isMetric(String key) {
        for (Metric m : Metric.values()) {
            if (m.name().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
