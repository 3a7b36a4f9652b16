package de.fachtag.web.export;

import de.fachtag.web.print.TaggedPdf;
import de.fachtag.web.report.FigureTable;
import java.util.List;
import java.util.function.Function;
import org.w3c.dom.Element;

/**
 * A report's tables as a PDF/UA-1 document (A4, {@link TaggedPdf}): the title, the data time,
 * every table with the page's cells (column and row headers tagged as such) and its notes, then
 * the written definition of every figure in it, and the event's funders (label, logo or name,
 * notice) at the foot of every page and once after the content.
 */
public final class ReportPdf {

    private ReportPdf() {}

    /**
     * @param language    BCP 47 tag of the text ({@code de-DE}, {@code en})
     * @param definitions label and definition of each figure, in the order of the page's legend
     * @param funders     the event's funders for the foot of every page (empty for none)
     * @param pageLabel   "Seite {0} von {1}" in the reader's language
     * @param logoAlt     a logo's alternative text from the funder's name
     */
    public static byte[] of(
            String language,
            String title,
            String dataTime,
            List<FigureTable> tables,
            List<String[]> definitions,
            List<TaggedPdf.Funder> funders,
            String definitionsHeading,
            String pageLabel,
            Function<String, String> logoAlt) {
        TaggedPdf pdf = new TaggedPdf(language, title, null, title);
        pdf.style(css(funders.size(), pageLabel));
        Element body = pdf.body();
        if (!funders.isEmpty()) {
            Element foot = pdf.add(body, "div");
            foot.setAttribute("id", "funding");
            pdf.funders(foot, funders, logoAlt, true);
        }
        pdf.add(body, "h1", title);
        pdf.add(body, "p", dataTime, "muted");
        for (FigureTable t : tables) {
            Element table = pdf.add(body, "table", null, "figures");
            pdf.add(table, "caption", t.caption());
            Element tr = pdf.add(pdf.add(table, "thead"), "tr");
            for (String h : t.headers()) {
                pdf.add(tr, "th", h).setAttribute("scope", "col");
            }
            Element tbody = pdf.add(table, "tbody");
            for (List<String> row : t.rows()) {
                Element r = pdf.add(tbody, "tr");
                pdf.add(r, "th", row.isEmpty() ? "" : row.get(0)).setAttribute("scope", "row");
                for (String cell : row.subList(Math.min(1, row.size()), row.size())) {
                    pdf.add(r, "td", cell);
                }
            }
            for (String note : t.notes()) {
                pdf.add(body, "p", note, "note");
            }
        }
        pdf.add(body, "h2", definitionsHeading);
        for (String[] d : definitions) {
            pdf.add(body, "p", d[0] + ": " + d[1], "note");
        }
        if (!funders.isEmpty()) {
            Element once = pdf.add(body, "div", null, "funders-once");
            pdf.funders(once, funders, logoAlt, true);
        }
        return pdf.render();
    }

    private static String css(int funders, String pageLabel) {
        String family = "font-family: '" + TaggedPdf.FAMILY + "';";
        return "@page { size: A4; margin: 16mm 14mm " + (16 + funders * 22) + "mm 14mm;"
                + " @top-right { content: " + TaggedPdf.pageCounter(pageLabel) + "; " + family
                + " font-size: 8pt; color: #4a4f55; vertical-align: bottom; padding-bottom: 3mm; }"
                + (funders == 0 ? "" : " @bottom-left { content: element(funding); vertical-align: top; width: 100%; }")
                + " }\n"
                + "#funding { position: running(funding); font-size: 7.5pt; border-top: 0.75pt solid #767676; padding-top: 2mm; }\n"
                + "body { " + family + " font-size: 9.5pt; color: #1b1b1b; line-height: 1.3; }\n"
                + "h1 { font-size: 15pt; margin: 0 0 1mm 0; } h2 { font-size: 11pt; margin: 6mm 0 1.5mm 0; }\n"
                + "p { margin: 0 0 1.2mm 0; } .muted { color: #4a4f55; } .note { font-size: 8pt; color: #4a4f55; }\n"
                + "table { border-collapse: collapse; width: 100%; margin: 5mm 0 1.5mm 0; -fs-table-paginate: paginate; }\n"
                + "caption { text-align: left; font-size: 11pt; margin-bottom: 1.5mm; }\n"
                + "th, td { border: 0.5pt solid #9a9fa5; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }\n"
                + "thead th { background: #eef0f2; font-size: 8.5pt; } td { text-align: right; } tbody th { width: 40%; }"
                + " tr { page-break-inside: avoid; }\n"
                + ".funder { margin: 0 0 1.5mm 0; } .funder-label { margin: 0; color: #4a4f55; } .funder-mark { margin: 0.5mm 0; }"
                + " .funder-logo { height: 9mm; width: auto; } .funder-name { margin: 0; } .funder-notice { margin: 0.5mm 0 0 0; }\n"
                + ".funders-once { margin-top: 8mm; border-top: 0.75pt solid #767676; padding-top: 2mm; page-break-inside: avoid; }\n";
    }
}
