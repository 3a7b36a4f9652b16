package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachtag.event.EventForm;
import de.fachtag.event.EventFormat;
import de.fachtag.event.EventRuleException;
import de.fachtag.event.EventService;
import de.fachtag.event.WorkshopForm;
import de.fachtag.registration.CheckIn;
import de.fachtag.registration.ConsentKind;
import de.fachtag.registration.ConsentPurpose;
import de.fachtag.registration.ConsentText;
import de.fachtag.registration.ConsentTexts;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.Registration;
import de.fachtag.registration.RegistrationClosedException;
import de.fachtag.registration.RegistrationForm;
import de.fachtag.registration.RegistrationOutcome;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.registration.Sector;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.it.registration.HeldSeatLock;
import de.fachtag.web.it.registration.RegistrationProbe;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registration rules in the running application: the demo's open event, seats and the
 * waitlist per workshop, one registration per address, the registration window, consent
 * versions and withdrawal, and a workshop that people chose cannot be removed.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationRulesIT {

    private static final String TENANT = "mittelsachsen";

    @EJB
    EventService events;

    @EJB
    RegistrationService registrations;

    @EJB
    ConsentTexts consents;

    @EJB
    RegistrationProbe probe;

    @EJB
    de.fachtag.registration.PublicRegistrations publicRegistrations;

    /** A published hybrid event open now, with workshops of the given capacities (codes 1, 2, …). */
    private String openEvent(String slug, Integer seats, LocalDateTime opens, LocalDateTime closes, int... capacities) {
        return TenantContext.callAs(TENANT, () -> {
            EventForm form = new EventForm();
            form.setSlug(slug);
            form.setTitleDe("Fachtag " + slug);
            form.setDate(LocalDate.now().plusMonths(2));
            form.setStart(LocalTime.of(9, 0));
            form.setEnd(LocalTime.of(16, 0));
            form.setFormat(EventFormat.HYBRID);
            form.setRegistrationOpens(opens);
            form.setRegistrationCloses(closes);
            form.setSeats(seats);
            events.create(form);
            int code = 1;
            for (int capacity : capacities) {
                WorkshopForm w = new WorkshopForm();
                w.setCode(String.valueOf(code++));
                w.setTitleDe("Workshop " + w.getCode());
                w.setCapacity(capacity);
                events.addWorkshop(slug, events.form(slug).getVersion(), w);
            }
            events.publish(slug, events.form(slug).getVersion());
            return slug;
        });
    }

    private String openEvent(String slug, Integer seats, int... capacities) {
        return openEvent(
                slug,
                seats,
                LocalDateTime.now().minusDays(1),
                LocalDateTime.now().plusDays(10),
                capacities);
    }

    private static RegistrationForm person(String name, String workshop) {
        RegistrationForm f = new RegistrationForm();
        f.setName(name);
        f.setEmail(name.toLowerCase().replace(' ', '.') + "@beispiel.de");
        f.setOrganisation("Jobcenter Mittelsachsen");
        f.setSector(Sector.JOB_CENTRE);
        f.setMode(workshop == null ? ParticipationMode.LIVESTREAM : ParticipationMode.ON_SITE);
        f.setWorkshop(workshop);
        f.setConsents(new java.util.HashMap<>(Map.of("datenschutz", true)));
        return f;
    }

    private RegistrationOutcome register(String slug, RegistrationForm form) {
        return TenantContext.callAs(
                TENANT, () -> registrations.register(slug, form, de.fachtag.registration.Channel.FORM));
    }

    @Test
    void theDemoHoldsTheNextFachtagOpenForRegistrationWithSmallWorkshops() {
        var view = TenantContext.callAs(TENANT, () -> probe.openModes("fachtag-integration-2027"));
        assertThat(view).containsExactly(ParticipationMode.ON_SITE, ParticipationMode.LIVESTREAM);
        List<ConsentText> texts = TenantContext.callAs(TENANT, () -> probe.consentsOf("fachtag-integration-2027"));
        assertThat(texts).extracting(ConsentText::getKey).containsExactly("datenschutz", "fotos");
        assertThat(texts).filteredOn(ConsentText::isAboutRecordings).allMatch(ConsentText::isOptional);
    }

    @Test
    void aFullWorkshopWaitlistsInArrivalOrderAndACancellationPromotesTheFirst() {
        String slug = openEvent("regeln-warteliste", 10, 2, 5);
        var anna = register(slug, person("Anna Aue", "1"));
        var bert = register(slug, person("Bert Berg", "1"));
        var cora = register(slug, person("Cora Call", "1"));
        var dora = register(slug, person("Dora Damm", "1"));
        var emil = register(slug, person("Emil Eck", "2"));
        assertThat(List.of(anna.status(), bert.status(), cora.status(), dora.status(), emil.status()))
                .containsExactly(
                        RegistrationStatus.CONFIRMED,
                        RegistrationStatus.CONFIRMED,
                        RegistrationStatus.WAITLISTED,
                        RegistrationStatus.WAITLISTED,
                        RegistrationStatus.CONFIRMED);
        assertThat(cora.waitlistPosition()).isEqualTo(1);
        assertThat(dora.waitlistPosition()).isEqualTo(2);

        TenantContext.runAs(TENANT, () -> registrations.cancel(bert.token().orElseThrow()));

        assertThat(TenantContext.callAs(TENANT, () -> probe.status(cora.id()))).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.status(dora.id())))
                .isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.confirmedIn(slug, "1")))
                .isEqualTo(2);
        assertThat(TenantContext.callAs(TENANT, () -> probe.mailKinds(cora.id())))
                .contains("WAITLISTED", "PROMOTED");
    }

    @Test
    void theSameAddressGetsItsRegistrationBackNeverASecondSeat() {
        String slug = openEvent("regeln-doppelt", 5, 5);
        var first = register(slug, person("Fritz Feld", "1"));
        RegistrationForm again = person("Fritz Feld", "1");
        again.setEmail("  FRITZ.Feld@Beispiel.de ");
        var second = register(slug, again);
        assertThat(second.existing()).isTrue();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.token())
                .as("no link for someone who only knows the address")
                .isEmpty();
        assertThat(TenantContext.callAs(TENANT, () -> probe.confirmedIn(slug, "1")))
                .isEqualTo(1);
        assertThat(TenantContext.callAs(TENANT, () -> probe.mailKinds(first.id())))
                .contains("CONFIRMATION", "LINK_RESENT");
        // the link mailed again is added: the one the person has keeps working
        assertThat(TenantContext.callAs(
                                TENANT,
                                () -> registrations.byToken(first.token().orElseThrow()))
                        .getId())
                .isEqualTo(first.id());
    }

    @Test
    void beforeOpeningAndAfterClosingNothingIsAccepted() {
        String early = openEvent(
                "regeln-frueh",
                5,
                LocalDateTime.now().plusDays(3),
                LocalDateTime.now().plusDays(10));
        String late = openEvent(
                "regeln-spaet",
                5,
                LocalDateTime.now().minusDays(10),
                LocalDateTime.now().minusMinutes(1));
        assertThatThrownBy(() -> register(early, person("Gina Gans", null)))
                .isInstanceOfSatisfying(
                        RegistrationClosedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RegistrationClosedException.Reason.NOT_YET_OPEN));
        assertThatThrownBy(() -> register(late, person("Gina Gans", null)))
                .isInstanceOfSatisfying(
                        RegistrationClosedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RegistrationClosedException.Reason.CLOSED));
        assertThat(TenantContext.callAs(TENANT, () -> probe.count(early) + probe.count(late)))
                .isZero();
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndChangesNothing() {
        String slug = openEvent("regeln-eingaben", 5, 5);
        RegistrationForm bad = person("Hans Hahn", null);
        bad.setMode(ParticipationMode.ON_SITE); // on site without the required workshop
        bad.setName("Hans\u0000Hahn");
        bad.setEmail("kein-at-zeichen");
        bad.setConsents(new java.util.HashMap<>());
        assertThatThrownBy(() -> register(slug, bad))
                .isInstanceOfSatisfying(
                        RejectedInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("workshop", "fachtag.registration.workshop.required")
                                .containsEntry("name", "fachtag.text.controlCharacters")
                                .containsEntry("email", "fachtag.email.invalid")
                                .containsEntry(
                                        "consents.datenschutz", "fachtag.registration.acknowledgement.required"));
        assertThat(TenantContext.callAs(TENANT, () -> probe.count(slug))).isZero();
    }

    @Test
    void aChangedConsentTextIsANewVersionAndWithdrawalIsRecordedNotDeleted() {
        String slug = openEvent("regeln-einwilligung", 5, 5);
        RegistrationForm ida = person("Ida Igel", "1");
        ida.getConsents().put("fotos", true);
        var before = register(slug, ida);
        ConsentText v1 = TenantContext.callAs(TENANT, () -> probe.consentsOf(slug)).stream()
                .filter(t -> t.getKey().equals("fotos"))
                .findFirst()
                .orElseThrow();

        ConsentText v2 = TenantContext.callAs(
                TENANT,
                () -> consents.define(
                        null,
                        "fotos",
                        ConsentKind.OPTIONAL,
                        ConsentPurpose.PHOTO,
                        new LocalizedString("Fotos ja, neue Fassung", "Photos yes, new wording"),
                        null,
                        1));
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
        ConsentText same = TenantContext.callAs(
                TENANT,
                () -> consents.define(
                        null,
                        "fotos",
                        ConsentKind.OPTIONAL,
                        ConsentPurpose.PHOTO,
                        new LocalizedString("Fotos ja, neue Fassung", "Photos yes, new wording"),
                        null,
                        1));
        assertThat(same.getVersion()).as("unchanged wording, no new version").isEqualTo(v2.getVersion());
        assertThat(TenantContext.callAs(TENANT, () -> probe.labelOfVersion("fotos", v1.getVersion())))
                .as("the version Ida agreed to is kept word for word")
                .isEqualTo(v1.getLabel().getDe());
        assertThat(TenantContext.callAs(TENANT, () -> probe.consentVersionsOf(before.id())))
                .containsEntry("fotos", v1.getVersion());

        RegistrationForm jan = person("Jan Jung", "1");
        jan.getConsents().put("fotos", true);
        var after = register(slug, jan);
        assertThat(TenantContext.callAs(TENANT, () -> probe.consentVersionsOf(after.id())))
                .containsEntry("fotos", v2.getVersion());

        // photo consent cannot be made a condition of registering
        assertThatThrownBy(() -> TenantContext.callAs(
                        TENANT,
                        () -> consents.define(
                                null,
                                "fotos2",
                                ConsentKind.ACKNOWLEDGEMENT,
                                ConsentPurpose.PHOTO,
                                new LocalizedString("Pflicht-Fotos", null),
                                null,
                                9)))
                .isInstanceOf(RejectedInputException.class);

        assertThat(TenantContext.callAs(TENANT, () -> probe.refusesPhotos(before.id())))
                .isFalse();
        TenantContext.runAs(
                TENANT, () -> registrations.decideConsent(before.token().orElseThrow(), "fotos", false));
        assertThat(TenantContext.callAs(TENANT, () -> probe.refusesPhotos(before.id())))
                .isTrue();
        assertThat(TenantContext.callAs(TENANT, () -> probe.consentRecordCount(before.id())))
                .as("privacy and photos at registration, then the withdrawal: added, nothing deleted")
                .isEqualTo(3);
        // a registration without the photo consent is on the "no photos" side from the start
        var ohne = register(slug, person("Karl Kahn", "1"));
        assertThat(TenantContext.callAs(TENANT, () -> probe.refusesPhotos(ohne.id())))
                .isTrue();
    }

    @Test
    void aWorkshopThatPeopleChoseCannotBeRemoved() {
        String slug = openEvent("regeln-entfernen", 10, 3, 3);
        register(slug, person("Lena Lamm", "1"));
        var workshops = TenantContext.callAs(
                TENANT, () -> events.event(slug).orElseThrow().workshops());
        var chosen = workshops.get(0).id();
        var empty = workshops.get(1).id();
        assertThatThrownBy(() -> TenantContext.runAs(
                        TENANT,
                        () -> events.removeWorkshop(slug, events.form(slug).getVersion(), chosen)))
                .isInstanceOfSatisfying(
                        EventRuleException.class,
                        e -> assertThat(e.problems()).containsEntry("workshop", "fachtag.workshop.hasRegistrations"));
        TenantContext.runAs(
                TENANT, () -> events.removeWorkshop(slug, events.form(slug).getVersion(), empty));
        assertThat(TenantContext.callAs(
                        TENANT, () -> events.event(slug).orElseThrow().workshops()))
                .hasSize(1);
    }

    @Test
    void switchingToOnSiteNeedsAFreeSeatAndAFullWorkshopKeepsThePlace() {
        String slug = openEvent("regeln-wechsel", 10, 1, 5);
        var mia = register(slug, person("Mia Maus", "1"));
        var nils = register(slug, person("Nils Nord", null));
        assertThat(nils.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> TenantContext.runAs(
                        TENANT,
                        () -> registrations.switchMode(nils.token().orElseThrow(), ParticipationMode.ON_SITE, "1")))
                .isInstanceOf(RejectedInputException.class);
        TenantContext.runAs(
                TENANT, () -> registrations.switchMode(nils.token().orElseThrow(), ParticipationMode.ON_SITE, "2"));
        Registration moved = TenantContext.callAs(
                TENANT, () -> registrations.byToken(nils.token().orElseThrow()));
        assertThat(moved.getMode()).isEqualTo(ParticipationMode.ON_SITE);
        assertThatThrownBy(() -> TenantContext.runAs(
                        TENANT, () -> registrations.changeWorkshop(nils.token().orElseThrow(), "1")))
                .isInstanceOfSatisfying(
                        RejectedInputException.class,
                        e -> assertThat(e.problems()).containsEntry("workshop", "fachtag.registration.workshop.full"));
        assertThat(TenantContext.callAs(TENANT, () -> probe.confirmedIn(slug, "1")))
                .isEqualTo(1);
        assertThat(mia.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    // ---------------------------------------------------------------- a new registration after a cancellation

    @Test
    void registeringAgainAfterACancellationIsANewRegistrationAndTheOldOneStaysAsItWas() {
        String slug = openEvent("regeln-wieder", 10, 5);
        RegistrationForm first = person("Olga Ort", "1");
        first.getConsents().put("fotos", true);
        var before = register(slug, first);
        TenantContext.runAs(TENANT, () -> registrations.cancel(before.token().orElseThrow()));
        var cancelledAt = TenantContext.callAs(TENANT, () -> probe.cancelledAt(before.id()));
        assertThat(cancelledAt).isNotNull();
        long recordsBefore = TenantContext.callAs(TENANT, () -> probe.consentRecordCount(before.id()));

        // someone else registers with the same address, without the photo consent
        RegistrationForm again = person("Olga Ort", "1");
        again.setName("Jemand Anderes");
        var after = register(slug, again);

        assertThat(after.existing()).isFalse();
        assertThat(after.id()).as("a new registration").isNotEqualTo(before.id());
        assertThat(after.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.status(before.id())))
                .isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.cancelledAt(before.id())))
                .as("the cancellation date stays")
                .isEqualTo(cancelledAt);
        assertThat(TenantContext.callAs(TENANT, () -> probe.consentRecordCount(before.id())))
                .isEqualTo(recordsBefore);
        // the new link opens the new registration, whose Art. 15 export holds only its own decisions
        var export = TenantContext.callAs(
                TENANT, () -> publicRegistrations.selfService(after.token().orElseThrow()));
        assertThat(export.id()).isEqualTo(after.id());
        assertThat(export.name()).isEqualTo("Jemand Anderes");
        assertThat(export.cancelledAt()).isNull();
        assertThat(export.decisions()).hasSize(2).noneMatch(d -> d.key().equals("fotos") && d.granted());
        // the old link still opens the old, cancelled registration, not the new one
        var old = TenantContext.callAs(
                TENANT, () -> publicRegistrations.selfService(before.token().orElseThrow()));
        assertThat(old.id()).isEqualTo(before.id());
        assertThat(old.name()).isEqualTo("Olga Ort");
        // the figures count both
        assertThat(TenantContext.callAs(TENANT, () -> probe.figures(slug)))
                .containsEntry("made", 2L)
                .containsEntry("confirmed", 1L)
                .containsEntry("cancelled", 1L);
        // and a third attempt while the new one is active gets that one back, no third registration
        var third = register(slug, person("Olga Ort", "1"));
        assertThat(third.existing()).isTrue();
        assertThat(third.id()).isEqualTo(after.id());
        assertThat(TenantContext.callAs(TENANT, () -> probe.count(slug))).isEqualTo(2);
    }

    // ---------------------------------------------------------------- asking for the link again

    @Test
    void askingForTheLinkAgainNeverTakesTheMailedOneAwayAndMailsAnAddressOnlyUpToTheHourlyLimit() {
        String slug = openEvent("regeln-link", 10, 5);
        var pia = register(slug, person("Pia Post", "1"));
        String address = "pia.post@beispiel.de";
        var firstAnswer = register(slug, person("Pia Post", "1"));
        for (int i = 0; i < 5; i++) {
            TenantContext.runAs(TENANT, () -> registrations.resendLink(slug, address.toUpperCase()));
        }
        var lastAnswer = register(slug, person("Pia Post", "1"));

        assertThat(TenantContext.callAs(
                                TENANT, () -> registrations.byToken(pia.token().orElseThrow()))
                        .getId())
                .as("the link of the confirmation still opens the registration")
                .isEqualTo(pia.id());
        assertThat(TenantContext.callAs(TENANT, () -> probe.mailKinds(pia.id())).stream()
                        .filter("LINK_RESENT"::equals)
                        .count())
                .as("link mails on request within the hour")
                .isEqualTo(RegistrationService.LINK_MAILS_PER_HOUR);
        assertThat(lastAnswer)
                .as("the same answer whether a mail went out or not")
                .isEqualTo(firstAnswer);
        assertThat(firstAnswer.token()).isEmpty();
        // an unknown address: the same (silent) answer, and no mail
        TenantContext.runAs(TENANT, () -> registrations.resendLink(slug, "niemand@beispiel.de"));
    }

    // ---------------------------------------------------------------- decisions under the seat lock

    /** Work on the rows of the transaction that holds the seat lock. */
    @FunctionalInterface
    interface LockedWork {
        void run(HeldSeatLock held) throws Exception;
    }

    /**
     * Runs {@code call} in another thread while another transaction holds the event's seat lock;
     * once the call waits for the lock, {@code meanwhile} changes rows in that transaction, which
     * then commits. Answers what the call answered, or throws what it threw.
     */
    private <T> T whileTheSeatsAreLocked(String slug, java.util.concurrent.Callable<T> call, LockedWork meanwhile)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (HeldSeatLock held = HeldSeatLock.take(TENANT, slug)) {
            java.util.concurrent.Future<T> result = pool.submit(() -> TenantContext.callAs(TENANT, call));
            held.awaitWaiter(java.time.Duration.ofSeconds(8));
            meanwhile.run(held);
            held.release();
            try {
                return result.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What a cancellation of {@code confirmed} does, committed meanwhile: {@code waiting} moves up into the seat. */
    private static LockedWork promotion(java.util.UUID confirmed, java.util.UUID waiting) {
        return held -> {
            held.update(
                    "UPDATE registration SET status = 'CANCELLED', cancelled_at = now(), updated_at = now(), "
                            + "version = version + 1 WHERE id = ?",
                    confirmed);
            held.update(
                    "UPDATE registration SET status = 'CONFIRMED', confirmed_at = now(), promoted_at = now(), "
                            + "updated_at = now(), version = version + 1 WHERE id = ?",
                    waiting);
        };
    }

    /** Workshop 1 has one seat: the first person holds it, the second waits. */
    private RegistrationOutcome[] oneHoldsOneWaits(String slug, String who) {
        var holder = register(slug, person(who + " Hält", "1"));
        var waiting = register(slug, person(who + " Wartet", "1"));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        return new RegistrationOutcome[] {holder, waiting};
    }

    @Test
    void aCancellationReadsTheRegistrationAgainUnderTheLockWhenAPromotionCommittedMeanwhile() throws Exception {
        String slug = openEvent("regeln-sperre-storno", 10, 1, 5);
        var r = oneHoldsOneWaits(slug, "Quirin");
        whileTheSeatsAreLocked(
                slug, () -> registrations.cancel(r[1].token().orElseThrow()), promotion(r[0].id(), r[1].id()));
        assertThat(TenantContext.callAs(TENANT, () -> probe.status(r[1].id()))).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.confirmedIn(slug, "1")))
                .isZero();
    }

    @Test
    void aMoveReadsTheRegistrationAgainUnderTheLockWhenAPromotionCommittedMeanwhile() throws Exception {
        String slug = openEvent("regeln-sperre-umzug", 10, 1, 5);
        var r = oneHoldsOneWaits(slug, "Rita");
        whileTheSeatsAreLocked(slug, () -> registrations.move(r[1].id(), "2"), promotion(r[0].id(), r[1].id()));
        assertThat(TenantContext.callAs(TENANT, () -> probe.status(r[1].id()))).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.confirmedIn(slug, "2")))
                .isEqualTo(1);
        assertThat(TenantContext.callAs(TENANT, () -> probe.confirmedIn(slug, "1")))
                .isZero();
    }

    @Test
    void aModeSwitchReadsTheRegistrationAgainUnderTheLockWhenAPromotionCommittedMeanwhile() throws Exception {
        String slug = openEvent("regeln-sperre-modus", 10, 1, 5);
        var r = oneHoldsOneWaits(slug, "Sven");
        whileTheSeatsAreLocked(
                slug,
                () -> registrations.switchMode(r[1].token().orElseThrow(), ParticipationMode.LIVESTREAM, null),
                promotion(r[0].id(), r[1].id()));
        Registration now = TenantContext.callAs(
                TENANT, () -> registrations.byToken(r[1].token().orElseThrow()));
        assertThat(now.getMode()).isEqualTo(ParticipationMode.LIVESTREAM);
        assertThat(now.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.confirmedIn(slug, "1")))
                .isZero();
    }

    @Test
    void aPromotionByHandReadsTheRegistrationAgainUnderTheLockWhenAnotherPromotionCommittedMeanwhile()
            throws Exception {
        String slug = openEvent("regeln-sperre-nachruecken", 10, 1, 5);
        var r = oneHoldsOneWaits(slug, "Tara");
        whileTheSeatsAreLocked(slug, () -> registrations.promote(r[1].id()), promotion(r[0].id(), r[1].id()));
        assertThat(TenantContext.callAs(TENANT, () -> probe.status(r[1].id()))).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.mailKinds(r[1].id())).stream()
                        .filter("PROMOTED"::equals)
                        .count())
                .as("promoted once, not twice")
                .isZero();
    }

    @Test
    void aCheckInReadsTheRegistrationAgainUnderTheLockWhenACancellationCommittedMeanwhile() throws Exception {
        String slug = openEvent("regeln-sperre-einlass", 10, 5);
        var yara = register(slug, person("Yara Einlass", "1"));
        assertThat(yara.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        String code = TenantContext.callAs(TENANT, () -> probe.checkinCode(yara.id()));
        assertThat(code).isNotBlank();
        CheckIn answer = whileTheSeatsAreLocked(
                slug,
                () -> registrations.checkIn(slug, code),
                held -> held.update(
                        "UPDATE registration SET status = 'CANCELLED', cancelled_at = now(), updated_at = now(), "
                                + "version = version + 1 WHERE id = ?",
                        yara.id()));
        assertThat(answer.result())
                .as("the cancellation committed while the check-in waited wins")
                .isEqualTo(CheckIn.Result.NOT_CONFIRMED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.status(yara.id()))).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.checkedInAt(yara.id())))
                .isNull();
    }

    @Test
    void aCorrectedAddressIsDecidedUnderTheLockAndAnAddressRegisteredMeanwhileIsRefused() throws Exception {
        String slug = openEvent("regeln-sperre-adresse", 10, 5);
        var uwe = register(slug, person("Uwe Ufer", "1"));
        RegistrationForm corrected = person("Uwe Ufer", "1");
        corrected.setEmail("uwe.neu@beispiel.de");
        assertThatThrownBy(() -> whileTheSeatsAreLocked(
                        slug, () -> registrations.correct(uwe.id(), corrected), held -> held.update("""
                        INSERT INTO registration (tenant_id, id, event_id, arrival, status, mode, channel, language, sector,
                            name, email, email_key)
                        SELECT e.tenant_id, gen_random_uuid(), e.id, nextval('registration_arrival'), 'CONFIRMED', 'LIVESTREAM',
                            'FORM', 'de', 'JOB_CENTRE', 'Zeitgleich', 'uwe.neu@beispiel.de', 'uwe.neu@beispiel.de'
                          FROM event e WHERE e.slug = ?""", slug)))
                .isInstanceOfSatisfying(
                        RejectedInputException.class,
                        e -> assertThat(e.problems()).containsEntry("email", "fachtag.registration.email.taken"));
        assertThat(TenantContext.callAs(TENANT, () -> probe.email(uwe.id()))).isEqualTo("uwe.ufer@beispiel.de");
    }

    @Test
    void aRegistrationCountsTheCapacityAsItIsUnderTheLockAndAWorkshopRemovedMeanwhileIsRefused() throws Exception {
        String slug = openEvent("regeln-sperre-kapazitaet", 10, 2, 5, 5);
        register(slug, person("Vera Voll", "1"));
        // the organizer lowered workshop 1 to one seat while the registration waited for the lock
        var late = whileTheSeatsAreLocked(
                slug,
                () -> registrations.register(slug, person("Wim Warten", "1"), de.fachtag.registration.Channel.FORM),
                held -> held.update("""
                        UPDATE workshop SET capacity = 1 WHERE code = '1'
                           AND event_id = (SELECT id FROM event WHERE slug = ?)""", slug));
        assertThat(late.status()).as("counted with the capacity of now").isEqualTo(RegistrationStatus.WAITLISTED);
        // the organizer removed workshop 3 while a registration for it waited
        assertThatThrownBy(() -> whileTheSeatsAreLocked(
                        slug,
                        () -> registrations.register(
                                slug, person("Xaver Weg", "3"), de.fachtag.registration.Channel.FORM),
                        held -> held.update("""
                        DELETE FROM workshop WHERE code = '3' AND event_id = (SELECT id FROM event WHERE slug = ?)""", slug)))
                .isInstanceOfSatisfying(
                        RejectedInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("workshop", "fachtag.registration.workshop.unknown"));
        assertThat(TenantContext.callAs(TENANT, () -> probe.count(slug))).isEqualTo(2);
    }

    @Test
    void capacityChangesAndRemovalsOfWorkshopsWaitForTheSeatLock() throws Exception {
        String slug = openEvent("regeln-sperre-workshops", 10, 3, 3);
        var workshops = TenantContext.callAs(
                TENANT, () -> events.event(slug).orElseThrow().workshops());
        WorkshopForm smaller = new WorkshopForm();
        smaller.setId(workshops.get(0).id());
        smaller.setCode("1");
        smaller.setTitleDe("Workshop 1");
        smaller.setCapacity(1);
        whileTheSeatsAreLocked(
                slug,
                () -> {
                    events.changeWorkshop(slug, events.form(slug).getVersion(), smaller);
                    return null;
                },
                held -> {});
        assertThat(TenantContext.callAs(
                        TENANT,
                        () -> events.event(slug)
                                .orElseThrow()
                                .workshops()
                                .get(0)
                                .capacity()))
                .isEqualTo(1);
        // workshop 2 is removed while a registration for it commits under the lock: the removal sees it
        var second = workshops.get(1).id();
        assertThatThrownBy(() -> whileTheSeatsAreLocked(
                        slug,
                        () -> {
                            events.removeWorkshop(slug, events.form(slug).getVersion(), second);
                            return null;
                        },
                        held -> held.update("""
                INSERT INTO registration (tenant_id, id, event_id, workshop_id, arrival, status, mode, channel, language,
                    sector, name, email, email_key)
                SELECT e.tenant_id, gen_random_uuid(), e.id, w.id, nextval('registration_arrival'), 'CONFIRMED', 'ON_SITE',
                    'FORM', 'de', 'JOB_CENTRE', 'Zeitgleich', 'zeitgleich@beispiel.de', 'zeitgleich@beispiel.de'
                  FROM event e JOIN workshop w ON w.tenant_id = e.tenant_id AND w.event_id = e.id AND w.code = '2'
                 WHERE e.slug = ?""", slug)))
                .isInstanceOfSatisfying(
                        EventRuleException.class,
                        e -> assertThat(e.problems()).containsEntry("workshop", "fachtag.workshop.hasRegistrations"));
        assertThat(TenantContext.callAs(
                        TENANT, () -> events.event(slug).orElseThrow().workshops()))
                .hasSize(2);
    }
}
