package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.web.it.backoffice.BackofficeBrowser;
import de.fachtag.web.it.browser.Browser;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.PageLook;
import de.fachtag.web.it.events.EventFixtures;
import de.fachtag.web.it.tour.TourFixtures;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Every public and back-office page as a person meets it, at 1280 and 390 px (issue 12, "How to
 * check it"): a full-page screenshot of each into {@code target/screenshots/tour-*.png} for a
 * reviewer, no page that scrolls sideways, axe-core without violations, and a focus indicator of
 * at least 3:1 on every element the keyboard reaches first ({@link PageLook}); the public pages
 * also pass the W3C Nu HTML checker without an error. The registrations
 * table's own checks (every column and the row actions in view at 1280 px, the cancellation in
 * view) are in {@code RegistrationsBackofficeIT}, the form's touch targets in
 * {@code RegistrationPublicIT}. Data: {@link TourFixtures}, and what the test itself sends.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class PageTourIT {

    static final String T = TourFixtures.TENANT;
    static final String EVENT = "/t/" + T + "/e/" + TourFixtures.EVENT;
    static final String BO = "/organizer/" + T;
    static final String BO_EVENT = BO + "/events/" + TourFixtures.EVENT;

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void everyPublicPage() throws Exception {
        String privateLink = registerByApi();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("platform-home", "/");
        pages.put("tenant-home", "/t/" + T + "/");
        pages.put("event", EVENT);
        pages.put("event-en", EVENT + "?lang=en");
        pages.put("register", EVENT + "/register");
        pages.put("self-service", privateLink);
        pages.put("documentation", "/t/" + EventFixtures.TENANT + "/e/" + EventFixtures.OPEN + "/documentation");
        pages.put("privacy", "/t/" + T + "/privacy");
        pages.put("accessibility", "/t/" + T + "/accessibility");
        pages.put("imprint", "/t/" + T + "/imprint");
        pages.put("feedback", "/t/" + T + "/feedback");
        pages.put("set-password", "/t/" + T + "/password");
        pages.put("login", "/login");
        pages.put("not-found", "/t/" + T + "/gibt-es-nicht");
        Browser browser = BrowserExtension.browser();
        browser.reset();
        pages.forEach((name, path) -> PageLook.atBothWidths(browser, url(path), "tour-" + name));

        // the W3C Nu HTML checker on every page of the tour, as the server sends it: no error
        de.fachtag.web.it.browser.Http http = new de.fachtag.web.it.browser.Http(URI.create(url("/")));
        Map<String, java.util.List<String>> htmlErrors = new LinkedHashMap<>();
        pages.forEach((name, path) -> {
            java.util.List<String> errors =
                    de.fachtag.web.it.browser.NuChecker.errors(http.get(path).body());
            if (!errors.isEmpty()) {
                htmlErrors.put(name + " " + path, errors);
            }
        });
        assertThat(htmlErrors).as("Nu checker errors per page").isEmpty();
    }

    @Test
    @RunAsClient
    void everyBackOfficePageOfAnOrganizer() {
        String message = "Die Tour: der Link zum Programm ist für Screenreader nicht beschriftet.";
        sendFeedback(message);

        BackofficeBrowser bo = BackofficeBrowser.signedIn(base.toString(), "organizer@" + T + ".demo");
        // the staff pages declare their charset within the first 1024 bytes, as the HTML standard asks
        String desk = new de.fachtag.web.it.browser.Http(URI.create(url("/")))
                .get(BO + "/", "FACHTAG_SESSION=" + bo.sessionCookie())
                .body();
        assertThat(desk.indexOf("<meta charset=\"UTF-8\""))
                .as(desk.substring(0, Math.min(desk.length(), 1500)))
                .isBetween(0, 1000);
        bo.open(BO + "/feedback");
        String messagePage = bo.driver()
                .findElement(By.xpath("//tr[contains(@class, 'fb-row')][.//span[@class='fb-excerpt'"
                        + " and starts-with(normalize-space(.), 'Die Tour')]]//a"))
                .getAttribute("href");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("desk", BO + "/");
        pages.put("events", BO + "/events");
        pages.put("event-new", BO + "/events/new");
        pages.put("event-edit", BO_EVENT);
        pages.put("event-agenda", BO_EVENT + "/agenda");
        pages.put("event-workshops", BO_EVENT + "/workshops");
        pages.put("event-registrations", BO_EVENT + "/registrations");
        pages.put("event-checkin", BO_EVENT + "/checkin");
        pages.put("event-report", BO_EVENT + "/report");
        pages.put("event-results", BO_EVENT + "/results");
        pages.put("series", BO + "/series");
        pages.put("reports", BO + "/reports");
        pages.put("consents", BO + "/consents");
        pages.put("feedback-inbox", BO + "/feedback");
        Browser browser = BrowserExtension.browser();
        pages.forEach((name, path) -> PageLook.atBothWidths(browser, url(path), "tour-bo-" + name));
        PageLook.atBothWidths(browser, messagePage, "tour-bo-feedback-message");
        assertThat(bo.driver().findElement(By.tagName("main")).getText()).contains(message);
    }

    @Test
    @RunAsClient
    void theTenantAdminsPages() {
        BackofficeBrowser.signedIn(base.toString(), "admin@" + T + ".demo");
        Browser browser = BrowserExtension.browser();
        PageLook.atBothWidths(browser, url(BO + "/settings"), "tour-bo-settings");
        PageLook.atBothWidths(browser, url(BO + "/staff"), "tour-bo-staff");
    }

    @Test
    @RunAsClient
    void theAnalystsAndTheDoorsStartPages() {
        BackofficeBrowser analyst = BackofficeBrowser.signedIn(base.toString(), "analyst@sms-sachsen.demo");
        // as an analyst who works with the figures API sees it: a token listed with its state
        analyst.type("token-form:label", "Auswertungsskript des Referats 42 (Jahresbericht)");
        analyst.submit("token-form:create");
        assertThat(analyst.messages()).contains("Das Token ist erstellt.");
        Browser browser = BrowserExtension.browser();
        PageLook.atBothWidths(browser, url("/ministry/sms-sachsen/"), "tour-ministry");
        BackofficeBrowser door = BackofficeBrowser.signedIn(base.toString(), "checkin@" + T + ".demo");
        PageLook.atBothWidths(browser, door.driver().getCurrentUrl(), "tour-checkin-start");
    }

    @Test
    @RunAsClient
    void theOperatorsPages() {
        Browser browser = BrowserExtension.browser();
        browser.reset();
        WebDriver d = browser.driver();
        d.get(url("/login"));
        d.findElement(By.id("login-form:email")).sendKeys("operator@fachtag.demo");
        d.findElement(By.id("login-form:password")).sendKeys(BackofficeBrowser.PASSWORD);
        Browser.clickAndLoad(d, d.findElement(By.id("login-form:submit")));
        assertThat(d.getCurrentUrl()).contains("/platform");
        PageLook.atBothWidths(browser, url("/platform/"), "tour-platform");
        PageLook.atBothWidths(browser, url("/platform/outbox"), "tour-platform-outbox");
    }

    /** A barrier report through the public form, so that the inbox and a message page have something to show. */
    private void sendFeedback(String message) {
        Browser browser = BrowserExtension.browser();
        browser.reset();
        WebDriver d = browser.driver();
        d.get(url("/t/" + T + "/feedback?from=" + EVENT));
        d.findElement(By.id("feedback-form:message")).sendKeys(message);
        WebElement send = d.findElement(By.id("feedback-form:send"));
        Browser.clickAndLoad(d, send);
        assertThat(d.findElement(By.tagName("main")).getText()).contains("Vielen Dank");
    }

    /** Registers one person through the JSON API and gives the path of their private page. */
    private String registerByApi() throws Exception {
        String body = "{\"name\":\"Tour Teilnehmerin\",\"email\":\"tour-" + System.nanoTime() + "@tour.example\","
                + "\"organisation\":\"Ausländerbehörde des Landkreises Mittelsachsen\",\"sector\":\"ADMINISTRATION\","
                + "\"mode\":\"ON_SITE\",\"workshop\":\"2\",\"consents\":{\"" + TourFixtures.ACK + "\":true,\""
                + TourFixtures.PHOTO + "\":false}}";
        HttpResponse<String> r = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(url(
                                        "/api/v1/tenants/" + T + "/events/" + TourFixtures.EVENT + "/registrations")))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String link = r.body().replaceAll("(?s).*\"selfServiceUrl\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        return URI.create(link).getPath();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
