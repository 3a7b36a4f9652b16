package de.fachtag.identity;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Checks a typed e-mail address and password. Staff sign in before any tenant is known, so the
 * account lookup is the one read that crosses tenants: it sets {@code app.login_email} for its
 * transaction, and the {@code sign_in} policy lets exactly the accounts with that address
 * through, nothing else.
 */
@Stateless
public class SignInService {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/fachtag")
    DataSource dataSource;

    private final PasswordHasher hasher = new PasswordHasher();
    private final StaffRolesConverter roles = new StaffRolesConverter();

    public Optional<SignedIn> signIn(String email, String password) {
        String address = StaffAccount.normalize(email);
        if (address == null || address.isEmpty() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        var operator = em.createNamedQuery("PlatformOperator.byEmail", PlatformOperator.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst();
        if (operator.isPresent()) {
            if (!hasher.verify(password, operator.get().getPasswordHash())) {
                return Optional.empty();
            }
            operator.get().signedIn(Instant.now());
            return Optional.of(
                    new SignedIn(address, operator.get().getDisplayName(), null, EnumSet.of(StaffRole.PLATFORM_ADMIN)));
        }
        try (Connection connection = dataSource.getConnection()) {
            List<Candidate> candidates = candidates(connection, address);
            SignedIn match = null;
            for (Candidate candidate : candidates) {
                if (candidate.active && hasher.verify(password, candidate.passwordHash)) {
                    if (match != null) {
                        return Optional.empty(); // ambiguous: never guess a tenant
                    }
                    match = new SignedIn(
                            address,
                            candidate.displayName,
                            candidate.tenantId,
                            roles.convertToEntityAttribute(candidate.roles));
                    recordSignIn(connection, candidate);
                }
            }
            if (candidates.isEmpty()) {
                hasher.verify(password, null); // same cost as a real check
            }
            return Optional.ofNullable(match);
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in lookup failed", e);
        }
    }

    /** Whether an address is already used by any account on the platform. */
    public boolean addressInUse(String email) {
        String address = StaffAccount.normalize(email);
        boolean operator = !em.createNamedQuery("PlatformOperator.byEmail", PlatformOperator.class)
                .setParameter("email", address)
                .getResultList()
                .isEmpty();
        if (operator) {
            return true;
        }
        try (Connection connection = dataSource.getConnection()) {
            return !candidates(connection, address).isEmpty();
        } catch (SQLException e) {
            throw new IllegalStateException("Address lookup failed", e);
        }
    }

    private static List<Candidate> candidates(Connection connection, String address) throws SQLException {
        try (PreparedStatement scope = connection.prepareStatement("SELECT set_config('app.login_email', ?, true)")) {
            scope.setString(1, address);
            scope.execute();
        }
        List<Candidate> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT tenant_id, id, display_name, password_hash, roles, active FROM staff_account WHERE email = ?")) {
            query.setString(1, address);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(new Candidate(
                            rs.getString(1),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getBoolean(6)));
                }
            }
        }
        try (PreparedStatement unscope =
                connection.prepareStatement("SELECT set_config('app.login_email', '', true)")) {
            unscope.execute();
        }
        return found;
    }

    private static void recordSignIn(Connection connection, Candidate candidate) throws SQLException {
        try (PreparedStatement scope = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            scope.setString(1, candidate.tenantId);
            scope.execute();
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE staff_account SET last_login_at = now() WHERE id = ?")) {
            update.setObject(1, candidate.id);
            update.executeUpdate();
        }
        try (PreparedStatement unscope = connection.prepareStatement("SELECT set_config('app.tenant_id', '', true)")) {
            unscope.execute();
        }
    }

    private record Candidate(
            String tenantId, UUID id, String displayName, String passwordHash, String roles, boolean active) {}
}
