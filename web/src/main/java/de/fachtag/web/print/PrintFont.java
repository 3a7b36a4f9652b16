package de.fachtag.web.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font every PDF of the platform writes with (PDFBox's Liberation Sans, embedded as a
 * subset), and what it can draw: the programme and the organizer's lists share it.
 */
public final class PrintFont {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    private PrintFont(PDType0Font font) {
        this.font = font;
    }

    /** Loads the font into a document. */
    public static PrintFont load(PDDocument document) {
        try (InputStream in = PrintFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is missing: " + RESOURCE);
            }
            return new PrintFont(PDType0Font.load(document, in, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDType0Font font() {
        return font;
    }

    /**
     * The text with what the font cannot draw replaced: tabs by spaces, no-break spaces by
     * spaces, control and format characters dropped, missing glyphs as "?".
     */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r", "").replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp == '\n' || cp == ' ') {
                out.appendCodePoint(cp);
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (cp == 0x00A0) {
                out.append(' ');
            } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
