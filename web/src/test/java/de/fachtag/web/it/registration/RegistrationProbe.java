package de.fachtag.web.it.registration;

import de.fachtag.event.Event;
import de.fachtag.event.EventCatalog;
import de.fachtag.mail.OutboxMail;
import de.fachtag.registration.ConsentText;
import de.fachtag.registration.ConsentTexts;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.Registration;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what the registration tests check, as the current tenant. Test code only. */
@Stateless
@TenantScoped
public class RegistrationProbe {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @EJB
    ConsentTexts consents;

    private Event event(String slug) {
        return EventCatalog.bySlug(em, slug).orElseThrow();
    }

    public List<ParticipationMode> openModes(String slug) {
        return RegistrationService.openModes(event(slug), Instant.now());
    }

    public List<ConsentText> consentsOf(String slug) {
        return consents.forEvent(event(slug).getId());
    }

    public RegistrationStatus status(UUID id) {
        return em.find(Registration.class, id).getStatus();
    }

    public long count(String slug) {
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.event = :e", Long.class)
                .setParameter("e", event(slug))
                .getSingleResult();
    }

    public long confirmedIn(String slug, String workshopCode) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM Registration r WHERE r.event = :e AND r.workshop.code = :code AND r.status = "
                                + "de.fachtag.registration.RegistrationStatus.CONFIRMED",
                        Long.class)
                .setParameter("e", event(slug))
                .setParameter("code", workshopCode)
                .getSingleResult();
    }

    public List<String> mailKinds(UUID registrationId) {
        return em.createQuery("SELECT m FROM OutboxMail m ORDER BY m.createdAt", OutboxMail.class)
                .getResultStream()
                .filter(m -> registrationId.equals(m.getRegistrationId()))
                .map(m -> m.getKind().name())
                .toList();
    }

    public String labelOfVersion(String key, int version) {
        return consents.history().stream()
                .filter(t -> t.getKey().equals(key) && t.getVersion() == version && t.getEventId() == null)
                .findFirst()
                .orElseThrow()
                .getLabel()
                .getDe();
    }

    public Map<String, Integer> consentVersionsOf(UUID registrationId) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        em.find(Registration.class, registrationId)
                .currentConsents()
                .forEach((key, record) -> versions.put(key, record.getText().getVersion()));
        return versions;
    }

    public boolean refusesPhotos(UUID registrationId) {
        return em.find(Registration.class, registrationId).refusesRecordings();
    }

    public Instant cancelledAt(UUID id) {
        return em.find(Registration.class, id).getCancelledAt();
    }

    public String checkinCode(UUID id) {
        return em.find(Registration.class, id).getCheckinCode();
    }

    public Instant checkedInAt(UUID id) {
        return em.find(Registration.class, id).getCheckedInAt();
    }

    public String email(UUID id) {
        return em.find(Registration.class, id).getEmail();
    }

    /** The event's figures as the reports count them (registration_fact): made, confirmed, waitlisted, cancelled. */
    public Map<String, Long> figures(String slug) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT coalesce(sum(f.made), 0), coalesce(sum(f.confirmed), 0), coalesce(sum(f.waitlisted), 0),
                       coalesce(sum(f.cancelled), 0)
                  FROM registration_fact f JOIN event e ON e.tenant_id = f.tenant_id AND e.id = f.event_id
                 WHERE e.slug = ?1""")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, slug)
                .getSingleResult();
        Map<String, Long> figures = new LinkedHashMap<>();
        String[] names = {"made", "confirmed", "waitlisted", "cancelled"};
        for (int i = 0; i < names.length; i++) {
            figures.put(names[i], ((Number) row[i]).longValue());
        }
        return figures;
    }

    public long consentRecordCount(UUID registrationId) {
        return em.createQuery("SELECT COUNT(c) FROM ConsentRecord c WHERE c.registration.id = :id", Long.class)
                .setParameter("id", registrationId)
                .getSingleResult();
    }
}
