package de.fachtag.web.it.results;

import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Deployed with the in-container tests only: writes what no page can write, a series
 * documentation whose recommendation refers to a recommendation of another documentation (a
 * reference the page of this documentation could only link into nothing), so that the test sees
 * the publication refused with the place named. Native SQL under the tenant's row level security.
 */
@Stateless
@TenantScoped
public class PublishingProbe {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    /** Two series with one recommendation each, the first referring to the second's; idempotent. */
    public void danglingSeries(String series, String otherSeries) {
        String tenant = TenantContext.require();
        if (((Number) query("SELECT count(*) FROM event_series WHERE tenant_id = ?1 AND slug = ?2", tenant, series)
                                .getSingleResult())
                        .intValue()
                > 0) {
            return;
        }
        UUID s1 = UUID.randomUUID();
        UUID s2 = UUID.randomUUID();
        UUID d1 = UUID.randomUUID();
        UUID d2 = UUID.randomUUID();
        UUID r1 = UUID.randomUUID();
        UUID r2 = UUID.randomUUID();
        update(
                "INSERT INTO event_series (tenant_id, id, slug, title_de, position) VALUES (?1, ?2, ?3, 'Reihe mit Verweis ins Leere', 90)",
                tenant,
                s1,
                series);
        update(
                "INSERT INTO event_series (tenant_id, id, slug, title_de, position) VALUES (?1, ?2, ?3, 'Andere Reihe', 91)",
                tenant,
                s2,
                otherSeries);
        update(
                "INSERT INTO recommendation_document (tenant_id, id, series_id, prefix, next_number) VALUES (?1, ?2, ?3, 'HE-IT-V', 2)",
                tenant,
                d1,
                s1);
        update(
                "INSERT INTO recommendation_document (tenant_id, id, series_id, prefix, next_number) VALUES (?1, ?2, ?3, 'HE-IT-A', 2)",
                tenant,
                d2,
                s2);
        update(
                "INSERT INTO recommendation (tenant_id, id, document_id, number, position, title_de, text_de)"
                        + " VALUES (?1, ?2, ?3, 1, 0, 'Verweist in eine andere Dokumentation', 'Text')",
                tenant,
                r1,
                d1);
        update(
                "INSERT INTO recommendation (tenant_id, id, document_id, number, position, title_de, text_de)"
                        + " VALUES (?1, ?2, ?3, 1, 0, 'Steht woanders', 'Text')",
                tenant,
                r2,
                d2);
        update(
                "INSERT INTO recommendation_reference (tenant_id, id, from_id, to_id, kind) VALUES (?1, ?2, ?3, ?4, 'SEE')",
                tenant,
                UUID.randomUUID(),
                r1,
                r2);
    }

    private jakarta.persistence.Query query(String sql, Object... parameters) {
        jakarta.persistence.Query q =
                em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q;
    }

    private void update(String sql, Object... parameters) {
        query(sql, parameters).executeUpdate();
    }
}
