package de.fachtag.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachtag.actors.ActorDirectory.Actor;
import de.fachtag.actors.ActorDirectory.Contact;
import de.fachtag.actors.ActorDirectory.Responsibility;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.TenantImportService.Outcome;
import de.fachtag.testing.Jdbc;
import de.fachtag.testing.MigratedDatabase;
import de.fachtag.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * The actors directory against PostgreSQL: {@link ActorService} in the product's persistence
 * unit in Java SE, each transaction bound to its tenant as the server binds it (row level
 * security checks every row). The bundled Mittelsachsen file imports and exports to the same
 * file; the checks find a gap, a double and stale entries on a fixture made for them; a name
 * without consent is never published; another tenant's keys and ids are not found; a bad file
 * changes nothing and names its lines.
 */
class ActorServiceTest {

    static final String KREIS = "kreis-actors";
    static final String STADT = "stadt-actors";
    static final String DEMO = "mittelsachsen";
    static final Instant NOW = Instant.parse("2026-05-02T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 2);

    static TestDatabase db;
    static EntityManagerFactory emf;

    public static class NoMigration implements SessionCustomizer {
        @Override
        public void customize(Session session) {}
    }

    @BeforeAll
    static void migrateAndConnect() throws SQLException {
        db = MigratedDatabase.create("fachtag_it_ejb_actors");
        try (Connection c = db.asOwner().getConnection()) {
            Jdbc.update(
                    c,
                    "INSERT INTO tenant (id, name, kind) VALUES (?, 'Kreis', 'DISTRICT'), (?, 'Stadt', 'DISTRICT'),"
                            + " (?, 'Landkreis Mittelsachsen', 'DISTRICT')",
                    KREIS,
                    STADT,
                    DEMO);
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

    /** A gap (integration course: only involved), a double (job placement: two responsible), one fresh and stale entries. */
    static final String FIXTURE = """
            tenant: %s
            asOf: 2026-04-01
            areas:
              - {key: kreis, name: Landkreis, level: DISTRICT}
            targetGroups:
              - key: schutzberechtigte
                label: {de: Schutzberechtigte, en: Recognised refugees}
            actors:
              - key: jobcenter
                name: Jobcenter Kreis
                kind: AGENCY
                level: DISTRICT
                address: {street: Am Markt 1, postcode: "09599", city: Freiberg}
                contacts:
                  - role: Teamleitung Integration
                    name: Erika Muster
                  - role: Arbeitgeberservice
                    name: Max Beispiel
                    nameConsent: {on: 2026-03-01, how: E-Mail an die Redaktion}
              - key: agentur
                name: Agentur für Arbeit
                kind: AGENCY
                level: FEDERAL
              - key: bamf
                name: Bundesamt für Migration und Flüchtlinge
                shortName: BAMF
                kind: AUTHORITY
                level: FEDERAL
            tasks:
              - key: vermittlung
                title: {de: Arbeitsvermittlung SGB II, en: Job placement}
                leika: "99001001000000"
                targetGroup: schutzberechtigte
              - key: kurs
                title: Integrationskurs
                targetGroup: schutzberechtigte
            responsibilities:
              - {task: vermittlung, actor: jobcenter, role: RESPONSIBLE, area: kreis, targetGroup: schutzberechtigte, confirmedOn: 2026-04-01, confirmedBy: Kreis}
              - {task: vermittlung, actor: agentur, role: RESPONSIBLE, area: kreis, targetGroup: schutzberechtigte, confirmedOn: 2024-01-10, confirmedBy: Kreis}
              - {task: kurs, actor: bamf, role: INVOLVED, area: kreis, targetGroup: schutzberechtigte}
            lifeSituations:
              - key: arbeit
                title: Anerkannt, sucht Arbeit
                targetGroup: schutzberechtigte
                steps:
                  - task: kurs
                  - {task: vermittlung, note: Beim Jobcenter melden}
            """;

    @Test
    void theBundledDirectoryImportsOnceAndExportsToAFileThatImportsToTheSameFile() throws IOException {
        byte[] bundled;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("tenants/actors/mittelsachsen.yaml")) {
            bundled = in.readAllBytes();
        }
        assertThat(ActorServiceTest.<Outcome>as(DEMO, s -> s.importAtStart("mittelsachsen.yaml", bundled)))
                .isEqualTo(Outcome.CREATED);
        assertThat(ActorServiceTest.<Outcome>as(DEMO, s -> s.importAtStart("mittelsachsen.yaml", bundled)))
                .as("same file: nothing to do")
                .isEqualTo(Outcome.UNCHANGED);
        ActorDirectory d = as(DEMO, ActorService::directory);
        assertThat(d.actors())
                .extracting(Actor::label)
                .contains(
                        "Agentur für Arbeit",
                        "Jobcenter",
                        "BAMF",
                        "Migrationsberatung",
                        "Ausländerbehörde",
                        "Sozialamt",
                        "Jugendamt",
                        "Schulverwaltung",
                        "Handwerkskammer",
                        "IHK");
        assertThat(d.actors()).allMatch(Actor::illustrative);
        assertThat(d.actor("auslaenderbehoerde").orElseThrow().parent()).isEqualTo("landratsamt");
        assertThat(d.lifeSituations()).isNotEmpty();
        assertThat(ActorChecks.of(d, TODAY).gaps())
                .as("every task of the demo has its responsible actor")
                .isEmpty();
        assertThat(ActorChecks.of(d, TODAY).doubles()).isEmpty();

        byte[] exported = as(DEMO, ActorService::exportFile);
        ActorDirectory reread = ActorFile.parse("export.yaml", exported).directory();
        assertThat(reread).isEqualTo(withoutIds(d));
        as(DEMO, s -> {
            s.importFile("export.yaml", exported);
            return null;
        });
        assertThat(as(DEMO, ActorService::exportFile))
                .as("import/export round trip")
                .isEqualTo(exported);
        assertThat(new String(exported, StandardCharsets.UTF_8))
                .contains("Ramona Noetzel")
                .doesNotContain("nameConsent");
    }

    @Test
    void theChecksListTheGapTheDoubleAndTheStaleEntries() {
        importFixture(KREIS);
        ActorChecks checks = as(KREIS, ActorService::checks);
        assertThat(checks.gaps()).containsExactly(new ActorChecks.Gap("kurs", "kreis", "schutzberechtigte"));
        assertThat(checks.doubles())
                .containsExactly(new ActorChecks.Doubled(
                        "vermittlung", "kreis", "schutzberechtigte", List.of("jobcenter", "agentur")));
        assertThat(checks.stale())
                .extracting(Responsibility::actor)
                .as("older than 12 months, or never confirmed")
                .containsExactlyInAnyOrder("agentur", "bamf");

        // the editor resolves all three: the agency only involved, the BAMF responsible, both confirmed
        ActorDirectory d = as(KREIS, ActorService::directory);
        UUID agency = d.responsibilities().stream()
                .filter(r -> r.actor().equals("agentur"))
                .findFirst()
                .orElseThrow()
                .id();
        as(KREIS, s -> {
            s.removeResponsibility(agency);
            s.addResponsibility(new Responsibility(
                    null,
                    "vermittlung",
                    "agentur",
                    ResponsibilityRole.INVOLVED,
                    "kreis",
                    "schutzberechtigte",
                    null,
                    null,
                    "Arbeitskreis",
                    TODAY,
                    "Kreis"));
            UUID bamf = s.addResponsibility(new Responsibility(
                    null,
                    "kurs",
                    "bamf",
                    ResponsibilityRole.RESPONSIBLE,
                    "kreis",
                    "schutzberechtigte",
                    null,
                    null,
                    null,
                    null,
                    null));
            s.confirmResponsibility(bamf, "Regionalkoordination BAMF");
            return null;
        });
        ActorChecks after = as(KREIS, ActorService::checks);
        assertThat(after.gaps()).isEmpty();
        assertThat(after.doubles()).isEmpty();
        assertThat(after.stale())
                .extracting(Responsibility::actor)
                .containsExactly("bamf")
                .as("the old involved entry of the BAMF is still unconfirmed");
        assertThatThrownBy(() -> as(
                        KREIS,
                        s -> s.addResponsibility(new Responsibility(
                                null,
                                "kurs",
                                "bamf",
                                ResponsibilityRole.RESPONSIBLE,
                                "kreis",
                                "schutzberechtigte",
                                null,
                                null,
                                null,
                                null,
                                null))))
                .isInstanceOfSatisfying(
                        ActorRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("actors.rule.duplicate"));
    }

    @Test
    void aNameWithoutConsentIsNeverPublishedOnlyItsRole() {
        importFixture(STADT);
        ActorDirectory editor = as(STADT, ActorService::directory);
        assertThat(editor.actor("jobcenter").orElseThrow().contacts())
                .extracting(Contact::personName)
                .containsExactly("Erika Muster", "Max Beispiel");
        ActorDirectory published = as(STADT, ActorService::published);
        List<Contact> contacts = published.actor("jobcenter").orElseThrow().contacts();
        assertThat(contacts).extracting(Contact::role).containsExactly("Teamleitung Integration", "Arbeitgeberservice");
        assertThat(contacts).extracting(Contact::personName).containsExactly(null, "Max Beispiel");
        assertThat(contacts)
                .extracting(Contact::consentHow)
                .as("the consent record stays in the back office")
                .containsExactly(null, "E-Mail an die Redaktion");
        assertThat(published.toString()).doesNotContain("Erika Muster");
        assertThat(published.actor("jobcenter").orElseThrow().postcode())
                .as("a postcode stays text")
                .isEqualTo("09599");

        // archived: gone from the public directory with its responsibilities, still in the editor's
        List<Responsibility> referring = as(STADT, s -> s.archiveActor("agentur", true));
        assertThat(referring).extracting(Responsibility::task).containsExactly("vermittlung");
        assertThat(as(STADT, ActorService::published).actor("agentur")).isEmpty();
        assertThat(as(STADT, ActorService::published).ofActor("agentur")).isEmpty();
        assertThat(as(STADT, ActorService::directory)
                        .actor("agentur")
                        .orElseThrow()
                        .archived())
                .isTrue();
    }

    @Test
    void anotherTenantsKeysAndIdsAreNotFound() {
        importFixture(KREIS);
        importFixture(STADT);
        UUID stadtEntry = as(STADT, s -> s.directory().responsibilities().get(0).id());
        assertThatThrownBy(() -> as(KREIS, s -> {
                    s.removeResponsibility(stadtEntry);
                    return null;
                }))
                .isInstanceOf(ActorNotFoundException.class);
        assertThatThrownBy(() -> as(KREIS, s -> {
                    s.confirmResponsibility(stadtEntry, "Kreis");
                    return null;
                }))
                .isInstanceOf(ActorNotFoundException.class);
        assertThat(ActorServiceTest.<Boolean>as(
                        STADT, s -> s.directory().responsibilities().stream().anyMatch(r -> stadtEntry.equals(r.id()))))
                .as("the other tenant's entry is untouched")
                .isTrue();
        assertThatThrownBy(() -> as(KREIS, s -> s.archiveActor("nobody-here", true)))
                .isInstanceOf(ActorNotFoundException.class);
    }

    @Test
    void aBadFileChangesNothingAndNamesEveryProblemWithItsLine() {
        importFixture(KREIS);
        byte[] before = as(KREIS, ActorService::exportFile);
        String bad = """
                tenant: %s
                areas:
                  - {key: kreis, name: Landkreis, level: LAND}
                actors:
                  - key: Jobcenter Kreis
                    name: Jobcenter
                    kind: AGENCY
                    level: DISTRICT
                tasks:
                  - key: kurs
                    title: Integrationskurs
                    leika: "12"
                responsibilities:
                  - {task: kurs, actor: niemand, role: RESPONSIBLE, area: kreis, targetGroup: keine}
                """.formatted(KREIS);
        assertThatThrownBy(() -> as(KREIS, s -> {
                    s.importFile("bad.yaml", bad.getBytes(StandardCharsets.UTF_8));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        ActorFileException.class,
                        e -> assertThat(e.getProblems())
                                .anySatisfy(p ->
                                        assertThat(p).startsWith("bad.yaml:3 areas[0].level: 'LAND' is not one of"))
                                .anySatisfy(p -> assertThat(p).startsWith("bad.yaml:5 actors[0].key:"))
                                .anySatisfy(p -> assertThat(p).startsWith("bad.yaml:12 tasks[0].leika:"))
                                .anySatisfy(p ->
                                        assertThat(p).contains("responsibilities[0].actor: 'niemand' names no actor")));
        assertThatThrownBy(() -> as(KREIS, s -> {
                    s.importFile("stadt.yaml", FIXTURE.formatted(STADT).getBytes(StandardCharsets.UTF_8));
                    return null;
                }))
                .as("a file of another tenant")
                .isInstanceOf(ActorFileException.class);
        assertThat(as(KREIS, ActorService::exportFile)).isEqualTo(before);
    }

    private static void importFixture(String tenant) {
        as(tenant, s -> {
            s.importFile("fixture.yaml", FIXTURE.formatted(tenant).getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    private static ActorDirectory withoutIds(ActorDirectory d) {
        return new ActorDirectory(
                d.asOf(),
                d.source(),
                d.areas(),
                d.targetGroups(),
                d.actors(),
                d.tasks(),
                d.responsibilities().stream().map(Responsibility::withoutId).toList(),
                d.lifeSituations());
    }

    private static <T> T as(String tenant, Function<ActorService, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant);
            try (PreparedStatement set =
                    em.unwrap(Connection.class).prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant);
                set.execute();
            }
            ActorService service = new ActorService();
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
