package de.fachtag.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.TenantImportService.Outcome;
import de.fachtag.tenant.TenantProfile;
import de.fachtag.tenantconfig.Conformance;
import de.fachtag.tenantconfig.EventDefinition;
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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link EventImportService} writes the ministries that host an event and its figures entered
 * by hand, and replaces them when a changed file is imported; {@link TenantProfile} maps the
 * tenant's region. Without an application server: the product's persistence unit in Java SE
 * (resource-local transactions, the application role, no weaving), migrated by the product's
 * own migration, each transaction bound to its tenant like {@code TenantTransactionBinder}
 * does, so row level security checks every row written.
 *
 * <p>The demo events are the bundled ones of tenant-config; the tenants are inserted as plain
 * rows, since the tenant import needs the server's JSON-P provider.
 */
class EventHostAndFiguresImportTest {

    static final String DATABASE = "fachtag_it_h2_event_hosts_figures";

    static TestDatabase db;
    static EntityManagerFactory emf;
    static List<TenantDefinition> tenants;
    static Map<String, EventDefinition> events = new HashMap<>();

    /**
     * The loader with a validator that finds nothing: the server's Bean Validation provider is
     * not on this module's test class path, and tenant-config's own tests check the files. The
     * binding and the checks against the tenants (hosts are ministries) still run.
     */
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

    /** The schema is migrated by the test, before the unit connects; the server's customizer would need MicroProfile Config. */
    public static class NoMigration implements SessionCustomizer {
        @Override
        public void customize(Session session) {}
    }

    @BeforeAll
    static void migrateSeedAndConnect() throws SQLException {
        db = MigratedDatabase.create(DATABASE);
        tenants = LOADER.loadAll(Optional.empty());
        LOADER.loadEvents(tenants, Optional.empty()).forEach(e -> events.put(e.getSlug(), e));
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
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        PGSimpleDataSource application = db.asApplication();
        application.setStringType("unspecified"); // as the server's data source (PlatformHealth) does
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, application);
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, NoMigration.class.getName());
        properties.put(PersistenceUnitProperties.VALIDATION_MODE, "NONE");
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        // without weaving EclipseLink warns about every lazy to-one it loads eagerly instead
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
    void theRegionalConferencesAreHostedByTheMinistryWithTheirIllustrativeFigures() throws SQLException {
        List<String> conferences = List.of(
                "regionalkonferenz-magdeburg-2019",
                "regionalkonferenz-dessau-rosslau-2019",
                "regionalkonferenz-stendal-2019",
                "regionalkonferenz-halle-2019");
        for (String slug : conferences) {
            assertThat(importEvent(events.get(slug))).isEqualTo(Outcome.CREATED);
        }

        try (Connection c = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.rows(c, """
                    SELECT e.slug, h.ministry_tenant_id FROM event_host h
                      JOIN event e ON e.tenant_id = h.tenant_id AND e.id = h.event_id
                     WHERE h.tenant_id = 'agsa' ORDER BY e.edition"""))
                    .extracting(r -> r.get("slug"), r -> r.get("ministry_tenant_id"))
                    .containsExactly(conferences.stream()
                            .map(s -> tuple(s, "ms-sachsen-anhalt"))
                            .toArray(Tuple[]::new));
            assertThat(Jdbc.rows(c, """
                    SELECT e.slug, m.dimension, m.dim_key, m.participants, m.illustrative FROM manual_figure m
                      JOIN event e ON e.tenant_id = m.tenant_id AND e.id = m.event_id
                     WHERE m.tenant_id = 'agsa' ORDER BY e.edition, m.dimension DESC"""))
                    .extracting(
                            r -> r.get("slug"),
                            r -> r.get("dimension"),
                            r -> r.get("dim_key"),
                            r -> r.get("participants"),
                            r -> r.get("illustrative"))
                    .containsExactly(
                            tuple("regionalkonferenz-magdeburg-2019", "TOTAL", "", 84, true),
                            tuple("regionalkonferenz-magdeburg-2019", "MODE", "ON_SITE", 84, true),
                            tuple("regionalkonferenz-dessau-rosslau-2019", "TOTAL", "", 68, true),
                            tuple("regionalkonferenz-dessau-rosslau-2019", "MODE", "ON_SITE", 68, true),
                            tuple("regionalkonferenz-stendal-2019", "TOTAL", "", 57, true),
                            tuple("regionalkonferenz-stendal-2019", "MODE", "ON_SITE", 57, true),
                            tuple("regionalkonferenz-halle-2019", "TOTAL", "", 88, true),
                            tuple("regionalkonferenz-halle-2019", "MODE", "ON_SITE", 88, true));
        }
        // The figures' marks are on their rows; the event's own list keeps marking what its pages show.
        assertThat(illustrativeOf("agsa", "regionalkonferenz-magdeburg-2019")).containsExactly("edition");
        assertThat(illustrativeOf("agsa", "regionalkonferenz-halle-2019")).isEmpty();
        // The ministry's one cross-tenant read sees them, as the application role: hosted, manual, illustrative.
        try (Connection c = db.asApplication().getConnection()) {
            List<Map<String, Object>> totals = Jdbc.rows(c, """
                    SELECT event_slug, manual, illustrative, confirmed, attended, on_site
                      FROM ministry_figures('ms-sachsen-anhalt')
                     WHERE event_slug LIKE 'regionalkonferenz-%' AND dimension = 'TOTAL'""");
            assertThat(totals).hasSize(4).allSatisfy(row -> {
                assertThat(row.get("manual")).isEqualTo(true);
                assertThat(row.get("illustrative")).isEqualTo(true);
                assertThat(row.get("attended")).isEqualTo(row.get("confirmed"));
            });
            assertThat(totals.stream()
                            .mapToLong(r -> ((Number) r.get("confirmed")).longValue())
                            .sum())
                    .isEqualTo(297);
            assertThat(Jdbc.number(c, """
                    SELECT sum(on_site) FROM ministry_figures('ms-sachsen-anhalt')
                     WHERE event_slug LIKE 'regionalkonferenz-%' AND dimension = 'MODE' AND dim_key = 'ON_SITE'""")).isEqualTo(297);
            assertThat(Jdbc.number(c, "SELECT count(*) FROM ministry_figures('sms-sachsen') WHERE tenant_id = 'agsa'"))
                    .isZero();
        }
    }

    @Test
    void theFachtag2021HasItsFiguresByModeAndWorkshopAndNoHost() throws SQLException {
        assertThat(importEvent(events.get("fachtag-integration-2021"))).isEqualTo(Outcome.CREATED);

        try (Connection c = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.number(c, "SELECT count(*) FROM event_host WHERE tenant_id = 'mittelsachsen'"))
                    .isZero();
            assertThat(figures(c, "mittelsachsen", "fachtag-integration-2021"))
                    .containsExactly(
                            "MODE LIVESTREAM 22 illustrative",
                            "MODE ON_SITE 74 illustrative",
                            "TOTAL  96 illustrative",
                            "WORKSHOP 1 26 illustrative",
                            "WORKSHOP 2 22 illustrative",
                            "WORKSHOP 3 26 illustrative");
        }
        // the public page has nothing invented to mark: the figures are not on it
        assertThat(illustrativeOf("mittelsachsen", "fachtag-integration-2021")).isEmpty();
    }

    @Test
    void aChangedFileReplacesHostsAndFiguresAndAnUnchangedOneKeepsThem() throws SQLException {
        String yaml = """
                tenant: agsa
                slug: nachtreffen-2019
                title:
                  de: Nachtreffen
                format: HYBRID
                hostedBy: [ms-sachsen-anhalt]
                state: DONE
                agenda:
                  - start: "10:00"
                    end: "12:00"
                    kind: WORKSHOP_BLOCK
                    title:
                      de: Workshops
                workshops:
                  - code: A
                    title:
                      de: Erster
                  - code: B
                    title:
                      de: Zweiter
                start: "10:00"
                end: "12:00"
                figures:
                  participants: 40
                  byMode: {ON_SITE: 30, LIVESTREAM: 10}
                  byWorkshop: {A: 12, B: 18}
                  bySector: {ADMINISTRATION: 25, OTHER: 15}
                illustrative: [figures.bySector]
                """;
        assertThat(importEvent(load(yaml))).isEqualTo(Outcome.CREATED);
        try (Connection c = db.asSuperuser().getConnection()) {
            assertThat(hosts(c, "nachtreffen-2019")).containsExactly("ms-sachsen-anhalt");
            assertThat(figures(c, "agsa", "nachtreffen-2019"))
                    .containsExactly(
                            "MODE LIVESTREAM 10",
                            "MODE ON_SITE 30",
                            "SECTOR ADMINISTRATION 25 illustrative",
                            "SECTOR OTHER 15 illustrative",
                            "TOTAL  40",
                            "WORKSHOP A 12",
                            "WORKSHOP B 18");
        }

        assertThat(importEvent(load(yaml))).isEqualTo(Outcome.UNCHANGED);

        EventDefinition changed =
                load(yaml.replace("hostedBy: [ms-sachsen-anhalt]\n", "").replace("""
                          participants: 40
                          byMode: {ON_SITE: 30, LIVESTREAM: 10}
                          byWorkshop: {A: 12, B: 18}
                          bySector: {ADMINISTRATION: 25, OTHER: 15}
                        illustrative: [figures.bySector]
                        """, """
                          participants: 45
                          byWorkshop: {A: 20, B: 25}
                        illustrative: [figures]
                        """));
        assertThat(changed.getFigures().getParticipants())
                .as("the test changed the file")
                .isEqualTo(45);
        assertThat(importEvent(changed)).isEqualTo(Outcome.UPDATED);
        try (Connection c = db.asSuperuser().getConnection()) {
            assertThat(hosts(c, "nachtreffen-2019")).isEmpty();
            assertThat(figures(c, "agsa", "nachtreffen-2019"))
                    .containsExactly(
                            "TOTAL  45 illustrative", "WORKSHOP A 20 illustrative", "WORKSHOP B 25 illustrative");
            // nothing of the first version is left behind
            assertThat(Jdbc.number(c, """
                    SELECT count(*) FROM manual_figure m WHERE m.tenant_id = 'agsa'
                       AND NOT EXISTS (SELECT 1 FROM event e WHERE e.tenant_id = m.tenant_id AND e.id = m.event_id)""")).isZero();
        }

        EventDefinition withoutFigures = load(yaml.substring(0, yaml.indexOf("figures:")));
        assertThat(importEvent(withoutFigures)).isEqualTo(Outcome.UPDATED);
        try (Connection c = db.asSuperuser().getConnection()) {
            assertThat(hosts(c, "nachtreffen-2019")).containsExactly("ms-sachsen-anhalt");
            assertThat(figures(c, "agsa", "nachtreffen-2019")).isEmpty();
        }
    }

    @Test
    void theTenantProfileKeepsItsRegion() throws SQLException {
        UUID id = inTransaction(
                "sms-sachsen",
                em -> {
                    TenantProfile profile = new TenantProfile();
                    profile.changeContact("info@sms.example", null, null);
                    profile.changeBranding("#00566B", "#F2A900");
                    profile.changeTexts(
                            new LocalizedString("Impressum", null), new LocalizedString("Datenschutz", null));
                    profile.changeAccessibilityStatement(
                            Conformance.PARTIAL,
                            null,
                            "info@sms.example",
                            null,
                            new LocalizedString("Schlichtungsstelle", null),
                            LocalDate.of(2026, 1, 1));
                    profile.changeRegion("DE-SN");
                    em.persist(profile);
                },
                em -> em.createNamedQuery("TenantProfile.current", TenantProfile.class)
                        .getSingleResult()
                        .getId());

        try (Connection c = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.value(c, "SELECT region FROM tenant_profile WHERE id = ?", id))
                    .isEqualTo("DE-SN");
        }
        String region = inTransaction(
                "sms-sachsen",
                em -> {
                    TenantProfile profile = em.createNamedQuery("TenantProfile.current", TenantProfile.class)
                            .getSingleResult();
                    assertThat(profile.getRegion()).isEqualTo("DE-SN");
                    profile.changeRegion("DE-SN-MS");
                },
                em -> em.createNamedQuery("TenantProfile.current", TenantProfile.class)
                        .getSingleResult()
                        .getRegion());
        assertThat(region).isEqualTo("DE-SN-MS");
        try (Connection c = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.value(c, "SELECT region FROM tenant_profile WHERE id = ?", id))
                    .isEqualTo("DE-SN-MS");
        }
    }

    private static Outcome importEvent(EventDefinition file) {
        return inTransaction(file.getTenant(), em -> {}, em -> {
            EventImportService service = new EventImportService();
            service.em = em;
            return service.importEvent(file);
        });
    }

    private static List<String> illustrativeOf(String tenant, String slug) {
        return inTransaction(
                tenant,
                em -> {},
                em -> em.createNamedQuery("Event.bySlug", Event.class)
                        .setParameter("slug", slug)
                        .getSingleResult()
                        .getIllustrative());
    }

    private static EventDefinition load(String yaml) {
        return LOADER.loadEvent("nachtreffen-2019.yaml", yaml.getBytes(StandardCharsets.UTF_8), tenants);
    }

    /**
     * Runs {@code work}, then {@code result}, in one transaction of a new entity manager, bound to
     * {@code tenant} in EclipseLink and in PostgreSQL as the server's TenantTransactionBinder does.
     */
    private static <T> T inTransaction(String tenant, Consumer<EntityManager> work, Function<EntityManager, T> result) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant);
            try (PreparedStatement set =
                    em.unwrap(Connection.class).prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant);
                set.execute();
            }
            T value = TenantContext.callAs(tenant, () -> {
                work.accept(em);
                em.flush();
                return result.apply(em);
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

    private static List<String> hosts(Connection c, String eventSlug) throws SQLException {
        return Jdbc.strings(c, """
                SELECT h.ministry_tenant_id FROM event_host h
                  JOIN event e ON e.tenant_id = h.tenant_id AND e.id = h.event_id
                 WHERE e.slug = ?""", eventSlug).stream().sorted().toList();
    }

    /** "DIMENSION key participants [illustrative]", sorted by code point. */
    private static List<String> figures(Connection c, String tenant, String eventSlug) throws SQLException {
        return Jdbc.strings(c, """
                SELECT m.dimension || ' ' || m.dim_key || ' ' || m.participants
                       || CASE WHEN m.illustrative THEN ' illustrative' ELSE '' END
                  FROM manual_figure m
                  JOIN event e ON e.tenant_id = m.tenant_id AND e.id = m.event_id
                 WHERE m.tenant_id = ? AND e.slug = ?""", tenant, eventSlug).stream().sorted().toList();
    }
}
