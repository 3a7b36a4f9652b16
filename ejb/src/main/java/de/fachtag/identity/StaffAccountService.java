package de.fachtag.identity;

import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.tenant.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant admin manages the tenant's staff: adds accounts, grants roles, deactivates. A new
 * account gets a one-time link (valid 7 days) to set its password; the link's token is random
 * (256 bits) and only its SHA-256 is stored.
 */
@Stateless
@TenantScoped
public class StaffAccountService {

    /** How long a password link is valid, in days. */
    public static final int LINK_DAYS = 7;

    private static final Duration LINK_VALIDITY = Duration.ofDays(LINK_DAYS);
    /** A password link is mailed to one address at most once in this time. */
    public static final Duration LINK_REQUEST_INTERVAL = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @EJB
    SignInService signIn;

    @EJB
    SignInThrottle throttle;

    @EJB
    de.fachtag.mail.Outbox outbox;

    private final PasswordHasher hasher = new PasswordHasher();

    public List<StaffMember> list() {
        Instant now = Instant.now();
        return em.createNamedQuery("StaffAccount.all", StaffAccount.class)
                .getResultStream()
                .map(a -> StaffMember.of(
                        a, throttle.lockedUntil(a.getEmail(), now).orElse(null)))
                .toList();
    }

    public Optional<StaffMember> find(UUID id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id))
                .map(a -> StaffMember.of(
                        a, throttle.lockedUntil(a.getEmail(), Instant.now()).orElse(null)));
    }

    /**
     * Lifts a sign-in lock of one of the tenant's accounts ({@link SignInThrottle}); {@code by} is
     * the admin who did it, for the security log. Another tenant's account is not found.
     */
    public boolean unlock(UUID id, String by) {
        StaffAccount account = account(id);
        return throttle.lift(account.getEmail(), by + " (" + TenantContext.require() + ")");
    }

    /** Adds an account and returns the one-time token for its password link. */
    public String add(String email, String displayName, Set<StaffRole> roles) {
        String address = StaffAccount.normalize(email);
        if (address == null || !address.matches("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[a-z]{2,}")) {
            throw new RejectedInputException(Map.of("email", "fachtag.email.invalid"));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new RejectedInputException(Map.of("displayName", "fachtag.required"));
        }
        checkRoles(roles);
        if (signIn.addressInUse(address)) {
            throw new RejectedInputException(Map.of("email", "fachtag.staff.email.taken"));
        }
        StaffAccount account = new StaffAccount(address, displayName.strip(), roles);
        String token = newToken();
        account.issuePasswordToken(hash(token), Instant.now().plus(LINK_VALIDITY));
        em.persist(account);
        return token;
    }

    public void changeRoles(UUID id, Set<StaffRole> roles) {
        checkRoles(roles);
        account(id).grant(roles);
    }

    /** The roles a tenant admin of the current tenant may grant ({@link StaffRole#assignableIn}). */
    public Set<StaffRole> assignableRoles() {
        return StaffRole.assignableIn(
                em.find(Tenant.class, TenantContext.require()).getKind());
    }

    /** At least one role, and only roles that fit the tenant's kind. */
    private void checkRoles(Set<StaffRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RejectedInputException(Map.of("roles", "fachtag.staff.roles.required"));
        }
        if (!assignableRoles().containsAll(roles)) {
            throw new RejectedInputException(Map.of("roles", "fachtag.staff.roles.unfit"));
        }
    }

    public void deactivate(UUID id) {
        account(id).deactivate();
    }

    public void activate(UUID id) {
        account(id).activate();
    }

    /** A new one-time link for an account, e.g. when its holder forgot the password. */
    public String issuePasswordLink(UUID id) {
        String token = newToken();
        account(id).issuePasswordToken(hash(token), Instant.now().plus(LINK_VALIDITY));
        return token;
    }

    /** Sets the password through a one-time link; the link is spent either way it succeeds. */
    public boolean setPassword(String token, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw new RejectedInputException(Map.of("password", "fachtag.password.weak"));
        }
        String tokenHash = hash(token);
        Instant now = Instant.now();
        for (StaffAccount account :
                em.createNamedQuery("StaffAccount.all", StaffAccount.class).getResultList()) {
            if (account.acceptsPasswordToken(tokenHash, now)) {
                account.changePassword(hasher.hash(password));
                return true;
            }
        }
        return false;
    }

    private StaffAccount account(UUID id) {
        StaffAccount account = id == null ? null : em.find(StaffAccount.class, id);
        if (account == null) {
            throw new jakarta.persistence.EntityNotFoundException("No staff account " + id);
        }
        return account;
    }

    /** A new random token for a password link (256 bits, URL-safe); only its hash is ever stored. */
    public static String newPasswordToken() {
        return newToken();
    }

    /**
     * Stores the hash of a password link's token for the account with this address, as the mail
     * that carries the link is sent; the link is valid for {@link #LINK_DAYS} days and replaces an
     * earlier one. Nothing happens when the account is gone or inactive by now.
     */
    public void storePasswordToken(String email, String token) {
        byEmail(email)
                .filter(StaffAccount::isActive)
                .ifPresent(a -> a.issuePasswordToken(hash(token), Instant.now().plus(LINK_VALIDITY)));
    }

    /**
     * Mails a link to set the password to the active account with this address, if there is one,
     * at most once per {@link #LINK_REQUEST_INTERVAL} per address (counted in the outbox, under a
     * lock per address, so on every instance alike). Says nothing either way: the page answers
     * the same whether the address has an account or not. The link itself is made when the mail
     * is sent ({@code OutboxDelivery}); neither the outbox nor a log ever holds its token.
     */
    public void requestPasswordLink(String email) {
        String address = StaffAccount.normalize(email);
        if (address == null || address.length() > 254) {
            return;
        }
        Optional<StaffAccount> account = byEmail(address).filter(StaffAccount::isActive);
        if (account.isEmpty()) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))::text")
                .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, "staff-link:" + TenantContext.require() + ":" + address)
                .getSingleResult();
        if (outbox.staffLinkMailsSince(address, Instant.now().minus(LINK_REQUEST_INTERVAL)) == 0) {
            outbox.staffPasswordLink(address, LINK_DAYS);
        }
    }

    /**
     * The first admin named in a tenant file, outside demo mode: an account without a password
     * that never had a link mailed gets one (through the outbox, like every request after it).
     *
     * @return whether a link mail was queued now
     */
    public boolean mailFirstPasswordLink(String email) {
        String address = StaffAccount.normalize(email);
        Optional<StaffAccount> account = byEmail(address).filter(a -> a.isActive() && a.getPasswordHash() == null);
        if (account.isEmpty() || outbox.staffLinkMailsSince(address, Instant.EPOCH) > 0) {
            return false;
        }
        outbox.staffPasswordLink(address, LINK_DAYS);
        return true;
    }

    private Optional<StaffAccount> byEmail(String email) {
        return em.createNamedQuery("StaffAccount.byEmail", StaffAccount.class)
                .setParameter("email", StaffAccount.normalize(email))
                .getResultStream()
                .findFirst();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(String.valueOf(token).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
