package de.fachtag.web.report;

import de.fachtag.web.export.RegistrationFiles;
import de.fachtag.web.export.SpreadsheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report's tables as CSV (UTF-8 with BOM, semicolons: German Excel opens it as it is) and as
 * XLSX (one sheet per table). Both begin with the report's title, the data time and the written
 * definitions of every figure in it, as header notes; the cells are the page's cells.
 */
public final class ReportFiles {

    private final ReportTexts texts;
    private final String title;
    private final Instant dataTime;

    public ReportFiles(ReportTexts texts, String title, Instant dataTime) {
        this.texts = texts;
        this.title = title;
        this.dataTime = dataTime;
    }

    public byte[] csv(List<FigureTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(w, RegistrationFiles.csvFormat())) {
                csv.printRecord(SpreadsheetCells.safe(title));
                csv.printRecord(texts.get("report.dataTime", texts.dataTime(dataTime)));
                for (String metric : metrics(tables)) {
                    csv.printRecord(
                            SpreadsheetCells.safe(texts.label(metric)),
                            SpreadsheetCells.safe(texts.definition(metric)));
                }
                for (FigureTable table : tables) {
                    csv.println();
                    csv.printRecord(SpreadsheetCells.safe(table.caption()));
                    csv.printRecord(
                            table.headers().stream().map(SpreadsheetCells::safe).toList());
                    for (List<String> row : table.rows()) {
                        csv.printRecord(row.stream().map(SpreadsheetCells::safe).toList());
                    }
                    for (String note : table.notes()) {
                        csv.printRecord(SpreadsheetCells.safe(note));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] xlsx(List<FigureTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Fachtag", "1.0");
            Worksheet about = wb.newWorksheet(texts.get("report.definitions"));
            about.value(0, 0, SpreadsheetCells.safe(title));
            about.style(0, 0).bold().set();
            about.value(1, 0, texts.get("report.dataTime", texts.dataTime(dataTime)));
            int r = 3;
            for (String metric : metrics(tables)) {
                about.value(r, 0, texts.label(metric));
                about.value(r, 1, texts.definition(metric));
                r++;
            }
            about.width(0, 28);
            about.width(1, 100);
            for (FigureTable table : tables) {
                Worksheet ws = wb.newWorksheet(sheetName(table.caption()));
                ws.value(0, 0, SpreadsheetCells.safe(table.caption()));
                ws.style(0, 0).bold().set();
                for (int c = 0; c < table.headers().size(); c++) {
                    ws.value(1, c, SpreadsheetCells.safe(table.headers().get(c)));
                    ws.style(1, c).bold().set();
                }
                for (int i = 0; i < table.rows().size(); i++) {
                    List<String> row = table.rows().get(i);
                    for (int c = 0; c < row.size(); c++) {
                        String cell = row.get(c);
                        if (c > 0 && FigureTable.number(cell)) {
                            ws.value(i + 2, c, Long.parseLong(cell));
                        } else {
                            ws.value(i + 2, c, SpreadsheetCells.safe(cell));
                        }
                    }
                }
                int n = table.rows().size() + 3;
                for (String note : table.notes()) {
                    ws.value(n++, 0, note);
                }
                ws.width(0, 45);
                ws.freezePane(1, 2);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The label and definition of every figure the tables show, by metric key (for JSON). */
    static java.util.Map<String, java.util.Map<String, String>> definitions(
            List<FigureTable> tables, ReportTexts texts) {
        java.util.Map<String, java.util.Map<String, String>> definitions = new java.util.LinkedHashMap<>();
        for (String metric : metrics(tables)) {
            definitions.put(
                    metric, java.util.Map.of("label", texts.label(metric), "definition", texts.definition(metric)));
        }
        return definitions;
    }

    /** Label and definition of every figure the tables show, in order of appearance: the legend and the PDF's footnotes. */
    public static List<String[]> legend(List<FigureTable> tables, ReportTexts texts) {
        return metrics(tables).stream()
                .map(m -> new String[] {texts.label(m), texts.definition(m)})
                .toList();
    }

    /** Every figure the tables show, once, in order of appearance. */
    static Set<String> metrics(List<FigureTable> tables) {
        Set<String> metrics = new LinkedHashSet<>();
        tables.forEach(t -> metrics.addAll(t.metrics()));
        return metrics;
    }

    /** Excel allows 31 characters and none of {@code []:*?/\} in a sheet's name. */
    private static String sheetName(String caption) {
        String name = caption.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() <= 31 ? name : name.substring(0, 31).strip();
    }
}
