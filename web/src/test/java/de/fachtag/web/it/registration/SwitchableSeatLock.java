package de.fachtag.web.it.registration;

import de.fachtag.event.Event;
import de.fachtag.registration.SeatLock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;

/**
 * Test only ("the lock switched off in a test build"): the production {@link SeatLock} unless
 * {@link SeatLockSwitch} is off, then no lock at all. Enabled for the whole application by its
 * priority, so {@code RegistrationService} gets this bean in the test deployment; the
 * production class knows nothing of it.
 *
 * <p>Switched off, it waits 5 ms in the database where the lock would have been taken. Without
 * the lock, two transactions overbook when both count the seats before either commits; with
 * 200 callers and 32 pooled connections that happens anyway (measured on the 2-core machine: 40
 * confirmed for 20 seats without the pause, 39 with it). The pause is a margin for a faster
 * machine, where transactions might otherwise finish one after the other often enough to make
 * the negative control flaky: it lines the concurrent registrations up just before they count.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class SwitchableSeatLock extends SeatLock {

    @Inject
    SeatLockSwitch lockSwitch;

    @PersistenceContext(unitName = "fachtag")
    EntityManager entityManager;

    @Override
    public void lock(Event event) {
        if (!lockSwitch.isOff()) {
            super.lock(event);
            return;
        }
        entityManager
                .createNativeQuery("SELECT pg_sleep(0.005)::text")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
    }
}
