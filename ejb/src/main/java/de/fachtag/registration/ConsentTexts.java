package de.fachtag.registration;

import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenantconfig.ConsentDefinition;
import de.fachtag.tenantconfig.LocalizedText;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The tenant's consent texts and their versions. The texts that apply to an event are the
 * latest version of each key, the event's own version of a key replacing the tenant's.
 */
@Stateless
@TenantScoped
public class ConsentTexts {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    /** The texts a registration for this event shows, in order. */
    public List<ConsentText> forEvent(UUID eventId) {
        // the tenant's and the event's versions in one query (a registration reads them each time)
        List<ConsentText> both = eventId == null
                ? em.createQuery("SELECT c FROM ConsentText c WHERE c.eventId IS NULL", ConsentText.class)
                        .getResultList()
                : em.createQuery(
                                "SELECT c FROM ConsentText c WHERE c.eventId IS NULL OR c.eventId = :event",
                                ConsentText.class)
                        .setParameter("event", eventId.toString())
                        .getResultList();
        Map<String, ConsentText> merged = newest(both.stream().filter(c -> c.getEventId() == null), null);
        merged.putAll(newest(both.stream().filter(c -> c.getEventId() != null), eventId));
        return merged.values().stream()
                .filter(t -> !t.isRetired())
                .sorted(Comparator.comparingInt(ConsentText::getPosition).thenComparing(ConsentText::getKey))
                .toList();
    }

    /** Every version, the tenant's and all events', for the admin's history. */
    public List<ConsentText> history() {
        return em.createNamedQuery("ConsentText.all", ConsentText.class).getResultList();
    }

    /**
     * Sets the wording of a key (tenant-wide when {@code eventId} is null). Unchanged wording
     * keeps the current version; changed wording adds the next version, leaving the used one as
     * it was.
     *
     * @return the version now current
     */
    public ConsentText define(
            UUID eventId,
            String key,
            ConsentKind kind,
            ConsentPurpose purpose,
            LocalizedString label,
            LocalizedString text,
            int position) {
        if (label == null || label.getDe() == null || label.getDe().isBlank()) {
            throw new ConsentRuleException("label", "fachtag.required");
        }
        Optional<ConsentText> current = Optional.ofNullable(latest(eventId).get(key));
        if (current.isPresent() && !current.get().isRetired() && current.get().says(kind, purpose, label, text)) {
            current.get().moveTo(position);
            return current.get();
        }
        int version = current.map(c -> c.getVersion() + 1).orElse(1);
        var next = new ConsentText(eventId, key, version, kind, purpose, label, text, position);
        em.persist(next);
        return next;
    }

    /**
     * Applies the consent texts of a tenant file (event null) or an event file: each key gets a
     * new version only if its wording changed; for the tenant, keys the file no longer lists are
     * retired (their versions and records stay).
     */
    public void importDefinitions(UUID eventId, List<ConsentDefinition> definitions) {
        int position = 0;
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (ConsentDefinition d : definitions) {
            listed.add(d.getKey());
            define(
                    eventId,
                    d.getKey(),
                    ConsentKind.valueOf(d.getKind()),
                    ConsentPurpose.valueOf(d.getPurpose()),
                    localized(d.getLabel()),
                    localized(d.getText()),
                    position++);
        }
        if (eventId == null) {
            latest(null).values().stream()
                    .filter(t -> !listed.contains(t.getKey()))
                    .forEach(ConsentText::retire);
        }
    }

    private static LocalizedString localized(LocalizedText text) {
        return text == null || text.getDe() == null ? null : new LocalizedString(text.getDe(), text.getEn());
    }

    /** Stops showing a key on forms; its versions and the records that name them stay. */
    public void retire(UUID eventId, String key) {
        Optional.ofNullable(latest(eventId).get(key)).ifPresent(ConsentText::retire);
    }

    private Map<String, ConsentText> latest(UUID eventId) {
        var query = eventId == null
                ? em.createQuery("SELECT c FROM ConsentText c WHERE c.eventId IS NULL", ConsentText.class)
                : em.createQuery("SELECT c FROM ConsentText c WHERE c.eventId = :event", ConsentText.class)
                        .setParameter("event", eventId.toString());
        return newest(query.getResultStream(), eventId);
    }

    /** Of each key's versions that belong to {@code eventId} (null: the tenant's), the newest. */
    private static Map<String, ConsentText> newest(java.util.stream.Stream<ConsentText> versions, UUID eventId) {
        return versions.filter(c -> Objects.equals(c.getEventId(), eventId))
                .collect(Collectors.toMap(
                        ConsentText::getKey,
                        c -> c,
                        (a, b) -> a.getVersion() >= b.getVersion() ? a : b,
                        LinkedHashMap::new));
    }
}
