package de.fachtag.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachtag.results.Documentation.IndexEntry;
import de.fachtag.results.Documentation.IndexPlace;
import de.fachtag.results.Documentation.RecommendationView;
import de.fachtag.results.Documentation.ResultView;
import de.fachtag.results.RecommendationInput.ReferenceInput;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.testing.Jdbc;
import de.fachtag.testing.MigratedDatabase;
import de.fachtag.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Results and recommendations against PostgreSQL: {@link ResultsService} in the product's
 * persistence unit in Java SE, each transaction bound to its tenant as the server binds it (row
 * level security checks every row). Each test works on its own event, so no test reads what
 * another left. Provenance (no recommendation without a result; results survive; both
 * directions), identifiers that survive reordering and removal, dangling references refused
 * with the place named, a complete keyword index, the drafting check, publication, and another
 * tenant's ids not found.
 */
class ResultsServiceTest {

    static final String VEREIN = "verein-results";
    static final String KREIS = "kreis-results";
    static final Instant NOW = Instant.parse("2024-05-02T10:00:00Z");

    static TestDatabase db;
    static EntityManagerFactory emf;

    /** The schema is migrated by the test, before the unit connects. */
    public static class NoMigration implements SessionCustomizer {
        @Override
        public void customize(Session session) {}
    }

    @BeforeAll
    static void migrateAndConnect() throws SQLException {
        db = MigratedDatabase.create("fachtag_it_ejb_results");
        try (Connection c = db.asOwner().getConnection()) {
            Jdbc.update(
                    c,
                    "INSERT INTO tenant (id, name, kind) VALUES (?, 'Verein', 'ASSOCIATION'), (?, 'Kreis', 'DISTRICT')",
                    VEREIN,
                    KREIS);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        PGSimpleDataSource application = db.asApplication();
        application.setStringType("unspecified");
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, application);
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, NoMigration.class.getName());
        properties.put(PersistenceUnitProperties.VALIDATION_MODE, "NONE");
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "SEVERE");
        emf = Persistence.createEntityManagerFactory("fachtag", properties);
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    /** An event with workshops A, B and C of a tenant; returns the workshop ids. */
    static Map<String, UUID> event(String tenant, String slug, String state) throws SQLException {
        Map<String, UUID> ids = new HashMap<>();
        try (Connection c = db.asApplication().getConnection()) {
            c.setAutoCommit(false);
            Jdbc.execute(c, "SELECT set_config('app.tenant_id', ?, true)", tenant);
            UUID event = UUID.randomUUID();
            Jdbc.update(c, """
                    INSERT INTO event (tenant_id, id, slug, title_de, event_date, start_time, end_time, format, state)
                    VALUES (?, ?, ?, 'Stadt – Land – Dorf', '2024-04-11', '09:00', '16:00', 'ON_SITE', ?)
                    """, tenant, event, slug, state);
            int position = 0;
            for (String code : List.of("A", "B", "C")) {
                UUID w = UUID.randomUUID();
                Jdbc.update(
                        c,
                        "INSERT INTO workshop (tenant_id, id, event_id, code, title_de, position) VALUES (?, ?, ?, ?, ?, ?)",
                        tenant,
                        w,
                        event,
                        code,
                        "Workshop " + code,
                        position++);
                ids.put(code, w);
            }
            c.commit();
        }
        return ids;
    }

    static ResultInput result(UUID place, ResultType type, String text, UUID... keywords) {
        return new ResultInput(place, type, text, null, null, null, List.of(keywords));
    }

    static RecommendationInput rec(String title, List<UUID> results, List<UUID> keywords, ReferenceInput... refs) {
        return new RecommendationInput(title, null, title + ": Text.", null, results, keywords, List.of(refs));
    }

    @Test
    void aRecommendationNeedsAResultAndKeepsItsResultsVisibleBothWays() throws SQLException {
        Map<String, UUID> w = event(VEREIN, "slhd-provenance-2024", "DONE");
        String e = "slhd-provenance-2024";
        UUID a1 = as(VEREIN, s -> s.addResult(e, result(w.get("A"), ResultType.NEED, "Mehr Sprachkurse auf dem Land")));
        UUID b1 = as(VEREIN, s -> s.addResult(e, result(w.get("B"), ResultType.PROBLEM, "Busverbindungen fehlen")));
        UUID c1 = as(VEREIN, s -> s.addResult(e, result(w.get("C"), ResultType.OPEN_QUESTION, "Wer koordiniert?")));

        assertThatThrownBy(() -> as(VEREIN, s -> s.addRecommendation(e, rec("Ohne Herkunft", List.of(), List.of()))))
                .isInstanceOfSatisfying(ResultsRuleException.class, x -> {
                    assertThat(x.getMessageKey()).isEqualTo("results.recommendation.noResult");
                    assertThat(x.getPlace())
                            .as("names the identifier it would have had")
                            .isEqualTo("HE-2024-SP-01");
                });

        // one recommendation from results of two workshops ("merging" keeps both)
        UUID r = as(VEREIN, s -> s.addRecommendation(e, rec("Mobile Sprachkurse", List.of(a1, b1), List.of())));
        Documentation d = as(VEREIN, s -> s.documentation(e));
        assertThat(d.results()).extracting(ResultView::id).containsExactly(a1, b1, c1);
        RecommendationView view = d.recommendations().get(0);
        assertThat(view.identifier())
                .as("a refused attempt hands out no number")
                .isEqualTo("HE-2024-SP-01");
        assertThat(view.sources()).extracting(ResultView::id).containsExactly(a1, b1);
        assertThat(d.results().get(0).usedBy())
                .extracting(Documentation.RecommendationRef::id)
                .containsExactly(r);
        assertThat(d.results().get(1).usedBy())
                .extracting(Documentation.RecommendationRef::id)
                .containsExactly(r);
        assertThat(d.unresolved())
                .as("the drafting check: C.1 is neither used nor set aside")
                .extracting(ResultView::id)
                .containsExactly(c1);

        assertThatThrownBy(() -> as(VEREIN, s -> {
                    s.removeResult(e, a1);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        ResultsRuleException.class,
                        x -> assertThat(x.getPlace()).isEqualTo(view.identifier()));
        assertThatThrownBy(() -> as(VEREIN, s -> {
                    s.setAside(e, b1, "doppelt");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        ResultsRuleException.class,
                        x -> assertThat(x.getMessageKey()).isEqualTo("results.result.usedCannotSetAside"));

        as(VEREIN, s -> {
            s.setAside(e, c1, "Klärt der Landkreis selbst");
            return null;
        });
        Documentation after = as(VEREIN, s -> s.documentation(e));
        assertThat(after.unresolved()).as("every result used or set aside").isEmpty();
        assertThat(after.results().get(2).setAsideReason()).isEqualTo("Klärt der Landkreis selbst");
        assertThatThrownBy(() ->
                        as(VEREIN, s -> s.addRecommendation(e, rec("Aus Zurückgestelltem", List.of(c1), List.of()))))
                .isInstanceOfSatisfying(
                        ResultsRuleException.class,
                        x -> assertThat(x.getMessageKey()).isEqualTo("results.recommendation.setAsideResult"));

        // the database itself keeps a used result
        assertThatThrownBy(() -> {
                    try (Connection c = db.asApplication().getConnection()) {
                        c.setAutoCommit(false);
                        Jdbc.execute(c, "SELECT set_config('app.tenant_id', ?, true)", VEREIN);
                        Jdbc.update(c, "DELETE FROM result_item WHERE id = ?", a1);
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("recommendation_source");
    }

    @Test
    void identifiersSurviveReorderingAndAreNeverReused() throws SQLException {
        Map<String, UUID> w = event(VEREIN, "stadt-land-dorf-2024", "DONE");
        String e = "stadt-land-dorf-2024";
        UUID a1 = as(VEREIN, s -> s.addResult(e, result(w.get("A"), ResultType.PROPOSAL, "Dorfmoderation")));
        UUID r1 = as(VEREIN, s -> s.addRecommendation(e, rec("Eins", List.of(a1), List.of())));
        UUID r2 = as(VEREIN, s -> s.addRecommendation(e, rec("Zwei", List.of(a1), List.of())));
        UUID r3 = as(
                VEREIN,
                s -> s.addRecommendation(
                        e,
                        rec("Drei", List.of(a1), List.of(), new ReferenceInput(ReferenceKind.SEE, "he-2024-sld-01"))));
        assertThat(ids(e)).containsExactly("HE-2024-SLD-01", "HE-2024-SLD-02", "HE-2024-SLD-03");

        as(VEREIN, s -> {
            s.move(e, r3, -2);
            return null;
        });
        Documentation d = as(VEREIN, s -> s.documentation(e));
        assertThat(d.recommendations()).extracting(RecommendationView::id).containsExactly(r3, r1, r2);
        assertThat(ids(e))
                .as("the order changed, the identifiers did not")
                .containsExactly("HE-2024-SLD-03", "HE-2024-SLD-01", "HE-2024-SLD-02");
        assertThat(d.recommendations().get(0).references())
                .singleElement()
                .satisfies(ref -> assertThat(ref.targetIdentifier()).isEqualTo("HE-2024-SLD-01"));
        assertThat(d.recommendations().get(1).referencedBy())
                .singleElement()
                .satisfies(ref -> assertThat(ref.targetIdentifier()).isEqualTo("HE-2024-SLD-03"));

        assertThatThrownBy(() -> as(VEREIN, s -> {
                    s.removeRecommendation(e, r1);
                    return null;
                }))
                .as("a recommendation others point at stays")
                .isInstanceOfSatisfying(
                        ResultsRuleException.class,
                        x -> assertThat(x.getPlace()).isEqualTo("HE-2024-SLD-03 → HE-2024-SLD-01"));
        as(VEREIN, s -> {
            s.removeRecommendation(e, r2);
            return null;
        });
        UUID r4 = as(VEREIN, s -> s.addRecommendation(e, rec("Vier", List.of(a1), List.of())));
        assertThat(ids(e))
                .as("02 is gone for good; the new one is 04")
                .containsExactly("HE-2024-SLD-03", "HE-2024-SLD-01", "HE-2024-SLD-04");
        assertThat(r4).isNotNull();
        assertThat(as(VEREIN, s -> s.documentation(e)).results().get(0).usedBy())
                .as("the removed recommendation's result stays, used by the others")
                .extracting(Documentation.RecommendationRef::identifier)
                .containsExactly("HE-2024-SLD-03", "HE-2024-SLD-01", "HE-2024-SLD-04");
    }

    @Test
    void aDanglingCrossReferenceIsRefusedNamingThePlace() throws SQLException {
        Map<String, UUID> w = event(VEREIN, "dangling-2024", "DONE");
        String e = "dangling-2024";
        UUID a1 = as(VEREIN, s -> s.addResult(e, result(w.get("A"), ResultType.NEED, "Kita-Plätze")));
        UUID r1 = as(VEREIN, s -> s.addRecommendation(e, rec("Eins", List.of(a1), List.of())));
        assertThatThrownBy(() -> as(VEREIN, s -> {
                    s.changeRecommendation(
                            e,
                            r1,
                            rec(
                                    "Eins",
                                    List.of(a1),
                                    List.of(),
                                    new ReferenceInput(ReferenceKind.CONTRADICTS, "HE-2024-D-09")));
                    return null;
                }))
                .isInstanceOfSatisfying(ResultsRuleException.class, x -> {
                    assertThat(x.getMessageKey()).isEqualTo("results.reference.dangling");
                    assertThat(x.getPlace()).isEqualTo("HE-2024-D-01 → HE-2024-D-09");
                });
        assertThat(as(VEREIN, s -> s.documentation(e)).recommendations().get(0).titleDe())
                .as("the refused change changed nothing")
                .isEqualTo("Eins");
        Documentation broken = new Documentation(
                null,
                e,
                "HE",
                null,
                List.of(),
                List.of(new RecommendationView(
                        UUID.randomUUID(),
                        "HE-01",
                        1,
                        "t",
                        null,
                        "x",
                        null,
                        List.of(),
                        List.of(),
                        List.of(new Documentation.ReferenceView(ReferenceKind.SEE, UUID.randomUUID(), "HE-07")),
                        List.of())),
                List.of(),
                List.of());
        assertThatThrownBy(() -> ResultsService.checkBuildable(broken))
                .as("the build of the documentation refuses it too")
                .isInstanceOfSatisfying(
                        ResultsRuleException.class,
                        x -> assertThat(x.getPlace()).isEqualTo("HE-01 → HE-07"));
    }

    @Test
    void theKeywordIndexListsEveryKeywordWithEveryPlace() throws SQLException {
        Map<String, UUID> w = event(VEREIN, "index-2024", "DONE");
        String e = "index-2024";
        UUID mobil = as(VEREIN, s -> s.addKeyword("Mobilität", "Mobility", "ÖPNV\nBus"));
        UUID sprache = as(VEREIN, s -> s.addKeyword("Sprache", "Language", null));
        UUID unused = as(VEREIN, s -> s.addKeyword("Wohnen", "Housing", null));
        assertThatThrownBy(() -> as(VEREIN, s -> s.addKeyword(" mobilität ", null, null)))
                .isInstanceOf(ResultsRuleException.class);
        UUID a1 = as(VEREIN, s -> s.addResult(e, result(w.get("A"), ResultType.NEED, "Kurse", sprache)));
        UUID a2 = as(VEREIN, s -> s.addResult(e, result(w.get("A"), ResultType.PROBLEM, "Bus", mobil)));
        UUID b1 =
                as(VEREIN, s -> s.addResult(e, result(w.get("B"), ResultType.GOOD_PRACTICE, "Rufbus", mobil, sprache)));
        as(VEREIN, s -> s.addRecommendation(e, rec("Mobil lernen", List.of(a1, a2, b1), List.of(mobil))));

        Documentation d = as(VEREIN, s -> s.documentation(e));
        assertThat(d.index())
                .extracting(x -> x.keyword().labelDe())
                .as("used keywords only, alphabetically")
                .containsExactly("Mobilität", "Sprache");
        IndexEntry m = d.index().get(0);
        assertThat(m.places()).extracting(IndexPlace::label).containsExactly("A.2", "B.1", "HE-2024-I-01");
        assertThat(m.places())
                .extracting(IndexPlace::anchor)
                .containsExactly("result-" + a2, "result-" + b1, "HE-2024-I-01");
        assertThat(m.keyword().synonyms()).containsExactly("ÖPNV", "Bus");
        assertThat(d.index().get(1).places()).extracting(IndexPlace::label).containsExactly("A.1", "B.1");
        // completeness, stated generally: every keyword on every result and recommendation is in the index with that
        // place
        for (ResultView r : d.results()) {
            r.keywords()
                    .forEach(k -> assertThat(d.index())
                            .filteredOn(x -> x.keyword().id().equals(k.id()))
                            .singleElement()
                            .satisfies(x -> assertThat(x.places()).contains(new IndexPlace(r.anchor(), r.label()))));
        }
        for (RecommendationView r : d.recommendations()) {
            r.keywords()
                    .forEach(k -> assertThat(d.index())
                            .filteredOn(x -> x.keyword().id().equals(k.id()))
                            .singleElement()
                            .satisfies(
                                    x -> assertThat(x.places()).contains(new IndexPlace(r.anchor(), r.identifier()))));
        }
        assertThat(d.index()).noneMatch(x -> x.keyword().id().equals(unused));

        // changing a result's keywords changes the index
        as(VEREIN, s -> {
            s.changeResult(e, a2, result(w.get("A"), ResultType.PROBLEM, "Bus fährt selten"));
            return null;
        });
        assertThat(as(VEREIN, s -> s.documentation(e)).index().get(0).places())
                .extracting(IndexPlace::label)
                .containsExactly("B.1", "HE-2024-I-01");
    }

    @Test
    void theDocumentationIsPublicOnlyOncePublished() throws SQLException {
        Map<String, UUID> w = event(VEREIN, "publish-2024", "DONE");
        Map<String, UUID> draft = event(VEREIN, "draft-event-2024", "DRAFT");
        UUID a1 = as(VEREIN, s -> s.addResult("publish-2024", result(w.get("A"), ResultType.NEED, "Mehr Zeit")));
        as(VEREIN, s -> s.addRecommendation("publish-2024", rec("Zeit", List.of(a1), List.of())));
        assertThat(published(VEREIN, "publish-2024")).isEmpty();
        as(VEREIN, s -> {
            s.publish("publish-2024");
            return null;
        });
        assertThat(published(VEREIN, "publish-2024"))
                .get()
                .satisfies(d -> assertThat(d.recommendations()).hasSize(1));
        assertThat(published(KREIS, "publish-2024"))
                .as("another tenant's documentation")
                .isEmpty();
        as(VEREIN, s -> {
            s.withdraw("publish-2024");
            return null;
        });
        assertThat(published(VEREIN, "publish-2024")).isEmpty();

        as(VEREIN, s -> s.addResult("draft-event-2024", result(draft.get("A"), ResultType.NEED, "x")));
        as(VEREIN, s -> {
            s.publish("draft-event-2024");
            return null;
        });
        assertThat(published(VEREIN, "draft-event-2024"))
                .as("an event not public: no documentation")
                .isEmpty();
    }

    @Test
    void anotherTenantsIdsAreNotFound() throws SQLException {
        Map<String, UUID> w = event(VEREIN, "isolation-2024", "DONE");
        Map<String, UUID> other = event(KREIS, "isolation-kreis-2024", "DONE");
        String e = "isolation-2024";
        UUID k = as(VEREIN, s -> s.addKeyword("Arbeit", null, null));
        UUID a1 = as(VEREIN, s -> s.addResult(e, result(w.get("A"), ResultType.NEED, "Jobs", k)));
        UUID r1 = as(VEREIN, s -> s.addRecommendation(e, rec("Jobs", List.of(a1), List.of(k))));
        UUID theirs =
                as(KREIS, s -> s.addResult("isolation-kreis-2024", result(other.get("A"), ResultType.NEED, "Kreis")));

        assertThatThrownBy(() -> as(KREIS, s -> s.documentation(e))).isInstanceOf(ResultsNotFoundException.class);
        assertThatThrownBy(() -> as(VEREIN, s -> s.addResult(e, result(other.get("A"), ResultType.NEED, "x"))))
                .as("another tenant's workshop")
                .isInstanceOf(ResultsNotFoundException.class);
        assertThatThrownBy(() -> as(VEREIN, s -> s.addRecommendation(e, rec("x", List.of(theirs), List.of()))))
                .as("another tenant's result")
                .isInstanceOf(ResultsNotFoundException.class);
        assertThatThrownBy(() -> as(
                        KREIS,
                        s -> s.addResult("isolation-kreis-2024", result(other.get("A"), ResultType.NEED, "x", k))))
                .as("another tenant's keyword")
                .isInstanceOf(ResultsNotFoundException.class);
        assertThatThrownBy(() -> as(KREIS, s -> {
                    s.move("isolation-kreis-2024", r1, 1);
                    return null;
                }))
                .as("another tenant's recommendation")
                .isInstanceOf(ResultsNotFoundException.class);
        assertThatThrownBy(() -> as(VEREIN, s -> {
                    s.setAside(e, theirs, "x");
                    return null;
                }))
                .isInstanceOf(ResultsNotFoundException.class);
        List<Documentation.KeywordView> kreisKeywords = as(KREIS, s -> s.keywords());
        assertThat(kreisKeywords).isEmpty();
    }

    private static java.util.Optional<Documentation> published(String tenant, String slug) {
        return as(tenant, s -> s.published(slug));
    }

    private static List<String> ids(String event) {
        return as(VEREIN, s -> s.documentation(event)).recommendations().stream()
                .map(RecommendationView::identifier)
                .toList();
    }

    private static <T> T as(String tenant, Function<ResultsService, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant);
            try (PreparedStatement set =
                    em.unwrap(Connection.class).prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant);
                set.execute();
            }
            ResultsService service = new ResultsService();
            service.em = em;
            service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
            T value = TenantContext.callAs(tenant, () -> {
                T v = work.apply(service);
                em.flush();
                return v;
            });
            em.getTransaction().commit();
            return value;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
