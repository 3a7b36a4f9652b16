package de.fachtag.web.export;

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

import de.fachtag.web.print.PrintFont;

/**
 * A small page writer over PDFBox for lists and badges: lines of text that wrap or are cut to a
 * width, tables with ruled rows, images, and a footer block on every page (the funding notice)
 * with the page number. One embedded font, PDFBox's Liberation Sans (umlauts, ß, „“, –; the rare
 * character it lacks prints as "?"); bold is the same font drawn with fill and stroke.
 */
final class PdfSheet implements Closeable {

    static final Color TEXT = new Color(0x1b, 0x1b, 0x1b);
    static final Color MUTED = new Color(0x4a, 0x4f, 0x55);
    static final Color RULE = new Color(0x9a, 0x9f, 0xa5);

    /** A table column: heading and width in points. */
    record Column(String heading, float width) {
    }

    private final PDDocument document = new PDDocument();
    private final PrintFont type;
    private final PDType0Font font;
    private final PDRectangle size;
    private final float margin;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;
    private List<String> footer = List.of();
    private float footerHeight;

    PdfSheet(PDRectangle size, float margin) {
        this.size = size;
        this.margin = margin;
        type = PrintFont.load(document);
        font = type.font();
    }

    float left() {
        return margin;
    }

    float width() {
        return size.getWidth() - 2 * margin;
    }

    float height() {
        return size.getHeight();
    }

    float y() {
        return y;
    }

    void moveTo(float y) {
        this.y = y;
    }

    PDDocument document() {
        return document;
    }

    /** Lines printed at the bottom of every page from now on (small, wrapped), above the page number. */
    void footer(List<String> lines) {
        footer = lines;
        footerHeight = 0;
        for (String l : lines) {
            footerHeight += wrap(l, 8, width()).size() * 10.5f + 3;
        }
    }

    void newPage() {
        closeContent();
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = size.getHeight() - margin;
        float fy = margin + 12 + footerHeight;
        for (String l : footer) {
            for (String line : wrap(l, 8, width())) {
                fy -= 10.5f;
                text(left(), fy + 2, line, 8, false, MUTED);
            }
            fy -= 3;
        }
    }

    /** Room left above the footer. */
    float room() {
        return y - (margin + 16 + footerHeight);
    }

    /** A paragraph, wrapped at words. */
    void paragraph(String text, float size, boolean bold, Color colour, float spaceBefore) {
        y -= spaceBefore;
        for (String line : wrap(text, size, width())) {
            if (room() < size * 1.3f) {
                newPage();
            }
            y -= size * 1.3f;
            text(left(), y + size * 0.3f, line, size, bold, colour);
        }
    }

    /** A line centred on the page, cut to the width. */
    void centred(String text, float size, boolean bold, Color colour) {
        String line = fit(text, size, width());
        y -= size * 1.3f;
        float w = width(line, size);
        text(left() + (width() - w) / 2, y + size * 0.3f, line, size, bold, colour);
    }

    /** A table's heading row; call again after {@link #newPage()} when a table goes on. */
    void tableHead(List<Column> columns, float size) {
        float h = size * 2f;
        y -= h;
        float x = left();
        for (Column c : columns) {
            text(x + 3, y + h * 0.32f, fit(c.heading(), size, c.width() - 6), size, true, TEXT);
            x += c.width();
        }
        line(left(), y, left() + sum(columns), y, 1f);
    }

    /** A table row of the given height, each cell cut to its column; vertical rules between cells. */
    void tableRow(List<Column> columns, List<String> cells, float size, float rowHeight) {
        y -= rowHeight;
        float x = left();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String cell = i < cells.size() ? cells.get(i) : "";
            text(x + 3, y + rowHeight - size * 1.35f, fit(cell == null ? "" : cell, size, c.width() - 6), size, false, TEXT);
            x += c.width();
            line(x, y, x, y + rowHeight, 0.4f);
        }
        line(left(), y + rowHeight, left(), y, 0.4f);
        line(left(), y, left() + sum(columns), y, 0.4f);
    }

    void image(PDImageXObject image, float x, float yBottom, float w, float h) {
        try {
            content.drawImage(image, x, yBottom, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(float x, float baseline, String text, float size, boolean bold, Color colour) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(colour);
            if (bold) {
                content.setStrokingColor(colour);
                content.setLineWidth(size * 0.03f);
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float width) {
        try {
            content.setStrokingColor(RULE);
            content.setLineWidth(width);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text cut to a width, with "…" where it was cut. */
    String fit(String text, float size, float width) {
        String t = printable(text).replace('\n', ' ');
        if (width(t, size) <= width) {
            return t;
        }
        while (!t.isEmpty() && width(t + "…", size) > width) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t + "…";
    }

    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= width || line.isEmpty()) {
                    line = new StringBuilder(fit(candidate, size, width));
                } else {
                    lines.add(line.toString());
                    line = new StringBuilder(fit(word, size, width));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float sum(List<Column> columns) {
        float w = 0;
        for (Column c : columns) {
            w += c.width();
        }
        return w;
    }

    String printable(String text) {
        return type.printable(text);
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    /** Numbers the pages ("Seite 1 von 3") and returns the document. */
    byte[] finish(java.util.function.BiFunction<Integer, Integer, String> pageLabel) {
        closeContent();
        try {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream c = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = c;
                    String label = pageLabel.apply(i + 1, pages.size());
                    text(left() + width() - width(label, 8), margin - 2, label, 8, false, MUTED);
                }
                content = null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
