package de.fachtag.web.registration;

import de.fachtag.registration.PublicRegistrations;
import de.fachtag.registration.PublicRegistrations.SelfServiceView;
import de.fachtag.registration.RegistrationNotFoundException;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.web.routing.TenantRoutingFilter;
import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * {@code /r/{token}/data.json}: everything stored about a registration, for the person it is
 * about (GDPR Art. 15): the registration's fields, the event, the workshop, and every consent
 * decision ever recorded with the text's key, version and wording, granted or refused, channel
 * and time. Reached only through the routing filter, which resolved the tenant from the token;
 * a token that opens nothing answers the same 404 as any missing page.
 */
@WebServlet("/_self-service/data")
public class SelfServiceDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    PublicRegistrations publicRegistrations;

    /** The export; field names are a contract (add, never rename). */
    @JsonbNillable
    @JsonbPropertyOrder({"exportedAt", "registration", "event", "consents"})
    public record Export(String exportedAt, Person registration, EventRef event, List<Decision> consents) {}

    @JsonbNillable
    @JsonbPropertyOrder({
        "id",
        "status",
        "waitlistPosition",
        "mode",
        "workshop",
        "name",
        "email",
        "organisation",
        "sector",
        "accessibilityNeeds",
        "dietaryNote",
        "language",
        "channel",
        "registeredAt",
        "confirmedAt",
        "cancelledAt"
    })
    public record Person(
            String id,
            String status,
            Integer waitlistPosition,
            String mode,
            WorkshopRef workshop,
            String name,
            String email,
            String organisation,
            String sector,
            String accessibilityNeeds,
            String dietaryNote,
            String language,
            String channel,
            String registeredAt,
            String confirmedAt,
            String cancelledAt) {}

    @JsonbNillable
    @JsonbPropertyOrder({"code", "title"})
    public record WorkshopRef(String code, String title) {}

    @JsonbNillable
    @JsonbPropertyOrder({"slug", "title", "date", "start", "end", "timeZone"})
    public record EventRef(String slug, String title, String date, String start, String end, String timeZone) {}

    @JsonbNillable
    @JsonbPropertyOrder({"key", "version", "label", "text", "granted", "channel", "recordedAt"})
    public record Decision(
            String key, int version, String label, String text, boolean granted, String channel, String recordedAt) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object token = request.getAttribute(TenantRoutingFilter.TOKEN);
        SelfServiceView r;
        try {
            r = token == null ? null : publicRegistrations.selfService(token.toString());
        } catch (RegistrationNotFoundException e) {
            r = null;
        }
        if (r == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean en = "en".equals(r.language());
        Export export = new Export(
                Instant.now().toString(),
                new Person(
                        r.id().toString(),
                        r.status().name(),
                        r.waitlistPosition(),
                        r.mode().name(),
                        r.workshopCode() == null ? null : new WorkshopRef(r.workshopCode(), in(r.workshopTitle(), en)),
                        r.name(),
                        r.email(),
                        r.organisation(),
                        r.sector() == null ? null : r.sector().name(),
                        r.accessibilityNeeds(),
                        r.dietaryNote(),
                        r.language(),
                        r.channel().name(),
                        str(r.registeredAt()),
                        str(r.confirmedAt()),
                        str(r.cancelledAt())),
                new EventRef(
                        r.eventSlug(),
                        in(r.eventTitle(), en),
                        r.date() == null ? null : r.date().toString(),
                        r.start() == null ? null : r.start().toString(),
                        r.end() == null ? null : r.end().toString(),
                        r.timeZone()),
                r.decisions().stream()
                        .map(d -> new Decision(
                                d.key(),
                                d.version(),
                                en && d.labelEn() != null ? d.labelEn() : d.labelDe(),
                                en && d.textEn() != null ? d.textEn() : d.textDe(),
                                d.granted(),
                                d.channel().name(),
                                str(d.recordedAt())))
                        .toList());
        String json;
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            json = jsonb.toJson(export);
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"anmeldung-" + r.eventSlug() + ".json\"");
        response.getWriter().write(json);
    }

    private static String in(LocalizedString s, boolean en) {
        return s == null ? null : en && s.getEn() != null ? s.getEn() : s.getDe();
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }
}
