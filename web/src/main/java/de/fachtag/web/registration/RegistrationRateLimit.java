package de.fachtag.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * At most N registrations (form, API, "send my link again") per tenant, client address and
 * minute: enough to stop a bot without a third-party captcha, and one tenant's visitors never
 * use up another tenant's. N comes from MicroProfile Config {@code fachtag.registration.rateLimit}
 * (environment: {@code FACHTAG_REGISTRATION_RATE_LIMIT}), default 10; 0 switches the limit off.
 *
 * <p>A token bucket per tenant and address (N tokens, refilled N per minute) in the table
 * {@code rate_limit_bucket}: one atomic UPSERT takes a token, so the limit holds across every
 * instance behind the load balancer. The client address comes from
 * {@link de.fachtag.web.security.TrustedProxies}: {@code X-Forwarded-For} only from a trusted proxy.
 */
@ApplicationScoped
public class RegistrationRateLimit {

    private static final Logger LOG = Logger.getLogger(RegistrationRateLimit.class.getName());
    static final int DEFAULT_PER_MINUTE = 10;
    private static final String PREFIX = "registration|";

    /**
     * Takes one token if the bucket holds one, refilling it first by the time since its last use;
     * no row back means over the limit. {@code statement_timestamp()} is the database's clock, the
     * same for every instance.
     */
    private static final String TAKE = """
            INSERT INTO rate_limit_bucket AS b (bucket, tokens, refreshed_at)
            VALUES (?, ? - 1, statement_timestamp())
            ON CONFLICT (bucket) DO UPDATE
               SET tokens = LEAST(?, b.tokens + EXTRACT(EPOCH FROM statement_timestamp() - b.refreshed_at)::float8 * ?) - 1,
                   refreshed_at = statement_timestamp()
             WHERE LEAST(?, b.tokens + EXTRACT(EPOCH FROM statement_timestamp() - b.refreshed_at)::float8 * ?) >= 1
            RETURNING tokens""";

    private static final String LEFT = """
            SELECT LEAST(?, tokens + EXTRACT(EPOCH FROM statement_timestamp() - refreshed_at)::float8 * ?)
              FROM rate_limit_bucket WHERE bucket = ?""";

    /** A bucket unused for this long is full again: forgetting it changes nothing. */
    private static final String FORGET_FULL =
            "DELETE FROM rate_limit_bucket WHERE refreshed_at < statement_timestamp() - interval '5 minutes'";

    @Resource(lookup = "java:app/jdbc/fachtag")
    DataSource dataSource;

    private volatile int perMinute = DEFAULT_PER_MINUTE;

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        String value = config.getOptionalValue("fachtag.registration.rateLimit", String.class)
                .or(() -> config.getOptionalValue("fachtag.registration.rate-limit", String.class))
                .or(() -> java.util.Optional.ofNullable(System.getenv("FACHTAG_REGISTRATION_RATE_LIMIT")))
                .orElse(null);
        if (value != null) {
            try {
                perMinute = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                LOG.warning(
                        "fachtag.registration.rateLimit is not a number: " + value + "; using " + DEFAULT_PER_MINUTE);
            }
        }
    }

    /**
     * Counts one attempt of the client at the tenant; false (and nothing counted) when it is over
     * the limit. A database that cannot be asked lets the attempt through: the registration
     * itself then fails or succeeds on its own.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean tryAcquire(String tenant, String client) {
        int limit = perMinute;
        if (limit <= 0) {
            return true;
        }
        double perSecond = limit / 60.0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement take = c.prepareStatement(TAKE)) {
            take.setString(1, key(tenant, client));
            take.setDouble(2, limit);
            take.setDouble(3, limit);
            take.setDouble(4, perSecond);
            take.setDouble(5, limit);
            take.setDouble(6, perSecond);
            boolean allowed;
            try (ResultSet rs = take.executeQuery()) {
                allowed = rs.next();
            }
            if (ThreadLocalRandom.current().nextInt(20) == 0) {
                try (PreparedStatement forget = c.prepareStatement(FORGET_FULL)) {
                    forget.executeUpdate();
                }
            }
            return allowed;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Registration rate limit not checked: the database did not answer", e);
            return true;
        }
    }

    /** Seconds until the client may try again at the tenant (for {@code Retry-After}), at least 1. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long retryAfterSeconds(String tenant, String client) {
        int limit = perMinute;
        if (limit <= 0) {
            return 1;
        }
        double perSecond = limit / 60.0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement left = c.prepareStatement(LEFT)) {
            left.setDouble(1, limit);
            left.setDouble(2, perSecond);
            left.setString(3, key(tenant, client));
            try (ResultSet rs = left.executeQuery()) {
                double tokens = rs.next() ? rs.getDouble(1) : limit;
                return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Registration rate limit not read", e);
            return 60;
        }
    }

    public int perMinute() {
        return perMinute;
    }

    /** Changes the limit at run time (tests; 0 = off) and forgets every client's count. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void limit(int perMinute) {
        this.perMinute = perMinute;
        try (Connection c = dataSource.getConnection();
                PreparedStatement forget = c.prepareStatement("DELETE FROM rate_limit_bucket WHERE bucket LIKE ?")) {
            forget.setString(1, PREFIX + "%");
            forget.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the registration rate limit", e);
        }
    }

    private static String key(String tenant, String client) {
        String key = PREFIX + tenant + "|" + (client == null ? "?" : client);
        return key.length() > 300 ? key.substring(0, 300) : key;
    }
}
