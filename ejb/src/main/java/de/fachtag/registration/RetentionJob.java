package de.fachtag.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.TenantDirectory;
import de.fachtag.tenant.TenantSummary;

/**
 * Runs {@link RetentionService} once a day for every tenant, each in its own transaction, so
 * that one tenant's failure neither rolls back nor stops the others. Several instances may run
 * it at the same time: a run is idempotent, and what one instance erased the next finds done
 * (a collision on a registration's version fails that tenant's run for the day, the next day
 * repeats it).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @EJB
    TenantDirectory tenants;

    @EJB
    RetentionService retention;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "retention")
    void daily() {
        runAll(clock.instant());
    }

    /** One run over all tenants at {@code now}. */
    public void runAll(Instant now) {
        for (TenantSummary tenant : tenants.all()) {
            try {
                RetentionService.Outcome outcome = TenantContext.callAs(tenant.slug(), () -> retention.eraseDue(now));
                if (!outcome.isEmpty()) {
                    LOG.info(() -> "Retention for " + tenant.slug() + ": personal data of " + outcome.registrations()
                            + " registrations in " + outcome.events() + " events erased, contact data of "
                            + outcome.contacts() + " more (lists kept as a funder's proof), " + outcome.mails()
                            + " mails removed from the outbox");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Retention for " + tenant.slug() + " failed; tomorrow's run repeats it", e);
            }
        }
    }
}
