package de.fachtag.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
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

import de.fachtag.web.it.browser.Http;
import de.fachtag.web.it.events.EventFixtures;

/**
 * Public pages as an anonymous visitor or a crawler meets them (issue 11): no HTTP session and
 * no server-side Faces view for a GET of the tenant home, the event page, the programme PDF, the
 * calendar and the event JSON; the event page's "mail my link again" form works without a
 * session, also when its view would long have expired on the server. Uses the events of
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
        for (String path : List.of("/", "/t/" + T + "/", EVENT, EVENT + "?lang=en", EVENT + ".pdf", EVENT + ".ics",
                "/api/v1/tenants/" + T + "/events/" + EventFixtures.OPEN, "/t/" + T + "/imprint",
                "/t/" + T + "/privacy", "/t/" + T + "/accessibility")) {
            Http.Response r = http.get(path);
            assertEquals(200, r.status(), r.toString());
            assertEquals(List.of(), r.headers("Set-Cookie").stream().filter(c -> !c.startsWith("fachtag-lang=")).toList(),
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
        assertTrue(Pattern.compile("<p id=\"resend-done\">([^<]+)</p>").matcher(r.body()).find(), r.body());
        assertTrue(r.setCookie("FACHTAG_SESSION").isEmpty(), "the post creates no session either");
    }

    @Test
    void aResendFormLoadedLongAgoStillWorks() {
        // A page rendered before a restart (or an hour ago) posts the same "stateless" state:
        // there is nothing on the server that could have expired.
        Http.Response r = http().postForm(EVENT, "FACHTAG_SESSION=abgelaufen", resend("noch-jemand@nirgends.example", "stateless"));
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().contains("id=\"resend-done\""), r.body());
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
        Matcher m = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(body);
        assertTrue(form >= 0 && m.find(form), body);
        return m.group(1);
    }

    private Http http() {
        return new Http(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
    }
}
