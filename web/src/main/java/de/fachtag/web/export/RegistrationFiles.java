package de.fachtag.web.export;

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
import de.fachtag.tenant.Logo;
import de.fachtag.tenant.TenantSite;
import de.fachtag.web.print.TaggedPdf;
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
import java.util.Optional;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.w3c.dom.Element;

/**
 * Writes an event's registrations as files: the table (CSV, XLSX), the attendance list per
 * workshop with a signature column, the photo list and the name badges. Pure: rows in, bytes
 * out; the servlet decides who may have which rows.
 */
public final class RegistrationFiles {

    /** The table's columns, in the order of the organizer's page. */
    static final List<String> COLUMNS = List.of(
            "position",
            "name",
            "email",
            "organisation",
            "sector",
            "mode",
            "workshop",
            "status",
            "waitlist",
            "photo",
            "checkedIn",
            "accessibilityNeeds",
            "dietaryNote",
            "language",
            "registeredAt");

    private final RegistrationTexts texts;
    private final EventView event;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Function<String, Optional<Logo>> funderLogo;

    /** Files without funders' logos (their names stand in). */
    public RegistrationFiles(RegistrationTexts texts, EventView event) {
        this(texts, event, key -> Optional.empty());
    }

    /** @param funderLogo a funder's logo by key, if it has one */
    public RegistrationFiles(RegistrationTexts texts, EventView event, Function<String, Optional<Logo>> funderLogo) {
        this.texts = texts;
        this.event = event;
        this.funderLogo = funderLogo;
        this.zone = ZoneId.of(event.timeZone() == null ? "Europe/Berlin" : event.timeZone());
    }

    // ---------------------------------------------------------------- the table

    List<String> headings() {
        return COLUMNS.stream().map(c -> texts.get("col." + c)).toList();
    }

    /** One row of the table as text cells (not yet defused). */
    List<String> cells(RegistrationRow r) {
        return List.of(
                Long.toString(r.position()),
                nz(r.name()),
                nz(r.email()),
                nz(r.organisation()),
                texts.sector(r.sector()),
                texts.mode(r.mode()),
                r.workshop() == null ? "" : r.workshop(),
                texts.status(r.status()),
                r.waitlistPosition() == null ? "" : r.waitlistPosition().toString(),
                texts.get(r.refusesRecordings() ? "photo.refused.short" : "photo.granted.short"),
                time(r.checkedInAt()),
                nz(r.accessibilityNeeds()),
                nz(r.dietaryNote()),
                nz(r.language()),
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
                    csv.printRecord(
                            cells(r).stream().map(SpreadsheetCells::safe).toList());
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
     * Teilnehmerliste / Unterschriftenliste: one list per workshop with people in it (each on
     * its own pages; a workshop nobody is in prints no page), the confirmed on-site people in
     * arrival order, a wide empty signature column, and every funder's notice with its label,
     * logo or name at the foot of every page (the funders ask for it on signed lists).
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
        TaggedPdf pdf = list(texts.get("attendance.title"), true);
        int sections = 0;
        for (Map.Entry<String, List<RegistrationRow>> e : byWorkshop.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            EventView.WorkshopView w = event.workshops().stream()
                    .filter(x -> x.code().equals(e.getKey()))
                    .findFirst()
                    .orElseThrow();
            attendanceSection(
                    pdf,
                    sections++ > 0,
                    texts.get("attendance.workshop", w.code(), nz(texts.text(w.title()))),
                    w.room(),
                    e.getValue());
        }
        if (!without.isEmpty()) {
            attendanceSection(
                    pdf,
                    sections++ > 0,
                    event.workshops().isEmpty() ? texts.get("attendance.all") : texts.get("attendance.noWorkshop"),
                    null,
                    without);
        }
        if (sections == 0) {
            pdf.add(pdf.body(), "p", texts.get("attendance.none"), "none");
        }
        fundersOnce(pdf);
        return pdf.render();
    }

    private void attendanceSection(
            TaggedPdf pdf, boolean newPage, String heading, String room, List<RegistrationRow> rows) {
        Element section = pdf.add(pdf.body(), "div");
        section.setAttribute("class", newPage ? "section new-page" : "section");
        pdf.add(
                section,
                "h2",
                heading + (room == null || room.isBlank() ? "" : " · " + texts.get("attendance.room", room)));
        pdf.add(section, "p", texts.get("attendance.count", rows.size()), "muted");
        Element table = pdf.add(section, "table");
        table.setAttribute("class", "people signatures");
        Element tr = pdf.add(pdf.add(table, "thead"), "tr");
        for (String[] col : new String[][] {
            {"attendance.nr", "nr"},
            {"col.name", "name"},
            {"col.organisation", "org"},
            {"attendance.signature", "signature"}
        }) {
            Element th = pdf.add(tr, "th", texts.get(col[0]), col[1]);
            th.setAttribute("scope", "col");
        }
        Element tbody = pdf.add(table, "tbody");
        int n = 0;
        for (RegistrationRow r : rows) {
            Element row = pdf.add(tbody, "tr");
            pdf.add(row, "td", Integer.toString(++n));
            pdf.add(row, "td", nz(r.name()));
            pdf.add(row, "td", nz(r.organisation()));
            pdf.add(row, "td", "");
        }
    }

    /** The photo list: who may be photographed, and in capitals who refused (or never agreed). */
    public byte[] photoList(List<RegistrationRow> rows) {
        TaggedPdf pdf = list(texts.get("photos.title"), false);
        pdf.add(pdf.body(), "p", texts.get("photos.intro"), "muted");
        List<RegistrationRow> seated = seated(rows);
        long refusing =
                seated.stream().filter(RegistrationRow::refusesRecordings).count();
        pdf.add(pdf.body(), "p", texts.get("photos.count", refusing, seated.size()), "strong");
        Element table = pdf.add(pdf.body(), "table");
        table.setAttribute("class", "people photos");
        Element tr = pdf.add(pdf.add(table, "thead"), "tr");
        for (String[] col : new String[][] {
            {"attendance.nr", "nr"},
            {"col.name", "name"},
            {"col.organisation", "org"},
            {"col.workshop", "workshop"},
            {"col.photo", "photo"}
        }) {
            pdf.add(tr, "th", texts.get(col[0]), col[1]).setAttribute("scope", "col");
        }
        Element tbody = pdf.add(table, "tbody");
        int n = 0;
        for (RegistrationRow r : seated) {
            Element row = pdf.add(tbody, "tr");
            pdf.add(row, "td", Integer.toString(++n));
            pdf.add(row, "td", nz(r.name()));
            pdf.add(row, "td", nz(r.organisation()));
            pdf.add(row, "td", r.workshop() == null ? "" : r.workshop());
            if (r.refusesRecordings()) {
                pdf.add(row, "td", texts.get("photos.refused"), "refused");
            } else {
                pdf.add(row, "td", texts.get("photos.granted"));
            }
        }
        fundersOnce(pdf);
        return pdf.render();
    }

    /**
     * Name badges, one A6 page each (print four to an A4 sheet): event, name, organisation,
     * workshop, "KEINE FOTOS" for whoever refused photos, and the QR code of the check-in code
     * with the code in letters below it; the notice of each funder that asks for it on badges
     * ({@code noticeOnBadges} in the tenant file) at the foot.
     */
    public byte[] badges(List<RegistrationRow> rows) {
        TaggedPdf pdf = new TaggedPdf(
                language(),
                texts.get("badges.title", nz(texts.text(event.title()))),
                null,
                texts.get("badges.title", nz(texts.text(event.title()))));
        List<TaggedPdf.Funder> funders = funders(true);
        pdf.style(badgeCss(funders.size()));
        if (!funders.isEmpty()) {
            Element running = pdf.add(pdf.body(), "div");
            running.setAttribute("id", "funding");
            pdf.funders(running, funders, this::logoAlt, false);
        }
        String date = event.date() == null
                ? null
                : event.date().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", texts.locale()));
        List<RegistrationRow> seated = seated(rows);
        for (int i = 0; i < seated.size(); i++) {
            RegistrationRow r = seated.get(i);
            Element badge = pdf.add(pdf.body(), "div");
            badge.setAttribute("class", i == 0 ? "badge" : "badge new-page");
            pdf.add(badge, "p", nz(texts.text(event.title())), "event");
            if (date != null) {
                pdf.add(badge, "p", date, "date");
            }
            pdf.add(badge, "h1", nz(r.name()), nz(r.name()).length() > 24 ? "name long" : "name");
            if (r.organisation() != null && !r.organisation().isBlank()) {
                pdf.add(badge, "p", r.organisation(), "org");
            }
            if (r.workshop() != null) {
                String title = event.workshops().stream()
                        .filter(w -> w.code().equals(r.workshop()))
                        .findFirst()
                        .map(w -> nz(texts.text(w.title())))
                        .orElse("");
                pdf.add(badge, "p", texts.get("badge.workshop", r.workshop(), title), "workshop");
            }
            if (r.refusesRecordings()) {
                pdf.add(badge, "p", texts.get("photos.refused"), "no-photos");
            }
            if (r.checkinCode() != null) {
                Element holder = pdf.add(badge, "div");
                holder.setAttribute("class", "qr");
                pdf.image(
                        holder,
                        qr(r.checkinCode()),
                        "image/png",
                        texts.get("badge.qr.alt", r.checkinCode()),
                        "qr-image");
                pdf.add(holder, "p", r.checkinCode(), "code");
            }
        }
        if (seated.isEmpty()) {
            pdf.add(pdf.body(), "p", texts.get("badges.none"));
        }
        if (!funders.isEmpty()) {
            Element once = pdf.add(pdf.body(), "div");
            once.setAttribute("class", "funders-once new-page");
            pdf.funders(once, funders, this::logoAlt, true);
        }
        return pdf.render();
    }

    private byte[] qr(String code) {
        try {
            BitMatrix m = new QRCodeWriter()
                    .encode(
                            code,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            // the quiet zone ISO/IEC 18004 asks for: 4 modules; with 2, the badge's
                            // text beside the code kept a scanner from finding it now and then
                            Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            int scale = 8;
            BufferedImage img =
                    new BufferedImage(m.getWidth() * scale, m.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    img.setRGB(x, y, m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(img, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("a 10-character code always fits a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- parts

    /**
     * An A4 list: title and event in the page's top margin and in the flow, page numbers, and the
     * funders' notices with label and logo (or name) at the foot of every page.
     */
    private TaggedPdf list(String what, boolean signatures) {
        String title = what + ": " + nz(texts.text(event.title()));
        TaggedPdf pdf = new TaggedPdf(language(), title, null, what);
        List<TaggedPdf.Funder> funders = funders(false);
        pdf.style(listCss(what, funders));
        if (!funders.isEmpty()) {
            Element running = pdf.add(pdf.body(), "div");
            running.setAttribute("id", "funding");
            pdf.funders(running, funders, this::logoAlt, true);
        }
        pdf.add(pdf.body(), "p", what, "what");
        pdf.add(pdf.body(), "h1", nz(texts.text(event.title())));
        List<String> facts = new ArrayList<>();
        if (event.date() != null) {
            facts.add(event.date().format(DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", texts.locale())));
        }
        if (event.venue() != null) {
            facts.add(java.util.stream.Stream.of(
                            event.venue().name(), event.venue().city())
                    .filter(Objects::nonNull)
                    .reduce((a, b) -> a + ", " + b)
                    .orElse(""));
        }
        if (!facts.isEmpty()) {
            pdf.add(pdf.body(), "p", String.join(" · ", facts), "muted");
        }
        return pdf;
    }

    /** The notices once more as tagged content at the end (the page feet are artifacts a screen reader skips). */
    private void fundersOnce(TaggedPdf pdf) {
        List<TaggedPdf.Funder> funders = funders(false);
        if (!funders.isEmpty()) {
            Element once = pdf.add(pdf.body(), "div");
            once.setAttribute("class", "funders-once");
            pdf.funders(once, funders, this::logoAlt, true);
        }
    }

    /** The event's funders with their logos; for badges only those that ask for the notice there. */
    List<TaggedPdf.Funder> funders(boolean badges) {
        List<TaggedPdf.Funder> funders = new ArrayList<>();
        for (TenantSite.FundingNotice n : event.fundingNotices()) {
            if (badges && !n.noticeOnBadges()) {
                continue;
            }
            Optional<Logo> logo = n.hasLogo() ? funderLogo.apply(n.key()) : Optional.empty();
            funders.add(new TaggedPdf.Funder(
                    texts.text(n.label()),
                    n.funder(),
                    texts.text(n.notice()),
                    logo.map(Logo::bytes).orElse(null),
                    logo.map(Logo::contentType).orElse(null)));
        }
        return funders;
    }

    private String logoAlt(String funder) {
        return texts.get("logo.alt", funder);
    }

    private String language() {
        return texts.locale().getLanguage().equals("en") ? "en" : "de-DE";
    }

    /** Bottom margin that holds the funders' block: a line per 95 characters of notice, the logo's height. */
    private static float footerHeight(List<TaggedPdf.Funder> funders, float logoMm, float charsPerLine, float lineMm) {
        float mm = 0;
        for (TaggedPdf.Funder f : funders) {
            int lines = f.notice() == null ? 0 : (int) Math.ceil(f.notice().length() / charsPerLine);
            mm += Math.max(logoMm, lines * lineMm) + 4 + 3;
        }
        return mm;
    }

    private String listCss(String what, List<TaggedPdf.Funder> funders) {
        float foot = 14 + footerHeight(funders, 12, 95, 3.6f);
        String page = TaggedPdf.pageCounter(texts.get("page", "{0}", "{1}"));
        String top = TaggedPdf.cssString(what + " · " + nz(texts.text(event.title())));
        return "@page { size: A4; margin: 18mm 14mm " + foot + "mm 14mm;"
                + " @top-left { content: " + top + "; font-family: '" + TaggedPdf.FAMILY
                + "'; font-size: 8pt; color: #4a4f55;"
                + " vertical-align: bottom; padding-bottom: 3mm; }"
                + " @top-right { content: " + page + "; font-family: '" + TaggedPdf.FAMILY
                + "'; font-size: 8pt; color: #4a4f55;"
                + " vertical-align: bottom; padding-bottom: 3mm; }"
                + " @bottom-left { content: element(funding); vertical-align: top; width: 100%; } }\n"
                + "#funding { position: running(funding); border-top: 0.75pt solid #767676; padding-top: 2mm; }\n"
                + "body { font-family: '" + TaggedPdf.FAMILY
                + "'; font-size: 10pt; color: #1b1b1b; line-height: 1.3; }\n"
                + "h1 { font-size: 15pt; margin: 0 0 1mm 0; } h2 { font-size: 12pt; margin: 2mm 0 1mm 0; }\n"
                + "p { margin: 0 0 1.5mm 0; } .what { font-size: 9pt; color: #4a4f55; margin: 0; } .muted { color: #4a4f55; }\n"
                + ".strong { font-size: 10.5pt; } .none { margin-top: 6mm; }\n"
                + ".new-page { page-break-before: always; }\n"
                + "table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; -fs-table-paginate: paginate; }\n"
                + "th, td { border: 0.5pt solid #9a9fa5; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }\n"
                + "thead th { background: #eef0f2; } tr { page-break-inside: avoid; }\n"
                + "th.nr { width: 8mm; } th.name { width: 30%; } th.org { width: 27%; } th.workshop { width: 14mm; }\n"
                + "table.signatures td { height: 8mm; }\n"
                + "td.refused { font-size: 11pt; color: #8a1c1c; border: 1.2pt solid #8a1c1c; }\n"
                + funderCss(12, 8)
                + ".funders-once { margin-top: 8mm; border-top: 0.75pt solid #767676; padding-top: 2mm; page-break-inside: avoid; }\n";
    }

    private String badgeCss(int funders) {
        float foot = 8 + (funders == 0 ? 0 : funders * 16);
        return "@page { size: 105mm 148mm; margin: 8mm 8mm " + foot + "mm 8mm;"
                + (funders == 0 ? "" : " @bottom-left { content: element(funding); vertical-align: top; width: 100%; }")
                + " }\n"
                + "#funding { position: running(funding); border-top: 0.5pt solid #767676; padding-top: 1mm; }\n"
                + "body { font-family: '" + TaggedPdf.FAMILY + "'; font-size: 10pt; color: #1b1b1b; line-height: 1.25;"
                + " text-align: center; }\n"
                + "p { margin: 0; } .new-page { page-break-before: always; }\n"
                + ".event { font-size: 9.5pt; color: #4a4f55; } .date { font-size: 8.5pt; color: #4a4f55; }\n"
                + "h1.name { font-size: 21pt; margin: 7mm 0 1mm 0; line-height: 1.15; } h1.long { font-size: 16pt; }\n"
                + ".org { font-size: 11pt; } .workshop { font-size: 10.5pt; margin-top: 3mm; }\n"
                + ".no-photos { display: inline-block; margin-top: 3mm; padding: 1mm 3mm; font-size: 13pt; color: #ffffff;"
                + " background: #8a1c1c; }\n"
                + ".qr { margin-top: 3mm; } .qr-image { width: 30mm; height: 30mm; } .code { font-size: 9pt; color: #4a4f55; }\n"
                + funderCss(7, 6.5f)
                + ".funders-once { text-align: left; }\n";
    }

    /** The funders' block: label over logo (or name) at the left, the notice beside it. */
    private static String funderCss(float logoMm, float size) {
        return ".funder { text-align: left; font-size: " + size
                + "pt; color: #1b1b1b; margin: 0 0 1.5mm 0; clear: both; }\n"
                + ".funder-label { margin: 0; color: #4a4f55; } .funder-mark { margin: 0.5mm 0; }\n"
                + ".funder-logo { height: " + logoMm + "mm; width: auto; } .funder-name { margin: 0; }\n"
                + ".funder-notice { margin: 0.5mm 0 0 0; }\n";
    }

    /** Who is at the venue: confirmed, on site. */
    private static List<RegistrationRow> seated(List<RegistrationRow> rows) {
        return rows.stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.mode() == ParticipationMode.ON_SITE)
                .toList();
    }

    private String time(Instant at) {
        return at == null ? "" : dateTime.format(at.atZone(zone));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
