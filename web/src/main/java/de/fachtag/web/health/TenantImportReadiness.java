package de.fachtag.web.health;

import de.fachtag.tenant.TenantImporter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once this deployment has imported the tenant files: before that, its pages would not
 * know the tenants. (Payara Micro may answer requests while the application is still starting.)
 */
@Readiness
@ApplicationScoped
public class TenantImportReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("tenants")
                .status(TenantImporter.imported())
                .build();
    }
}
