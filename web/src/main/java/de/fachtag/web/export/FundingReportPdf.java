package de.fachtag.web.export;

import de.fachtag.web.print.TaggedPdf;
import de.fachtag.web.report.FigureTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The funding report (Verwendungsnachweis) as a PDF/UA-1 document: A4, tagged, titled, in German
 * ({@code de-DE}), every logo with its alternative text, the one font embedded. Laid out by
 * openhtmltopdf from an HTML document built as a DOM, so every text from outside (titles, names,
 * the funder's notice) is a text node and never markup. The funder's label, logo (or name) and
 * notice head every page (a running element, an artifact in the tag tree) and open the document
 * once more as tagged content; then the event's facts, the programme, the protected figures with
 * their definitions, where the platform prints the notice, and the signature lists as an annex.
 */
public final class FundingReportPdf {

    private static final String FAMILY = TaggedPdf.FAMILY;

    /**
     * The funder as the report shows it.
     *
     * @param logo      PNG, JPEG or SVG bytes, or null (the name stands in)
     * @param logoType  the logo's content type
     */
    public record Funder(String label, String name, String notice, byte[] logo, String logoType) {}

    /** A label and its value, one row of the event's facts. */
    public record Fact(String label, String value) {}

    /** A programme item or workshop: when (or its code), its title and the lines under it (who contributed). */
    public record Item(String when, String title, List<String> lines) {}

    /** A list in the annex: a heading, a line under it, the people, and whether they sign. */
    public record SignatureList(String heading, String detail, List<Person> people, boolean signatures) {}

    /** A person on a list. */
    public record Person(String name, String organisation) {}

    /**
     * Everything the report prints, already in the reader's language.
     *
     * @param texts        the headings: {@code key -> text} of the report bundle
     * @param title        the document's title (also the PDF's title)
     * @param figures      the protected tables, cells as printed
     * @param definitions  label and definition of every figure in them
     * @param places       where the platform prints this funder's notice, one line each
     */
    public record Content(
            java.util.function.Function<String, String> texts,
            String title,
            String dataTime,
            Funder funder,
            List<Fact> facts,
            List<Item> agenda,
            List<Item> workshops,
            List<FigureTable> figures,
            List<String> figureNotes,
            List<String[]> definitions,
            List<String> places,
            List<SignatureList> annex,
            String author) {}

    private FundingReportPdf() {}

    public static byte[] render(Content c) {
        return TaggedPdf.render(new Html(c).document());
    }

    /** The report as an HTML document. */
    private static final class Html {

        private final Content c;
        private final Document doc;
        private final Element body;

        Html(Content c) {
            this.c = c;
            try {
                doc = builder(false).newDocument();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            body = doc.createElement("body");
        }

        Document document() {
            Element root = doc.createElement("html");
            root.setAttribute("lang", "de-DE");
            doc.appendChild(root);
            Element head = add(root, "head");
            add(head, "title", c.title());
            add(head, "meta").setAttribute("name", "author");
            ((Element) head.getLastChild()).setAttribute("content", c.author());
            add(head, "meta").setAttribute("name", "subject");
            ((Element) head.getLastChild()).setAttribute("content", t("funding.subject"));
            add(head, "style", css());
            root.appendChild(body);

            Element running = add(body, "div");
            running.setAttribute("id", "funder-running");
            funder(running, false);

            add(body, "h1", c.title());
            add(body, "p", c.dataTime()).setAttribute("class", "muted");
            Element first = add(body, "div");
            first.setAttribute("class", "funder-block");
            funder(first, true);

            add(body, "h2", t("funding.event"));
            Element facts = add(body, "table");
            facts.setAttribute("class", "facts");
            Element tbody = add(facts, "tbody");
            for (Fact f : c.facts()) {
                Element tr = add(tbody, "tr");
                add(tr, "th", f.label()).setAttribute("scope", "row");
                add(tr, "td", f.value());
            }

            add(body, "h2", t("funding.programme"));
            add(body, "p", t("funding.programme.intro")).setAttribute("class", "muted");
            items(t("funding.agenda"), c.agenda());
            items(t("funding.workshops"), c.workshops());

            add(body, "h2", t("funding.figures"));
            add(body, "p", t("funding.figures.intro"));
            for (FigureTable table : c.figures()) {
                figureTable(table);
            }
            for (String note : c.figureNotes()) {
                add(body, "p", note).setAttribute("class", "note");
            }
            add(body, "h3", t("report.definitions"));
            for (String[] d : c.definitions()) {
                add(body, "p", d[0] + ": " + d[1]).setAttribute("class", "note");
            }

            add(body, "h2", t("funding.publicity"));
            add(body, "p", t("funding.publicity.intro"));
            Element ul = add(body, "ul");
            for (String place : c.places()) {
                add(ul, "li", place);
            }

            Element annex = add(body, "h2", t("funding.annex"));
            annex.setAttribute("class", "annex");
            add(body, "p", t("funding.annex.intro"));
            for (int i = 0; i < c.annex().size(); i++) {
                signatureList(c.annex().get(i), i > 0);
            }
            return doc;
        }

        private void funder(Element parent, boolean tagged) {
            Funder f = c.funder();
            add(parent, "p", f.label()).setAttribute("class", "funder-label");
            Element logo = f.logo() == null ? null : logo(parent, f, !tagged);
            if (logo == null) {
                add(parent, "p", f.name()).setAttribute("class", "funder-name");
            }
            add(parent, "p", f.notice()).setAttribute("class", "funder-notice");
        }

        /** The logo as an image with its alternative text; null when it cannot be read. */
        private Element logo(Element parent, Funder f, boolean small) {
            String type = f.logoType() == null ? "" : f.logoType().toLowerCase(Locale.ROOT);
            Element img;
            if (type.startsWith("image/svg")) {
                img = svg(f.logo());
                if (img == null) {
                    return null;
                }
            } else if (type.startsWith("image/png") || type.startsWith("image/jpeg")) {
                img = doc.createElement("img");
                img.setAttribute(
                        "src",
                        "data:" + (type.startsWith("image/png") ? "image/png" : "image/jpeg") + ";base64,"
                                + Base64.getEncoder().encodeToString(f.logo()));
            } else {
                return null;
            }
            img.setAttribute("alt", t("funding.logo.alt").replace("{0}", f.name()));
            img.setAttribute("class", small ? "logo logo-small" : "logo");
            Element holder = add(parent, "div");
            holder.setAttribute("class", "logo-holder");
            holder.appendChild(img);
            return img;
        }

        /** An SVG logo imported into the document (openhtmltopdf draws inline SVG with Batik). */
        private Element svg(byte[] bytes) {
            try {
                Document svg = builder(true).parse(new ByteArrayInputStream(bytes));
                Element root = svg.getDocumentElement();
                if (!"svg".equals(root.getLocalName())) {
                    return null;
                }
                return (Element) doc.importNode(root, true);
            } catch (SAXException | IOException | ParserConfigurationException e) {
                return null; // a logo the parser cannot read: the funder's name stands in
            }
        }

        private void items(String heading, List<Item> items) {
            if (items.isEmpty()) {
                return;
            }
            add(body, "h3", heading);
            Element table = add(body, "table");
            table.setAttribute("class", "programme");
            Element tbody = add(table, "tbody");
            for (Item item : items) {
                Element tr = add(tbody, "tr");
                add(tr, "th", item.when()).setAttribute("scope", "row");
                Element td = add(tr, "td");
                add(td, "p", item.title()).setAttribute("class", "item-title");
                for (String line : item.lines()) {
                    add(td, "p", line).setAttribute("class", "item-line");
                }
            }
        }

        private void figureTable(FigureTable t) {
            Element table = add(body, "table");
            table.setAttribute("class", "figures");
            table.setAttribute("id", t.id());
            add(table, "caption", t.caption());
            Element tr = add(add(table, "thead"), "tr");
            for (String h : t.headers()) {
                add(tr, "th", h).setAttribute("scope", "col");
            }
            Element tbody = add(table, "tbody");
            for (List<String> row : t.rows()) {
                Element r = add(tbody, "tr");
                add(r, "th", row.get(0)).setAttribute("scope", "row");
                for (String cell : row.subList(1, row.size())) {
                    add(r, "td", cell);
                }
            }
        }

        private void signatureList(SignatureList list, boolean newPage) {
            Element section = add(body, "div");
            section.setAttribute("class", newPage ? "signature-list new-page" : "signature-list");
            add(section, "h3", list.heading());
            if (list.detail() != null && !list.detail().isBlank()) {
                add(section, "p", list.detail()).setAttribute("class", "muted");
            }
            if (list.people().isEmpty()) {
                add(section, "p", t("funding.annex.empty"));
                return;
            }
            Element table = add(section, "table");
            table.setAttribute("class", list.signatures() ? "people signatures" : "people");
            Element tr = add(add(table, "thead"), "tr");
            add(tr, "th", t("funding.annex.nr")).setAttribute("scope", "col");
            add(tr, "th", t("funding.annex.name")).setAttribute("scope", "col");
            add(tr, "th", t("funding.annex.organisation")).setAttribute("scope", "col");
            if (list.signatures()) {
                add(tr, "th", t("funding.annex.signature")).setAttribute("scope", "col");
            }
            Element tbody = add(table, "tbody");
            int n = 0;
            for (Person p : list.people()) {
                Element r = add(tbody, "tr");
                add(r, "td", Integer.toString(++n));
                add(r, "td", p.name() == null ? "" : p.name());
                add(r, "td", p.organisation() == null ? "" : p.organisation());
                if (list.signatures()) {
                    add(r, "td", "");
                }
            }
        }

        private String css() {
            String page = t("report.page").replace("{0}", "\" counter(page) \"").replace("{1}", "\" counter(pages) \"");
            return "@page { size: A4; margin: 44mm 16mm 18mm 16mm;"
                    + " @top-left { content: element(funder); vertical-align: bottom; width: 100%; }"
                    + " @bottom-right { content: \"" + page + "\"; font-family: '" + FAMILY
                    + "'; font-size: 8pt; color: #4a4f55; } }\n"
                    + "#funder-running { position: running(funder); font-size: 8pt; color: #1b1b1b;"
                    + " border-bottom: 0.75pt solid #767676; padding-bottom: 2mm; }\n"
                    + "body { font-family: '" + FAMILY + "'; font-size: 10pt; color: #1b1b1b; line-height: 1.35; }\n"
                    + "h1 { font-size: 17pt; margin: 0 0 2mm 0; } h2 { font-size: 13pt; margin: 7mm 0 2mm 0; }"
                    + " h3 { font-size: 11pt; margin: 5mm 0 1.5mm 0; }\n"
                    + "p { margin: 0 0 1.5mm 0; } .muted, .note { color: #4a4f55; } .note { font-size: 8.5pt; }\n"
                    + ".funder-label { font-size: 8pt; margin: 0; } .funder-name { font-size: 9pt; margin: 0; }"
                    + " .funder-notice { margin: 1mm 0 0 0; }\n"
                    + ".funder-block { border: 0.75pt solid #9a9fa5; padding: 3mm; margin: 3mm 0 4mm 0; }\n"
                    + ".logo { height: 16mm; width: auto; } .logo-small { height: 10mm; } .logo-holder { margin: 1mm 0; }\n"
                    + "table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; }\n"
                    + "caption { text-align: left; font-size: 10.5pt; margin-bottom: 1mm; }\n"
                    + "th, td { border: 0.5pt solid #9a9fa5; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }\n"
                    + "thead th { background: #eef0f2; } table.facts th, table.programme th { width: 30%; }\n"
                    + "table.figures td { text-align: right; } tr { page-break-inside: avoid; }\n"
                    + ".item-title { margin: 0; } .item-line { margin: 0.5mm 0 0 0; color: #4a4f55; }\n"
                    + "h2.annex { page-break-before: always; }\n"
                    + ".new-page { page-break-before: always; }\n"
                    + "table.signatures td { height: 9mm; } table.people td:first-child { width: 8mm; }\n"
                    + "table.signatures th:last-child { width: 35%; }\n";
        }

        private String t(String key) {
            return c.texts().apply(key);
        }

        private Element add(Element parent, String tag) {
            Element e = doc.createElement(tag);
            parent.appendChild(e);
            return e;
        }

        private Element add(Element parent, String tag, String text) {
            Element e = add(parent, tag);
            e.setTextContent(text == null ? "" : text);
            return e;
        }

        private static DocumentBuilder builder(boolean namespaces) throws ParserConfigurationException {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(namespaces);
            // a logo is data from a tenant file: no DTDs, no external entities
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        }
    }
}
