package de.fachtag.web.api;

import de.fachtag.event.EventNotFoundException;
import de.fachtag.platform.JsonP;
import de.fachtag.registration.Channel;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.PublicRegistrations;
import de.fachtag.registration.RegistrationClosedException;
import de.fachtag.registration.RegistrationForm;
import de.fachtag.registration.RegistrationOutcome;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.SeatsBusyException;
import de.fachtag.registration.Sector;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.registration.RegistrationRateLimit;
import de.fachtag.web.registration.RegistrationTexts;
import de.fachtag.web.security.TrustedProxies;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/tenants/{tenant}/events/{event}/registrations}: registering from a tenant's
 * own site, by the same rules as the form. The tenant is resolved here, from the path only; an
 * unknown tenant, a draft and another tenant's event answer the same 404. Browsers may call it
 * from the origins the tenant lists (CORS); every other origin gets no CORS header. Refusals are
 * worded in the request's {@code Accept-Language} (German unless English is preferred).
 */
@Path("/tenants/{tenant}/events/{event}/registrations")
// One instance for all requests: a request-scoped resource was made, and its enterprise beans
// looked up and injected, for every request (a sixth of a registration's time in the profile,
// issue 11). Its fields are container proxies that serve the current request.
@ApplicationScoped
@Tag(name = "Registrations", description = "Registering for a published event (the form as JSON).")
public class RegistrationResource {

    /** The container's JSON-B (Yasson in Payara), created on first use: the class's static helpers need none. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    /** Arrays and objects inside each other a body may have; a registration needs 2. */
    static final int MAX_DEPTH = 32;

    /**
     * The request body, bound by JSON-B; {@link EnumName} and the rules of {@link RegistrationForm}
     * (Bean Validation, in the service) check the values.
     */
    @Schema(name = "RegistrationRequest", description = "A registration. Unknown fields are ignored.")
    public record RegistrationRequestJson(
            @Schema(required = true, maxLength = 200, example = "Erika Mustermann")
            String name,

            @Schema(required = true, maxLength = 254, example = "erika.mustermann@example.org")
            String email,

            @Schema(maxLength = 200, example = "Jobcenter Mittelsachsen", nullable = true)
            String organisation,

            @Schema(
                    required = true,
                    description = "One of the tenant's sectors.",
                    enumeration = {
                        "ADMINISTRATION",
                        "JOB_CENTRE",
                        "EDUCATION",
                        "COUNSELLING",
                        "MIGRANT_ORGANISATION",
                        "BUSINESS",
                        "VOLUNTEER",
                        "OTHER"
                    })
            @EnumName(value = Sector.class, message = "{fachtag.registration.sector.required}")
            String sector,

            @Schema(
                    required = true,
                    description = "Only what the event offers and what is open now.",
                    enumeration = {"ON_SITE", "LIVESTREAM"})
            @EnumName(value = ParticipationMode.class, message = "{fachtag.registration.mode.required}")
            String mode,

            @Schema(
                    description = "Workshop code; required on site when the event has workshops.",
                    example = "1",
                    nullable = true)
            String workshop,

            @Schema(maxLength = 1000, nullable = true) String accessibilityNeeds,
            @Schema(maxLength = 500, nullable = true) String dietaryNote,

            @Schema(
                    description = "Language of the mails: de (default) or en.",
                    enumeration = {"de", "en"},
                    nullable = true)
            String language,

            @Schema(
                    description = "Consent key → granted. The keys are those of the tenant's `consents` (an event may "
                            + "replace their texts, never their keys); the demo districts use datenschutz and fotos. "
                            + "Acknowledgements (kind ACKNOWLEDGEMENT) must be true; optional consents (photo, video) may be "
                            + "false or left out (= refused). A request without a required key answers 422 naming it.",
                    type = SchemaType.OBJECT,
                    example = "{\"datenschutz\": true, \"fotos\": false}")
            Map<String, Boolean> consents) {

        /** The form the registration rules take (they validate it again with Bean Validation). */
        RegistrationForm form() {
            RegistrationForm form = new RegistrationForm();
            form.setName(name);
            form.setEmail(email);
            form.setOrganisation(organisation);
            form.setSector(sector == null ? null : Sector.valueOf(sector));
            form.setMode(mode == null ? null : ParticipationMode.valueOf(mode));
            form.setWorkshop(workshop);
            form.setAccessibilityNeeds(accessibilityNeeds);
            form.setDietaryNote(dietaryNote);
            if (language != null) {
                form.setLanguage(language);
            }
            if (consents != null) {
                form.setConsents(new LinkedHashMap<>(consents));
            }
            return form;
        }
    }

    /** 201: a new registration. */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "status", "waitlistPosition", "selfServiceUrl"})
    @Schema(name = "RegistrationCreated")
    public record CreatedJson(
            String id,

            @Schema(enumeration = {"CONFIRMED", "WAITLISTED"})
            String status,

            @Schema(description = "1 = next in line; null when confirmed.", nullable = true)
            Integer waitlistPosition,

            @Schema(description = "The participant's private link (/r/{token}): show it to them only.")
            String selfServiceUrl) {}

    /** 200: the address was registered already. */
    @JsonbPropertyOrder({"status", "existing"})
    @Schema(
            name = "RegistrationExisting",
            description = "The address was already registered: its link was mailed again. "
                    + "The link itself is never returned here.")
    public record ExistingJson(
            @Schema(enumeration = {"CONFIRMED", "WAITLISTED"})
            String status,

            @Schema(example = "true") boolean existing) {}

    /** 422: an RFC 9457 problem with field → message. */
    @Schema(name = "RegistrationProblems", description = "application/problem+json with the member errors.")
    public record ProblemsJson(
            @Schema(example = "about:blank") String type,
            String title,
            @Schema(example = "422") int status,
            String detail,

            @Schema(
                    description =
                            "Field (e.g. name, email, consents.datenschutz) → message in the " + "request's language.",
                    type = SchemaType.OBJECT)
            Map<String, String> errors) {}

    /** 400, 409, 429, 503: an RFC 9457 problem; message repeats detail (the member of version 1 before problems). */
    @Schema(name = "RegistrationRefused", description = "application/problem+json with the members reason and message.")
    public record RefusedJson(
            @Schema(example = "about:blank") String type,
            String title,
            int status,
            String detail,

            @Schema(description = "409: CLOSED or NOT_YET_OPEN.", nullable = true)
            String reason,

            String message) {}

    @Inject
    KnownTenants knownTenants;

    @EJB
    RegistrationService registrations;

    @EJB
    PublicRegistrations publicRegistrations;

    @Inject
    RegistrationRateLimit rateLimit;

    @Inject
    TrustedProxies proxies;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register for an event",
            description = "The same rules as the public form: window, seats and waitlist, workshop, consents. The same "
                    + "address registering again gets its existing registration back (and its link by mail), never a second "
                    + "seat. At most fachtag.registration.rateLimit requests per minute, tenant and client address.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RegistrationRequestJson.class)))
    @APIResponse(
            responseCode = "201",
            description = "Registered: CONFIRMED or WAITLISTED.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreatedJson.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already registered with this address.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExistingJson.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not JSON (or not a JSON object, or nested deeper than 32).",
            content =
                    @Content(
                            mediaType = ApiProblems.PROBLEM_JSON,
                            schema = @Schema(implementation = RefusedJson.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such tenant or no such published event of this tenant.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventResource.NotFoundJson.class)))
    @APIResponse(
            responseCode = "409",
            description = "Registration is not open (not yet, or no more) for this mode.",
            content =
                    @Content(
                            mediaType = ApiProblems.PROBLEM_JSON,
                            schema = @Schema(implementation = RefusedJson.class)))
    @APIResponse(
            responseCode = "413",
            description = "The body is larger than 64 KB.",
            content =
                    @Content(
                            mediaType = ApiProblems.PROBLEM_JSON,
                            schema = @Schema(implementation = ApiProblems.ProblemJson.class)))
    @APIResponse(
            responseCode = "415",
            description = "The Content-Type is not application/json.",
            content =
                    @Content(
                            mediaType = ApiProblems.PROBLEM_JSON,
                            schema = @Schema(implementation = ApiProblems.ProblemJson.class)))
    @APIResponse(
            responseCode = "422",
            description = "Invalid input, field by field.",
            content =
                    @Content(
                            mediaType = ApiProblems.PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemsJson.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many requests from this client address; see Retry-After.",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait.",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ApiProblems.PROBLEM_JSON,
                            schema = @Schema(implementation = RefusedJson.class)))
    @APIResponse(
            responseCode = "503",
            description = "The event's seats are busy; nothing was stored, try again.",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait.",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ApiProblems.PROBLEM_JSON,
                            schema = @Schema(implementation = RefusedJson.class)))
    public Response register(
            @Parameter(description = "Slug of the tenant.", required = true, example = "mittelsachsen")
                    @PathParam("tenant")
                    String tenant,
            @Parameter(description = "Slug of the event.", required = true, example = "fachtag-integration-2026")
                    @PathParam("event")
                    String event,
            @Parameter(hidden = true) @HeaderParam("Origin") String origin,
            String body) {
        RegistrationTexts texts =
                new RegistrationTexts(RegistrationTexts.fromAcceptLanguage(headers.getAcceptableLanguages()));
        if (!knownTenants.exists(tenant)) {
            return notFound(null);
        }
        return TenantContext.callAs(tenant, () -> {
            String allowed = allowedOrigin(origin);
            Read read = read(tenant, body, texts, allowed);
            if (read.refusal() != null) {
                // an unknown event is 404 whatever the body; asked only here, on the way to a
                // refusal, because registering reads the event anyway and answers the same
                // (issue 11: one transaction less per registration)
                return publicRegistrations.isPublicEvent(event) ? read.refusal() : notFound(allowed);
            }
            RegistrationForm form = read.request().form();
            try {
                RegistrationOutcome outcome = registrations.register(event, form, Channel.API);
                if (outcome.existing()) {
                    return cors(Response.ok(new ExistingJson(outcome.status().name(), true)), allowed)
                            .build();
                }
                String link = outcome.link().orElseThrow();
                return cors(
                                Response.status(Response.Status.CREATED)
                                        .entity(new CreatedJson(
                                                outcome.id().toString(),
                                                outcome.status().name(),
                                                outcome.waitlistPosition(),
                                                link)),
                                allowed)
                        .header("Cache-Control", "no-store")
                        .build();
            } catch (RejectedInputException e) {
                return problems(e.problems(), texts, allowed);
            } catch (RegistrationClosedException e) {
                return refused(
                                texts,
                                409,
                                e.reason().name(),
                                texts.get("api.closed." + e.reason().name()),
                                allowed)
                        .build();
            } catch (SeatsBusyException e) {
                return refused(texts, 503, null, texts.get("api.busy"), allowed)
                        .header("Retry-After", 2)
                        .build();
            } catch (EventNotFoundException e) {
                return notFound(allowed);
            }
        });
    }

    /** The request of a registration, or the refusal of the request as sent (nothing about the event). */
    private record Read(RegistrationRequestJson request, Response refusal) {

        static Read refused(Response refusal) {
            return new Read(null, refusal);
        }
    }

    /** The client's rate limit, then the body: its depth, its JSON, its types and its values. */
    private Read read(String tenant, String body, RegistrationTexts texts, String allowed) {
        String client = proxies.clientAddress(request);
        if (!rateLimit.tryAcquire(tenant, client)) {
            return Read.refused(refused(texts, 429, null, texts.get("api.tooMany"), allowed)
                    .header("Retry-After", rateLimit.retryAfterSeconds(tenant, client))
                    .build());
        }
        if (nestedDeeperThan(body, MAX_DEPTH)) {
            return Read.refused(
                    refused(texts, 400, null, texts.get("api.tooDeep"), allowed).build());
        }
        JsonObject json = jsonObject(body);
        if (json == null) {
            return Read.refused(refused(texts, 400, null, texts.get("api.invalidJson"), allowed)
                    .build());
        }
        Map<String, String> problems = wrongTypes(json);
        if (!problems.isEmpty()) {
            return Read.refused(problems(problems, texts, allowed));
        }
        RegistrationRequestJson sent;
        try {
            sent = Binding.JSONB.fromJson(body, RegistrationRequestJson.class);
        } catch (JsonbException e) {
            return Read.refused(refused(texts, 400, null, texts.get("api.invalidJson"), allowed)
                    .build());
        }
        validator
                .validate(sent)
                .forEach(v -> problems.putIfAbsent(
                        v.getPropertyPath().toString(), v.getMessageTemplate().replaceAll("^\\{|\\}$", "")));
        if (!problems.isEmpty()) {
            return Read.refused(problems(problems, texts, allowed));
        }
        return new Read(sent, null);
    }

    @OPTIONS
    @Operation(
            summary = "CORS preflight",
            description = "Answers with CORS headers only for the tenant's listed origins.")
    @APIResponse(responseCode = "204", description = "Preflight answered.")
    public Response preflight(
            @PathParam("tenant") String tenant,
            @PathParam("event") String event,
            @HeaderParam("Origin") String origin) {
        String allowed = knownTenants.exists(tenant) ? TenantContext.callAs(tenant, () -> allowedOrigin(origin)) : null;
        Response.ResponseBuilder r = Response.noContent().header("Allow", "POST, OPTIONS");
        if (allowed != null) {
            r = cors(r, allowed)
                    .header("Access-Control-Allow-Methods", "POST, OPTIONS")
                    .header("Access-Control-Allow-Headers", "Content-Type, Accept, Accept-Language")
                    .header("Access-Control-Max-Age", "600");
        }
        return r.build();
    }

    // ------------------------------------------------------------------ reading the body

    /**
     * Whether arrays and objects in {@code body} nest deeper than {@code max}, counted before a
     * JSON reader sees them (a deeply nested body must cost neither stack nor log).
     */
    static boolean nestedDeeperThan(String body, int max) {
        if (body == null) {
            return false;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > max) {
                    return true;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }

    /** The body as a JSON object, or null when it is no JSON or no object (400). */
    static JsonObject jsonObject(String body) {
        try (JsonReader reader = JsonP.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * The fields whose JSON type does not fit the request record (a number for a text, a list for
     * the consents, text for a consent): a problem of that field, as JSON-B would otherwise turn
     * {@code 42} into the name "42". Derived from the record's components; null is absent.
     */
    static Map<String, String> wrongTypes(JsonObject json) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent c : RegistrationRequestJson.class.getRecordComponents()) {
            JsonValue v = json.get(c.getName());
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (c.getType() == String.class) {
                if (v.getValueType() != JsonValue.ValueType.STRING) {
                    problems.put(c.getName(), "api.invalid");
                }
            } else if (c.getType() == Map.class) {
                if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.put(c.getName(), "api.invalid");
                    continue;
                }
                v.asJsonObject().forEach((key, flag) -> {
                    if (flag.getValueType() != JsonValue.ValueType.TRUE
                            && flag.getValueType() != JsonValue.ValueType.FALSE) {
                        problems.put(key.length() <= 100 ? c.getName() + "." + key : c.getName(), "api.invalid");
                    }
                });
            }
        }
        return problems;
    }

    // ------------------------------------------------------------------ answers

    private Response problems(Map<String, String> keys, RegistrationTexts texts, String allowed) {
        JsonObjectBuilder errors = JsonP.createObjectBuilder();
        new java.util.TreeMap<>(keys).forEach((field, key) -> errors.add(field, texts.get(key)));
        String problem =
                ApiProblems.problem(422, texts).add("errors", errors).build().toString();
        return cors(Response.status(422).type(ApiProblems.PROBLEM_JSON).entity(problem), allowed)
                .header(HttpHeaders.CONTENT_LANGUAGE, texts.locale().getLanguage())
                .build();
    }

    /** A problem answer whose detail is {@code message}, with the earlier members reason and message kept. */
    private Response.ResponseBuilder refused(
            RegistrationTexts texts, int status, String reason, String message, String allowed) {
        JsonObjectBuilder problem = ApiProblems.problem(status, texts).add("detail", message);
        if (reason == null) {
            problem.addNull("reason");
        } else {
            problem.add("reason", reason);
        }
        problem.add("message", message);
        return cors(
                        Response.status(status)
                                .type(ApiProblems.PROBLEM_JSON)
                                .entity(problem.build().toString()),
                        allowed)
                .header(HttpHeaders.CONTENT_LANGUAGE, texts.locale().getLanguage());
    }

    private Response notFound(String allowed) {
        return cors(
                        Response.status(Response.Status.NOT_FOUND)
                                .type(MediaType.APPLICATION_JSON)
                                .entity(new EventResource.NotFoundJson(404, "Not found")),
                        allowed)
                .build();
    }

    private static Response.ResponseBuilder cors(Response.ResponseBuilder r, String allowed) {
        r.header("Vary", "Origin");
        return allowed == null ? r : r.header("Access-Control-Allow-Origin", allowed);
    }

    /** The request's origin when the tenant lists it (scheme, host and port compared as browsers send them). */
    private String allowedOrigin(String origin) {
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return null;
        }
        String asked = normalize(origin);
        return publicRegistrations.corsOrigins().stream()
                        .map(RegistrationResource::normalize)
                        .anyMatch(asked::equals)
                ? origin
                : null;
    }

    private static String normalize(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
