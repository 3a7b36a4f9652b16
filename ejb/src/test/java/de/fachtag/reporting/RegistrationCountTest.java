package de.fachtag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.testing.Jdbc;
import de.fachtag.testing.MigratedDatabase;
import de.fachtag.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counts kept beside the registrations ({@code registration_count}, V8) against a recount
 * from the rows ({@code registration_recount}), after everything that changes a registration:
 * registering, confirming, promoting, workshop moves, mode switches, corrections, check-ins,
 * cancellations, returning after a cancellation, deletion, a rolled-back transaction, the
 * retention job's erasure, and registrations from two connections at once. And
 * {@code ministry_figures}, which now reads the counts, against the same figures grouped from the
 * rows as V5 counted them, before and after the erasure.
 *
 * <p>Plain JDBC as the application role, each transaction bound to its tenant as the server does.
 */
class RegistrationCountTest {

    static final String KREIS = "kreis-zaehlung";
    static final String VEREIN = "verein-zaehlung";
    static final String MINISTRY = "ministerium-zaehlung";
    static final List<String> SECTORS = List.of("ADMINISTRATION", "JOB_CENTRE", "EDUCATION", "OTHER");

    static TestDatabase db;
    /** Events: hybrid and over, with two workshops; ahead, livestream too; entered by hand; the other tenant's, over. */
    static UUID past;

    static UUID ahead;
    static UUID manual;
    static UUID other;
    static UUID workshopA;
    static UUID workshopB;
    static final ExecutorService pool = Executors.newFixedThreadPool(2);

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @BeforeAll
    static void seed() throws SQLException {
        db = MigratedDatabase.create("fachtag_it_ejb_registration_count");
        try (Connection app = db.asApplication().getConnection()) {
            Jdbc.update(
                    app,
                    "INSERT INTO tenant (id, name, kind) VALUES (?, 'Kreis', 'DISTRICT'), (?, 'Verein', 'ASSOCIATION'),"
                            + " (?, 'Ministerium', 'MINISTRY')",
                    KREIS,
                    VEREIN,
                    MINISTRY);
        }
        past = UUID.randomUUID();
        ahead = UUID.randomUUID();
        manual = UUID.randomUUID();
        other = UUID.randomUUID();
        workshopA = UUID.randomUUID();
        workshopB = UUID.randomUUID();
        inTransaction(KREIS, c -> {
            UUID funder = funder(c, KREIS);
            event(c, KREIS, past, "vorbei", "current_date - 30", "HYBRID", funder);
            event(c, KREIS, ahead, "bald", "current_date + 30", "HYBRID", funder);
            event(c, KREIS, manual, "papier", "current_date - 400", "ON_SITE", funder);
            Jdbc.update(
                    c,
                    "INSERT INTO workshop (tenant_id, id, event_id, code, title_de) VALUES (?, ?, ?, 'A', 'Erster'),"
                            + " (?, ?, ?, 'B', 'Zweiter')",
                    KREIS,
                    workshopA,
                    past,
                    KREIS,
                    workshopB,
                    past);
            Jdbc.update(
                    c,
                    "INSERT INTO manual_figure (tenant_id, event_id, dimension, dim_key, participants)"
                            + " VALUES (?, ?, 'TOTAL', '', 40), (?, ?, 'MODE', 'ON_SITE', 40)",
                    KREIS,
                    manual,
                    KREIS,
                    manual);
            return null;
        });
        inTransaction(VEREIN, c -> {
            UUID funder = funder(c, VEREIN);
            event(c, VEREIN, other, "anderswo", "current_date - 10", "ON_SITE", funder);
            return event(c, VEREIN, UUID.randomUUID(), "leer", "current_date + 60", "ON_SITE", funder);
        });
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @Test
    void theKeptCountsEqualARecountAfterEveryKindOfChangeAndTheErasure() throws Exception {
        try (Connection su = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.strings(su, """
                    SELECT column_name FROM information_schema.columns WHERE table_name = 'registration_count'
                     ORDER BY ordinal_position"""))
                    .as("registration_count holds counts and what they are counted by, nothing about a person")
                    .containsExactly(
                            "tenant_id",
                            "id",
                            "event_id",
                            "mode",
                            "sector",
                            "workshop_id",
                            "made",
                            "confirmed",
                            "waitlisted",
                            "cancelled",
                            "promoted",
                            "attended",
                            "absent");
        }

        List<UUID> regs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            boolean onSite = i % 3 != 0;
            regs.add(register(
                    KREIS,
                    past,
                    onSite ? "ON_SITE" : "LIVESTREAM",
                    SECTORS.get(i % 4),
                    onSite ? (i % 2 == 0 ? workshopA : workshopB) : null,
                    i % 5 == 4 ? "WAITLISTED" : "CONFIRMED"));
        }
        for (int i = 0; i < 6; i++) {
            register(KREIS, ahead, i % 2 == 0 ? "ON_SITE" : "LIVESTREAM", SECTORS.get(i % 2), null, "CONFIRMED");
            register(KREIS, manual, "ON_SITE", "OTHER", null, "CONFIRMED");
            register(VEREIN, other, "ON_SITE", SECTORS.get(i % 3), null, i == 5 ? "WAITLISTED" : "CONFIRMED");
        }
        assertKeptEqualsRecount("after registering");

        // waiting people move up; someone changes workshop, someone else switches mode; a sector is corrected
        change(KREIS, regs.get(4), "status = 'CONFIRMED', promoted_at = now(), confirmed_at = now()");
        change(KREIS, regs.get(9), "status = 'CONFIRMED', promoted_at = now(), confirmed_at = now()");
        change(KREIS, regs.get(1), "workshop_id = ?", workshopA);
        change(KREIS, regs.get(2), "workshop_id = ?", workshopB);
        change(KREIS, regs.get(0), "mode = 'ON_SITE', workshop_id = ?", workshopB);
        change(KREIS, regs.get(5), "mode = 'LIVESTREAM', workshop_id = NULL");
        change(KREIS, regs.get(7), "sector = 'VOLUNTEER'");
        assertKeptEqualsRecount("after promotions, moves, mode switches and a correction");

        // at the door; cancellations (one of them checked in before); back after cancelling
        for (int i = 0; i < 24; i += 2) {
            change(KREIS, regs.get(i), "checked_in_at = now()");
        }
        change(KREIS, regs.get(10), "status = 'CANCELLED', cancelled_at = now()");
        change(KREIS, regs.get(11), "status = 'CANCELLED', cancelled_at = now()");
        change(KREIS, regs.get(13), "status = 'CANCELLED', cancelled_at = now()");
        change(
                KREIS,
                regs.get(13),
                "status = 'WAITLISTED', cancelled_at = NULL, arrival = nextval('registration_arrival')");
        // several changes of one row in one transaction, and one rolled back
        inTransaction(KREIS, c -> {
            Jdbc.update(
                    c, "UPDATE registration SET status = 'CONFIRMED', promoted_at = now() WHERE id = ?", regs.get(14));
            Jdbc.update(c, "UPDATE registration SET workshop_id = ? WHERE id = ?", workshopB, regs.get(14));
            return Jdbc.update(c, "UPDATE registration SET checked_in_at = now() WHERE id = ?", regs.get(14));
        });
        try (Connection c = db.asApplication().getConnection()) {
            c.setAutoCommit(false);
            Jdbc.execute(c, "SELECT set_config('app.tenant_id', ?, true)", KREIS);
            Jdbc.update(c, "UPDATE registration SET status = 'CANCELLED' WHERE event_id = ?", past);
            c.rollback();
        }
        // a registration that never should have been (deleted, with its count)
        inTransaction(KREIS, c -> Jdbc.update(c, "DELETE FROM registration WHERE id = ?", regs.get(23)));
        assertKeptEqualsRecount("after check-ins, cancellations, a return, a rolled-back change and a deletion");

        List<String> before = ministryFigures();
        assertThat(before)
                .as("ministry_figures from the counts, against the rows grouped as V5 did")
                .filteredOn(line -> !line.startsWith(VEREIN + "/leer "))
                .containsExactlyElementsOf(figuresFromTheRows());
        assertThat(before)
                .as("an event in scope without registrations shows with zeros")
                .filteredOn(line -> line.startsWith(VEREIN + "/leer "))
                .containsExactly(VEREIN + "/leer TOTAL  f 0 0 0 0 0 0 0 0 0");
        assertThat(before)
                .as("the event with figures entered by hand is reported from those alone")
                .filteredOn(line -> line.startsWith(KREIS + "/papier "))
                .containsExactly(
                        KREIS + "/papier MODE ON_SITE t null 40 null null null 40 null 40 null",
                        KREIS + "/papier TOTAL  t null 40 null null null null null 40 null");
        assertThat(before)
                .as("no-shows of the past event (confirmed on site, not checked in)")
                .anyMatch(line -> line.startsWith(KREIS + "/vorbei TOTAL ") && !line.endsWith(" 0"));

        // the retention job's erasure, as RetentionService does it: the person goes, the counts stay
        for (String tenant : List.of(KREIS, VEREIN)) {
            inTransaction(tenant, c -> {
                Jdbc.update(c, "DELETE FROM registration_link");
                return Jdbc.update(c, """
                    UPDATE registration SET name = NULL, email = NULL, email_key = NULL, organisation = NULL,
                           accessibility_needs = NULL, dietary_note = NULL, checkin_code = NULL,
                           contact_erased_at = coalesce(contact_erased_at, now()), anonymized_at = now(), updated_at = now()
                     WHERE anonymized_at IS NULL""");
            });
        }
        try (Connection su = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.number(
                            su, "SELECT count(*) FROM registration WHERE email_key IS NOT NULL OR name IS NOT NULL"))
                    .as("people left after the erasure")
                    .isZero();
        }
        assertKeptEqualsRecount("after the erasure");
        assertThat(ministryFigures()).as("ministry_figures after the erasure").containsExactlyElementsOf(before);
    }

    @Test
    void registrationsFromTwoConnectionsAtOnceLoseNoCount() throws Exception {
        UUID event = UUID.randomUUID();
        inTransaction(VEREIN, c -> event(c, VEREIN, event, "gleichzeitig", "current_date + 5", "HYBRID", null));

        // both create the same new combination: the second waits for the first, then adds to its row
        try (Connection first = db.asApplication().getConnection();
                Connection second = db.asApplication().getConnection()) {
            for (Connection c : List.of(first, second)) {
                c.setAutoCommit(false);
                Jdbc.execute(c, "SELECT set_config('app.tenant_id', ?, true)", VEREIN);
            }
            insertRegistration(first, VEREIN, event, "ON_SITE", "BUSINESS", null, "CONFIRMED");
            CountDownLatch started = new CountDownLatch(1);
            Future<Integer> waiting = pool.submit(() -> {
                started.countDown();
                insertRegistration(second, VEREIN, event, "ON_SITE", "BUSINESS", null, "CONFIRMED");
                second.commit();
                return 1;
            });
            started.await();
            Thread.sleep(300);
            assertThat(waiting.isDone())
                    .as("the second registration waits for the first one's new row")
                    .isFalse();
            first.commit();
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(keptOf(event, "BUSINESS"))
                .as("made by the two registrations")
                .isEqualTo(2);

        // then many: two connections register, cancel, check in and move people of the same event at once
        List<Future<Integer>> runs = new ArrayList<>();
        for (int seed = 1; seed <= 2; seed++) {
            int s = seed;
            runs.add(pool.submit(() -> load(event, new Random(s))));
        }
        for (Future<Integer> run : runs) {
            assertThat(run.get(120, TimeUnit.SECONDS))
                    .as("transactions committed by one connection")
                    .isEqualTo(150);
        }
        assertKeptEqualsRecount("after two connections changed one event at once");
        try (Connection su = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.number(su, "SELECT sum(made) FROM registration_count WHERE event_id = ?", event))
                    .as("registrations of the event, kept")
                    .isEqualTo(Jdbc.number(su, "SELECT count(*) FROM registration WHERE event_id = ?", event))
                    .isGreaterThan(100);
        }
    }

    /** 150 transactions of one connection on one event, one registration each, on a few combinations that both use. */
    private static int load(UUID event, Random random) throws SQLException {
        List<UUID> mine = new ArrayList<>();
        int committed = 0;
        try (Connection c = db.asApplication().getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < 150; i++) {
                Jdbc.execute(c, "SELECT set_config('app.tenant_id', ?, true)", VEREIN);
                int op = mine.isEmpty() ? 0 : random.nextInt(5);
                String mode = random.nextBoolean() ? "ON_SITE" : "LIVESTREAM";
                String sector = SECTORS.get(random.nextInt(2));
                UUID r = mine.isEmpty() ? null : mine.get(random.nextInt(mine.size()));
                switch (op) {
                    case 0, 1 ->
                        mine.add(insertRegistration(
                                c,
                                VEREIN,
                                event,
                                mode,
                                sector,
                                null,
                                random.nextInt(4) == 0 ? "WAITLISTED" : "CONFIRMED"));
                    case 2 ->
                        Jdbc.update(
                                c,
                                "UPDATE registration SET status = 'CANCELLED', cancelled_at = now() WHERE id = ?",
                                r);
                    case 3 ->
                        Jdbc.update(
                                c,
                                "UPDATE registration SET checked_in_at = coalesce(checked_in_at, now()) WHERE id = ?",
                                r);
                    default ->
                        Jdbc.update(c, "UPDATE registration SET mode = ?, sector = ? WHERE id = ?", mode, sector, r);
                }
                c.commit();
                committed++;
            }
        }
        return committed;
    }

    // ---------------------------------------------------------------- comparisons

    /** registration_count, rows of no registration left aside, equals the recount from the rows, for every tenant. */
    private static void assertKeptEqualsRecount(String when) throws SQLException {
        String columns =
                "tenant_id, event_id, mode, sector, workshop_id, made, confirmed, waitlisted, cancelled, promoted, attended, absent";
        try (Connection su = db.asSuperuser().getConnection()) {
            List<String> kept = Jdbc.strings(
                    su,
                    "SELECT concat_ws(' ', " + columns + ") FROM registration_count"
                            + " WHERE made <> 0 OR confirmed <> 0 OR waitlisted <> 0 OR cancelled <> 0 OR promoted <> 0"
                            + " OR attended <> 0 OR absent <> 0 ORDER BY 1");
            List<String> recounted =
                    Jdbc.strings(su, "SELECT concat_ws(' ', " + columns + ") FROM registration_recount ORDER BY 1");
            assertThat(recounted)
                    .as("recount from the rows %s (the test changed something)", when)
                    .isNotEmpty();
            assertThat(kept).as("kept counts %s", when).containsExactlyElementsOf(recounted);
        }
        // each tenant sees its own counts and no other tenant's
        List<String> seenByAll = new ArrayList<>();
        for (String tenant : List.of(KREIS, VEREIN)) {
            List<String> seen =
                    inTransaction(tenant, c -> Jdbc.strings(c, "SELECT DISTINCT tenant_id FROM registration_count"));
            assertThat(seen).as("tenants in the counts %s sees", tenant).isSubsetOf(tenant);
            seenByAll.addAll(seen);
        }
        assertThat(seenByAll).as("counts seen by the tenants").isNotEmpty();
    }

    private static long keptOf(UUID event, String sector) throws SQLException {
        try (Connection su = db.asSuperuser().getConnection()) {
            return Jdbc.number(
                    su,
                    "SELECT coalesce(sum(made), 0) FROM registration_count WHERE event_id = ? AND sector = ?",
                    event,
                    sector);
        }
    }

    private static final String FIGURE_LINE =
            "concat_ws(' ', tenant_id || '/' || event_slug, dimension, dim_key, manual,"
                    + " coalesce(made::text, 'null'), coalesce(confirmed::text, 'null'), coalesce(waitlisted::text, 'null'),"
                    + " coalesce(cancelled::text, 'null'), coalesce(promoted::text, 'null'), coalesce(on_site::text, 'null'),"
                    + " coalesce(livestream::text, 'null'), coalesce(attended::text, 'null'), coalesce(no_show::text, 'null'))";

    /** What the ministry reads, as the application role bound to the ministry tenant, one line per event and dimension. */
    private static List<String> ministryFigures() throws SQLException {
        return inTransaction(
                MINISTRY,
                c -> Jdbc.strings(
                        c,
                        "SELECT " + FIGURE_LINE + " FROM ministry_figures(?)"
                                + " WHERE tenant_id IN (?, ?) AND event_slug <> 'gleichzeitig' ORDER BY 1",
                        MINISTRY,
                        KREIS,
                        VEREIN));
    }

    /** The same figures grouped from the registration rows (the view registration_fact), as V5's ministry_figures did. */
    private static List<String> figuresFromTheRows() throws SQLException {
        try (Connection su = db.asSuperuser().getConnection()) {
            return Jdbc.strings(
                    su, "SELECT " + FIGURE_LINE + " FROM (" + """
                    SELECT f.tenant_id, e.slug AS event_slug,
                           CASE WHEN GROUPING(f.mode) = 0 THEN 'MODE' WHEN GROUPING(f.sector) = 0 THEN 'SECTOR'
                                WHEN GROUPING(f.workshop) = 0 THEN 'WORKSHOP' ELSE 'TOTAL' END AS dimension,
                           coalesce(CASE WHEN GROUPING(f.mode) = 0 THEN f.mode WHEN GROUPING(f.sector) = 0 THEN f.sector
                                         WHEN GROUPING(f.workshop) = 0 THEN f.workshop END, '') AS dim_key,
                           false AS manual, sum(f.made) AS made, sum(f.confirmed) AS confirmed, sum(f.waitlisted) AS waitlisted,
                           sum(f.cancelled) AS cancelled, sum(f.promoted) AS promoted, sum(f.on_site) AS on_site,
                           sum(f.livestream) AS livestream, sum(f.attended) AS attended, sum(f.no_show) AS no_show
                      FROM registration_fact f JOIN event e ON e.tenant_id = f.tenant_id AND e.id = f.event_id
                     WHERE f.tenant_id IN (?, ?) AND e.slug NOT IN ('papier', 'gleichzeitig')
                     GROUP BY GROUPING SETS ((f.tenant_id, e.slug), (f.tenant_id, e.slug, f.mode),
                                             (f.tenant_id, e.slug, f.sector), (f.tenant_id, e.slug, f.workshop))
                    UNION ALL
                    SELECT m.tenant_id, e.slug, m.dimension, m.dim_key, true, NULL, m.participants, NULL, NULL, NULL,
                           CASE WHEN m.dimension = 'MODE' AND m.dim_key = 'ON_SITE' THEN m.participants END,
                           CASE WHEN m.dimension = 'MODE' AND m.dim_key = 'LIVESTREAM' THEN m.participants END,
                           m.participants, NULL
                      FROM manual_figure m JOIN event e ON e.tenant_id = m.tenant_id AND e.id = m.event_id
                     WHERE m.tenant_id IN (?, ?)
                    """ + ") x ORDER BY 1", KREIS, VEREIN, KREIS, VEREIN);
        }
    }

    // ---------------------------------------------------------------- rows

    private static UUID funder(Connection c, String tenant) throws SQLException {
        UUID id = UUID.randomUUID();
        Jdbc.update(
                c,
                "INSERT INTO funder (tenant_id, id, key, name, label_de, notice_de, ministry_tenant_id)"
                        + " VALUES (?, ?, 'land', 'Land', 'Gefördert durch', 'Gefördert vom Land', ?)",
                tenant,
                id,
                MINISTRY);
        return id;
    }

    private static Void event(
            Connection c, String tenant, UUID id, String slug, String date, String format, UUID funder)
            throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO event (tenant_id, id, slug, title_de, event_date, start_time, end_time, format, state)"
                        + " VALUES (?, ?, ?, 'Fachtag', " + date + ", '09:00', '16:00', ?, 'PUBLISHED')",
                tenant,
                id,
                slug,
                format);
        if (funder != null) {
            Jdbc.update(
                    c,
                    "INSERT INTO event_funder (tenant_id, id, event_id, funder_id) VALUES (?, ?, ?, ?)",
                    tenant,
                    UUID.randomUUID(),
                    id,
                    funder);
        }
        return null;
    }

    private static UUID register(String tenant, UUID event, String mode, String sector, UUID workshop, String status)
            throws SQLException {
        return inTransaction(tenant, c -> insertRegistration(c, tenant, event, mode, sector, workshop, status));
    }

    private static UUID insertRegistration(
            Connection c, String tenant, UUID event, String mode, String sector, UUID workshop, String status)
            throws SQLException {
        UUID id = UUID.randomUUID();
        String email = id + "@zaehlung.test";
        Jdbc.update(c, """
                INSERT INTO registration (tenant_id, id, event_id, workshop_id, arrival, status, mode, channel, language, sector,
                                          name, email, email_key, organisation)
                VALUES (?, ?, ?, ?, nextval('registration_arrival'), ?, ?, 'FORM', 'de', ?, 'Erika Muster', ?, ?, 'Amt')
                """, tenant, id, event, workshop, status, mode, sector, email, email);
        return id;
    }

    private static void change(String tenant, UUID registration, String set, Object... parameters) throws SQLException {
        Object[] all = new Object[parameters.length + 1];
        System.arraycopy(parameters, 0, all, 0, parameters.length);
        all[parameters.length] = registration;
        int changed =
                inTransaction(tenant, c -> Jdbc.update(c, "UPDATE registration SET " + set + " WHERE id = ?", all));
        assertThat(changed).as("UPDATE registration SET %s", set).isEqualTo(1);
    }

    /** Runs {@code work} in one committed transaction of the application role bound to {@code tenant}. */
    private static <T> T inTransaction(String tenant, Work<T> work) throws SQLException {
        try (Connection c = db.asApplication().getConnection()) {
            c.setAutoCommit(false);
            Jdbc.execute(c, "SELECT set_config('app.tenant_id', ?, true)", tenant);
            T result = work.run(c);
            c.commit();
            return result;
        }
    }
}
