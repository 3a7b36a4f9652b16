package de.fachtag.mail;

import de.fachtag.platform.PlatformSettings;
import de.fachtag.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background job of the outbox: a programmatic, non-persistent interval timer (every
 * FACHTAG_MAIL_POLL_SECONDS, default 5) that, tenant by tenant, queues the mails that are due by
 * time ({@link ScheduledMails}, about once a minute) and delivers due mails over SMTP
 * ({@link OutboxDelivery}, which also explains why a mail goes out once with several
 * instances). A failed delivery is tried again after FACHTAG_MAIL_RETRY_SECONDS (default 30),
 * doubled per attempt up to an hour.
 *
 * <p>Without FACHTAG_SMTP_HOST nothing is sent: mails wait in the outbox (the platform
 * operator's dashboard lists them). An unreachable server is logged as one warning line when the
 * trouble starts or changes (and at most every ten minutes while it lasts), and once more when
 * delivery works again; never a stack trace per tick.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final int BATCH = 10;
    static final Duration SCHEDULE_EVERY = Duration.ofSeconds(60);
    static final Duration REPEAT_WARNING = Duration.ofMinutes(10);

    @Resource
    TimerService timers;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @EJB
    OutboxDelivery delivery;

    @EJB
    ScheduledMails scheduled;

    @EJB
    OutboxStatus status;

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Optional<SmtpServer> smtp = Optional.empty();
    private volatile Instant lastScheduled = Instant.MIN;
    private volatile String lastProblem;
    private volatile Instant lastWarning = Instant.MIN;

    @PostConstruct
    void start() {
        smtp = SmtpServer.of(settings);
        long interval = settings.mailPollSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("fachtag-mail", false));
        LOG.info(smtp.map(s -> "Mail: delivering the outbox to " + s + " every " + settings.mailPollSeconds() + " s")
                .orElse("Mail: FACHTAG_SMTP_HOST is not set; mails wait in the outbox"));
    }

    @Timeout
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round is still at work
        }
        try {
            Instant now = clock.instant();
            if (Duration.between(lastScheduled, now).compareTo(SCHEDULE_EVERY) >= 0) {
                lastScheduled = now;
                scheduleDue(now);
            }
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warning("Mail: the round failed: " + OutboxDelivery.describe(e));
            LOG.log(Level.FINE, "Mail round", e);
        } finally {
            running.set(false);
        }
    }

    /** Queues the reminders and livestream links due at {@code now}, for every tenant. Tests call it with a chosen instant. */
    public int scheduleDue(Instant now) {
        int queued = 0;
        for (String tenant : tenants()) {
            try {
                queued += TenantContext.callAs(tenant, () -> scheduled.enqueueDue(now));
            } catch (RuntimeException e) {
                LOG.warning("Mail: scheduling for tenant " + tenant + " failed: " + OutboxDelivery.describe(e));
            }
        }
        return queued;
    }

    /** Delivers what is due now, for every tenant; answers how many mails went out. */
    public int deliverDue() {
        if (smtp.isEmpty()) {
            return 0;
        }
        SmtpServer server = smtp.get();
        int sent = 0;
        String problem = null;
        for (String tenant : tenants()) {
            OutboxDelivery.Result r;
            do {
                try {
                    r = TenantContext.callAs(tenant, () -> delivery.deliverDue(server, BATCH));
                } catch (RuntimeException e) {
                    r = new OutboxDelivery.Result(0, 0, OutboxDelivery.describe(e));
                }
                sent += r.sent();
                problem = r.problem() != null ? r.problem() : problem;
            } while (r.problem() == null && r.sent() + r.failed() == BATCH);
        }
        report(server, sent, problem);
        return sent;
    }

    /** Whether an SMTP server is configured at all. */
    public boolean delivers() {
        return smtp.isPresent();
    }

    /**
     * The unsent mails of all tenants as they will read, for the operator's preview. The page
     * shows them only in demo mode ({@link #delivers()} false: no SMTP server, no mail ever leaves
     * and nobody could read them otherwise); it decides that, so a test can look at the page with
     * mails waiting while the run's SMTP server takes the others.
     */
    public List<OutboxStatus.Preview> previews(int maxPerTenant, String linkPlaceholder) {
        return tenants().stream()
                .flatMap(t -> TenantContext.callAs(t, () -> status.previews(maxPerTenant, linkPlaceholder)).stream())
                .sorted(java.util.Comparator.comparing(OutboxStatus.Preview::createdAt)
                        .reversed())
                .toList();
    }

    /** The tenants with unsent mails or mails whose delivery is uncertain, for the platform operator's dashboard. */
    public List<OutboxStatus.Waiting> waiting() {
        return tenants().stream()
                .map(t -> TenantContext.callAs(t, () -> status.waiting()))
                .filter(w -> w.count() + w.uncertain() > 0)
                .toList();
    }

    /** Every tenant's mails whose delivery is uncertain, for the platform operator to settle. */
    public List<OutboxStatus.Uncertain> uncertain() {
        return tenants().stream()
                .flatMap(t -> TenantContext.callAs(t, () -> status.uncertain()).stream())
                .toList();
    }

    /**
     * The operator's decision on an uncertain mail: it arrived (closed as sent) or it is sent
     * again; logged in {@code security_log}. False when it is not uncertain (any more).
     */
    public boolean settle(String tenant, java.util.UUID id, boolean arrived, String by) {
        if (tenant == null || id == null || !tenants().contains(tenant)) {
            return false;
        }
        boolean settled = TenantContext.callAs(tenant, () -> status.settle(id, arrived, by));
        if (settled) {
            LOG.info(() -> "Mail " + id + " of tenant " + tenant + (arrived ? " settled as sent" : " to be sent again")
                    + " by the operator");
        }
        return settled;
    }

    /** The Message-ID an outbox mail carries on every attempt, by which the SMTP server's log finds it. */
    public String messageId(java.util.UUID id) {
        return "<" + id + "@"
                + OutboxDelivery.Sender.domainOf(smtp.map(SmtpServer::from).orElse(null)) + ">";
    }

    private void report(SmtpServer server, int sent, String problem) {
        Instant now = clock.instant();
        if (problem != null) {
            if (!problem.equals(lastProblem)
                    || Duration.between(lastWarning, now).compareTo(REPEAT_WARNING) >= 0) {
                LOG.warning("Mail: delivery to " + server + " failed (" + problem + "); the mails stay in the outbox "
                        + "and are tried again later");
                lastWarning = now;
            }
            lastProblem = problem;
        } else if (sent > 0 && lastProblem != null) {
            LOG.info("Mail: delivery to " + server + " works again");
            lastProblem = null;
        }
    }

    private List<String> tenants() {
        return em.createQuery("SELECT t.id FROM Tenant t ORDER BY t.id", String.class)
                .getResultList();
    }
}
