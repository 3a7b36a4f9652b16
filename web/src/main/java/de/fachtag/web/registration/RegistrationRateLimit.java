package de.fachtag.web.registration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * At most N registrations (form, API, "send my link again") per client address and minute, in a
 * sliding window kept in memory of this instance: enough to stop a bot without a third-party
 * captcha. N comes from MicroProfile Config {@code fachtag.registration.rateLimit} (environment:
 * {@code FACHTAG_REGISTRATION_RATE_LIMIT}), default 10; 0 switches the limit off.
 *
 * <p>The client is the connection's address, never {@code X-Forwarded-For}: a header anyone can
 * set would let a bot pick a fresh address for each request.
 */
@ApplicationScoped
public class RegistrationRateLimit {

    private static final Logger LOG = Logger.getLogger(RegistrationRateLimit.class.getName());
    static final int DEFAULT_PER_MINUTE = 10;
    private static final long WINDOW_NANOS = 60_000_000_000L;

    private final Map<String, Deque<Long>> hits = new ConcurrentHashMap<>();
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
                LOG.warning("fachtag.registration.rateLimit is not a number: " + value + "; using " + DEFAULT_PER_MINUTE);
            }
        }
    }

    /** Counts one attempt of the client; false (and nothing counted) when it is over the limit. */
    public boolean tryAcquire(String client) {
        int limit = perMinute;
        if (limit <= 0) {
            return true;
        }
        long now = System.nanoTime();
        if (hits.size() > 50_000) {
            hits.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || now - e.getValue().peekLast() > WINDOW_NANOS;
                }
            });
        }
        Deque<Long> times = hits.computeIfAbsent(client == null ? "?" : client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > WINDOW_NANOS) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Seconds until the client may try again (for {@code Retry-After}), at least 1. */
    public long retryAfterSeconds(String client) {
        Deque<Long> times = hits.get(client == null ? "?" : client);
        if (times == null) {
            return 1;
        }
        synchronized (times) {
            Long oldest = times.peekFirst();
            long left = oldest == null ? 0 : WINDOW_NANOS - (System.nanoTime() - oldest);
            return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
        }
    }

    public int perMinute() {
        return perMinute;
    }

    /** Changes the limit at run time (tests; 0 = off) and forgets every client's count. */
    public void limit(int perMinute) {
        this.perMinute = perMinute;
        hits.clear();
    }
}
