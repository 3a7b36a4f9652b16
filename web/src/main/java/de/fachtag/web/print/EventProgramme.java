package de.fachtag.web.print;

import de.fachtag.event.AgendaItemKind;
import de.fachtag.event.ContributionRole;
import de.fachtag.event.EventState;
import de.fachtag.event.EventView;
import de.fachtag.event.EventView.AgendaItemView;
import de.fachtag.event.EventView.ContributionView;
import de.fachtag.event.EventView.WorkshopView;
import de.fachtag.tenant.Logo;
import de.fachtag.tenant.TenantSite;
import de.fachtag.web.publicsite.EventTexts;
import java.awt.Color;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.w3c.dom.Element;

/**
 * The printable programme (A4 PDF) of an event, in the order of the seed flyer: the tenant's
 * colour band and logo, edition, title, motto, Zeit/Ort, Ziel, Ablauf with times and people,
 * the day's moderation, the change reservation, the workshops, registration and notes, and the
 * funding notice block ("Diese Maßnahme wird mitfinanziert …" with "Gefördert durch" and the
 * funder's logo or name) at the foot of every page and once more after the content.
 *
 * <p>A PDF/UA-1 document ({@link TaggedPdf}): the title is the document's title, the times and
 * facts are tables with row headers, the guiding questions and the workshop block's workshops
 * are lists, logos (PNG, JPEG or SVG) carry "Logo: …" as alternative text; a logo that cannot be
 * read gives way to the name. Values a demo file invented are marked "beispielhaft ergänzt".
 */
public final class EventProgramme {

    private final EventTexts texts;

    public EventProgramme(EventTexts texts) {
        this.texts = texts;
    }

    /**
     * @param funderLogo a funder's logo by key, if it has one
     * @param page       the event page's address, printed in the footer
     */
    public byte[] render(
            EventView e,
            TenantSite site,
            Optional<Logo> tenantLogo,
            Function<String, Optional<Logo>> funderLogo,
            URI page,
            Instant now) {
        Color primary = colour(site.primaryColour(), new Color(0x1f, 0x4e, 0x79));
        Color accent = colour(site.accentColour(), new Color(0xb3, 0x5c, 0x00));
        String title = texts.text(e.title());
        TaggedPdf pdf = new TaggedPdf(texts.english() ? "en" : "de-DE", title, site.name(), texts.get("event.agenda"));
        List<TaggedPdf.Funder> funders = funders(e, funderLogo);
        pdf.style(css(primary, accent, funders));
        Element body = pdf.body();

        // --- the foot of every page: the funders, the organizer and the address, the page number
        Element foot = pdf.add(body, "div");
        foot.setAttribute("id", "page-foot");
        if (!funders.isEmpty()) {
            pdf.funders(foot, funders, this::logoAlt, true);
        }
        Element line = pdf.add(foot, "p", null, "foot-line");
        pdf.add(line, "span", site.name() + " · " + page, "foot-site");
        pdf.add(line, "span", null, "foot-page");

        // --- the tenant's band, logo or name
        pdf.add(body, "div", null, "band");
        Element brand = pdf.add(body, "div", null, "brand");
        Element logo = tenantLogo
                .map(l -> pdf.image(brand, l.bytes(), l.contentType(), logoAlt(site.name()), "tenant-logo"))
                .orElse(null);
        pdf.add(brand, "p", site.name(), logo == null ? "tenant-name" : "tenant-name small");

        // --- edition, title, motto
        String edition = texts.edition(e);
        if (edition != null) {
            pdf.add(body, "p", mark(edition.toUpperCase(texts.locale()), e, "edition"), "edition");
        }
        pdf.add(body, "h1", title);
        String motto = texts.text(e.motto());
        if (motto != null) {
            pdf.add(body, "p", mark(motto, e, "motto"), "motto");
        }
        if (!e.illustrative().isEmpty()) {
            pdf.add(body, "p", texts.get("event.illustrative.notice"), "illustrative");
        }

        // --- Zeit, Ort, Hinweis
        Element facts = pdf.add(pdf.add(body, "table", null, "facts"), "tbody");
        String time = join(", ", texts.longDate(e.date()), texts.hours(e.start(), e.end()));
        if (e.date() == null) {
            boolean over = e.state() == EventState.DONE || e.state() == EventState.ARCHIVED;
            time = join(
                    ", ", texts.get(over ? "events.dateUnknown" : "events.noDate"), texts.hours(e.start(), e.end()));
        }
        fact(pdf, facts, texts.get("event.time") + ":", mark(time, e, "date", "start", "end"), "strong");
        venue(e).ifPresent(v -> fact(pdf, facts, texts.get("event.place") + ":", v, "strong"));
        String catering = texts.text(e.cateringNote());
        if (catering != null) {
            fact(pdf, facts, texts.get("event.note") + ":", mark(catering, e, "cateringNote"), null);
        }
        EventTexts.RegistrationState registration = texts.registration(e, now);

        // --- Ziel
        String goal = texts.text(e.goal());
        if (goal != null) {
            pdf.add(body, "h2", texts.get("event.goal"));
            pdf.add(body, "p", mark(goal, e, "goal"));
        }

        // --- Ablauf
        if (!e.agenda().isEmpty() || !e.contributions().isEmpty()) {
            pdf.add(body, "h2", texts.get("event.agenda"), "keep-with-next");
            Element agenda = pdf.add(pdf.add(body, "table", null, "agenda"), "tbody");
            for (int i = 0; i < e.agenda().size(); i++) {
                agendaRow(pdf, agenda, e, e.agenda().get(i), i);
            }
            if (!e.contributions().isEmpty()) {
                // the day's own people, e.g. "Moderation: …", as the flyer's last line of the Ablauf
                Element tr = pdf.add(agenda, "tr");
                pdf.add(tr, "td");
                people(pdf, pdf.add(tr, "td"), e, e.contributions(), "");
            }
            String reservation = texts.text(e.changeReservation());
            if (reservation != null) {
                pdf.add(body, "p", "*" + mark(reservation, e, "changeReservation"), "small");
            }
        }

        // --- workshops
        if (!e.workshops().isEmpty()) {
            pdf.add(body, "h2", texts.get("event.workshops"), "keep-with-next");
            for (int i = 0; i < e.workshops().size(); i++) {
                workshop(pdf, body, e, e.workshops().get(i), i);
            }
        }

        // --- registration, livestream, recording
        pdf.add(body, "h2", texts.get("event.registration"), "keep-with-next");
        pdf.add(body, "p", mark(registration.text(), e, "registration.opens", "registration.closes"), "strong");
        EventTexts.RegistrationState livestream = texts.livestreamRegistration(e, now);
        if (livestream != null) {
            pdf.add(body, "p", mark(livestream.text(), e, "registration.livestreamCloses"), "strong");
        }
        if (registration.open()) {
            if (e.contactEmail() != null) {
                pdf.add(body, "p", texts.get("event.registration.email") + ": " + e.contactEmail());
            }
            if (e.contactPhone() != null) {
                pdf.add(body, "p", texts.get("event.registration.phone") + ": " + e.contactPhone());
            }
            if (e.seats() != null) {
                pdf.add(body, "p", mark(texts.get("event.registration.seats", e.seats()), e, "registration.seats"));
            }
            if (e.workshops().size() > 1) {
                pdf.add(
                        body,
                        "p",
                        texts.get(
                                "event.registration.chooseWorkshop",
                                e.workshops().size()),
                        "strong");
            }
        }
        String livestreamNote = texts.text(e.livestreamNote());
        if (livestreamNote != null) {
            pdf.add(body, "h3", texts.get("event.livestream"), "keep-with-next");
            pdf.add(body, "p", mark(livestreamNote, e, "livestreamNote"));
        }
        String recording = texts.text(e.recordingNotice());
        if (recording != null) {
            pdf.add(body, "h3", texts.get("event.recording"), "keep-with-next");
            pdf.add(body, "p", mark(recording, e, "recordingNotice"));
        }
        if (!e.organizingGroup().isEmpty()) {
            pdf.add(
                    body,
                    "p",
                    mark(
                            texts.get("event.organizingGroup") + ": " + String.join(", ", e.organizingGroup()),
                            e,
                            "organizingGroup"),
                    "after-gap");
        }
        if (!e.supporters().isEmpty()) {
            pdf.add(
                    body,
                    "p",
                    mark(texts.get("event.supporters") + ": " + String.join(", ", e.supporters()), e, "supporters"));
        }

        // --- the flyer's funding block, once as tagged content (the page feet are artifacts)
        if (!funders.isEmpty()) {
            Element block = pdf.add(body, "div", null, "funders-once");
            pdf.funders(block, funders, this::logoAlt, true);
        }
        return pdf.render();
    }

    private static void fact(TaggedPdf pdf, Element tbody, String label, String value, String cssClass) {
        Element tr = pdf.add(tbody, "tr");
        pdf.add(tr, "th", label).setAttribute("scope", "row");
        Element td = pdf.add(tr, "td");
        String[] lines = value.split("\n");
        for (String l : lines) {
            pdf.add(td, "p", l, cssClass == null ? "cell" : "cell " + cssClass);
        }
    }

    private void agendaRow(TaggedPdf pdf, Element tbody, EventView e, AgendaItemView item, int index) {
        String path = "agenda[" + index + "]";
        Element tr = pdf.add(tbody, "tr");
        pdf.add(tr, "th", mark(texts.times(item.start(), item.end()), e, path + ".start", path + ".end"))
                .setAttribute("scope", "row");
        Element td = pdf.add(tr, "td");
        String title = texts.text(item.title());
        if (texts.kindAddsToTitle(item.kind(), title)) {
            pdf.add(td, "p", texts.kind(item.kind()).toUpperCase(texts.locale()), "kind");
        }
        pdf.add(td, "p", mark(title, e, path + ".title", path + ".kind"), "item-title");
        String subtitle = texts.text(item.subtitle());
        if (subtitle != null) {
            pdf.add(td, "p", mark(subtitle, e, path + ".subtitle"), "item-subtitle");
        }
        String description = texts.text(item.description());
        if (description != null) {
            pdf.add(td, "p", mark(description, e, path + ".description"), "item-line");
        }
        people(pdf, td, e, item.contributions(), path);
        if (item.kind() == AgendaItemKind.WORKSHOP_BLOCK && !e.workshops().isEmpty()) {
            Element ul = pdf.add(td, "ul", null, "block-workshops");
            for (WorkshopView ws : e.workshops()) {
                pdf.add(ul, "li", texts.get("event.workshop", ws.code(), texts.text(ws.title())));
            }
        }
    }

    private void workshop(TaggedPdf pdf, Element body, EventView e, WorkshopView ws, int index) {
        String path = "workshops[" + index + "]";
        Element block = pdf.add(body, "div", null, "workshop");
        pdf.add(
                block,
                "h3",
                mark(
                        texts.get("event.workshop", ws.code(), texts.text(ws.title())),
                        e,
                        path + ".code",
                        path + ".title"));
        String subtitle = texts.text(ws.subtitle());
        if (subtitle != null) {
            pdf.add(block, "p", mark(subtitle, e, path + ".subtitle"), "item-subtitle");
        }
        List<String> questions =
                ws.questions(texts.locale()).stream().filter(q -> !q.isBlank()).toList();
        if (!questions.isEmpty()) {
            Element ul = pdf.add(block, "ul", null, "questions");
            for (String q : questions) {
                pdf.add(ul, "li", mark(q, e, path + ".questions"));
            }
        }
        String description = texts.text(ws.description());
        if (description != null) {
            pdf.add(block, "p", mark(description, e, path + ".description"), "item-line");
        }
        String audience = texts.text(ws.audience());
        if (audience != null) {
            pdf.add(
                    block,
                    "p",
                    mark(texts.get("event.workshop.audience") + ": " + audience, e, path + ".audience"),
                    "item-line");
        }
        if (ws.room() != null) {
            pdf.add(
                    block,
                    "p",
                    mark(texts.get("event.workshop.room") + ": " + ws.room(), e, path + ".room"),
                    "item-line");
        }
        people(pdf, block, e, ws.contributions(), path);
    }

    /** "Referierende: …; … (angefragt)" per role, each person marked when invented. */
    private void people(TaggedPdf pdf, Element parent, EventView e, List<ContributionView> contributions, String path) {
        for (Map.Entry<ContributionRole, List<Integer>> g :
                EventTexts.byRole(contributions).entrySet()) {
            List<String> names = new ArrayList<>();
            for (int i : g.getValue()) {
                String p = (path.isEmpty() ? "" : path + ".") + "contributions[" + i + "]";
                names.add(mark(texts.contribution(contributions.get(i)), e, p));
            }
            pdf.add(parent, "p", texts.role(g.getKey()) + " " + String.join("; ", names), "item-line");
        }
    }

    /** The event's funders as printed: label, logo (or name in capitals, as the flyer prints the ministry), notice. */
    private List<TaggedPdf.Funder> funders(EventView e, Function<String, Optional<Logo>> funderLogo) {
        List<TaggedPdf.Funder> funders = new ArrayList<>();
        for (TenantSite.FundingNotice n : e.fundingNotices()) {
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

    private String logoAlt(String name) {
        return texts.get("pdf.logo.alt", name);
    }

    /** Bottom margin: each funder beside its notice (a line per 100 characters), the address line, the rule. */
    private static float footHeight(List<TaggedPdf.Funder> funders) {
        float mm = 16;
        for (TaggedPdf.Funder f : funders) {
            int lines = f.notice() == null ? 0 : (int) Math.ceil(f.notice().length() / 100.0);
            float mark =
                    4 + (f.logo() != null ? 11 : 4 * (int) Math.ceil(f.name().length() / 38.0));
            mm += Math.max(mark, lines * 3.6f) + 3;
        }
        return mm;
    }

    private String css(Color primary, Color accent, List<TaggedPdf.Funder> funders) {
        String p = hex(primary);
        String family = "font-family: '" + TaggedPdf.FAMILY + "';";
        String pageLabel = TaggedPdf.pageCounter(texts.get("pdf.page", "{0}", "{1}"));
        return "@page { size: A4; margin: 14mm 20mm " + footHeight(funders) + "mm 20mm;"
                + " @top-left { content: ''; height: 5mm; width: 100%; }"
                + " @bottom-left { content: element(foot); vertical-align: top; width: 100%; } }\n"
                + "#page-foot { position: running(foot); " + family + " font-size: 7.5pt; color: #1b1b1b;"
                + " border-top: 0.75pt solid #4a4f55; padding-top: 2mm; }\n"
                + ".foot-line { margin: 1.5mm 0 0 0; color: #4a4f55; font-size: 7.5pt; }"
                + " .foot-page { float: right; } .foot-page::after { content: " + pageLabel + "; }\n"
                + "body { " + family + " font-size: 10pt; color: #1b1b1b; line-height: 1.32; }\n"
                + ".band { height: 3.5mm; background: " + p + "; border-bottom: 1.4mm solid " + hex(accent) + ";"
                + " margin: 0 0 4mm 0; }\n"
                + ".brand { margin: 0 0 5mm 0; } .tenant-logo { height: 18mm; width: auto; }"
                + " .tenant-name { font-size: 15pt; color: " + p
                + "; margin: 0; } .tenant-name.small { font-size: 9pt; color: #4a4f55; }\n"
                + ".edition { font-size: 12pt; color: " + hex(accentText(accent, primary))
                + "; margin: 0 0 1mm 0; letter-spacing: 0.3pt; }\n"
                + "h1 { font-size: 22pt; line-height: 1.2; margin: 0 0 1.5mm 0; color: #1b1b1b; }\n"
                + ".motto { font-size: 15pt; color: " + p + "; margin: 0 0 2mm 0; }\n"
                + ".illustrative { font-size: 8.5pt; color: #6b3d00; }\n"
                + "h2 { font-size: 14pt; color: " + p + "; margin: 6mm 0 2mm 0; }"
                + " h3 { font-size: 11pt; color: " + p + "; margin: 4mm 0 1mm 0; }\n"
                + ".keep-with-next { page-break-after: avoid; }\n"
                + "p { margin: 0 0 1.2mm 0; } .small { font-size: 8.5pt; color: #4a4f55; margin-top: 2mm; }"
                + " .after-gap { margin-top: 4mm; }\n"
                + "table { border-collapse: collapse; width: 100%; }\n"
                + "table.facts { border-top: 1.4pt solid " + hex(accent) + "; border-bottom: 1.4pt solid " + hex(accent)
                + ";"
                + " margin: 3mm 0 2mm 0; }\n"
                + "table.facts th { width: 22mm; color: " + p
                + "; text-align: left; vertical-align: top; padding: 1.2mm 0; }"
                + " table.facts td { padding: 1.2mm 0; } .cell { margin: 0; } .strong { font-size: 10.5pt; }\n"
                + "table.agenda th { width: 29mm; color: " + p + "; text-align: left; vertical-align: top;"
                + " padding: 1.6mm 3mm 1.6mm 0; font-size: 10pt; }\n"
                + "table.agenda td { vertical-align: top; padding: 1.6mm 0; } table.agenda tr { page-break-inside: avoid; }\n"
                + ".kind { font-size: 7.5pt; color: #4a4f55; margin: 0; letter-spacing: 0.3pt; }"
                + " .item-title { font-size: 10.5pt; margin: 0; } .item-subtitle { margin: 0.5mm 0 0 0; }"
                + " .item-line { font-size: 9.5pt; margin: 0.8mm 0 0 0; }\n"
                + "ul { margin: 1mm 0 0 0; padding-left: 5mm; } li { font-size: 9.5pt; margin: 0.5mm 0; }\n"
                + ".workshop { page-break-inside: avoid; margin: 0 0 3mm 0; }\n"
                + ".funder { margin: 0 0 1.8mm 0; } .funder-label { color: #4a4f55; margin: 0; }"
                + " .funder-mark { margin: 0.6mm 0; } .funder-logo { height: 11mm; width: auto; }"
                + " .funder-name { color: " + p + "; margin: 0; } .funder-notice { margin: 0.5mm 0 0 0; }\n"
                + "#page-foot .funder { overflow: hidden; } #page-foot .funder-id { float: left; width: 58mm; }"
                + " #page-foot .funder-notice { margin-left: 62mm; }\n"
                + ".funders-once { margin-top: 6mm; border-top: 0.75pt solid #4a4f55; padding-top: 2mm; font-size: 9pt;"
                + " page-break-inside: avoid; } .funders-once .funder-logo { height: 14mm; }\n";
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private Optional<String> venue(EventView e) {
        EventView.VenueView v = e.venue();
        if (v == null) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add(mark(v.name(), e, "venue.name"));
        parts.add(mark(v.street(), e, "venue.street"));
        String city = ((v.postcode() == null ? "" : v.postcode() + " ") + (v.city() == null ? "" : v.city())).strip();
        parts.add(mark(city.isEmpty() ? null : city, e, "venue.postcode", "venue.city"));
        parts.add(mark(v.room() == null ? null : texts.get("event.room", v.room()), e, "venue.room"));
        String joined = String.join(
                "\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    /** The text, followed by "(beispielhaft ergänzt)" when one of the paths was invented. */
    private String mark(String text, EventView e, String... paths) {
        if (text == null) {
            return null;
        }
        for (String p : paths) {
            if (EventTexts.illustrative(e.illustrative(), p)) {
                return text + " (" + texts.get("event.illustrative") + ")";
            }
        }
        return text;
    }

    private static String join(String separator, String... parts) {
        return String.join(
                separator,
                java.util.Arrays.stream(parts)
                        .filter(p -> p != null && !p.isBlank())
                        .toList());
    }

    /** The accent when it is dark enough for text on white, else the primary colour. */
    private static Color accentText(Color accent, Color primary) {
        return contrastWithWhite(accent) >= 4.5 ? accent : primary;
    }

    static double contrastWithWhite(Color c) {
        double l = 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
        return 1.05 / (l + 0.05);
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    static Color colour(String hex, Color fallback) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return fallback;
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
