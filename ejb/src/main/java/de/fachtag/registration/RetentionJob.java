package de.fachtag.registration;

import de.fachtag.platform.JobRuns;
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
 * Runs {@link RetentionService} once a day for every tenant, each in its own transaction, so
 * that one tenant's failure neither rolls back nor stops the others.
 *
 * <p>Once per cluster: the timer fires every hour on every instance, and each tenant's run first
 * claims the day ({@link JobRuns}, {@code retention:<tenant>}) in its own transaction. The first
 * instance to get there erases; the others, and every later hour of that day, find the claim and
 * skip, also after a full restart. A tenant's failed run rolls its claim back, and the next hour
 * (on whichever instance) tries again. A cluster that was down at night catches up within the hour
 * after it starts.
 *
 * <p>Bean-managed concurrency: the claims in the database serialise the runs, so a run started
 * by hand (or by a test) never makes the timer wait for a container lock and time out, and no
 * failure escapes {@link #hourly()} (the container would expunge a timer that fails twice).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @EJB
    TenantDirectory tenants;

    @EJB
    RetentionService retention;

    @EJB
    JobRuns jobs;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "retention")
    void hourly() {
        Instant now = clock.instant();
        try {
            runAll(now);
        } catch (RuntimeException e) {
            // a timer whose deliveries fail is expunged by the container: the job must outlive a bad hour
            LOG.log(Level.WARNING, "Retention run failed; the next hour's run repeats it", e);
        }
        try {
            int forgotten = jobs.forgetOld(now);
            if (forgotten > 0) {
                LOG.fine(() ->
                        "Forgot " + forgotten + " claims of scheduled jobs older than " + JobRuns.KEEP_DAYS + " days");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Old claims of scheduled jobs not forgotten; the next hour tries again", e);
        }
    }

    /**
     * The run of the day of {@code now} (UTC) over all tenants: each tenant whose run of that day
     * no instance has claimed yet is erased as at {@code now}.
     */
    public void runAll(Instant now) {
        String day = JobRuns.day(now);
        for (TenantSummary tenant : tenants.all()) {
            try {
                RetentionService.Outcome outcome = TenantContext.callAs(
                                tenant.slug(), () -> retention.eraseDueOnce(now, day))
                        .orElse(null);
                if (outcome != null && !outcome.isEmpty()) {
                    LOG.info(() -> "Retention for " + tenant.slug() + ": personal data of " + outcome.registrations()
                            + " registrations in " + outcome.events() + " events erased, contact data of "
                            + outcome.contacts() + " more (lists kept as a funder's proof), " + outcome.mails()
                            + " mails removed from the outbox");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Retention for " + tenant.slug() + " failed; the next hour's run repeats it", e);
            }
        }
    }
}
