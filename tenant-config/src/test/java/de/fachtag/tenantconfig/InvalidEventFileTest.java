package de.fachtag.tenantconfig;

import static de.fachtag.tenantconfig.Fixtures.eventProblemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Each kind of fault in one event file, with the exact line and field the operator reads.
 * The fixtures are copies of {@code events/valid-event.yaml}; the line numbers below are
 * the lines of those files.
 */
class InvalidEventFileTest {

    private static final String SLUG_RULE =
            "must be lowercase letters and digits, words joined by single hyphens, e.g. 'fachtag-integration'";

    private static final String LEAVE_OPEN =
            " for an event in state PUBLISHED; only DRAFT, DONE and ARCHIVED events may leave it open";

    @Test
    void theValidFixtureLoads() {
        EventDefinition event = Fixtures.loadEvent("valid-event.yaml");

        assertThat(event.getSlug()).isEqualTo("test-fachtag");
        assertThat(event.getTimeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(event.getStart()).isEqualTo(LocalTime.of(8, 30));
        // Both ways of writing a date and time: with a space, and ISO with a 'T'.
        assertThat(event.getRegistration().getCloses()).isEqualTo(LocalDateTime.of(2030, 9, 24, 23, 59));
        assertThat(event.getRegistration().getOpens()).isEqualTo(LocalDateTime.of(2030, 9, 1, 8, 0));
        assertThat(event.getRegistration().getSeats()).isEqualTo(120);
        assertThat(event.getWorkshops().get(0).getContributions().get(0).getStatus())
                .isEqualTo(ContributionStatus.REQUESTED);
        assertThat(event.getSourceName()).isEqualTo("valid-event.yaml");
        assertThat(event.getContentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void hostsAndFiguresEnteredByHandLoadWithTheirIllustrativeParts() {
        EventDefinition event = Fixtures.loadEvent("hosts-and-figures.yaml");

        assertThat(event.getHostedBy()).containsExactly("sms-sachsen", "ms-sachsen-anhalt");
        ManualFigures figures = event.getFigures();
        assertThat(figures.getParticipants()).isEqualTo(96);
        // in file order, keys as written: workshop codes stay text
        assertThat(figures.getByMode()).containsExactly(entry("ON_SITE", 74), entry("LIVESTREAM", 22));
        assertThat(figures.getByWorkshop()).containsExactly(entry("1", 40), entry("2", 34));
        assertThat(figures.getBySector())
                .containsExactly(
                        entry("ADMINISTRATION", 30),
                        entry("JOB_CENTRE", 20),
                        entry("EDUCATION", 16),
                        entry("VOLUNTEER", 30));
        assertThat(event.isIllustrative("figures.bySector")).isTrue();
        assertThat(event.isIllustrative("figures.bySector.EDUCATION")).isTrue();
        assertThat(event.isIllustrative("figures.byWorkshop.1")).isTrue();
        assertThat(event.isIllustrative("figures.byWorkshop.2")).isFalse();
        assertThat(event.isIllustrative("figures.participants")).isFalse();
        assertThat(event.isIllustrative("figures.byMode.ON_SITE")).isFalse();
    }

    @Test
    void hostsAndFiguresAreOptional() {
        EventDefinition event = Fixtures.loadEvent("valid-event.yaml");

        assertThat(event.getHostedBy()).isEmpty();
        assertThat(event.getFigures()).isNull();
    }

    @Test
    void hostsAreLoadedMinistriesListedOnce() {
        assertThat(eventProblemsOf("unknown-hosts.yaml"))
                .containsExactly(
                        "unknown-hosts.yaml:21 hostedBy[0]: 'bmas-bund' is not a loaded tenant of kind MINISTRY;"
                                + " no tenant has this slug",
                        "unknown-hosts.yaml:22 hostedBy[1]: 'agsa' is not a loaded tenant of kind MINISTRY;"
                                + " it is of kind ASSOCIATION",
                        "unknown-hosts.yaml:24 hostedBy[3]: 'ms-sachsen-anhalt' is already listed as hostedBy[2]",
                        "unknown-hosts.yaml:25 hostedBy[4]: " + SLUG_RULE);
    }

    @Test
    void figuresUseTheModesAndWorkshopsOfTheEventAndTheSectorsOfItsTenant() {
        assertThat(eventProblemsOf("figures-keys.yaml"))
                .containsExactly(
                        "figures-keys.yaml:49 figures.byMode.HYBRID: 'HYBRID' is not one of ON_SITE, LIVESTREAM",
                        "figures-keys.yaml:49 figures.byMode.LIVESTREAM: the event has no livestream (format ON_SITE)",
                        "figures-keys.yaml:50 figures.byWorkshop.D: 'D' is not a workshop of this event; it has 1, 2",
                        "figures-keys.yaml:51 figures.bySector.SPORT: 'SPORT' is not a sector of tenant 'mittelsachsen';"
                                + " it has ADMINISTRATION, JOB_CENTRE, EDUCATION, COUNSELLING, MIGRANT_ORGANISATION,"
                                + " BUSINESS, VOLUNTEER, OTHER",
                        "figures-keys.yaml:55 illustrative[2]: 'figures.byMode.ONLINE' is not in this file; only values the"
                                + " file gives can be illustrative");
    }

    @Test
    void everyBreakdownAddsUpAndWorkshopsToTheOnSiteParticipants() {
        assertThat(eventProblemsOf("figures-sums.yaml"))
                .containsExactly(
                        "figures-sums.yaml:52 figures.byMode: byMode adds up to 94, not to participants 96",
                        "figures-sums.yaml:55 figures.byWorkshop: byWorkshop adds up to 70, not to byMode.ON_SITE 74;"
                                + " workshops are on site only",
                        "figures-sums.yaml:56 figures.bySector: bySector adds up to 90, not to participants 96");
    }

    @Test
    void withoutModesTheWorkshopsAddUpToAllParticipants() {
        // byMode: {} says nothing, like leaving it out
        assertThat(eventProblemsOf("figures-workshops.yaml"))
                .containsExactly(
                        "figures-workshops.yaml:53 figures.byWorkshop: byWorkshop adds up to 70, not to participants 80;"
                                + " when some took part by livestream, give byMode (workshops are on site only)");
    }

    @Test
    void figuresAreCountsAndTheParticipantsInAllAreRequired() {
        // Sums are not checked while a value is missing or unreadable: that problem comes first.
        String count = "must be a whole number between 0 and 1000000";
        assertThat(eventProblemsOf("figures-values.yaml"))
                .containsExactly(
                        "figures-values.yaml:50 figures.participants: must not be missing; give the number of participants"
                                + " in all",
                        "figures-values.yaml:51 figures.teilnehmende: unknown key; expected one of byMode, bySector,"
                                + " byWorkshop, participants",
                        "figures-values.yaml:52 figures.byMode.LIVESTREAM: 'viele' is not a whole number",
                        "figures-values.yaml:52 figures.byMode.ON_SITE: " + count,
                        "figures-values.yaml:53 figures.byWorkshop: expected a mapping (indented key: value lines, or"
                                + " {key: value, …}), found a list",
                        "figures-values.yaml:55 figures.bySector.ADMINISTRATION: " + count,
                        "figures-values.yaml:56 figures.bySector.OTHER: " + count,
                        "figures-values.yaml:57 figures.bySector.ADMINISTRATION: appears twice in this mapping (first at"
                                + " line 55)");
    }

    @Test
    void agendaItemsMustLieInsideTheEventsHoursInTheOrderOfTheDay() {
        assertThat(eventProblemsOf("outside-hours.yaml"))
                .containsExactly(
                        "outside-hours.yaml:27 agenda[0].start: 08:00 is before the event's start 08:30",
                        "outside-hours.yaml:38 agenda[2].end: 12:30 is not after its start 13:00",
                        "outside-hours.yaml:42 agenda[3].start: 12:45 is before the start of agenda[2] (13:00);"
                                + " list the agenda in the order of the day",
                        "outside-hours.yaml:43 agenda[3].end: 16:30 is after the event's end 16:00");
    }

    @Test
    void anEventThatEndsBeforeItStartsIsReportedOnceNotOncePerAgendaItem() {
        assertThat(eventProblemsOf("end-before-start.yaml"))
                .containsExactly("end-before-start.yaml:10 end: 08:00 is not after the start 08:30");
    }

    @Test
    void workshopCodesAreUniqueWithinTheEvent() {
        assertThat(eventProblemsOf("duplicate-workshop-codes.yaml"))
                .containsExactly(
                        "duplicate-workshop-codes.yaml:47 workshops[1].code: '1' is already used by entry [0]");
    }

    @Test
    void seriesAndFundersMustBeTheTenantsOwn() {
        assertThat(eventProblemsOf("unknown-references.yaml"))
                .containsExactly(
                        "unknown-references.yaml:3 series: 'fachtag-ikoe' is not a series of tenant 'mittelsachsen';"
                                + " it has fachtag-integration",
                        "unknown-references.yaml:20 funders[1]: 'ms-sachsen-anhalt' is not a funder of tenant"
                                + " 'mittelsachsen'; it has sms-sachsen",
                        "unknown-references.yaml:21 funders[2]: 'sms-sachsen' is already listed as funders[0]");
    }

    @Test
    void theTenantMustBeLoaded() {
        assertThat(eventProblemsOf("unknown-tenant.yaml"))
                .containsExactly("unknown-tenant.yaml:2 tenant: 'landkreis-test' is not a loaded tenant");
    }

    @Test
    void workshopsNeedAWorkshopBlockInTheAgenda() {
        assertThat(eventProblemsOf("workshops-without-block.yaml"))
                .containsExactly(
                        "workshops-without-block.yaml:37 workshops: there are workshops but no agenda item of kind"
                                + " WORKSHOP_BLOCK to hold them");
    }

    @Test
    void registrationDeadlinesFitTheEventAndItsFormat() {
        assertThat(eventProblemsOf("registration-deadlines.yaml"))
                .containsExactly(
                        "registration-deadlines.yaml:17 livestreamNote: the event has no livestream (format ON_SITE)",
                        "registration-deadlines.yaml:23 registration.closes: 2030-10-07 16:30 is after the event's end"
                                + " 2030-10-07 16:00",
                        "registration-deadlines.yaml:24 registration.livestreamCloses: 2030-08-31 12:00 is not after the"
                                + " opening 2030-09-01 08:00",
                        "registration-deadlines.yaml:24 registration.livestreamCloses: the event has no livestream"
                                + " (format ON_SITE)");
    }

    @Test
    void illustrativePathsNameValuesTheFileGives() {
        // venue.name, agenda[1].start and workshops[0].questions[0].de are fine.
        assertThat(eventProblemsOf("illustrative-paths.yaml"))
                .containsExactly(
                        "illustrative-paths.yaml:53 illustrative[2]: 'datum' is not a field of an event",
                        "illustrative-paths.yaml:54 illustrative[3]: 'venue.street' is not in this file; only values the"
                                + " file gives can be illustrative",
                        "illustrative-paths.yaml:55 illustrative[4]: 'agenda[5]' is not in this file; only values the"
                                + " file gives can be illustrative",
                        "illustrative-paths.yaml:56 illustrative[5]: 'agenda.start' is not a field of an event");
    }

    @Test
    void valuesOfTheWrongFormAreReportedOnceEach() {
        assertThat(eventProblemsOf("wrong-types.yaml"))
                .containsExactly(
                        "wrong-types.yaml:4 edition: 'sieben' is not a whole number",
                        "wrong-types.yaml:9 start: '8:30' is not a time like 09:15 (hours and minutes, two digits each)",
                        "wrong-types.yaml:11 timeZone: 'Europe/Berln' is not a time zone like Europe/Berlin",
                        "wrong-types.yaml:23 registration.closes: '24.09.2030' is not a date and time like 2021-09-24 23:59",
                        "wrong-types.yaml:25 registration.seats: must be a positive whole number",
                        "wrong-types.yaml:30 agenda[0].kind: 'ANKUNFT' is not one of ARRIVAL, WELCOME, GREETING,"
                                + " INPUT_TALK, PANEL, BREAK, LUNCH, WORKSHOP_BLOCK, EVALUATION, CLOSING",
                        "wrong-types.yaml:48 workshops[1].code: must be a short code of letters or digits, e.g. 'A' or '1'");
    }

    @Test
    void unknownKeysAreErrorsWithASuggestion() {
        assertThat(eventProblemsOf("unknown-keys.yaml"))
                .containsExactly(
                        "unknown-keys.yaml:2 title: must not be missing",
                        "unknown-keys.yaml:6 titel: unknown key; did you mean 'title'?",
                        "unknown-keys.yaml:44 workshops[0].contributions[0].role: must be one of SPEAKER, MODERATOR,"
                                + " PANEL_GUEST, GREETING, WORKSHOP_LEAD",
                        "unknown-keys.yaml:45 workshops[0].contributions[0].rolle: unknown key; did you mean 'role'?");
    }

    @Test
    void aPublishedEventNeedsItsScheduleAndAContributionNeedsAName() {
        assertThat(eventProblemsOf("missing-fields.yaml"))
                .containsExactly(
                        "missing-fields.yaml:3 date: must be a date like 2024-04-11" + LEAVE_OPEN,
                        "missing-fields.yaml:3 end: must be a time like 09:15" + LEAVE_OPEN,
                        "missing-fields.yaml:3 format: must be one of ON_SITE, HYBRID, ONLINE",
                        "missing-fields.yaml:3 start: must be a time like 09:15" + LEAVE_OPEN,
                        "missing-fields.yaml:41 workshops[0].contributions[0].person: must not be blank when there is no"
                                + " organisation; name a person, an organisation or both");
    }

    @Test
    void aPastEventMayLeaveItsDateOpenButWhatDependsOnItMustGo() {
        assertThat(eventProblemsOf("open-schedule.yaml"))
                .containsExactly(
                        "open-schedule.yaml:3 end: must be given together with start",
                        "open-schedule.yaml:10 venue.name: must not be blank when there is no city; give at least the city"
                                + " when the place itself is not known",
                        "open-schedule.yaml:17 registration: needs the event's date and end, to check its deadlines against",
                        "open-schedule.yaml:23 agenda: needs the event's start and end, to place its items in the day");
    }

    @Test
    void textGarbledByAWrongEncodingIsCaughtAsInTenantFiles() {
        assertThat(eventProblemsOf("mojibake.yaml"))
                .containsExactly(
                        "mojibake.yaml:7 title.de: contains 'â€ž', which is '„' garbled by a wrong character encoding;"
                                + " write '„'");
    }

    @Test
    void aFileThatIsNotAMappingIsRejected() {
        assertThat(eventProblemsOf("not-a-mapping.yaml"))
                .containsExactly(
                        "not-a-mapping.yaml:2 (file): an event file must be a mapping of settings (key: value lines),"
                                + " found a list");
    }
}
