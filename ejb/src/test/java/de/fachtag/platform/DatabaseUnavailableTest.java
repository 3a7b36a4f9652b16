package de.fachtag.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.fachtag.testing.TestDatabase;
import jakarta.persistence.PersistenceException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The failures PostgreSQL's driver really raises, told apart: unreachable or full, or a fault of the request. */
class DatabaseUnavailableTest {

    @Test
    void aServerThatIsNotThereIsUnavailableHoweverDeepTheWrapping() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nobody listens there
        }
        SQLException refused = assertThrows(
                SQLException.class,
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/fachtag", "x", "x"));
        assertTrue(DatabaseUnavailable.causes(refused), refused.getSQLState());
        assertTrue(DatabaseUnavailable.causes(
                new PersistenceException("wrapped", new RuntimeException("again", refused))));
    }

    @Test
    void aConnectionTheServerEndedIsUnavailable() throws Exception {
        try (Connection victim = DriverManager.getConnection(TestDatabase.adminUrl(), "postgres", "");
                Connection admin = DriverManager.getConnection(TestDatabase.adminUrl(), "postgres", "");
                Statement s = victim.createStatement()) {
            int pid;
            try (var rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            try (Statement a = admin.createStatement()) {
                a.execute("SELECT pg_terminate_backend(" + pid + ")");
            }
            SQLException ended = assertThrows(SQLException.class, () -> s.execute("SELECT 1"));
            assertTrue(DatabaseUnavailable.causes(ended), ended.getSQLState());
        }
    }

    @Test
    void faultsOfTheStatementAreNot() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.adminUrl(), "postgres", "");
                Statement s = c.createStatement()) {
            SQLException syntax = assertThrows(SQLException.class, () -> s.execute("SELEKT 1"));
            assertFalse(DatabaseUnavailable.causes(syntax), syntax.getSQLState());
            SQLException division = assertThrows(SQLException.class, () -> s.execute("SELECT 1 / 0"));
            assertFalse(DatabaseUnavailable.causes(new PersistenceException(division)), division.getSQLState());
        }
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("no cause")));
        assertFalse(DatabaseUnavailable.causes(null));
    }
}
