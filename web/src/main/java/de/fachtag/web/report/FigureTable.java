package de.fachtag.web.report;

import java.util.List;

/**
 * A table of figures as every format shows it: the page renders these cells, the CSV and the
 * XLSX write them, so that a figure reads the same everywhere. Numbers are kept as text in the
 * form the reader sees ("12", "< 5", "–"); {@link #number} tells the spreadsheet which are numbers.
 *
 * @param id        stable id (the HTML id, the XLSX sheet, the CSV section)
 * @param caption   the table's title
 * @param headers   column headings; the first column heads the row labels
 * @param rows      the cells, row by row, the label first
 * @param metrics   the metric keys whose definitions belong to this table (legend, header notes)
 * @param notes     notes printed under the table (hand-entered figures, small-cell rule)
 */
public record FigureTable(
        String id,
        String caption,
        List<String> headers,
        List<List<String>> rows,
        List<String> metrics,
        List<String> notes) {

    /** Whether a cell is a plain number (a spreadsheet stores it as one). */
    public static boolean number(String cell) {
        return cell != null && cell.matches("-?\\d+");
    }

    /** A value, or the dash for a figure that was not recorded. */
    public static String cell(Long value) {
        return value == null ? "–" : Long.toString(value);
    }
}
