package de.fachtag.web.api;

import de.fachtag.event.EventView;
import de.fachtag.web.publicsite.EventTexts;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One published event as {@code GET /api/v1/tenants/{tenant}/events/{event}} returns it. Field
 * names are a contract: add, never rename. Every field is present; unknown values are
 * {@code null}. Texts are in the language asked for ({@code ?lang=en}), German where there is
 * no English.
 */
@JsonbNillable
@JsonbPropertyOrder({
    "tenant",
    "slug",
    "language",
    "url",
    "icsUrl",
    "pdfUrl",
    "series",
    "edition",
    "title",
    "motto",
    "goal",
    "description",
    "date",
    "start",
    "end",
    "timeZone",
    "venue",
    "format",
    "cateringNote",
    "livestreamNote",
    "recordingNotice",
    "changeReservation",
    "organizingGroup",
    "supporters",
    "contact",
    "registration",
    "state",
    "contributions",
    "agenda",
    "workshops",
    "fundingNotices",
    "illustrative"
})
@Schema(name = "Event", description = "A published event with its agenda and workshops.")
public record EventJson(
        @Schema(description = "Slug of the tenant that runs the event.", example = "mittelsachsen")
        String tenant,

        @Schema(description = "The event's slug, unique within the tenant.", example = "fachtag-integration-2021")
        String slug,

        @Schema(description = "Language of the texts: de or en.", example = "de")
        String language,

        @Schema(description = "The public event page.") String url,

        @Schema(description = "The event as iCalendar (RFC 5545); null while it has no date.", nullable = true)
        String icsUrl,

        @Schema(description = "The printable programme (A4 PDF).")
        String pdfUrl,

        @Schema(description = "The series the event belongs to, if any.", nullable = true)
        Series series,

        @Schema(
                description = "Which edition of its series, e.g. 6 for the \"6. Fachtag\".",
                example = "6",
                nullable = true)
        Integer edition,

        @Schema(example = "5 Jahre Integrationsarbeit Mittelsachsen")
        String title,

        @Schema(description = "Motto or subtitle.", example = "Ein Blick zurück – Zwei nach vorn", nullable = true)
        String motto,

        @Schema(description = "The aim (Ziel).", nullable = true)
        String goal,

        @Schema(description = "What the event is about (Zum Inhalt).", nullable = true)
        String description,

        @Schema(
                description = "Day of the event, ISO-8601; null while not fixed.",
                example = "2021-10-07",
                type = SchemaType.STRING,
                format = "date",
                nullable = true)
        String date,

        @Schema(
                description = "Start, HH:mm in timeZone.",
                example = "08:30",
                pattern = "^\\d{2}:\\d{2}$",
                nullable = true)
        String start,

        @Schema(
                description = "End, HH:mm in timeZone.",
                example = "16:00",
                pattern = "^\\d{2}:\\d{2}$",
                nullable = true)
        String end,

        @Schema(description = "IANA time zone of date, start, end and the agenda.", example = "Europe/Berlin")
        String timeZone,

        @Schema(nullable = true) Venue venue,

        @Schema(
                description = "ON_SITE, HYBRID (on site and livestream) or ONLINE.",
                enumeration = {"ON_SITE", "HYBRID", "ONLINE"},
                nullable = true)
        String format,

        @Schema(
                description = "Catering note, e.g. \"Für die Verpflegung der Teilnehmenden wird gesorgt.\"",
                nullable = true)
        String cateringNote,

        @Schema(description = "What the livestream offers.", nullable = true)
        String livestreamNote,

        @Schema(description = "That photos or video are taken.", nullable = true)
        String recordingNotice,

        @Schema(description = "E.g. \"Änderungen des Ablaufes und der Referierenden vorbehalten.\"", nullable = true)
        String changeReservation,

        @Schema(description = "Organisations that prepare the event.")
        List<String> organizingGroup,

        @Schema(description = "Organisations that support it.")
        List<String> supporters,

        @Schema(description = "Where to register.", nullable = true)
        Contact contact,

        Registration registration,

        @Schema(
                description = "PUBLISHED, REGISTRATION_CLOSED or DONE.",
                enumeration = {"PUBLISHED", "REGISTRATION_CLOSED", "DONE"})
        String state,

        @Schema(description = "Contributions to the whole day, e.g. its moderation.")
        List<Contribution> contributions,

        @Schema(description = "The programme in the order of the day.")
        List<AgendaItem> agenda,

        List<Workshop> workshops,

        @Schema(description = "Funding notices (\"Gefördert durch …\") in the order the event lists them.")
        List<FundingNotice> fundingNotices,

        @Schema(
                description = "Field paths of values a demo file invented because its source leaves them out, "
                        + "e.g. \"edition\" or \"agenda[1].start\"; a path covers everything below it. Never present "
                        + "these values as facts.")
        List<String> illustrative) {

    /** The series an event belongs to. */
    @JsonbNillable
    @JsonbPropertyOrder({"slug", "title"})
    @Schema(name = "EventSeries")
    public record Series(
            @Schema(example = "fachtag-integration") String slug,

            @Schema(example = "Fachtag Integration Mittelsachsen", nullable = true)
            String title) {}

    /** Where the event takes place. */
    @JsonbNillable
    @JsonbPropertyOrder({"name", "street", "postcode", "city", "room"})
    @Schema(name = "Venue")
    public record Venue(
            @Schema(example = "Deutsches Brennstoffinstitut (DBI)", nullable = true)
            String name,

            @Schema(example = "Halsbrücker Straße 34", nullable = true)
            String street,

            @Schema(example = "09599", nullable = true) String postcode,
            @Schema(example = "Freiberg", nullable = true) String city,

            @Schema(example = "Tagungszentrum", nullable = true)
            String room) {}

    /** Where to register. */
    @JsonbNillable
    @JsonbPropertyOrder({"email", "phone"})
    @Schema(name = "RegistrationContact")
    public record Contact(
            @Schema(example = "integration@landkreis-mittelsachsen.de", nullable = true)
            String email,

            @Schema(example = "+49 (0) 3731 / 799 3683", nullable = true)
            String phone) {}

    /** The registration window, as instants with the event's offset. */
    @JsonbNillable
    @JsonbPropertyOrder({"open", "opens", "closes", "livestreamCloses", "seats"})
    @Schema(name = "Registration")
    public record Registration(
            @Schema(description = "Whether registration is open now.")
            boolean open,

            @Schema(
                    description = "ISO-8601 date-time with offset.",
                    type = SchemaType.STRING,
                    format = "date-time",
                    nullable = true)
            String opens,

            @Schema(
                    description = "Deadline, ISO-8601 date-time with offset.",
                    example = "2021-09-24T23:59:00+02:00",
                    type = SchemaType.STRING,
                    format = "date-time",
                    nullable = true)
            String closes,

            @Schema(
                    description = "Livestream deadline, ISO-8601 date-time with offset.",
                    type = SchemaType.STRING,
                    format = "date-time",
                    nullable = true)
            String livestreamCloses,

            @Schema(description = "On-site seats; null when not limited or not known.", nullable = true)
            Integer seats) {}

    /** A person or organisation in a role. */
    @JsonbNillable
    @JsonbPropertyOrder({"person", "organisation", "function", "role", "status"})
    @Schema(name = "Contribution", description = "A person (or an organisation alone) in a role.")
    public record Contribution(
            @Schema(
                    description = "Name; null when an organisation takes part as such.",
                    example = "Jennifer Diehl",
                    nullable = true)
            String person,

            @Schema(example = "Landkreis Mittelsachsen", nullable = true)
            String organisation,

            @Schema(example = "komm. Stabsbereichsleiterin", nullable = true)
            String function,

            @Schema(enumeration = {"SPEAKER", "MODERATOR", "PANEL_GUEST", "GREETING", "WORKSHOP_LEAD"})
            String role,

            @Schema(
                    description = "CONFIRMED, or REQUESTED (asked, not yet confirmed: the flyers' \"angefragt\").",
                    enumeration = {"CONFIRMED", "REQUESTED"})
            String status) {}

    /** A programme item. */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "start", "end", "kind", "title", "subtitle", "description", "contributions"})
    @Schema(name = "AgendaItem")
    public record AgendaItem(
            @Schema(description = "Stable id; the calendar's UID is {id}@fachtag.")
            String id,

            @Schema(example = "09:15", pattern = "^\\d{2}:\\d{2}$")
            String start,

            @Schema(example = "10:15", pattern = "^\\d{2}:\\d{2}$")
            String end,

            @Schema(
                    enumeration = {
                        "ARRIVAL",
                        "WELCOME",
                        "GREETING",
                        "INPUT_TALK",
                        "PANEL",
                        "BREAK",
                        "LUNCH",
                        "WORKSHOP_BLOCK",
                        "EVALUATION",
                        "CLOSING"
                    })
            String kind,

            @Schema(example = "1. Input-Vortrag") String title,

            @Schema(example = "5 Jahre Integrationsarbeit in Mittelsachsen – Ein Blick zurück", nullable = true)
            String subtitle,

            @Schema(nullable = true) String description,
            List<Contribution> contributions) {}

    /** A workshop of the event's workshop block. */
    @JsonbNillable
    @JsonbPropertyOrder({
        "id",
        "code",
        "title",
        "subtitle",
        "questions",
        "description",
        "audience",
        "capacity",
        "room",
        "leads",
        "contributions"
    })
    @Schema(name = "Workshop")
    public record Workshop(
            String id,

            @Schema(description = "1, 2, 3 or A, B, C …", example = "1")
            String code,

            @Schema(example = "Mittelsachsen integriert") String title,
            @Schema(nullable = true) String subtitle,

            @Schema(description = "Guiding questions, in order.")
            List<String> questions,

            @Schema(nullable = true) String description,

            @Schema(description = "Target audience.", nullable = true)
            String audience,

            @Schema(nullable = true) Integer capacity,
            @Schema(nullable = true) String room,

            @Schema(description = "The contributions in the role WORKSHOP_LEAD.")
            List<Contribution> leads,

            @Schema(description = "Everyone in the workshop, leads, moderation and speakers, in order.")
            List<Contribution> contributions) {}

    /** A funder's notice as the flyer prints it. */
    @JsonbNillable
    @JsonbPropertyOrder({"funder", "label", "notice", "logoUrl"})
    @Schema(name = "FundingNotice")
    public record FundingNotice(
            @Schema(example = "Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt")
            String funder,

            @Schema(example = "Gefördert durch", nullable = true)
            String label,

            @Schema(
                    example = "Diese Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage des vom Sächsischen "
                            + "Landtag beschlossenen Haushaltes.",
                    nullable = true)
            String notice,

            @Schema(description = "The funder's logo; null when there is none.", nullable = true)
            String logoUrl) {}

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /**
     * The JSON of an event; {@code site} is the root of the tenant's public pages without trailing
     * slash ({@link de.fachtag.tenant.PublicAddresses#tenantSite}).
     */
    static EventJson of(String tenant, EventView e, Locale locale, String site, boolean registrationOpen) {
        EventTexts texts = new EventTexts(locale);
        String page = site + "/e/" + e.slug();
        String suffix = texts.english() ? "?lang=en" : "";
        EventView.VenueView v = e.venue();
        return new EventJson(
                tenant,
                e.slug(),
                texts.locale().getLanguage(),
                page,
                e.date() == null ? null : page + ".ics" + suffix,
                page + ".pdf" + suffix,
                e.seriesSlug() == null ? null : new Series(e.seriesSlug(), texts.text(e.seriesTitle())),
                e.edition(),
                texts.text(e.title()),
                texts.text(e.motto()),
                texts.text(e.goal()),
                texts.text(e.description()),
                e.date() == null ? null : e.date().toString(),
                EventTexts.isoTime(e.start()),
                EventTexts.isoTime(e.end()),
                e.timeZone(),
                v == null ? null : new Venue(v.name(), v.street(), v.postcode(), v.city(), v.room()),
                e.format() == null ? null : e.format().name(),
                texts.text(e.cateringNote()),
                texts.text(e.livestreamNote()),
                texts.text(e.recordingNotice()),
                texts.text(e.changeReservation()),
                e.organizingGroup(),
                e.supporters(),
                e.contactEmail() == null && e.contactPhone() == null
                        ? null
                        : new Contact(e.contactEmail(), e.contactPhone()),
                new Registration(
                        registrationOpen,
                        instant(e.registrationOpens(), e),
                        instant(e.registrationCloses(), e),
                        instant(e.livestreamCloses(), e),
                        e.seats()),
                e.state().name(),
                contributions(e.contributions()),
                e.agenda().stream()
                        .map(a -> new AgendaItem(
                                a.id().toString(),
                                EventTexts.isoTime(a.start()),
                                EventTexts.isoTime(a.end()),
                                a.kind().name(),
                                texts.text(a.title()),
                                texts.text(a.subtitle()),
                                texts.text(a.description()),
                                contributions(a.contributions())))
                        .toList(),
                e.workshops().stream()
                        .map(w -> new Workshop(
                                w.id().toString(),
                                w.code(),
                                texts.text(w.title()),
                                texts.text(w.subtitle()),
                                w.questions(texts.locale()).stream()
                                        .filter(q -> !q.isBlank())
                                        .toList(),
                                texts.text(w.description()),
                                texts.text(w.audience()),
                                w.capacity(),
                                w.room(),
                                contributions(w.contributions().stream()
                                        .filter(c -> c.role() == de.fachtag.event.ContributionRole.WORKSHOP_LEAD)
                                        .toList()),
                                contributions(w.contributions())))
                        .toList(),
                e.fundingNotices().stream()
                        .map(n -> new FundingNotice(
                                n.funder(),
                                texts.text(n.label()),
                                texts.text(n.notice()),
                                n.hasLogo() ? site + "/funders/" + n.key() + "/logo" : null))
                        .toList(),
                e.illustrative());
    }

    static List<Contribution> contributions(List<EventView.ContributionView> list) {
        return list.stream()
                .map(c -> new Contribution(
                        c.person(),
                        c.organisation(),
                        c.function(),
                        c.role().name(),
                        c.status().name()))
                .toList();
    }

    private static String instant(Instant instant, EventView e) {
        return instant == null
                ? null
                : instant.atZone(EventTexts.zone(e.timeZone())).format(OFFSET);
    }
}
