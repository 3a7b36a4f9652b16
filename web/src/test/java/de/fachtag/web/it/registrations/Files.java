package de.fachtag.web.it.registrations;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Fetches the organizer's files with a session cookie and opens each with its own library. */
public final class Files {

    private Files() {}

    public record Download(int status, String contentType, byte[] body) {}

    public static Download get(String url, String sessionCookie) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url)).GET();
            if (sessionCookie != null) {
                request.header("Cookie", "FACHTAG_SESSION=" + sessionCookie);
            }
            HttpResponse<byte[]> r = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSV's records (header first), after checking and dropping the byte order mark. */
    public static List<CSVRecord> csv(byte[] body) {
        if (body.length < 3 || (body[0] & 0xff) != 0xEF || (body[1] & 0xff) != 0xBB || (body[2] & 0xff) != 0xBF) {
            throw new AssertionError("the CSV starts without the UTF-8 byte order mark Excel needs");
        }
        try (var reader =
                new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8)) {
            return CSVFormat.EXCEL
                    .builder()
                    .setDelimiter(';')
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's cells as text, row by row. */
    public static List<List<String>> xlsx(byte[] body) {
        return xlsxSheets(body).values().iterator().next();
    }

    /** Every sheet's cells as text, row by row, by sheet name in the workbook's order. */
    public static Map<String, List<List<String>>> xlsxSheets(byte[] body) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
            for (var sheet : wb.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                try (var stream = sheet.openStream()) {
                    stream.forEach((Row row) -> {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            var cell = row.getCell(i);
                            cells.add(cell == null || cell.getText() == null ? "" : cell.getText());
                        }
                        rows.add(cells);
                    });
                }
                sheets.put(sheet.getName(), rows);
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text, whitespace (line breaks of wrapped paragraphs) folded to single spaces. */
    public static String pdfText(byte[] body) {
        try (PDDocument doc = Loader.loadPDF(body)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] body) {
        try (PDDocument doc = Loader.loadPDF(body)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders a page as a scanner would see it and reads its QR code with ZXing: the whole page at
     * 200 dpi, and if that finds nothing, at 300 dpi (a scanner held closer).
     */
    public static String qrOnPage(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            com.google.zxing.ReaderException last = null;
            for (int dpi : new int[] {200, 300}) {
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, dpi);
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                BinaryBitmap bitmap = new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
                try {
                    return new QRCodeReader()
                            .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                            .getText();
                } catch (com.google.zxing.ReaderException e) {
                    last = e;
                }
            }
            throw new AssertionError("no readable QR code on page " + (page + 1), last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
