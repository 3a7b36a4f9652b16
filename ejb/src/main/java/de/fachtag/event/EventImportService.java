package de.fachtag.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.fachtag.registration.ConsentTexts;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.EventSeries;
import de.fachtag.tenant.Funder;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.TenantImportService.Outcome;
import de.fachtag.tenantconfig.AgendaItemDefinition;
import de.fachtag.tenantconfig.ContributionDefinition;
import de.fachtag.tenantconfig.EventDefinition;
import de.fachtag.tenantconfig.LocalizedText;
import de.fachtag.tenantconfig.WorkshopDefinition;

/**
 * Applies one validated event file, in one transaction, as its tenant. Like tenant files: an
 * unchanged file (same content hash) imports nothing, so edits made in the back office survive
 * restarts; a changed file wins and rebuilds the event's agenda and workshops from the file.
 */
@Stateless
@TenantScoped
public class EventImportService {

    private static final Logger LOG = Logger.getLogger(EventImportService.class.getName());

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    ConsentTexts consentTexts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome importEvent(EventDefinition file) {
        if (!TenantContext.require().equals(file.getTenant())) {
            throw new IllegalStateException("Importing an event of " + file.getTenant() + " as " + TenantContext.require());
        }
        Event event = em.createNamedQuery("Event.bySlug", Event.class).setParameter("slug", file.getSlug())
                .getResultStream().findFirst().orElse(null);
        if (event != null && event.isImportedFrom(file.getContentHash())) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = event == null ? Outcome.CREATED : Outcome.UPDATED;
        if (event != null && hasRegistrations(event)) {
            // People registered for what the event said; rebuilding it from the file would drop their
            // workshops. From now on the back office is the place to change it.
            LOG.warning(() -> "Event " + file.getSlug() + " has registrations: the changed file " + file.getSourceName()
                    + " is not applied; change the event in the back office");
            return Outcome.UNCHANGED;
        }
        if (event != null) {
            // a changed file rebuilds the programme; remove the old one first, in its own flush,
            // so the new parts never meet the old ones' unique keys
            for (AgendaItem item : event.getAgenda()) {
                event.removeAgendaItem(item);
            }
            for (Workshop workshop : event.getWorkshops()) {
                event.removeWorkshop(workshop);
            }
            em.remove(event);
            em.flush();
        }
        event = new Event(file.getSlug(), text(file.getTitle()), file.getStart(), file.getEnd());
        ZoneId zone = file.getTimeZone() == null ? ZoneId.of("Europe/Berlin") : file.getTimeZone();
        event.rename(text(file.getTitle()), text(file.getMotto()), text(file.getGoal()), text(file.getDescription()));
        event.schedule(file.getDate(), file.getStart(), file.getEnd(), zone.getId());
        var venue = file.getVenue();
        if (venue != null) {
            event.locate(new Venue(venue.getName(), venue.getStreet(), venue.getPostcode(), venue.getCity(),
                    venue.getRoom()));
        }
        event.holdAs(file.getFormat() == null ? EventFormat.ON_SITE : EventFormat.valueOf(file.getFormat().name()));
        event.annotate(text(file.getCateringNote()), text(file.getLivestreamNote()), text(file.getRecordingNotice()),
                text(file.getChangeReservation()));
        var contact = file.getRegistrationContact();
        event.organisedBy(file.getOrganizingGroup(), file.getSupporters(), contact == null ? null : contact.getEmail(),
                contact == null ? null : contact.getPhone());
        var registration = file.getRegistration();
        if (registration != null) {
            event.openRegistration(instant(registration.getOpens(), zone), instant(registration.getCloses(), zone),
                    instant(registration.getLivestreamCloses(), zone), registration.getSeats());
            event.streamTo(registration.getLivestreamSeats(), registration.getLivestreamUrl(),
                    registration.getLivestreamLinkLeadMinutes());
        }
        EventSeries series = file.getSeries() == null ? null
                : em.createNamedQuery("EventSeries.bySlug", EventSeries.class).setParameter("slug", file.getSeries())
                        .getResultStream().findFirst().orElse(null);
        event.partOf(series, file.getEdition());
        List<Funder> funders = new ArrayList<>();
        for (String key : file.getFunders()) {
            em.createNamedQuery("Funder.byKey", Funder.class).setParameter("key", key).getResultStream().findFirst()
                    .ifPresent(funders::add);
        }
        event.fundedBy(funders);
        event.markIllustrative(file.getIllustrative());
        for (ContributionDefinition c : file.getContributions()) {
            event.addContribution(c.getPerson(), c.getOrganisation(), c.getFunction(), role(c), status(c));
        }
        for (AgendaItemDefinition a : file.getAgenda()) {
            AgendaItem item = event.addAgendaItem(a.getStart(), a.getEnd(), AgendaItemKind.valueOf(a.getKind().name()),
                    text(a.getTitle()), text(a.getSubtitle()), text(a.getDescription()));
            for (ContributionDefinition c : a.getContributions()) {
                item.addContribution(c.getPerson(), c.getOrganisation(), c.getFunction(), role(c), status(c));
            }
        }
        for (WorkshopDefinition w : file.getWorkshops()) {
            Workshop workshop = event.addWorkshop(w.getCode());
            workshop.describe(text(w.getTitle()), text(w.getSubtitle()),
                    w.getQuestions().stream().map(LocalizedText::getDe).toList(),
                    w.getQuestions().stream().allMatch(q -> q.getEn() != null)
                            ? w.getQuestions().stream().map(LocalizedText::getEn).toList() : List.of(),
                    text(w.getDescription()), text(w.getAudience()), w.getCapacity(), w.getRoom());
            for (ContributionDefinition c : w.getContributions()) {
                workshop.addContribution(c.getPerson(), c.getOrganisation(), c.getFunction(), role(c), status(c));
            }
        }
        event.changeState(EventState.valueOf(file.getState().name()));
        event.importedFrom(file.getSourceName(), file.getContentHash());
        em.persist(event);
        if (!file.getConsents().isEmpty()) {
            em.flush(); // the event row first: its consent texts reference it
            consentTexts.importDefinitions(event.getId(), file.getConsents());
        }
        return outcome;
    }

    private boolean hasRegistrations(Event event) {
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.event = :event", Long.class)
                .setParameter("event", event).getSingleResult() > 0;
    }

    private static ContributionRole role(ContributionDefinition c) {
        return ContributionRole.valueOf(c.getRole().name());
    }

    private static ContributionStatus status(ContributionDefinition c) {
        return c.getStatus() == null ? ContributionStatus.CONFIRMED : ContributionStatus.valueOf(c.getStatus().name());
    }

    private static LocalizedString text(LocalizedText t) {
        return t == null || t.getDe() == null ? null : new LocalizedString(t.getDe(), t.getEn());
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}
