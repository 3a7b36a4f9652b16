package de.fachtag.web.it.registration;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.fachtag.registration.Channel;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationClosedException;
import de.fachtag.registration.RegistrationForm;
import de.fachtag.registration.RegistrationOutcome;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.SeatsBusyException;
import de.fachtag.registration.Sector;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.RejectedInputException;

/**
 * Test only: a stand-in for the public registration API
 * ({@code POST /api/v1/tenants/{tenant}/events/{event}/registrations}) with the same contract
 * (same JSON body; 201 with {@code status}, 422 with {@code errors}, 409 closed, 503 seats busy),
 * at {@code /it-load/tenants/{tenant}/events/{event}/registrations}. {@link TwoInstancesIT} adds
 * it to the WAR it deploys only when the WAR lacks the real resource, so the two-instance test
 * runs before the API is merged and through the real API after.
 */
@WebServlet("/it-load/tenants/*")
public class StandInRegistrationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    RegistrationService registrations;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 5 || !parts[2].equals("events") || !parts[4].equals("registrations")) {
            response.sendError(404);
            return;
        }
        String tenant = parts[1];
        String event = parts[3];
        JsonObject body;
        try (var reader = Json.createReader(request.getReader())) {
            body = reader.readObject();
        }
        RegistrationForm form = new RegistrationForm();
        form.setName(body.getString("name", null));
        form.setEmail(body.getString("email", null));
        form.setOrganisation(body.getString("organisation", null));
        form.setSector(parse(Sector.class, body.getString("sector", null)));
        form.setMode(parse(ParticipationMode.class, body.getString("mode", null)));
        form.setWorkshop(body.getString("workshop", null));
        form.setLanguage(body.getString("language", "de"));
        Map<String, Boolean> consents = new LinkedHashMap<>();
        JsonObject given = body.getJsonObject("consents");
        if (given != null) {
            given.forEach((k, v) -> consents.put(k, v == JsonValue.TRUE));
        }
        form.setConsents(consents);
        response.setContentType("application/json");
        try {
            RegistrationOutcome outcome = TenantContext.callAs(tenant, () -> registrations.register(event, form, Channel.API));
            response.setStatus(outcome.existing() ? 200 : 201);
            response.getWriter().write(Json.createObjectBuilder().add("id", outcome.id().toString())
                    .add("status", outcome.status().name()).build().toString());
        } catch (RejectedInputException e) {
            JsonObjectBuilder errors = Json.createObjectBuilder();
            e.problems().forEach(errors::add);
            response.setStatus(422);
            response.getWriter().write(Json.createObjectBuilder().add("errors", errors).build().toString());
        } catch (RegistrationClosedException e) {
            response.setStatus(409);
            response.getWriter().write("{\"status\": 409}");
        } catch (SeatsBusyException e) {
            response.setStatus(503);
            response.getWriter().write("{\"status\": 503}");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
