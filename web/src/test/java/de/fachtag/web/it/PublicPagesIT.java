package de.fachtag.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.fachtag.web.it.browser.Http;
import de.fachtag.web.it.events.EventFixtures;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Public pages as an anonymous visitor or a crawler meets them (issue 11): no HTTP session and
 * no server-side Faces view for a GET of the tenant home, the event page, the programme PDF, the
 * calendar and the event JSON; the event page's "mail my link again" form works without a
 * session, also when its view would long have expired on the server; the cache of rendered
 * pages answers with a fresh CSP nonce each time, 304 to a conditional request, and shows a
 * change at once. Uses the events of
 * {@link EventFixtures}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    static final String T = EventFixtures.TENANT;
    static final String EVENT = "/t/" + T + "/e/" + EventFixtures.OPEN;

    @ArquillianResource
    URL base;

    @Test
    void anonymousPublicAnswersCreateNoSession() {
        Http http = http();
        for (String path : List.of(
                "/",
                "/t/" + T + "/",
                EVENT,
                EVENT + "?lang=en",
                EVENT + ".pdf",
                EVENT + ".ics",
                "/api/v1/tenants/" + T + "/events/" + EventFixtures.OPEN,
                "/t/" + T + "/imprint",
                "/t/" + T + "/privacy",
                "/t/" + T + "/accessibility")) {
            Http.Response r = http.get(path);
            assertEquals(200, r.status(), r.toString());
            assertEquals(
                    List.of(),
                    r.headers("Set-Cookie").stream()
                            .filter(c -> !c.startsWith("fachtag-lang="))
                            .toList(),
                    path + " sets no session cookie");
        }
    }

    @Test
    void theEventPageIsAStatelessViewAndItsResendFormWorksWithoutASession() {
        Http http = http();
        Http.Response page = http.get(EVENT);
        assertEquals(200, page.status());
        String state = viewState(page.body());
        assertEquals("stateless", state, "the form carries no server-side view");

        Http.Response r = http.postForm(EVENT, null, resend("niemand-stateless@nirgends.example", state));
        assertEquals(200, r.status(), r.toString());
        assertTrue(
                Pattern.compile("<p id=\"resend-done\">([^<]+)</p>")
                        .matcher(r.body())
                        .find(),
                r.body());
        assertTrue(r.setCookie("FACHTAG_SESSION").isEmpty(), "the post creates no session either");
    }

    @Test
    void aResendFormLoadedLongAgoStillWorks() {
        // A page rendered before a restart (or an hour ago) posts the same "stateless" state:
        // there is nothing on the server that could have expired.
        Http.Response r = http().postForm(
                        EVENT, "FACHTAG_SESSION=abgelaufen", resend("noch-jemand@nirgends.example", "stateless"));
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().contains("id=\"resend-done\""), r.body());
    }

    // ---------------------------------------------------------------- the cache of rendered pages

    @Test
    void aCachedPageGetsAFreshNonceEachTimeThatMatchesItsHeader() {
        Http http = http();
        Http.Response a = null;
        Http.Response b = null;
        for (int i = 0; i < 5; i++) { // a change elsewhere in the tenant may start a new version
            http.get(EVENT);
            a = http.get(EVENT);
            b = http.get(EVENT);
            if ("hit".equals(a.header("X-Fachtag-Cache").orElse(""))
                    && "hit".equals(b.header("X-Fachtag-Cache").orElse(""))) {
                break;
            }
        }
        assertEquals("hit", a.header("X-Fachtag-Cache").orElse(""), "the second answer comes from the cache");
        assertEquals("hit", b.header("X-Fachtag-Cache").orElse(""));
        String na = nonceOf(a);
        String nb = nonceOf(b);
        assertNotEquals(na, nb, "every answer has its own nonce");
        assertEquals(a.body().replace(na, ""), b.body().replace(nb, ""), "and is otherwise the same page");
        assertTrue(a.setCookie("FACHTAG_SESSION").isEmpty());
    }

    @Test
    void conditionalRequestsAnswer304() {
        Http http = http();
        for (String path : List.of(
                EVENT,
                "/t/" + T + "/",
                EVENT + ".pdf",
                EVENT + ".ics",
                "/api/v1/tenants/" + T + "/events/" + EventFixtures.OPEN)) {
            Http.Response first = http.get(path);
            assertEquals(200, first.status(), first.toString());
            String etag = first.header("ETag").orElseThrow(() -> new AssertionError(path + " has an ETag"));
            assertTrue(first.header("Last-Modified").isPresent(), path + " has Last-Modified");
            Http.Response again = http.get(path, null, Map.of("If-None-Match", etag));
            assertEquals(304, again.status(), path + " " + again);
            assertEquals("", again.body());
            if (path.equals(EVENT) || path.endsWith("/")) {
                assertEquals(cspNonce(first), cspNonce(again), "a 304 keeps the policy of the copy the browser holds");
            } else {
                Http.Response since = http.get(
                        path,
                        null,
                        Map.of(
                                "If-Modified-Since",
                                first.header("Last-Modified").get()));
                assertEquals(304, since.status(), path + " " + since);
            }
            Http.Response other = http.get(path, null, Map.of("If-None-Match", "\"anders\""));
            assertEquals(200, other.status(), path + " " + other);
        }
    }

    @Test
    void aChangedEventShowsAtTheNextRequest() {
        Http http = http();
        String json = "/api/v1/tenants/" + T + "/events/" + EventFixtures.OPEN;
        http.get(EVENT);
        http.get(json);
        assertEquals(
                "hit",
                http.get(EVENT).header("X-Fachtag-Cache").orElse(""),
                "the page is in the cache before the change");
        assertEquals("hit", http.get(json).header("X-Fachtag-Cache").orElse(""));
        String motto = "Neu gesetzter Leitspruch " + System.nanoTime();
        Http.Response before = http.get("/it-cache-probe?tenant=" + T + "&slug=" + EventFixtures.OPEN + "&motto="
                + URLEncoder.encode(motto, StandardCharsets.UTF_8));
        assertEquals(200, before.status(), before.toString());
        try {
            // the cache reads the tenant's public_version with every request: the very next one renders afresh
            assertTrue(http.get(EVENT).body().contains(motto), "the event page shows the new motto");
            assertTrue(http.get(json).body().contains(motto), "the event JSON shows the new motto");
        } finally {
            http.get("/it-cache-probe?tenant=" + T + "&slug=" + EventFixtures.OPEN + "&motto="
                    + URLEncoder.encode(before.body(), StandardCharsets.UTF_8));
        }
    }

    /**
     * A page that does not exist creates no session either (issue 11): the error page is a
     * stateless view, and so is the page of a private link that opens nothing.
     */
    @Test
    void notFoundPagesCreateNoSession() {
        Http http = http();
        for (String path : List.of(
                "/gibt-es-nicht",
                "/t/" + T + "/gibt-es-nicht",
                "/t/niemand/",
                "/t/" + T + "/e/gibt-es-nicht",
                "/t/" + T + "/e/gibt-es-nicht/register",
                "/r/" + T + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            Http.Response r = http.get(path);
            assertEquals(404, r.status(), r.toString());
            assertTrue(
                    r.body()
                            .contains(
                                    path.startsWith("/r/")
                                            ? "Dieser Link ist nicht (mehr) gültig"
                                            : "Seite nicht gefunden"),
                    path + ": " + r.body());
            assertEquals(
                    List.of(),
                    r.headers("Set-Cookie").stream()
                            .filter(c -> !c.startsWith("fachtag-lang="))
                            .toList(),
                    path + " sets no session cookie");
        }
    }

    /**
     * A tenant's own host name (tenant_host, V13; the test tenant hostkreis) is cached like the
     * /t/{tenant}/ pages: hits with a fresh nonce each, 304 to a conditional request, no session,
     * and kept apart from the platform's own home on the platform's address.
     */
    @Test
    void pagesOnATenantsOwnHostAreCachedLikeThePrefixedOnes() {
        Http http = http();
        String host = "veranstaltungen.hostkreis.example";
        Http.Raw a = null;
        Http.Raw b = null;
        for (int i = 0; i < 5; i++) { // a change elsewhere in the tenant may start a new version
            http.withHost(host, "GET", "/", Map.of(), null);
            a = http.withHost(host, "GET", "/", Map.of(), null);
            b = http.withHost(host, "GET", "/", Map.of(), null);
            if ("hit".equals(a.header("X-Fachtag-Cache").orElse(""))
                    && "hit".equals(b.header("X-Fachtag-Cache").orElse(""))) {
                break;
            }
        }
        assertEquals(200, a.status(), a.toString());
        assertTrue(a.body().contains("Landkreis Hostkreis"), a.toString());
        assertEquals(
                "hit",
                a.header("X-Fachtag-Cache").orElse(""),
                "the tenant's home on its own host comes from the cache");
        assertEquals("hit", b.header("X-Fachtag-Cache").orElse(""));
        assertTrue(a.header("Set-Cookie").isEmpty(), "no session: " + a.headers());
        String na = nonce(a.header("Content-Security-Policy").orElseThrow());
        String nb = nonce(b.header("Content-Security-Policy").orElseThrow());
        assertNotEquals(na, nb, "every answer has its own nonce");
        assertEquals(a.body().replace(na, ""), b.body().replace(nb, ""), "and is otherwise the same page");
        assertTrue(b.body().contains("nonce=\"" + nb + "\""), "the scripts carry the header's nonce");

        Http.Raw first = a;
        String etag = first.header("ETag").orElseThrow(() -> new AssertionError("an ETag: " + first.headers()));
        Http.Raw again = http.withHost(host, "GET", "/", Map.of("If-None-Match", etag), null);
        assertEquals(304, again.status(), again.toString());

        // the platform's own address keeps the platform's home: the host is part of the key
        Http.Response platform = http.get("/");
        assertEquals(200, platform.status());
        assertTrue(platform.body().contains("href=\"/t/mittelsachsen/\""), "the platform's list of organizers");
        assertTrue(!platform.body().contains("Landkreis Hostkreis</h1>"), "not the tenant's home");
        // another tenant's page on this host stays 404, from the cache or not
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    404,
                    http.withHost(host, "GET", "/t/mittelsachsen/", Map.of(), null)
                            .status());
        }
    }

    private static String nonce(String csp) {
        Matcher m = CSP_NONCE.matcher(csp);
        assertTrue(m.find(), csp);
        return m.group(1);
    }

    private static final Pattern CSP_NONCE = Pattern.compile("'nonce-([^']+)'");

    private static String cspNonce(Http.Response r) {
        String csp = r.header("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP: " + r));
        Matcher m = CSP_NONCE.matcher(csp);
        assertTrue(m.find(), csp);
        return m.group(1);
    }

    /** The nonce of the header, after checking that every script of the page carries the same one. */
    private static String nonceOf(Http.Response r) {
        String nonce = cspNonce(r);
        Matcher m = Pattern.compile("nonce=\"([^\"]+)\"").matcher(r.body());
        int scripts = 0;
        while (m.find()) {
            assertEquals(nonce, m.group(1), "a script's nonce matches the Content-Security-Policy");
            scripts++;
        }
        assertTrue(scripts > 0, "the page has nonce-marked scripts");
        return nonce;
    }

    private static Map<String, String> resend(String mail, String state) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("resend", "resend");
        fields.put("resend:resend-email", mail);
        fields.put("resend:resend-submit", "Link erneut zusenden");
        fields.put("jakarta.faces.ViewState", state);
        return fields;
    }

    private static String viewState(String body) {
        int form = body.indexOf("id=\"resend\"");
        Matcher m = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(body);
        assertTrue(form >= 0 && m.find(form), body);
        return m.group(1);
    }

    private Http http() {
        return new Http(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
    }
}
