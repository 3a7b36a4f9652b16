package de.fachtag.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.eclipse.persistence.config.QueryHints;

/**
 * Once per cluster and period: every instance runs the same timers, and a scheduled job first
 * claims its period in the table {@code job_run} (V35), in the job's own transaction. The first
 * claim inserts the row; a concurrent claim of the same period waits for that transaction
 * (PostgreSQL's unique index) and then inserts nothing, so exactly one instance does the work.
 * A job that fails rolls its claim back with its work, and the period is free again. The rows
 * stay, so a full restart of every instance does not run a period a second time.
 *
 * <p>Jobs name themselves ({@code retention:mittelsachsen}) and their period ({@link #day},
 * {@link #minute}).
 */
@Stateless
public class JobRuns {

    /** The claim; no row inserted means another instance has (or is about to have) the period. */
    public static final String CLAIM =
            "INSERT INTO job_run (job, period, claimed_by) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING";

    /** Claims older than this are forgotten by {@link #forgetOld}: no job asks for a period that old. */
    public static final int KEEP_DAYS = 35;

    static final String FORGET =
            "DELETE FROM job_run WHERE claimed_at < statement_timestamp() - make_interval(days => ?1)";

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

    /** Host and process of this instance, as the JVM names it ({@code 4711@host}). */
    static final String INSTANCE = instanceName();

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    /**
     * Claims {@code period} of {@code job} for this instance, in the caller's transaction (there
     * must be one: the claim belongs to the work it guards). True: do the work; false: another
     * instance did it or is doing it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean claim(String job, String period) {
        int inserted = em.createNativeQuery(CLAIM)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, job)
                .setParameter(2, period)
                .setParameter(3, INSTANCE)
                .executeUpdate();
        return inserted == 1;
    }

    /** Forgets the claims older than {@link #KEEP_DAYS}, once a day per cluster; answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int forgetOld(Instant now) {
        if (!claim("job-run-forget", day(now))) {
            return 0;
        }
        return em.createNativeQuery(FORGET)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, KEEP_DAYS)
                .executeUpdate();
    }

    /** The period "day" of {@code now}: its date in UTC ({@code 2026-12-06}). */
    public static String day(Instant now) {
        return now.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The period "minute" of {@code now}, in UTC ({@code 2026-12-06T03:17Z}). */
    public static String minute(Instant now) {
        return MINUTE.format(now.truncatedTo(ChronoUnit.MINUTES));
    }

    private static String instanceName() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
