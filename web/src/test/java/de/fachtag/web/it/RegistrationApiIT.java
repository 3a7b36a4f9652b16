package de.fachtag.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.fachtag.registration.Registration;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.web.it.registration.HeldSeatLock;
import de.fachtag.web.it.registration.PublicRegistrationProbe;
import de.fachtag.web.it.registration.RegistrationFixtures;
import de.fachtag.web.registration.RegistrationRateLimit;
import de.fachtag.web.security.TrustedProxies;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code POST /api/v1/tenants/{tenant}/events/{event}/registrations} in the running application:
 * 201/200/400/404/409/413/415/422/429 (refusals as RFC 9457 problems), CORS for the tenant's origins only, refusals in the request's
 * language, hostile input in every text field, and another tenant's event answering like an
 * unknown one. Runs in the container, where the rate limit can be lowered for one test and the
 * stored registrations looked at.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationApiIT {

    static final String T = RegistrationFixtures.TENANT;
    static final String API = "/api/v1/tenants/" + T + "/events/";

    @ArquillianResource
    URL base;

    @EJB
    PublicRegistrationProbe probe;

    @Inject
    RegistrationRateLimit rateLimit;

    @Inject
    TrustedProxies proxies;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    // ---------------------------------------------------------------- the happy paths

    @Test
    void newRegistrationGets201WithItsPrivateLinkAndTheSameAddressGets200WithoutOne() {
        String mail = mail("neu");
        HttpResponse<String> r = post(RegistrationFixtures.OPEN, body(mail).build(), Map.of());
        assertEquals(201, r.statusCode(), r.body());
        JsonObject created = json(r.body());
        assertEquals("CONFIRMED", created.getString("status"));
        assertTrue(created.isNull("waitlistPosition"));
        String link = created.getString("selfServiceUrl");
        // from the configured base URL (unset in tests: localhost with the server's port), not from the request
        assertTrue(link.startsWith("http://localhost:" + base.getPort() + "/r/" + T + "."), link);
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        UUID.fromString(created.getString("id"));
        HttpResponse<String> page = get(URI.create(link), Map.of());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Meine Anmeldung"), page.body());

        HttpResponse<String> again =
                post(RegistrationFixtures.OPEN, body(mail.toUpperCase()).build(), Map.of());
        assertEquals(200, again.statusCode(), again.body());
        JsonObject existing = json(again.body());
        assertTrue(existing.getBoolean("existing"));
        assertEquals("CONFIRMED", existing.getString("status"));
        assertFalse(existing.containsKey("selfServiceUrl"), "never the link of someone else's address");
        assertFalse(again.body().contains("/r/"));
        assertEquals(
                1,
                TenantContext.callAs(T, () -> probe.byEmail(RegistrationFixtures.OPEN, mail))
                        .size(),
                "one seat");
    }

    @Test
    void aFullWorkshopPutsTheRegistrationOnItsWaitlistWithPosition() {
        HttpResponse<String> r = post(
                RegistrationFixtures.OPEN,
                body(mail("warte")).add("workshop", "2").build(),
                Map.of());
        assertEquals(201, r.statusCode(), r.body());
        JsonObject created = json(r.body());
        assertEquals("WAITLISTED", created.getString("status"));
        assertTrue(created.getInt("waitlistPosition") >= 1);
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void seatsLockedLongerThanTheLockTimeoutAnswer503WithRetryAfterAndStoreNothing() throws Exception {
        String mail = mail("besetzt");
        HttpResponse<String> r;
        long started = System.nanoTime();
        // another transaction holds the event's seats for longer than the registration waits
        // (FACHTAG_SEAT_LOCK_SECONDS, set for this run in web/pom.xml)
        try (HeldSeatLock held = HeldSeatLock.take(T, RegistrationFixtures.OPEN)) {
            r = post(RegistrationFixtures.OPEN, body(mail).build(), Map.of());
        }
        long waited = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertTrue(waited >= HeldSeatLock.waitSeconds(), "waited for the lock first: " + waited + " s");
        assertTrue(waited < HeldSeatLock.waitSeconds() + 5, "and no longer than the setting says: " + waited + " s");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Retry-After").isPresent(), r.headers().toString());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").contains("json"),
                r.headers().toString());
        JsonObject problem = json(r.body());
        assertEquals(503, problem.getInt("status"));
        assertEquals("Bitte versuchen Sie es gleich noch einmal.", problem.getString("message"), r.body());
        assertEquals(
                0,
                TenantContext.callAs(T, () -> probe.byEmail(RegistrationFixtures.OPEN, mail))
                        .size(),
                "nothing stored");
        // with the seats free again the same request registers
        assertEquals(
                201,
                post(RegistrationFixtures.OPEN, body(mail).build(), Map.of()).statusCode());
    }

    @Test
    void connectionsTheDatabaseDroppedCostNoRequest() throws Exception {
        // what a restart or failover of PostgreSQL does to the pool: every connection it holds ends
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(System.getenv("FACHTAG_DB_URL"));
        ds.setUser(System.getenv("FACHTAG_DB_USER"));
        ds.setPassword(System.getenv("FACHTAG_DB_PASSWORD"));
        assertEquals(
                201,
                post(RegistrationFixtures.OPEN, body(mail("vor-neustart")).build(), Map.of())
                        .statusCode());
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet ended = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND usename = current_user "
                        + "AND application_name = 'fachtag' AND pid <> pg_backend_pid()")) {
            ended.next();
            assertTrue(ended.getInt(1) > 0, "the pool held connections");
        }
        // the next requests, one after another as the pool hands out its connections, all succeed
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> r = post(
                    RegistrationFixtures.OPEN, body(mail("nach-neustart" + i)).build(), Map.of());
            assertEquals(201, r.statusCode(), "request " + i + ": " + abbreviate(r.body()));
            // and the event's page, whose cache reads its version through a pool of its own
            HttpResponse<String> page = get(uri("/t/" + T + "/e/" + RegistrationFixtures.OPEN), Map.of());
            assertEquals(200, page.statusCode(), "page " + i + ": " + abbreviate(page.body()));
        }
    }

    @Test
    void plainHttpStaysHttp11ForClientsAskingToUpgrade() {
        // Java's client, left to its default, asks to upgrade to HTTP/2 (h2c) on its first request:
        // the server answers in HTTP/1.1 (scripts/payara-micro-preboot.asadmin; Grizzly's HTTP/2
        // deadlocked in CI). The tests' own clients speak HTTP/1.1: the JDK's client, once refused
        // the upgrade, hung on a later request of the same connection (README, "Running it in production").
        HttpClient asking =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> r;
        try {
            r = asking.send(
                    HttpRequest.newBuilder(uri(API + RegistrationFixtures.OPEN))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals(200, r.statusCode(), abbreviate(r.body()));
        assertEquals(HttpClient.Version.HTTP_1_1, r.version());
    }

    @Test
    void closedAndNotYetOpenWindowsAnswer409() {
        HttpResponse<String> closed = post(
                RegistrationFixtures.CLOSED, body(mail("zu")).remove("workshop").build(), Map.of());
        assertEquals(409, closed.statusCode(), closed.body());
        assertEquals("CLOSED", json(closed.body()).getString("reason"));
        HttpResponse<String> early = post(
                RegistrationFixtures.NOT_YET,
                body(mail("frueh")).remove("workshop").build(),
                Map.of());
        assertEquals(409, early.statusCode(), early.body());
        assertEquals("NOT_YET_OPEN", json(early.body()).getString("reason"));
    }

    @Test
    void invalidInputAnswers422FieldByFieldInTheRequestsLanguage() {
        JsonObject bad = Json.createObjectBuilder()
                .add("name", " ")
                .add("email", "keine-adresse")
                .add("sector", "NOPE")
                .add("mode", "ON_SITE")
                .add("consents", Json.createObjectBuilder().add(RegistrationFixtures.photoKey(), true))
                .build();
        HttpResponse<String> de = post(RegistrationFixtures.OPEN, bad, Map.of());
        assertEquals(422, de.statusCode(), de.body());
        JsonObject errors = json(de.body()).getJsonObject("errors");
        assertEquals("Bitte wählen Sie Ihren Arbeitsbereich.", errors.getString("sector"));
        HttpResponse<String> second = post(
                RegistrationFixtures.OPEN,
                Json.createObjectBuilder(bad).add("sector", "EDUCATION").build(),
                Map.of());
        errors = json(second.body()).getJsonObject("errors");
        assertEquals(422, second.statusCode(), second.body());
        assertEquals("Bitte ausfüllen.", errors.getString("name"));
        assertTrue(errors.containsKey("email"), errors.toString());
        assertTrue(errors.containsKey("workshop"), "on site needs a workshop: " + errors);
        assertTrue(
                errors.containsKey("consents." + RegistrationFixtures.ackKey()),
                "the acknowledgement is required: " + errors);
        assertFalse(errors.containsKey("consents." + RegistrationFixtures.photoKey()), "the photo consent is optional");

        HttpResponse<String> en = post(
                RegistrationFixtures.OPEN,
                Json.createObjectBuilder(bad).add("sector", "EDUCATION").build(),
                Map.of("Accept-Language", "en-GB,en;q=0.9,de;q=0.5"));
        assertEquals(422, en.statusCode());
        assertEquals("Please fill in.", json(en.body()).getJsonObject("errors").getString("name"));
        assertEquals("en", en.headers().firstValue("Content-Language").orElse(""));

        HttpResponse<String> wrongTypes = post(
                RegistrationFixtures.OPEN,
                body(mail("typen"))
                        .add("name", 42)
                        .add("consents", Json.createArrayBuilder().add(true))
                        .build(),
                Map.of());
        assertEquals(422, wrongTypes.statusCode(), wrongTypes.body());
        assertTrue(json(wrongTypes.body()).getJsonObject("errors").containsKey("name"));
    }

    /**
     * The body is bound by JSON-B into the documented record: a value of the wrong JSON type is a
     * 422 naming its field (never converted: 42 is no name, "true" no consent), every field may be
     * null (then the rules say what is missing), and no shape or size within the body limit gives 500.
     */
    @Test
    void wrongTypesNullsAndLargeBodiesAreFieldProblemsNeverServerErrors() {
        String path = API + RegistrationFixtures.OPEN + "/registrations";
        Map<String, JsonValue> wrong = new LinkedHashMap<>();
        wrong.put("email", JsonValue.TRUE);
        wrong.put("organisation", Json.createArrayBuilder().add("Jobcenter").build());
        wrong.put("sector", Json.createObjectBuilder().add("key", "EDUCATION").build());
        wrong.put("mode", Json.createValue(1));
        wrong.put("workshop", Json.createValue(1));
        wrong.put("language", JsonValue.FALSE);
        wrong.put("consents", Json.createValue("datenschutz"));
        for (Map.Entry<String, JsonValue> w : wrong.entrySet()) {
            HttpResponse<String> r = post(
                    RegistrationFixtures.OPEN,
                    body(mail("typ-" + w.getKey()))
                            .add(w.getKey(), w.getValue())
                            .build(),
                    Map.of());
            assertEquals(422, r.statusCode(), w + " → " + r.body());
            assertEquals(
                    "Dieser Wert hat das falsche Format.",
                    json(r.body()).getJsonObject("errors").getString(w.getKey()),
                    r.body());
        }
        HttpResponse<String> consent = post(
                RegistrationFixtures.OPEN,
                body(mail("typ-einwilligung"))
                        .add("consents", Json.createObjectBuilder().add(RegistrationFixtures.ackKey(), "true"))
                        .build(),
                Map.of("Accept-Language", "en"));
        assertEquals(422, consent.statusCode(), consent.body());
        assertEquals(
                "This value has the wrong format.",
                json(consent.body()).getJsonObject("errors").getString("consents." + RegistrationFixtures.ackKey()),
                consent.body());

        // every field null: the rules name what is required, in the request's language
        JsonObjectBuilder nulls = Json.createObjectBuilder();
        for (String f : List.of(
                "name",
                "email",
                "organisation",
                "sector",
                "mode",
                "workshop",
                "accessibilityNeeds",
                "dietaryNote",
                "language",
                "consents")) {
            nulls.addNull(f);
        }
        HttpResponse<String> allNull = post(RegistrationFixtures.OPEN, nulls.build(), Map.of());
        assertEquals(422, allNull.statusCode(), allNull.body());
        JsonObject errors = json(allNull.body()).getJsonObject("errors");
        assertEquals("Bitte ausfüllen.", errors.getString("name"));
        assertEquals("Bitte wählen Sie Ihren Arbeitsbereich.", errors.getString("sector"));
        assertTrue(errors.containsKey("email") && errors.containsKey("mode"), errors.toString());
        assertEquals(
                422,
                post(RegistrationFixtures.OPEN, Json.createObjectBuilder().build(), Map.of())
                        .statusCode(),
                "{}");
        assertEquals(400, postRaw(path, "null", "application/json", Map.of()).statusCode(), "null is no registration");

        // large but under the 64 KB limit: a name of 60,000 characters, 2,000 consent keys, a long unknown member
        HttpResponse<String> longName = post(
                RegistrationFixtures.OPEN,
                body(mail("lang")).add("name", "x".repeat(60_000)).build(),
                Map.of());
        assertEquals(422, longName.statusCode(), abbreviate(longName.body()));
        assertEquals(
                "Dieser Text ist zu lang.",
                json(longName.body()).getJsonObject("errors").getString("name"));
        JsonObjectBuilder many = Json.createObjectBuilder().add(RegistrationFixtures.ackKey(), true);
        for (int i = 0; i < 2000; i++) {
            many.add("k" + i, i % 2 == 0);
        }
        HttpResponse<String> manyKeys = post(
                RegistrationFixtures.OPEN,
                body(mail("viele-schluessel")).add("consents", many).build(),
                Map.of());
        assertTrue(
                manyKeys.statusCode() == 201 || manyKeys.statusCode() == 422,
                manyKeys.statusCode() + " " + abbreviate(manyKeys.body()));
        HttpResponse<String> unknown = post(
                RegistrationFixtures.OPEN,
                body(mail("unbekannt"))
                        .add(
                                "extra",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("a", "y".repeat(50_000))))
                        .build(),
                Map.of());
        assertEquals(201, unknown.statusCode(), "unknown members are ignored: " + abbreviate(unknown.body()));
        // numbers of every size where text belongs: the field's problem, not a server error
        for (String number : List.of("1e999999", "-0", "123456789012345678901234567890", "0.1")) {
            HttpResponse<String> r = postRaw(
                    path, "{\"name\": " + number + ", \"email\": \"n@example.org\"}", "application/json", Map.of());
            assertEquals(422, r.statusCode(), number + " → " + r.body());
            assertTrue(json(r.body()).getJsonObject("errors").containsKey("name"), r.body());
        }
    }

    @Test
    void malformedJsonAnswers400NotAServerError() {
        for (String body :
                List.of("{\"name\": ", "", "[]", "\"text\"", "{\"name\":\"a\"} trailing", "{'name': 'a'}", "\u0000")) {
            HttpResponse<String> r =
                    postRaw(API + RegistrationFixtures.OPEN + "/registrations", body, "application/json", Map.of());
            assertTrue(
                    r.statusCode() == 400 || r.statusCode() == 422,
                    "[" + body + "] → " + r.statusCode() + " " + r.body());
            assertTrue(r.body().startsWith("{"), r.body());
        }
        HttpResponse<String> r = postRaw(
                API + RegistrationFixtures.OPEN + "/registrations", "{\"name\": ", "application/json", Map.of());
        assertEquals(400, r.statusCode());
        assertEquals(400, json(r.body()).getInt("status"));
    }

    @Test
    void unknownTenantsUnknownEventsDraftsAndOtherTenantsEventsAnswerTheSame404() {
        JsonObject body = body(mail("fremd")).build();
        List<String> paths = List.of(
                API + "no-such-event/registrations",
                "/api/v1/tenants/no-such-tenant/events/" + RegistrationFixtures.OPEN + "/registrations",
                API + RegistrationFixtures.OTHER_TENANTS + "/registrations");
        // whatever the body: a valid one, one that is no JSON, one with field problems
        List<String> bodies = List.of(body.toString(), "{nicht json", "{\"consents\": {}}");
        for (String path : paths) {
            for (String sent : bodies) {
                HttpResponse<String> r = postRaw(path, sent, "application/json", Map.of());
                assertEquals(404, r.statusCode(), path + " " + sent + " " + r.body());
                assertEquals(
                        "{\"message\":\"Not found\",\"status\":404}".length(),
                        r.body().length(),
                        path + " " + r.body());
                assertEquals(404, json(r.body()).getInt("status"));
            }
        }
    }

    @Test
    void aClientOverTheRateLimitGets429WithRetryAfter() {
        int before = rateLimit.perMinute();
        rateLimit.limit(3);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(
                        post(RegistrationFixtures.OPEN, body(mail("limit" + i)).build(), Map.of())
                                .statusCode());
            }
            assertEquals(List.of(201, 201, 201), statuses.subList(0, 3));
            HttpResponse<String> over =
                    post(RegistrationFixtures.OPEN, body(mail("limit9")).build(), Map.of());
            assertEquals(429, over.statusCode(), over.body());
            long retry = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
            assertEquals(
                    0,
                    TenantContext.callAs(T, () -> probe.byEmail(RegistrationFixtures.OPEN, mail("limit9")))
                            .size());
        } finally {
            rateLimit.limit(before);
        }
    }

    /**
     * Behind a trusted proxy (this test's own connection) each forwarded client
     * has its own bucket; from an untrusted peer X-Forwarded-For is ignored, so a bot cannot pick
     * a fresh address per request; and one tenant's bucket is not another's.
     */
    @Test
    void theLimitCountsPerTenantAndClientAndTrustsForwardedAddressesOnlyFromTrustedProxies() {
        int before = rateLimit.perMinute();
        rateLimit.limit(2);
        try {
            proxies.trust(ownAddresses(base));
            assertEquals(
                    List.of(201, 201, 429),
                    List.of(
                            forwardedFrom("203.0.113.7", "proxy-a1"),
                            forwardedFrom("203.0.113.7", "proxy-a2"),
                            forwardedFrom("203.0.113.7", "proxy-a3")),
                    "one client behind the proxy");
            assertEquals(
                    201,
                    forwardedFrom("203.0.113.8", "proxy-b1"),
                    "another client behind the same proxy has its own bucket");
            assertEquals(
                    201,
                    forwardedFrom("198.51.100.1, 203.0.113.9", "proxy-c1"),
                    "the right-most untrusted address counts, not the one the client wrote in front");
            assertEquals(
                    201,
                    forwardedFrom("203.0.113.9, 127.0.0.1", "proxy-c2"),
                    "a trusted proxy in the chain is skipped");
            assertEquals(
                    429, forwardedFrom("203.0.113.10, 203.0.113.9", "proxy-c3"), "203.0.113.9 has used both tokens");

            HttpResponse<String> otherTenant = postRaw(
                    "/api/v1/tenants/" + RegistrationFixtures.OTHER_TENANT + "/events/"
                            + RegistrationFixtures.OTHER_TENANTS + "/registrations",
                    "{}",
                    "application/json",
                    Map.of("X-Forwarded-For", "203.0.113.7"));
            assertEquals(
                    422,
                    otherTenant.statusCode(),
                    "tenant A's limit must not use up tenant B's: " + otherTenant.body());

            proxies.trust("");
            rateLimit.limit(2);
            assertEquals(
                    List.of(201, 201, 429),
                    List.of(
                            forwardedFrom("192.0.2.1", "direct-1"),
                            forwardedFrom("192.0.2.2", "direct-2"),
                            forwardedFrom("192.0.2.3", "direct-3")),
                    "from an untrusted peer every X-Forwarded-For is ignored: one bucket for the connection");
            assertEquals(
                    0,
                    TenantContext.callAs(T, () -> probe.byEmail(RegistrationFixtures.OPEN, mail("direct-3")))
                            .size());
        } finally {
            proxies.trust("");
            rateLimit.limit(before);
        }
    }

    /** The addresses a test in the container connects from (the host of the base URL), as trusted proxies. */
    static String ownAddresses(URL base) {
        try {
            List<String> own = new ArrayList<>(List.of("127.0.0.1", "::1"));
            for (java.net.InetAddress a : java.net.InetAddress.getAllByName(base.getHost())) {
                own.add(a.getHostAddress());
            }
            return String.join(",", own);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private int forwardedFrom(String forwardedFor, String who) {
        HttpResponse<String> r =
                post(RegistrationFixtures.OPEN, body(mail(who)).build(), Map.of("X-Forwarded-For", forwardedFor));
        return r.statusCode();
    }

    // ---------------------------------------------------------------- CORS

    @Test
    void corsHeadersOnlyForTheTenantsOrigins() {
        String path = API + RegistrationFixtures.OPEN + "/registrations";
        HttpResponse<String> preflight = options(
                path,
                Map.of(
                        "Origin",
                        RegistrationFixtures.ORIGIN,
                        "Access-Control-Request-Method",
                        "POST",
                        "Access-Control-Request-Headers",
                        "content-type"));
        assertTrue(preflight.statusCode() == 204 || preflight.statusCode() == 200, preflight.toString());
        assertEquals(
                RegistrationFixtures.ORIGIN,
                preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight
                .headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElse("")
                .contains("POST"));
        assertTrue(preflight
                .headers()
                .firstValue("Access-Control-Allow-Headers")
                .orElse("")
                .toLowerCase()
                .contains("content-type"));

        HttpResponse<String> evil =
                options(path, Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));
        assertNull(evil.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> otherTenant = options(
                API.replace(T, RegistrationFixtures.OTHER_TENANT) + RegistrationFixtures.OTHER_TENANTS
                        + "/registrations",
                Map.of("Origin", RegistrationFixtures.ORIGIN, "Access-Control-Request-Method", "POST"));
        assertNull(
                otherTenant.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                "testkreis's origin is no origin of agsa");

        HttpResponse<String> allowed = post(
                RegistrationFixtures.OPEN, body(mail("cors")).build(), Map.of("Origin", RegistrationFixtures.ORIGIN));
        assertEquals(201, allowed.statusCode());
        assertEquals(
                RegistrationFixtures.ORIGIN,
                allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> refused = post(
                RegistrationFixtures.OPEN, body(mail("cors-evil")).build(), Map.of("Origin", "https://evil.example"));
        assertNull(refused.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    // ---------------------------------------------------------------- hostile input

    static final List<String> HOSTILE = List.of(
            "x".repeat(5000),
            "Name\u0000mit\u0007Steuerzeichen\u001b[31m",
            "\u202Egnissalnetad\u202C",
            "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u200F",
            "Emoji 😀👩🏽‍💻 \uD83D",
            "Robert'); DROP TABLE registration; --",
            "<script>alert('xss')</script><img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "${7*7} #{7*7} {{7*7}}");

    @Test
    void hostileTextInEveryFieldIsRefusedOrStoredAndShownEscaped() throws Exception {
        List<String> fields =
                List.of("name", "email", "organisation", "workshop", "accessibilityNeeds", "dietaryNote", "language");
        int n = 0;
        for (String field : fields) {
            for (String value : HOSTILE) {
                String mail = mail("hostile" + n++);
                JsonObjectBuilder b = body(mail);
                b.add(field, value);
                HttpResponse<String> r = post(RegistrationFixtures.OPEN, b.build(), Map.of());
                String what = field + " = " + abbreviate(value) + " → " + r.statusCode() + " " + abbreviate(r.body());
                assertTrue(r.statusCode() == 201 || r.statusCode() == 422 || r.statusCode() == 200, what);
                assertFalse(r.body().contains("<script>"), what);
                assertFalse(r.body().contains("<img"), what);
                if (r.statusCode() == 422) {
                    assertFalse(json(r.body()).getJsonObject("errors").isEmpty(), what);
                }
                if (r.statusCode() == 201) {
                    String page = get(URI.create(json(r.body()).getString("selfServiceUrl")), Map.of())
                            .body();
                    assertFalse(page.contains("<script>alert"), what);
                    assertFalse(page.contains("<img src=x"), what);
                    if (value.contains("<script>")) {
                        assertTrue(page.contains("&lt;script&gt;"), "shown escaped: " + what);
                    }
                }
            }
        }
        // a refused value stores nothing, a stored one is stored exactly
        List<Registration> stored = TenantContext.callAs(
                T,
                () -> probe.byEmail(
                        RegistrationFixtures.OPEN,
                        mail("hostile"
                                + (fields.indexOf("organisation") * HOSTILE.size()
                                        + HOSTILE.indexOf("Robert'); DROP TABLE registration; --")))));
        assertEquals(1, stored.size());
        assertEquals("Robert'); DROP TABLE registration; --", stored.get(0).getOrganisation());
        assertNotEquals(RegistrationStatus.CANCELLED, stored.get(0).getStatus());
    }

    // ---------------------------------------------------------------- body limits and problem answers

    @Test
    void aBodyOverTheLimitAnswers413AsAProblemWhetherItsLengthIsSaidOrNot() {
        String path = API + RegistrationFixtures.OPEN + "/registrations";
        String big = "{\"name\": \"" + "x".repeat(100_000) + "\"}";
        HttpResponse<String> said = postRaw(path, big, "application/json", Map.of());
        assertProblem(said, 413, "Anfrage zu groß");

        // no Content-Length: counted while read, refused long before 5 MB are in memory
        byte[] huge = ("{\"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();
        assertProblem(send(chunked), 413, "Request too large");
        // the limit refuses nothing a registration needs
        assertEquals(
                201,
                post(RegistrationFixtures.OPEN, body(mail("nach-413")).build(), Map.of())
                        .statusCode());
    }

    @Test
    void anOversizedFormPostToAPublicPageAnswers413WithAPage() {
        String form = "name=" + "x".repeat(2 * 1024 * 1024);
        HttpResponse<String> r = postRaw(
                "/t/" + T + "/e/" + RegistrationFixtures.OPEN + "/register",
                form,
                "application/x-www-form-urlencoded",
                Map.of());
        assertEquals(413, r.statusCode(), abbreviate(r.body()));
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                r.headers().toString());
        assertTrue(r.body().contains("Anfrage zu groß"), abbreviate(r.body()));
    }

    @Test
    void jsonNestedThousandDeepAnswers400ProblemWithoutFloodingTheLog() {
        String deep = "{\"a\": ".repeat(1000) + "1" + "}".repeat(1000);
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(counter);
        HttpResponse<String> r;
        try {
            r = postRaw(API + RegistrationFixtures.OPEN + "/registrations", deep, "application/json", Map.of());
        } finally {
            root.removeHandler(counter);
        }
        assertProblem(r, 400, "Ungültige Anfrage");
        assertEquals(
                "Die JSON-Daten sind zu tief verschachtelt.", json(r.body()).getString("detail"));
        assertTrue(logged.stream().noneMatch(l -> l.getThrown() != null), "no stack trace logged");
        assertTrue(logged.size() <= 2, logged.size() + " log records");
    }

    @Test
    void wrongContentTypeUnknownPathsAndWrongMethodsAnswerProblemsInTheRequestsLanguage() {
        String path = API + RegistrationFixtures.OPEN + "/registrations";
        assertProblem(
                postRaw(path, body(mail("text")).build().toString(), "text/plain", Map.of()),
                415,
                "Falscher Inhaltstyp");
        assertProblem(
                postRaw(path, "a=b", "application/x-www-form-urlencoded", Map.of("Accept-Language", "en")),
                415,
                "Unsupported media type");
        assertProblem(get(uri("/api/v1/gibt-es-nicht"), Map.of()), 404, "Nicht gefunden");
        assertProblem(
                get(uri("/api/v1/tenants/" + T + "/events"), Map.of("Accept", "image/png")), 406, "Nicht annehmbar");
        HttpResponse<String> delete = send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .DELETE()
                .build());
        assertProblem(delete, 405, "Methode nicht erlaubt");
        assertTrue(
                delete.headers().firstValue("Allow").orElse("").contains("POST"),
                delete.headers().toString());
        // the deliberate refusals are problems too, with their earlier members kept
        HttpResponse<String> malformed = postRaw(
                path, "{\"name\": ", "application/json", Map.of("Accept-Language", "en", "Accept", "application/json"));
        assertProblem(malformed, 400, "Bad request");
        assertEquals(
                "The request body is not valid JSON.", json(malformed.body()).getString("message"));
    }

    private static void assertProblem(HttpResponse<String> r, int status, String title) {
        assertEquals(status, r.statusCode(), abbreviate(r.body()));
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        JsonObject problem = json(r.body());
        assertEquals(status, problem.getInt("status"), r.body());
        assertEquals(title, problem.getString("title"), r.body());
        assertEquals("about:blank", problem.getString("type"));
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    // ---------------------------------------------------------------- OpenAPI

    @Test
    void openApiDocumentsTheRegistrationEndpoint() {
        HttpResponse<String> r = get(URI.create(base.toString().replaceAll("/$", "") + "/openapi"), Map.of());
        assertEquals(200, r.statusCode());
        for (String s : List.of(
                "/tenants/{tenant}/events/{event}/registrations",
                "RegistrationRequest",
                "RegistrationCreated",
                "RegistrationProblems",
                "\"422\"",
                "\"429\"",
                "\"409\"")) {
            assertTrue(
                    r.body().contains(s) || r.body().contains(s.replace("\"", "'")),
                    s + " in\n" + abbreviate(r.body()));
        }
        // the real request schema (issue 10): no empty object, the consents as a map of booleans with real keys
        String doc = r.body();
        int request = doc.indexOf("RegistrationRequest:");
        assertTrue(request >= 0, "the request schema by name in\n" + doc);
        String schema = doc.substring(request, Math.min(doc.length(), request + 6000));
        for (String s :
                List.of("name:", "email:", "sector:", "mode:", "workshop:", "consents:", "required:", "datenschutz")) {
            assertTrue(schema.contains(s), s + " in the request schema:\n" + schema);
        }
        assertFalse(doc.contains("maxProperties: 0"), "an object that allows no member:\n" + doc);
    }

    // ---------------------------------------------------------------- helpers

    static String mail(String who) {
        return "api-" + who + "@teilnehmende.example";
    }

    static JsonObjectBuilder body(String mail) {
        return Json.createObjectBuilder()
                .add("name", "Erika Mustermann")
                .add("email", mail)
                .add("organisation", "Jobcenter Teststadt")
                .add("sector", "EDUCATION")
                .add("mode", "ON_SITE")
                .add("workshop", "1")
                .add(
                        "consents",
                        Json.createObjectBuilder()
                                .add(RegistrationFixtures.ackKey(), true)
                                .add(RegistrationFixtures.photoKey(), false));
    }

    private HttpResponse<String> post(String event, JsonObject body, Map<String, String> headers) {
        return postRaw(API + event + "/registrations", body.toString(), "application/json", headers);
    }

    private HttpResponse<String> postRaw(String path, String body, String type, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        return send(b.build());
    }

    private HttpResponse<String> options(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        return send(b.build());
    }

    private HttpResponse<String> get(URI uri, Map<String, String> headers) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(b::header);
        return send(b.build());
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
