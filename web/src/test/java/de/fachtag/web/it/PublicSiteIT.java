package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.web.it.browser.A11y;
import de.fachtag.web.it.browser.Browser;
import de.fachtag.web.it.browser.BrowserExtension;
import de.fachtag.web.it.browser.Http;
import de.fachtag.web.it.browser.Keyboard;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;

/**
 * The public site, sign-in and the staff pages as a visitor meets them: the built WAR in Payara
 * Micro (one deployment for the whole class), driven by a headless Chromium and by a plain HTTP
 * client. Every browser and HTTP client test belongs in this class, so that Payara boots once.
 *
 * <p>The database is fresh for each failsafe run ({@link IntegrationTestDatabase}); the demo
 * staff accounts have the password {@code FACHTAG_DEMO_PASSWORD} from web/pom.xml. The one test
 * that changes data (the tenant colour) puts the old value back.
 *
 * <p>Run alone: {@code mvn -o -q install -DskipTests && mvn -o -pl web verify -Dit.test=PublicSiteIT}.
 * When someone else runs the web integration tests on the same machine at the same time, give
 * this run its own database ({@code -Dfachtag.test.db=fachtag_it_publicsite}): each run drops and
 * recreates the database it names.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class PublicSiteIT {

    static final String PASSWORD = "demo-password-for-tests";
    static final String SESSION_COOKIE = "FACHTAG_SESSION";
    static final String NOT_FOUND = "Seite nicht gefunden";
    /** The platform's own primary colour (fachtag.css), which a tenant's theme must override. */
    static final String PLATFORM_PRIMARY = "#1f4e79";
    /** Word for word from the funding decision (seed 001), as the tenant file quotes it. */
    static final String SAXON_FUNDING_NOTICE = "Diese Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage "
            + "des vom Sächsischen Landtag beschlossenen Haushaltes.";

    private static final Pattern FT_PRIMARY = Pattern.compile("--ft-primary:\\s*(#[0-9a-fA-F]{6})\\s*;");

    @ArquillianResource
    URL base;

    static WebDriver driver;

    /** Every test starts signed out and in German (BrowserExtension resets the browser). */
    @BeforeEach
    void browser() {
        driver = BrowserExtension.browser().driver();
    }

    // ---------------------------------------------------------------- 1. accessibility

    /**
     * WCAG 2.1 A/AA on every public page. Cover a new page by adding one line: its path and the
     * text of its {@code <h1>} (which proves the page, not an error page, was checked).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /                                  | Veranstalter auf Fachtag
            /?lang=en                          | Organizers on Fachtag
            /t/mittelsachsen/                  | Landkreis Mittelsachsen
            /t/agsa/                           | Auslandsgesellschaft Sachsen-Anhalt e.V.
            /t/sms-sachsen/                    | Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt
            /t/ms-sachsen-anhalt/              | Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung des Landes Sachsen-Anhalt
            /t/testkreis/                      | Landkreis Testkreis
            /t/mittelsachsen/privacy           | Datenschutzerklärung
            /t/mittelsachsen/imprint           | Impressum
            /t/mittelsachsen/accessibility     | Erklärung zur Barrierefreiheit
            /t/mittelsachsen/feedback          | Barriere melden oder Feedback geben
            /t/mittelsachsen/password?token=x  | Passwort festlegen
            /login                             | Anmeldung für Mitarbeitende
            /t/unknown-tenant/                 | Seite nicht gefunden
            """)
    void publicPageMeetsWcag21AA(String path, String heading) {
        A11y.assertNoViolations(driver, url(path));
        assertThat(h1()).as("h1 of %s", path).isEqualTo(heading);
    }

    /** The W3C Nu HTML checker finds no error in the public pages as the server sends them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/",
                "/t/mittelsachsen/",
                "/t/mittelsachsen/privacy",
                "/t/mittelsachsen/imprint",
                "/t/mittelsachsen/accessibility",
                "/t/sms-sachsen/"
            })
    void publicPageHasNoHtmlErrors(String path) {
        Http.Response page = http().get(path);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(de.fachtag.web.it.browser.NuChecker.errors(page.body()))
                .as("Nu checker on %s", path)
                .isEmpty();
    }

    /** The home page at 1280 and 390 px for a person to look at. */
    @Test
    void platformHomeScreenshots() {
        Browser browser = BrowserExtension.browser();
        try {
            for (int width : new int[] {1280, 390}) {
                browser.emulateWidth(width, 900);
                A11y.assertNoViolations(driver, url("/"));
                browser.screenshot(java.nio.file.Path.of("target", "screenshots", "home-" + width + ".png"));
            }
        } finally {
            browser.emulateWidth(Browser.WIDTH, 1000);
        }
    }

    /** The staff pages, signed in as the tenant admin (who sees every control). One line per page. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /organizer/mittelsachsen/          | Verwaltung
            /organizer/mittelsachsen/settings  | Einstellungen des Veranstalters
            /organizer/mittelsachsen/staff     | Mitarbeitende
            """)
    void staffPageMeetsWcag21AA(String path, String heading) {
        signIn("admin@mittelsachsen.demo");
        A11y.assertNoViolations(driver, url(path));
        assertThat(h1()).as("h1 of %s", path).isEqualTo(heading);
    }

    /** The feedback form as it shows a missing message: the error state must be accessible too. */
    @Test
    void feedbackFormErrorStateMeetsWcag21AA() {
        driver.get(url("/t/mittelsachsen/feedback"));
        Browser.clickAndLoad(driver, driver.findElement(By.id("feedback-form:send")));
        assertThat(driver.findElement(By.id("feedback-form:message-error")).getText())
                .isEqualTo("Ihre Nachricht: Pflichtfeld");
        assertThat(driver.findElement(By.id("feedback-form:message")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        A11y.assertNoViolations(driver);
    }

    /**
     * The privacy page states the periods the retention job follows, generated from the same
     * settings (testkreis.yaml: retentionDays 30; its funder sms-sachsen keeps lists 2 years).
     */
    @Test
    void privacyPageStatesTheRetentionPeriodsFromTheSettings() {
        driver.get(url("/t/testkreis/privacy"));
        String text = driver.findElement(By.id("retention")).getText();
        assertThat(text)
                .contains(
                        "Speicherdauer der Anmeldedaten",
                        "30 Tage nach dem Ende der Veranstaltung",
                        "Veranstaltungen, gefördert durch Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt:",
                        "2 Jahre nach dem Ende der Veranstaltung",
                        "Art. 17 Abs. 3 Buchst. b");
        driver.get(url("/t/testkreis/privacy?lang=en"));
        assertThat(driver.findElement(By.id("retention")).getText())
                .contains("30 days after the end of the event", "for 2 years after the end of the event");
        driver.get(url("/t/mittelsachsen/privacy?lang=de"));
        assertThat(driver.findElement(By.id("retention")).getText()).contains("90 Tage", "5 Jahre");
    }

    // ---------------------------------------------------------------- 2. branding

    @Test
    void tenantHomeShowsTheTenantsColourAndFundingNotice() {
        String primary = themePrimary("mittelsachsen");
        assertThat(primary)
                .as("the tenant's own colour, not the platform's")
                .isNotEqualToIgnoringCase(PLATFORM_PRIMARY);

        driver.get(url("/t/mittelsachsen/"));
        assertThat(headerBackground()).as("background of .site-header").isEqualTo(rgb(primary));

        WebElement funding = driver.findElement(By.cssSelector("footer section[aria-labelledby='footer-funding']"));
        assertThat(funding.findElement(By.tagName("h2")).getText()).isEqualTo("Förderung");
        List<WebElement> notices = funding.findElements(By.cssSelector(".funding__notice"));
        assertThat(notices).anySatisfy(notice -> {
            assertThat(notice.findElement(By.cssSelector(".funding__label")).getText())
                    .isEqualTo("Gefördert durch");
            assertThat(notice.getText())
                    .contains("Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt");
            assertThat(notice.findElements(By.tagName("p")))
                    .extracting(WebElement::getText)
                    .contains(SAXON_FUNDING_NOTICE);
        });
    }

    @Test
    void operatorAddedTenantShowsItsOwnColour() {
        assertThat(themePrimary("testkreis")).isEqualTo("#7a1f5c");

        driver.get(url("/t/testkreis/"));
        assertThat(h1()).isEqualTo("Landkreis Testkreis");
        assertThat(headerBackground()).as("background of .site-header").isEqualTo(rgb("#7a1f5c"));
        assertThat(driver.findElement(By.cssSelector("footer")).getText())
                .contains("Testkreis-Förderhinweis für die Integrationstests.");
    }

    // ---------------------------------------------------------------- 3. settings

    @Test
    void tenantAdminChangesThePrimaryColour() {
        signIn("admin@mittelsachsen.demo");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/organizer/mittelsachsen/"));
        driver.findElement(By.cssSelector("nav.site-nav"))
                .findElement(By.linkText("Einstellungen"))
                .click();
        Browser.waitForPage(driver, u -> u.equals(url("/organizer/mittelsachsen/settings")));
        assertThat(h1()).isEqualTo("Einstellungen des Veranstalters");

        String original = primaryColourField().getAttribute("value");
        assertThat(original).matches("#[0-9a-fA-F]{6}");
        String chosen = original.equalsIgnoreCase("#6b2c91") ? "#1d5e3a" : "#6b2c91";
        try {
            saveColour(chosen);
            assertThat(globalMessages()).isEqualTo("Die Einstellungen sind gespeichert.");
            assertThat(primaryColourField().getAttribute("value")).isEqualTo(chosen);
            assertThat(publicHeaderColour()).isEqualTo(rgb(chosen));
            String theme = http().get("/t/mittelsachsen/theme.css").body();

            openSettings();
            saveColour("#12345");
            assertThat(fieldMessageOfPrimaryColour()).isEqualTo("Bitte eine Farbe als #rrggbb angeben, z. B. #005a9c.");
            assertThat(primaryColourField().getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(globalMessages()).doesNotContain("gespeichert");
            assertThat(http().get("/t/mittelsachsen/theme.css").body())
                    .as("theme after a refused colour")
                    .isEqualTo(theme);
            assertThat(publicHeaderColour()).isEqualTo(rgb(chosen));

            openSettings();
            assertThat(primaryColourField().getAttribute("value"))
                    .as("stored colour")
                    .isEqualTo(chosen);
            saveColour("#ffff00");
            assertThat(fieldMessageOfPrimaryColour())
                    .isEqualTo("Diese Farbe ist auf Weiß zu hell: Text darauf wäre schlecht lesbar "
                            + "(WCAG 2.1 AA verlangt einen Kontrast von mindestens 4,5:1).");
            assertThat(globalMessages()).doesNotContain("gespeichert");
            assertThat(http().get("/t/mittelsachsen/theme.css").body())
                    .as("theme after a refused colour")
                    .isEqualTo(theme);
            assertThat(publicHeaderColour()).isEqualTo(rgb(chosen));
            openSettings();
            assertThat(primaryColourField().getAttribute("value"))
                    .as("stored colour")
                    .isEqualTo(chosen);
        } catch (RuntimeException | Error failure) {
            try {
                restorePrimaryColour(original);
            } catch (RuntimeException | Error restoreFailure) {
                failure.addSuppressed(restoreFailure);
            }
            throw failure;
        }
        restorePrimaryColour(original);
    }

    // ---------------------------------------------------------------- 4. tenancy and sign-in

    @Test
    void staffOfOneTenantGetNotFoundOnAnotherTenantsPages() {
        signIn("organizer@agsa.demo");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/organizer/agsa/"));
        String cookie = browserSessionCookie();

        for (String path : List.of(
                "/organizer/mittelsachsen/settings", "/organizer/mittelsachsen/", "/organizer/mittelsachsen/staff")) {
            driver.get(url(path));
            assertThat(h1()).as("h1 of %s", path).isEqualTo(NOT_FOUND);
            assertThat(driver.getTitle()).startsWith(NOT_FOUND);
            assertThat(html().getAttribute("lang")).isEqualTo("de");
            assertThat(driver.getPageSource())
                    .as("%s must not reveal the other tenant", path)
                    .doesNotContain("Mittelsachsen");

            Http.Response r = http().get(path, cookie);
            assertThat(r.status()).as("%s", r).isEqualTo(404);
            assertThat(r.body()).contains("<h1>" + NOT_FOUND + "</h1>").doesNotContain("Mittelsachsen");
        }
        // exactly the answer a tenant that does not exist gets
        Http.Response missing = http().get("/organizer/gibt-es-nicht/", cookie);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("<h1>" + NOT_FOUND + "</h1>");

        driver.get(url("/organizer/agsa/"));
        assertThat(h1()).isEqualTo("Verwaltung");
        assertThat(mainText()).contains("organizer@agsa.demo");
        Http.Response own = http().get("/organizer/agsa/", cookie);
        assertThat(own.status()).as("%s", own).isEqualTo(200);
        assertThat(own.body()).contains("organizer@agsa.demo");

        driver.get(url("/organizer/agsa/settings"));
        assertThat(h1()).isEqualTo("Einstellungen des Veranstalters");
        assertThat(mainText()).contains("Nur die Administration kann diese Einstellungen ändern.");
        assertThat(driver.findElements(By.id("settings-form:save")))
                .as("save button for an organizer")
                .isEmpty();
    }

    @Test
    void anonymousVisitorsOfStaffPagesAreSentToSignIn() {
        Http.Response r = http().get("/organizer/agsa/");
        assertThat(r.status()).as("%s", r).isEqualTo(302);
        assertThat(http().uri("/organizer/agsa/").resolve(r.header("Location").orElseThrow()))
                .isEqualTo(http().uri("/login"));

        driver.get(url("/organizer/agsa/"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/login"));
        assertThat(h1()).isEqualTo("Anmeldung für Mitarbeitende");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/t/gibt-es-nicht/",
                "/t/gibt-es-nicht/privacy",
                "/t/mittelsachsen/gibt-es-nicht",
                "/public/home.xhtml",
                "/public/tenant-home.xhtml",
                "/public/login.xhtml",
                "/t/mittelsachsen/feedback.xhtml",
                "/_asset/theme.css",
                "/_asset/logo",
                "/errors/not-found.xhtml"
            })
    void unknownTenantsAndInternalPathsAreNotFound(String path) {
        Http.Response r = http().get(path);
        assertThat(r.status()).as("%s", r).isEqualTo(404);
        assertThat(r.body())
                .contains("<html", "lang=\"de\"", "<h1>" + NOT_FOUND + "</h1>")
                .doesNotContain("--ft-primary");
    }

    /** Browsers ask for /favicon.ico on every page; a 404 there is a console error everywhere. */
    @Test
    void faviconIsTheTenantsOrThePlatformsIcon() {
        Http.Response icon = http().get("/favicon.ico");
        assertThat(icon.status()).as(icon.toString()).isEqualTo(200);
        assertThat(icon.header("Content-Type").orElse("")).startsWith("image/x-icon");
        assertThat(icon.header("Content-Length").map(Integer::parseInt).orElse(0))
                .isGreaterThan(22);
    }

    @Test
    void unknownTenantShowsTheGermanNotFoundPage() {
        driver.get(url("/t/gibt-es-nicht/"));
        assertThat(h1()).isEqualTo(NOT_FOUND);
        assertThat(html().getAttribute("lang")).isEqualTo("de");
        assertThat(mainText()).contains("Diese Seite gibt es nicht (mehr).");
        assertThat(driver.findElement(By.cssSelector("main a")).getAttribute("href"))
                .isEqualTo(url("/"));
    }

    @Test
    void wrongPasswordIsRefusedInGerman() {
        for (String email : List.of("admin@mittelsachsen.demo", "niemand@mittelsachsen.demo")) {
            driver.get(url("/login"));
            driver.findElement(By.id("login-form:email")).sendKeys(email);
            driver.findElement(By.id("login-form:password")).sendKeys("falsches-passwort-123");
            Browser.clickAndLoad(driver, driver.findElement(By.id("login-form:submit")));
            // the same answer for a wrong password and an unknown account
            assertThat(driver.findElement(By.id("messages")).getText().strip())
                    .as("message for %s", email)
                    .isEqualTo("E-Mail-Adresse oder Passwort ist falsch.");
            assertThat(driver.getCurrentUrl()).isEqualTo(url("/login"));
        }
        // still signed out: a staff page sends to the sign-in page (and is not, say, blank)
        driver.get(url("/organizer/mittelsachsen/"));
        assertThat(driver.getCurrentUrl())
                .as(
                        "staff page after failed sign-ins (page text: '%s')",
                        driver.findElement(By.tagName("body")).getText())
                .isEqualTo(url("/login"));
        assertThat(h1()).isEqualTo("Anmeldung für Mitarbeitende");
    }

    @Test
    void signInIssuesANewHttpOnlySameSiteSessionCookie() {
        Http http = http();
        Http.Response form = http.get("/login");
        assertThat(form.status()).isEqualTo(200);
        String before = form.cookieValue(SESSION_COOKIE)
                .orElseThrow(() -> new AssertionError("no session cookie from " + form));

        Http.Response signIn = http.postForm(
                "/login",
                SESSION_COOKIE + "=" + before,
                loginForm("admin@mittelsachsen.demo", PASSWORD, form.viewState()));
        assertThat(signIn.status()).as("%s", signIn).isEqualTo(302);
        assertThat(http.uri("/login").resolve(signIn.header("Location").orElseThrow()))
                .isEqualTo(http.uri("/organizer/mittelsachsen/"));
        String setCookie = signIn.setCookie(SESSION_COOKIE)
                .orElseThrow(() -> new AssertionError("sign-in set no new session cookie: " + signIn));
        String after = signIn.cookieValue(SESSION_COOKIE).orElseThrow();
        assertThat(after).as("session id after sign-in").isNotEqualTo(before);
        assertThat(setCookie).as("Set-Cookie").containsIgnoringCase("; HttpOnly");
        assertThat(setCookie).as("Set-Cookie").containsPattern("(?i);\\s*SameSite=(Lax|Strict)");

        Http.Response staffPage = http.get("/organizer/mittelsachsen/", SESSION_COOKIE + "=" + after);
        assertThat(staffPage.status()).as("%s", staffPage).isEqualTo(200);
        assertThat(staffPage.body()).contains("admin@mittelsachsen.demo");
        Http.Response oldId = http.get("/organizer/mittelsachsen/", SESSION_COOKIE + "=" + before);
        assertThat(oldId.status())
                .as("the pre-sign-in session id must be worthless: %s", oldId)
                .isEqualTo(302);
    }

    // ---------------------------------------------------------------- 5. keyboard

    @Test
    void firstTabFocusesTheSkipLinkAndEnterMovesFocusToMain() {
        driver.get(url("/t/mittelsachsen/"));
        Keyboard keys = new Keyboard(driver);

        WebElement skip = keys.tab().focused();
        assertThat(skip.getAttribute("class")).contains("skip-link");
        assertThat(skip.getText()).isEqualTo("Zum Inhalt springen");
        assertThat(skip.getAttribute("href")).endsWith("#main");
        assertThat((Boolean) js(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;",
                        skip))
                .as("skip link visible while focused")
                .isTrue();

        keys.enter();
        Browser.waitFor(driver, d -> "main".equals(keys.focused().getAttribute("id")));
        keys.tab();
        assertThat((Boolean) js("return document.getElementById('main').contains(document.activeElement);"))
                .as("the next Tab stays in main, got %s", Keyboard.describe(keys.focused()))
                .isTrue();
    }

    @Test
    void feedbackCanBeSentWithTheKeyboardAlone() {
        driver.get(url("/t/mittelsachsen/privacy"));
        Keyboard keys = new Keyboard(driver);
        keys.tabUntil("the footer link to the feedback form", Keyboard.linkText("Barriere melden / Feedback"), 40);
        keys.enter();
        Browser.waitForPage(driver, u -> u.startsWith(url("/t/mittelsachsen/feedback")));
        assertThat(h1()).isEqualTo("Barriere melden oder Feedback geben");
        assertThat(driver.findElement(By.id("feedback-form:page")).getAttribute("value"))
                .as("page the visitor came from")
                .isEqualTo("/t/mittelsachsen/privacy");

        keys.tabUntil("the message field", Keyboard.id("feedback-form:message"), 10);
        keys.type("Die Tabelle auf der Datenschutzseite ist mit dem Screenreader schwer zu lesen.");
        assertThat(keys.tab().focused().getAttribute("id")).isEqualTo("feedback-form:page");
        assertThat(keys.tab().focused().getAttribute("id")).isEqualTo("feedback-form:name");
        keys.type("Erika Mustermann");
        assertThat(keys.tab().focused().getAttribute("id")).isEqualTo("feedback-form:email");
        keys.type("erika.mustermann@example.org");
        assertThat(keys.tab().focused().getAttribute("id")).isEqualTo("feedback-form:send");
        WebElement form = Browser.page(driver);
        keys.enter();

        Browser.waitForNewPage(driver, form);
        assertThat(driver.findElement(By.id("messages")).getText().strip())
                .isEqualTo("Vielen Dank! Ihre Nachricht ist eingegangen.");
        assertThat(driver.findElements(By.id("feedback-form")))
                .as("form after sending")
                .isEmpty();
    }

    @Test
    void signInWorksWithTheKeyboardAlone() {
        driver.get(url("/t/mittelsachsen/"));
        Keyboard keys = new Keyboard(driver);
        keys.tabUntil("the sign-in link", Keyboard.linkText("Anmelden (Mitarbeitende)"), 10);
        keys.enter();
        Browser.waitForPage(driver, u -> u.equals(url("/login")));

        keys.tabUntil("the email field", Keyboard.id("login-form:email"), 10);
        keys.type("admin@mittelsachsen.demo");
        assertThat(keys.tab().focused().getAttribute("id")).isEqualTo("login-form:password");
        keys.type(PASSWORD).enter();

        Browser.waitForPage(driver, u -> u.equals(url("/organizer/mittelsachsen/")));
        assertThat(h1()).isEqualTo("Verwaltung");
        assertThat(mainText()).contains("admin@mittelsachsen.demo");
    }

    // ---------------------------------------------------------------- 6. language

    @Test
    void germanByDefaultEnglishOnRequestAndTheChoiceSticks() {
        driver.get(url("/t/mittelsachsen/"));
        assertThat(html().getAttribute("lang")).isEqualTo("de");
        assertThat(footerNavTexts()).contains("Datenschutz", "Impressum", "Barrierefreiheit");
        Http.Response plain = http().get("/t/mittelsachsen/");
        assertThat(plain.body()).contains("lang=\"de\"", ">Datenschutz</a>");

        driver.get(url("/t/mittelsachsen/?lang=en"));
        assertThat(html().getAttribute("lang")).isEqualTo("en");
        assertThat(footerNavTexts())
                .contains("Privacy", "Imprint", "Accessibility")
                .doesNotContain("Datenschutz");
        assertThat(driver.findElement(By.cssSelector(".funding__label")).getText())
                .isEqualTo("Funded by");

        driver.get(url("/t/mittelsachsen/accessibility"));
        assertThat(html().getAttribute("lang")).isEqualTo("en");
        assertThat(h1()).isEqualTo("Accessibility statement");
        driver.get(url("/login"));
        assertThat(h1()).isEqualTo("Staff sign-in");

        // and back, through the language switch in the header
        WebElement toGerman = driver.findElement(By.cssSelector("header a[hreflang='de']"));
        assertThat(toGerman.getText()).isEqualTo("Deutsch");
        assertThat(toGerman.getAttribute("lang")).isEqualTo("de");
        Browser.clickAndLoad(driver, toGerman);
        assertThat(html().getAttribute("lang")).isEqualTo("de");
        assertThat(h1()).isEqualTo("Anmeldung für Mitarbeitende");
        driver.get(url("/"));
        assertThat(html().getAttribute("lang")).isEqualTo("de");
        assertThat(h1()).isEqualTo("Veranstalter auf Fachtag");
    }

    // ---------------------------------------------------------------- 7. HTTP

    @Test
    void healthIsUp() {
        Http.Response ready = http().get("/health/ready");
        assertThat(ready.status()).as("%s", ready).isEqualTo(200);
        assertThat(ready.header("Content-Type").orElse("")).startsWith("application/json");
        Map<String, Object> readyJson = new Json().toType(ready.body(), Json.MAP_TYPE);
        assertThat(readyJson).containsEntry("status", "UP");
        assertThat(readyJson.get("checks"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .isNotEmpty()
                .allSatisfy(check -> assertThat(check)
                        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                        .containsEntry("status", "UP"));

        Http.Response live = http().get("/health/live");
        assertThat(live.status()).as("%s", live).isEqualTo(200);
        assertThat(live.header("Content-Type").orElse("")).startsWith("application/json");
        Map<String, Object> liveJson = new Json().toType(live.body(), Json.MAP_TYPE);
        assertThat(liveJson).containsEntry("status", "UP");
    }

    /**
     * "/" lists what is coming up in the next 90 days across tenants and exactly the organizers
     * with public events (the public API is the reference); no ministry that holds no events.
     */
    @Test
    void platformHomeListsUpcomingEventsAndOnlyOrganizersWithPublicEvents() {
        String home = http().get("/").body();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        List<Map<String, Object>> tenants =
                new Json().toType(http().get("/api/v1/tenants").body(), Json.LIST_OF_MAPS_TYPE);
        int organizers = 0;
        for (Map<String, Object> t : tenants) {
            String slug = (String) t.get("slug");
            List<Map<String, Object>> events = new Json()
                    .toType(http().get("/api/v1/tenants/" + slug + "/events").body(), Json.LIST_OF_MAPS_TYPE);
            assertThat(home.contains("href=\"/t/" + slug + "/\""))
                    .as("%s is listed iff it has public events", slug)
                    .isEqualTo(!events.isEmpty());
            organizers += events.isEmpty() ? 0 : 1;
            for (Map<String, Object> e : events) {
                Object date = e.get("date");
                if (date != null
                        && !java.time.LocalDate.parse(date.toString()).isBefore(today)
                        && !java.time.LocalDate.parse(date.toString()).isAfter(today.plusDays(90))) {
                    assertThat(home)
                            .as("upcoming %s of %s", e.get("slug"), slug)
                            .contains("href=\"/t/" + slug + "/e/" + e.get("slug") + "\"");
                }
            }
        }
        assertThat(organizers).as("the demo has organizers with events").isPositive();
        assertThat(home).contains("Demnächst");
    }

    @Test
    void tenantApiListsBundledAndOperatorAddedTenants() {
        Http.Response r = http().get("/api/v1/tenants");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.header("Content-Type").orElse("")).startsWith("application/json");
        List<Map<String, Object>> tenants = new Json().toType(r.body(), Json.LIST_OF_MAPS_TYPE);
        assertThat(tenants)
                .extracting(t -> t.get("slug"))
                .contains("mittelsachsen", "agsa", "sms-sachsen", "ms-sachsen-anhalt", "testkreis")
                .doesNotHaveDuplicates();
        assertThat(tenants)
                .anySatisfy(t -> assertThat(t)
                        .containsEntry("slug", "testkreis")
                        .containsEntry("name", "Landkreis Testkreis")
                        .containsEntry("kind", "DISTRICT"));
        assertThat(tenants)
                .anySatisfy(t -> assertThat(t).containsEntry("slug", "agsa").containsEntry("kind", "ASSOCIATION"));
        assertThat(tenants)
                .anySatisfy(
                        t -> assertThat(t).containsEntry("slug", "sms-sachsen").containsEntry("kind", "MINISTRY"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/t/mittelsachsen/", "/t/mittelsachsen/feedback", "/login", "/t/gibt-es-nicht/"})
    void pagesForbidFramingAndSniffing(String path) {
        assertSecurityHeaders(http().get(path));
    }

    @Test
    void staffPagesForbidFramingAndSniffing() {
        String cookie = httpSignIn("admin@mittelsachsen.demo");
        Http.Response settings = http().get("/organizer/mittelsachsen/settings", cookie);
        assertThat(settings.status()).as("%s", settings).isEqualTo(200);
        assertSecurityHeaders(settings);
    }

    @Test
    void logoIsAnImageThatCannotRunScript() {
        for (String tenant : List.of("mittelsachsen", "testkreis")) {
            Http.Response r = http().get("/t/" + tenant + "/logo");
            assertThat(r.status()).as("%s", r).isEqualTo(200);
            assertThat(r.header("Content-Type").orElse("")).as("%s", r).startsWith("image/");
            assertThat(r.header("Content-Security-Policy").orElse(""))
                    .as("CSP of %s", r)
                    .contains("default-src 'none'")
                    .contains("sandbox");
            assertThat(r.header("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.body()).contains("<svg");
        }
    }

    // ---------------------------------------------------------------- 8. response headers, cross-site posts, internal
    // paths

    static final String EVENT_2027 = "/t/mittelsachsen/e/fachtag-integration-2027";

    /**
     * Every kind of answer carries the security headers and announces no runtime: HTML pages
     * (public, staff, the not-found page), JSON, the printed programme (PDF), the calendar, a
     * CSV download, the tenant's theme and a Faces resource. No HSTS over plain HTTP.
     */
    @Test
    void everyKindOfAnswerCarriesTheSecurityHeadersAndNamesNoRuntime() {
        String cookie = httpSignIn("admin@mittelsachsen.demo");
        Map<String, Http.Response> answers = new LinkedHashMap<>();
        answers.put("page", http().get("/t/mittelsachsen/"));
        answers.put("form page", http().get("/login"));
        answers.put("registration form", http().get(EVENT_2027 + "/register"));
        answers.put("staff page", http().get("/organizer/mittelsachsen/settings", cookie));
        answers.put("not-found page", http().get("/t/gibt-es-nicht/"));
        answers.put("json", http().get("/api/v1/tenants"));
        answers.put("pdf", http().get(EVENT_2027 + ".pdf"));
        answers.put("calendar", http().get(EVENT_2027 + ".ics"));
        answers.put(
                "csv",
                http().get("/organizer/mittelsachsen/events/fachtag-integration-2027/registrations.csv", cookie));
        answers.put("theme", http().get("/t/mittelsachsen/theme.css"));
        answers.put("static", http().get("/jakarta.faces.resource/fachtag/fachtag.css.xhtml"));
        answers.forEach((kind, r) -> {
            assertThat(r.status()).as("%s: %s", kind, r).isIn(200, 404);
            assertThat(r.header("X-Content-Type-Options")).as("%s: %s", kind, r).hasValue("nosniff");
            assertThat(r.header("Referrer-Policy")).as("%s: %s", kind, r).isPresent();
            assertThat(r.header("X-Frame-Options")).as("%s: %s", kind, r).hasValue("DENY");
            assertThat(r.headers("Content-Security-Policy"))
                    .as("%s: %s", kind, r)
                    .hasSize(1);
            assertThat(r.header("Content-Security-Policy").orElseThrow())
                    .as("%s", kind)
                    .contains("frame-ancestors 'none'");
            assertThat(r.headers("Server"))
                    .as("Server header of %s", kind)
                    .noneMatch(v -> v.toLowerCase().matches(".*(payara|glassfish|grizzly).*"));
            assertThat(r.headers("X-Powered-By")).as("X-Powered-By of %s", kind).isEmpty();
            assertThat(r.header("Strict-Transport-Security"))
                    .as("HSTS over plain HTTP, %s", kind)
                    .isEmpty();
        });
        assertThat(answers.get("not-found page").status()).isEqualTo(404);
        for (String kind : List.of("page", "form page", "registration form", "staff page", "not-found page")) {
            Http.Response r = answers.get(kind);
            assertThat(r.header("Content-Type").orElse("")).as(kind).startsWith("text/html");
            assertNoInlineScriptWithoutTheNonce(kind, r);
        }
        for (String kind : List.of("json", "pdf", "calendar", "csv")) {
            assertThat(answers.get(kind).header("Content-Security-Policy").orElseThrow())
                    .as(kind)
                    .startsWith("default-src 'none'");
        }
    }

    /** The policy names a fresh nonce; every inline script carries it, and no element has an inline handler. */
    private static void assertNoInlineScriptWithoutTheNonce(String kind, Http.Response r) {
        String policy = r.header("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
        assertThat(nonce.find())
                .as("script-src with a nonce in the policy of %s: %s", kind, policy)
                .isTrue();
        assertThat(policy).as(kind).doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
        Matcher script = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(r.body());
        while (script.find()) {
            assertThat(script.group(1)).as("inline script in %s", kind).contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(r.body()).as("inline event handlers in %s", kind).doesNotContainPattern("<[a-z][^>]*\\son[a-z]+=\"");
    }

    /**
     * A valid view state in the admin's own session is not enough: a settings post from another
     * site (Origin, or Referer alone) is refused with 403 and changes nothing; the same post from
     * this site saves (which proves the post itself was a valid one).
     */
    @Test
    void aCrossSitePostIsRefusedAndChangesNothing() {
        signIn("admin@mittelsachsen.demo");
        openSettings();
        String original = primaryColourField().getAttribute("value");
        String chosen = original.equalsIgnoreCase("#6b2c91") ? "#1d5e3a" : "#6b2c91";
        WebElement field = primaryColourField();
        field.clear();
        field.sendKeys(chosen);
        String body = (String) js("const form = document.getElementById('settings-form');"
                + " const data = new URLSearchParams(new FormData(form));"
                + " data.append('settings-form:save', document.getElementById('settings-form:save').value);"
                + " return data.toString();");
        String cookie = browserSessionCookie();
        String own = http().uri("/").toString().replaceAll("/$", "");
        try {
            for (Map<String, String> foreign : List.of(
                    Map.of("Origin", "http://evil.example"),
                    Map.of("Referer", "http://evil.example/angriff.html"),
                    Map.of("Origin", "null"),
                    Map.of("Origin", own.replaceFirst(":(\\d+)$", ":1")))) {
                Http.Response r = http().postBody("/organizer/mittelsachsen/settings", cookie, body, foreign);
                assertThat(r.status()).as("%s: %s", foreign, r).isEqualTo(403);
                assertThat(r.body())
                        .as("%s", foreign)
                        .contains("<h1>Anfrage abgewiesen</h1>")
                        .doesNotContain(chosen);
                assertThat(themePrimary("mittelsachsen"))
                        .as("colour after a post with %s", foreign)
                        .isEqualToIgnoringCase(original);
            }
            Http.Response same =
                    http().postBody("/organizer/mittelsachsen/settings", cookie, body, Map.of("Origin", own));
            assertThat(same.status()).as("%s", same).isEqualTo(200);
            assertThat(same.body()).contains("Die Einstellungen sind gespeichert.");
            assertThat(themePrimary("mittelsachsen")).isEqualToIgnoringCase(chosen);
        } finally {
            restorePrimaryColour(original);
        }
    }

    /**
     * Views and internal assets are reachable only through their routes, also with path tricks
     * the container maps to them: each answers the not-found page with 404, never a 500.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/public/tenant-home.xhtml;x",
                "/public/event.xhtml;jsessionid=1",
                "/public/register.xhtml;x",
                "/public/self-service.xhtml;x",
                "/public/privacy.xhtml;x",
                "/public/home.xhtml;x",
                "/errors/error.xhtml;x",
                "/public/%2e/tenant-home.xhtml",
                "/public/tenant-home%2exhtml",
                "/%2e/public/event.xhtml",
                "//public/tenant-home.xhtml",
                "/public//feedback.xhtml",
                "/public/tenant-home.XHTML",
                "/public/Tenant-Home.xhtml",
                "/faces/public/tenant-home.xhtml",
                "/jakarta.faces.resource/../public/tenant-home.xhtml",
                "/resources/../public/event.xhtml",
                "/_asset;x/theme.css",
                "//_asset/logo",
                "/organizer/dashboard.xhtml;x",
                "/ministry/dashboard.xhtml;x",
                "/organizer/settings.xhtml;x",
                "/organizer/event-report.xhtml;x"
            })
    void internalPathsWithPathTricksAreNotFoundAnonymousAndSignedIn(String path) {
        Http.Response anonymous = http().getRaw(path, null);
        if (!path.startsWith("/organizer/") && !path.startsWith("/ministry/")) {
            assertNotFoundPage(path + " anonymous", anonymous);
        } else {
            assertThat(anonymous.status())
                    .as("%s anonymous: %s", path, anonymous)
                    .isIn(302, 404);
        }
        assertNotFoundPage(path + " signed in", http().getRaw(path, signedInCookie()));
    }

    private static String signedInCookie;

    private String signedInCookie() {
        if (signedInCookie == null
                || http().get("/organizer/mittelsachsen/", signedInCookie).status() != 200) {
            signedInCookie = httpSignIn("admin@mittelsachsen.demo");
        }
        return signedInCookie;
    }

    private static void assertNotFoundPage(String what, Http.Response r) {
        assertThat(r.status()).as("%s: %s\n%s", what, r, r.body()).isEqualTo(404);
        assertThat(r.body()).as(what).contains("<h1>" + NOT_FOUND + "</h1>");
    }

    // ---------------------------------------------------------------- 9. expired views (issue 10)

    /** A view state no session holds any more, as after a restart or a long pause. */
    static final String EXPIRED = "-4711:-0815";

    /** The message above the content that a view had expired: in a region that takes the focus. */
    static final Pattern EXPIRED_NOTICE =
            Pattern.compile("<div id=\"expired-view\"[^>]*role=\"alert\"[^>]*>\\s*<p>([^<]+)</p>");

    /**
     * A tenant admin who sends the settings after the view expired (many tabs, a long pause) gets
     * the page back with what was typed and a message, 200, and nothing is saved.
     */
    @Test
    void aStaffFormSentAfterItsViewExpiredComesBackWithTheTypedValuesAndSavesNothing() {
        String cookie = httpSignIn("admin@mittelsachsen.demo");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("settings-form", "settings-form");
        f.put("settings-form:unit", "Referat Zeitlupe");
        f.put("settings-form:city", "Langsamstadt");
        f.put("jakarta.faces.ViewState", EXPIRED);
        Http.Response r = http().postForm("/organizer/mittelsachsen/settings", cookie, f);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.body()).contains("value=\"Referat Zeitlupe\"").contains("value=\"Langsamstadt\"");
        assertExpiredNotice(r, "Ihre Angaben sind noch da");
        assertThat(http().get("/organizer/mittelsachsen/settings", cookie).body())
                .as("nothing saved")
                .doesNotContain("Referat Zeitlupe")
                .doesNotContain("Langsamstadt");
        assertThat(http().get("/t/mittelsachsen/").body()).doesNotContain("Langsamstadt");
    }

    /**
     * An organizer who sends an event's settings after the view expired (every field of the form,
     * as a browser sends it, one of them changed) gets the page back with what was typed and a
     * message, 200, and nothing is saved.
     */
    @Test
    void anEventsSettingsSentAfterTheirViewExpiredComeBackWithTheTypedValuesAndSaveNothing() {
        String cookie = httpSignIn("admin@mittelsachsen.demo");
        String page = "/organizer/mittelsachsen/events/fachtag-integration-2027";
        Http.Response form = http().get(page, cookie);
        assertThat(form.status()).as("%s", form).isEqualTo(200);
        String body = formBody(form.body(), "event-form", Map.of("event-form:motto-de", "Motto in Zeitlupe"))
                + "&event-form%3Asave=Speichern&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(EXPIRED, java.nio.charset.StandardCharsets.UTF_8);
        Http.Response r = http().postBody(page, cookie, body, Map.of());
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.body()).contains("value=\"Motto in Zeitlupe\"");
        assertExpiredNotice(r, "Ihre Angaben sind noch da");
        assertThat(http().get(page, cookie).body()).as("nothing saved").doesNotContain("Motto in Zeitlupe");
    }

    /**
     * The fields of a rendered form as a browser sends them (inputs but buttons, checked boxes,
     * selected options, text areas), url-encoded, with {@code changed} values put in.
     */
    private static String formBody(String html, String formId, Map<String, String> changed) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        assertThat(start).as("form %s", formId).isNotNegative();
        String form = html.substring(start, html.indexOf("</form>", start));
        List<String[]> fields = new java.util.ArrayList<>();
        Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(form);
        while (input.find()) {
            String tag = input.group();
            String name = attribute(tag, "name");
            String type = attribute(tag, "type");
            if (name == null
                    || name.equals("jakarta.faces.ViewState")
                    || "submit".equals(type)
                    || "button".equals(type)
                    || ("checkbox".equals(type) || "radio".equals(type)) && !tag.contains("checked")) {
                continue;
            }
            fields.add(new String[] {name, attribute(tag, "value") == null ? "" : attribute(tag, "value")});
        }
        Matcher area = Pattern.compile("<textarea\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
                .matcher(form);
        while (area.find()) {
            fields.add(new String[] {area.group(1), unescape(area.group(2).replaceFirst("^\\r?\\n", ""))});
        }
        Matcher select = Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(form);
        while (select.find()) {
            Matcher option = Pattern.compile("<option\\b[^>]*>").matcher(select.group(2));
            while (option.find()) {
                if (option.group().contains("selected")) {
                    fields.add(new String[] {select.group(1), attribute(option.group(), "value")});
                }
            }
        }
        StringBuilder body = new StringBuilder(
                formId + "=" + java.net.URLEncoder.encode(formId, java.nio.charset.StandardCharsets.UTF_8));
        for (String[] f : fields) {
            String value = changed.getOrDefault(f[0], f[1]);
            body.append('&')
                    .append(java.net.URLEncoder.encode(f[0], java.nio.charset.StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String unescape(String html) {
        Matcher m = Pattern.compile("&#(\\d+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /**
     * A ministry analyst's token form after the view expired: the typed name comes back with the
     * message and no token is made; sent again with the fresh view state, the token is made.
     */
    @Test
    void aMinistryFormSentAfterItsViewExpiredKeepsTheInputAndCanBeSentAgain() {
        String cookie = httpSignIn("analyst@sms-sachsen.demo");
        String label = "Zeitlupen-Schluessel " + System.nanoTime();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token-form", "token-form");
        f.put("token-form:label", label);
        f.put("token-form:days", "30");
        f.put("token-form:create", "Token erstellen");
        f.put("jakarta.faces.ViewState", EXPIRED);
        Http.Response r = http().postForm("/ministry/sms-sachsen/", cookie, f);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.body())
                .contains("value=\"" + label + "\"")
                .doesNotContain("id=\"issued-token\"")
                .doesNotContain("<th scope=\"row\">" + label + "</th>");
        assertExpiredNotice(r, "Ihre Angaben sind noch da");

        f.put("jakarta.faces.ViewState", viewStateOf(r.body(), "token-form"));
        Http.Response again = http().postForm("/ministry/sms-sachsen/", cookie, f);
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.body()).contains("id=\"issued-token\"").contains("<th scope=\"row\">" + label + "</th>");
        assertThat(again.body()).doesNotContain("id=\"expired-view\"");
    }

    /** The operator's dashboard after its view expired: the page again, still signed in, in English when asked. */
    @Test
    void thePlatformDashboardAfterItsViewExpiredAnswersThePageAgain() {
        Http client = new Http(http().uri("/"));
        Http.Response signIn = client.signIn("operator@fachtag.demo", PASSWORD);
        assertThat(signIn.status()).as("%s", signIn).isEqualTo(302);
        String cookie =
                SESSION_COOKIE + "=" + signIn.cookieValue(SESSION_COOKIE).orElseThrow();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("sign-out-form", "sign-out-form");
        f.put("sign-out-form:sign-out", "Abmelden");
        f.put("jakarta.faces.ViewState", EXPIRED);
        Http.Response r = client.postForm("/platform/", cookie, f);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertExpiredNotice(r, "Ihre Angaben sind noch da");
        assertThat(client.get("/platform/", cookie).status())
                .as("the action did not run: still signed in")
                .isEqualTo(200);
        Http.Response english = client.postForm("/platform/?lang=en", cookie, f);
        assertThat(english.status()).as("%s", english).isEqualTo(200);
        assertExpiredNotice(english, "Your entries are still here");
    }

    /**
     * An Ajax post with an expired view (the registrations table's paging): a partial response
     * that loads the page again, never 500; the page then says why.
     */
    @Test
    void anAjaxPostAfterItsViewExpiredReloadsThePageWhichSaysWhy() {
        String cookie = httpSignIn("admin@mittelsachsen.demo");
        String page = "/organizer/mittelsachsen/events/fachtag-integration-2027/registrations";
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=registrations-form%3Aregistrations"
                + "&jakarta.faces.partial.execute=registrations-form%3Aregistrations"
                + "&jakarta.faces.partial.render=registrations-form%3Aregistrations"
                + "&registrations-form%3Aregistrations_pagination=true&registrations-form%3Aregistrations_first=25"
                + "&registrations-form%3Aregistrations_rows=25&registrations-form=registrations-form"
                + "&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(EXPIRED, java.nio.charset.StandardCharsets.UTF_8);
        Http.Response r = http().postBody(page, cookie, body, Map.of("Faces-Request", "partial/ajax"));
        assertThat(r.status()).as("%s\n%s", r, r.body()).isEqualTo(200);
        assertThat(r.body())
                .contains("<partial-response")
                .containsPattern("<redirect url=\"[^\"]*" + Pattern.quote(page) + "\"");
        Http.Response reloaded = http().get(page, cookie);
        assertThat(reloaded.status()).isEqualTo(200);
        assertExpiredNotice(reloaded, "neu geladen");
        assertThat(http().get(page, cookie).body()).as("said once").doesNotContain("id=\"expired-view\"");
    }

    private static void assertExpiredNotice(Http.Response r, String text) {
        Matcher m = EXPIRED_NOTICE.matcher(r.body());
        assertThat(m.find()).as("the expired-view message in %s", r.body()).isTrue();
        assertThat(m.group(1)).contains(text);
    }

    private static String viewStateOf(String body, String formId) {
        int form = body.indexOf("id=\"" + formId + "\"");
        Matcher m = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(body);
        assertThat(form >= 0 && m.find(form))
                .as("view state of %s in %s", formId, body)
                .isTrue();
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    // ---------------------------------------------------------------- a tenant's own host names

    private static final String TENANT_HOST = "veranstaltungen.mittelsachsen.example";
    private static final String OPEN_EVENT = "fachtag-integration-2027";

    /** {@code http://{host}:{port}}: tenant hosts get the base URL's scheme and port (here the default base URL's). */
    private String origin(String host) {
        return "http://" + host + ":" + base.getPort();
    }

    private Http.Raw onHost(String host, String path) {
        return http().withHost(host, "GET", path, Map.of(), null);
    }

    @Test
    void theHostNameOfATenantFileShowsItsPagesWithoutPrefix() {
        // case, trailing dot and port do not matter
        Http.Raw home = onHost("Veranstaltungen.Hostkreis.Example.:" + base.getPort(), "/");
        assertThat(home.status()).as("%s", home).isEqualTo(200);
        assertThat(home.body())
                .contains("Landkreis Hostkreis")
                .contains("<link rel=\"canonical\" href=\"" + origin("veranstaltungen.hostkreis.example") + "/\"")
                .contains("href=\"/privacy\"")
                .doesNotContain("href=\"/t/hostkreis/privacy\"");
        Http.Raw privacy = onHost("veranstaltungen.hostkreis.example", "/privacy");
        assertThat(privacy.status()).as("%s", privacy).isEqualTo(200);
        assertThat(privacy.body()).contains("Datenschutzerklärung des Hostkreises.");
        // the platform's form of the same page still works and names the tenant's host as canonical
        Http.Response prefixed = http().get("/t/hostkreis/privacy");
        assertThat(prefixed.status()).isEqualTo(200);
        assertThat(prefixed.body())
                .contains("href=\"/t/hostkreis/imprint\"")
                .contains(
                        "<link rel=\"canonical\" href=\"" + origin("veranstaltungen.hostkreis.example") + "/privacy\"");
        // staff pages stay on the platform's address
        Http.Raw login = onHost("veranstaltungen.hostkreis.example", "/login");
        assertThat(login.status()).as("%s", login).isEqualTo(302);
        assertThat(login.header("Location").orElse("")).isEqualTo("http://localhost:" + base.getPort() + "/login");
    }

    @Test
    void anotherTenantsHostNeverReachesThisTenantsObjects() {
        String host = "veranstaltungen.hostkreis.example";
        for (String path : List.of(
                "/e/" + OPEN_EVENT,
                "/e/" + OPEN_EVENT + "/register",
                "/e/" + OPEN_EVENT + ".ics",
                "/t/mittelsachsen/",
                "/t/mittelsachsen/e/" + OPEN_EVENT,
                "/t/agsa/privacy",
                "/r/mittelsachsen.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            Http.Raw r = onHost(host, path);
            assertThat(r.status()).as("%s on %s: %s", path, host, r).isEqualTo(404);
            assertThat(r.body()).as(path).contains("<h1>" + NOT_FOUND + "</h1>").doesNotContain("Mittelsachsen");
        }
        for (String path :
                List.of("/api/v1/tenants/mittelsachsen/events", "/api/v1/tenants/mittelsachsen/events/" + OPEN_EVENT)) {
            Http.Raw r = onHost(host, path);
            assertThat(r.status()).as("%s on %s: %s", path, host, r).isEqualTo(404);
        }
        assertThat(onHost(host, "/api/v1/tenants/hostkreis/events").status()).isEqualTo(200);
    }

    @Test
    void unknownAndMalformedHostsShowNoTenant() {
        Http.Raw unknown = onHost("unbekannt.example", "/");
        assertThat(unknown.status()).as("%s", unknown).isEqualTo(200);
        assertThat(unknown.body())
                .as("the platform's list, no tenant's home")
                .contains("href=\"/t/mittelsachsen/\"")
                .doesNotContain("canonical\" href=\"http://unbekannt");
        for (String path : List.of("/e/" + OPEN_EVENT, "/privacy", "/feedback")) {
            assertThat(onHost("unbekannt.example", path).status())
                    .as("%s on an unknown host", path)
                    .isEqualTo(404);
        }
        // an X-Forwarded-Host counts only from a trusted proxy (none here)
        Http.Raw forwarded = http().withHost(
                        "localhost:" + base.getPort(),
                        "GET",
                        "/",
                        Map.of("X-Forwarded-Host", "veranstaltungen.hostkreis.example"),
                        null);
        assertThat(forwarded.status()).isEqualTo(200);
        assertThat(forwarded.body()).contains("href=\"/t/mittelsachsen/\"").doesNotContain("Hostkreis-Förderhinweis");
        for (String garbage :
                List.of("evil.example/x", "[::1", "a..b", "host:99999", "@evil.example", "\"quoted\"", "a\tb")) {
            Http.Raw r = onHost(garbage, "/t/mittelsachsen/");
            assertThat(r.status()).as("Host: %s -> %s", garbage, r).isBetween(400, 499);
        }
        // a port that is no number: Payara's HTTP listener answers an empty 200 before the application
        // sees the request; nothing of any tenant, no 500
        Http.Raw badPort = onHost("host:x", "/t/mittelsachsen/");
        assertThat(badPort.status()).as("%s", badPort).isNotEqualTo(500);
        assertThat(badPort.body()).as("%s", badPort).doesNotContain("Mittelsachsen");
    }

    @Test
    void tenantAdminSetsHostNamesAndCorsOriginsInTheSettings() {
        String corsOrigin = "https://www.mittelsachsen.example";
        String preflightPath = "/api/v1/tenants/mittelsachsen/events/" + OPEN_EVENT + "/registrations";
        assertThat(http().options(preflightPath, corsOrigin).header("Access-Control-Allow-Origin"))
                .isEmpty();
        signIn("admin@mittelsachsen.demo");
        openSettings();
        try {
            saveAddresses("https://" + TENANT_HOST + "/pfad", corsOrigin);
            assertThat(fieldMessageOf("hosts")).startsWith("Bitte je Zeile einen Hostnamen");
            saveAddresses("veranstaltungen.hostkreis.example", corsOrigin);
            assertThat(fieldMessageOf("hosts"))
                    .isEqualTo(
                            "Einer dieser Hostnamen gehört schon zu einer anderen Organisation auf dieser Plattform.");
            saveAddresses(TENANT_HOST, "http://www.mittelsachsen.example/anmeldung");
            assertThat(fieldMessageOf("corsOrigins")).startsWith("Bitte je Zeile eine Herkunft");
            assertThat(onHost(TENANT_HOST, "/e/" + OPEN_EVENT).status())
                    .as("nothing of a refused form is stored")
                    .isEqualTo(404);
            assertThat(http().options(preflightPath, corsOrigin).header("Access-Control-Allow-Origin"))
                    .isEmpty();

            saveAddresses(" Veranstaltungen.Mittelsachsen.Example.\n", corsOrigin + "/");
            assertThat(globalMessages()).isEqualTo("Die Einstellungen sind gespeichert.");
            assertThat(driver.findElement(By.id("settings-form:hosts")).getAttribute("value"))
                    .isEqualTo(TENANT_HOST);
            assertThat(driver.findElement(By.id("settings-form:corsOrigins")).getAttribute("value"))
                    .isEqualTo(corsOrigin);

            // the edited origin takes effect on the API's preflight at once
            assertThat(http().options(preflightPath, corsOrigin).header("Access-Control-Allow-Origin"))
                    .hasValue(corsOrigin);
            assertThat(http().options(preflightPath, "https://evil.example").header("Access-Control-Allow-Origin"))
                    .isEmpty();

            // the tenant's pages on its host: no prefix, links that work there, canonical on the host
            Http.Raw event = onHost(TENANT_HOST, "/e/" + OPEN_EVENT);
            assertThat(event.status()).as("%s", event).isEqualTo(200);
            assertThat(event.body())
                    .contains("href=\"/e/" + OPEN_EVENT + "/register\"")
                    .contains("href=\"/e/" + OPEN_EVENT + ".ics\"")
                    .contains("<link rel=\"canonical\" href=\"" + origin(TENANT_HOST) + "/e/" + OPEN_EVENT + "\"");
            assertThat(onHost(TENANT_HOST, "/e/" + OPEN_EVENT + "/register").status())
                    .isEqualTo(200);
            Http.Raw ics = onHost(TENANT_HOST, "/e/" + OPEN_EVENT + ".ics");
            assertThat(ics.status()).isEqualTo(200);
            assertThat(ics.body().replace("\r\n ", "")).contains("URL:" + origin(TENANT_HOST) + "/e/" + OPEN_EVENT);
            Http.Response platformForm = http().get("/t/mittelsachsen/e/" + OPEN_EVENT);
            assertThat(platformForm.body())
                    .contains("href=\"/t/mittelsachsen/e/" + OPEN_EVENT + "/register\"")
                    .contains("<link rel=\"canonical\" href=\"" + origin(TENANT_HOST) + "/e/" + OPEN_EVENT + "\"");
            // the API's addresses come from configuration, never from the Host header
            Http.Raw events = http().withHost(
                            "evil.example",
                            "GET",
                            "/api/v1/tenants/mittelsachsen/events/" + OPEN_EVENT,
                            Map.of(),
                            null);
            assertThat(events.body())
                    .contains("\"url\":\"" + origin(TENANT_HOST) + "/e/" + OPEN_EVENT + "\"")
                    .doesNotContain("evil.example");
            String registration = "{\"name\":\"Host Probe\",\"email\":\"host.probe." + System.nanoTime()
                    + "@example.org\",\"sector\":\"ADMINISTRATION\",\"mode\":\"LIVESTREAM\","
                    + "\"consents\":{\"datenschutz\":true}}";
            Http.Raw created = http().withHost(
                            "evil.example",
                            "POST",
                            preflightPath,
                            Map.of("Content-Type", "application/json"),
                            registration);
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("\"selfServiceUrl\":\"([^\"]+)\"")
                    .matcher(created.body());
            assertThat(link.find()).as("%s", created).isTrue();
            assertThat(link.group(1)).startsWith(origin(TENANT_HOST) + "/r/mittelsachsen.");
            String own = link.group(1).substring(origin(TENANT_HOST).length());
            Http.Raw self = onHost(TENANT_HOST, own);
            assertThat(self.status()).as("%s", self).isEqualTo(200);
            assertThat(self.body()).contains("href=\"/e/" + OPEN_EVENT + "\"");
            assertThat(onHost("veranstaltungen.hostkreis.example", own).status())
                    .as("a private link on another tenant's host")
                    .isEqualTo(404);
        } finally {
            openSettings();
            saveAddresses("", "");
            assertThat(globalMessages()).isEqualTo("Die Einstellungen sind gespeichert.");
        }
        assertThat(onHost(TENANT_HOST, "/e/" + OPEN_EVENT).status()).isEqualTo(404);
        assertThat(http().options(preflightPath, corsOrigin).header("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    private static void saveAddresses(String hosts, String origins) {
        WebElement h = driver.findElement(By.id("settings-form:hosts"));
        h.clear();
        h.sendKeys(hosts);
        WebElement c = driver.findElement(By.id("settings-form:corsOrigins"));
        c.clear();
        c.sendKeys(origins);
        Browser.clickAndLoad(driver, driver.findElement(By.id("settings-form:save")));
    }

    private static String fieldMessageOf(String field) {
        return driver.findElement(By.xpath("//*[@id='settings-form:" + field
                        + "']/following-sibling::span[contains(@class,'field-message')]"))
                .getText();
    }

    // ---------------------------------------------------------------- helpers

    private static Http http;

    private Http http() {
        if (http == null) {
            String root = base.toExternalForm();
            http = new Http(URI.create(root.endsWith("/") ? root : root + "/"));
        }
        return http;
    }

    private String url(String path) {
        return http().uri(path).toString();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebElement html() {
        return driver.findElement(By.tagName("html"));
    }

    private static String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private static String mainText() {
        return driver.findElement(By.id("main")).getText();
    }

    private static List<String> footerNavTexts() {
        return driver.findElements(By.cssSelector("footer nav a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String headerBackground() {
        return (String) js("return getComputedStyle(document.querySelector('.site-header')).backgroundColor;");
    }

    /** {@code #6b2c91} as the browser computes it: {@code rgb(107, 44, 145)}. */
    private static String rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (v >> 16 & 0xff) + ", " + (v >> 8 & 0xff) + ", " + (v & 0xff) + ")";
    }

    /** The primary colour the tenant's theme.css declares. */
    private String themePrimary(String tenant) {
        Http.Response css = http().get("/t/" + tenant + "/theme.css");
        assertThat(css.status()).as("%s", css).isEqualTo(200);
        assertThat(css.header("Content-Type").orElse("")).startsWith("text/css");
        Matcher m = FT_PRIMARY.matcher(css.body());
        assertThat(m.find()).as("--ft-primary in %s:\n%s", css, css.body()).isTrue();
        return m.group(1).toLowerCase();
    }

    private String publicHeaderColour() {
        driver.get(url("/t/mittelsachsen/"));
        return headerBackground();
    }

    /** Signs in through the form and waits for the staff area. */
    private void signIn(String email) {
        driver.get(url("/login"));
        driver.findElement(By.id("login-form:email")).sendKeys(email);
        driver.findElement(By.id("login-form:password")).sendKeys(PASSWORD);
        Browser.clickAndLoad(driver, driver.findElement(By.id("login-form:submit")));
        assertThat(driver.getCurrentUrl())
                .as("sign-in of %s (page says: %s)", email, mainText())
                .contains("/organizer/");
    }

    private static String browserSessionCookie() {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(SESSION_COOKIE);
        assertThat(cookie).as("browser's %s cookie", SESSION_COOKIE).isNotNull();
        return SESSION_COOKIE + "=" + cookie.getValue();
    }

    private static Map<String, String> loginForm(String email, String password, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login-form", "login-form");
        fields.put("login-form:email", email);
        fields.put("login-form:password", password);
        fields.put("login-form:submit", "");
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }

    /** Signs in with the HTTP client; returns the Cookie header of the signed-in session. */
    private String httpSignIn(String email) {
        Http http = http();
        Http.Response form = http.get("/login");
        String cookie = SESSION_COOKIE + "=" + form.cookieValue(SESSION_COOKIE).orElseThrow();
        Http.Response signIn = http.postForm("/login", cookie, loginForm(email, PASSWORD, form.viewState()));
        assertThat(signIn.status()).as("sign-in of %s: %s", email, signIn).isEqualTo(302);
        return SESSION_COOKIE + "="
                + signIn.cookieValue(SESSION_COOKIE).orElse(cookie.substring(SESSION_COOKIE.length() + 1));
    }

    private static void assertSecurityHeaders(Http.Response r) {
        assertThat(r.header("Content-Type").orElse("")).as("%s", r).startsWith("text/html");
        assertThat(r.header("X-Content-Type-Options"))
                .as("X-Content-Type-Options of %s", r)
                .hasValue("nosniff");
        assertThat(r.header("X-Frame-Options")).as("X-Frame-Options of %s", r).hasValue("DENY");
    }

    private static WebElement primaryColourField() {
        return driver.findElement(By.id("settings-form:primaryColour"));
    }

    /** The message shown right after the primary colour field (in the same form row). */
    private static String fieldMessageOfPrimaryColour() {
        return driver.findElement(
                        By.xpath(
                                "//input[@id='settings-form:primaryColour']/following-sibling::span[contains(@class,'field-message')]"))
                .getText();
    }

    private static String globalMessages() {
        return driver.findElement(By.id("messages")).getText();
    }

    /** Opens the settings page, signing in as the admin again if the session is gone. */
    private void openSettings() {
        driver.get(url("/organizer/mittelsachsen/settings"));
        if (driver.getCurrentUrl().equals(url("/login"))) {
            signIn("admin@mittelsachsen.demo");
            driver.get(url("/organizer/mittelsachsen/settings"));
        }
        assertThat(h1()).isEqualTo("Einstellungen des Veranstalters");
    }

    /** Types a colour into the (open) settings form and saves; waits for the answer page. */
    private static void saveColour(String colour) {
        WebElement field = primaryColourField();
        field.clear();
        field.sendKeys(colour);
        Browser.clickAndLoad(driver, driver.findElement(By.id("settings-form:save")));
    }

    private void restorePrimaryColour(String original) {
        openSettings();
        saveColour(original);
        assertThat(globalMessages()).as("restoring %s", original).isEqualTo("Die Einstellungen sind gespeichert.");
        assertThat(themePrimary("mittelsachsen")).isEqualToIgnoringCase(original);
    }
}
