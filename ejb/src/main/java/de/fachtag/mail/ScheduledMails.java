package de.fachtag.mail;

import de.fachtag.event.Event;
import de.fachtag.event.EventState;
import de.fachtag.platform.JobRuns;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.Registration;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Puts the mails that time causes into the current tenant's outbox: the livestream link for
 * confirmed livestream participants (from the event's start minus its lead time, when the
 * event has a livestream address) and the reminder the day before (from 08:00 local time) for
 * every confirmed registration. Each at most once per registration: the outbox row's dedupe key
 * says it was written. Once per cluster and minute: each round first claims the minute for the
 * tenant ({@link JobRuns}, {@code mail-schedule:<tenant>}) in its transaction, so that of the
 * instances whose timers fire in the same minute one writes the mails and the others skip.
 */
@Stateless
@TenantScoped
public class ScheduledMails {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Outbox outbox;

    @EJB
    JobRuns jobs;

    /** Queues what is due at {@code now}; answers how many mails it queued. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int enqueueDue(Instant now) {
        if (!jobs.claim("mail-schedule:" + TenantContext.require(), JobRuns.minute(now))) {
            return 0;
        }
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        List<Event> events = em.createQuery(
                        "SELECT e FROM Event e WHERE e.state IN :states AND e.date BETWEEN :from AND :to", Event.class)
                .setParameter("states", List.of(EventState.PUBLISHED, EventState.REGISTRATION_CLOSED))
                .setParameter("from", today.minusDays(1))
                .setParameter("to", today.plusDays(2))
                .getResultList();
        int queued = 0;
        for (Event event : events) {
            Optional<MailSchedule.Window> reminder =
                    MailSchedule.reminder(event.getDate(), event.getStart(), event.zone());
            if (reminder.isPresent() && reminder.get().contains(now)) {
                queued += enqueue(event, MailKind.REMINDER, null, reminder.get());
            }
            if (event.offersLivestream()
                    && event.getLivestreamUrl() != null
                    && !event.getLivestreamUrl().isBlank()) {
                Optional<MailSchedule.Window> link = MailSchedule.livestreamLink(
                        event.getDate(),
                        event.getStart(),
                        event.getEnd(),
                        event.zone(),
                        event.getLivestreamLinkLeadMinutes());
                if (link.isPresent() && link.get().contains(now)) {
                    queued += enqueue(event, MailKind.LIVESTREAM_ACCESS, ParticipationMode.LIVESTREAM, null);
                }
            }
        }
        return queued;
    }

    /**
     * Queues the kind for the event's confirmed registrations (of one mode, if given) that do
     * not have it yet. A reminder goes only to those confirmed before its window opened: who
     * registers later has just got the confirmation with the same details.
     */
    private int enqueue(Event event, MailKind kind, ParticipationMode mode, MailSchedule.Window remindOnlyBefore) {
        Set<UUID> done = outbox.alreadyQueued(event, kind);
        int queued = 0;
        for (Registration r : em.createNamedQuery("Registration.ofEvent", Registration.class)
                .setParameter("event", event)
                .getResultList()) {
            boolean wanted = r.getStatus() == RegistrationStatus.CONFIRMED
                    && !r.isAnonymized()
                    && !done.contains(r.getId())
                    && (mode == null || r.getMode() == mode)
                    && (remindOnlyBefore == null
                            || r.getConfirmedAt() == null
                            || r.getConfirmedAt().isBefore(remindOnlyBefore.from()));
            if (wanted) {
                outbox.scheduledMail(r, kind);
                queued++;
            }
        }
        return queued;
    }
}
