package de.fachtag.web.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * Every PDF of the platform as a PDF/UA-1 document: an HTML document built as a DOM (so every
 * text from outside, a name, a title, a funder's notice, is a text node and never markup), laid
 * out by openhtmltopdf with its accessibility mode on: tagged (headings, paragraphs, lists,
 * tables with their header cells, figures with alternative text), in reading order, with the
 * document's language and title (shown as the window title), XMP metadata and the one font
 * (PDFBox's Liberation Sans) embedded. Content in page margins (running headers and footers,
 * page numbers) is marked as a pagination artifact, so whatever must reach a screen reader is
 * also written once into the flow.
 */
public final class TaggedPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** The family name the style sheets use. */
    public static final String FAMILY = "Liberation Sans";

    /**
     * A funder as every list and programme prints it: "Gefördert durch", the logo (or the name
     * when there is none or it cannot be read) and the notice.
     *
     * @param logo     PNG, JPEG or SVG bytes, or null
     * @param logoType the logo's content type
     */
    public record Funder(String label, String name, String notice, byte[] logo, String logoType) {}

    private final Document doc;
    private final Element head;
    private final Element body;

    /**
     * A new document.
     *
     * @param language BCP 47 tag, e.g. {@code de-DE}
     * @param title    the document's title (also the PDF's title, shown instead of the file name)
     */
    public TaggedPdf(String language, String title, String author, String subject) {
        try {
            doc = builder(false).newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = doc.createElement("html");
        root.setAttribute("lang", language);
        doc.appendChild(root);
        head = add(root, "head");
        add(head, "title", title);
        meta("author", author);
        meta("subject", subject);
        body = add(root, "body");
    }

    private void meta(String name, String content) {
        if (content != null && !content.isBlank()) {
            Element m = add(head, "meta");
            m.setAttribute("name", name);
            m.setAttribute("content", content);
        }
    }

    public Element body() {
        return body;
    }

    /** The head, for what belongs there besides title and style: openhtmltopdf's {@code <bookmarks>}. */
    public Element head() {
        return head;
    }

    /** Adds the style sheet (one per document). */
    public void style(String css) {
        add(head, "style", css);
    }

    // ------------------------------------------------------------------ building

    public Element add(Element parent, String tag) {
        Element e = doc.createElement(tag);
        parent.appendChild(e);
        return e;
    }

    /** An element with text (null as empty), never parsed as markup; what the font cannot draw is replaced. */
    public Element add(Element parent, String tag, String text) {
        Element e = add(parent, tag);
        e.setTextContent(text == null ? "" : printable(text));
        return e;
    }

    /**
     * The text with what the font cannot draw replaced (a glyph the font lacks would print as
     * nothing and break PDF/UA): tabs and no-break spaces as spaces, control and format
     * characters dropped, other missing glyphs as "?". Line breaks stay (CSS decides).
     */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r", "").replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp == '\n' || cp == ' ') {
                out.appendCodePoint(cp);
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (cp == 0x00A0) {
                out.append(' ');
            } else if (Glyphs.has(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Which characters Liberation Sans has, read once from the font's Unicode cmap. */
    private static final class Glyphs {

        private static final org.apache.fontbox.ttf.CmapLookup CMAP = load();

        static boolean has(int codePoint) {
            return CMAP.getGlyphId(codePoint) > 0;
        }

        private static org.apache.fontbox.ttf.CmapLookup load() {
            try (InputStream in = font()) {
                org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                        .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
                return ttf.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An element with a class. */
    public Element add(Element parent, String tag, String text, String cssClass) {
        Element e = add(parent, tag, text);
        e.setAttribute("class", cssClass);
        return e;
    }

    /**
     * An image with its alternative text: PNG and JPEG as they are, SVG drawn by Batik; null
     * (nothing added) when the type is another or the SVG cannot be read.
     */
    public Element image(Element parent, byte[] bytes, String contentType, String alt, String cssClass) {
        if (bytes == null) {
            return null;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        Element img;
        if (type.startsWith("image/svg")) {
            img = svg(bytes);
            if (img == null) {
                return null;
            }
        } else if (type.startsWith("image/png") || type.startsWith("image/jpeg") || type.startsWith("image/jpg")) {
            img = doc.createElement("img");
            img.setAttribute(
                    "src",
                    "data:" + (type.startsWith("image/png") ? "image/png" : "image/jpeg") + ";base64,"
                            + Base64.getEncoder().encodeToString(bytes));
        } else {
            return null;
        }
        img.setAttribute("alt", alt);
        if (cssClass != null) {
            img.setAttribute("class", cssClass);
        }
        parent.appendChild(img);
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
            return null; // an image the parser cannot read: the caller's text stands in
        }
    }

    /**
     * The funders' block, each funder as a group: label, logo or name, notice. {@code alt} makes
     * a logo's alternative text from the funder's name ("Logo: …"); {@code withName} prints the
     * name beside the logo as well (the lists name the funder in words; a flyer shows the logo).
     */
    public void funders(
            Element parent, List<Funder> funders, java.util.function.Function<String, String> alt, boolean withName) {
        for (Funder f : funders) {
            Element group = add(parent, "div");
            group.setAttribute("class", "funder");
            Element id = add(group, "div");
            id.setAttribute("class", "funder-id");
            if (f.label() != null && !f.label().isBlank()) {
                add(id, "p", f.label(), "funder-label");
            }
            Element holder = add(id, "div");
            holder.setAttribute("class", "funder-mark");
            Element logo = image(holder, f.logo(), f.logoType(), alt.apply(f.name()), "funder-logo");
            if (logo == null || withName) {
                add(holder, "p", f.name(), "funder-name");
            }
            if (f.notice() != null && !f.notice().isBlank()) {
                add(group, "p", f.notice(), "funder-notice");
            }
        }
    }

    // ------------------------------------------------------------------ rendering

    public Document document() {
        return doc;
    }

    /** The PDF/UA-1 document's bytes. */
    public byte[] render() {
        return render(doc);
    }

    /** Lays out an HTML document as PDF/UA-1. */
    public static byte[] render(Document html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(TaggedPdf::font, FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(TaggedPdf::font, FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withProducer("Fachtag");
            builder.withW3cDocument(html, "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream in = TaggedPdf.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans is missing: " + FONT);
        }
        return in;
    }

    /** A CSS string literal of a text (for {@code content:} in page margins). */
    public static String cssString(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                s.append('\\').append(ch);
            } else if (ch < 0x20 || ch == 0x7f) {
                s.append(' ');
            } else {
                s.append(ch);
            }
        }
        return s.append('"').toString();
    }

    /**
     * The "Seite 1 von 3" of a page-margin box: the label with {0} and {1} for the page and the
     * page count, as CSS {@code content}.
     */
    public static String pageCounter(String label) {
        int a = label.indexOf("{0}");
        int b = label.indexOf("{1}");
        if (a < 0 || b < a) {
            return cssString(label);
        }
        return cssString(label.substring(0, a)) + " counter(page) " + cssString(label.substring(a + 3, b))
                + " counter(pages) " + cssString(label.substring(b + 3));
    }

    static DocumentBuilder builder(boolean namespaces) throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(namespaces);
        // a logo is data from a tenant file: no DTDs, no external entities
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }
}
