package de.fachtag.web.export;

/**
 * Defuses text for spreadsheet cells (CSV and XLSX). A spreadsheet program runs a cell that
 * begins with {@code = + - @} (or a tab or carriage return, which some of them skip first) as a
 * formula: a participant named {@code =HYPERLINK(...)} would otherwise become a link or a
 * command on the organizer's computer (OWASP "CSV injection"). Such a cell gets a leading
 * single quote, which the programs show as text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
