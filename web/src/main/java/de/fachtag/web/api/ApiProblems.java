package de.fachtag.web.api;

import de.fachtag.platform.DatabaseUnavailable;
import de.fachtag.platform.JsonP;
import de.fachtag.web.registration.RegistrationTexts;
import de.fachtag.web.routing.BodyLimit;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every exception of the JSON API as an RFC 9457 problem ({@code application/problem+json}:
 * type, title, status, detail) worded in the request's {@code Accept-Language}, never a stack
 * trace: an unknown path 404, a wrong method 405 (with {@code Allow}), an unacceptable
 * {@code Accept} 406, a wrong {@code Content-Type} 415, a body over {@link BodyLimit#API_LIMIT} 413,
 * a database that cannot be reached just now 503 with Retry-After, and anything unforeseen 500
 * (logged in one line with its trace, for the operator).
 */
@Provider
public class ApiProblems implements ExceptionMapper<Throwable> {

    /** The media type of a problem answer. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The members of every problem answer (for the OpenAPI document). */
    @Schema(name = "Problem", description = "RFC 9457 problem details, worded in the request's Accept-Language.")
    public record ProblemJson(
            @Schema(example = "about:blank") String type,
            @Schema(example = "Falscher Inhaltstyp") String title,
            @Schema(example = "415") int status,
            String detail) {}

    private static final Logger LOG = Logger.getLogger(ApiProblems.class.getName());

    private static final List<Integer> WORDED = List.of(400, 404, 405, 406, 409, 413, 415, 422, 429, 500, 503);

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        int status;
        Response.ResponseBuilder answer;
        if (BodyLimit.tooLarge(e)) {
            status = 413;
            answer = Response.status(status).header("Connection", "close");
        } else if (e instanceof WebApplicationException w
                && w.getResponse() != null
                && w.getResponse().hasEntity()) {
            return w.getResponse(); // a resource's deliberate answer (EventResource's 404)
        } else if (e instanceof WebApplicationException w && w.getResponse() != null) {
            status = w.getResponse().getStatus();
            answer = Response.fromResponse(w.getResponse()).entity(null);
        } else if (DatabaseUnavailable.causes(e)) {
            status = 503;
            answer = Response.status(status).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
            LOG.log(Level.WARNING, "API request answered 503, the database is unavailable: {0}", e.toString());
        } else {
            status = 500;
            answer = Response.status(status);
            if (e instanceof Error) {
                LOG.log(Level.SEVERE, "API request failed: {0}", e.toString());
            } else {
                LOG.log(Level.SEVERE, "API request failed", e);
            }
        }
        RegistrationTexts texts = new RegistrationTexts(RegistrationTexts.fromAcceptLanguage(acceptable()));
        return answer.type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, texts.locale().getLanguage())
                .entity(problem(status, texts).build().toString())
                .build();
    }

    /** The members of a problem answer with this status, in this language. */
    static JsonObjectBuilder problem(int status, RegistrationTexts texts) {
        int worded = WORDED.contains(status) ? status : (status >= 500 ? 500 : 400);
        return JsonP.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", texts.get("api.problem.title." + worded))
                .add("status", status)
                .add("detail", texts.get("api.problem.detail." + worded));
    }

    private List<java.util.Locale> acceptable() {
        try {
            return headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException e) {
            return List.of(); // a malformed Accept-Language is no reason for another error
        }
    }
}
