package de.fachtag.results;

import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.TenantDirectory;
import de.fachtag.tenant.TenantSummary;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the follow-up reminders ({@link FollowUpService#remindDue}) once an hour for every tenant,
 * each in its own transaction, so that one tenant's failure stops no other. Several instances
 * may run it at the same time: a reminder period is claimed in the database before its mail is
 * written, so each period is mailed once. Bean-managed concurrency, for the same reason: a run
 * by hand never blocks the timer into a lock timeout, and no failure escapes {@link #hourly()}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FollowUpJob {

    private static final Logger LOG = Logger.getLogger(FollowUpJob.class.getName());

    @EJB
    TenantDirectory tenants;

    @EJB
    FollowUpService followUp;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "41", persistent = false, info = "follow-up reminders")
    void hourly() {
        try {
            runAll(clock.instant());
        } catch (RuntimeException e) {
            // a timer whose deliveries fail is expunged by the container: the job must outlive a bad hour
            LOG.log(Level.WARNING, "Follow-up run failed; the next hour's run repeats it", e);
        }
    }

    /** One run over all tenants at {@code now}; answers how many reminders were queued. */
    public int runAll(Instant now) {
        int queued = 0;
        for (TenantSummary tenant : tenants.all()) {
            try {
                int n = TenantContext.callAs(tenant.slug(), () -> followUp.remindDue(now));
                if (n > 0) {
                    LOG.info(() -> "Follow-up for " + tenant.slug() + ": " + n + " reminders queued");
                }
                queued += n;
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Follow-up reminders for " + tenant.slug() + " failed; the next run repeats them",
                        e);
            }
        }
        return queued;
    }
}
