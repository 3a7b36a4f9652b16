package de.fachtag.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR, deployed on Payara Server by scripts/ear-it.sh (Maven profile ear-it) as an operator
 * deploys it (no demo mode, one tenant file of its own in ear/src/test/tenants), answers through
 * all its layers: the web module calls the EJB module, which reads the database.
 */
class EarDeploymentIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static String baseUrl;

    @BeforeAll
    static void findServer() throws IOException {
        baseUrl = Files.readString(Path.of(System.getProperty("fachtag.ear.baseUrlFile")))
                .strip();
    }

    @Test
    void isReady() throws Exception {
        HttpResponse<String> response = get("/health/ready");

        assertEquals(200, response.statusCode(), () -> "/health/ready answered " + response.body());
    }

    /** Outside demo mode only the operator's own tenant files are imported: no demo tenant, no demo event. */
    @Test
    void listsTheOperatorsTenantsAndNoDemoTenant() throws Exception {
        HttpResponse<String> response = get("/api/v1/tenants");

        assertEquals(200, response.statusCode(), () -> "/api/v1/tenants answered " + response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "Content-Type "
                        + response.headers().firstValue("Content-Type").orElse("missing"));
        String body = response.body().strip();
        assertTrue(body.startsWith("[") && body.endsWith("]"), () -> "not a JSON array: " + body);
        assertTrue(body.contains("\"beispielkreis\""), () -> "no tenant beispielkreis in " + body);
        for (String demo : new String[] {"mittelsachsen", "agsa", "sms-sachsen", "ms-sachsen-anhalt", "testkreis"}) {
            assertFalse(body.contains("\"" + demo + "\""), () -> "demo tenant " + demo + " in " + body);
        }
        assertEquals(404, get("/t/mittelsachsen/").statusCode(), "the demo district's site");
        assertEquals(200, get("/t/beispielkreis/").statusCode(), "the operator's district's site");
        HttpResponse<String> event = get("/api/v1/tenants/beispielkreis/events/fachtag-2027");
        assertEquals(200, event.statusCode(), () -> "the operator's event answered " + event.body());
        assertTrue(
                event.body().contains("Fachtag Integration 2027"), () -> "not the event file's title: " + event.body());
    }

    /**
     * Outside demo mode the tenant file's admin gets a password link by mail (it waits in the
     * outbox here, without SMTP), never in a log: the server log names the page to request one.
     */
    @Test
    void thePasswordLinkOfTheFirstAdminIsNeverLogged() throws Exception {
        String log = Files.readString(Path.of(System.getProperty("fachtag.ear.serverLog")));

        assertTrue(log.contains("/t/beispielkreis/password"), "the log names the page to request a link");
        assertFalse(log.contains("token="), "a password link in the server log");
    }

    /**
     * No answer names the runtime (issue 10), on Payara Server as on Payara Micro: a page, the
     * JSON API, a static file and the not-found page carry no "Server" header naming Payara,
     * GlassFish or Grizzly, and no "X-Powered-By".
     */
    @Test
    void noAnswerNamesTheRuntime() throws Exception {
        for (String path : new String[] {
            "/t/beispielkreis/",
            "/api/v1/tenants",
            "/jakarta.faces.resource/fachtag/fachtag.css.xhtml",
            "/t/gibt-es-nicht/"
        }) {
            HttpResponse<String> r = get(path);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 404, () -> path + " answered " + r.statusCode());
            r.headers()
                    .allValues("Server")
                    .forEach(v -> assertFalse(
                            v.toLowerCase().matches(".*(payara|glassfish|grizzly).*"),
                            () -> "Server: " + v + " on " + path));
            assertTrue(
                    r.headers().allValues("X-Powered-By").isEmpty(),
                    () -> "X-Powered-By: " + r.headers().allValues("X-Powered-By") + " on " + path);
        }
        assertEquals(404, get("/t/gibt-es-nicht/").statusCode());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
