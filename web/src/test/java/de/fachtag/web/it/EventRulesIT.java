package de.fachtag.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.fachtag.event.AgendaItemForm;
import de.fachtag.event.AgendaItemKind;
import de.fachtag.event.ContributionRole;
import de.fachtag.event.ContributionStatus;
import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventForm;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventRuleException;
import de.fachtag.event.EventService;
import de.fachtag.event.EventState;
import de.fachtag.event.EventView;
import de.fachtag.event.WorkshopForm;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.ConcurrentEditException;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event rules of the organizer back office, in the running application: agenda within the
 * event's hours, overlap warnings, next edition, optimistic locking of the whole aggregate,
 * publishing, and every finder refusing another tenant's event. Also that the seed events
 * were imported from the bundled files.
 */
@ExtendWith(ArquillianExtension.class)
class EventRulesIT {

    @EJB
    EventService events;

    @EJB
    EventCatalog catalog;

    private String newEvent(String tenant, String slug) {
        EventForm form = new EventForm();
        form.setSlug(slug);
        form.setTitleDe("Fachtag " + slug);
        form.setDate(LocalDate.of(2027, 3, 4));
        form.setStart(LocalTime.of(9, 0));
        form.setEnd(LocalTime.of(16, 0));
        return TenantContext.callAs(tenant, () -> events.create(form));
    }

    private long version(String tenant, String slug) {
        return TenantContext.callAs(tenant, () -> events.form(slug).getVersion());
    }

    private static AgendaItemForm item(String from, String to, AgendaItemKind kind, String title) {
        AgendaItemForm f = new AgendaItemForm();
        f.setStart(LocalTime.parse(from));
        f.setEnd(LocalTime.parse(to));
        f.setKind(kind);
        f.setTitleDe(title);
        return f;
    }

    @Test
    void agendaItemsStayWithinTheEventsHoursAndAreKeptInTimeOrder() {
        String slug = newEvent("mittelsachsen", "rules-hours");
        TenantContext.runAs("mittelsachsen", () -> {
            events.addAgendaItem(
                    slug, version("mittelsachsen", slug), item("10:30", "11:30", AgendaItemKind.PANEL, "Podium"));
            events.addAgendaItem(
                    slug, version("mittelsachsen", slug), item("09:00", "09:15", AgendaItemKind.WELCOME, "Begrüßung"));
        });
        EventRuleException outside = assertThrows(
                EventRuleException.class,
                () -> TenantContext.runAs(
                        "mittelsachsen",
                        () -> events.addAgendaItem(
                                slug,
                                version("mittelsachsen", slug),
                                item("15:30", "16:30", AgendaItemKind.EVALUATION, "Auswertung"))));
        assertEquals("fachtag.agenda.outsideHours", outside.problems().get("start"));
        EventView view =
                TenantContext.callAs("mittelsachsen", () -> events.event(slug).orElseThrow());
        assertEquals(
                List.of("Begrüßung", "Podium"),
                view.agenda().stream().map(a -> a.title().getDe()).toList(),
                "in time order, and the refused item was not added");
        assertThrows(
                EventRuleException.class,
                () -> TenantContext.runAs("mittelsachsen", () -> {
                    EventForm shorter = events.form(slug);
                    shorter.setEnd(LocalTime.of(11, 0));
                    events.update(slug, shorter);
                }),
                "the event's hours cannot shrink below its agenda");
    }

    @Test
    void overlapsAreWarnedNotRefused() {
        String slug = newEvent("mittelsachsen", "rules-overlap");
        TenantContext.runAs("mittelsachsen", () -> {
            events.addAgendaItem(
                    slug, version("mittelsachsen", slug), item("09:00", "10:00", AgendaItemKind.INPUT_TALK, "Vortrag"));
            events.addAgendaItem(
                    slug, version("mittelsachsen", slug), item("09:45", "10:15", AgendaItemKind.BREAK, "Kaffeepause"));
        });
        List<String[]> overlaps = TenantContext.callAs("mittelsachsen", () -> events.overlaps(slug));
        assertEquals(1, overlaps.size());
        assertEquals(List.of("Vortrag", "Kaffeepause"), List.of(overlaps.get(0)));
    }

    @Test
    void nextEditionCopiesProgrammeAndWorkshopsAndClearsDates() {
        String slug = newEvent("mittelsachsen", "rules-edition-6");
        TenantContext.runAs("mittelsachsen", () -> {
            EventForm form = events.form(slug);
            form.setSeriesSlug("fachtag-integration");
            form.setEdition(6);
            form.setRegistrationCloses(java.time.LocalDateTime.of(2027, 2, 24, 23, 59));
            events.update(slug, form);
            var itemId = events.addAgendaItem(
                    slug,
                    version("mittelsachsen", slug),
                    item("13:15", "15:00", AgendaItemKind.WORKSHOP_BLOCK, "Workshops"));
            WorkshopForm w = new WorkshopForm();
            w.setCode("1");
            w.setTitleDe("Mittelsachsen integriert");
            w.setQuestionsDe("Welche Bereiche?\nWie sichern?");
            UUID workshop = events.addWorkshop(slug, version("mittelsachsen", slug), w);
            events.addContribution(
                    slug,
                    version("mittelsachsen", slug),
                    workshop,
                    "Jennifer Diehl",
                    "Landkreis Mittelsachsen",
                    null,
                    ContributionRole.WORKSHOP_LEAD,
                    ContributionStatus.CONFIRMED);
            events.addContribution(
                    slug,
                    version("mittelsachsen", slug),
                    itemId,
                    null,
                    "IHK-Altmark",
                    null,
                    ContributionRole.SPEAKER,
                    ContributionStatus.REQUESTED);
        });
        String next = TenantContext.callAs("mittelsachsen", () -> events.nextEdition(slug, "rules-edition-7"));
        EventView copy =
                TenantContext.callAs("mittelsachsen", () -> events.event(next).orElseThrow());
        assertEquals(7, copy.edition());
        assertEquals("fachtag-integration", copy.seriesSlug());
        assertEquals(EventState.DRAFT, copy.state());
        assertNull(copy.date(), "dates cleared");
        assertNull(copy.registrationCloses(), "registration window cleared");
        assertEquals(1, copy.agenda().size());
        assertEquals("IHK-Altmark", copy.agenda().get(0).contributions().get(0).organisation());
        assertTrue(copy.agenda().get(0).contributions().get(0).requested());
        assertEquals(
                List.of("Welche Bereiche?", "Wie sichern?"),
                copy.workshops().get(0).questions(Locale.GERMAN));
        assertEquals(
                "Jennifer Diehl", copy.workshops().get(0).contributions().get(0).person());
        assertThrows(
                EventRuleException.class,
                () -> TenantContext.callAs("mittelsachsen", () -> events.nextEdition(slug, "rules-edition-7")),
                "the new slug must be free");
    }

    @Test
    void contributorsCanBeConfirmedAndRemovedButOnlyInTheirOwnEvent() {
        String slug = newEvent("mittelsachsen", "rules-people");
        TenantContext.runAs("mittelsachsen", () -> {
            UUID item = events.addAgendaItem(
                    slug, version("mittelsachsen", slug), item("10:00", "11:00", AgendaItemKind.PANEL, "Podium"));
            events.addContribution(
                    slug,
                    version("mittelsachsen", slug),
                    item,
                    "Emiliano Chaimite",
                    "DSM e.V.",
                    null,
                    ContributionRole.PANEL_GUEST,
                    ContributionStatus.REQUESTED);
            events.addContribution(
                    slug,
                    version("mittelsachsen", slug),
                    item,
                    "Annett Schrenk",
                    null,
                    "Ausländerbeauftragte",
                    ContributionRole.MODERATOR,
                    ContributionStatus.CONFIRMED);
        });
        var people = TenantContext.callAs(
                        "mittelsachsen", () -> events.event(slug).orElseThrow())
                .agenda()
                .get(0)
                .contributions();
        UUID chaimite = people.get(0).id();
        UUID schrenk = people.get(1).id();
        TenantContext.runAs(
                "mittelsachsen",
                () -> events.changeContributionStatus(
                        slug, version("mittelsachsen", slug), chaimite, ContributionStatus.CONFIRMED));
        TenantContext.runAs(
                "mittelsachsen", () -> events.removeContribution(slug, version("mittelsachsen", slug), schrenk));
        var after = TenantContext.callAs(
                        "mittelsachsen", () -> events.event(slug).orElseThrow())
                .agenda()
                .get(0)
                .contributions();
        assertEquals(1, after.size());
        assertEquals("Emiliano Chaimite", after.get(0).person());
        assertFalse(after.get(0).requested(), "now confirmed");

        String other = newEvent("agsa", "rules-people-agsa");
        assertThrows(
                EventNotFoundException.class,
                () -> TenantContext.runAs(
                        "agsa", () -> events.removeContribution(other, version("agsa", other), chaimite)),
                "another tenant's contribution id is not found, even under one's own event");
        assertThrows(
                EventNotFoundException.class,
                () -> TenantContext.runAs("mittelsachsen", () -> events.removeContribution(other, 0, chaimite)));
    }

    @Test
    void aSecondEditorWorkingFromAnOldVersionIsRefused() {
        String slug = newEvent("mittelsachsen", "rules-locking");
        EventForm first = TenantContext.callAs("mittelsachsen", () -> events.form(slug));
        EventForm second = TenantContext.callAs("mittelsachsen", () -> events.form(slug));
        first.setMottoDe("Erste Fassung");
        TenantContext.runAs("mittelsachsen", () -> events.update(slug, first));
        second.setMottoDe("Zweite Fassung");
        assertThrows(
                ConcurrentEditException.class,
                () -> TenantContext.runAs("mittelsachsen", () -> events.update(slug, second)));
        // a change of a part (an agenda item) counts as a change of the event, too
        long stale = version("mittelsachsen", slug);
        TenantContext.runAs(
                "mittelsachsen",
                () -> events.addAgendaItem(slug, stale, item("09:00", "09:30", AgendaItemKind.ARRIVAL, "Ankommen")));
        assertThrows(
                ConcurrentEditException.class,
                () -> TenantContext.runAs(
                        "mittelsachsen",
                        () -> events.addAgendaItem(
                                slug, stale, item("10:00", "10:30", AgendaItemKind.BREAK, "Pause"))));
        assertEquals(
                "Erste Fassung",
                TenantContext.callAs("mittelsachsen", () -> events.event(slug).orElseThrow())
                        .motto()
                        .getDe());
    }

    @Test
    void onlyPublishedEventsArePublicAndPublishingNeedsADate() {
        String slug = newEvent("mittelsachsen", "rules-publish");
        assertTrue(
                TenantContext.callAs("mittelsachsen", () -> catalog.publicEvent(slug))
                        .isEmpty(),
                "a draft is not public");
        TenantContext.runAs("mittelsachsen", () -> events.publish(slug, version("mittelsachsen", slug)));
        assertTrue(TenantContext.callAs("mittelsachsen", () -> catalog.publicEvent(slug))
                .isPresent());
        TenantContext.runAs("mittelsachsen", () -> events.unpublish(slug, version("mittelsachsen", slug)));
        assertTrue(TenantContext.callAs("mittelsachsen", () -> catalog.publicEvent(slug))
                .isEmpty());

        String undated = newEvent("mittelsachsen", "rules-undated");
        TenantContext.runAs("mittelsachsen", () -> {
            EventForm form = events.form(undated);
            form.setDate(null);
            events.update(undated, form);
        });
        EventRuleException refused = assertThrows(
                EventRuleException.class,
                () -> TenantContext.runAs(
                        "mittelsachsen", () -> events.publish(undated, version("mittelsachsen", undated))));
        assertEquals("fachtag.event.publishNeedsDate", refused.problems().get("date"));
    }

    @Test
    void everyFinderRefusesAnotherTenantsEvent() {
        String slug = newEvent("agsa", "rules-agsa-only");
        TenantContext.runAs("agsa", () -> events.publish(slug, version("agsa", slug)));
        assertTrue(
                TenantContext.callAs("mittelsachsen", () -> events.event(slug)).isEmpty());
        assertTrue(TenantContext.callAs("mittelsachsen", () -> catalog.publicEvent(slug))
                .isEmpty());
        assertFalse(TenantContext.callAs("mittelsachsen", () -> catalog.publicEvents()).stream()
                .anyMatch(e -> e.slug().equals(slug)));
        assertFalse(TenantContext.callAs("mittelsachsen", () -> events.all()).stream()
                .anyMatch(e -> e.slug().equals(slug)));
        assertThrows(
                EventNotFoundException.class, () -> TenantContext.callAs("mittelsachsen", () -> events.form(slug)));
        assertThrows(
                EventNotFoundException.class,
                () -> TenantContext.runAs("mittelsachsen", () -> events.publish(slug, 0)));
        assertThrows(
                EventNotFoundException.class,
                () -> TenantContext.callAs("mittelsachsen", () -> events.nextEdition(slug, "stolen-copy")));
        // and the same slug is free to use in another tenant
        assertEquals("rules-agsa-only", newEvent("mittelsachsen", "rules-agsa-only"));
    }

    @Test
    void theSeedEventsAreImported() {
        EventView fachtag = TenantContext.callAs(
                        "mittelsachsen",
                        () -> catalog.publicEvents().stream()
                                .filter(e -> Integer.valueOf(6).equals(e.edition())
                                        && "fachtag-integration".equals(e.seriesSlug()))
                                .findFirst()
                                .flatMap(e -> catalog.publicEvent(e.slug())))
                .orElseThrow();
        assertEquals(LocalDate.of(2021, 10, 7), fachtag.date());
        assertEquals(LocalTime.of(8, 30), fachtag.start());
        assertEquals("Halsbrücker Straße 34", fachtag.venue().street());
        assertEquals(3, fachtag.workshops().size());
        assertTrue(fachtag.agenda().stream()
                .anyMatch(a -> a.contributions().stream().anyMatch(c -> "Sebastian Vogel".equals(c.person()))));
        assertEquals("Gefördert durch", fachtag.fundingNotices().get(0).label().getDe());
        List<String> agsaRequested = TenantContext.callAs(
                "agsa",
                () -> catalog.publicEvents().stream()
                        .flatMap(e -> catalog.publicEvent(e.slug()).stream())
                        .flatMap(e -> e.workshops().stream())
                        .flatMap(w -> w.contributions().stream())
                        .filter(EventView.ContributionView::requested)
                        .map(c -> c.person() != null ? c.person() : c.organisation())
                        .toList());
        assertTrue(agsaRequested.stream().anyMatch(n -> n.contains("Hildesheim")), agsaRequested.toString());
    }
}
