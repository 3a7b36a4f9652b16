package de.fachtag.web.it.registrations;

import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.config.QueryHints;

/**
 * Test only: the access_token rows of the current tenant as the database holds them, and a way
 * to let a token expire without waiting a year.
 */
@Stateless
@TenantScoped
public class TokenRows {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    /** Every column of the token's row, as text. */
    public List<String> row(UUID id) {
        Object[] r =
                (Object[]) em.createNativeQuery("SELECT id::text, staff_id::text, label, token_hash, created_at::text,"
                                + " expires_at::text, coalesce(revoked_at::text, ''), coalesce(last_used_at::text, '')"
                                + " FROM access_token WHERE id = ?1")
                        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .setParameter(1, id)
                        .getSingleResult();
        return java.util.Arrays.stream(r).map(String::valueOf).toList();
    }

    /** The token ran out a minute ago. */
    public void expire(UUID id) {
        em.createNativeQuery("UPDATE access_token SET created_at = now() - interval '2 days',"
                        + " expires_at = now() - interval '1 minute' WHERE id = ?1")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, id)
                .executeUpdate();
    }
}
