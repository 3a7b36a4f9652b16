package de.fachtag.web.print;

import de.fachtag.event.AgendaItemKind;
import de.fachtag.event.ContributionRole;
import de.fachtag.event.ContributionStatus;
import de.fachtag.event.EventFormat;
import de.fachtag.event.EventState;
import de.fachtag.event.EventView;
import de.fachtag.registration.Channel;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationRow;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.registration.Sector;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.Logo;
import de.fachtag.tenant.TenantSite;
import de.fachtag.tenantconfig.Conformance;
import de.fachtag.tenantconfig.TenantKind;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * One event as the printed files see it, built in memory: the 7th Fachtag with a programme long
 * enough for two pages, three workshops (the third one empty), two funders (one with a PNG logo
 * that wants its notice on badges, one without a logo), and people on site, waiting and online.
 */
public final class PrintFixtures {

    public static final String NOTICE =
            "Diese Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage des vom Sächsischen "
                    + "Landtag beschlossenen Haushaltes.";
    public static final String FUNDER =
            "Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt";
    public static final String NOTICE_2 =
            "Gefördert aus Mitteln des Asyl-, Migrations- und Integrationsfonds der Europäischen Union.";
    public static final String FUNDER_2 = "Europäische Union";
    public static final String TITLE = "Fachtag Integration <Mittelsachsen> & Co";

    public static final TenantSite.FundingNotice SMS = new TenantSite.FundingNotice(
            "sms-sachsen",
            FUNDER,
            new LocalizedString("Gefördert durch", "Funded by"),
            new LocalizedString(NOTICE, null),
            true,
            5,
            "AZ 42",
            true);
    public static final TenantSite.FundingNotice EU = new TenantSite.FundingNotice(
            "eu",
            FUNDER_2,
            new LocalizedString("Kofinanziert von", "Co-funded by"),
            new LocalizedString(NOTICE_2, null),
            false,
            null,
            null,
            false);

    private PrintFixtures() {}

    public static EventView event() {
        return event(List.of(SMS, EU));
    }

    public static EventView event(List<TenantSite.FundingNotice> funders) {
        List<EventView.AgendaItemView> agenda = new ArrayList<>();
        String[][] items = {
            {"08:30", "09:00", "ARRIVAL", "Ankommen und Come Together"},
            {"09:00", "09:15", "WELCOME", "Begrüßung"},
            {"09:15", "10:15", "INPUT_TALK", "Integration vor Ort – was trägt?"},
            {"10:15", "10:30", "BREAK", "Pause"},
            {"10:30", "12:00", "WORKSHOP_BLOCK", "Workshops"},
            {"12:00", "13:00", "LUNCH", "Mittagessen"},
            {"13:00", "14:30", "PANEL", "Podiumsdiskussion: Wer macht was?"},
            {"14:30", "15:30", "EVALUATION", "Auswertung der Workshops im Plenum"},
            {"15:30", "16:00", "CLOSING", "Abschluss"}
        };
        for (String[] i : items) {
            agenda.add(new EventView.AgendaItemView(
                    UUID.randomUUID(),
                    LocalTime.parse(i[0]),
                    LocalTime.parse(i[1]),
                    AgendaItemKind.valueOf(i[2]),
                    new LocalizedString(i[3], null),
                    i[2].equals("INPUT_TALK")
                            ? new LocalizedString("Ein Blick auf zehn Jahre Zusammenarbeit", null)
                            : null,
                    i[2].equals("PANEL")
                            ? new LocalizedString(
                                    "Verwaltung, Beratung und Ehrenamt im Gespräch über "
                                            + "Zuständigkeiten, Schnittstellen und das, was im Alltag wirklich hilft.",
                                    null)
                            : null,
                    i[2].equals("INPUT_TALK")
                            ? List.of(contribution(
                                    "Prof. Dr. Lena Şahin",
                                    "Hochschule Mittweida",
                                    ContributionRole.SPEAKER,
                                    ContributionStatus.REQUESTED))
                            : List.of()));
        }
        List<EventView.WorkshopView> workshops = new ArrayList<>();
        for (String code : List.of("1", "2", "3")) {
            workshops.add(new EventView.WorkshopView(
                    UUID.randomUUID(),
                    code,
                    new LocalizedString("Workshop " + code + ": Teilhabe im ländlichen Raum", null),
                    null,
                    new LocalizedString("Was brauchen Zugewanderte?\nWer hilft?", null),
                    new LocalizedString("Erfahrungen aus der Praxis der Beratung und der Verwaltung.", null),
                    null,
                    4,
                    "Raum " + code,
                    List.of(contribution(
                            "Jennifer Diehl",
                            "Caritas",
                            ContributionRole.WORKSHOP_LEAD,
                            ContributionStatus.CONFIRMED))));
        }
        return new EventView(
                UUID.randomUUID(),
                "fachtag-2027",
                "fachtag-integration",
                new LocalizedString("Fachtag Integration Mittelsachsen", null),
                7,
                new LocalizedString(TITLE, null),
                new LocalizedString("Gemeinsam vor Ort", null),
                new LocalizedString(
                        "Der Fachtag bringt Verwaltung, Beratung und "
                                + "Ehrenamt zusammen, um Integration im Landkreis gemeinsam zu gestalten.",
                        null),
                null,
                LocalDate.of(2027, 9, 30),
                LocalTime.of(8, 30),
                LocalTime.of(16, 0),
                "Europe/Berlin",
                new EventView.VenueView("DBI", "Halsbrücker Straße 34", "09599", "Freiberg", null),
                new LocalizedString("Für Verpflegung ist gesorgt.", null),
                EventFormat.HYBRID,
                new LocalizedString("Der Livestream wird über YouTube übertragen.", null),
                new LocalizedString("Es werden Video- und Fotoaufnahmen gemacht.", null),
                new LocalizedString("Änderungen des Ablaufes und der Referierenden vorbehalten.", null),
                List.of("Netzwerk Integration"),
                List.of("Unterstützt von der Stadt Freiberg"),
                "integration@example.org",
                null,
                Instant.parse("2027-06-01T00:00:00Z"),
                Instant.parse("2027-09-20T22:00:00Z"),
                Instant.parse("2027-09-29T22:00:00Z"),
                12,
                EventState.PUBLISHED,
                List.of("venue.room"),
                List.of(contribution(
                        "Sebastian Vogel", null, ContributionRole.MODERATOR, ContributionStatus.CONFIRMED)),
                agenda,
                workshops,
                funders,
                1);
    }

    private static EventView.ContributionView contribution(
            String person, String organisation, ContributionRole role, ContributionStatus status) {
        return new EventView.ContributionView(person, organisation, null, role, status, UUID.randomUUID());
    }

    public static TenantSite site() {
        return new TenantSite(
                "mittelsachsen",
                "Landkreis Mittelsachsen",
                TenantKind.DISTRICT,
                "Landratsamt",
                null,
                null,
                null,
                "Freiberg",
                "info@example.org",
                null,
                null,
                "#00566b",
                "#f2a900",
                false,
                null,
                null,
                Conformance.PARTIAL,
                null,
                null,
                null,
                null,
                null,
                90,
                List.of(SMS, EU),
                List.of());
    }

    /** The SMS funder's logo (a PNG); the EU has none. */
    public static Optional<Logo> funderLogo(String key) {
        return key.equals(SMS.key())
                ? Optional.of(new Logo(png(new Color(0x1a, 0x4f, 0x8b), 240, 80), "image/png", 1))
                : Optional.empty();
    }

    public static byte[] png(Color colour, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(colour);
        g.fillRect(4, 4, width / 3, height - 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code count} confirmed people on site in workshops 1 and 2 (none in 3), every third refusing photos. */
    public static List<RegistrationRow> people(int count) {
        List<RegistrationRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(row(
                    i,
                    i == 1 ? "Anna <b>Beispiel</b>" : "Person " + i,
                    i % 2 == 1 ? "1" : "2",
                    i % 3 == 0,
                    RegistrationStatus.CONFIRMED,
                    ParticipationMode.ON_SITE));
        }
        rows.add(row(count + 1, "Bernd Wartend", "3", false, RegistrationStatus.WAITLISTED, ParticipationMode.ON_SITE));
        rows.add(row(
                count + 2,
                "Carla Livestream",
                null,
                false,
                RegistrationStatus.CONFIRMED,
                ParticipationMode.LIVESTREAM));
        return rows;
    }

    public static RegistrationRow row(
            long position,
            String name,
            String workshop,
            boolean refusesPhotos,
            RegistrationStatus status,
            ParticipationMode mode) {
        return new RegistrationRow(
                UUID.randomUUID(),
                position,
                name,
                "p" + position + "@example.org",
                "Jobcenter Mittelsachsen",
                Sector.JOB_CENTRE,
                mode,
                workshop,
                null,
                status,
                null,
                refusesPhotos,
                null,
                String.format("K7Q2M9X%03d", position).replace('0', 'A').replace('1', 'B'),
                null,
                null,
                "de",
                Channel.FORM,
                Instant.parse("2027-07-01T10:00:00Z").plusSeconds(position * 60));
    }
}
