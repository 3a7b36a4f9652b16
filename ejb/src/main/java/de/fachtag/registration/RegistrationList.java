package de.fachtag.registration;

import de.fachtag.event.Event;
import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.Workshop;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The organizer's view of an event's registrations: filtered, sorted and paged for the table,
 * whole for the exports, lists and badges. Reads only; every change goes through
 * {@link RegistrationService}. An event of another tenant, like an unknown one, is
 * {@link EventNotFoundException}; erased (anonymized) registrations are not listed.
 */
@Stateless
@TenantScoped
public class RegistrationList {

    /** The columns the table sorts by, and what they sort on. */
    private static final Map<String, String> SORTS = Map.of(
            "position", "r.arrival",
            "name", "r.name",
            "organisation", "r.organisation",
            "sector", "r.sector",
            "mode", "r.mode",
            "workshop", "w.code",
            "status", "r.status",
            "checkedInAt", "r.checkedInAt",
            "registeredAt", "r.registeredAt");

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    /** One page of the table. */
    public List<RegistrationRow> page(
            String eventSlug, RegistrationFilter filter, int first, int size, String sortField, boolean descending) {
        Event event = event(eventSlug);
        String order = SORTS.getOrDefault(sortField == null ? "position" : sortField, "r.arrival");
        String direction = descending ? " DESC" : " ASC";
        TypedQuery<Registration> query = query(
                event,
                filter,
                "SELECT r",
                Registration.class,
                " ORDER BY " + order + direction + (order.equals("r.arrival") ? "" : ", r.arrival ASC"));
        query.setFirstResult(Math.max(0, first));
        query.setMaxResults(Math.max(1, Math.min(size, 500)));
        return rows(event, query.getResultList());
    }

    /** How many registrations the filter leaves. */
    public long count(String eventSlug, RegistrationFilter filter) {
        Event event = event(eventSlug);
        return query(event, filter, "SELECT COUNT(r)", Long.class, "").getSingleResult();
    }

    /** Every registration the filter leaves, in arrival order (exports, lists, badges). */
    public List<RegistrationRow> all(String eventSlug, RegistrationFilter filter) {
        Event event = event(eventSlug);
        return rows(
                event,
                query(event, filter, "SELECT r", Registration.class, " ORDER BY r.arrival ASC")
                        .getResultList());
    }

    /** One registration of this event; another event's or another tenant's is not found. */
    public RegistrationRow row(String eventSlug, UUID id) {
        Event event = event(eventSlug);
        Registration r = id == null ? null : em.find(Registration.class, id);
        if (r == null || r.isAnonymized() || !r.getEvent().getId().equals(event.getId())) {
            throw new RegistrationNotFoundException();
        }
        return rows(event, List.of(r)).get(0);
    }

    /** The form the organizer corrects a registration with, filled with what is stored. */
    public RegistrationForm form(String eventSlug, UUID id) {
        RegistrationRow row = row(eventSlug, id);
        RegistrationForm f = new RegistrationForm();
        f.setName(row.name());
        f.setEmail(row.email());
        f.setOrganisation(row.organisation());
        f.setSector(row.sector());
        f.setMode(row.mode());
        f.setWorkshop(row.workshop());
        f.setAccessibilityNeeds(row.accessibilityNeeds());
        f.setDietaryNote(row.dietaryNote());
        f.setLanguage(row.language());
        return f;
    }

    private Event event(String slug) {
        return EventCatalog.bySlug(em, slug).orElseThrow(() -> new EventNotFoundException(slug));
    }

    private <T> TypedQuery<T> query(Event event, RegistrationFilter f, String select, Class<T> type, String order) {
        RegistrationFilter filter = f == null ? RegistrationFilter.all() : f;
        StringBuilder jpql = new StringBuilder(select)
                .append(
                        " FROM Registration r LEFT JOIN r.workshop w WHERE r.event = :event AND r.anonymizedAt IS NULL");
        Map<String, Object> params = new HashMap<>();
        params.put("event", event);
        if (filter.getStatus() != null) {
            jpql.append(" AND r.status = :status");
            params.put("status", filter.getStatus());
        }
        if (filter.getMode() != null) {
            jpql.append(" AND r.mode = :mode");
            params.put("mode", filter.getMode());
        }
        if (filter.getWorkshop() != null && !filter.getWorkshop().isBlank()) {
            jpql.append(" AND UPPER(w.code) = :workshop");
            params.put("workshop", filter.getWorkshop().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.getSector() != null) {
            jpql.append(" AND r.sector = :sector");
            params.put("sector", filter.getSector());
        }
        if (filter.getPhoto() != null) {
            // granted: a decision about recordings exists, and no current (latest per key) one refuses
            String granted =
                    "(EXISTS (SELECT c FROM ConsentRecord c WHERE c.registration = r AND c.text.purpose IN :recordings)"
                            + " AND NOT EXISTS (SELECT c1 FROM ConsentRecord c1 WHERE c1.registration = r"
                            + " AND c1.text.purpose IN :recordings AND c1.granted = FALSE"
                            + " AND NOT EXISTS (SELECT c2 FROM ConsentRecord c2 WHERE c2.registration = r"
                            + " AND c2.text.key = c1.text.key AND c2.recordedAt > c1.recordedAt)))";
            jpql.append(filter.getPhoto() ? " AND " + granted : " AND NOT " + granted);
            params.put("recordings", List.of(ConsentPurpose.PHOTO, ConsentPurpose.VIDEO));
        }
        if (filter.getSearch() != null && !filter.getSearch().isBlank()) {
            jpql.append(" AND (LOWER(r.name) LIKE :q ESCAPE '\\' OR LOWER(r.email) LIKE :q ESCAPE '\\'"
                    + " OR LOWER(r.organisation) LIKE :q ESCAPE '\\')");
            params.put("q", "%" + likeEscaped(filter.getSearch().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        jpql.append(order);
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        params.forEach(query::setParameter);
        return query;
    }

    private static String likeEscaped(String text) {
        String limited = text.length() > 200 ? text.substring(0, 200) : text;
        return limited.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The rows with their arrival order and waiting place, both counted over the whole event
     * (whatever the filter) the way {@link RegistrationService} counts the queue.
     */
    private List<RegistrationRow> rows(Event event, List<Registration> registrations) {
        List<Object[]> queue = em.createQuery(
                        "SELECT r.id, r.status, r.mode, w FROM Registration r LEFT JOIN r.workshop w"
                                + " WHERE r.event = :event ORDER BY r.arrival",
                        Object[].class)
                .setParameter("event", event)
                .getResultList();
        Map<UUID, Long> position = new HashMap<>();
        Map<UUID, Integer> waiting = new HashMap<>();
        List<Object[]> waitingBefore = new ArrayList<>();
        long n = 0;
        for (Object[] q : queue) {
            UUID id = (UUID) q[0];
            position.put(id, ++n);
            if (q[1] == RegistrationStatus.WAITLISTED) {
                int ahead = 0;
                for (Object[] before : waitingBefore) {
                    boolean sameMode = before[2] == q[2];
                    // the workshop entities of one persistence context: the same workshop is the same object
                    boolean sameQueue = q[3] == null
                            || before[3] == null
                            || Objects.equals(((Workshop) before[3]).getId(), ((Workshop) q[3]).getId());
                    if (sameMode && sameQueue) {
                        ahead++;
                    }
                }
                waiting.put(id, ahead + 1);
                waitingBefore.add(q);
            }
        }
        List<RegistrationRow> rows = new ArrayList<>(registrations.size());
        for (Registration r : registrations) {
            Workshop w = r.getWorkshop();
            rows.add(new RegistrationRow(
                    r.getId(),
                    position.getOrDefault(r.getId(), 0L),
                    r.getName(),
                    r.getEmail(),
                    r.getOrganisation(),
                    r.getSector(),
                    r.getMode(),
                    w == null ? null : w.getCode(),
                    w == null ? null : w.getTitle(),
                    r.getStatus(),
                    r.getStatus() == RegistrationStatus.WAITLISTED ? waiting.get(r.getId()) : null,
                    r.refusesRecordings(),
                    r.getCheckedInAt(),
                    r.getCheckinCode(),
                    r.getAccessibilityNeeds(),
                    r.getDietaryNote(),
                    r.getLanguage(),
                    r.getChannel(),
                    r.getRegisteredAt()));
        }
        return rows;
    }
}
