package de.fachtag.web.it.results;

import de.fachtag.event.EventForm;
import de.fachtag.event.EventFormat;
import de.fachtag.event.EventService;
import de.fachtag.event.WorkshopForm;
import de.fachtag.results.FollowUpService;
import de.fachtag.results.RecommendationInput;
import de.fachtag.results.ResultInput;
import de.fachtag.results.ResultType;
import de.fachtag.results.ResultsEditing;
import de.fachtag.results.ResultsService;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.web.it.events.EventFixtures;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * ResultsWorkIT's own data, in events of its own: {@link #EVENT} of mittelsachsen (workshops A
 * and B, three results, recommendation R1 saved twice and R2 with a responsible person, the
 * documentation published), personal links (a follow-up link of R1, a workshop lead's link of A,
 * an expired lead link of B) with one token each; and {@link #OTHER_EVENT} of agsa with a result,
 * a picture, a recommendation and a lead link, whose ids the isolation tests ask for under
 * mittelsachsen. The ids and tokens are in {@link #IDS}, read by {@link ResultsWorkProbe}.
 */
@Singleton
@Startup
@DependsOn("EventFixtures")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResultsWorkFixtures {

    private static final Logger LOG = Logger.getLogger(ResultsWorkFixtures.class.getName());

    public static final String TENANT = EventFixtures.TENANT;
    public static final String OTHER_TENANT = EventFixtures.OTHER_TENANT;
    public static final String EVENT = "it-nachbereitung";
    public static final String OTHER_EVENT = "it-agsa-nachbereitung";
    public static final String SERIES = "it-nachbereitung-reihe";
    public static final String OTHER_SERIES = "it-agsa-nachbereitung-reihe";
    /** The second event of {@link #SERIES}, with one result nobody used yet. */
    public static final String EVENT_2 = "it-nachbereitung-zwei";

    public static final String EVENT_2_TITLE = "Zweite Regionalkonferenz im Test";
    public static final String EVENT_2_RESULT = "Ehrenamt braucht feste Ansprechpersonen";
    /** Results of the two events of {@link #SERIES} (workshop B) that only the series recommendation test uses. */
    public static final String SERIES_RESULT_1 = "Kursangebote der Landkreise sind nicht abgestimmt";

    public static final String SERIES_RESULT_2 = "Fahrdienste zu den Kursen fehlen";
    /** A result of {@link #EVENT_2} set aside with a reason: no recommendation of the series can use it. */
    public static final String SERIES_ASIDE = "Kursgebühren sind zu hoch";
    /** A keyword of the tenant's vocabulary that the workshop lead picks through the link. */
    public static final String LEAD_KEYWORD = "Kursbegleitung";

    public static final String LEAD_KEYWORD_EN = "Course guidance";
    /** The text alternatives of the flip chart photo of {@link #SERIES_RESULT_2} ({@link #EVENT_2}, published). */
    public static final String PICTURE_ALT = "Flipchart: Kinderbetreuung in Freiberg und Döbeln, je zwei Nachmittage";

    public static final String PICTURE_ALT_EN = "Flip chart: childcare in Freiberg and Döbeln, two afternoons each";
    public static final String USED_RESULT = "Zu wenige Sprachkurse im ländlichen Raum";
    public static final String FREE_RESULT = "Mobile Beratung in den Dörfern anbieten";
    public static final String R1_TITLE = "Sprachkurse im ländlichen Raum ausbauen";
    public static final String R1_V1 = "Der Landkreis prüft den Bedarf.\n\nKurse finden in Freiberg statt.";
    public static final String R1_V2 =
            "Der Landkreis prüft den Bedarf jährlich.\n\nKurse finden in Freiberg und Döbeln statt.";
    public static final String R2_TITLE = "Mobile Beratung erproben";
    public static final String R2_RESPONSIBLE = "Integrationsbeauftragte des Landkreises";
    public static final String R2_EMAIL = "verantwortlich-r2@fachtag.test";
    public static final String R1_EMAIL = "verantwortlich-r1@fachtag.test";
    public static final String LEAD_EMAIL = "leitung-a@fachtag.test";

    /** An event of agsa with workshops A, B and C and nothing recorded: the "Done means" flow of issue 13 starts here. */
    public static final String DONE_EVENT = "it-agsa-fachtag-ende";

    public static final String DONE_EVENT_TITLE = "Fachtag bis zum Ende im Test";

    /** Ids and tokens by name: event, r1, r2, usedResult, freeResult, workshopA, followUpToken, leadToken, expiredToken, other*. */
    public static final Map<String, String> IDS = new ConcurrentHashMap<>();

    /** The smallest PNG: one transparent pixel. */
    public static final byte[] PIXEL = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @EJB
    EventService events;

    @EJB
    ResultsService results;

    @EJB
    ResultsEditing editing;

    @EJB
    FollowUpService followUp;

    @EJB
    ResultsWorkProbeBean probe;

    @EJB
    de.fachtag.tenant.SeriesService series;

    @EJB
    de.fachtag.registration.RegistrationService registrations;

    @EJB
    de.fachtag.web.it.registration.RegistrationRows rows;

    /** Outside any transaction: each service call is its own, bound to its own tenant. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        TenantContext.runAs(TENANT, () -> {
            if (series.list().stream().noneMatch(x -> x.slug().equals(SERIES))) {
                series.create(SERIES, "Regionalkonferenzen im Test", null);
            }
            if (events.event(EVENT).isEmpty()) {
                event(EVENT, "Nachbereitung im Test", SERIES);
            }
            if (events.event(EVENT_2).isEmpty()) {
                event(EVENT_2, EVENT_2_TITLE, SERIES);
                UUID w = events.event(EVENT_2).orElseThrow().workshops().get(0).id();
                results.addResult(
                        EVENT_2, new ResultInput(w, ResultType.NEED, EVENT_2_RESULT, null, null, null, List.of()));
            }
            List<UUID> workshops = events.event(EVENT).orElseThrow().workshops().stream()
                    .map(w -> w.id())
                    .toList();
            IDS.put("workshopA", workshops.get(0).toString());
            IDS.put("workshopB", workshops.get(1).toString());
            boolean fresh = results.documentation(EVENT).results().isEmpty();
            IDS.put("leadKeyword", keyword(LEAD_KEYWORD, LEAD_KEYWORD_EN).toString());
            UUID event2B =
                    events.event(EVENT_2).orElseThrow().workshops().get(1).id();
            IDS.put(
                    "seriesResult2",
                    seriesResult(EVENT_2, event2B, SERIES_RESULT_2).toString());
            UUID aside = seriesResult(EVENT_2, event2B, SERIES_ASIDE);
            results.setAside(EVENT_2, aside, "Liegt beim Land");
            IDS.put("seriesAside", aside.toString());
            if (fresh) {
                // a picture in a published documentation of its own: the organizer's test of EVENT counts pictures
                IDS.put(
                        "picture",
                        editing.attach(
                                        EVENT_2,
                                        UUID.fromString(IDS.get("seriesResult2")),
                                        "flipchart-b.png",
                                        "image/png",
                                        PIXEL,
                                        PICTURE_ALT,
                                        PICTURE_ALT_EN)
                                .toString());
                results.publish(EVENT_2);
            }
            if (!fresh) {
                return;
            }
            UUID used = results.addResult(
                    EVENT,
                    new ResultInput(
                            workshops.get(0), ResultType.PROBLEM, USED_RESULT, null, "Sprache", null, List.of()));
            UUID free = results.addResult(
                    EVENT,
                    new ResultInput(workshops.get(0), ResultType.PROPOSAL, FREE_RESULT, null, null, null, List.of()));
            UUID other = results.addResult(
                    EVENT,
                    new ResultInput(
                            workshops.get(1),
                            ResultType.NEED,
                            "Kinderbetreuung während der Kurse",
                            null,
                            null,
                            null,
                            List.of()));
            results.addResult(
                    EVENT,
                    new ResultInput(
                            workshops.get(1),
                            ResultType.OPEN_QUESTION,
                            "Wer fährt den Kursbus?",
                            null,
                            null,
                            null,
                            List.of()));
            // after the others: the organizer's test sets aside the first open result of the page
            IDS.put(
                    "seriesResult1",
                    seriesResult(EVENT, workshops.get(1), SERIES_RESULT_1).toString());
            UUID r1 = editing.saveRecommendation(
                    EVENT,
                    null,
                    new RecommendationInput(R1_TITLE, null, R1_V1, null, List.of(used), List.of(), List.of()),
                    "Erste Redakteurin");
            editing.saveRecommendation(
                    EVENT,
                    r1,
                    new RecommendationInput(R1_TITLE, null, R1_V2, null, List.of(used), List.of(), List.of()),
                    "Zweiter Redakteur");
            UUID r2 = editing.saveRecommendation(
                    EVENT,
                    null,
                    new RecommendationInput(
                            R2_TITLE,
                            null,
                            "Eine mobile Beratung fährt die Dörfer an.",
                            null,
                            List.of(free, other),
                            List.of(),
                            List.of()),
                    "Erste Redakteurin");
            followUp.assign(EVENT, r2, R2_RESPONSIBLE, R2_EMAIL, 30, "Erste Redakteurin");
            UUID followUpLink = followUp.assign(EVENT, r1, "Sozialamt", R1_EMAIL, 30, "Erste Redakteurin");
            UUID lead = followUp.inviteWorkshopLead(
                    EVENT, workshops.get(0), "Jennifer Diehl", LEAD_EMAIL, 14, "Erste Redakteurin");
            UUID expired = followUp.inviteWorkshopLead(
                    EVENT, workshops.get(1), "Leitung B", "leitung-b@fachtag.test", 14, "Erste Redakteurin");
            probe.expire(expired);
            register();
            results.publish(EVENT);
            IDS.put("r1", r1.toString());
            IDS.put("r2", r2.toString());
            IDS.put("usedResult", used.toString());
            IDS.put("freeResult", free.toString());
            IDS.put("followUpAccess", followUpLink.toString());
            IDS.put("followUpToken", probe.token(followUpLink));
            IDS.put("leadToken", probe.token(lead));
            IDS.put("expiredToken", probe.token(expired));
        });
        TenantContext.runAs(OTHER_TENANT, () -> {
            if (series.list().stream().noneMatch(x -> x.slug().equals(OTHER_SERIES))) {
                series.create(OTHER_SERIES, "Reihe eines anderen Mandanten", null);
            }
            if (events.event(OTHER_EVENT).isEmpty()) {
                event(OTHER_EVENT, "Nachbereitung eines anderen Mandanten", OTHER_SERIES);
            }
            if (events.event(DONE_EVENT).isEmpty()) {
                event(DONE_EVENT, DONE_EVENT_TITLE, null, new String[] {"C", "Wohnen und Ankommen"});
            }
            IDS.put("otherKeyword", keyword("Fremdes Stichwort", null).toString());
            if (!results.documentation(OTHER_EVENT).results().isEmpty()) {
                return;
            }
            UUID workshop =
                    events.event(OTHER_EVENT).orElseThrow().workshops().get(0).id();
            UUID result = results.addResult(
                    OTHER_EVENT,
                    new ResultInput(workshop, ResultType.NEED, "Fremdes Ergebnis", null, null, null, List.of()));
            UUID picture = editing.attach(OTHER_EVENT, result, "fremd.png", "image/png", PIXEL, "Fremdes Bild", null);
            UUID rec = editing.saveRecommendation(
                    OTHER_EVENT,
                    null,
                    new RecommendationInput(
                            "Fremde Empfehlung", null, "Fremder Text.", null, List.of(result), List.of(), List.of()),
                    "Andere");
            UUID followUpLink = followUp.assign(OTHER_EVENT, rec, "Fremde Stelle", "fremd@fachtag.test", 30, "Andere");
            UUID lead = followUp.inviteWorkshopLead(
                    OTHER_EVENT, workshop, "Fremde Leitung", "fremd-leitung@fachtag.test", 14, "Andere");
            IDS.put("otherResult", result.toString());
            IDS.put("otherAttachment", picture.toString());
            IDS.put("otherRecommendation", rec.toString());
            IDS.put("otherFollowUpToken", probe.token(followUpLink));
            IDS.put("otherLeadToken", probe.token(lead));
        });
        LOG.info("ResultsWorkIT fixtures ready");
    }

    /**
     * Who came to {@link #EVENT}, for the documentation's figures: workshop A eight people confirmed
     * (six of the first offered sector, two of the second), seven of them checked in; workshop B one
     * person of the second sector, not checked in.
     */
    private void register() {
        List<String> sectors = registrations.offeredSectors();
        for (int i = 0; i < 9; i++) {
            de.fachtag.registration.RegistrationForm f = new de.fachtag.registration.RegistrationForm();
            f.setName("Teilnehmende Nachbereitung " + i);
            f.setEmail("teilnahme-" + i + "@nachbereitung.test");
            f.setOrganisation("Träger " + i);
            f.setSector(de.fachtag.registration.Sector.valueOf(sectors.get(i < 6 ? 0 : 1)));
            f.setMode(de.fachtag.registration.ParticipationMode.ON_SITE);
            f.setWorkshop(i < 8 ? "A" : "B");
            registrations.registerByOrganizer(EVENT, f);
        }
        rows.rows(EVENT).stream()
                .filter(r -> "A".equals(r.workshop()) && "CONFIRMED".equals(r.status()))
                .limit(7)
                .forEach(r -> registrations.checkIn(EVENT, r.checkinCode()));
    }

    /** The keyword of the current tenant's vocabulary with this German label, added when it is not there yet. */
    private UUID keyword(String labelDe, String labelEn) {
        return results.keywords().stream()
                .filter(k -> k.labelDe().equals(labelDe))
                .findFirst()
                .map(k -> k.id())
                .orElseGet(() -> results.addKeyword(labelDe, labelEn, null));
    }

    /** The result of the event with this text, recorded at the workshop when it is not there yet. */
    private UUID seriesResult(String eventSlug, UUID workshop, String text) {
        return results.documentation(eventSlug).results().stream()
                .filter(r -> r.textDe().equals(text))
                .findFirst()
                .map(r -> r.id())
                .orElseGet(() -> results.addResult(
                        eventSlug, new ResultInput(workshop, ResultType.PROBLEM, text, null, null, null, List.of())));
    }

    private void event(String slug, String title, String seriesSlug, String[]... more) {
        LocalDate day = EventFixtures.pastDay().minusDays(3);
        EventForm f = new EventForm();
        f.setSlug(slug);
        f.setTitleDe(title);
        f.setSeriesSlug(seriesSlug);
        f.setDate(day);
        f.setStart(LocalTime.of(9, 0));
        f.setEnd(LocalTime.of(16, 0));
        f.setFormat(EventFormat.ON_SITE);
        f.setVenueCity("Freiberg");
        f.setRegistrationCloses(day.minusWeeks(2).atTime(23, 59));
        events.create(f);
        List<String[]> workshops = new java.util.ArrayList<>(
                List.of(new String[] {"A", "Sprache und Arbeit"}, new String[] {"B", "Familie und Bildung"}));
        workshops.addAll(List.of(more));
        for (String[] w : workshops) {
            WorkshopForm wf = new WorkshopForm();
            wf.setCode(w[0]);
            wf.setTitleDe(w[1]);
            wf.setCapacity(20);
            events.addWorkshop(slug, events.event(slug).orElseThrow().version(), wf);
        }
        events.publish(slug, events.event(slug).orElseThrow().version());
    }
}
