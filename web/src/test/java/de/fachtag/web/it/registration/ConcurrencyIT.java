package de.fachtag.web.it.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.fachtag.event.EventForm;
import de.fachtag.event.EventService;
import de.fachtag.event.WorkshopForm;
import de.fachtag.registration.Channel;
import de.fachtag.registration.ConsentKind;
import de.fachtag.registration.ConsentPurpose;
import de.fachtag.registration.ConsentText;
import de.fachtag.registration.ConsentTexts;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationForm;
import de.fachtag.registration.RegistrationOutcome;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.registration.SeatsBusyException;
import de.fachtag.registration.Sector;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.LocalizedString;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Never more confirmed than seats" (DESIGN.md, Registration rules) under 200 simultaneous
 * registrations in the running application: each caller is a thread that waits at a start line,
 * registers through {@link RegistrationService} like the JSON API does, and tries again when
 * told the seats are busy, as a person would. The database decides: exactly the seats
 * confirmed, everyone else waitlisted, the waitlist in arrival order, and a cancellation
 * promotes the first waiting person.
 *
 * <p>The negative control switches the seat lock off ({@link SwitchableSeatLock}) and shows
 * that the same check then catches overbooking, so the positive tests cannot pass by luck.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    static final String TENANT = "testkreis";
    static final int CROWD = 200;

    @EJB
    RegistrationService registrations;

    @EJB
    EventService events;

    @EJB
    ConsentTexts consentTexts;

    @EJB
    RegistrationRows probe;

    @EJB
    SeatLockSwitch lockSwitch;

    private final Map<String, List<ConsentText>> consentTextsOf = new java.util.concurrent.ConcurrentHashMap<>();

    /** One caller's result: what the service answered and how often it had to try again first. */
    record Attempt(int caller, RegistrationOutcome outcome, int retries) {}

    @Test
    void twoHundredPeopleForTwentySeatsGiveTwentyConfirmedAndAWaitlistInArrivalOrder() throws Exception {
        String event = openEvent("crowd-20", 20, Map.of());
        List<Attempt> attempts = crowd(event, i -> form(i, event, null));

        report("200 for 20 seats", attempts);
        assertEquals(20, count(attempts, RegistrationStatus.CONFIRMED), "the answers");
        assertEquals(180, count(attempts, RegistrationStatus.WAITLISTED), "the answers");
        List<RegistrationRows.Row> rows = rows(event);
        assertEquals(CROWD, rows.size(), "one registration per caller");
        assertEquals(Map.of("CONFIRMED", 20L, "WAITLISTED", 180L), byStatus(rows), "the database");
        assertEquals(0, overbooking(event, 20, Map.of()), "never more confirmed than seats");
        assertEquals(
                replay(rows, 20, Map.of()),
                statuses(rows),
                "the first 20 arrivals hold the seats, everyone after waits: as if one came after the other");
        assertWaitlistPositionsFollowArrival(attempts, rows);

        // A confirmed person cancels through their link: the first waiting person gets the seat, and a mail.
        Attempt confirmed = attempts.stream()
                .filter(a -> a.outcome().status() == RegistrationStatus.CONFIRMED)
                .findFirst()
                .orElseThrow();
        UUID firstWaiting = waiting(rows).get(0).id();
        UUID secondWaiting = waiting(rows).get(1).id();
        TenantContext.runAs(
                TENANT, () -> registrations.cancel(confirmed.outcome().token().orElseThrow()));
        rows = rows(event);
        assertEquals("CONFIRMED", status(rows, firstWaiting), "the first in the queue moved up");
        assertEquals("WAITLISTED", status(rows, secondWaiting));
        assertEquals(Map.of("CONFIRMED", 20L, "WAITLISTED", 179L, "CANCELLED", 1L), byStatus(rows));
        assertTrue(mailKinds(event, firstWaiting).contains("PROMOTED"), "the promoted person is told by mail");

        // The organizer cancels another: the next in the queue.
        UUID anotherConfirmed = rows.stream()
                .filter(r -> r.status().equals("CONFIRMED"))
                .map(RegistrationRows.Row::id)
                .filter(id -> !id.equals(firstWaiting))
                .findFirst()
                .orElseThrow();
        TenantContext.runAs(TENANT, () -> registrations.cancelById(anotherConfirmed));
        rows = rows(event);
        assertEquals("CONFIRMED", status(rows, secondWaiting));
        assertEquals(Map.of("CONFIRMED", 20L, "WAITLISTED", 178L, "CANCELLED", 2L), byStatus(rows));
        assertEquals(0, overbooking(event, 20, Map.of()));
    }

    @Test
    void aWorkshopOfFiveSeatsConfirmsFiveAndQueuesTheRestPerWorkshop() throws Exception {
        // 30 on-site seats; workshop A has 5 of them, workshop B 20. Three callers in five want A.
        Map<String, Integer> workshops = Map.of("A", 5, "B", 20);
        String event = openEvent("crowd-workshop", 30, workshops);
        List<Attempt> attempts = crowd(event, i -> form(i, event, i % 5 < 3 ? "A" : "B"));

        report("200 for workshop A (5 seats) and B (20 seats)", attempts);
        List<RegistrationRows.Row> rows = rows(event);
        assertEquals(CROWD, rows.size());
        assertEquals(
                5,
                rows.stream()
                        .filter(r -> "A".equals(r.workshop()) && r.status().equals("CONFIRMED"))
                        .count(),
                "exactly 5 confirmed in workshop A");
        assertEquals(
                20,
                rows.stream()
                        .filter(r -> "B".equals(r.workshop()) && r.status().equals("CONFIRMED"))
                        .count(),
                "exactly 20 confirmed in workshop B");
        assertEquals(Map.of("CONFIRMED", 25L, "WAITLISTED", 175L), byStatus(rows));
        assertEquals(0, overbooking(event, 30, workshops));
        assertEquals(replay(rows, 30, workshops), statuses(rows), "each workshop's seats went to its first arrivals");
        assertWaitlistPositionsFollowArrival(attempts, rows);

        // Someone confirmed in A cancels: the first waiting for A moves up, not the first waiting overall.
        UUID confirmedInA = rows.stream()
                .filter(r -> "A".equals(r.workshop()) && r.status().equals("CONFIRMED"))
                .findFirst()
                .orElseThrow()
                .id();
        UUID firstWaitingForA = waiting(rows).stream()
                .filter(r -> "A".equals(r.workshop()))
                .findFirst()
                .orElseThrow()
                .id();
        TenantContext.runAs(TENANT, () -> registrations.cancelById(confirmedInA));
        rows = rows(event);
        assertEquals("CONFIRMED", status(rows, firstWaitingForA));
        assertEquals(
                5,
                rows.stream()
                        .filter(r -> "A".equals(r.workshop()) && r.status().equals("CONFIRMED"))
                        .count());
        assertEquals(0, overbooking(event, 30, workshops));
    }

    @Test
    void withTheLockSwitchedOffTheSameCheckCatchesOverbooking() throws Exception {
        String event = openEvent("crowd-no-lock", 20, Map.of());
        lockSwitch.turnOff();
        List<Attempt> attempts;
        try {
            attempts = crowd(event, i -> form(i, event, null));
        } finally {
            lockSwitch.turnOn();
        }
        report("200 for 20 seats, lock switched off", attempts);
        long beyond = overbooking(event, 20, Map.of());
        System.out.println("ConcurrencyIT: without the lock " + (20 + beyond) + " confirmed for 20 seats");
        assertTrue(
                beyond > 0,
                "without the seat lock, 200 simultaneous registrations must overbook 20 seats, "
                        + "or the positive tests prove nothing; confirmed beyond seats: " + beyond);
        assertNotEquals(replay(rows(event), 20, Map.of()), statuses(rows(event)));
    }

    // ------------------------------------------------------------------ the crowd

    /**
     * Fires {@link #CROWD} registrations at once from as many threads, each bound to the tenant
     * as a request would be. A caller told the seats are busy waits a moment and tries again.
     */
    private List<Attempt> crowd(String event, IntFunction<RegistrationForm> forms) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CROWD);
        CountDownLatch ready = new CountDownLatch(CROWD);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Attempt>> futures = new ArrayList<>();
            for (int i = 0; i < CROWD; i++) {
                int caller = i;
                RegistrationForm form = forms.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    int retries = 0;
                    while (true) {
                        try {
                            RegistrationOutcome outcome = TenantContext.callAs(
                                    TENANT, () -> registrations.register(event, form, Channel.API));
                            return new Attempt(caller, outcome, retries);
                        } catch (SeatsBusyException busy) {
                            retries++;
                            if (retries > 20) {
                                throw busy;
                            }
                            Thread.sleep(50 + ThreadLocalRandom.current().nextInt(100));
                        }
                    }
                }));
            }
            assertTrue(ready.await(60, TimeUnit.SECONDS), "all callers at the start line");
            go.countDown();
            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> f : futures) {
                attempts.add(f.get(5, TimeUnit.MINUTES));
            }
            return attempts;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Person {@code i}: a sector the tenant offers, every acknowledgement the event's form shows
     * ticked (the tenant's own and the event's), optional consents granted by every second person.
     */
    private RegistrationForm form(int i, String event, String workshop) {
        List<String> sectors = TenantContext.callAs(TENANT, registrations::offeredSectors);
        List<ConsentText> texts = consentTextsOf.computeIfAbsent(
                event, e -> TenantContext.callAs(TENANT, () -> consentTexts.forEvent(probe.eventId(e))));
        Map<String, Boolean> consents = new HashMap<>();
        texts.forEach(t -> consents.put(t.getKey(), !t.isOptional() || i % 2 == 0));
        RegistrationForm f = new RegistrationForm();
        f.setName("Person " + i);
        f.setEmail("person-" + i + "@" + event + ".test");
        f.setOrganisation("Verein " + (i % 7));
        f.setSector(Sector.valueOf(sectors.get(i % sectors.size())));
        f.setMode(ParticipationMode.ON_SITE);
        f.setWorkshop(workshop);
        f.setConsents(consents);
        return f;
    }

    private static void report(String what, List<Attempt> attempts) {
        int retries = attempts.stream().mapToInt(Attempt::retries).sum();
        long retried = attempts.stream().filter(a -> a.retries() > 0).count();
        System.out.println("ConcurrencyIT: " + what + ": " + retries + " retries after SeatsBusyException, by "
                + retried + " of " + attempts.size() + " callers");
    }

    // ------------------------------------------------------------------ the checks

    /**
     * The overbooking check: how many confirmed registrations exceed the event's on-site seats
     * or a workshop's seats (0 when none do). The same check in the positive tests and the
     * negative control.
     */
    private long overbooking(String event, int seats, Map<String, Integer> workshopSeats) {
        List<RegistrationRows.Row> confirmed =
                rows(event).stream().filter(r -> r.status().equals("CONFIRMED")).toList();
        long beyond = Math.max(0, confirmed.size() - seats);
        for (var w : workshopSeats.entrySet()) {
            long inWorkshop = confirmed.stream()
                    .filter(r -> w.getKey().equals(r.workshop()))
                    .count();
            beyond = Math.max(beyond, inWorkshop - w.getValue());
        }
        return beyond;
    }

    /**
     * The statuses the rules give when the registrations arrive one after the other in the
     * order of their arrival numbers: a seat while the event and the chosen workshop have one,
     * else the waitlist.
     */
    private static List<String> replay(List<RegistrationRows.Row> rows, int seats, Map<String, Integer> workshopSeats) {
        int taken = 0;
        Map<String, Integer> takenIn = new HashMap<>();
        List<String> statuses = new ArrayList<>();
        for (RegistrationRows.Row r : rows) {
            boolean workshopFree = r.workshop() == null
                    || !workshopSeats.containsKey(r.workshop())
                    || takenIn.getOrDefault(r.workshop(), 0) < workshopSeats.get(r.workshop());
            if (taken < seats && workshopFree) {
                taken++;
                if (r.workshop() != null) {
                    takenIn.merge(r.workshop(), 1, Integer::sum);
                }
                statuses.add("CONFIRMED");
            } else {
                statuses.add("WAITLISTED");
            }
        }
        return statuses;
    }

    /** Each waiting caller was told the position that its arrival gives it in its workshop's queue. */
    private static void assertWaitlistPositionsFollowArrival(List<Attempt> attempts, List<RegistrationRows.Row> rows) {
        Map<UUID, Integer> told = attempts.stream()
                .filter(a -> a.outcome().status() == RegistrationStatus.WAITLISTED)
                .collect(
                        Collectors.toMap(a -> a.outcome().id(), a -> a.outcome().waitlistPosition()));
        Map<String, Integer> queueLength = new HashMap<>();
        for (RegistrationRows.Row r : waiting(rows)) {
            int position = queueLength.merge(String.valueOf(r.workshop()), 1, Integer::sum);
            assertEquals(position, told.get(r.id()), "waitlist position of arrival " + r.arrival());
        }
        assertEquals(told.size(), waiting(rows).size());
    }

    // ------------------------------------------------------------------ helpers

    private String openEvent(String slug, int seats, Map<String, Integer> workshops) {
        return TenantContext.callAs(TENANT, () -> {
            EventForm f = new EventForm();
            f.setSlug(slug);
            f.setTitleDe("Lasttest " + slug);
            LocalDate day = LocalDate.now().plusMonths(2);
            f.setDate(day);
            f.setStart(LocalTime.of(9, 0));
            f.setEnd(LocalTime.of(16, 0));
            f.setRegistrationCloses(day.minusDays(1).atTime(23, 59));
            f.setSeats(seats);
            events.create(f);
            for (var w : workshops.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .toList()) {
                WorkshopForm wf = new WorkshopForm();
                wf.setCode(w.getKey());
                wf.setTitleDe("Workshop " + w.getKey());
                wf.setCapacity(w.getValue());
                events.addWorkshop(slug, events.form(slug).getVersion(), wf);
            }
            UUID id = probe.eventId(slug);
            consentTexts.define(
                    id,
                    "privacy",
                    ConsentKind.ACKNOWLEDGEMENT,
                    ConsentPurpose.PRIVACY,
                    new LocalizedString("Ich habe die Datenschutzhinweise gelesen.", "I have read the privacy notice."),
                    null,
                    0);
            consentTexts.define(
                    id,
                    "photos",
                    ConsentKind.OPTIONAL,
                    ConsentPurpose.PHOTO,
                    new LocalizedString(
                            "Fotos von mir dürfen veröffentlicht werden.", "Photos of me may be published."),
                    null,
                    1);
            events.publish(slug, events.form(slug).getVersion());
            return slug;
        });
    }

    private List<RegistrationRows.Row> rows(String event) {
        return TenantContext.callAs(TENANT, () -> probe.rows(event));
    }

    private List<String> mailKinds(String event, UUID registration) {
        return TenantContext.callAs(TENANT, () -> probe.mails(event)).stream()
                .filter(m -> registration.equals(m.registration()))
                .map(RegistrationRows.Mail::kind)
                .toList();
    }

    private static List<RegistrationRows.Row> waiting(List<RegistrationRows.Row> rows) {
        return rows.stream().filter(r -> r.status().equals("WAITLISTED")).toList();
    }

    private static long count(List<Attempt> attempts, RegistrationStatus status) {
        return attempts.stream().filter(a -> a.outcome().status() == status).count();
    }

    private static Map<String, Long> byStatus(List<RegistrationRows.Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(RegistrationRows.Row::status, Collectors.counting()));
    }

    private static List<String> statuses(List<RegistrationRows.Row> rows) {
        return rows.stream().map(RegistrationRows.Row::status).toList();
    }

    private static String status(List<RegistrationRows.Row> rows, UUID id) {
        return rows.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow()
                .status();
    }
}
