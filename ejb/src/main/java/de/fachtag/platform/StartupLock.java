package de.fachtag.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A PostgreSQL session advisory lock that serialises one piece of start-up work across
 * application instances sharing a database: two instances that start at the same time (or
 * restart together after a tenant file changed) would otherwise both import the same new tenant
 * or demo account and one of them would fail its start on a duplicate key. The second waits,
 * then finds the work done. Held on a connection of its own until {@link #close()}, which
 * unlocks before the connection goes back to the pool.
 */
public final class StartupLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    private final Connection connection;
    private final String name;

    private StartupLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** Waits until no other instance holds the lock {@code name}, then holds it. */
    public static StartupLock take(DataSource dataSource, String name) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            boolean free;
            try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(hashtextextended(?, 0))")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    free = rs.next() && rs.getBoolean(1);
                }
            }
            if (!free) {
                long since = System.nanoTime();
                LOG.info(() -> "Waiting for another instance to finish " + name);
                try (PreparedStatement s =
                        c.prepareStatement("SELECT pg_advisory_lock(hashtextextended(?, 0))::text")) {
                    s.setString(1, name);
                    s.setQueryTimeout(600); // longer than the pool's statement timeout: the other may take a while
                    s.execute();
                }
                LOG.info(() -> "Took " + name + " after " + (System.nanoTime() - since) / 1_000_000 + " ms");
            }
            return new StartupLock(c, name);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("Cannot take the start-up lock " + name, e);
        }
    }

    @Override
    public void close() {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(hashtextextended(?, 0))")) {
            s.setString(1, name);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release the start-up lock " + name, e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the pool validates connections before it hands them out again
            }
        }
    }
}
