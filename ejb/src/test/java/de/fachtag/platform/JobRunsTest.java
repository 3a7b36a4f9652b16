package de.fachtag.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.testing.Jdbc;
import de.fachtag.testing.MigratedDatabase;
import de.fachtag.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claim of {@link JobRuns} as two instances make it: two connections of the application
 * role, each in its own transaction, with the product's own statement. One wins a period, the
 * other waits for the winner's transaction and gets nothing; a rolled-back claim leaves the
 * period free; a claim outlives the connections (a full restart).
 */
class JobRunsTest {

    static TestDatabase db;
    static final ExecutorService other = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void migrate() {
        db = MigratedDatabase.create("fachtag_it_ejb_jobruns");
    }

    @AfterAll
    static void stop() {
        other.shutdownNow();
    }

    @Test
    void twoInstancesClaimingOnePeriodOneWinsAndTheOtherWaitsForIt() throws Exception {
        try (Connection a = transaction();
                Connection b = transaction()) {
            assertThat(claim(a, "retention:testkreis", "2026-12-06", "a"))
                    .as("the first claim wins")
                    .isTrue();
            CountDownLatch started = new CountDownLatch(1);
            Future<Boolean> second = other.submit(() -> {
                started.countDown();
                return claim(b, "retention:testkreis", "2026-12-06", "b");
            });
            started.await();
            Thread.sleep(300);
            assertThat(second.isDone())
                    .as("the second claim waits for the first transaction")
                    .isFalse();
            a.commit();
            assertThat(second.get(10, TimeUnit.SECONDS))
                    .as("then finds the period taken")
                    .isFalse();
            b.commit();
        }
        assertThat(claimedBy("retention:testkreis", "2026-12-06")).containsExactly("a");
    }

    @Test
    void aRolledBackClaimLeavesThePeriodToTheNextInstance() throws Exception {
        try (Connection a = transaction();
                Connection b = transaction()) {
            assertThat(claim(a, "mail-schedule:testkreis", "2026-12-06T03:17Z", "a"))
                    .isTrue();
            Future<Boolean> second = other.submit(() -> claim(b, "mail-schedule:testkreis", "2026-12-06T03:17Z", "b"));
            Thread.sleep(300);
            a.rollback(); // the job failed on a
            assertThat(second.get(10, TimeUnit.SECONDS))
                    .as("b takes the period a gave up")
                    .isTrue();
            b.commit();
        }
        assertThat(claimedBy("mail-schedule:testkreis", "2026-12-06T03:17Z")).containsExactly("b");
    }

    @Test
    void manyConcurrentClaimsOfOnePeriodHaveExactlyOneWinnerAndARestartFindsItDone() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "instance-" + i;
                claims.add(instances.submit(() -> {
                    try (Connection c = transaction()) {
                        go.await();
                        boolean won = claim(c, "mail-schedule:agsa", "2026-12-06T08:00Z", name);
                        c.commit();
                        return won;
                    }
                }));
            }
            go.countDown();
            int winners = 0;
            for (Future<Boolean> f : claims) {
                winners += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            instances.shutdownNow();
        }
        // every instance restarted: new connections, the same answer
        try (Connection c = transaction()) {
            assertThat(claim(c, "mail-schedule:agsa", "2026-12-06T08:00Z", "after-restart"))
                    .isFalse();
            assertThat(claim(c, "mail-schedule:agsa", "2026-12-06T08:01Z", "after-restart"))
                    .as("the next minute is free")
                    .isTrue();
            c.commit();
        }
    }

    @Test
    void periodsAreNamedInUtc() {
        Instant now = Instant.parse("2026-12-06T23:59:59.999Z");
        assertThat(JobRuns.day(now)).isEqualTo("2026-12-06");
        assertThat(JobRuns.minute(now)).isEqualTo("2026-12-06T23:59Z");
        assertThat(JobRuns.minute(Instant.parse("2026-12-07T00:00:00Z"))).isEqualTo("2026-12-07T00:00Z");
    }

    @Test
    void theApplicationRoleMayForgetOldClaimsButNotRewriteThem() throws Exception {
        try (Connection c = transaction()) {
            assertThat(claim(c, "retention:old", "2026-10-01", "a")).isTrue();
            c.commit();
        }
        try (Connection owner = db.asSuperuser().getConnection();
                PreparedStatement age = owner.prepareStatement(
                        "UPDATE job_run SET claimed_at = now() - interval '40 days' WHERE job = 'retention:old'")) {
            assertThat(age.executeUpdate()).isEqualTo(1);
        }
        try (Connection c = transaction()) {
            int forgotten;
            try (PreparedStatement forget = c.prepareStatement(JobRuns.FORGET.replace("?1", "?"))) {
                forget.setInt(1, JobRuns.KEEP_DAYS);
                forgotten = forget.executeUpdate();
            }
            c.commit();
            assertThat(forgotten).isEqualTo(1);
            assertThat(claim(c, "retention:old", "2026-10-01", "b"))
                    .as("forgotten, so free again")
                    .isTrue();
            c.rollback();
            try (PreparedStatement update = c.prepareStatement("UPDATE job_run SET claimed_by = 'x'")) {
                update.executeUpdate();
                throw new AssertionError("the application role rewrote a claim");
            } catch (SQLException refused) {
                assertThat(refused.getSQLState()).as("permission denied").isEqualTo("42501");
            }
            c.rollback();
        }
    }

    // ------------------------------------------------------------------

    /** A connection of the application role with a transaction open. */
    private static Connection transaction() throws SQLException {
        Connection c = db.asApplication().getConnection();
        c.setAutoCommit(false);
        return c;
    }

    private static boolean claim(Connection c, String job, String period, String by) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(JobRuns.CLAIM.replaceAll("\\?\\d", "?"))) {
            s.setString(1, job);
            s.setString(2, period);
            s.setString(3, by);
            return s.executeUpdate() == 1;
        }
    }

    private static List<String> claimedBy(String job, String period) throws SQLException {
        try (Connection c = db.asApplication().getConnection()) {
            return Jdbc.strings(c, "SELECT claimed_by FROM job_run WHERE job = ? AND period = ?", job, period);
        }
    }
}
