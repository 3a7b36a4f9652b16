package de.fachtag.identity;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes guessing staff passwords slow: failed sign-ins are counted per account address and per
 * client address in the database (table {@code sign_in_throttle}, shared by every instance), and
 * a subject past its free failures waits before its next attempt is even checked
 * ({@link ThrottleRule}). Unknown addresses are counted exactly like known ones, so the answer
 * (text and time) tells nobody whether an account exists. Each lock is written to the security
 * log; a tenant admin (for the tenant's staff) or the operator can lift it.
 */
@Stateless
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    /** Whether an attempt may be checked now, and if not, how long until it may. */
    public record Verdict(Duration waitFor) {
        public boolean admitted() {
            return waitFor.isZero();
        }
    }

    @Resource(lookup = "java:app/jdbc/fachtag")
    DataSource dataSource;

    /** Whether an attempt for {@code email} from {@code client} is checked at {@code now}. */
    public Verdict admit(String email, String client, Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q =
                        c.prepareStatement("SELECT max(blocked_until) FROM sign_in_throttle WHERE subject IN (?, ?)")) {
            q.setString(1, account(email));
            q.setString(2, client(client));
            try (ResultSet rs = q.executeQuery()) {
                Timestamp until = rs.next() ? rs.getTimestamp(1) : null;
                return new Verdict(
                        until == null || !until.toInstant().isAfter(now)
                                ? Duration.ZERO
                                : Duration.between(now, until.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle unreadable", e);
        }
    }

    /** Counts a failed attempt against the account address and the client address. */
    public void failed(String email, String client, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            count(c, account(email), ThrottleRule.ACCOUNT, now);
            count(c, client(client), ThrottleRule.CLIENT, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle not updated", e);
        }
    }

    /** A successful sign-in forgets the account's failures (the client's stay: it may try others). */
    public void succeeded(String email) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement d = c.prepareStatement("DELETE FROM sign_in_throttle WHERE subject = ?")) {
            d.setString(1, account(email));
            d.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle not updated", e);
        }
    }

    /** Until when the account of {@code email} is locked, if it is. */
    public Optional<Instant> lockedUntil(String email, Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT blocked_until FROM sign_in_throttle WHERE subject = ? AND locked_at IS NOT NULL AND blocked_until > ?")) {
            q.setString(1, account(email));
            q.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle unreadable", e);
        }
    }

    /** Lifts the lock and the failures of the account of {@code email}; {@code by} names who did it, for the log. */
    public boolean lift(String email, String by) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement d = c.prepareStatement("DELETE FROM sign_in_throttle WHERE subject = ?")) {
            d.setString(1, account(email));
            boolean lifted = d.executeUpdate() > 0;
            if (lifted) {
                log(c, "SIGN_IN_UNLOCKED", account(email), "lifted by " + by);
            }
            return lifted;
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle not updated", e);
        }
    }

    private static void count(Connection c, String subject, ThrottleRule rule, Instant now) throws SQLException {
        int failures;
        try (PreparedStatement up = c.prepareStatement("""
                INSERT INTO sign_in_throttle AS t (subject, failures, last_failure, blocked_until)
                VALUES (?, 1, ?, ?)
                ON CONFLICT (subject) DO UPDATE
                   SET failures = CASE WHEN t.last_failure < ? THEN 1 ELSE t.failures + 1 END,
                       last_failure = excluded.last_failure
                RETURNING failures""")) {
            up.setString(1, subject);
            up.setTimestamp(2, Timestamp.from(now));
            up.setTimestamp(3, Timestamp.from(now));
            up.setTimestamp(4, Timestamp.from(now.minus(rule.quiet())));
            try (ResultSet rs = up.executeQuery()) {
                rs.next();
                failures = rs.getInt(1);
            }
        }
        boolean locks = rule.locks(failures);
        try (PreparedStatement block =
                c.prepareStatement("UPDATE sign_in_throttle SET blocked_until = ?, locked_at = ? WHERE subject = ?")) {
            block.setTimestamp(1, Timestamp.from(now.plus(rule.delayAfter(failures))));
            block.setTimestamp(2, locks ? Timestamp.from(now) : null);
            block.setString(3, subject);
            block.executeUpdate();
        }
        if (locks) {
            log(c, "SIGN_IN_LOCKED", subject, failures + " failed sign-ins in a row; locked for " + ThrottleRule.LOCK);
            LOG.warning(() -> "Sign-in locked for " + subject + " after " + failures + " failed attempts");
        }
    }

    private static void log(Connection c, String action, String subject, String detail) throws SQLException {
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO security_log (action, subject, detail) VALUES (?, ?, ?)")) {
            insert.setString(1, action);
            insert.setString(2, subject);
            insert.setString(3, detail);
            insert.executeUpdate();
        }
    }

    /** An account as the table keeps it: the hash of its normalised address, never the address. */
    static String account(String email) {
        String address = StaffAccount.normalize(email);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((address == null ? "" : address).getBytes(StandardCharsets.UTF_8));
            return "account:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String client(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip();
        return "client:" + (a.length() > 100 ? a.substring(0, 100) : a);
    }
}
