package de.fachtag.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Version 1 of the JSON API. Field names are a contract: add, never rename. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Fachtag API",
                        version = "1",
                        description = "Public event data of the tenants on this platform."))
public class ApiApplication extends Application {}
