package de.fachtag.web.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import de.fachtag.web.report.FigureTable;

/**
 * A report's tables as a PDF (A4): the title, the data time, every table with the page's cells
 * and its notes, then the written definition of every figure in it as footnotes, and the
 * event's funding notices at the foot of every page. Drawn with the lists' {@link PdfSheet}.
 */
public final class ReportPdf {

    private ReportPdf() {
    }

    /**
     * @param definitions label and definition of each figure, in the order of the page's legend
     * @param funding     funding notices for the foot of every page (empty for none)
     * @param pageLabel   "Seite 1 von 3" in the reader's language
     */
    public static byte[] of(String title, String dataTime, List<FigureTable> tables, List<String[]> definitions,
            List<String> funding, String definitionsHeading, BiFunction<Integer, Integer, String> pageLabel) {
        try (PdfSheet pdf = new PdfSheet(PDRectangle.A4, 40)) {
            pdf.footer(funding);
            pdf.newPage();
            pdf.paragraph(title, 15, true, PdfSheet.TEXT, 0);
            pdf.paragraph(dataTime, 9, false, PdfSheet.MUTED, 2);
            for (FigureTable table : tables) {
                List<PdfSheet.Column> columns = columns(pdf, table);
                if (pdf.room() < 80) {
                    pdf.newPage();
                }
                pdf.paragraph(table.caption(), 12, true, PdfSheet.TEXT, 14);
                pdf.moveTo(pdf.y() - 4);
                pdf.tableHead(columns, 8.5f);
                for (List<String> row : table.rows()) {
                    if (pdf.room() < 20) {
                        pdf.newPage();
                        pdf.tableHead(columns, 8.5f);
                    }
                    pdf.tableRow(columns, row, 9, 15);
                }
                for (String note : table.notes()) {
                    pdf.paragraph(note, 8, false, PdfSheet.MUTED, 3);
                }
            }
            pdf.paragraph(definitionsHeading, 11, true, PdfSheet.TEXT, 16);
            for (String[] d : definitions) {
                pdf.paragraph(d[0] + ": " + d[1], 8, false, PdfSheet.TEXT, 3);
            }
            return pdf.finish(pageLabel);
        }
    }

    /** The row labels take 40 % of the width, the figures share the rest. */
    private static List<PdfSheet.Column> columns(PdfSheet pdf, FigureTable table) {
        List<PdfSheet.Column> columns = new ArrayList<>();
        int n = table.headers().size();
        float first = n == 1 ? pdf.width() : pdf.width() * 0.4f;
        columns.add(new PdfSheet.Column(table.headers().get(0), first));
        for (int i = 1; i < n; i++) {
            columns.add(new PdfSheet.Column(table.headers().get(i), (pdf.width() - first) / (n - 1)));
        }
        return columns;
    }
}
