package de.fachtag.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant the current thread works for.
 *
 * <p>Bound for the duration of a call and always unbound afterwards, so a pooled thread never
 * carries a tenant into the next request. Nested binding to a different tenant is refused:
 * one unit of work serves one tenant.
 */
public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static String require() {
        return current().orElseThrow(() -> new NoTenantException("No tenant bound to this thread"));
    }

    public static <T> T callAs(String tenantId, Callable<T> work) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("tenantId");
        }
        String previous = CURRENT.get();
        if (previous != null && !previous.equals(tenantId)) {
            throw new IllegalStateException("Thread already works for tenant " + previous + ", not " + tenantId);
        }
        CURRENT.set(tenantId);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            }
        }
    }

    public static void runAs(String tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
