package de.fachtag.web.print;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import de.fachtag.event.AgendaItemKind;
import de.fachtag.event.ContributionRole;
import de.fachtag.event.EventView;
import de.fachtag.event.EventView.AgendaItemView;
import de.fachtag.event.EventView.ContributionView;
import de.fachtag.event.EventView.WorkshopView;
import de.fachtag.tenant.Logo;
import de.fachtag.tenant.TenantSite;
import de.fachtag.web.print.ProgrammeWriter.Para;
import de.fachtag.web.print.ProgrammeWriter.Style;
import de.fachtag.web.publicsite.EventTexts;

/**
 * The printable programme (A4 PDF) of an event, in the order of the seed flyer: the tenant's
 * colour band and logo, edition, title, motto, Zeit/Ort, Ziel, Ablauf with times and people,
 * the day's moderation, the change reservation, the workshops, registration and notes, and at
 * the bottom of the last page the funding notice block ("Diese Maßnahme wird mitfinanziert …"
 * over "Gefördert durch" and the funder).
 *
 * <p>A tenant or funder logo goes in when it is PNG or JPEG; an SVG logo cannot be drawn into
 * the PDF, so the tenant's name stands there in its colour (the funder's name in capitals, as
 * the flyer prints the ministry). Values a demo file invented are marked "beispielhaft ergänzt".
 */
public final class EventProgramme {

    private static final float TIME_COLUMN = 82;
    private static final float LABEL_COLUMN = 62;

    private final EventTexts texts;

    public EventProgramme(EventTexts texts) {
        this.texts = texts;
    }

    /**
     * @param funderLogo a funder's logo by key, if it has one
     * @param page       the event page's address, printed in the footer
     */
    public byte[] render(EventView e, TenantSite site, Optional<Logo> tenantLogo,
            Function<String, Optional<Logo>> funderLogo, URI page, Instant now) {
        Color primary = colour(site.primaryColour(), new Color(0x1f, 0x4e, 0x79));
        Color accent = colour(site.accentColour(), new Color(0xb3, 0x5c, 0x00));
        Style body = new Style(10, false, ProgrammeWriter.TEXT);
        Style bodyBold = new Style(10, true, ProgrammeWriter.TEXT);
        Style small = new Style(8.5f, false, ProgrammeWriter.MUTED);
        Style heading = new Style(14, true, primary);
        Style label = new Style(10, true, primary);

        try (ProgrammeWriter w = new ProgrammeWriter()) {
            metadata(w, e, site);

            // --- the tenant's band, logo or name
            w.fillRect(0, ProgrammeWriter.PAGE_HEIGHT - 14, ProgrammeWriter.PAGE_WIDTH, 14, primary);
            w.fillRect(0, ProgrammeWriter.PAGE_HEIGHT - 18, ProgrammeWriter.PAGE_WIDTH, 4, accent);
            w.moveDown(4);
            float logoHeight = drawable(tenantLogo) ? logo(w, tenantLogo.get(), ProgrammeWriter.LEFT, w.y(), 190, 52) : 0;
            if (logoHeight > 0) {
                w.moveDown(logoHeight + 4);
                w.paragraph(site.name(), new Style(9, false, ProgrammeWriter.MUTED), 0);
            } else {
                w.paragraph(site.name(), new Style(15, true, primary), 0);
            }

            // --- edition, title, motto
            String edition = texts.edition(e);
            if (edition != null) {
                w.paragraph(mark(edition.toUpperCase(texts.locale()), e, "edition"),
                        new Style(12, true, accentText(accent, primary)), 16);
            }
            w.paragraph(texts.text(e.title()), new Style(22, true, ProgrammeWriter.TEXT, 1.2f), edition == null ? 16 : 4);
            String motto = texts.text(e.motto());
            if (motto != null) {
                w.paragraph(mark(motto, e, "motto"), new Style(15, true, primary, 1.25f), 4);
            }
            if (!e.illustrative().isEmpty()) {
                w.paragraph(texts.get("event.illustrative.notice"), new Style(8.5f, false, new Color(0x6b, 0x3d, 0x00)), 6);
            }

            // --- Zeit, Ort, Hinweis
            w.rule(accent, 1.5f, 10, 2);
            String time = join(", ", texts.longDate(e.date()), texts.hours(e.start(), e.end()));
            if (e.date() == null) {
                boolean over = e.state() == de.fachtag.event.EventState.DONE || e.state() == de.fachtag.event.EventState.ARCHIVED;
                time = join(", ", texts.get(over ? "events.dateUnknown" : "events.noDate"), texts.hours(e.start(), e.end()));
            }
            w.labelled(texts.get("event.time") + ":", label, mark(time, e, "date", "start", "end"), bodyBold,
                    LABEL_COLUMN, 6);
            venue(e).ifPresent(v -> w.labelled(texts.get("event.place") + ":", label, v, bodyBold, LABEL_COLUMN, 4));
            String catering = texts.text(e.cateringNote());
            if (catering != null) {
                w.labelled(texts.get("event.note") + ":", label, mark(catering, e, "cateringNote"), body, LABEL_COLUMN, 4);
            }
            EventTexts.RegistrationState registration = texts.registration(e, now);
            w.rule(accent, 1.5f, 6, 4);

            // --- Ziel
            String goal = texts.text(e.goal());
            if (goal != null) {
                w.heading(texts.get("event.goal"), heading, 10);
                w.paragraph(mark(goal, e, "goal"), body, 4);
            }

            // --- Ablauf
            if (!e.agenda().isEmpty() || !e.contributions().isEmpty()) {
                w.heading(texts.get("event.agenda"), heading, 14, 72);
                for (int i = 0; i < e.agenda().size(); i++) {
                    agendaRow(w, e, e.agenda().get(i), i, primary);
                }
                if (!e.contributions().isEmpty()) {
                    // the day's own people, e.g. "Moderation: …", as the flyer's last line of the Ablauf
                    w.row(List.of(), TIME_COLUMN, people(e, e.contributions(), "", 2), 6);
                }
                String reservation = texts.text(e.changeReservation());
                if (reservation != null) {
                    w.paragraph("*" + mark(reservation, e, "changeReservation"), small, 8);
                }
            }

            // --- workshops
            if (!e.workshops().isEmpty()) {
                List<List<Para>> blocks = new ArrayList<>();
                for (int i = 0; i < e.workshops().size(); i++) {
                    blocks.add(workshop(e, e.workshops().get(i), i, primary));
                }
                w.heading(texts.get("event.workshops"), heading, 14, 10 + w.height(blocks.get(0), ProgrammeWriter.WIDTH));
                for (List<Para> block : blocks) {
                    // a workshop is one block: on one page when it fits on one
                    w.block(block, 10);
                }
            }

            // --- registration, livestream, recording
            w.heading(texts.get("event.registration"), heading, 14);
            w.paragraph(mark(registration.text(), e, "registration.opens", "registration.closes"), bodyBold, 4);
            EventTexts.RegistrationState livestream = texts.livestreamRegistration(e, now);
            if (livestream != null) {
                w.paragraph(mark(livestream.text(), e, "registration.livestreamCloses"), bodyBold, 2);
            }
            if (registration.open()) {
                if (e.contactEmail() != null) {
                    w.paragraph(texts.get("event.registration.email") + ": " + e.contactEmail(), body, 4);
                }
                if (e.contactPhone() != null) {
                    w.paragraph(texts.get("event.registration.phone") + ": " + e.contactPhone(), body, 2);
                }
                if (e.seats() != null) {
                    w.paragraph(mark(texts.get("event.registration.seats", e.seats()), e, "registration.seats"), body, 4);
                }
                if (e.workshops().size() > 1) {
                    w.paragraph(texts.get("event.registration.chooseWorkshop", e.workshops().size()), bodyBold, 4);
                }
            }
            String livestreamNote = texts.text(e.livestreamNote());
            if (livestreamNote != null) {
                w.heading(texts.get("event.livestream"), new Style(11, true, primary), 10);
                w.paragraph(mark(livestreamNote, e, "livestreamNote"), body, 2);
            }
            String recording = texts.text(e.recordingNotice());
            if (recording != null) {
                w.heading(texts.get("event.recording"), new Style(11, true, primary), 10);
                w.paragraph(mark(recording, e, "recordingNotice"), body, 2);
            }
            if (!e.organizingGroup().isEmpty()) {
                w.paragraph(mark(texts.get("event.organizingGroup") + ": " + String.join(", ", e.organizingGroup()), e,
                        "organizingGroup"), body, 10);
            }
            if (!e.supporters().isEmpty()) {
                w.paragraph(mark(texts.get("event.supporters") + ": " + String.join(", ", e.supporters()), e,
                        "supporters"), body, 4);
            }

            fundingBlock(w, e, funderLogo, primary);

            String footer = site.name() + " · " + page;
            return w.finish(footer, (n, of) -> texts.get("pdf.page", n, of));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void agendaRow(ProgrammeWriter w, EventView e, AgendaItemView item, int index, Color primary) {
        String path = "agenda[" + index + "]";
        List<Para> left = List.of(new Para(mark(texts.times(item.start(), item.end()), e, path + ".start", path + ".end"),
                new Style(10, true, primary), 0, 0));
        List<Para> right = new ArrayList<>();
        String title = texts.text(item.title());
        if (texts.kindAddsToTitle(item.kind(), title)) {
            right.add(new Para(texts.kind(item.kind()).toUpperCase(texts.locale()),
                    new Style(7.5f, true, ProgrammeWriter.MUTED), 0, 0));
        }
        right.add(new Para(mark(title, e, path + ".title", path + ".kind"), new Style(10.5f, true, ProgrammeWriter.TEXT), 0, 0));
        String subtitle = texts.text(item.subtitle());
        if (subtitle != null) {
            right.add(new Para(mark(subtitle, e, path + ".subtitle"), new Style(10, true, ProgrammeWriter.TEXT), 0, 1));
        }
        String description = texts.text(item.description());
        if (description != null) {
            right.add(new Para(mark(description, e, path + ".description"), new Style(9.5f, false, ProgrammeWriter.TEXT), 0, 2));
        }
        right.addAll(people(e, item.contributions(), path, 2));
        if (item.kind() == AgendaItemKind.WORKSHOP_BLOCK) {
            for (WorkshopView ws : e.workshops()) {
                right.add(new Para("» " + texts.get("event.workshop", ws.code(), texts.text(ws.title())),
                        new Style(9.5f, false, ProgrammeWriter.TEXT), 0, 1));
            }
        }
        w.row(left, TIME_COLUMN, right, 7);
    }

    private List<Para> workshop(EventView e, WorkshopView ws, int index, Color primary) {
        String path = "workshops[" + index + "]";
        List<Para> paras = new ArrayList<>();
        paras.add(new Para(mark(texts.get("event.workshop", ws.code(), texts.text(ws.title())), e, path + ".code",
                path + ".title"), new Style(11, true, primary), 0, 0));
        String subtitle = texts.text(ws.subtitle());
        if (subtitle != null) {
            paras.add(new Para(mark(subtitle, e, path + ".subtitle"), new Style(10, true, ProgrammeWriter.TEXT), 0, 1));
        }
        List<String> questions = ws.questions(texts.locale());
        for (int q = 0; q < questions.size(); q++) {
            if (!questions.get(q).isBlank()) {
                paras.add(new Para("• " + mark(questions.get(q), e, path + ".questions"),
                        new Style(9.5f, false, ProgrammeWriter.TEXT), 8, q == 0 ? 3 : 1));
            }
        }
        String description = texts.text(ws.description());
        if (description != null) {
            paras.add(new Para(mark(description, e, path + ".description"), new Style(9.5f, false, ProgrammeWriter.TEXT), 0, 3));
        }
        String audience = texts.text(ws.audience());
        if (audience != null) {
            paras.add(new Para(mark(texts.get("event.workshop.audience") + ": " + audience, e, path + ".audience"),
                    new Style(9.5f, false, ProgrammeWriter.TEXT), 0, 2));
        }
        if (ws.room() != null) {
            paras.add(new Para(mark(texts.get("event.workshop.room") + ": " + ws.room(), e, path + ".room"),
                    new Style(9.5f, false, ProgrammeWriter.TEXT), 0, 1));
        }
        paras.addAll(people(e, ws.contributions(), path, 2));
        return paras;
    }

    /** "Referierende: …; … (angefragt)" per role, each person marked when invented. */
    private List<Para> people(EventView e, List<ContributionView> contributions, String path, float spaceBefore) {
        List<Para> paras = new ArrayList<>();
        for (Map.Entry<ContributionRole, List<Integer>> g : EventTexts.byRole(contributions).entrySet()) {
            List<String> names = new ArrayList<>();
            for (int i : g.getValue()) {
                String p = (path.isEmpty() ? "" : path + ".") + "contributions[" + i + "]";
                names.add(mark(texts.contribution(contributions.get(i)), e, p));
            }
            paras.add(new Para(texts.role(g.getKey()) + " " + String.join("; ", names),
                    new Style(9.5f, false, ProgrammeWriter.TEXT), 0, spaceBefore));
        }
        return paras;
    }

    /** The flyer's bottom block: notice text, "Gefördert durch", the funder's logo or name. */
    private void fundingBlock(ProgrammeWriter w, EventView e, Function<String, Optional<Logo>> funderLogo, Color primary)
            throws IOException {
        if (e.fundingNotices().isEmpty()) {
            return;
        }
        Style notice = new Style(9, false, ProgrammeWriter.TEXT);
        Style labelStyle = new Style(9, false, ProgrammeWriter.MUTED);
        Style funder = new Style(9.5f, true, primary);
        float logoHeight = 40;
        float height = 14;
        List<Optional<Logo>> logos = new ArrayList<>();
        for (TenantSite.FundingNotice n : e.fundingNotices()) {
            Optional<Logo> logo = n.hasLogo() ? funderLogo.apply(n.key()).filter(EventProgramme::drawable) : Optional.empty();
            logos.add(logo);
            height += w.height(List.of(new Para(texts.text(n.notice()), notice, 0, 0)), ProgrammeWriter.WIDTH)
                    + notice.lineHeight() + 6 + (logo.isPresent() ? logoHeight
                            : w.height(List.of(new Para(n.funder().toUpperCase(Locale.GERMAN), funder, 0, 0)),
                                    ProgrammeWriter.WIDTH)) + 10;
        }
        // pinned to the bottom of the last page, as on the flyer; a new page when it does not fit
        if (w.y() - height < ProgrammeWriter.BOTTOM + 6) {
            w.newPage();
        }
        w.moveDown(w.y() - ProgrammeWriter.BOTTOM - height);
        w.rule(ProgrammeWriter.MUTED, 0.75f, 0, 8);
        for (int i = 0; i < e.fundingNotices().size(); i++) {
            TenantSite.FundingNotice n = e.fundingNotices().get(i);
            String text = texts.text(n.notice());
            if (text != null) {
                w.paragraph(text, notice, 0);
            }
            String label = texts.text(n.label());
            if (label != null) {
                w.paragraph(label, labelStyle, 6);
            }
            if (logos.get(i).isPresent()) {
                float h = logo(w, logos.get(i).get(), ProgrammeWriter.LEFT, w.y() - 2, 200, logoHeight);
                w.moveDown(h + 2);
            } else {
                w.paragraph(n.funder().toUpperCase(Locale.GERMAN), funder, 1);
            }
            w.moveDown(10);
        }
    }

    private static float logo(ProgrammeWriter w, Logo logo, float x, float top, float maxWidth, float maxHeight) {
        try {
            return w.image(logo.bytes(), "logo", x, top, maxWidth, maxHeight)[1];
        } catch (IOException | RuntimeException e) {
            return 0; // an image PDFBox cannot read: the name stands in for it
        }
    }

    /** PNG and JPEG go into the PDF; SVG (the usual upload) cannot. */
    static boolean drawable(Optional<Logo> logo) {
        return logo.isPresent() && drawable(logo.get());
    }

    static boolean drawable(Logo logo) {
        String type = logo.contentType() == null ? "" : logo.contentType().toLowerCase(Locale.ROOT);
        return type.startsWith("image/png") || type.startsWith("image/jpeg") || type.startsWith("image/jpg");
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
        String joined = String.join("\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
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
        return String.join(separator, java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private void metadata(ProgrammeWriter w, EventView e, TenantSite site) {
        var info = w.document().getDocumentInformation();
        info.setTitle(texts.text(e.title()));
        info.setAuthor(site.name());
        info.setSubject(texts.get("event.agenda"));
        info.setCreator("Fachtag");
        w.document().getDocumentCatalog().setLanguage(texts.english() ? "en" : "de-DE");
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
