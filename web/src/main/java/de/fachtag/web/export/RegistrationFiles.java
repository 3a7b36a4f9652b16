package de.fachtag.web.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import de.fachtag.event.EventView;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationRow;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.tenant.TenantSite;

/**
 * Writes an event's registrations as files: the table (CSV, XLSX), the attendance list per
 * workshop with a signature column, the photo list and the name badges. Pure: rows in, bytes
 * out; the servlet decides who may have which rows.
 */
public final class RegistrationFiles {

    /** The table's columns, in the order of the organizer's page. */
    static final List<String> COLUMNS = List.of("position", "name", "email", "organisation", "sector", "mode", "workshop",
            "status", "waitlist", "photo", "checkedIn", "accessibilityNeeds", "dietaryNote", "language", "registeredAt");

    private final RegistrationTexts texts;
    private final EventView event;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public RegistrationFiles(RegistrationTexts texts, EventView event) {
        this.texts = texts;
        this.event = event;
        this.zone = ZoneId.of(event.timeZone() == null ? "Europe/Berlin" : event.timeZone());
    }

    // ---------------------------------------------------------------- the table

    List<String> headings() {
        return COLUMNS.stream().map(c -> texts.get("col." + c)).toList();
    }

    /** One row of the table as text cells (not yet defused). */
    List<String> cells(RegistrationRow r) {
        return List.of(Long.toString(r.position()), nz(r.name()), nz(r.email()), nz(r.organisation()), texts.sector(r.sector()),
                texts.mode(r.mode()), r.workshop() == null ? "" : r.workshop(), texts.status(r.status()),
                r.waitlistPosition() == null ? "" : r.waitlistPosition().toString(),
                texts.get(r.refusesRecordings() ? "photo.refused.short" : "photo.granted.short"),
                time(r.checkedInAt()), nz(r.accessibilityNeeds()), nz(r.dietaryNote()), nz(r.language()),
                time(r.registeredAt()));
    }

    /**
     * CSV for Excel: UTF-8 with a byte order mark (else Excel reads ANSI and breaks the
     * umlauts), semicolons (the list separator of German Excel), CRLF, quotes as needed.
     */
    public byte[] csv(List<RegistrationRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(w, csvFormat())) {
                csv.printRecord(headings());
                for (RegistrationRow r : rows) {
                    csv.printRecord(cells(r).stream().map(SpreadsheetCells::safe).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static CSVFormat csvFormat() {
        return CSVFormat.EXCEL.builder().setDelimiter(';').get();
    }

    public byte[] xlsx(List<RegistrationRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Fachtag", "1.0");
            Worksheet ws = wb.newWorksheet(texts.get("xlsx.sheet"));
            List<String> head = headings();
            for (int c = 0; c < head.size(); c++) {
                ws.value(0, c, head.get(c));
                ws.style(0, c).bold().set();
            }
            for (int i = 0; i < rows.size(); i++) {
                RegistrationRow r = rows.get(i);
                List<String> cells = cells(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (c == 0) {
                        ws.value(i + 1, c, r.position());
                    } else if (c == 8 && r.waitlistPosition() != null) {
                        ws.value(i + 1, c, r.waitlistPosition());
                    } else {
                        ws.value(i + 1, c, SpreadsheetCells.safe(cells.get(c)));
                    }
                }
            }
            ws.freezePane(0, 1);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- printed lists

    /**
     * Teilnehmerliste / Unterschriftenliste: one list per workshop (each on its own pages), the
     * confirmed on-site people in arrival order, a wide empty signature column, and the event's
     * funding notice at the foot of every page (the funders ask for it on signed lists).
     */
    public byte[] attendance(List<RegistrationRow> rows, String onlyWorkshop) {
        Map<String, List<RegistrationRow>> byWorkshop = new LinkedHashMap<>();
        for (EventView.WorkshopView w : event.workshops()) {
            if (onlyWorkshop == null || onlyWorkshop.isBlank() || w.code().equalsIgnoreCase(onlyWorkshop.strip())) {
                byWorkshop.put(w.code(), new ArrayList<>());
            }
        }
        List<RegistrationRow> without = new ArrayList<>();
        for (RegistrationRow r : seated(rows)) {
            if (r.workshop() != null && byWorkshop.containsKey(r.workshop())) {
                byWorkshop.get(r.workshop()).add(r);
            } else if (r.workshop() == null && (onlyWorkshop == null || onlyWorkshop.isBlank())) {
                without.add(r);
            }
        }
        try (PdfSheet pdf = new PdfSheet(PDRectangle.A4, 40)) {
            pdf.footer(fundingLines());
            List<PdfSheet.Column> cols = List.of(new PdfSheet.Column(texts.get("attendance.nr"), 30),
                    new PdfSheet.Column(texts.get("col.name"), 165), new PdfSheet.Column(texts.get("col.organisation"), 150),
                    new PdfSheet.Column(texts.get("attendance.signature"), pdf.width() - 345));
            boolean any = false;
            for (Map.Entry<String, List<RegistrationRow>> e : byWorkshop.entrySet()) {
                EventView.WorkshopView w = event.workshops().stream().filter(x -> x.code().equals(e.getKey())).findFirst().orElseThrow();
                attendanceSection(pdf, cols, texts.get("attendance.workshop", w.code(), nz(texts.text(w.title()))), w.room(), e.getValue());
                any = true;
            }
            if (!without.isEmpty() || !any) {
                attendanceSection(pdf, cols, any ? texts.get("attendance.noWorkshop") : texts.get("attendance.all"), null, without);
            }
            return pdf.finish((page, of) -> texts.get("page", page, of));
        }
    }

    private void attendanceSection(PdfSheet pdf, List<PdfSheet.Column> cols, String heading, String room, List<RegistrationRow> rows) {
        pdf.newPage();
        header(pdf, texts.get("attendance.title"));
        pdf.paragraph(heading + (room == null || room.isBlank() ? "" : " · " + texts.get("attendance.room", room)), 12, true, PdfSheet.TEXT, 4);
        pdf.paragraph(texts.get("attendance.count", rows.size()), 9, false, PdfSheet.MUTED, 2);
        pdf.moveTo(pdf.y() - 6);
        pdf.tableHead(cols, 9);
        int n = 0;
        for (RegistrationRow r : rows) {
            if (pdf.room() < 30) {
                pdf.newPage();
                header(pdf, texts.get("attendance.title"));
                pdf.paragraph(heading, 11, true, PdfSheet.TEXT, 2);
                pdf.moveTo(pdf.y() - 6);
                pdf.tableHead(cols, 9);
            }
            pdf.tableRow(cols, List.of(Integer.toString(++n), nz(r.name()), nz(r.organisation()), ""), 10, 30);
        }
    }

    /** The photo list: who may be photographed, and in capitals who refused (or never agreed). */
    public byte[] photoList(List<RegistrationRow> rows) {
        try (PdfSheet pdf = new PdfSheet(PDRectangle.A4, 40)) {
            pdf.footer(fundingLines());
            pdf.newPage();
            header(pdf, texts.get("photos.title"));
            pdf.paragraph(texts.get("photos.intro"), 9.5f, false, PdfSheet.MUTED, 4);
            List<RegistrationRow> seated = seated(rows);
            long refusing = seated.stream().filter(RegistrationRow::refusesRecordings).count();
            pdf.paragraph(texts.get("photos.count", refusing, seated.size()), 10, true, PdfSheet.TEXT, 4);
            pdf.moveTo(pdf.y() - 6);
            List<PdfSheet.Column> cols = List.of(new PdfSheet.Column(texts.get("attendance.nr"), 30),
                    new PdfSheet.Column(texts.get("col.name"), 160), new PdfSheet.Column(texts.get("col.organisation"), 150),
                    new PdfSheet.Column(texts.get("col.workshop"), 55), new PdfSheet.Column(texts.get("col.photo"), pdf.width() - 395));
            pdf.tableHead(cols, 9);
            int n = 0;
            for (RegistrationRow r : seated) {
                if (pdf.room() < 22) {
                    pdf.newPage();
                    pdf.tableHead(cols, 9);
                }
                pdf.tableRow(cols, List.of(Integer.toString(++n), nz(r.name()), nz(r.organisation()),
                        r.workshop() == null ? "" : r.workshop(),
                        texts.get(r.refusesRecordings() ? "photos.refused" : "photos.granted")), 10, 20);
            }
            return pdf.finish((page, of) -> texts.get("page", page, of));
        }
    }

    /**
     * Name badges, one A6 page each (print four to an A4 sheet): event, name, organisation,
     * workshop, and the QR code of the check-in code with the code in letters below it.
     */
    public byte[] badges(List<RegistrationRow> rows) {
        try (PdfSheet pdf = new PdfSheet(PDRectangle.A6, 22)) {
            for (RegistrationRow r : seated(rows)) {
                pdf.newPage();
                pdf.paragraph(nz(texts.text(event.title())), 10, true, PdfSheet.MUTED, 0);
                if (event.date() != null) {
                    pdf.paragraph(event.date().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", texts.locale())), 9, false,
                            PdfSheet.MUTED, 0);
                }
                pdf.moveTo(pdf.y() - 18);
                float nameSize = pdf.width(nz(r.name()), 22) > pdf.width() ? 16 : 22;
                for (String line : pdf.wrap(nz(r.name()), nameSize, pdf.width()).stream().limit(2).toList()) {
                    pdf.centred(line, nameSize, true, PdfSheet.TEXT);
                }
                if (r.organisation() != null) {
                    pdf.moveTo(pdf.y() - 4);
                    for (String line : pdf.wrap(r.organisation(), 11, pdf.width()).stream().limit(2).toList()) {
                        pdf.centred(line, 11, false, PdfSheet.TEXT);
                    }
                }
                if (r.workshop() != null) {
                    pdf.moveTo(pdf.y() - 10);
                    String title = event.workshops().stream().filter(w -> w.code().equals(r.workshop())).findFirst()
                            .map(w -> nz(texts.text(w.title()))).orElse("");
                    pdf.centred(texts.get("badge.workshop", r.workshop(), title), 11, true, PdfSheet.TEXT);
                }
                if (r.checkinCode() != null) {
                    float qr = 112;
                    float x = pdf.left() + (pdf.width() - qr) / 2;
                    pdf.image(qr(pdf, r.checkinCode()), x, 44, qr, qr);
                    String code = r.checkinCode();
                    pdf.text(pdf.left() + (pdf.width() - pdf.width(code, 10)) / 2, 32, code, 10, false, PdfSheet.MUTED);
                }
            }
            if (seated(rows).isEmpty()) {
                pdf.newPage();
                pdf.paragraph(texts.get("badges.none"), 11, false, PdfSheet.TEXT, 0);
            }
            return pdf.finish((page, of) -> "");
        }
    }

    private PDImageXObject qr(PdfSheet pdf, String code) {
        try {
            BitMatrix m = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            int scale = 8;
            BufferedImage img = new BufferedImage(m.getWidth() * scale, m.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    img.setRGB(x, y, m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return LosslessFactory.createFromImage(pdf.document(), img);
        } catch (WriterException e) {
            throw new IllegalStateException("a 10-character code always fits a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- parts

    /** Who is at the venue: confirmed, on site. */
    private static List<RegistrationRow> seated(List<RegistrationRow> rows) {
        return rows.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.mode() == ParticipationMode.ON_SITE)
                .toList();
    }

    private void header(PdfSheet pdf, String what) {
        pdf.paragraph(what, 9, true, PdfSheet.MUTED, 0);
        pdf.paragraph(nz(texts.text(event.title())), 15, true, PdfSheet.TEXT, 2);
        List<String> facts = new ArrayList<>();
        if (event.date() != null) {
            facts.add(event.date().format(DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", texts.locale())));
        }
        if (event.venue() != null) {
            facts.add(java.util.stream.Stream.of(event.venue().name(), event.venue().city()).filter(Objects::nonNull)
                    .reduce((a, b) -> a + ", " + b).orElse(""));
        }
        if (!facts.isEmpty()) {
            pdf.paragraph(String.join(" · ", facts), 10, false, PdfSheet.MUTED, 2);
        }
    }

    private List<String> fundingLines() {
        List<String> lines = new ArrayList<>();
        for (TenantSite.FundingNotice n : event.fundingNotices()) {
            String notice = texts.text(n.notice());
            if (notice != null && !notice.isBlank()) {
                lines.add(notice);
            }
        }
        return lines;
    }

    private String time(Instant at) {
        return at == null ? "" : dateTime.format(at.atZone(zone));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
