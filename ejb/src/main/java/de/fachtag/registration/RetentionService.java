package de.fachtag.registration;

import de.fachtag.event.Event;
import de.fachtag.platform.JobRuns;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.Funder;
import de.fachtag.tenant.TenantProfile;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * Erases the personal data of events that ended more than the tenant's retention period ago
 * ({@link TenantProfile#getRetentionDays()}, which the privacy page states from the same setting).
 *
 * <p>Each registration of such an event loses name, mail address, organisation, notes, private
 * links and check-in code ({@link Registration#anonymize(Instant)}, {@link RegistrationLink}); its
 * mails leave the outbox, since they carry the address. What the funders' figures count stays: status,
 * mode, workshop, sector, the dates and the check-in time, and the consent records, which now
 * point at a registration without a person. A second run finds nothing left to erase.
 *
 * <p>An event paid for by a funder that demands its participant lists as proof of use
 * ({@link Funder#getProofRetentionYears()}, GDPR Art. 17(3)(b)) is erased in two steps: after the
 * tenant's period the contact data and the mails go ({@link Registration#eraseContact(Instant)}),
 * and name and organisation follow when the longest of its funders' periods has ended.
 *
 * <p>Locks are taken in the order the outbox delivery takes them ({@link
 * de.fachtag.mail.OutboxDelivery}: the mail row, then its registration): first the event's mails,
 * then its registrations, so that an erasure and a delivery of the same event's mails never wait
 * for each other in a circle.
 */
@Stateless
@TenantScoped
public class RetentionService {

    /** What one run erased: registrations fully anonymized, registrations that lost their contact data only, mails. */
    public record Outcome(int events, int registrations, int contacts, int mails) {
        public boolean isEmpty() {
            return registrations == 0 && contacts == 0 && mails == 0;
        }
    }

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @EJB
    JobRuns jobs;

    /**
     * The scheduled run: erases what is due at {@code now} if no instance of the cluster has run
     * {@code period} for the current tenant yet; the claim and the erasure commit (or roll back)
     * together. Empty when the period was run already.
     */
    public Optional<Outcome> eraseDueOnce(Instant now, String period) {
        if (!jobs.claim("retention:" + TenantContext.require(), period)) {
            return Optional.empty();
        }
        return Optional.of(eraseDue(now));
    }

    /** Erases what is due at {@code now} for the current tenant; {@code now} is a parameter so tests control the clock. */
    public Outcome eraseDue(Instant now) {
        int retentionDays = em.createNamedQuery("TenantProfile.current", TenantProfile.class)
                .getResultStream()
                .findFirst()
                .map(TenantProfile::getRetentionDays)
                .orElse(TenantProfile.DEFAULT_RETENTION_DAYS);
        Instant cutoff = now.minus(retentionDays, ChronoUnit.DAYS);
        // The date column narrows the events; endsAt (the event's own zone and end time) decides.
        List<Event> ended = em
                .createQuery(
                        "SELECT e FROM Event e WHERE e.date IS NOT NULL AND e.date <= :day ORDER BY e.id", Event.class)
                .setParameter("day", cutoff.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1))
                .getResultList()
                .stream()
                .filter(e -> e.endsAt().map(end -> end.isBefore(cutoff)).orElse(false))
                .toList();
        int events = 0;
        int registrations = 0;
        int contacts = 0;
        int mails = 0;
        for (Event event : ended) {
            boolean keepLists = proofDue(event).map(now::isBefore).orElse(false);
            // the mails first (a delivery in progress holds its mail, then waits for its registration)
            em.createNativeQuery("SELECT m.id FROM outbox_mail m JOIN registration r "
                            + "ON m.tenant_id = r.tenant_id AND m.registration_id = r.id WHERE r.event_id = ?1 "
                            + "ORDER BY m.id FOR UPDATE OF m")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, event.getId())
                    .getResultList();
            List<Registration> personal = em.createQuery(
                            "SELECT r FROM Registration r WHERE r.event = :event AND r.anonymizedAt IS NULL"
                                    + (keepLists ? " AND r.contactErasedAt IS NULL" : "") + " ORDER BY r.id",
                            Registration.class)
                    .setParameter("event", event)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            personal.forEach(r -> {
                if (keepLists) {
                    r.eraseContact(now);
                } else {
                    r.anonymize(now);
                }
            });
            em.flush();
            // the private links go with the contact data, in both steps
            em.createNativeQuery("DELETE FROM registration_link l USING registration r "
                            + "WHERE l.tenant_id = r.tenant_id AND l.registration_id = r.id AND r.event_id = ?1")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, event.getId())
                    .executeUpdate();
            int deleted = em.createNativeQuery("DELETE FROM outbox_mail m USING registration r "
                            + "WHERE m.tenant_id = r.tenant_id AND m.registration_id = r.id AND r.event_id = ?1")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, event.getId())
                    .executeUpdate();
            if (!personal.isEmpty() || deleted > 0) {
                events++;
                if (keepLists) {
                    contacts += personal.size();
                } else {
                    registrations += personal.size();
                }
                mails += deleted;
            }
        }
        return new Outcome(events, registrations, contacts, mails);
    }

    /** When the participant lists of {@code event} may go at the earliest as far as its funders are concerned, if any demands them. */
    static Optional<Instant> proofDue(Event event) {
        return event.getFunders().stream()
                .map(Funder::getProofRetentionYears)
                .filter(Objects::nonNull)
                .max(Integer::compare)
                .flatMap(years -> event.endsAt()
                        .map(end -> end.atZone(event.zone()).plusYears(years).toInstant()));
    }
}
