package de.fachtag.web.api;

import de.fachtag.identity.AccessTokens;
import de.fachtag.identity.StaffMember;
import de.fachtag.identity.StaffRole;
import de.fachtag.registration.Tokens;
import de.fachtag.reporting.MinistryReports;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.TenantDirectory;
import de.fachtag.tenant.TenantSummary;
import de.fachtag.tenantconfig.TenantKind;
import de.fachtag.web.report.MinistryTables;
import de.fachtag.web.report.ReportTexts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * {@code GET /api/v1/ministry/{ministry}/figures}: the ministry's anonymous figures for its
 * analysts' own tools, the same tables and cells as {@code figures.json} on the ministry's page.
 * Authenticated by a personal access token ({@code Authorization: Bearer …}) that an analyst of
 * this ministry made on that page; missing, unknown, revoked, expired or another ministry's
 * tokens answer 401 alike, and an unknown ministry 404.
 */
@Path("/ministry/{ministry}/figures")
@RequestScoped
@Tag(name = "Ministry figures", description = "Anonymous figures of the events a ministry funds or hosts.")
public class MinistryFiguresResource {

    @EJB
    TenantDirectory directory;

    @EJB
    AccessTokens tokens;

    @EJB
    MinistryReports reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The ministry's figures",
            description =
                    "A fixed catalogue of tables; figures about 1 to 4 people and cells that would reveal them are "
                            + "protected (\"< 5\", \"geschützt\"). Each figure's definition is in 'definitions'.")
    @APIResponse(
            responseCode = "200",
            description = "The figures.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", description = "No valid personal access token of this ministry's analysts.")
    @APIResponse(responseCode = "404", description = "No such ministry.")
    public Response figures(
            @Parameter(description = "Slug of the ministry tenant.", required = true, example = "sms-sachsen")
                    @PathParam("ministry")
                    String ministry,
            @Parameter(description = "Bearer and a personal access token.") @HeaderParam(HttpHeaders.AUTHORIZATION)
                    String authorization,
            @Parameter(
                            description = "Language of labels and definitions: de (default) or en.",
                            schema = @Schema(enumeration = {"de", "en"}))
                    @QueryParam("lang")
                    String lang) {
        Optional<TenantSummary> tenant = directory.find(ministry).filter(t -> t.kind() == TenantKind.MINISTRY);
        if (tenant.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new EventResource.NotFoundJson(404, "Not found"))
                    .build();
        }
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7).strip()
                : null;
        if (token == null || !Tokens.tenantOf(token).map(ministry::equals).orElse(false)) {
            return unauthorized();
        }
        Optional<StaffMember> analyst =
                TenantContext.callAs(ministry, () -> tokens.authenticate(token, StaffRole.MINISTRY_ANALYST_NAME));
        if (analyst.isEmpty()) {
            return unauthorized();
        }
        MinistryReports.View view = TenantContext.callAs(ministry, () -> reports.view(ministry));
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.GERMAN;
        return Response.ok(MinistryTables.json(view, new ReportTexts(locale)))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static Response unauthorized() {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"fachtag\"")
                .type(MediaType.APPLICATION_JSON)
                .entity(new EventResource.NotFoundJson(401, "Unauthorized"))
                .build();
    }
}
