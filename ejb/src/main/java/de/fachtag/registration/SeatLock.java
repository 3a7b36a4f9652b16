package de.fachtag.registration;

import de.fachtag.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.persistence.config.QueryHints;

/**
 * Serialises the seat decisions of one event, and only of that event, as pretix does: a
 * transaction-scoped PostgreSQL advisory lock keyed by tenant and event, held until commit.
 * Whoever counts seats holds it, so two registrations can never both see the last free seat,
 * on one application instance or several. Registrations for other events do not wait.
 *
 * <p>A lock that stays taken longer than the operator's wait ({@code FACHTAG_SEAT_LOCK_SECONDS},
 * default 10) fails with {@link SeatsBusyException} (the person is asked to try again) instead of
 * piling up requests.
 */
@ApplicationScoped
public class SeatLock {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    /** How long a change of an event's seats waits for the lock (FACHTAG_SEAT_LOCK_SECONDS, 1 to 60). */
    @Inject
    @ConfigProperty(name = "fachtag.seat.lock.seconds", defaultValue = "10")
    int waitSeconds;

    public void lock(Event event) {
        try {
            // one round trip (V45): the wait set, the lock taken, the wait reset
            em.createNativeQuery("SELECT seat_lock(?1, ?2)")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, "seats:" + event.getId())
                    .setParameter(2, Math.max(1, Math.min(60, waitSeconds)))
                    .getSingleResult();
        } catch (PersistenceException e) {
            if (isLockTimeout(e)) {
                throw new SeatsBusyException(e);
            }
            throw e;
        }
    }

    private static boolean isLockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
