package de.fachtag.tenantconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo events shipped in the jar load cleanly and say what the seeds say. */
class BundledEventsTest {

    private static final List<String> FILES = List.of(
            "mittelsachsen-6-fachtag-2021.yaml",
            "agsa-regionalkonferenz-magdeburg-2019.yaml",
            "agsa-regionalkonferenz-dessau-rosslau-2019.yaml",
            "agsa-regionalkonferenz-stendal-2019.yaml",
            "agsa-regionalkonferenz-halle-2019.yaml",
            "agsa-stadt-land-dorf-2024.yaml",
            "mittelsachsen-7-fachtag-2027.yaml");

    private static final String MARKER = "# illustrative, not from the seeds";

    private final List<EventDefinition> events = Fixtures.LOADER.loadEvents(Fixtures.TENANTS, Optional.empty());

    private final Map<String, EventDefinition> bySlug =
            events.stream().collect(Collectors.toMap(EventDefinition::getSlug, Function.identity()));

    @Test
    void allLoadInIndexOrder() {
        assertThat(events).extracting(EventDefinition::getSourceName).containsExactlyElementsOf(FILES);
        assertThat(events)
                .extracting(EventDefinition::getTenant)
                .containsExactly("mittelsachsen", "agsa", "agsa", "agsa", "agsa", "agsa", "mittelsachsen");
        assertThat(events)
                .extracting(EventDefinition::getState)
                .containsExactly(
                        EventState.DONE,
                        EventState.DONE,
                        EventState.DONE,
                        EventState.DONE,
                        EventState.DONE,
                        EventState.DONE,
                        EventState.PUBLISHED);
    }

    @Test
    void theNextMittelsachsenFachtagIsOpenForRegistrationWithSmallWorkshops() {
        EventDefinition next = bySlug.get("fachtag-integration-2027");
        assertThat(next.getSeries()).isEqualTo("fachtag-integration");
        assertThat(next.getEdition()).isEqualTo(7);
        assertThat(next.getIllustrative()).contains("date", "registration", "workshops");
        var registration = next.getRegistration();
        assertThat(registration.getOpens()).isBefore(registration.getCloses());
        assertThat(registration.getCloses()).isBefore(registration.getLivestreamCloses());
        assertThat(registration.getCloses().toLocalDate()).isBefore(next.getDate());
        assertThat(next.getWorkshops())
                .hasSize(3)
                .allSatisfy(w -> assertThat(w.getCapacity()).isBetween(1, 5));
        assertThat(registration.getSeats())
                .isLessThanOrEqualTo(next.getWorkshops().stream()
                        .mapToInt(WorkshopDefinition::getCapacity)
                        .sum());
        // the recording notice of 2021 made consent a condition; this edition's must not
        assertThat(next.getRecordingNotice().getDe()).doesNotContain("voraus").contains("freiwillig");
    }

    @Test
    void mittelsachsen2021IsTheInvitationOfSeeds000And001() {
        EventDefinition event = bySlug.get("fachtag-integration-2021");

        assertThat(event.getSeries()).isEqualTo("fachtag-integration");
        assertThat(event.getEdition()).isEqualTo(6);
        assertThat(event.getTitle().getDe()).isEqualTo("5 Jahre Integrationsarbeit Mittelsachsen");
        assertThat(event.getMotto().getDe()).isEqualTo("Ein Blick zurück – Zwei nach vorn");
        assertThat(event.getGoal().getDe())
                .startsWith("Der Landkreis Mittelsachsen blickt auf eine erfolgreiche")
                .contains("Migrationssozialarbeit und Ehrenamt, Migrantisches Leben und Teilhabe sowie"
                        + " Arbeitsmarktintegration.");
        assertThat(event.getDescription().getDe())
                .contains("Integrations- und Teilhabegesetz (SITG)", "einzubringen")
                .doesNotContain("ein zubringen", "Livestream");
        assertThat(event.startsAt()).contains(ZonedDateTime.of(2021, 10, 7, 8, 30, 0, 0, ZoneId.of("Europe/Berlin")));
        assertThat(event.getEnd()).isEqualTo(LocalTime.of(16, 0));
        assertThat(event.getVenue()).satisfies(venue -> {
            assertThat(venue.getName()).isEqualTo("Deutsches Brennstoffinstitut (DBI)");
            assertThat(venue.getRoom()).isEqualTo("Tagungszentrum");
            assertThat(venue.getStreet()).isEqualTo("Halsbrücker Straße 34");
            assertThat(venue.getPostcode()).isEqualTo("09599");
            assertThat(venue.getCity()).isEqualTo("Freiberg");
        });
        assertThat(event.getCateringNote().getDe()).isEqualTo("Für die Verpflegung der Teilnehmenden wird gesorgt.");
        assertThat(event.getFormat()).isEqualTo(EventFormat.HYBRID);
        assertThat(event.getLivestreamNote().getDe()).endsWith("keine interaktive Mitwirkung möglich.");
        assertThat(event.getRecordingNotice().getDe()).contains("Video- und Fotoaufnahmen");
        assertThat(event.getChangeReservation().getDe())
                .isEqualTo("Änderungen des Ablaufes und der Referierenden vorbehalten.");
        assertThat(event.getOrganizingGroup())
                .containsExactly("Landratsamt Mittelsachsen", "Jobcenter Mittelsachsen", "Willkommensbündnis Döbeln");
        assertThat(event.getSupporters()).containsExactly("Sächsischer Dachverband der Migrantenorganisationen");
        assertThat(event.getFunders()).containsExactly("sms-sachsen");
        assertThat(event.getRegistrationContact().getEmail()).isEqualTo("integration@landkreis-mittelsachsen.de");
        assertThat(event.getRegistrationContact().getPhone()).isEqualTo("+49 (0) 3731 / 799 3683");
        assertThat(event.getRegistration().getCloses()).isEqualTo(LocalDateTime.of(2021, 9, 24, 23, 59));
        assertThat(event.getRegistration().getLivestreamCloses()).isEqualTo(LocalDateTime.of(2021, 10, 4, 23, 59));
        // "Die Teilnehmeranzahl ist begrenzt" gives no number.
        assertThat(event.getRegistration().getSeats()).isNull();
        assertThat(event.getRegistration().getOpens()).isNull();
        assertThat(event.getContributions())
                .extracting(ContributionDefinition::getPerson, ContributionDefinition::getRole)
                .containsExactly(
                        tuple("Steven Seiffert", ContributionRole.MODERATOR),
                        tuple("Sondos Saquran", ContributionRole.MODERATOR));
        // only the figures entered by hand are invented
        assertThat(event.getIllustrative()).containsExactly("figures");
    }

    @Test
    void mittelsachsen2021CarriesIllustrativeFiguresEnteredByHand() {
        EventDefinition event = bySlug.get("fachtag-integration-2021");
        ManualFigures figures = event.getFigures();

        assertThat(event.getHostedBy()).isEmpty();
        assertThat(figures.getParticipants()).isEqualTo(96);
        assertThat(figures.getByMode()).containsExactly(entry("ON_SITE", 74), entry("LIVESTREAM", 22));
        // over its three workshops, which add up to those on site: the livestream allowed no taking part
        assertThat(figures.getByWorkshop())
                .containsOnlyKeys(event.getWorkshops().stream()
                        .map(WorkshopDefinition::getCode)
                        .toArray(String[]::new));
        assertThat(figures.getByWorkshop().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(74);
        assertThat(figures.getBySector()).isNull();
        assertThat(event.isIllustrative("figures.participants")).isTrue();
        assertThat(event.isIllustrative("figures.byWorkshop.1")).isTrue();
    }

    @Test
    void mittelsachsen2021HasEveryAgendaItemOfTheProgramme() {
        List<AgendaItemDefinition> agenda =
                bySlug.get("fachtag-integration-2021").getAgenda();

        assertThat(agenda)
                .extracting(item -> item.getStart() + "-" + item.getEnd(), AgendaItemDefinition::getKind)
                .containsExactly(
                        tuple("08:30-09:00", AgendaItemKind.ARRIVAL),
                        tuple("09:00-09:15", AgendaItemKind.WELCOME),
                        tuple("09:15-10:15", AgendaItemKind.INPUT_TALK),
                        tuple("10:15-10:30", AgendaItemKind.BREAK),
                        tuple("10:30-11:30", AgendaItemKind.PANEL),
                        tuple("11:30-12:30", AgendaItemKind.INPUT_TALK),
                        tuple("12:30-13:15", AgendaItemKind.LUNCH),
                        tuple("13:15-15:00", AgendaItemKind.WORKSHOP_BLOCK),
                        tuple("15:00-15:15", AgendaItemKind.BREAK),
                        tuple("15:15-16:00", AgendaItemKind.EVALUATION));
        assertThat(agenda.get(1).getContributions()).singleElement().satisfies(greeting -> {
            assertThat(greeting.getPerson()).isEqualTo("Sebastian Vogel");
            assertThat(greeting.getFunction())
                    .isEqualTo(
                            "Staatssekretär im Sächsischen Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt");
            assertThat(greeting.getRole()).isEqualTo(ContributionRole.GREETING);
            assertThat(greeting.getStatus()).isEqualTo(ContributionStatus.CONFIRMED);
        });
        assertThat(agenda.get(2).getSubtitle().getDe())
                .isEqualTo("5 Jahre Integrationsarbeit in Mittelsachsen – Ein Blick zurück");
        assertThat(agenda.get(2).getContributions())
                .extracting(ContributionDefinition::getPerson)
                .containsExactly("Jennifer Diehl", "Hartmut Fuchs");
        assertThat(agenda.get(2).getContributions().get(1).getFunction())
                .isEqualTo("Projektleiter „Willkommen in Döbeln“ des Treibhaus e.V.");
        assertThat(agenda.get(4).getContributions())
                .extracting(
                        ContributionDefinition::getPerson,
                        ContributionDefinition::getOrganisation,
                        ContributionDefinition::getRole)
                .containsExactly(
                        tuple("Annett Schrenk", null, ContributionRole.MODERATOR),
                        tuple(
                                "Emiliano Chaimite",
                                "Dachverband sächsischer Migrantenorganisationen (DSM) e.V.",
                                ContributionRole.PANEL_GUEST),
                        tuple(
                                null,
                                "Vertreterinnen und Vertreter mittelsächsischer Migrantenorganisationen",
                                ContributionRole.PANEL_GUEST));
        assertThat(agenda.get(5).getSubtitle().getDe())
                .isEqualTo("Zuwanderung und Arbeit: Potentiale erkennen, Chancen nutzen");
        assertThat(agenda.get(5).getContributions())
                .extracting(ContributionDefinition::getPerson)
                .containsExactly("Anna-Maria Kindt", "Antje Dorn");
    }

    @Test
    void mittelsachsen2021HasItsThreeWorkshopsWithQuestionsAndLeads() {
        List<WorkshopDefinition> workshops =
                bySlug.get("fachtag-integration-2021").getWorkshops();

        assertThat(workshops)
                .extracting(WorkshopDefinition::getCode, w -> w.getTitle().getDe())
                .containsExactly(
                        tuple("1", "Mittelsachsen integriert"),
                        tuple("2", "Darf es etwas mehr als Folklore sein?"),
                        tuple("3", "Beschäftigung - suchen, finden und bleiben!"));
        assertThat(workshops.get(0).getSubtitle().getDe()).isEqualTo("Zwei Blicke nach vorn!");
        assertThat(workshops.get(0).getQuestions()).hasSize(2);
        assertThat(workshops.get(1).getQuestions())
                .extracting(LocalizedText::getDe)
                .containsExactly(
                        "Wie kann Partizipation und Teilhabe von Migrantinnen und Migranten auf kommunaler Ebene"
                                + " sichergestellt werden?");
        assertThat(workshops.get(2).getQuestions())
                .extracting(LocalizedText::getDe)
                .containsExactly(
                        "Wie gelingt eine erfolgreiche Arbeitsmarktintegration in Mittelsachsen?",
                        "Welche Strukturen und Prozesse sind dafür notwendig?");
        assertThat(workshops)
                .flatExtracting(WorkshopDefinition::getContributions)
                .allSatisfy(lead -> assertThat(lead.getRole()).isEqualTo(ContributionRole.WORKSHOP_LEAD))
                .extracting(ContributionDefinition::getPerson)
                .containsExactly(
                        "Jennifer Diehl",
                        "Hartmut Fuchs",
                        "Julia Hupfer",
                        "Annett Schrenk",
                        "Emiliano Chaimite",
                        "Anna-Maria Kindt",
                        "Antje Dorn");
        assertThat(workshops.get(0).getContributions().get(2).getOrganisation())
                .isEqualTo("Diakonisches Werk Rochlitz e.V.");
    }

    @Test
    void stadtLandDorf2024IsSeed003WithTheAskedSpeakersMarked() {
        EventDefinition event = bySlug.get("stadt-land-dorf-2024");

        assertThat(event.getSeries()).isEqualTo("fachtag-ikoe");
        assertThat(event.getDate()).isEqualTo(LocalDate.of(2024, 4, 11));
        assertThat(event.getStart()).isEqualTo(LocalTime.of(10, 0));
        assertThat(event.getEnd()).isEqualTo(LocalTime.of(16, 0));
        assertThat(event.getVenue().getName())
                .isEqualTo("Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung");
        assertThat(event.getVenue().getStreet()).isEqualTo("Turmschanzenstraße 25");
        assertThat(event.getVenue().getRoom()).isEqualTo("Haus C");
        assertThat(event.getVenue().getPostcode()).isEqualTo("39114");
        assertThat(event.getFunders()).containsExactly("ms-sachsen-anhalt");
        assertThat(event.getDescription().getDe()).contains("den Fachtag „Stadt-Land-Dorf: Perspektiven");

        assertThat(event.getAgenda())
                .extracting(AgendaItemDefinition::getKind)
                .containsExactly(
                        AgendaItemKind.GREETING,
                        AgendaItemKind.INPUT_TALK,
                        AgendaItemKind.PANEL,
                        AgendaItemKind.WORKSHOP_BLOCK);
        assertThat(event.getAgenda().get(0).getContributions()).singleElement().satisfies(greeting -> {
            assertThat(greeting.getPerson()).isEqualTo("Susi Möbbeck");
            assertThat(greeting.getFunction()).isEqualTo("Staatssekretärin");
            assertThat(greeting.getStatus()).isEqualTo(ContributionStatus.CONFIRMED);
        });
        assertThat(event.getAgenda().get(1).getContributions())
                .extracting(ContributionDefinition::getOrganisation)
                .anySatisfy(speaker -> assertThat(speaker).contains("Landheld*innen", "Salzwedel"))
                .anySatisfy(speaker -> assertThat(speaker).contains("Neue Nachbarn", "Tangerhütte"));
        assertThat(event.getAgenda().get(2).getContributions())
                .extracting(ContributionDefinition::getOrganisation)
                .containsExactly("IQ Netzwerk Sachsen-Anhalt", "LAGFA", "Integrationsakteure aus dem ländlichen Raum");

        assertThat(event.getWorkshops())
                .extracting(WorkshopDefinition::getCode, w -> w.getQuestions().size())
                .containsExactly(tuple("A", 2), tuple("B", 3), tuple("C", 2));
        assertThat(event.getWorkshops().get(0).getAudience().getDe()).startsWith("Verwaltungsmitarbeiter*innen");
        assertThat(event.getWorkshops().get(2).getContributions().get(0).getPerson())
                .isEqualTo("Martina Brachwitz");
        assertThat(event.getWorkshops())
                .flatExtracting(WorkshopDefinition::getContributions)
                .filteredOn(c -> c.getStatus() == ContributionStatus.REQUESTED)
                .extracting(ContributionDefinition::getOrganisation)
                .containsExactly("Migration Policy Research Group Universität Hildesheim", "Fachkraft im Fokus");
    }

    @Test
    void stadtLandDorf2024MarksTheAgendaTimesItInvented() {
        EventDefinition event = bySlug.get("stadt-land-dorf-2024");

        assertThat(event.isIllustrative("agenda[1].start")).isTrue();
        assertThat(event.isIllustrative("agenda[3].end")).isTrue();
        // The greeting opens the day ("zur Eröffnung"), which starts at 10:00 by the seed.
        assertThat(event.isIllustrative("agenda[0].start")).isFalse();
        assertThat(event.isIllustrative("date")).isFalse();
        assertThat(event.isIllustrative("workshops[0].questions[0]")).isFalse();
    }

    @Test
    void theRegionalConferencesOf2019AreDatedOnlyWhereTheSeedDatesThem() {
        List<EventDefinition> conferences = events.stream()
                .filter(e -> "regionalkonferenzen-2019".equals(e.getSeries()))
                .toList();

        assertThat(conferences)
                .extracting(EventDefinition::getEdition, e -> e.getVenue().getCity(), EventDefinition::getDate)
                .containsExactly(
                        tuple(1, "Magdeburg", null),
                        tuple(2, "Dessau-Roßlau", null),
                        tuple(3, "Stendal", null),
                        tuple(4, "Halle (Saale)", LocalDate.of(2019, 9, 26)));
        assertThat(conferences).allSatisfy(e -> {
            assertThat(e.getStart()).isNull();
            assertThat(e.getAgenda()).isEmpty();
            assertThat(e.getFunders()).isEmpty();
            assertThat(e.getContributions().get(0).getOrganisation())
                    .isEqualTo("Auslandsgesellschaft Sachsen-Anhalt e.V.");
        });
        // Only "die vierte und letzte" is numbered by the seed.
        assertThat(conferences.subList(0, 3))
                .allSatisfy(e -> assertThat(e.isIllustrative("edition")).isTrue());
        EventDefinition halle = conferences.get(3);
        assertThat(halle.getIllustrative()).containsExactly("figures", "results");
        assertThat(halle.getVenue().getName()).isEqualTo("Literaturhaus Halle");
        assertThat(halle.startsAt()).isEmpty();
        assertThat(halle.getContributions())
                .filteredOn(c -> c.getRole() == ContributionRole.GREETING)
                .singleElement()
                .satisfies(greeting -> {
                    assertThat(greeting.getPerson()).isEqualTo("Susi Möbbeck");
                    assertThat(greeting.getFunction()).isEqualTo("Staatssekretärin und Integrationsbeauftragte");
                });
    }

    /**
     * Seed 002: the ministry hosted the four conferences with AGSA as cooperation partner, and
     * "knapp 300 Aktive" took part in all four; the split over the cities is invented and marked.
     */
    @Test
    void theRegionalConferencesOf2019AreHostedByTheMinistryWithIllustrativeFiguresForKnapp300() {
        List<EventDefinition> conferences = events.stream()
                .filter(e -> "regionalkonferenzen-2019".equals(e.getSeries()))
                .toList();

        assertThat(conferences).hasSize(4).allSatisfy(e -> {
            assertThat(e.getHostedBy()).containsExactly("ms-sachsen-anhalt");
            assertThat(e.getFigures().getByMode())
                    .containsExactly(entry("ON_SITE", e.getFigures().getParticipants()));
            assertThat(e.getFigures().getByWorkshop()).isNull();
            assertThat(e.getFigures().getBySector()).isNull();
            assertThat(e.getIllustrative()).contains("figures");
            assertThat(e.isIllustrative("figures.participants")).isTrue();
            assertThat(e.isIllustrative("figures.byMode.ON_SITE")).isTrue();
        });
        assertThat(conferences)
                .extracting(e -> e.getVenue().getCity(), e -> e.getFigures().getParticipants())
                .containsExactly(
                        tuple("Magdeburg", 84),
                        tuple("Dessau-Roßlau", 68),
                        tuple("Stendal", 57),
                        tuple("Halle (Saale)", 88));
        assertThat(conferences.stream()
                        .mapToInt(e -> e.getFigures().getParticipants())
                        .sum())
                .isEqualTo(297);
        for (EventDefinition conference : conferences) {
            String text =
                    new String(Fixtures.bytes("/tenants/events/" + conference.getSourceName()), StandardCharsets.UTF_8);
            assertThat(text)
                    .as(conference.getSourceName())
                    .contains(
                            "# Seed 002: \"sagte Björn Malycha vom ausrichtenden Ministerium für Arbeit, Soziales und\n"
                                    + "# Integration. Kooperationspartner war die Auslandsgesellschaft Sachsen-Anhalt e.V.\"")
                    .contains("\"Insgesamt knapp 300 Aktive");
        }
    }

    @Test
    void onlyTheEventsBeforeThePlatformCarryFiguresAndOnlyTheConferencesAHost() {
        assertThat(events)
                .filteredOn(e -> e.getFigures() != null)
                .extracting(EventDefinition::getSlug)
                .containsExactly(
                        "fachtag-integration-2021",
                        "regionalkonferenz-magdeburg-2019",
                        "regionalkonferenz-dessau-rosslau-2019",
                        "regionalkonferenz-stendal-2019",
                        "regionalkonferenz-halle-2019");
        assertThat(bySlug.get("stadt-land-dorf-2024").getHostedBy()).isEmpty();
        assertThat(bySlug.get("fachtag-integration-2027").getHostedBy()).isEmpty();
    }

    /** Every value a file invented carries the marker on its own line, like the placeholders of the tenant files. */
    @Test
    void everyIllustrativeValueIsMarkedOnItsLine() {
        EventFiles parser = new EventFiles(Fixtures.VALIDATOR, Fixtures.TENANTS);
        for (String file : FILES) {
            byte[] bytes = Fixtures.bytes("/tenants/events/" + file);
            EventFiles.ParsedEvent parsed = parser.parse(file, "bundled", bytes);
            List<String> lines =
                    new String(bytes, StandardCharsets.UTF_8).lines().toList();
            for (String path : parsed.definition().getIllustrative()) {
                assertThat(lines.get(parsed.lines().lineOf(path) - 1))
                        .as(file + " " + path)
                        .endsWith(MARKER);
            }
            assertThat(lines.stream().filter(line -> line.endsWith(MARKER)))
                    .as(file)
                    .hasSameSizeAs(parsed.definition().getIllustrative());
        }
    }

    @Test
    void noBundledEventFileContainsGarbledCharacters() {
        for (String file : FILES) {
            assertThat(new String(Fixtures.bytes("/tenants/events/" + file), StandardCharsets.UTF_8))
                    .as(file)
                    .doesNotContain("â€", "Ã");
        }
    }

    @Test
    void theContentHashIsTheSha256OfTheFileAndStableAcrossLoaders() {
        List<String> again = new TenantConfigLoader()
                .loadEvents(Fixtures.TENANTS, Optional.empty()).stream()
                        .map(EventDefinition::getContentHash)
                        .toList();

        assertThat(events)
                .extracting(EventDefinition::getContentHash)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(again)
                .containsExactlyElementsOf(FILES.stream()
                        .map(file -> EventFiles.sha256(Fixtures.bytes("/tenants/events/" + file)))
                        .toList());
    }
}
