package de.fachtag.identity;

import java.time.Duration;

/**
 * How long a subject of sign-in attempts (an account address or a client address) waits after
 * its {@code n}-th failure in a row: {@code free} failures cost nothing, every further one doubles
 * the wait from {@link #FIRST_DELAY}, up to {@link #MAX_DELAY}; from {@code lockAt} failures on, each failure
 * locks the subject for {@link #LOCK} (an entry in the security log each time). Failures older
 * than {@code quiet} no longer count. Attempts refused while waiting are not failures: they are
 * never checked, so they neither cost a password hash nor lengthen the wait.
 */
public record ThrottleRule(String kind, int free, int lockAt, Duration quiet) {

    /** The first wait: long enough to stop a script, short enough for a person who mistyped once more. */
    public static final Duration FIRST_DELAY = Duration.ofSeconds(5);

    /** The longest wait below the lock. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);

    /** How long a lock lasts unless a tenant admin or the operator lifts it. */
    public static final Duration LOCK = Duration.ofHours(1);

    /** An account address: five free failures (typos, caps lock), locked at twenty. */
    public static final ThrottleRule ACCOUNT = new ThrottleRule("account", 5, 20, Duration.ofHours(24));

    /** A client address: shared by an office behind one address, so more generous; locked at a hundred. */
    public static final ThrottleRule CLIENT = new ThrottleRule("client", 20, 100, Duration.ofHours(1));

    /** The wait after the {@code failures}-th failure in a row. */
    public Duration delayAfter(int failures) {
        if (failures >= lockAt) {
            return LOCK;
        }
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = failures - free;
        return doublings >= 10 ? MAX_DELAY : min(FIRST_DELAY.multipliedBy(1L << doublings), MAX_DELAY);
    }

    /** Whether the {@code failures}-th failure locks the subject. */
    public boolean locks(int failures) {
        return failures >= lockAt;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
