package de.fachtag.web.it.registration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Test only: another transaction that holds an event's seat lock, over a JDBC connection of its
 * own (the application's database and role, from the environment the server runs with), with the
 * key {@code SeatLock} uses. While it holds the lock, a test starts a service call in another
 * thread, waits until that call waits for the lock ({@link #awaitWaiter}), changes rows as a
 * concurrent registration or organizer would ({@link #update}), and commits ({@link #release}),
 * so that two transactions interleave exactly where a race would put them.
 */
public final class HeldSeatLock implements AutoCloseable {

    private final Connection connection;
    private final String key;

    private HeldSeatLock(Connection connection, String key) {
        this.connection = connection;
        this.key = key;
    }

    /** Takes the seat lock of the tenant's event (found by slug) in a new transaction. */
    public static HeldSeatLock take(String tenant, String eventSlug) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(System.getenv("FACHTAG_DB_URL"));
        ds.setUser(System.getenv("FACHTAG_DB_USER"));
        ds.setPassword(System.getenv("FACHTAG_DB_PASSWORD"));
        Connection c = ds.getConnection();
        try {
            c.setAutoCommit(false);
            query(c, "SELECT set_config('app.tenant_id', ?, true)", tenant);
            UUID event = UUID.fromString(query(c, "SELECT id::text FROM event WHERE slug = ?", eventSlug));
            String key = "seats:" + event;
            query(c, "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))::text", key);
            return new HeldSeatLock(c, key);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * How long the application waits for a seat lock in this run (FACHTAG_SEAT_LOCK_SECONDS, as
     * the failsafe configuration passes it to the test server; 10 when unset, as in the product).
     */
    public static int waitSeconds() {
        String configured = System.getenv("FACHTAG_SEAT_LOCK_SECONDS");
        return configured == null || configured.isBlank() ? 10 : Integer.parseInt(configured.strip());
    }

    /**
     * Waits until another transaction waits for this lock; fails after {@code patience}: the
     * call under test did not ask for the lock.
     */
    public void awaitWaiter(Duration patience) throws SQLException, InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            if (Long.parseLong(query(connection, """
                    SELECT count(*)::text FROM pg_locks l
                     WHERE l.locktype = 'advisory' AND NOT l.granted
                       AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended(?, 0)""", key)) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nobody waited for the seat lock within " + patience);
    }

    /** Runs an INSERT, UPDATE or DELETE in the transaction that holds the lock. */
    public int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** Commits what {@link #update} did and releases the lock. */
    public void release() throws SQLException {
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }

    private static String query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
