package de.fachtag.web.health;

import de.fachtag.platform.JsonP;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} and {@code /health/live} in the MicroProfile Health format.
 *
 * <p>The application runs at the context root {@code /}, which on Payara Micro shadows the
 * runtime's own {@code /health} endpoint; this servlet runs the same {@link HealthCheck} beans
 * so the contract holds on Micro and on Payara Server alike.
 */
@WebServlet("/health/*")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Readiness
    @Any
    Instance<HealthCheck> readiness;

    @Inject
    @Liveness
    @Any
    Instance<HealthCheck> liveness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String which = request.getPathInfo() == null ? "/" : request.getPathInfo();
        List<HealthCheck> checks = new ArrayList<>();
        switch (which) {
            case "/ready" -> readiness.forEach(checks::add);
            case "/live" -> liveness.forEach(checks::add);
            case "/", "" -> {
                readiness.forEach(checks::add);
                liveness.forEach(checks::add);
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        boolean up = true;
        JsonArrayBuilder results = JsonP.createArrayBuilder();
        for (HealthCheck check : checks) {
            HealthCheckResponse result;
            try {
                result = check.call();
            } catch (RuntimeException e) {
                result = HealthCheckResponse.named(check.getClass().getSimpleName())
                        .down()
                        .build();
            }
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            JsonObjectBuilder json = JsonP.createObjectBuilder()
                    .add("name", result.getName())
                    .add("status", result.getStatus().name());
            result.getData().ifPresent(data -> {
                JsonObjectBuilder d = JsonP.createObjectBuilder();
                data.forEach((k, v) -> d.add(k, String.valueOf(v)));
                json.add("data", d);
            });
            results.add(json);
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write(JsonP.createObjectBuilder()
                        .add("status", up ? "UP" : "DOWN")
                        .add("checks", results)
                        .build()
                        .toString());
    }
}
