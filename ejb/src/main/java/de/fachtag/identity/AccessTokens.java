package de.fachtag.identity;

import de.fachtag.registration.Tokens;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.RejectedInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal access tokens of the current tenant's staff: made with a label and a lifetime,
 * shown once ({@link Issued}), listed without the secret, revoked, and checked by the API. A
 * token names its tenant ({@code sms-sachsen.…}) so that the API can bind the tenant before it
 * looks the hash up, under that tenant's row level security.
 */
@Stateless
@TenantScoped
public class AccessTokens {

    /** The longest lifetime a token may have. */
    public static final int MAX_DAYS = 365;

    /** A token just made: the only moment its secret is known. */
    public record Issued(UUID id, String token, Instant expiresAt) {}

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Clock clock;

    /** A new token for the account with this e-mail address; {@code days} between 1 and {@link #MAX_DAYS}. */
    public Issued create(String staffEmail, String label, int days) {
        String text = label == null ? "" : label.strip();
        if (text.isEmpty() || text.length() > 100) {
            throw new RejectedInputException(Map.of("label", "fachtag.token.label"));
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new RejectedInputException(Map.of("days", "fachtag.token.days"));
        }
        StaffAccount account = staff(staffEmail);
        String tenant = de.fachtag.tenancy.TenantContext.require();
        String token = Tokens.newToken(tenant);
        Instant now = clock.instant();
        AccessToken t =
                new AccessToken(account.getId(), text, Tokens.hash(token), now, now.plus(days, ChronoUnit.DAYS));
        em.persist(t);
        return new Issued(t.getId(), token, t.getExpiresAt());
    }

    /** The account's tokens, newest first, without their secrets. */
    public List<AccessToken> of(String staffEmail) {
        return em.createNamedQuery("AccessToken.ofStaff", AccessToken.class)
                .setParameter("staff", staff(staffEmail).getId())
                .getResultList();
    }

    /** Revokes one of the account's own tokens; another's or an unknown id changes nothing. */
    public boolean revoke(String staffEmail, UUID id) {
        AccessToken t = id == null ? null : em.find(AccessToken.class, id);
        if (t == null || !t.getStaffId().equals(staff(staffEmail).getId())) {
            return false;
        }
        t.revoke(clock.instant());
        return true;
    }

    /**
     * The account a token stands for, if it is valid now and the account still holds
     * {@code role}; records the use. Anything else (unknown, revoked, expired, malformed) is empty.
     */
    public Optional<StaffMember> authenticate(String token, String role) {
        if (token == null || Tokens.tenantOf(token).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccessToken> found = em.createNamedQuery("AccessToken.byHash", AccessToken.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream()
                .findFirst()
                .filter(t -> t.validAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffAccount account = em.find(StaffAccount.class, found.get().getStaffId());
        if (account == null
                || !account.isActive()
                || account.getRoles().stream().noneMatch(r -> r.name().equals(role))) {
            return Optional.empty();
        }
        found.get().usedAt(now);
        return Optional.of(StaffMember.of(account, null));
    }

    private StaffAccount staff(String email) {
        return em.createNamedQuery("StaffAccount.byEmail", StaffAccount.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no staff account " + email + " in this tenant"));
    }
}
