package de.fachtag.web.api;

import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventView;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.PublicAddresses;
import de.fachtag.tenant.TenantDirectory;
import de.fachtag.tenant.TenantSummary;
import de.fachtag.web.publicsite.EventTexts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/tenants/{tenant}/events} and {@code …/events/{event}}: a tenant's published
 * events without sign-in. API paths bypass the routing filter, so the tenant is resolved here,
 * from the path only; an unknown tenant, a draft and another tenant's event all answer the same
 * 404.
 */
@Path("/tenants/{tenant}/events")
@RequestScoped
@Tag(name = "Events", description = "Published events of a tenant: programme, workshops, registration window.")
public class EventResource {

    /** The body of a 404. */
    @JsonbPropertyOrder({"status", "message"})
    @Schema(name = "NotFound")
    public record NotFoundJson(
            @Schema(example = "404") int status,
            @Schema(example = "Not found") String message) {}

    @EJB
    TenantDirectory directory;

    @EJB
    EventCatalog catalog;

    /** Every absolute URL comes from here (the configured addresses), never from the request. */
    @EJB
    PublicAddresses addresses;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The tenant's published events",
            description =
                    "Published, registration closed and done events, by date. Drafts and archived events are not listed.")
    @APIResponse(
            responseCode = "200",
            description = "The events.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EventSummaryJson.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such tenant.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NotFoundJson.class)))
    public Response list(
            @Parameter(description = "Slug of the tenant.", required = true, example = "mittelsachsen")
                    @PathParam("tenant")
                    String tenant,
            @Parameter(
                            description =
                                    "Language of the texts: de (default) or en; German stands in for missing English.",
                            schema = @Schema(enumeration = {"de", "en"}))
                    @QueryParam("lang")
                    String lang) {
        TenantSummary t = tenant(tenant);
        Locale locale = locale(lang);
        String site = addresses.tenantSite(t.slug());
        List<EventSummaryJson> events = TenantContext.callAs(t.slug(), () -> catalog.publicEvents()).stream()
                .map(e -> EventSummaryJson.of(t.slug(), e, locale, site, addresses.api()))
                .toList();
        return Response.ok(events)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .build();
    }

    @GET
    @Path("{event}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One published event with agenda and workshops",
            description = "Dates are ISO-8601, times HH:mm in the event's timeZone, deadlines ISO-8601 with offset. "
                    + "A draft, an unknown event and another tenant's event answer 404 alike.")
    @APIResponse(
            responseCode = "200",
            description = "The event.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventJson.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such tenant or no such published event of this tenant.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NotFoundJson.class)))
    public Response event(
            @Parameter(description = "Slug of the tenant.", required = true, example = "mittelsachsen")
                    @PathParam("tenant")
                    String tenant,
            @Parameter(description = "Slug of the event.", required = true, example = "fachtag-integration-2021")
                    @PathParam("event")
                    String event,
            @Parameter(
                            description =
                                    "Language of the texts: de (default) or en; German stands in for missing English.",
                            schema = @Schema(enumeration = {"de", "en"}))
                    @QueryParam("lang")
                    String lang) {
        TenantSummary t = tenant(tenant);
        Locale locale = locale(lang);
        Optional<EventView> found = TenantContext.callAs(t.slug(), () -> catalog.publicEvent(event));
        EventView e = found.orElseThrow(EventResource::notFound);
        boolean open = new EventTexts(locale).registration(e, Instant.now()).open();
        return Response.ok(EventJson.of(t.slug(), e, locale, addresses.tenantSite(t.slug()), open))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .build();
    }

    private TenantSummary tenant(String slug) {
        return directory.find(slug).orElseThrow(EventResource::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException(Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON)
                .entity(new NotFoundJson(404, "Not found"))
                .build());
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.GERMAN;
    }
}
