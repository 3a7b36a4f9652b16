package de.fachtag.web.it.registration;

import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.config.QueryHints;

/**
 * Test only: reads the registration tables of one event with plain SQL, as the database holds
 * them after the services' transactions committed (row level security still limits it to the
 * tenant the test binds).
 */
@Stateless
@TenantScoped
public class RegistrationRows {

    /** One registration row, personal columns included (tokenHash: one of its private links, if any), in arrival order. */
    public record Row(
            UUID id,
            long arrival,
            String status,
            String mode,
            String workshop,
            String sector,
            boolean checkedIn,
            String name,
            String email,
            String emailKey,
            String organisation,
            String accessibilityNeeds,
            String dietaryNote,
            String tokenHash,
            String checkinCode,
            boolean anonymized,
            String updatedAt,
            long consentRecords) {

        public boolean holdsPersonalData() {
            return name != null
                    || email != null
                    || emailKey != null
                    || organisation != null
                    || accessibilityNeeds != null
                    || dietaryNote != null
                    || tokenHash != null
                    || checkinCode != null;
        }
    }

    /** One outbox mail of the event. */
    public record Mail(UUID registration, String kind, String recipient) {}

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    public List<Row> rows(String eventSlug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.id, r.arrival, r.status, r.mode, w.code, r.sector, r.checked_in_at IS NOT NULL,
                       r.name, r.email, r.email_key, r.organisation, r.accessibility_needs, r.dietary_note,
                       (SELECT min(l.token_hash) FROM registration_link l
                         WHERE l.tenant_id = r.tenant_id AND l.registration_id = r.id), r.checkin_code, r.anonymized_at IS NOT NULL, r.updated_at::text,
                       (SELECT count(*) FROM consent_record c WHERE c.tenant_id = r.tenant_id AND c.registration_id = r.id)
                FROM registration r
                JOIN event e ON e.tenant_id = r.tenant_id AND e.id = r.event_id
                LEFT JOIN workshop w ON w.tenant_id = r.tenant_id AND w.id = r.workshop_id
                WHERE e.slug = ?1
                ORDER BY r.arrival""")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, eventSlug)
                .getResultList();
        return rows.stream()
                .map(c -> new Row(
                        uuid(c[0]),
                        ((Number) c[1]).longValue(),
                        (String) c[2],
                        (String) c[3],
                        (String) c[4],
                        (String) c[5],
                        (Boolean) c[6],
                        (String) c[7],
                        (String) c[8],
                        (String) c[9],
                        (String) c[10],
                        (String) c[11],
                        (String) c[12],
                        (String) c[13],
                        (String) c[14],
                        (Boolean) c[15],
                        (String) c[16],
                        ((Number) c[17]).longValue()))
                .toList();
    }

    public List<Mail> mails(String eventSlug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.registration_id, m.kind, m.recipient
                FROM outbox_mail m
                JOIN registration r ON r.tenant_id = m.tenant_id AND r.id = m.registration_id
                JOIN event e ON e.tenant_id = r.tenant_id AND e.id = r.event_id
                WHERE e.slug = ?1
                ORDER BY m.created_at""")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, eventSlug)
                .getResultList();
        return rows.stream()
                .map(c -> new Mail(uuid(c[0]), (String) c[1], (String) c[2]))
                .toList();
    }

    /** The current tenant's retention period in days. */
    public int retentionDays() {
        return ((Number) em.createNativeQuery("SELECT retention_days FROM tenant_profile")
                        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .getSingleResult())
                .intValue();
    }

    public UUID eventId(String eventSlug) {
        return uuid(em.createNativeQuery("SELECT id FROM event WHERE slug = ?1")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, eventSlug)
                .getSingleResult());
    }

    /** Moves an event's date (and with it its end) into the past or future, as time passing would. */
    public void redate(String eventSlug, java.time.LocalDate date) {
        em.createNativeQuery("UPDATE event SET date = ?1 WHERE slug = ?2")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, date)
                .setParameter(2, eventSlug)
                .executeUpdate();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(Objects.toString(value));
    }
}
