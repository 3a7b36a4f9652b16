package de.fachtag.results;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.event.EventImportService;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.TenantImportService.Outcome;
import de.fachtag.tenantconfig.EventDefinition;
import de.fachtag.tenantconfig.SeriesDefinition;
import de.fachtag.tenantconfig.TenantConfigLoader;
import de.fachtag.tenantconfig.TenantDefinition;
import de.fachtag.testing.Jdbc;
import de.fachtag.testing.MigratedDatabase;
import de.fachtag.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * The demo's results, keywords and documentations imported from the bundled files against
 * PostgreSQL: everything once, nothing on the next start, and an event rebuilt from a changed
 * file takes its results and the series documentation written from them along (the keys would
 * refuse its removal otherwise) and gets them again from the files.
 */
class ResultsImportTest {

    static final String AGSA = "agsa";
    static final String SERIES = "regionalkonferenzen-2019";
    static final String HALLE = "regionalkonferenz-halle-2019";
    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    static TestDatabase db;
    static EntityManagerFactory emf;
    static List<TenantDefinition> tenants;
    static Map<String, EventDefinition> events = new LinkedHashMap<>();
    static TenantDefinition agsa;

    /** The server's Bean Validation provider is not on this module's test class path; tenant-config's tests check the files. */
    static final TenantConfigLoader LOADER = new TenantConfigLoader(new Validator() {
        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String property, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(
                Class<T> type, String property, Object value, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExecutableValidator forExecutables() {
            throw new UnsupportedOperationException();
        }
    });

    public static class NoMigration implements SessionCustomizer {
        @Override
        public void customize(Session session) {}
    }

    @BeforeAll
    static void migrateSeedAndConnect() throws SQLException {
        db = MigratedDatabase.create("fachtag_it_ejb_results_import");
        tenants = LOADER.loadAll(Optional.empty());
        LOADER.loadEvents(tenants, Optional.empty()).forEach(e -> events.put(e.getSlug(), e));
        agsa = tenants.stream()
                .filter(t -> t.getSlug().equals(AGSA))
                .findFirst()
                .orElseThrow();
        try (Connection c = db.asOwner().getConnection()) {
            for (TenantDefinition t : tenants) {
                Jdbc.update(
                        c,
                        "INSERT INTO tenant (id, name, kind) VALUES (?, ?, ?)",
                        t.getSlug(),
                        t.getName(),
                        t.getKind().name());
            }
        }
        try (Connection c = db.asSuperuser().getConnection()) {
            for (SeriesDefinition s : agsa.getSeries()) {
                Jdbc.update(
                        c,
                        "INSERT INTO event_series (tenant_id, id, slug, title_de) VALUES (?, ?, ?, ?)",
                        AGSA,
                        UUID.randomUUID(),
                        s.getSlug(),
                        s.getTitle().getDe());
            }
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

    @Test
    void theDemoIsImportedOnceAndAgainWithAChangedEventFile() throws SQLException {
        List<EventDefinition> agsaEvents =
                events.values().stream().filter(e -> e.getTenant().equals(AGSA)).toList();
        agsaEvents.forEach(e -> assertThat(importEvent(e)).isEqualTo(Outcome.CREATED));
        assertThat(startImport(agsaEvents))
                .as("keywords, events with results, series documentation")
                .containsExactly(16, 5, 1);
        try (Connection c = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.number(c, "SELECT count(*) FROM result_item WHERE tenant_id = 'agsa'"))
                    .isEqualTo(26);
            assertThat(Jdbc.number(c, "SELECT count(*) FROM recommendation WHERE tenant_id = 'agsa'"))
                    .isEqualTo(12);
            assertThat(Jdbc.number(
                            c,
                            "SELECT count(*) FROM recommendation_document WHERE published_at IS NOT NULL"
                                    + " AND illustrative"))
                    .isEqualTo(2);
            // one recommendation of the series from results of three conferences
            assertThat(Jdbc.number(c, """
                    SELECT count(DISTINCT i.event_id) FROM recommendation r
                      JOIN recommendation_document d ON d.tenant_id = r.tenant_id AND d.id = r.document_id
                      JOIN recommendation_source s ON s.tenant_id = r.tenant_id AND s.recommendation_id = r.id
                      JOIN result_item i ON i.tenant_id = s.tenant_id AND i.id = s.result_id
                     WHERE d.prefix = 'HE-2019-RK' AND r.number = 3""")).isEqualTo(2);
        }
        assertThat(startImport(agsaEvents)).as("the next start imports nothing").containsExactly(0, 0, 0);

        EventDefinition changed = LOADER.loadEvent(
                "agsa-regionalkonferenz-halle-2019.yaml",
                bundled("agsa-regionalkonferenz-halle-2019.yaml")
                        .replace(
                                "Wichtig bleibt die klare Botschaft der Aussage.",
                                "Wichtig bleibt die klare Botschaft.")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                tenants);
        assertThat(importEvent(changed)).isEqualTo(Outcome.UPDATED);
        try (Connection c = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.number(c, "SELECT count(*) FROM recommendation_document WHERE prefix = 'HE-2019-RK'"))
                    .as("the series documentation went with the conference's results")
                    .isZero();
        }
        List<EventDefinition> now = agsaEvents.stream()
                .map(e -> e.getSlug().equals(HALLE) ? changed : e)
                .toList();
        assertThat(startImport(now)).containsExactly(0, 1, 1);
        try (Connection c = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.number(c, "SELECT count(*) FROM result_item WHERE tenant_id = 'agsa'"))
                    .isEqualTo(26);
            assertThat(
                            Jdbc.number(
                                    c,
                                    "SELECT count(*) FROM recommendation_source s JOIN result_item i"
                                            + " ON i.tenant_id = s.tenant_id AND i.id = s.result_id WHERE i.text_de = 'Wichtig bleibt die klare Botschaft.'"))
                    .as("the series' recommendation names the new result")
                    .isEqualTo(1);
        }
    }

    /** What TenantImporter does after the events: vocabulary, events' results, series documentation; the counts. */
    private static List<Integer> startImport(List<EventDefinition> agsaEvents) {
        int keywords = inTransaction(em -> service(em).importVocabulary(agsa.getKeywords()));
        int withResults = 0;
        for (EventDefinition e : agsaEvents) {
            if (inTransaction(em -> service(em).importEventResults(e, agsa.getKeywords()))) {
                withResults++;
            }
        }
        SeriesDefinition series = agsa.getSeries().stream()
                .filter(s -> s.getSlug().equals(SERIES))
                .findFirst()
                .orElseThrow();
        List<EventDefinition> ofSeries =
                agsaEvents.stream().filter(e -> SERIES.equals(e.getSeries())).toList();
        int docs = inTransaction(em -> service(em).importSeriesDocumentation(series, ofSeries, agsa.getKeywords()))
                ? 1
                : 0;
        return List.of(keywords, withResults, docs);
    }

    private static ResultsImportService service(EntityManager em) {
        ResultsImportService s = new ResultsImportService();
        s.em = em;
        s.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return s;
    }

    private static Outcome importEvent(EventDefinition file) {
        return inTransaction(em -> {
            EventImportService service = new EventImportService();
            try {
                Field f = EventImportService.class.getDeclaredField("em");
                f.setAccessible(true);
                f.set(service, em);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return service.importEvent(file);
        });
    }

    private static String bundled(String name) {
        try (InputStream in = ResultsImportTest.class.getResourceAsStream("/tenants/events/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, AGSA);
            try (PreparedStatement set =
                    em.unwrap(Connection.class).prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                set.setString(1, AGSA);
                set.execute();
            }
            T value = TenantContext.callAs(AGSA, () -> {
                T v = work.apply(em);
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
