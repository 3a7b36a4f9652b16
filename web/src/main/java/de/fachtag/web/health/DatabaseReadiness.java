package de.fachtag.web.health;

import de.fachtag.platform.PlatformHealth;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers the application role. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @EJB
    PlatformHealth health;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database")
                .status(health.databaseReachable())
                .build();
    }
}
