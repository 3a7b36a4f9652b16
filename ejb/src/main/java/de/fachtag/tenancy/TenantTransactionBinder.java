package de.fachtag.tenancy;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Binds the running JTA transaction to the current tenant, once per transaction.
 *
 * <p>EclipseLink gets the tenant as the entity manager's tenant property, so every query of a
 * {@code @Multitenant} entity carries {@code tenant_id = ?}; a query without it fails
 * (EclipseLink-6174). PostgreSQL gets it as the transaction-local setting
 * {@code app.tenant_id} on the very connection EclipseLink uses for this transaction
 * (unwrapping the connection makes EclipseLink pin it for the rest of the transaction), so
 * row level security applies to everything, native SQL included, and the setting vanishes
 * with the commit: a pooled connection never keeps it.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class TenantTransactionBinder {

    private static final String BOUND = TenantTransactionBinder.class.getName() + ".tenant";

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        var tenant = TenantContext.current();
        if (tenant.isEmpty() || transactions.getTransactionKey() == null) {
            // Fails closed further down: no tenant property, no app.tenant_id, no rows.
            return invocation.proceed();
        }
        Object bound = transactions.getResource(BOUND);
        if (bound == null) {
            bindTo(tenant.get());
            transactions.putResource(BOUND, tenant.get());
        } else if (!bound.equals(tenant.get())) {
            throw new IllegalStateException("Transaction serves tenant " + bound + ", not " + tenant.get());
        }
        return invocation.proceed();
    }

    private void bindTo(String tenantId) throws SQLException {
        em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenantId);
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenantId);
            set.execute();
        }
    }
}
