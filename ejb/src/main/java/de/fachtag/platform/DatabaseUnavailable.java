package de.fachtag.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached or takes no more connections just now
 * (restart, failover, network, every connection in use): a request it ends is answered 503 with
 * Retry-After, "try again in a moment", not 500, since nothing is wrong with the request or the
 * application. Decided by the causes: a {@link SQLException} of SQLSTATE class 08 (connection
 * exception), 53 (insufficient resources: too many connections) or 57P (the server is shutting
 * down or starting), a refused TCP connection, or the pool's own refusal to allocate one.
 */
public final class DatabaseUnavailable {

    /** How long a client is asked to wait, in seconds: a restart of PostgreSQL takes a few. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseUnavailable() {}

    public static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t) && seen.size() < 64; t = t.getCause()) {
            if (t instanceof ConnectException || poolRefused(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null && seen.size() < 64; e = e.getNextException()) {
                    if (unavailable(e.getSQLState())) {
                        return true;
                    }
                    if (e != sql && !seen.add(e)) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    static boolean unavailable(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.startsWith("57P"));
    }

    /** Payara's pool: no connection could be made, or none became free within its wait. */
    private static boolean poolRefused(Throwable t) {
        String name = t.getClass().getName();
        return name.equals("jakarta.resource.spi.ResourceAllocationException")
                || name.equals("com.sun.appserv.connectors.internal.api.PoolingException");
    }
}
