package de.fachtag.web.print;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A small flowing layout over PDFBox for an A4 programme: paragraphs that wrap at word
 * boundaries, two-column rows (time | item) kept together on a page, images, rules, a block
 * pinned to the bottom of the last page and a footer on every page.
 *
 * <p>One font, embedded: Liberation Sans, which PDFBox ships in its jar. It has the German
 * umlauts and ß, „ “ and –, and much of Latin Extended, so names such as "Şahin" or "Łukasz"
 * print as written; the rare character it lacks prints as "?" instead of breaking the
 * document. Bold is the same font drawn with fill and stroke.
 */
final class ProgrammeWriter implements Closeable {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 56;
    static final float RIGHT = PAGE_WIDTH - 56;
    static final float TOP = PAGE_HEIGHT - 48;
    static final float BOTTOM = 64;
    static final float WIDTH = RIGHT - LEFT;

    static final Color TEXT = new Color(0x1b, 0x1b, 0x1b);
    static final Color MUTED = new Color(0x4a, 0x4f, 0x55);


    /** How a run of text looks. */
    record Style(float size, boolean bold, Color colour, float leading) {

        Style(float size, boolean bold, Color colour) {
            this(size, bold, colour, 1.32f);
        }

        float lineHeight() {
            return size * leading;
        }

        Style in(Color c) {
            return new Style(size, bold, c, leading);
        }
    }

    /** A paragraph placed at an offset within its column, with space before it. */
    record Para(String text, Style style, float indent, float spaceBefore) {
    }

    private final PDDocument document = new PDDocument();
    private final PrintFont type;
    private final PDType0Font font;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    ProgrammeWriter() {
        type = PrintFont.load(document);
        font = type.font();
        newPage();
    }

    PDDocument document() {
        return document;
    }

    float y() {
        return y;
    }

    void moveDown(float amount) {
        y -= amount;
    }

    // ------------------------------------------------------------------ pages

    void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin. */
    void ensureSpace(float height) {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    // ------------------------------------------------------------------ text

    /** Draws a paragraph in the full width; breaks pages between lines. */
    void paragraph(String text, Style style, float spaceBefore) {
        draw(new Para(text, style, 0, spaceBefore), LEFT, WIDTH, true);
    }

    /** A heading, never left alone at the bottom of a page: it moves on with what follows it. */
    void heading(String text, Style style, float spaceBefore) {
        heading(text, style, spaceBefore, 72);
    }

    /**
     * A heading that stays on one page with the {@code next} points that follow it (the first
     * agenda row, the first workshop), as long as both fit on a page at all.
     */
    void heading(String text, Style style, float spaceBefore, float next) {
        float needed = spaceBefore + style.lineHeight() + next;
        ensureSpace(needed <= TOP - BOTTOM ? needed : spaceBefore + style.lineHeight() + 72);
        paragraph(text, style, spaceBefore);
    }

    /** "Label: value" with the label in its own style, the value wrapping below the label's line. */
    void labelled(String label, Style labelStyle, String value, Style valueStyle, float labelWidth, float spaceBefore) {
        List<Para> left = List.of(new Para(label, labelStyle, 0, 0));
        List<Para> right = List.of(new Para(value, valueStyle, 0, 0));
        row(left, labelWidth, right, spaceBefore);
    }

    /**
     * Two columns side by side, kept together on one page when they fit on one: {@code left}
     * in the first {@code leftWidth} points, {@code right} in the rest.
     */
    void row(List<Para> left, float leftWidth, List<Para> right, float spaceBefore) {
        float gap = 10;
        float rightWidth = WIDTH - leftWidth - gap;
        float height = Math.max(height(left, leftWidth), height(right, rightWidth));
        if (height + spaceBefore <= TOP - BOTTOM) {
            ensureSpace(height + spaceBefore);
        }
        y -= spaceBefore;
        float top = y;
        for (Para p : left) {
            draw(p, LEFT, leftWidth, false);
        }
        float afterLeft = y;
        PDPage leftPage = currentPage();
        y = top;
        for (Para p : right) {
            draw(p, LEFT + leftWidth + gap, rightWidth, true);
        }
        if (currentPage() == leftPage) {
            y = Math.min(y, afterLeft);
        }
    }

    /** Paragraphs in the full width, kept together on one page when they fit on one. */
    void block(List<Para> paras, float spaceBefore) {
        float height = height(paras, WIDTH);
        if (height + spaceBefore <= TOP - BOTTOM) {
            ensureSpace(height + spaceBefore);
        }
        y -= spaceBefore;
        for (Para p : paras) {
            draw(p, LEFT, WIDTH, true);
        }
    }

    /** The height the paragraphs take in a column of this width. */
    float height(List<Para> paras, float width) {
        float h = 0;
        for (Para p : paras) {
            if (p.text() == null || p.text().isBlank()) {
                continue;
            }
            h += p.spaceBefore() + wrap(p.text(), p.style(), width - p.indent()).size() * p.style().lineHeight();
        }
        return h;
    }

    private void draw(Para p, float x, float width, boolean mayBreak) {
        if (p.text() == null || p.text().isBlank()) {
            return;
        }
        y -= p.spaceBefore();
        Style s = p.style();
        for (String line : wrap(p.text(), s, width - p.indent())) {
            if (mayBreak && y - s.lineHeight() < BOTTOM) {
                newPage();
            }
            y -= s.lineHeight();
            text(line, s, x + p.indent(), y + (s.lineHeight() - s.size()) * 0.5f + s.size() * 0.21f);
        }
    }

    /** One line of text with its baseline at {@code baseline}. */
    void text(String line, Style s, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(font, s.size());
            content.setNonStrokingColor(s.colour());
            if (s.bold()) {
                content.setStrokingColor(s.colour());
                content.setLineWidth(s.size() * 0.035f);
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(x, baseline);
            content.showText(printable(line));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, Style s) {
        try {
            return font.getStringWidth(printable(text)) / 1000f * s.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of at most {@code width} points; paragraphs break at "\n", words at spaces, long words anywhere. */
    List<String> wrap(String text, Style s, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, s) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // a word longer than the line (a URL, an e-mail address) breaks where it must
                String rest = word;
                while (width(rest, s) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), s) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        // no empty first or last line from leading or trailing line breaks
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        return lines;
    }

    String printable(String text) {
        return type.printable(text);
    }

    // ------------------------------------------------------------------ shapes and images

    void fillRect(float x, float yBottom, float w, float h, Color colour) {
        try {
            content.setNonStrokingColor(colour);
            content.addRect(x, yBottom, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(Color colour, float thickness, float spaceBefore, float spaceAfter) {
        y -= spaceBefore;
        fillRect(LEFT, y - thickness, WIDTH, thickness, colour);
        y -= thickness + spaceAfter;
    }

    /** A PNG or JPEG scaled into the box, keeping its proportions; returns the drawn width and height. */
    float[] image(byte[] bytes, String name, float x, float top, float maxWidth, float maxHeight) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, name);
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        content.drawImage(image, x, top - h, w, h);
        return new float[] {w, h};
    }

    PDPage currentPage() {
        return pages.get(pages.size() - 1);
    }

    // ------------------------------------------------------------------ finishing

    /** "Seite 1 von 2" and a line of text at the bottom of every page; then the PDF's bytes. */
    byte[] finish(String footerLeft, java.util.function.BiFunction<Integer, Integer, String> pageLabel) {
        try {
            content.close();
            content = null;
            Style footer = new Style(8, false, MUTED);
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream cs = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = cs;
                    String label = pageLabel.apply(i + 1, pages.size());
                    fillRect(LEFT, BOTTOM - 26, WIDTH, 0.5f, MUTED);
                    String left = footerLeft;
                    float room = WIDTH - width(label, footer) - 12;
                    while (width(left, footer) > room && left.length() > 4) {
                        left = left.substring(0, left.length() - 2);
                    }
                    text(left, footer, LEFT, BOTTOM - 38);
                    text(label, footer, RIGHT - width(label, footer), BOTTOM - 38);
                }
            }
            content = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }
}
