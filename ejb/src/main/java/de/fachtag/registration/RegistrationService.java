package de.fachtag.registration;

import de.fachtag.event.Event;
import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventState;
import de.fachtag.event.Workshop;
import de.fachtag.mail.MailKind;
import de.fachtag.mail.Outbox;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.tenant.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.config.QueryHints;

/**
 * Registering, and every change that moves a seat: the participant's own changes through the
 * private link and the organizer's by hand. Each such change takes the event's {@link SeatLock}
 * first, counts seats under it, and promotes waiting people in the same transaction when a seat
 * comes free, so confirmed registrations never exceed the seats. What such a change decides on
 * (the registration's status, the seats and capacities) is read again under the lock: a copy
 * read before it may be stale by the time the lock is granted.
 *
 * <p>A private link is never taken away: asking for it again (a second registration with the
 * same address, "Link erneut zusenden") mails a new link and leaves the old ones working, at
 * most {@link #LINK_MAILS_PER_HOUR} times an hour per address, and the answer is the same
 * whether a mail went out or not.
 */
@Stateless
@TenantScoped
public class RegistrationService {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    SeatLock seatLock;

    @Inject
    Validator validator;

    @Inject
    Outbox outbox;

    @Inject
    ConsentTexts consentTexts;

    @Inject
    Clock clock;

    /** How often an address is mailed its link on request (duplicate registration, "Link erneut zusenden") per hour. */
    public static final int LINK_MAILS_PER_HOUR = 3;

    // ---------------------------------------------------------------- registering

    /** Registers through the public form or the API, within the event's registration window. */
    public RegistrationOutcome register(String eventSlug, RegistrationForm form, Channel channel) {
        return withoutFlushingFirst(() -> {
            Event event = openEvent(eventSlug);
            Instant now = clock.instant();
            List<ConsentText> texts = consentTexts.forEvent(event.getId());
            validate(event, form, texts);
            checkWindow(event, form.getMode(), now);
            return place(event, form, channel, now, texts);
        });
    }

    /** Registers someone by hand (organizer): no window, the same seats and waitlist. */
    public RegistrationOutcome registerByOrganizer(String eventSlug, RegistrationForm form) {
        return withoutFlushingFirst(() -> {
            Event event = EventCatalog.bySlug(em, eventSlug).orElseThrow(() -> new EventNotFoundException(eventSlug));
            validate(event, form, null);
            return place(event, form, Channel.ORGANIZER, clock.instant(), consentTexts.forEvent(event.getId()));
        });
    }

    /**
     * Registering changes nothing before it persists the new registration, and flushes that
     * itself: its queries need not flush first. With change detection by comparison, each flush
     * compares every entity the transaction read (the event, its workshops, consent texts, the
     * tenant's profile) with a copy, and EclipseLink flushes before every native query: ten times
     * per registration, the largest single cost of a registration in the profile (issue 11).
     */
    private RegistrationOutcome withoutFlushingFirst(java.util.function.Supplier<RegistrationOutcome> registering) {
        FlushModeType before = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            return registering.get();
        } finally {
            em.setFlushMode(before);
        }
    }

    private RegistrationOutcome place(
            Event event, RegistrationForm form, Channel channel, Instant now, List<ConsentText> texts) {
        Participant person = form.participant();
        Workshop workshop = workshopOf(event, form);
        // everything that does not depend on the seats is read before the lock: its holder should be quick
        Outbox.Prepared mail = outbox.prepare(event);
        // the registration and its mail are made before the lock too, for the outcome the seats
        // promise now; under the lock only its arrival and status are decided (and the mail is
        // rendered again in the rare case that the outcome changed meanwhile)
        Registration r = new Registration(event, 0, channel, now);
        r.describe(person);
        r.choose(form.getMode(), workshop, now);
        r.assignCheckinCode(Tokens.newCheckinCode());
        MailKind expected = seats(r).fits(r) ? MailKind.CONFIRMATION : MailKind.WAITLISTED;
        if (expected == MailKind.CONFIRMATION) {
            r.confirm(now);
        }
        Outbox.Rendered rendered = outbox.render(r, expected, mail);
        seatLock.lock(event);
        // under the lock, one statement: the address's active registration, the seats, the
        // workshop still offered, the arrival number and the queue before it
        Placement at = placement(r, person.emailKey());
        if (at.existing() != null) {
            Registration found = em.find(Registration.class, at.existing());
            mailLinkOnRequest(found, now);
            return new RegistrationOutcome(
                    found.getId(),
                    found.getStatus(),
                    true,
                    Optional.empty(),
                    waitlistPosition(found),
                    Optional.empty());
        }
        // a cancelled registration with this address stays as it is: this is a new one
        if (!at.workshopOffered()) {
            throw new RejectedInputException(Map.of("workshop", "fachtag.registration.workshop.unknown"));
        }
        r.arrive(at.arrival());
        Integer position = null;
        if (at.seats().fits(r)) {
            r.confirm(now);
        } else {
            r.waitlist(now);
            position = (int) at.waitingBefore() + 1;
        }
        em.persist(r);
        String token = issueLink(r, now);
        for (ConsentText text : texts) {
            boolean granted = form.granted(text.getKey());
            if (granted || text.isOptional()) {
                em.persist(r.decide(text, granted, channel == Channel.ORGANIZER ? Channel.ORGANIZER : channel, now));
            }
        }
        em.flush(); // the outbox row names the registration by id only: EclipseLink would not order its insert after it
        outbox.queue(
                rendered,
                r,
                r.getStatus() == RegistrationStatus.CONFIRMED ? MailKind.CONFIRMATION : MailKind.WAITLISTED,
                mail,
                position);
        return new RegistrationOutcome(
                r.getId(),
                r.getStatus(),
                false,
                Optional.of(token),
                position,
                Optional.of(mail.links().privateLink(token)));
    }

    /**
     * Mails a new private link to the registration's address, asked for by someone who knows the
     * address (a second registration, "Link erneut zusenden"): the links mailed before keep
     * working, and an address gets at most {@link #LINK_MAILS_PER_HOUR} such mails an hour, so
     * nobody can flood it. Says nothing either way: the caller answers the same.
     */
    private void mailLinkOnRequest(Registration r, Instant now) {
        lockAddress(r.getEmailKey());
        if (outbox.linkMailsSince(r.getEmailKey(), now.minus(java.time.Duration.ofHours(1))) < LINK_MAILS_PER_HOUR) {
            outbox.linkMail(r, MailKind.LINK_RESENT);
        }
    }

    /** Serialises the link mails of one address of the tenant (on any instance), so that the limit holds. */
    private void lockAddress(String emailKey) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))::text")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, "link-mail:" + TenantContext.require() + ":" + emailKey)
                .getSingleResult();
    }

    private Optional<Registration> activeByEmail(Event event, String emailKey) {
        return em.createNamedQuery("Registration.activeByEmail", Registration.class)
                .setParameter("event", event)
                .setParameter("emailKey", emailKey)
                .getResultStream()
                .findFirst();
    }

    /**
     * Mails the private link again to an address registered for the event. Says nothing about
     * whether the address is registered: the answer is the same either way.
     */
    public void resendLink(String eventSlug, String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        Event event = EventCatalog.bySlug(em, eventSlug)
                .filter(Event::isPublic)
                .orElseThrow(() -> new EventNotFoundException(eventSlug));
        Instant now = clock.instant();
        activeByEmail(event, email.strip().toLowerCase(java.util.Locale.ROOT))
                .ifPresent(r -> mailLinkOnRequest(r, now));
    }

    // ---------------------------------------------------------------- the private link

    /** The registration a private-link token opens; unknown, erased and other tenants' tokens alike: not found. */
    public Registration byToken(String token) {
        if (Tokens.tenantOf(token)
                .filter(t -> t.equals(TenantContext.current().orElse(null)))
                .isEmpty()) {
            throw new RegistrationNotFoundException();
        }
        return em.createNamedQuery("RegistrationLink.registration", Registration.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream()
                .findFirst()
                .orElseThrow(RegistrationNotFoundException::new);
    }

    /** Another workshop, if it has a seat; otherwise nothing changes and the answer says it is full. */
    public Registration changeWorkshop(String token, String workshopCode) {
        return moveTo(byToken(token), workshopCode, false);
    }

    /** On site ↔ livestream; a switch to on site needs a free seat (and a workshop when the event has some). */
    public Registration switchMode(String token, ParticipationMode mode, String workshopCode) {
        Registration r = byToken(token);
        if (mode == r.getMode()) {
            return r;
        }
        Event event = r.getEvent();
        if (mode == ParticipationMode.ON_SITE && !event.offersOnSite()
                || mode == ParticipationMode.LIVESTREAM && !event.offersLivestream()) {
            throw new RejectedInputException(Map.of("mode", "fachtag.registration.mode.notOffered"));
        }
        Workshop workshop = mode == ParticipationMode.ON_SITE ? requiredWorkshop(event, workshopCode) : null;
        Instant now = clock.instant();
        seatLock.lock(event);
        em.refresh(r); // decide from what holds now, not from the copy read before the lock
        if (mode == r.getMode() || !r.isActive()) {
            return r;
        }
        ParticipationMode before = r.getMode();
        Workshop workshopBefore = r.getWorkshop();
        boolean heldSeat = r.getStatus() == RegistrationStatus.CONFIRMED;
        r.choose(mode, workshop, now);
        if (!hasSeat(r)) {
            r.choose(before, workshopBefore, now);
            throw new RejectedInputException(Map.of("mode", "fachtag.registration.full"));
        }
        if (r.getStatus() == RegistrationStatus.WAITLISTED) {
            r.promote(now);
        }
        outbox.registrationMail(r, MailKind.CHANGED);
        if (heldSeat) {
            promoteWaiting(event, now);
        }
        return r;
    }

    public Registration cancel(String token) {
        return cancel(byToken(token), Channel.SELF_SERVICE);
    }

    /** Withdraws (or later grants) an optional consent: a new record; the old ones stay. */
    public Registration decideConsent(String token, String key, boolean granted) {
        Registration r = byToken(token);
        ConsentText text = consentTexts.forEvent(r.getEvent().getId()).stream()
                .filter(t -> t.getKey().equals(key))
                .filter(ConsentText::isOptional)
                .findFirst()
                .orElseThrow(
                        () -> new RejectedInputException(Map.of("consent", "fachtag.registration.consent.unknown")));
        em.persist(r.decide(text, granted, Channel.SELF_SERVICE, clock.instant()));
        return r;
    }

    // ---------------------------------------------------------------- organizer

    public Registration find(UUID id) {
        if (id == null) {
            throw new RegistrationNotFoundException();
        }
        Registration r = em.find(Registration.class, id);
        if (r == null || r.isAnonymized()) {
            throw new RegistrationNotFoundException();
        }
        return r;
    }

    public Registration cancelById(UUID id) {
        return cancel(find(id), Channel.ORGANIZER);
    }

    /**
     * What undoing a cancellation did: the registration is active again, confirmed, or waiting
     * because its seat went to someone else meanwhile ({@code seatTaken}); {@code mailWithdrawn}
     * when the cancellation mail had not left the outbox yet and was taken back.
     */
    public record Restored(
            Registration registration, boolean seatTaken, boolean mailWithdrawn, Integer waitlistPosition) {}

    /**
     * Undoes a cancellation made by mistake (organizer), under the event's seat lock: the
     * registration held a seat before ({@code heldSeat}) and gets it back if one is free, else
     * it waits in its old place in the queue. The unsent cancellation mail is withdrawn; if it
     * went out already, the person is told the new state. Refused when the address registered
     * again meanwhile (one active registration per address).
     */
    public Restored restore(UUID id, boolean heldSeat) {
        Registration r = find(id);
        Instant now = clock.instant();
        seatLock.lock(r.getEvent());
        em.refresh(r);
        if (r.getStatus() != RegistrationStatus.CANCELLED) {
            return new Restored(r, false, false, waitlistPosition(r));
        }
        if (r.getEmailKey() != null
                && activeByEmail(r.getEvent(), r.getEmailKey()).isPresent()) {
            throw new RejectedInputException(Map.of("email", "fachtag.registration.email.taken"));
        }
        r.restore(RegistrationStatus.WAITLISTED, now);
        boolean seatTaken = false;
        if (hasSeat(r)) {
            r.restore(RegistrationStatus.CONFIRMED, now);
        } else {
            seatTaken = heldSeat;
        }
        em.flush();
        int withdrawn = outbox.withdraw(r.getId(), MailKind.CANCELLED);
        if (withdrawn == 0) {
            outbox.registrationMail(
                    r, r.getStatus() == RegistrationStatus.CONFIRMED ? MailKind.CHANGED : MailKind.WAITLISTED);
        }
        return new Restored(r, seatTaken, withdrawn > 0, waitlistPosition(r));
    }

    /** Moves a registration to another workshop (organizer): only into a free seat. */
    public Registration move(UUID id, String workshopCode) {
        return moveTo(find(id), workshopCode, true);
    }

    /** Corrects a person's details (organizer); seats do not move. */
    public Registration correct(UUID id, RegistrationForm form) {
        Registration r = find(id);
        Map<String, String> problems = violations(form);
        if (!problems.isEmpty()) {
            throw new RejectedInputException(problems);
        }
        Participant person = form.participant();
        if (!person.emailKey().equals(r.getEmailKey())) {
            // one active registration per address: decided under the lock that registering takes too
            seatLock.lock(r.getEvent());
            em.refresh(r);
            boolean taken = r.isActive()
                    && activeByEmail(r.getEvent(), person.emailKey())
                            .filter(other -> !other.equals(r))
                            .isPresent();
            if (taken) {
                throw new RejectedInputException(Map.of("email", "fachtag.registration.email.taken"));
            }
        }
        r.describe(person);
        return r;
    }

    /** Gives a waiting person a free seat now, ahead of the queue (organizer). */
    public Registration promote(UUID id) {
        Registration r = find(id);
        if (r.getStatus() != RegistrationStatus.WAITLISTED) {
            return r;
        }
        seatLock.lock(r.getEvent());
        em.refresh(r);
        if (r.getStatus() != RegistrationStatus.WAITLISTED) {
            return r; // promoted or cancelled meanwhile
        }
        if (!hasSeat(r)) {
            throw new RejectedInputException(Map.of("status", "fachtag.registration.noSeatFree"));
        }
        r.promote(clock.instant());
        outbox.registrationMail(r, MailKind.PROMOTED);
        return r;
    }

    /**
     * Marks the person of a badge's code present. A second scan changes nothing and says when
     * they were checked in. The write happens under the event's seat lock on a registration read
     * again there, so a concurrent cancellation or move is seen, never overwritten (a lock that
     * stays busy: {@link SeatsBusyException}).
     */
    public CheckIn checkIn(String eventSlug, String code) {
        Event event = EventCatalog.bySlug(em, eventSlug).orElseThrow(() -> new EventNotFoundException(eventSlug));
        String normalized = Tokens.normalizeCheckinCode(code);
        Optional<Registration> found = normalized.isEmpty()
                ? Optional.empty()
                : em.createNamedQuery("Registration.byCheckinCode", Registration.class)
                        .setParameter("code", normalized)
                        .setParameter("event", event)
                        .getResultStream()
                        .findFirst();
        if (found.isEmpty()) {
            return new CheckIn(CheckIn.Result.UNKNOWN, null, null, null, null);
        }
        Registration r = found.get();
        if (r.getStatus() != RegistrationStatus.CONFIRMED) {
            return new CheckIn(CheckIn.Result.NOT_CONFIRMED, r.getId(), r.getName(), workshopCode(r), null);
        }
        if (r.getCheckedInAt() != null) {
            return new CheckIn(CheckIn.Result.ALREADY, r.getId(), r.getName(), workshopCode(r), r.getCheckedInAt());
        }
        // decided again under the seat lock: a cancel or move meanwhile wins, never a stale write
        seatLock.lock(event);
        em.refresh(r);
        if (r.getStatus() != RegistrationStatus.CONFIRMED) {
            return new CheckIn(CheckIn.Result.NOT_CONFIRMED, r.getId(), r.getName(), workshopCode(r), null);
        }
        if (r.getCheckedInAt() != null) {
            return new CheckIn(CheckIn.Result.ALREADY, r.getId(), r.getName(), workshopCode(r), r.getCheckedInAt());
        }
        Instant now = clock.instant();
        r.checkIn(now);
        return new CheckIn(CheckIn.Result.CHECKED_IN, r.getId(), r.getName(), workshopCode(r), now);
    }

    /** How many at the door: {checked in, confirmed on site}. */
    public long[] presence(String eventSlug) {
        Event event = EventCatalog.bySlug(em, eventSlug).orElseThrow(() -> new EventNotFoundException(eventSlug));
        String confirmedOnSite = "SELECT COUNT(r) FROM Registration r WHERE r.event = :event AND r.status = "
                + "de.fachtag.registration.RegistrationStatus.CONFIRMED AND r.mode = de.fachtag.registration.ParticipationMode.ON_SITE";
        long expected = em.createQuery(confirmedOnSite, Long.class)
                .setParameter("event", event)
                .getSingleResult();
        long present = em.createQuery(confirmedOnSite + " AND r.checkedInAt IS NOT NULL", Long.class)
                .setParameter("event", event)
                .getSingleResult();
        return new long[] {present, expected};
    }

    // ---------------------------------------------------------------- rules

    private Registration cancel(Registration r, Channel by) {
        if (!r.isActive()) {
            return r;
        }
        Instant now = clock.instant();
        seatLock.lock(r.getEvent());
        em.refresh(r);
        if (!r.isActive()) {
            return r;
        }
        boolean heldSeat = r.getStatus() == RegistrationStatus.CONFIRMED;
        r.cancel(now);
        outbox.registrationMail(r, MailKind.CANCELLED);
        if (heldSeat) {
            promoteWaiting(r.getEvent(), now);
        }
        return r;
    }

    private Registration moveTo(Registration r, String workshopCode, boolean byOrganizer) {
        if (r.getMode() != ParticipationMode.ON_SITE || !r.isActive()) {
            throw new RejectedInputException(Map.of("workshop", "fachtag.registration.workshop.onSiteOnly"));
        }
        Event event = r.getEvent();
        Workshop target = requiredWorkshop(event, workshopCode);
        if (target.equals(r.getWorkshop())) {
            return r;
        }
        Instant now = clock.instant();
        seatLock.lock(event);
        em.refresh(r);
        if (r.getMode() != ParticipationMode.ON_SITE || !r.isActive()) {
            throw new RejectedInputException(Map.of("workshop", "fachtag.registration.workshop.onSiteOnly"));
        }
        if (target.equals(r.getWorkshop())) {
            return r;
        }
        Workshop before = r.getWorkshop();
        boolean heldSeat = r.getStatus() == RegistrationStatus.CONFIRMED;
        r.choose(ParticipationMode.ON_SITE, target, now);
        if (heldSeat && !hasSeat(r)) {
            r.choose(ParticipationMode.ON_SITE, before, now);
            throw new RejectedInputException(Map.of("workshop", "fachtag.registration.workshop.full"));
        }
        if (!heldSeat && hasSeat(r)) {
            r.promote(now);
        }
        outbox.registrationMail(r, MailKind.CHANGED);
        if (heldSeat) {
            promoteWaiting(event, now); // the old workshop's seat is free now
        }
        return r;
    }

    /**
     * Gives free seats to waiting people in arrival order. Someone whose workshop is still full
     * keeps waiting while a later person with a free workshop moves up: the queue is per
     * workshop. Runs under the event's seat lock, in the transaction that freed the seat.
     */
    void promoteWaiting(Event event, Instant now) {
        for (Registration waiting : em.createNamedQuery("Registration.waiting", Registration.class)
                .setParameter("event", event)
                .getResultList()) {
            if (hasSeat(waiting)) {
                waiting.promote(now);
                outbox.registrationMail(waiting, MailKind.PROMOTED);
            }
        }
    }

    /**
     * What {@link #hasSeat} decides on, in one statement: the event's seats as they are now (an
     * organizer changes them under the same lock), not as the entities read before the lock say,
     * the workshop's capacity, and the confirmed registrations other than this one in its mode
     * and in its workshop.
     */
    private static final String SEATS_COLUMNS = "e.seats, e.livestream_seats, "
            + "(SELECT w.capacity FROM workshop w WHERE w.tenant_id = e.tenant_id AND w.id = CAST(NULLIF(?3, '') AS uuid)), "
            + "(SELECT count(*) FROM registration r WHERE r.tenant_id = e.tenant_id AND r.event_id = e.id "
            + "AND r.status = 'CONFIRMED' AND r.mode = ?4 AND r.id <> CAST(?2 AS uuid)), "
            + "(SELECT count(*) FROM registration r WHERE r.tenant_id = e.tenant_id AND r.event_id = e.id "
            + "AND r.status = 'CONFIRMED' AND r.mode = 'ON_SITE' AND r.id <> CAST(?2 AS uuid) "
            + "AND r.workshop_id = CAST(NULLIF(?3, '') AS uuid))";

    private static final String SEATS =
            "SELECT " + SEATS_COLUMNS + " FROM event e WHERE e.tenant_id = ?5 AND e.id = CAST(?1 AS uuid)";

    /** Whether the registration, as it stands, fits into the seats others hold. Call under the seat lock. */
    boolean hasSeat(Registration r) {
        em.flush(); // the statement below counts what this transaction changed before (promotions in a row)
        return seats(r).fits(r);
    }

    /** {@link #SEATS} for the registration, as far as the database has this transaction's changes. */
    private Seats seats(Registration r) {
        return Seats.of((Object[]) seatsQuery(SEATS, r).getSingleResult());
    }

    /** {@code sql} with {@link #SEATS_COLUMNS}' parameters bound for the registration: ?1 to ?5. */
    private jakarta.persistence.Query seatsQuery(String sql, Registration r) {
        Workshop w = r.getMode() == ParticipationMode.ON_SITE ? r.getWorkshop() : null;
        return em.createNativeQuery(sql)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, r.getEvent().getId().toString())
                .setParameter(2, r.getId().toString())
                .setParameter(3, w == null ? "" : w.getId().toString())
                .setParameter(4, r.getMode().name())
                .setParameter(5, TenantContext.require());
    }

    /** What the seats of one registration's mode and workshop are, as {@link #SEATS} or {@link #PLACEMENT} read them. */
    record Seats(Integer onSite, Integer livestream, Integer workshopCapacity, long inMode, long inWorkshop) {

        static Seats of(Object[] row) {
            return new Seats(
                    row[0] == null ? null : ((Number) row[0]).intValue(),
                    row[1] == null ? null : ((Number) row[1]).intValue(),
                    row[2] == null ? null : ((Number) row[2]).intValue(), // null: no limit (or the workshop is gone)
                    ((Number) row[3]).longValue(),
                    ((Number) row[4]).longValue());
        }

        /** Whether the registration fits beside the confirmed others counted here. */
        boolean fits(Registration r) {
            if (r.getMode() == ParticipationMode.LIVESTREAM) {
                return livestream == null || inMode < livestream;
            }
            if (onSite != null && inMode >= onSite) {
                return false;
            }
            return r.getWorkshop() == null || workshopCapacity == null || inWorkshop < workshopCapacity;
        }
    }

    /**
     * Everything a new registration is placed by, read under the seat lock in one statement (the
     * lock's holder should be quick, and each statement is a round trip): {@link #SEATS}' figures,
     * the address's active registration in the event, whether the chosen workshop is still offered
     * (an organizer may have removed it since the form was read), the next arrival number, and how
     * many wait before that arrival in the same queue (mode, and workshop or none), as
     * {@link Waitlist#positionOf} counts them.
     *
     * <p>The confirmed and waiting figures come from {@code registration_count} (V8), which the
     * registration table's trigger keeps in the same transaction as the rows, so they equal
     * counting the rows, at a few rows per event instead of all of them (issue 11: counting the
     * queue took 2-3 ms under the lock at a few thousand waiting). Everyone waiting arrived
     * before this registration: arrival numbers of an event are drawn under its seat lock, here.
     */
    private static final String PLACEMENT = "WITH next AS (SELECT nextval('registration_arrival') AS arrival), "
            + "kept AS (SELECT c.mode, c.workshop_id, sum(c.confirmed) AS confirmed, sum(c.waitlisted) AS waitlisted "
            + "FROM registration_count c WHERE c.tenant_id = ?5 AND c.event_id = CAST(?1 AS uuid) "
            + "GROUP BY c.mode, c.workshop_id) "
            + "SELECT e.seats, e.livestream_seats, "
            + "(SELECT w.capacity FROM workshop w WHERE w.tenant_id = e.tenant_id AND w.id = CAST(NULLIF(?3, '') AS uuid)), "
            + "(SELECT coalesce(sum(k.confirmed), 0) FROM kept k WHERE k.mode = ?4), "
            + "(SELECT coalesce(sum(k.confirmed), 0) FROM kept k WHERE k.mode = 'ON_SITE' "
            + "AND k.workshop_id = CAST(NULLIF(?3, '') AS uuid)), "
            + "(SELECT CAST(r.id AS text) FROM registration r WHERE r.tenant_id = e.tenant_id AND r.event_id = e.id "
            + "AND r.email_key = ?6 AND r.status <> 'CANCELLED' ORDER BY r.arrival LIMIT 1), "
            + "(?3 = '' OR EXISTS (SELECT 1 FROM workshop w WHERE w.tenant_id = e.tenant_id "
            + "AND w.id = CAST(NULLIF(?3, '') AS uuid))), "
            + "next.arrival, "
            + "(SELECT coalesce(sum(k.waitlisted), 0) FROM kept k WHERE k.mode = ?4 "
            + "AND (?3 = '' OR k.workshop_id = CAST(NULLIF(?3, '') AS uuid) OR k.workshop_id IS NULL)) "
            + "FROM event e, next WHERE e.tenant_id = ?5 AND e.id = CAST(?1 AS uuid)";

    /** What {@link #PLACEMENT} read; {@code existing} is the id of the address's active registration, if any. */
    private record Placement(Seats seats, UUID existing, boolean workshopOffered, long arrival, long waitingBefore) {}

    private Placement placement(Registration r, String emailKey) {
        Object[] row =
                (Object[]) seatsQuery(PLACEMENT, r).setParameter(6, emailKey).getSingleResult();
        return new Placement(
                Seats.of(row),
                row[5] == null ? null : UUID.fromString((String) row[5]),
                Boolean.TRUE.equals(row[6]),
                ((Number) row[7]).longValue(),
                ((Number) row[8]).longValue());
    }

    private Integer waitlistPosition(Registration r) {
        return de.fachtag.registration.Waitlist.positionOf(em, r);
    }

    private Event openEvent(String slug) {
        return EventCatalog.bySlug(em, slug)
                .filter(Event::isPublic)
                .orElseThrow(() -> new EventNotFoundException(slug));
    }

    /** The window of the chosen mode: before it opens and after it closes nothing is accepted. */
    static void checkWindow(Event event, ParticipationMode mode, Instant now) {
        if (event.getState() != EventState.PUBLISHED) {
            throw new RegistrationClosedException(RegistrationClosedException.Reason.CLOSED);
        }
        if (event.getRegistrationOpens() != null && now.isBefore(event.getRegistrationOpens())) {
            throw new RegistrationClosedException(RegistrationClosedException.Reason.NOT_YET_OPEN);
        }
        Instant closes = mode == ParticipationMode.LIVESTREAM && event.getLivestreamCloses() != null
                ? event.getLivestreamCloses()
                : event.getRegistrationCloses();
        Instant end = closes != null ? closes : event.endsAt().orElse(null);
        if (end != null && !now.isBefore(end)) {
            throw new RegistrationClosedException(RegistrationClosedException.Reason.CLOSED);
        }
    }

    /** What the public may do now: which modes are open. Empty: registration is not open. */
    public static List<ParticipationMode> openModes(Event event, Instant now) {
        return java.util.Arrays.stream(ParticipationMode.values())
                .filter(m -> m == ParticipationMode.ON_SITE ? event.offersOnSite() : event.offersLivestream())
                .filter(m -> {
                    try {
                        checkWindow(event, m, now);
                        return true;
                    } catch (RegistrationClosedException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** {@code texts}: the consent texts whose acknowledgements are required; null: none are (organizer). */
    private void validate(Event event, RegistrationForm form, List<ConsentText> texts) {
        Map<String, String> problems = violations(form);
        if (form.getMode() != null) {
            if (form.getMode() == ParticipationMode.ON_SITE && !event.offersOnSite()
                    || form.getMode() == ParticipationMode.LIVESTREAM && !event.offersLivestream()) {
                problems.putIfAbsent("mode", "fachtag.registration.mode.notOffered");
            } else if (form.getMode() == ParticipationMode.ON_SITE
                    && !event.getWorkshops().isEmpty()) {
                if (form.getWorkshop() == null || form.getWorkshop().isBlank()) {
                    problems.putIfAbsent("workshop", "fachtag.registration.workshop.required");
                } else if (workshop(event, form.getWorkshop()).isEmpty()) {
                    problems.putIfAbsent("workshop", "fachtag.registration.workshop.unknown");
                }
            }
        }
        if (form.getSector() != null
                && !offeredSectors().contains(form.getSector().name())) {
            problems.putIfAbsent("sector", "fachtag.registration.sector.required");
        }
        if (texts != null) {
            for (ConsentText text : texts) {
                if (!text.isOptional() && !form.granted(text.getKey())) {
                    problems.putIfAbsent("consents." + text.getKey(), "fachtag.registration.acknowledgement.required");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInputException(problems);
        }
    }

    private Map<String, String> violations(RegistrationForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        validator.validate(form).stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.putIfAbsent(
                        v.getPropertyPath().toString(), v.getMessageTemplate().replaceAll("^\\{|\\}$", "")));
        return problems;
    }

    /** The sector keys this tenant's forms offer. */
    public List<String> offeredSectors() {
        return em.createNamedQuery("TenantProfile.sectors", String.class)
                .getResultStream()
                .findFirst()
                .map(TenantProfile::sectorKeysOf)
                .filter(l -> !l.isEmpty())
                .orElse(java.util.Arrays.stream(Sector.values()).map(Enum::name).toList());
    }

    private Workshop workshopOf(Event event, RegistrationForm form) {
        return form.getMode() == ParticipationMode.ON_SITE && form.getWorkshop() != null
                ? workshop(event, form.getWorkshop()).orElse(null)
                : null;
    }

    private Workshop requiredWorkshop(Event event, String code) {
        if (event.getWorkshops().isEmpty()) {
            return null;
        }
        return workshop(event, code)
                .orElseThrow(() -> new RejectedInputException(Map.of(
                        "workshop",
                        code == null || code.isBlank()
                                ? "fachtag.registration.workshop.required"
                                : "fachtag.registration.workshop.unknown")));
    }

    private static Optional<Workshop> workshop(Event event, String code) {
        return code == null
                ? Optional.empty()
                : event.getWorkshops().stream()
                        .filter(w -> w.getCode().equalsIgnoreCase(code.strip()))
                        .findFirst();
    }

    private static String workshopCode(Registration r) {
        return r.getWorkshop() == null ? null : r.getWorkshop().getCode();
    }

    /** A new private link of the registration; its token exists only in the answer, the database keeps its hash. */
    private String issueLink(Registration r, Instant now) {
        String token = Tokens.newToken(TenantContext.current().orElseThrow());
        em.persist(new RegistrationLink(r, Tokens.hash(token), now));
        return token;
    }
}
