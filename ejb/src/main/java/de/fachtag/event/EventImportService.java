package de.fachtag.event;

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
import de.fachtag.tenantconfig.ManualFigures;
import de.fachtag.tenantconfig.WorkshopDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.persistence.config.QueryHints;

/**
 * Applies one validated event file, in one transaction, as its tenant. Like tenant files: an
 * unchanged file (same content hash) imports nothing, so edits made in the back office survive
 * restarts; a changed file wins and rebuilds the event's agenda and workshops from the file,
 * and replaces the ministries that host it and its figures entered by hand.
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
            throw new IllegalStateException(
                    "Importing an event of " + file.getTenant() + " as " + TenantContext.require());
        }
        Event event = em.createNamedQuery("Event.bySlug", Event.class)
                .setParameter("slug", file.getSlug())
                .getResultStream()
                .findFirst()
                .orElse(null);
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
            // its results and the documentations written from them go first (their keys refuse
            // the event's removal); the files bring them back on this same start
            de.fachtag.results.ResultsImportService.forgetEvent(em, event.getId());
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
            event.locate(new Venue(
                    venue.getName(), venue.getStreet(), venue.getPostcode(), venue.getCity(), venue.getRoom()));
        }
        event.holdAs(
                file.getFormat() == null
                        ? EventFormat.ON_SITE
                        : EventFormat.valueOf(file.getFormat().name()));
        event.annotate(
                text(file.getCateringNote()),
                text(file.getLivestreamNote()),
                text(file.getRecordingNotice()),
                text(file.getChangeReservation()));
        var contact = file.getRegistrationContact();
        event.organisedBy(
                file.getOrganizingGroup(),
                file.getSupporters(),
                contact == null ? null : contact.getEmail(),
                contact == null ? null : contact.getPhone());
        var registration = file.getRegistration();
        if (registration != null) {
            event.openRegistration(
                    instant(registration.getOpens(), zone),
                    instant(registration.getCloses(), zone),
                    instant(registration.getLivestreamCloses(), zone),
                    registration.getSeats());
            event.streamTo(
                    registration.getLivestreamSeats(),
                    registration.getLivestreamUrl(),
                    registration.getLivestreamLinkLeadMinutes());
        }
        EventSeries series = file.getSeries() == null
                ? null
                : em.createNamedQuery("EventSeries.bySlug", EventSeries.class)
                        .setParameter("slug", file.getSeries())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        event.partOf(series, file.getEdition());
        List<Funder> funders = new ArrayList<>();
        for (String key : file.getFunders()) {
            em.createNamedQuery("Funder.byKey", Funder.class)
                    .setParameter("key", key)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(funders::add);
        }
        event.fundedBy(funders);
        // Invented figures are marked on their own rows (manual_figure.illustrative), where the reports
        // show them; the event's list marks what its pages show, which the figures are not part of.
        // Results and the documentation say so on their own pages (recommendation_document.illustrative).
        event.markIllustrative(file.getIllustrative().stream()
                .filter(path -> !isFigures(path) && !isResults(path))
                .toList());
        for (ContributionDefinition c : file.getContributions()) {
            event.addContribution(c.getPerson(), c.getOrganisation(), c.getFunction(), role(c), status(c))
                    .linkActor(c.getActor());
        }
        for (AgendaItemDefinition a : file.getAgenda()) {
            AgendaItem item = event.addAgendaItem(
                    a.getStart(),
                    a.getEnd(),
                    AgendaItemKind.valueOf(a.getKind().name()),
                    text(a.getTitle()),
                    text(a.getSubtitle()),
                    text(a.getDescription()));
            for (ContributionDefinition c : a.getContributions()) {
                item.addContribution(c.getPerson(), c.getOrganisation(), c.getFunction(), role(c), status(c))
                        .linkActor(c.getActor());
            }
        }
        for (WorkshopDefinition w : file.getWorkshops()) {
            Workshop workshop = event.addWorkshop(w.getCode());
            workshop.describe(
                    text(w.getTitle()),
                    text(w.getSubtitle()),
                    w.getQuestions().stream().map(LocalizedText::getDe).toList(),
                    w.getQuestions().stream().allMatch(q -> q.getEn() != null)
                            ? w.getQuestions().stream()
                                    .map(LocalizedText::getEn)
                                    .toList()
                            : List.of(),
                    text(w.getDescription()),
                    text(w.getAudience()),
                    w.getCapacity(),
                    w.getRoom());
            for (ContributionDefinition c : w.getContributions()) {
                workshop.addContribution(c.getPerson(), c.getOrganisation(), c.getFunction(), role(c), status(c))
                        .linkActor(c.getActor());
            }
        }
        event.changeState(EventState.valueOf(file.getState().name()));
        event.importedFrom(file.getSourceName(), file.getContentHash());
        em.persist(event);
        boolean hostsOrFigures = !file.getHostedBy().isEmpty() || file.getFigures() != null;
        if (!file.getConsents().isEmpty() || hostsOrFigures) {
            em.flush(); // the event row first: its consent texts, hosts and figures reference it
        }
        if (!file.getConsents().isEmpty()) {
            consentTexts.importDefinitions(event.getId(), file.getConsents());
        }
        if (hostsOrFigures) {
            replaceHostsAndFigures(event.getId(), file);
        }
        return outcome;
    }

    /**
     * Writes the ministries that host the event ({@code event_host}) and its figures entered by
     * hand ({@code manual_figure}) as the file gives them, replacing what was there. Native SQL:
     * the rows have no id of their own, and row level security checks their tenant on insert.
     * A figure is illustrative when the file lists its path or a part above it in
     * {@code illustrative} ({@code figures}, {@code figures.byMode}, {@code figures.byMode.ON_SITE}).
     */
    private void replaceHostsAndFigures(UUID eventId, EventDefinition file) {
        String tenant = TenantContext.require();
        update("DELETE FROM event_host WHERE tenant_id = ?1 AND event_id = ?2", tenant, eventId);
        update("DELETE FROM manual_figure WHERE tenant_id = ?1 AND event_id = ?2", tenant, eventId);
        for (String ministry : new LinkedHashSet<>(file.getHostedBy())) {
            update(
                    "INSERT INTO event_host (tenant_id, event_id, ministry_tenant_id) VALUES (?1, ?2, ?3)",
                    tenant,
                    eventId,
                    ministry);
        }
        ManualFigures figures = file.getFigures();
        if (figures == null || figures.getParticipants() == null) {
            return;
        }
        insertFigure(
                tenant, eventId, "TOTAL", "", figures.getParticipants(), file.isIllustrative("figures.participants"));
        insertFigures(tenant, eventId, "MODE", "byMode", figures.getByMode(), file);
        insertFigures(tenant, eventId, "WORKSHOP", "byWorkshop", figures.getByWorkshop(), file);
        insertFigures(tenant, eventId, "SECTOR", "bySector", figures.getBySector(), file);
    }

    private void insertFigures(
            String tenant,
            UUID eventId,
            String dimension,
            String field,
            Map<String, Integer> breakdown,
            EventDefinition file) {
        if (breakdown == null) {
            return;
        }
        breakdown.forEach((key, participants) -> insertFigure(
                tenant, eventId, dimension, key, participants, file.isIllustrative("figures." + field + "." + key)));
    }

    private void insertFigure(
            String tenant, UUID eventId, String dimension, String key, int participants, boolean illustrative) {
        update(
                "INSERT INTO manual_figure (tenant_id, event_id, dimension, dim_key, participants, illustrative)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                tenant,
                eventId,
                dimension,
                key,
                participants,
                illustrative);
    }

    private int update(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    private static boolean isResults(String path) {
        return path.equals("results")
                || path.startsWith("results")
                || path.equals("documentation")
                || path.startsWith("documentation.");
    }

    private static boolean isFigures(String path) {
        return path.equals("figures") || path.startsWith("figures.");
    }

    private boolean hasRegistrations(Event event) {
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.event = :event", Long.class)
                        .setParameter("event", event)
                        .getSingleResult()
                > 0;
    }

    private static ContributionRole role(ContributionDefinition c) {
        return ContributionRole.valueOf(c.getRole().name());
    }

    private static ContributionStatus status(ContributionDefinition c) {
        return c.getStatus() == null
                ? ContributionStatus.CONFIRMED
                : ContributionStatus.valueOf(c.getStatus().name());
    }

    private static LocalizedString text(LocalizedText t) {
        return t == null || t.getDe() == null ? null : new LocalizedString(t.getDe(), t.getEn());
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}
