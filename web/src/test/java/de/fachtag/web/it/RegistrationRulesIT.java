package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventForm;
import de.fachtag.event.EventFormat;
import de.fachtag.event.EventRuleException;
import de.fachtag.event.EventService;
import de.fachtag.event.WorkshopForm;
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
import de.fachtag.web.it.registration.RegistrationProbe;

/**
 * The registration rules in the running application: the demo's open event, seats and the
 * waitlist per workshop, one registration per address, the registration window, consent
 * versions and withdrawal, and a workshop that people chose cannot be removed.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationRulesIT {

    private static final String TENANT = "mittelsachsen";

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("fachtag.war")))
                .addClasses(RegistrationRulesIT.class, RegistrationProbe.class)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    }

    /** The jar a class came from, to ship a test library into the container. */
    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @EJB
    EventService events;

    @EJB
    RegistrationService registrations;

    @EJB
    ConsentTexts consents;

    @EJB
    RegistrationProbe probe;

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
        return openEvent(slug, seats, LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(10), capacities);
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
        return TenantContext.callAs(TENANT, () -> registrations.register(slug, form, de.fachtag.registration.Channel.FORM));
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
        assertThat(List.of(anna.status(), bert.status(), cora.status(), dora.status(), emil.status())).containsExactly(
                RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.WAITLISTED, RegistrationStatus.CONFIRMED);
        assertThat(cora.waitlistPosition()).isEqualTo(1);
        assertThat(dora.waitlistPosition()).isEqualTo(2);

        TenantContext.runAs(TENANT, () -> registrations.cancel(bert.token().orElseThrow()));

        assertThat(TenantContext.callAs(TENANT, () -> probe.status(cora.id()))).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.status(dora.id()))).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(TenantContext.callAs(TENANT, () -> probe.confirmedIn(slug, "1"))).isEqualTo(2);
        assertThat(TenantContext.callAs(TENANT, () -> probe.mailKinds(cora.id()))).contains("WAITLISTED", "PROMOTED");
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
        assertThat(second.token()).as("no link for someone who only knows the address").isEmpty();
        assertThat(TenantContext.callAs(TENANT, () -> probe.confirmedIn(slug, "1"))).isEqualTo(1);
        assertThat(TenantContext.callAs(TENANT, () -> probe.mailKinds(first.id()))).contains("CONFIRMATION", "LINK_RESENT");
        // the link mailed again is added: the one the person has keeps working
        assertThat(TenantContext.callAs(TENANT, () -> registrations.byToken(first.token().orElseThrow())).getId())
                .isEqualTo(first.id());
    }

    @Test
    void beforeOpeningAndAfterClosingNothingIsAccepted() {
        String early = openEvent("regeln-frueh", 5, LocalDateTime.now().plusDays(3), LocalDateTime.now().plusDays(10));
        String late = openEvent("regeln-spaet", 5, LocalDateTime.now().minusDays(10), LocalDateTime.now().minusMinutes(1));
        assertThatThrownBy(() -> register(early, person("Gina Gans", null)))
                .isInstanceOfSatisfying(RegistrationClosedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RegistrationClosedException.Reason.NOT_YET_OPEN));
        assertThatThrownBy(() -> register(late, person("Gina Gans", null)))
                .isInstanceOfSatisfying(RegistrationClosedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RegistrationClosedException.Reason.CLOSED));
        assertThat(TenantContext.callAs(TENANT, () -> probe.count(early) + probe.count(late))).isZero();
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndChangesNothing() {
        String slug = openEvent("regeln-eingaben", 5, 5);
        RegistrationForm bad = person("Hans Hahn", null);
        bad.setMode(ParticipationMode.ON_SITE); // on site without the required workshop
        bad.setName("Hans\u0000Hahn");
        bad.setEmail("kein-at-zeichen");
        bad.setConsents(new java.util.HashMap<>());
        assertThatThrownBy(() -> register(slug, bad)).isInstanceOfSatisfying(RejectedInputException.class,
                e -> assertThat(e.problems()).containsEntry("workshop", "fachtag.registration.workshop.required")
                        .containsEntry("name", "fachtag.text.controlCharacters")
                        .containsEntry("email", "fachtag.email.invalid")
                        .containsEntry("consents.datenschutz", "fachtag.registration.acknowledgement.required"));
        assertThat(TenantContext.callAs(TENANT, () -> probe.count(slug))).isZero();
    }

    @Test
    void aChangedConsentTextIsANewVersionAndWithdrawalIsRecordedNotDeleted() {
        String slug = openEvent("regeln-einwilligung", 5, 5);
        RegistrationForm ida = person("Ida Igel", "1");
        ida.getConsents().put("fotos", true);
        var before = register(slug, ida);
        ConsentText v1 = TenantContext.callAs(TENANT, () -> probe.consentsOf(slug)).stream()
                .filter(t -> t.getKey().equals("fotos")).findFirst().orElseThrow();

        ConsentText v2 = TenantContext.callAs(TENANT, () -> consents.define(null, "fotos", ConsentKind.OPTIONAL,
                ConsentPurpose.PHOTO, new LocalizedString("Fotos ja, neue Fassung", "Photos yes, new wording"), null, 1));
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
        ConsentText same = TenantContext.callAs(TENANT, () -> consents.define(null, "fotos", ConsentKind.OPTIONAL,
                ConsentPurpose.PHOTO, new LocalizedString("Fotos ja, neue Fassung", "Photos yes, new wording"), null, 1));
        assertThat(same.getVersion()).as("unchanged wording, no new version").isEqualTo(v2.getVersion());
        assertThat(TenantContext.callAs(TENANT, () -> probe.labelOfVersion("fotos", v1.getVersion())))
                .as("the version Ida agreed to is kept word for word").isEqualTo(v1.getLabel().getDe());
        assertThat(TenantContext.callAs(TENANT, () -> probe.consentVersionsOf(before.id()))).containsEntry("fotos", v1.getVersion());

        RegistrationForm jan = person("Jan Jung", "1");
        jan.getConsents().put("fotos", true);
        var after = register(slug, jan);
        assertThat(TenantContext.callAs(TENANT, () -> probe.consentVersionsOf(after.id()))).containsEntry("fotos", v2.getVersion());

        // photo consent cannot be made a condition of registering
        assertThatThrownBy(() -> TenantContext.callAs(TENANT, () -> consents.define(null, "fotos2", ConsentKind.ACKNOWLEDGEMENT,
                ConsentPurpose.PHOTO, new LocalizedString("Pflicht-Fotos", null), null, 9)))
                .isInstanceOf(RejectedInputException.class);

        assertThat(TenantContext.callAs(TENANT, () -> probe.refusesPhotos(before.id()))).isFalse();
        TenantContext.runAs(TENANT, () -> registrations.decideConsent(before.token().orElseThrow(), "fotos", false));
        assertThat(TenantContext.callAs(TENANT, () -> probe.refusesPhotos(before.id()))).isTrue();
        assertThat(TenantContext.callAs(TENANT, () -> probe.consentRecordCount(before.id())))
                .as("privacy and photos at registration, then the withdrawal: added, nothing deleted").isEqualTo(3);
        // a registration without the photo consent is on the "no photos" side from the start
        var ohne = register(slug, person("Karl Kahn", "1"));
        assertThat(TenantContext.callAs(TENANT, () -> probe.refusesPhotos(ohne.id()))).isTrue();
    }

    @Test
    void aWorkshopThatPeopleChoseCannotBeRemoved() {
        String slug = openEvent("regeln-entfernen", 10, 3, 3);
        register(slug, person("Lena Lamm", "1"));
        var workshops = TenantContext.callAs(TENANT, () -> events.event(slug).orElseThrow().workshops());
        var chosen = workshops.get(0).id();
        var empty = workshops.get(1).id();
        assertThatThrownBy(() -> TenantContext.runAs(TENANT,
                () -> events.removeWorkshop(slug, events.form(slug).getVersion(), chosen)))
                .isInstanceOfSatisfying(EventRuleException.class,
                        e -> assertThat(e.problems()).containsEntry("workshop", "fachtag.workshop.hasRegistrations"));
        TenantContext.runAs(TENANT, () -> events.removeWorkshop(slug, events.form(slug).getVersion(), empty));
        assertThat(TenantContext.callAs(TENANT, () -> events.event(slug).orElseThrow().workshops())).hasSize(1);
    }

    @Test
    void switchingToOnSiteNeedsAFreeSeatAndAFullWorkshopKeepsThePlace() {
        String slug = openEvent("regeln-wechsel", 10, 1, 5);
        var mia = register(slug, person("Mia Maus", "1"));
        var nils = register(slug, person("Nils Nord", null));
        assertThat(nils.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> TenantContext.runAs(TENANT,
                () -> registrations.switchMode(nils.token().orElseThrow(), ParticipationMode.ON_SITE, "1")))
                .isInstanceOf(RejectedInputException.class);
        TenantContext.runAs(TENANT, () -> registrations.switchMode(nils.token().orElseThrow(), ParticipationMode.ON_SITE, "2"));
        Registration moved = TenantContext.callAs(TENANT, () -> registrations.byToken(nils.token().orElseThrow()));
        assertThat(moved.getMode()).isEqualTo(ParticipationMode.ON_SITE);
        assertThatThrownBy(() -> TenantContext.runAs(TENANT, () -> registrations.changeWorkshop(nils.token().orElseThrow(), "1")))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.problems()).containsEntry("workshop", "fachtag.registration.workshop.full"));
        assertThat(TenantContext.callAs(TENANT, () -> probe.confirmedIn(slug, "1"))).isEqualTo(1);
        assertThat(mia.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }
}
