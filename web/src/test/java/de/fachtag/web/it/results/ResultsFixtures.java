package de.fachtag.web.it.results;

import de.fachtag.event.EventService;
import de.fachtag.results.Documentation;
import de.fachtag.results.RecommendationInput;
import de.fachtag.results.RecommendationInput.ReferenceInput;
import de.fachtag.results.ReferenceKind;
import de.fachtag.results.ResultInput;
import de.fachtag.results.ResultType;
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
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Results and two recommendations (the second pointing at the first) of {@link EventFixtures#OPEN},
 * with keywords, and the documentation published; {@link EventFixtures#PAST} gets a result but
 * stays unpublished. Created once the events exist and before the application serves.
 */
@Singleton
@Startup
@DependsOn("EventFixtures")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResultsFixtures {

    private static final Logger LOG = Logger.getLogger(ResultsFixtures.class.getName());

    public static final String KEYWORD = "Arbeitsmarkt";
    public static final String KEYWORD_EN = "Labour market";
    public static final String RESULT_TEXT = "Anerkennung ausländischer Abschlüsse dauert zu lange";
    public static final String RECOMMENDATION = "Anerkennungsberatung im Landkreis bündeln";

    @EJB
    ResultsService results;

    @EJB
    EventService events;

    @PostConstruct
    void create() {
        TenantContext.runAs(EventFixtures.TENANT, () -> {
            if (!results.documentation(EventFixtures.OPEN).results().isEmpty()) {
                return;
            }
            UUID workshop = events.event(EventFixtures.OPEN)
                    .orElseThrow()
                    .workshops()
                    .get(0)
                    .id();
            UUID keyword = results.addKeyword(KEYWORD, KEYWORD_EN, "Beschäftigung\nArbeit");
            UUID r1 = results.addResult(
                    EventFixtures.OPEN,
                    new ResultInput(
                            workshop,
                            ResultType.PROBLEM,
                            RESULT_TEXT,
                            "Recognition of foreign qualifications takes too long",
                            "Arbeit",
                            null,
                            List.of(keyword)));
            UUID r2 = results.addResult(
                    EventFixtures.OPEN,
                    new ResultInput(
                            workshop,
                            ResultType.GOOD_PRACTICE,
                            "Lotsenprojekt in Freiberg",
                            null,
                            null,
                            null,
                            List.of()));
            results.addResult(
                    EventFixtures.OPEN,
                    new ResultInput(
                            workshop,
                            ResultType.OPEN_QUESTION,
                            "Wer finanziert die Lotsen nach 2026?",
                            null,
                            null,
                            null,
                            List.of()));
            results.addRecommendation(
                    EventFixtures.OPEN,
                    new RecommendationInput(
                            RECOMMENDATION,
                            null,
                            "Eine Stelle berät zu Anerkennung und Arbeit.",
                            null,
                            List.of(r1),
                            List.of(keyword),
                            List.of()));
            Documentation d = results.documentation(EventFixtures.OPEN);
            String first = d.recommendations().get(0).identifier();
            results.addRecommendation(
                    EventFixtures.OPEN,
                    new RecommendationInput(
                            "Lotsen verstetigen",
                            null,
                            "Das Lotsenprojekt wird fortgeführt.",
                            null,
                            List.of(r2),
                            List.of(),
                            List.of(new ReferenceInput(ReferenceKind.SUPPLEMENTS, first))));
            results.publish(EventFixtures.OPEN);
            UUID pastWorkshop = events.event(EventFixtures.PAST)
                    .flatMap(e -> e.workshops().stream().findFirst())
                    .map(w -> w.id())
                    .orElse(null);
            if (pastWorkshop != null) {
                results.addResult(
                        EventFixtures.PAST,
                        new ResultInput(
                                pastWorkshop, ResultType.NEED, "Unveröffentlicht", null, null, null, List.of()));
            }
        });
        LOG.info("ResultsIT fixtures ready");
    }
}
