package de.fachtag.web.api;

import de.fachtag.tenant.TenantDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/v1/tenants}: the platform's tenants. */
@Path("/tenants")
@RequestScoped
public class TenantResource {

    /** A tenant as the API shows it. */
    public record TenantJson(String slug, String name, String kind) {}

    @EJB
    TenantDirectory directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The tenants of the platform",
            description = "Slug, name and kind (DISTRICT, ASSOCIATION, MINISTRY).")
    public List<TenantJson> list() {
        return directory.all().stream()
                .map(t -> new TenantJson(t.slug(), t.name(), t.kind().name()))
                .toList();
    }
}
