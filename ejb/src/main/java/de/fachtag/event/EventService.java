package de.fachtag.event;

import de.fachtag.registration.SeatLock;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.ConcurrentEditException;
import de.fachtag.tenant.EventSeries;
import de.fachtag.tenant.Funder;
import de.fachtag.tenant.LocalizedString;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What organizers do with events: create and edit them, build agenda and workshops, publish,
 * and start the next edition of a series. Every change is checked against the version the
 * organizer read, so two people editing one event never overwrite each other silently.
 * A change of seats or a workshop's capacity, and the removal of a workshop, take the event's
 * {@link SeatLock}, as registering does: a registration counts seats either before such a change
 * or after it, never in between.
 */
@Stateless
@TenantScoped
public class EventService {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    SeatLock seatLock;

    @jakarta.ejb.EJB
    de.fachtag.actors.ActorService actors;

    public List<EventSummary> all() {
        return em.createNamedQuery("Event.all", Event.class)
                .getResultStream()
                .map(EventSummary::of)
                .toList();
    }

    public Optional<EventView> event(String slug) {
        return find(slug).map(EventView::of);
    }

    public EventForm form(String slug) {
        Event e = require(slug);
        EventForm f = new EventForm();
        f.setVersion(e.getVersion());
        f.setSlug(e.getSlug());
        f.setSeriesSlug(e.getSeries() == null ? null : e.getSeries().getSlug());
        f.setEdition(e.getEdition());
        f.setTitleDe(de(e.getTitle()));
        f.setTitleEn(en(e.getTitle()));
        f.setMottoDe(de(e.getMotto()));
        f.setMottoEn(en(e.getMotto()));
        f.setGoalDe(de(e.getGoal()));
        f.setGoalEn(en(e.getGoal()));
        f.setDescriptionDe(de(e.getDescription()));
        f.setDescriptionEn(en(e.getDescription()));
        f.setDate(e.getDate());
        f.setStart(e.getStart());
        f.setEnd(e.getEnd());
        if (e.getVenue() != null) {
            f.setVenueName(e.getVenue().getName());
            f.setVenueStreet(e.getVenue().getStreet());
            f.setVenuePostcode(e.getVenue().getPostcode());
            f.setVenueCity(e.getVenue().getCity());
            f.setVenueRoom(e.getVenue().getRoom());
        }
        f.setCateringNoteDe(de(e.getCateringNote()));
        f.setFormat(e.getFormat());
        f.setLivestreamNoteDe(de(e.getLivestreamNote()));
        f.setRecordingNoticeDe(de(e.getRecordingNotice()));
        f.setChangeReservationDe(de(e.getChangeReservation()));
        f.setOrganizingGroup(String.join("\n", e.getOrganizingGroup()));
        f.setSupporters(String.join("\n", e.getSupporters()));
        f.setContactEmail(e.getContactEmail());
        f.setContactPhone(e.getContactPhone());
        ZoneId zone = e.zone();
        f.setRegistrationOpens(local(e.getRegistrationOpens(), zone));
        f.setRegistrationCloses(local(e.getRegistrationCloses(), zone));
        f.setLivestreamCloses(local(e.getLivestreamCloses(), zone));
        f.setSeats(e.getSeats());
        f.setLivestreamSeats(e.getLivestreamSeats());
        f.setLivestreamUrl(e.getLivestreamUrl());
        f.setLivestreamLinkLeadMinutes(e.getLivestreamLinkLeadMinutes());
        f.setFunderKeys(
                new ArrayList<>(e.getFunders().stream().map(Funder::getKey).toList()));
        return f;
    }

    /** Creates a draft; the slug must be new within the tenant. */
    public String create(@NotNull @Valid EventForm form) {
        if (find(form.getSlug()).isPresent()) {
            throw new EventRuleException("slug", "fachtag.event.slugTaken");
        }
        Event e = new Event(form.getSlug(), text(form.getTitleDe(), form.getTitleEn()), form.getStart(), form.getEnd());
        apply(form, e);
        em.persist(e);
        em.flush();
        return e.getSlug();
    }

    public void update(String slug, @NotNull @Valid EventForm form) {
        Event e = requireVersion(slug, form.getVersion());
        if (!java.util.Objects.equals(e.getSeats(), form.getSeats())
                || !java.util.Objects.equals(e.getLivestreamSeats(), form.getLivestreamSeats())) {
            seatLock.lock(e);
        }
        apply(form, e);
        em.flush();
    }

    private void apply(EventForm f, Event e) {
        e.rename(
                text(f.getTitleDe(), f.getTitleEn()),
                text(f.getMottoDe(), f.getMottoEn()),
                text(f.getGoalDe(), f.getGoalEn()),
                text(f.getDescriptionDe(), f.getDescriptionEn()));
        e.schedule(f.getDate(), f.getStart(), f.getEnd(), "Europe/Berlin");
        e.locate(new Venue(
                f.getVenueName(), f.getVenueStreet(), f.getVenuePostcode(), f.getVenueCity(), f.getVenueRoom()));
        e.holdAs(f.getFormat());
        e.annotate(
                text(f.getCateringNoteDe(), null),
                text(f.getLivestreamNoteDe(), null),
                text(f.getRecordingNoticeDe(), null),
                text(f.getChangeReservationDe(), null));
        e.organisedBy(
                lines(f.getOrganizingGroup()), lines(f.getSupporters()), f.getContactEmail(), f.getContactPhone());
        ZoneId zone = e.zone();
        e.openRegistration(
                instant(f.getRegistrationOpens(), zone),
                instant(f.getRegistrationCloses(), zone),
                instant(f.getLivestreamCloses(), zone),
                f.getSeats());
        e.streamTo(
                f.getLivestreamSeats(),
                f.getLivestreamUrl() == null || f.getLivestreamUrl().isBlank()
                        ? null
                        : f.getLivestreamUrl().strip(),
                f.getLivestreamLinkLeadMinutes() == null ? 60 : f.getLivestreamLinkLeadMinutes());
        EventSeries series = null;
        if (f.getSeriesSlug() != null && !f.getSeriesSlug().isBlank()) {
            series = em.createNamedQuery("EventSeries.bySlug", EventSeries.class)
                    .setParameter("slug", f.getSeriesSlug())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new EventRuleException("seriesSlug", "fachtag.event.unknownSeries"));
        }
        e.partOf(series, f.getEdition());
        List<Funder> funders = new ArrayList<>();
        for (String key : f.getFunderKeys() == null ? List.<String>of() : f.getFunderKeys()) {
            funders.add(em.createNamedQuery("Funder.byKey", Funder.class)
                    .setParameter("key", key)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new EventRuleException("funderKeys", "fachtag.event.unknownFunder")));
        }
        e.fundedBy(funders);
    }

    public UUID addAgendaItem(String slug, long version, @NotNull @Valid AgendaItemForm f) {
        Event e = requireVersion(slug, version);
        AgendaItem item = e.addAgendaItem(
                f.getStart(),
                f.getEnd(),
                f.getKind(),
                text(f.getTitleDe(), f.getTitleEn()),
                text(f.getSubtitleDe(), null),
                text(f.getDescriptionDe(), null));
        em.flush();
        return item.getId();
    }

    public void changeAgendaItem(String slug, long version, @NotNull @Valid AgendaItemForm f) {
        Event e = requireVersion(slug, version);
        AgendaItem item = agendaItem(e, f.getId());
        e.changeAgendaItem(
                item,
                f.getStart(),
                f.getEnd(),
                f.getKind(),
                text(f.getTitleDe(), f.getTitleEn()),
                text(f.getSubtitleDe(), null),
                text(f.getDescriptionDe(), null));
        em.flush();
    }

    public void removeAgendaItem(String slug, long version, UUID itemId) {
        Event e = requireVersion(slug, version);
        e.removeAgendaItem(agendaItem(e, itemId));
        em.flush();
    }

    public void addContribution(
            String slug,
            long version,
            UUID agendaItemOrWorkshopId,
            String person,
            String organisation,
            String function,
            ContributionRole role,
            ContributionStatus status) {
        addContribution(slug, version, agendaItemOrWorkshopId, person, organisation, function, role, status, null);
    }

    /**
     * Adds a contribution already pointing at an actor of the tenant's directory by its key (blank:
     * none). A key the directory does not have, an archived actor's or another tenant's is refused
     * and nothing is added.
     */
    public void addContribution(
            String slug,
            long version,
            UUID agendaItemOrWorkshopId,
            String person,
            String organisation,
            String function,
            ContributionRole role,
            ContributionStatus status,
            String actorKey) {
        Event e = requireVersion(slug, version);
        String key = actorKey == null || actorKey.isBlank() ? null : actorKey.strip();
        if (key != null && actors.linkableName(key).isEmpty()) {
            throw new EventRuleException("actor", "fachtag.contribution.actorUnknown");
        }
        Optional<AgendaItem> item = e.getAgenda().stream()
                .filter(a -> a.getId().equals(agendaItemOrWorkshopId))
                .findFirst();
        Contribution c;
        if (item.isPresent()) {
            c = item.get().addContribution(person, organisation, function, role, status);
        } else {
            c = workshop(e, agendaItemOrWorkshopId).addContribution(person, organisation, function, role, status);
        }
        if (key != null) {
            c.linkActor(key);
        }
        em.flush();
    }

    public void removeContribution(String slug, long version, UUID contributionId) {
        Event e = requireVersion(slug, version);
        e.removeContribution(contribution(e, contributionId));
        em.flush();
    }

    /**
     * Points a contribution (an agenda item's speaker, a workshop lead, ...) at an actor of the
     * tenant's directory by its key, or at none (blank). The free-text name stays. A key the
     * directory does not have, an archived actor's or another tenant's is refused.
     */
    public void linkContributionActor(String slug, long version, UUID contributionId, String actorKey) {
        Event e = requireVersion(slug, version);
        Contribution c = contribution(e, contributionId);
        String key = actorKey == null || actorKey.isBlank() ? null : actorKey.strip();
        if (key != null && actors.linkableName(key).isEmpty()) {
            throw new EventRuleException("actor", "fachtag.contribution.actorUnknown");
        }
        c.linkActor(key);
        e.touch();
        em.flush();
    }

    /** Marks a contributor as confirmed, or as only asked ("angefragt"). */
    public void changeContributionStatus(String slug, long version, UUID contributionId, ContributionStatus status) {
        Event e = requireVersion(slug, version);
        contribution(e, contributionId).changeStatus(status);
        em.flush();
    }

    private static Contribution contribution(Event e, UUID id) {
        return e.contribution(id).orElseThrow(() -> new EventNotFoundException(String.valueOf(id)));
    }

    public UUID addWorkshop(String slug, long version, @NotNull @Valid WorkshopForm f) {
        Event e = requireVersion(slug, version);
        Workshop w = e.addWorkshop(f.getCode());
        describe(w, f);
        em.flush();
        return w.getId();
    }

    public void changeWorkshop(String slug, long version, @NotNull @Valid WorkshopForm f) {
        Event e = requireVersion(slug, version);
        Workshop w = workshop(e, f.getId());
        if (!java.util.Objects.equals(w.getCapacity(), f.getCapacity())) {
            seatLock.lock(e);
        }
        describe(w, f);
        em.flush();
    }

    public void removeWorkshop(String slug, long version, UUID workshopId) {
        Event e = requireVersion(slug, version);
        Workshop w = workshop(e, workshopId);
        seatLock.lock(e); // nobody chooses it between the count and the removal
        long chosen = em.createQuery(
                        "SELECT COUNT(r) FROM Registration r WHERE r.workshop = :w AND r.status <> "
                                + "de.fachtag.registration.RegistrationStatus.CANCELLED",
                        Long.class)
                .setParameter("w", w)
                .getSingleResult();
        if (chosen > 0) {
            // people chose it: move them to another workshop first
            throw new EventRuleException("workshop", "fachtag.workshop.hasRegistrations");
        }
        // cancelled registrations keep their figures, without the workshop that goes away
        em.createQuery("UPDATE Registration r SET r.workshop = NULL WHERE r.workshop = :w")
                .setParameter("w", w)
                .executeUpdate();
        e.removeWorkshop(w);
        em.flush();
    }

    private static void describe(Workshop w, WorkshopForm f) {
        w.describe(
                text(f.getTitleDe(), null),
                text(f.getSubtitleDe(), null),
                lines(f.getQuestionsDe()),
                List.of(),
                text(f.getDescriptionDe(), null),
                text(f.getAudienceDe(), null),
                f.getCapacity(),
                f.getRoom());
    }

    public void publish(String slug, long version) {
        requireVersion(slug, version).publish();
        em.flush();
    }

    public void unpublish(String slug, long version) {
        requireVersion(slug, version).unpublish();
        em.flush();
    }

    /** What copying an edition made: the new slug, how much it copied, and the texts renumbered. */
    public record CopiedEdition(
            String slug, int agendaItems, int workshops, int contributions, int funders, List<String> renumbered)
            implements java.io.Serializable {}

    /** Copies an event into a new draft of the next edition; returns the new slug. */
    public String nextEdition(String slug, String newSlug) {
        return copyEdition(slug, newSlug, false).slug();
    }

    /**
     * Copies an event into a new draft of the next edition, with {@code renumber} replacing the
     * edition number and year where they occur in the copied texts; says what it copied.
     */
    public CopiedEdition copyEdition(String slug, String newSlug, boolean renumber) {
        Event e = require(slug);
        if (newSlug == null || !newSlug.matches("[a-z0-9]+(-[a-z0-9]+)*") || newSlug.length() > 63) {
            throw new EventRuleException("newSlug", "fachtag.slug.invalid");
        }
        if (find(newSlug).isPresent()) {
            throw new EventRuleException("newSlug", "fachtag.event.slugTaken");
        }
        List<String> changed = new java.util.ArrayList<>();
        Event next = e.nextEdition(newSlug, renumber, changed);
        em.persist(next);
        em.flush();
        return new CopiedEdition(
                next.getSlug(),
                next.getAgenda().size(),
                next.getWorkshops().size(),
                next.getContributions().size(),
                next.getFunders().size(),
                List.copyOf(changed));
    }

    /** Agenda items that overlap, as pairs of titles, for the editor's warning. */
    public List<String[]> overlaps(String slug) {
        return require(slug).overlaps().stream()
                .map(pair -> new String[] {
                    pair[0].getTitle().getDe(), pair[1].getTitle().getDe()
                })
                .toList();
    }

    /** People the tenant already named in contributions, for the editor's autocomplete. */
    public List<String> people(String prefix) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.GERMAN);
        return em.createNamedQuery("Contribution.people", String.class)
                .setParameter("prefix", p.replace("%", "").replace("_", "") + "%")
                .setMaxResults(20)
                .getResultList();
    }

    Optional<Event> find(String slug) {
        return EventCatalog.bySlug(em, slug);
    }

    private Event require(String slug) {
        return find(slug).orElseThrow(() -> new EventNotFoundException(slug));
    }

    private Event requireVersion(String slug, long version) {
        Event e = require(slug);
        if (e.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        // The event's version guards the whole aggregate: a change of an agenda item or a
        // workshop bumps it too, so a second editor working from the old state is refused.
        em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return e;
    }

    private static AgendaItem agendaItem(Event e, UUID id) {
        return e.getAgenda().stream()
                .filter(a -> a.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new EventNotFoundException(String.valueOf(id)));
    }

    private static Workshop workshop(Event e, UUID id) {
        return e.getWorkshops().stream()
                .filter(w -> w.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new EventNotFoundException(String.valueOf(id)));
    }

    static LocalizedString text(String de, String en) {
        return de == null || de.isBlank() ? null : new LocalizedString(de.strip(), en == null ? null : en.strip());
    }

    private static String de(LocalizedString s) {
        return s == null ? null : s.getDe();
    }

    private static String en(LocalizedString s) {
        return s == null ? null : s.getEn();
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
