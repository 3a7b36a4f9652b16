package de.fachtag.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.fachtag.registration.Channel;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationService;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.Http;
import de.fachtag.web.it.registration.HeldSeatLock;
import de.fachtag.web.it.registration.PublicRegistrationProbe;
import de.fachtag.web.it.registration.RegistrationBrowser;
import de.fachtag.web.it.registration.RegistrationFixtures;
import de.fachtag.web.security.TrustedProxies;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public registration in the running application: a participant registers by keyboard alone,
 * sees the confirmation, opens the private link and changes the workshop, gives and withdraws the
 * photo consent and cancels after a confirmation step; axe-core on the form, its error state and
 * the private page; closed and not-yet-open windows; the honeypot; the same address twice and a
 * double submit giving one registration; hostile text in every field; the Art. 15 export; and
 * another tenant's event and token answering exactly like unknown ones.
 *
 * <p>Browser tests run as a client (headless Chromium); the others in the container, where the
 * stored registrations can be counted.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class RegistrationPublicIT {

    static final String T = RegistrationFixtures.TENANT;
    static final String FORM = "/t/" + T + "/e/" + RegistrationFixtures.OPEN + "/register";
    static final String NOT_FOUND = "Seite nicht gefunden";
    static final Pattern LINK = Pattern.compile("id=\"self-service-link\" href=\"([^\"]+)\"");

    @ArquillianResource
    URL base;

    @EJB
    PublicRegistrationProbe probe;

    @EJB
    de.fachtag.web.it.registration.RegistrationProbe mails;

    @EJB
    RegistrationService registrations;

    @EJB
    de.fachtag.feedback.FeedbackService feedback;

    @Inject
    TrustedProxies proxies;

    // ---------------------------------------------------------------- by keyboard, in a browser

    @Test
    @RunAsClient
    void aParticipantRegistersByKeyboardAloneAndChangesTheWorkshopThroughTheLink() {
        RegistrationBrowser.registerByKeyboardAndChangeTheWorkshop(url(""));
    }

    @Test
    @RunAsClient
    void theFormGuidesOnADeskAndOnAPhone() {
        RegistrationBrowser.formGuidesOnDeskAndPhone(url(""));
    }

    @Test
    @RunAsClient
    void theFormsErrorStateLinksEveryErrorToItsFieldAndTakesTheFocus() {
        RegistrationBrowser.errorStateIsLinkedAndFocused(url(""));
    }

    @Test
    @RunAsClient
    void beforeTheWindowOpensAndAfterItClosesThePageSaysSoAndShowsNoForm() {
        Http http = http();
        Http.Response early = http.get("/t/" + T + "/e/" + RegistrationFixtures.NOT_YET + "/register");
        assertEquals(200, early.status());
        assertTrue(early.body().contains("Die Anmeldung beginnt am "), early.body());
        assertFalse(early.body().contains("id=\"reg\""));
        Http.Response closed = http.get("/t/" + T + "/e/" + RegistrationFixtures.CLOSED + "/register");
        assertEquals(200, closed.status());
        assertTrue(closed.body().contains("Anmeldung beendet"));
        assertFalse(closed.body().contains("id=\"reg\""));
        Http.Response event = http.get("/t/" + T + "/e/" + RegistrationFixtures.OPEN);
        assertTrue(event.body().contains("id=\"register-link\""), "the event page links the open form");
        assertTrue(event.body().contains("Link erneut zusenden"));
        assertFalse(
                http.get("/t/" + T + "/e/" + RegistrationFixtures.CLOSED).body().contains("id=\"register-link\""));
    }

    @Test
    @RunAsClient
    void theEventPagesResendFormAnswersTheSameForAnyAddress() {
        Http http = http();
        List<String> answers = new ArrayList<>();
        for (String mail : List.of("erste@testkreis.example", "niemand@nirgends.example")) {
            Http.Response page = http.get("/t/" + T + "/e/" + RegistrationFixtures.OPEN);
            String cookie = page.cookieValue("FACHTAG_SESSION")
                    .map(v -> "FACHTAG_SESSION=" + v)
                    .orElse(null);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("resend", "resend");
            fields.put("resend:resend-email", mail);
            fields.put("resend:resend-submit", "Link erneut zusenden");
            fields.put("jakarta.faces.ViewState", viewState(page.body(), "resend"));
            Http.Response r = http.postForm("/t/" + T + "/e/" + RegistrationFixtures.OPEN, cookie, fields);
            assertEquals(200, r.status(), r.toString());
            Matcher m = Pattern.compile("<p id=\"resend-done\">([^<]+)</p>").matcher(r.body());
            assertTrue(m.find(), r.body());
            answers.add(m.group(1));
        }
        assertEquals(answers.get(0), answers.get(1));
    }

    // ---------------------------------------------------------------- posting the form (in the container)

    @Test
    void theHoneypotThanksABotAndStoresNothing() {
        String mail = "bot@spam.example";
        Http.Response r = submit(fields("Bot", mail, Map.of("reg:website", "https://spam.example")));
        assertEquals(200, r.status());
        assertTrue(r.body().contains("Ihre Anmeldung ist bestätigt"), r.body());
        assertFalse(LINK.matcher(r.body()).find());
        assertEquals(
                0,
                TenantContext.callAs(T, () -> probe.byEmail(RegistrationFixtures.OPEN, mail))
                        .size());
    }

    @Test
    void theSameAddressTwiceGetsItsRegistrationBackAndOneSeat() {
        String mail = "zweimal@teilnehmende.example";
        Http.Response first = submit(fields("Zweimal", mail, Map.of()));
        assertTrue(LINK.matcher(first.body()).find(), first.body());
        Http.Response second = submit(fields("Zweimal", " " + mail.toUpperCase() + " ", Map.of()));
        assertTrue(second.body().contains("Sie sind bereits angemeldet"), second.body());
        assertTrue(second.body().contains("noch einmal per E-Mail"));
        assertFalse(LINK.matcher(second.body()).find(), "the link only for a new registration");
        assertEquals(
                1,
                TenantContext.callAs(T, () -> probe.byEmail(RegistrationFixtures.OPEN, mail))
                        .size());
    }

    @Test
    void seatsLockedLongerThanTheLockTimeoutShowTheFriendlyMessageKeepTheInputAndStoreNothing() throws Exception {
        String mail = "besetzt@teilnehmende.example";
        Http.Response r;
        try (HeldSeatLock held = HeldSeatLock.take(T, RegistrationFixtures.OPEN)) {
            r = submit(fields("Geduldige Person", mail, Map.of()));
        }
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().contains("Gerade melden sich sehr viele Personen gleichzeitig an."), r.body());
        assertTrue(r.body().contains("value=\"Geduldige Person\""), "the input stays in the form");
        assertFalse(LINK.matcher(r.body()).find());
        assertEquals(
                0,
                TenantContext.callAs(T, () -> probe.byEmail(RegistrationFixtures.OPEN, mail))
                        .size());
    }

    @Test
    void aDoubleSubmitGivesOneRegistration() throws Exception {
        String mail = "doppelklick@teilnehmende.example";
        Http http = http();
        Http.Response page = http.get(FORM);
        String cookie = "FACHTAG_SESSION=" + page.cookieValue("FACHTAG_SESSION").orElseThrow();
        Map<String, String> f = fields("Doppelklick", mail, Map.of());
        f.put("jakarta.faces.ViewState", page.viewState());
        CompletableFuture<Http.Response> a = CompletableFuture.supplyAsync(() -> http.postForm(FORM, cookie, f));
        CompletableFuture<Http.Response> b = CompletableFuture.supplyAsync(() -> http.postForm(FORM, cookie, f));
        for (Http.Response r : List.of(a.get(), b.get())) {
            assertEquals(200, r.status(), r.toString());
            assertTrue(r.body().contains("Ihre Anmeldung ist bestätigt"), r.body());
        }
        assertEquals(
                1,
                TenantContext.callAs(T, () -> probe.byEmail(RegistrationFixtures.OPEN, mail))
                        .size());
    }

    @Test
    void hostileTextInEveryFieldOfTheFormIsRefusedOrStoredAndShownEscaped() {
        List<String> fields =
                List.of("reg:name", "reg:email", "reg:organisation", "reg:accessibilityNeeds", "reg:dietaryNote");
        int n = 0;
        for (String field : fields) {
            for (String value : RegistrationApiIT.HOSTILE) {
                String mail = "form-hostile" + n++ + "@teilnehmende.example";
                Map<String, String> f = fields("Hostile", mail, Map.of(field, value));
                Http.Response r = submit(f);
                String what = field + " = " + RegistrationApiIT.abbreviate(value) + " → " + r.status();
                assertEquals(200, r.status(), what + " " + RegistrationApiIT.abbreviate(r.body()));
                assertFalse(r.body().contains("<script>alert"), what);
                assertFalse(r.body().contains("<img src=x"), what);
                Matcher link = LINK.matcher(r.body());
                assertTrue(link.find() || r.body().contains("id=\"error-summary\""), what + " " + r.body());
                if (link.find(0)) {
                    String page = http().get(
                                    link.group(1).substring(link.group(1).indexOf("/r/")))
                            .body();
                    assertFalse(page.contains("<script>alert"), what);
                    if (value.contains("<script>") && !field.equals("reg:email")) {
                        assertTrue(page.contains("&lt;script&gt;"), "shown escaped: " + what);
                    }
                }
            }
        }
    }

    /**
     * A participant who sends the form after the server forgot its view (session over, server
     * restarted) gets the form back, not an error: 200, a message saying why, every typed value
     * still there, nothing stored; sending it again registers.
     */
    @Test
    void aFormSentAfterItsViewExpiredComesBackWithTheTypedValuesAndCanBeSentAgain() {
        String mail = "langsam@teilnehmende.example";
        Map<String, String> f = fields(
                "Langsam Tippende",
                mail,
                Map.of(
                        "reg:organisation",
                        "Migrationsberatung Freiberg",
                        "reg:accessibilityNeeds",
                        "Dolmetschung in Gebaerdensprache",
                        "reg:workshop",
                        "3"));
        f.put("jakarta.faces.ViewState", "-4711:-0815");
        Http http = http();
        Http.Response expired = http.postForm(FORM, null, f);
        assertEquals(200, expired.status(), expired.toString());
        String body = expired.body();
        assertTrue(body.contains("Ihre Angaben sind noch da"), body);
        assertTrue(body.contains("id=\"error-summary\""), "the message stands in the summary that takes the focus");
        for (String typed : List.of(
                "value=\"Langsam Tippende\"",
                "value=\"" + mail + "\"",
                "value=\"Migrationsberatung Freiberg\"",
                ">Dolmetschung in Gebaerdensprache</textarea>")) {
            assertTrue(body.contains(typed), typed + " in\n" + body);
        }
        assertTrue(
                Pattern.compile("value=\"3\"[^>]*checked|checked[^>]*value=\"3\"")
                        .matcher(body)
                        .find(),
                "workshop 3 still chosen");
        assertFalse(body.contains("Ihre Anmeldung ist bestätigt"));
        assertEquals(
                0,
                TenantContext.callAs(T, () -> probe.byEmail(RegistrationFixtures.OPEN, mail))
                        .size(),
                "nothing stored");

        String cookie = expired.cookieValue("FACHTAG_SESSION")
                .map(v -> "FACHTAG_SESSION=" + v)
                .orElseThrow();
        f.put("jakarta.faces.ViewState", expired.viewState());
        Http.Response again = http.postForm(FORM, cookie, f);
        assertEquals(200, again.status(), again.toString());
        assertTrue(again.body().contains("Ihre Anmeldung ist bestätigt"), again.body());
        assertEquals(
                1,
                TenantContext.callAs(T, () -> probe.byEmail(RegistrationFixtures.OPEN, mail))
                        .size());
    }

    /**
     * The participant's own page (/r/{token}) after its view expired: the chosen workshop comes
     * back with the message, 200, nothing changed; sent again, the change is made.
     */
    @Test
    void theOwnPageSentAfterItsViewExpiredKeepsTheChoiceAndCanBeSentAgain() {
        String mail = "langsam-eigen@teilnehmende.example";
        String token = TenantContext.callAs(
                T,
                () -> registrations
                        .register(
                                RegistrationFixtures.OPEN,
                                RegistrationFixtures.person("Langsam Eigen", mail, ParticipationMode.ON_SITE, "1"),
                                Channel.FORM)
                        .token()
                        .orElseThrow());
        Map<String, String> f = new LinkedHashMap<>();
        f.put("workshop-form", "workshop-form");
        f.put("workshop-form:workshop", "3");
        f.put("workshop-form:change-workshop", "Workshop wechseln");
        f.put("jakarta.faces.ViewState", "-4711:-0815");
        Http http = http();
        Http.Response expired = http.postForm("/r/" + token, null, f);
        assertEquals(200, expired.status(), expired.toString());
        assertTrue(expired.body().contains("id=\"expired-view\""), expired.body());
        assertTrue(expired.body().contains("Ihre Angaben sind noch da"), expired.body());
        assertTrue(
                Pattern.compile("value=\"3\"[^>]*checked|checked[^>]*value=\"3\"")
                        .matcher(expired.body())
                        .find(),
                "workshop 3 still chosen: " + expired.body());
        assertEquals("1", workshopOf(mail), "nothing changed");

        String cookie = expired.cookieValue("FACHTAG_SESSION")
                .map(v -> "FACHTAG_SESSION=" + v)
                .orElseThrow();
        f.put("jakarta.faces.ViewState", viewState(expired.body(), "workshop-form"));
        Http.Response again = http.postForm("/r/" + token, cookie, f);
        assertTrue(again.status() == 200 || again.status() == 302, again.toString());
        assertFalse(again.body().contains("id=\"expired-view\""));
        assertEquals("3", workshopOf(mail), "sent again, the change is made");

        Http.Response otherTenant =
                http.postForm("/r/mittelsachsen." + token.substring(token.indexOf('.') + 1), null, f);
        assertEquals(404, otherTenant.status(), otherTenant.toString());
        assertTrue(otherTenant.body().contains("Dieser Link ist nicht (mehr) gültig"), otherTenant.body());
        assertFalse(otherTenant.body().contains("id=\"workshop-form\""), "nothing of the registration");
    }

    /**
     * "Link erneut zusenden" from an event page kept open since before a restart or a release
     * (its form carries a view state the server does not know): the event page is a stateless
     * view, so nothing of that state is needed; the post is taken as it is, sent, and still
     * creates no session.
     */
    @Test
    void theResendFormSentWithAViewStateTheServerDoesNotKnowIsSentWithoutASession() {
        String page = "/t/" + T + "/e/" + RegistrationFixtures.OPEN;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("resend", "resend");
        f.put("resend:resend-email", "langsam-erneut@teilnehmende.example");
        f.put("resend:resend-submit", "Link erneut zusenden");
        f.put("jakarta.faces.ViewState", "-4711:-0815");
        Http.Response old = http().postForm(page, null, f);
        assertEquals(200, old.status(), old.toString());
        assertTrue(old.body().contains("id=\"resend-done\""), old.body());
        assertFalse(old.body().contains("id=\"expired-view\""), "nothing expired: " + old.body());
        assertTrue(old.setCookie("FACHTAG_SESSION").isEmpty(), "no session: " + old);
    }

    private String workshopOf(String mail) {
        return TenantContext.callAs(T, () -> probe.workshopCode(RegistrationFixtures.OPEN, mail));
    }

    /**
     * HSTS and a Secure session cookie when the request came over HTTPS: through a trusted proxy
     * (X-Forwarded-Proto), never on the word of an untrusted peer, never over plain HTTP.
     */
    @Test
    void httpsThroughATrustedProxyGetsHstsAndASecureSessionCookie() {
        Http http = http();
        try {
            proxies.trust(RegistrationApiIT.ownAddresses(base));
            Http.Response https = http.get(FORM, null, Map.of("X-Forwarded-Proto", "https"));
            assertEquals(200, https.status(), https.toString());
            assertTrue(https.header("Strict-Transport-Security").orElse("").startsWith("max-age="), https.toString());
            String cookie = https.setCookie("FACHTAG_SESSION")
                    .orElseThrow(() -> new AssertionError("no session cookie: " + https));
            assertTrue(cookie.matches("(?i).*;\\s*Secure(;.*)?"), cookie);
            assertTrue(cookie.matches("(?i).*;\\s*HttpOnly(;.*)?"), cookie);
            assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax(;.*)?"), cookie);
            assertEquals(
                    1,
                    https.headers("Set-Cookie").stream()
                            .filter(c -> c.startsWith("FACHTAG_SESSION="))
                            .count());

            Http.Response json = http.get("/api/v1/tenants", null, Map.of("X-Forwarded-Proto", "https"));
            assertTrue(json.header("Strict-Transport-Security").isPresent(), "HSTS on every kind of answer: " + json);

            Http.Response plain = http.get(FORM, null, Map.of("X-Forwarded-Proto", "http"));
            assertTrue(plain.header("Strict-Transport-Security").isEmpty(), plain.toString());
            assertFalse(plain.setCookie("FACHTAG_SESSION").orElseThrow().matches("(?i).*;\\s*Secure(;.*)?"));

            proxies.trust("");
            Http.Response untrusted = http.get(FORM, null, Map.of("X-Forwarded-Proto", "https"));
            assertTrue(untrusted.header("Strict-Transport-Security").isEmpty(), "from an untrusted peer: " + untrusted);
            assertFalse(untrusted.setCookie("FACHTAG_SESSION").orElseThrow().matches("(?i).*;\\s*Secure(;.*)?"));
        } finally {
            proxies.trust("");
        }
    }

    // ---------------------------------------------------------------- the private link

    @Test
    void thePrivatePageNamesItselfWithoutTheTokenAndFeedbackIsStoredWithoutOne() {
        String token = TenantContext.callAs(
                T,
                () -> registrations
                        .register(
                                RegistrationFixtures.OPEN,
                                RegistrationFixtures.person(
                                        "Rückmeldung Gebende",
                                        "rueckmeldung@teilnehmende.example",
                                        ParticipationMode.ON_SITE,
                                        "1"),
                                Channel.FORM)
                        .token()
                        .orElseThrow());
        String secret = token.substring(token.indexOf('.') + 1);
        Http.Response page = http().get("/r/" + token);
        assertEquals(200, page.status(), page.toString());
        Matcher footer =
                Pattern.compile("href=\"[^\"]*feedback\\?from=([^\"]*)\"").matcher(page.body());
        assertTrue(footer.find(), page.body());
        assertFalse(footer.group(1).contains(secret), "the feedback link passes the token on: " + footer.group(0));
        // whatever a form posts (an old page, a pasted link), the stored feedback holds no token
        de.fachtag.feedback.FeedbackForm form = new de.fachtag.feedback.FeedbackForm();
        form.setPage("/r/" + token);
        form.setMessage("Auf " + url("/r/" + token) + " ist der Kontrast zu schwach.");
        java.util.UUID id = TenantContext.callAs(T, () -> feedback.submit(form, java.util.Locale.GERMAN));
        de.fachtag.feedback.FeedbackItem stored =
                TenantContext.callAs(T, () -> feedback.find(id)).orElseThrow();
        assertFalse(stored.page().contains(secret), stored.page());
        assertFalse(stored.message().contains(secret), stored.message());
        assertTrue(stored.message().contains("ist der Kontrast zu schwach"), stored.message());
    }

    @Test
    void theDataExportHoldsTheRegistrationAndEveryConsentDecision() {
        String mail = "auskunft@teilnehmende.example";
        String token = TenantContext.callAs(
                T,
                () -> registrations
                        .register(
                                RegistrationFixtures.OPEN,
                                RegistrationFixtures.person("Auskunft Suchende", mail, ParticipationMode.ON_SITE, "1"),
                                Channel.FORM)
                        .token()
                        .orElseThrow());
        TenantContext.runAs(T, () -> registrations.decideConsent(token, RegistrationFixtures.photoKey(), true));
        TenantContext.runAs(T, () -> registrations.decideConsent(token, RegistrationFixtures.photoKey(), false));
        Http.Response r = http().get("/r/" + token + "/data.json");
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.header("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("strict-origin", r.header("Referrer-Policy").orElse(""), "a Referer never carries the token");
        assertTrue(r.header("Cache-Control").orElse("").contains("no-store"));
        JsonObject json = Json.createReader(new StringReader(r.body())).readObject();
        JsonObject reg = json.getJsonObject("registration");
        assertEquals(mail, reg.getString("email"));
        assertEquals("Auskunft Suchende", reg.getString("name"));
        assertEquals("CONFIRMED", reg.getString("status"));
        assertEquals("1", reg.getJsonObject("workshop").getString("code"));
        assertEquals(RegistrationFixtures.OPEN, json.getJsonObject("event").getString("slug"));
        JsonArray consents = json.getJsonArray("consents");
        List<String> decisions = new ArrayList<>();
        for (JsonObject c : consents.getValuesAs(JsonObject.class)) {
            decisions.add(c.getString("key") + " v" + c.getInt("version") + " " + c.getBoolean("granted") + " "
                    + c.getString("channel"));
            assertFalse(c.getString("label").isBlank());
            assertFalse(c.getString("recordedAt").isBlank());
        }
        String ack = RegistrationFixtures.ackKey();
        String photo = RegistrationFixtures.photoKey();
        assertTrue(
                decisions.containsAll(List.of(
                        ack + " v1 true FORM",
                        photo + " v1 false FORM",
                        photo + " v1 true SELF_SERVICE",
                        photo + " v1 false SELF_SERVICE")),
                decisions.toString());
        assertEquals(4, decisions.size(), decisions.toString());

        Http.Response page = http().get("/r/" + token);
        assertEquals(200, page.status());
        assertEquals("strict-origin", page.header("Referrer-Policy").orElse(""));
        assertTrue(page.header("Cache-Control").orElse("").contains("no-store"));
    }

    /**
     * A link that opens nothing (cut off, or of an erased registration) of a known tenant: 404
     * with a page that says the link is not valid (any more), in the tenant's branding, with no
     * trace of the token, and a form that mails the valid link; an unknown tenant's: the plain 404.
     */
    @Test
    void anInvalidLinkSaysSoWithoutTheTokenAndMailsTheValidOne() {
        String mail = "alter-link@teilnehmende.example";
        var outcome = TenantContext.callAs(
                T,
                () -> registrations.register(
                        RegistrationFixtures.OPEN,
                        RegistrationFixtures.person("Alter Link", mail, ParticipationMode.ON_SITE, "1"),
                        Channel.FORM));
        String secret = "AltUndUngueltig-0123456789abcdefghijklmnopq";
        Http http = http();
        Http.Response page = http.get("/r/" + T + "." + secret);
        assertEquals(404, page.status(), page.toString());
        assertTrue(page.body().contains("<h1>Dieser Link ist nicht (mehr) gültig</h1>"), page.body());
        assertFalse(page.body().contains(NOT_FOUND), "not the bare not-found page");
        assertFalse(page.body().contains(secret), "the token appears nowhere on the page: " + page.body());
        assertTrue(page.body().contains("/t/" + T + "/feedback?from=/t/" + T + "/link"), page.body());
        assertTrue(page.body().contains("action=\"/t/" + T + "/link\""), "the form posts without the token");
        assertTrue(page.body().contains("/t/" + T + "/theme.css"), "the tenant's branding");

        assertTrue(page.cookieValue("FACHTAG_SESSION").isEmpty(), "a guessed link creates no session");
        String cookie = null;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("resend", "resend");
        f.put("resend:resend-event", RegistrationFixtures.OPEN);
        f.put("resend:resend-email", mail.toUpperCase(java.util.Locale.ROOT));
        f.put("resend:resend-submit", "Link erneut zusenden");
        f.put("jakarta.faces.ViewState", viewState(page.body(), "resend"));
        Http.Response sent = http.postForm("/t/" + T + "/link", cookie, f);
        assertEquals(200, sent.status(), sent.toString());
        assertTrue(sent.body().contains("<p id=\"resend-done\">Wenn mit dieser Adresse"), sent.body());
        assertEquals(
                1,
                TenantContext.callAs(T, () -> mails.mailKinds(outcome.id())).stream()
                        .filter("LINK_RESENT"::equals)
                        .count(),
                "the valid link went out once more");

        assertNotFound(http.get("/r/no-such-tenant." + secret));

        // sent with a view state the server does not know (a page kept open over a restart): a
        // stateless page, so nothing could expire; the post is taken as it is, without a session
        f.put("jakarta.faces.ViewState", "-4711:-0815");
        Http.Response late = http.postForm("/t/" + T + "/link", null, f);
        assertEquals(200, late.status(), late.toString());
        assertTrue(late.body().contains("<p id=\"resend-done\">"), late.body());
        assertTrue(late.cookieValue("FACHTAG_SESSION").isEmpty(), "no session");
    }

    @Test
    @RunAsClient
    void theInvalidLinkPageIsAccessibleAndWorksByKeyboard() {
        RegistrationBrowser.invalidLinkPageByKeyboard(url(""));
    }

    @Test
    void anotherTenantsEventAndTokenAnswerExactlyLikeUnknownOnes() {
        Http http = http();
        String secret = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";
        Http.Response unknownEvent = http.get("/t/" + T + "/e/no-such-event/register");
        Http.Response otherEvent = http.get("/t/" + T + "/e/" + RegistrationFixtures.OTHER_TENANTS + "/register");
        assertNotFound(unknownEvent);
        assertNotFound(otherEvent);
        assertEquals(
                200,
                http.get("/t/" + RegistrationFixtures.OTHER_TENANT + "/e/" + RegistrationFixtures.OTHER_TENANTS
                                + "/register")
                        .status(),
                "under its own tenant");

        String token = RegistrationFixtures.otherTenantsToken();
        assertEquals(200, http.get("/r/" + token).status(), "the other tenant's link works for its own tenant");
        String otherSecret = token.substring(token.indexOf('.') + 1);
        // a link of this tenant that opens nothing: the same "not valid (any more)" page for both
        Http.Response otherTenants = http.get("/r/" + T + "." + otherSecret);
        Http.Response unknown = http.get("/r/" + T + "." + secret);
        for (Http.Response r : List.of(otherTenants, unknown)) {
            assertEquals(404, r.status(), r.toString());
            assertTrue(r.body().contains("Dieser Link ist nicht (mehr) gültig"), r.body());
        }
        for (String path : List.of(
                "/r/no-such-tenant." + secret,
                "/r/" + T + "." + otherSecret + "/data.json",
                "/r/" + T + "." + secret + "/data.json",
                "/r/garbage")) {
            assertNotFound(http.get(path));
        }
    }

    // ---------------------------------------------------------------- helpers

    private void assertNotFound(Http.Response r) {
        assertEquals(404, r.status(), r.toString());
        assertTrue(r.body().contains(NOT_FOUND), r.body());
    }

    /** The form's fields as a browser posts them, with a valid registration for workshop 1 unless overridden. */
    private static Map<String, String> fields(String name, String mail, Map<String, String> overrides) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("reg", "reg");
        f.put("reg:name", name);
        f.put("reg:email", mail);
        f.put("reg:organisation", "Jobcenter Teststadt");
        f.put("reg:sector", "EDUCATION");
        f.put("reg:mode", "ON_SITE");
        f.put("reg:workshop", "1");
        f.put("reg:accessibilityNeeds", "");
        f.put("reg:dietaryNote", "");
        f.put("reg:consent-0", "on");
        f.put("reg:website", "");
        f.put("reg:submit", "Verbindlich anmelden");
        f.putAll(overrides);
        return f;
    }

    /** GETs the form, posts the fields with its view state in its session. */
    private Http.Response submit(Map<String, String> fields) {
        Http http = http();
        Http.Response page = http.get(FORM);
        assertEquals(200, page.status(), page.toString());
        String cookie = "FACHTAG_SESSION=" + page.cookieValue("FACHTAG_SESSION").orElseThrow();
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put("jakarta.faces.ViewState", page.viewState());
        return http.postForm(FORM, cookie, f);
    }

    private static String viewState(String body, String formId) {
        int form = body.indexOf("id=\"" + formId + "\"");
        Matcher m = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(body);
        assertTrue(form >= 0 && m.find(form), body);
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private Http http() {
        return new Http(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
