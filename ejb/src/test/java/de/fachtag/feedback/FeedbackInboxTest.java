package de.fachtag.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachtag.mail.TestOutbox;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
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
 * The feedback inbox against PostgreSQL: {@link FeedbackService} in the product's persistence
 * unit in Java SE (resource-local transactions as the application role, each bound to its tenant
 * as {@code TenantTransactionBinder} does, so row level security checks every row), with a clock
 * the test sets. The moves between NEW, ANSWERED and CLOSED, the reply deadline and the
 * dashboard's counts; another tenant's message is not found; a new message is mailed to the
 * tenant's feedback contact through the outbox in the same transaction (none if it rolls back);
 * and V11's checks refuse rows that no move can produce, whoever writes them.
 */
class FeedbackInboxTest {

    static final String KREIS = "kreis-feedback";
    static final String VEREIN = "verein-feedback";
    static final Instant RECEIVED = Instant.parse("2027-03-01T09:30:00Z");
    static final String CONTACT = "barrierefrei@kreis.example";

    static TestDatabase db;
    static EntityManagerFactory emf;

    /** The schema is migrated by the test, before the unit connects; the server's customizer would need MicroProfile Config. */
    public static class NoMigration implements SessionCustomizer {
        @Override
        public void customize(Session session) {}
    }

    @BeforeAll
    static void migrateAndConnect() throws SQLException {
        db = MigratedDatabase.create("fachtag_it_ejb_feedback_inbox");
        try (Connection c = db.asOwner().getConnection()) {
            Jdbc.update(
                    c,
                    "INSERT INTO tenant (id, name, kind) VALUES (?, 'Landkreis Kreis', 'DISTRICT'), (?, 'Verein', 'ASSOCIATION')",
                    KREIS,
                    VEREIN);
        }
        // the district has its accessibility feedback contact; the association has no profile (no one to mail)
        try (Connection c = db.asApplication().getConnection()) {
            c.setAutoCommit(false);
            Jdbc.execute(c, "SELECT set_config('app.tenant_id', ?, true)", KREIS);
            Jdbc.update(c, """
                    INSERT INTO tenant_profile (tenant_id, id, email, primary_colour, accent_colour, imprint_de,
                        privacy_de, a11y_conformance, a11y_feedback_email, a11y_arbitration_de)
                    VALUES (?, ?, 'info@kreis.example', '#112233', '#445566', 'Impressum', 'Datenschutz', 'PARTIAL',
                        ?, 'Schlichtungsstelle')""", KREIS, UUID.randomUUID(), CONTACT);
            c.commit();
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
    void aMessageMovesFromNewToAnsweredToClosedAndBackAndKeepsItsDeadline() throws SQLException {
        UUID id = submit(KREIS, RECEIVED, "Der Kontrast der Knöpfe ist zu schwach.", "leser@example.org");
        FeedbackItem fresh =
                as(KREIS, RECEIVED.plusSeconds(60), s -> s.find(id)).orElseThrow();
        assertThat(fresh.state()).isEqualTo(FeedbackState.NEW);
        assertThat(fresh.receivedAt()).isEqualTo(RECEIVED);
        assertThat(fresh.replyDue())
                .as("fourteen days after receipt")
                .isEqualTo(Instant.parse("2027-03-15T09:30:00Z"))
                .isEqualTo(RECEIVED.plus(FeedbackMessage.REPLY_PERIOD));
        assertThat(fresh.page()).isEqualTo("/t/kreis-feedback/e/fachtag");
        assertThat(fresh.contactEmail()).isEqualTo("leser@example.org");

        assertThatThrownBy(() -> as(KREIS, RECEIVED, s -> s.reopen(id)))
                .as("an open message cannot be reopened")
                .isInstanceOf(FeedbackStateException.class);

        Instant answered = RECEIVED.plus(Duration.ofDays(3));
        FeedbackItem a = as(
                KREIS,
                answered,
                s -> s.answer(id, "  Per Mail geantwortet; Knöpfe werden geändert.  ", "organizer@kreis.example"));
        assertThat(a.state()).isEqualTo(FeedbackState.ANSWERED);
        assertThat(a.answerNote()).isEqualTo("Per Mail geantwortet; Knöpfe werden geändert.");
        assertThat(a.answeredAt()).isEqualTo(answered);
        assertThat(a.answeredBy()).isEqualTo("organizer@kreis.example");
        assertThatThrownBy(() -> as(KREIS, answered, s -> s.answer(id, "noch einmal", "admin@kreis.example")))
                .as("answered once; a second answer is refused and changes nothing")
                .isInstanceOf(FeedbackStateException.class)
                .satisfies(e -> assertThat(((FeedbackStateException) e).state()).isEqualTo(FeedbackState.ANSWERED));
        assertThat(row(id)).containsEntry("state", "ANSWERED").containsEntry("answered_by", "organizer@kreis.example");

        Instant closed = answered.plus(Duration.ofDays(1));
        FeedbackItem c = as(KREIS, closed, s -> s.close(id, "admin@kreis.example"));
        assertThat(c.state()).isEqualTo(FeedbackState.CLOSED);
        assertThat(c.closedAt()).isEqualTo(closed);
        assertThatThrownBy(() -> as(KREIS, closed, s -> s.close(id, "admin@kreis.example")))
                .isInstanceOf(FeedbackStateException.class);
        assertThatThrownBy(() -> as(KREIS, closed, s -> s.answer(id, null, "admin@kreis.example")))
                .as("a closed message is reopened before it is answered again")
                .isInstanceOf(FeedbackStateException.class);

        Instant reopened = RECEIVED.plus(Duration.ofDays(20));
        FeedbackItem r = as(KREIS, reopened, s -> s.reopen(id));
        assertThat(r.state()).isEqualTo(FeedbackState.NEW);
        assertThat(r.closedAt()).isNull();
        assertThat(r.replyDue()).as("reopening does not start the clock again").isEqualTo(fresh.replyDue());
        assertThat(r.overdue())
                .as("reopened after its deadline: overdue at once")
                .isTrue();
        assertThat(r.answerNote())
                .as("the earlier answer stays on record")
                .isEqualTo("Per Mail geantwortet; Knöpfe werden geändert.");

        FeedbackItem again = as(KREIS, reopened, s -> s.answer(id, null, "admin@kreis.example"));
        assertThat(again.state()).isEqualTo(FeedbackState.ANSWERED);
        assertThat(again.answerNote()).as("no note this time").isNull();
        assertThat(again.answeredBy()).isEqualTo("admin@kreis.example");
        FeedbackItem closedUnanswered = as(KREIS, reopened, s -> s.reopen(id));
        assertThat(as(KREIS, reopened, s -> s.close(closedUnanswered.id(), "admin@kreis.example"))
                        .state())
                .as("a message may be closed without an answer (nothing to answer)")
                .isEqualTo(FeedbackState.CLOSED);
    }

    @Test
    void openAndOverdueAreCountedAtTheDeadlineAndAnAnswerTakesAMessageOffBoth() {
        Instant start = Instant.parse("2027-05-01T08:00:00Z");
        UUID first = submit(VEREIN, start, "Das PDF ist nicht lesbar.", null);
        UUID second = submit(VEREIN, start.plus(Duration.ofDays(5)), "Kein Untertitel im Video.", null);
        UUID closed = submit(VEREIN, start, "Danke!", null);
        as(VEREIN, start.plusSeconds(10), s -> s.close(closed, "admin@verein.example"));

        Instant due = start.plus(FeedbackMessage.REPLY_PERIOD);
        assertThat(as(VEREIN, due, FeedbackService::counts))
                .as("at the deadline, not yet overdue")
                .isEqualTo(new FeedbackCounts(2, 0));
        assertThat(as(VEREIN, due.plusSeconds(1), FeedbackService::counts))
                .as("a second later")
                .isEqualTo(new FeedbackCounts(2, 1));
        assertThat(as(VEREIN, due.plusSeconds(1), FeedbackService::inbox))
                .as("open first, the most urgent on top; closed last")
                .extracting(FeedbackItem::id, FeedbackItem::state, FeedbackItem::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, FeedbackState.NEW, true),
                        org.assertj.core.groups.Tuple.tuple(second, FeedbackState.NEW, false),
                        org.assertj.core.groups.Tuple.tuple(closed, FeedbackState.CLOSED, false));

        as(VEREIN, due.plusSeconds(2), s -> s.answer(first, "angerufen", "organizer@verein.example"));
        assertThat(as(VEREIN, due.plusSeconds(3), FeedbackService::counts)).isEqualTo(new FeedbackCounts(1, 0));
        assertThat(as(VEREIN, due.plusSeconds(3), s -> s.find(first))
                        .orElseThrow()
                        .overdue())
                .as("answered late is no longer overdue")
                .isFalse();
        assertThat(as(KREIS, due, FeedbackService::counts).open())
                .as("the other tenant's counts are its own")
                .isLessThanOrEqualTo(1);
    }

    @Test
    void anotherTenantsMessageIsNotFoundAndCannotBeChanged() throws SQLException {
        UUID theirs = submit(VEREIN, RECEIVED, "Nur für den Verein.", null);
        java.util.Optional<FeedbackItem> found = as(KREIS, RECEIVED, s -> s.find(theirs));
        assertThat(found).isEmpty();
        assertThat(as(KREIS, RECEIVED, FeedbackService::inbox))
                .extracting(FeedbackItem::id)
                .doesNotContain(theirs);
        assertThatThrownBy(() -> as(KREIS, RECEIVED, s -> s.answer(theirs, "fremd", "organizer@kreis.example")))
                .isInstanceOf(FeedbackNotFoundException.class);
        assertThatThrownBy(() -> as(KREIS, RECEIVED, s -> s.close(theirs, "organizer@kreis.example")))
                .isInstanceOf(FeedbackNotFoundException.class);
        assertThatThrownBy(() -> as(KREIS, RECEIVED, s -> s.answer(UUID.randomUUID(), null, "organizer@kreis.example")))
                .isInstanceOf(FeedbackNotFoundException.class);
        assertThat(row(theirs)).containsEntry("state", "NEW").containsEntry("answered_at", null);
    }

    @Test
    void theTableRefusesRowsNoMoveCanProduce() throws SQLException {
        UUID id = submit(KREIS, RECEIVED, "Prüfung der Regeln.", null);
        Map<String, String> refused = Map.of(
                "state = 'FORWARDED'", "the old V1 state is gone",
                "state = 'ANSWERED'", "answered without a time",
                "state = 'CLOSED'", "closed without a time",
                "closed_at = now()", "a closing time on an open message",
                "reply_due = received_at", "a deadline not after receipt",
                "answer_note = repeat('x', 2001)", "a note over 2,000 characters");
        for (var e : refused.entrySet()) {
            try (Connection c = db.asApplication().getConnection()) {
                c.setAutoCommit(false);
                Jdbc.execute(c, "SELECT set_config('app.tenant_id', ?, true)", KREIS);
                assertThatThrownBy(
                                () -> Jdbc.update(c, "UPDATE feedback_message SET " + e.getKey() + " WHERE id = ?", id))
                        .as(e.getValue())
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("check constraint");
                c.rollback();
            }
        }
        try (Connection c = db.asApplication().getConnection()) {
            c.setAutoCommit(false);
            Jdbc.execute(c, "SELECT set_config('app.tenant_id', ?, true)", KREIS);
            assertThatThrownBy(() -> Jdbc.update(
                            c,
                            "INSERT INTO feedback_message (tenant_id, id, page, message, locale)"
                                    + " VALUES (?, ?, '/', 'ohne Frist', 'de')",
                            KREIS,
                            UUID.randomUUID()))
                    .as("every message has a deadline")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("reply_due");
            c.rollback();
        }
        assertThat(row(id)).containsEntry("state", "NEW");
    }

    @Test
    void aNewMessageIsMailedToTheFeedbackContactInTheSameTransactionWithTheSenderAsReplyTo() throws SQLException {
        String secret = "kreis-feedback." + "Ab1_".repeat(10) + "xyz";
        String text =
                "Die Tabelle auf der Seite hat keine Überschriften.\nZweite Zeile <b>fett</b>? Link: /r/" + secret;
        FeedbackForm form = new FeedbackForm();
        form.setMessage(text);
        form.setPage("/r/" + secret);
        form.setName("Lea Leserin");
        form.setEmail("lea@example.org");
        UUID id = as(KREIS, RECEIVED, s -> s.submit(form, Locale.ENGLISH));

        Map<String, Object> mail = mailsTo(CONTACT).stream()
                .filter(m -> String.valueOf(m.get("body_text")).contains(id.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail for " + id));
        assertThat(mail)
                .containsEntry("kind", "FEEDBACK")
                .containsEntry("reply_to", "lea@example.org")
                .containsEntry("registration_id", null)
                .containsEntry("language", "de")
                .containsEntry("body_html", null)
                .containsEntry("sent_at", null);
        assertThat((String) mail.get("subject"))
                .isEqualTo("Rückmeldung zur Barrierefreiheit an Landkreis Kreis, Antwort bis 15.03.2027");
        String body = (String) mail.get("body_text");
        assertThat(body)
                .contains("/organizer/kreis-feedback/feedback/" + id)
                .contains(
                        "> Die Tabelle auf der Seite hat keine Überschriften.\n> Zweite Zeile <b>fett</b>? Link: /r/…")
                .contains("Betroffene Seite: http://localhost:8080/r/…")
                .contains("Name: Lea Leserin")
                .contains("E-Mail-Adresse: lea@example.org")
                .contains("Eingegangen: 01.03.2027, 10:30")
                .contains("bis zum 15.03.2027")
                .contains("geht die Antwort an lea@example.org")
                .as("no private link in the stored mail")
                .doesNotContain(secret);
        assertThat(row(id))
                .as("nor in the stored message")
                .extracting(r -> r.get("page") + " " + r.get("message"))
                .asString()
                .doesNotContain(secret);

        // without an address: no Reply-To, and the mail says so
        UUID anonymous = submit(KREIS, RECEIVED, "Ohne Absender.", null);
        Map<String, Object> second = mailsTo(CONTACT).stream()
                .filter(m -> String.valueOf(m.get("body_text")).contains(anonymous.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(second).containsEntry("reply_to", null);
        assertThat((String) second.get("body_text"))
                .contains("E-Mail-Adresse: nicht angegeben")
                .contains("keine E-Mail-Adresse angegeben");
    }

    @Test
    void aMessageThatIsNotStoredIsNotMailedEither() throws SQLException {
        int before = mailsTo(CONTACT).size();
        assertThatThrownBy(() -> as(KREIS, RECEIVED, s -> {
                    submit(s, "Wird zurückgerollt.");
                    throw new IllegalStateException("the transaction fails after the submit");
                }))
                .hasMessageContaining("fails after");
        assertThat(mailsTo(CONTACT)).hasSize(before);
        try (Connection c = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.number(c, "SELECT count(*) FROM feedback_message WHERE message = 'Wird zurückgerollt.'"))
                    .isZero();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static UUID submit(FeedbackService service, String text) {
        FeedbackForm form = new FeedbackForm();
        form.setMessage(text);
        return service.submit(form, Locale.GERMAN);
    }

    private static java.util.List<Map<String, Object>> mailsTo(String recipient) throws SQLException {
        try (Connection c = db.asSuperuser().getConnection()) {
            return Jdbc.rows(c, "SELECT * FROM outbox_mail WHERE recipient = ? ORDER BY created_at", recipient);
        }
    }

    private static UUID submit(String tenant, Instant at, String text, String email) {
        FeedbackForm form = new FeedbackForm();
        form.setMessage(text);
        form.setPage("/t/" + tenant + "/e/fachtag");
        form.setEmail(email);
        return as(tenant, at, s -> s.submit(form, Locale.GERMAN));
    }

    private static Map<String, Object> row(UUID id) throws SQLException {
        try (Connection c = db.asSuperuser().getConnection()) {
            return Jdbc.rows(c, "SELECT * FROM feedback_message WHERE id = ?", id)
                    .get(0);
        }
    }

    /**
     * Runs {@code work} on a {@link FeedbackService} whose clock says {@code now}, in one
     * transaction of a new entity manager bound to {@code tenant} in EclipseLink and in
     * PostgreSQL as the server's TenantTransactionBinder does; commits unless it throws.
     */
    private static <T> T as(String tenant, Instant now, Function<FeedbackService, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant);
            try (PreparedStatement set =
                    em.unwrap(Connection.class).prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant);
                set.execute();
            }
            FeedbackService service = new FeedbackService();
            service.em = em;
            service.clock = Clock.fixed(now, ZoneOffset.UTC);
            service.outbox = TestOutbox.of(em, service.clock);
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
