package de.fachtag.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.mail.Outbox;
import de.fachtag.web.it.boot.TestSmtp;
import de.fachtag.web.it.browser.Http;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mails through a real SMTP server: the run's GreenMail ({@link TestSmtp}) in this (the
 * failsafe) JVM on {@code fachtag.test.smtp.port}, where the application's
 * FACHTAG_SMTP_HOST/_PORT point; every test picks the mails to its own addresses. The test drives the application over HTTP (the probe servlet deployed with it) and reads what
 * arrives: every kind of mail with its recipient, language, link and calendar file; and with
 * the SMTP server stopped, registering still works, the mails wait, and after the restart each
 * arrives exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    static final String TENANT = "testkreis";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    @ArquillianResource
    URL base;

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    // ------------------------------------------------------------------ the tests

    @Test
    void everyKindArrivesWithItsRecipientLanguageLinkAndCalendar() throws Exception {
        String slug = "it-mail-arten";
        String title = "Fachtag Post <&> Probe";
        String stream = "https://stream.example/it-mail-arten";
        Map<String, String> event = probe(
                "event",
                "slug",
                slug,
                "daysAhead",
                "10",
                "title",
                title,
                "titleEn",
                "Mail Day <&> Test",
                "livestreamUrl",
                stream);
        Instant start = Instant.parse(event.get("start"));
        LocalDate day = LocalDate.parse(event.get("date"));
        String anna = "anna.arten@mail.test",
                ben = "ben.arten@mail.test",
                cara = "cara.arten@mail.test",
                dora = "dora.arten@mail.test";

        Map<String, String> a = register(slug, "Anna <b>Arten</b>", anna, "de", "ON_SITE", "A");
        assertThat(a.get("status")).isEqualTo("CONFIRMED");
        Map<String, String> b = register(slug, "Ben Arten", ben, "en", "ON_SITE", "A");
        assertThat(b.get("status")).as("workshop A has one seat").isEqualTo("WAITLISTED");
        Map<String, String> c = register(slug, "Cara Arten", cara, "en", "LIVESTREAM", null);
        assertThat(c.get("status")).isEqualTo("CONFIRMED");
        probe("cancel", "token", a.get("token")); // Anna cancels: Ben moves up
        probe("workshop", "token", b.get("token"), "code", "B"); // Ben, now confirmed, changes to B
        assertThat(register(slug, "Dora Arten", dora, "de", "ON_SITE", "B").get("status"))
                .isEqualTo("CONFIRMED");
        assertThat(register(slug, "Dora Arten", dora, "de", "ON_SITE", "B").get("existing"))
                .isEqualTo("true");
        probe("resend", "event", slug, "email", ben);
        Instant halfAnHourBefore = start.minus(Duration.ofMinutes(30));
        assertThat(probe("schedule", "at", halfAnHourBefore.toString()).get("queued"))
                .as("3 reminders, 1 livestream link")
                .isEqualTo("4");
        assertThat(probe("schedule", "at", halfAnHourBefore.toString()).get("queued"))
                .as("each at most once")
                .isEqualTo("0");
        assertThat(probe("schedule-all", "at", halfAnHourBefore.plusSeconds(60).toString())
                        .get("queued"))
                .as("the job's own round, over all tenants")
                .isEqualTo("0");

        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(anna, List.of("CONFIRMATION", "CANCELLED"));
        expected.put(ben, List.of("WAITLISTED", "PROMOTED", "CHANGED", "LINK_RESENT", "REMINDER"));
        expected.put(cara, List.of("CONFIRMATION", "LIVESTREAM_ACCESS", "REMINDER"));
        expected.put(dora, List.of("CONFIRMATION", "LINK_RESENT", "REMINDER"));
        Map<String, List<MimeMessage>> got = awaitMails(expected.keySet(), 13);
        settle(expected.keySet());
        got = received(expected.keySet());

        for (var e : expected.entrySet()) {
            List<String> kinds =
                    got.get(e.getKey()).stream().map(MailIT::kind).sorted().toList();
            assertThat(kinds)
                    .as("mails to " + e.getKey() + ", each once")
                    .isEqualTo(e.getValue().stream().sorted().toList());
        }
        for (var e : got.entrySet()) {
            String language = e.getKey().startsWith("anna") || e.getKey().startsWith("dora") ? "de" : "en";
            ResourceBundle texts = ResourceBundle.getBundle(
                    "de.fachtag.mail.mails",
                    Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String shownTitle = language.equals("de") ? title : "Mail Day <&> Test";
            for (MimeMessage m : e.getValue()) {
                String kind = kind(m);
                assertThat(m.getRecipients(Message.RecipientType.TO))
                        .extracting(Object::toString)
                        .containsExactly(e.getKey());
                assertThat(m.getHeader("Content-Language", null)).isEqualTo(language);
                assertThat(m.getSubject())
                        .isEqualTo(
                                new MessageFormat(texts.getString("subject." + kind), Locale.forLanguageTag(language))
                                        .format(new Object[] {shownTitle}));
                String text = part(m, "text/plain");
                String html = part(m, "text/html");
                assertThat(text)
                        .contains(language.equals("de") ? "Gefördert durch" : "Funded by")
                        .contains("Testkreis-Förderhinweis für die Integrationstests.");
                assertThat(html)
                        .contains("<html lang=\"" + language + "\">")
                        .doesNotContain("<&>")
                        .contains("&lt;&amp;&gt;");
                boolean calendar = kind.equals("CONFIRMATION") || kind.equals("PROMOTED");
                assertThat(attachment(m) != null)
                        .as(kind + " carries the calendar file")
                        .isEqualTo(calendar);
                if (calendar) {
                    Calendar ics =
                            new CalendarBuilder().build(new InputStreamReader(attachment(m), StandardCharsets.UTF_8));
                    VEvent v = ics.<VEvent>getComponent("VEVENT").orElseThrow();
                    assertThat(v.getSummary().getValue()).isEqualTo(shownTitle);
                    assertThat(v.getDateTimeStart().getValue())
                            .startsWith(day.toString().replace("-", "") + "T090000");
                }
            }
        }
        assertThat(only(got, anna, "CONFIRMATION").getSubject()).startsWith("Anmeldebestätigung: ");
        assertThat(part(only(got, anna, "CONFIRMATION"), "text/plain"))
                .as("plain text shows the name as typed")
                .containsPattern("/r/testkreis\\.[A-Za-z0-9_-]{43}")
                .contains("Guten Tag Anna <b>Arten</b>,");
        assertThat(part(only(got, anna, "CONFIRMATION"), "text/html")).contains("&lt;b&gt;Arten&lt;/b&gt;");
        assertThat(part(only(got, ben, "WAITLISTED"), "text/plain"))
                .containsPattern("/r/testkreis\\.[A-Za-z0-9_-]{43}")
                .contains("Your place on the waiting list: 1");
        // The mailed link was issued when the mail went out: another token than the one the answer
        // carried, and both open Ben's registration, as does the link mailed again on request.
        String mailed = linkIn(part(only(got, ben, "WAITLISTED"), "text/plain"));
        String resent = linkIn(part(only(got, ben, "LINK_RESENT"), "text/plain"));
        assertThat(mailed).isNotEqualTo(b.get("token")).isNotEqualTo(resent);
        for (String token : List.of(b.get("token"), mailed, resent)) {
            assertThat(page("/r/" + token)).as("the page of link " + token).contains("Ben Arten");
        }
        // No stored mail holds a token, sent or not (the bodies hold a placeholder until they go).
        for (String person : expected.keySet()) {
            assertThat(probe("outbox", "email", person).get("tokens"))
                    .as("stored mails to " + person + " with a token")
                    .isEqualTo("0");
        }
        assertThat(part(only(got, ben, "PROMOTED"), "text/plain"))
                .doesNotContain("/r/")
                .contains("/t/testkreis/e/" + slug)
                .contains("Send link again");
        assertThat(part(only(got, ben, "LINK_RESENT"), "text/plain"))
                .containsPattern("/r/testkreis\\.[A-Za-z0-9_-]{43}");
        assertThat(part(only(got, dora, "LINK_RESENT"), "text/plain"))
                .containsPattern("/r/testkreis\\.[A-Za-z0-9_-]{43}")
                .contains("Links aus früheren E-Mails gelten weiter");
        assertThat(part(only(got, cara, "LIVESTREAM_ACCESS"), "text/plain")).contains(stream);
        assertThat(part(only(got, ben, "CHANGED"), "text/plain")).contains("Workshop: B: Bleiben");
    }

    /**
     * A registration reads its mail's event and organizer facts from a cache keyed by the
     * tenant's {@code public_version} (issue 11): a change of the event, made anywhere (here in
     * the database, as another instance would), is in the very next registration's mail.
     */
    @Test
    void aChangedEventIsInTheNextRegistrationsMailAtOnce() throws Exception {
        String slug = "it-mail-version";
        probe("event", "slug", slug, "daysAhead", "12", "title", "Fachtag Vorher");
        String first = "vorher.version@mail.test", second = "nachher.version@mail.test";
        assertThat(register(slug, "Vera Vorher", first, "de", "ON_SITE", "A").get("status"))
                .isEqualTo("CONFIRMED");
        try (java.sql.Connection c = de.fachtag.testing.TestDatabase.existing(
                                System.getenv().getOrDefault("FACHTAG_TEST_DB_NAME", "fachtag_it_web"))
                        .asSuperuser()
                        .getConnection();
                java.sql.PreparedStatement s = c.prepareStatement(
                        "UPDATE event SET title_de = 'Fachtag Nachher' WHERE tenant_id = ? AND slug = ?")) {
            s.setString(1, TENANT);
            s.setString(2, slug);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(register(slug, "Nils Nachher", second, "de", "ON_SITE", "B").get("status"))
                .isEqualTo("CONFIRMED");
        Map<String, List<MimeMessage>> got = awaitMails(List.of(first, second), 2);
        assertThat(got.get(first).get(0).getSubject()).contains("Fachtag Vorher");
        assertThat(got.get(second).get(0).getSubject())
                .contains("Fachtag Nachher")
                .doesNotContain("Vorher");
    }

    @Test
    void anOutageDelaysMailAndLosesNoneAndEachArrivesOnce() throws Exception {
        String slug = "it-mail-ausfall";
        // another day than the other test's event, so that its reminder run does not reach this one
        probe(
                "event",
                "slug",
                slug,
                "daysAhead",
                "20",
                "title",
                "Fachtag trotz Ausfall",
                "titleEn",
                "Despite the outage");
        List<String> people = List.of("eva.ausfall@mail.test", "fred.ausfall@mail.test", "gina.ausfall@mail.test");
        awaitNoMailDue();
        TestSmtp.stop();
        try {
            for (String p : people) {
                assertThat(register(slug, "Person " + p, p, "de", "ON_SITE", "B")
                                .get("status"))
                        .isEqualTo("CONFIRMED");
            }
            Instant until = Instant.now().plusSeconds(30);
            Map<String, String> outbox;
            do {
                Thread.sleep(500);
                outbox = probe("outbox", "email", people.get(2));
            } while (Integer.parseInt(outbox.get("attempts")) < 2
                    && Instant.now().isBefore(until));
            assertThat(outbox.get("waiting")).as("the mail waits in the outbox").isEqualTo("1");
            assertThat(outbox.get("tokens"))
                    .as("the waiting mail holds no private link's token")
                    .isEqualTo("0");
            assertThat(Integer.parseInt(outbox.get("attempts")))
                    .as("delivery was tried and failed")
                    .isGreaterThanOrEqualTo(2);
            assertThat(outbox.get("lastError")).isNotBlank();

            String dashboard = platformDashboard();
            assertThat(dashboard)
                    .as("the operator sees the waiting mails")
                    .contains("id=\"waiting-mail\"")
                    .contains("<td>" + TENANT + "</td>")
                    .doesNotContain(people.get(0));
        } finally {
            TestSmtp.start();
        }
        awaitMails(people, people.size());
        settle(people);
        Map<String, List<MimeMessage>> got = received(people);
        Set<String> ids = new HashSet<>();
        for (String p : people) {
            assertThat(got.get(p)).as("exactly one mail to " + p).hasSize(1);
            assertThat(kind(got.get(p).get(0))).isEqualTo("CONFIRMATION");
            ids.add(got.get(p).get(0).getMessageID());
            assertThat(probe("outbox", "email", p).get("waiting")).isEqualTo("0");
            assertThat(probe("outbox", "email", p).get("tokens")).isEqualTo("0");
            assertThat(part(got.get(p).get(0), "text/plain"))
                    .containsPattern("/r/testkreis\\.[A-Za-z0-9_-]{43}")
                    .doesNotContain(Outbox.LINK_TOKEN);
        }
        assertThat(ids).hasSize(people.size());
    }

    /**
     * Accessibility feedback reaches someone (BGG §12b, BITV 2.0): sent on a tenant's public form,
     * it arrives by mail at the tenant's feedback contact (tenant file accessibility.feedbackEmail)
     * with the sender as Reply-To and a link into the inbox, where it is listed as new; marked
     * answered there, the dashboard counts one open message less. Other classes' feedback to the
     * same contact may arrive as well, so the mail is picked by its text.
     */
    /**
     * The mail preview is the operator's alone; with an SMTP server (as here) it says the mails
     * are sent and shows none; the dashboard links it only in demo mode.
     */
    @Test
    void theMailPreviewIsTheOperatorsAndEmptyWhenMailIsSent() {
        Http client = new Http(URI.create(base.toString()));
        assertThat(client.get("/platform/outbox").status()).as("anonymous").isEqualTo(302);
        var staff = client.signIn("admin@mittelsachsen.demo", "demo-password-for-tests");
        String staffSession =
                "FACHTAG_SESSION=" + staff.cookieValue("FACHTAG_SESSION").orElseThrow();
        assertThat(client.get("/platform/outbox", staffSession).status())
                .as("a tenant's admin")
                .isIn(403, 404);
        var signIn = client.signIn("operator@fachtag.demo", "demo-password-for-tests");
        String session =
                "FACHTAG_SESSION=" + signIn.cookieValue("FACHTAG_SESSION").orElseThrow();
        var page = client.get("/platform/outbox", session);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.body()).contains("id=\"outbox-smtp\"").doesNotContain("outbox-mail__html");
        assertThat(client.get("/platform/", session).body()).doesNotContain("id=\"outbox-link\"");
    }

    /**
     * In demo mode (no SMTP server; here pretended by the test build's switch while the run's
     * server takes every other mail) the operator reads the waiting mails on /platform/outbox: each
     * with its subject, kind, shortened address, the HTML as it is shown (in a sandboxed frame)
     * and the text version, the private link as a placeholder and never a token, German and
     * English as the person registered. The mails are held in the outbox for the test.
     */
    @Test
    void theDemoOutboxShowsEachWaitingMailAsTextAndHtml() throws Exception {
        String slug = "it-mail-vorschau";
        String title = "Fachtag Vorschau <&> Probe";
        probe("event", "slug", slug, "daysAhead", "12", "title", title, "titleEn", "Preview <&> Day");
        String de = "vera.vorschau@mail.test";
        String en = "paul.preview@mail.test";
        assertThat(probe(
                                "register-held",
                                "event",
                                slug,
                                "name",
                                "Vera Vorschau",
                                "email",
                                de,
                                "lang",
                                "de",
                                "mode",
                                "ON_SITE",
                                "workshop",
                                "B")
                        .get("held"))
                .isEqualTo("CONFIRMED 1");
        assertThat(probe(
                                "register-held",
                                "event",
                                slug,
                                "name",
                                "Paul <b>Preview</b>",
                                "email",
                                en,
                                "lang",
                                "en",
                                "mode",
                                "LIVESTREAM")
                        .get("held"))
                .isEqualTo("CONFIRMED 1");
        Http client = new Http(URI.create(base.toString()));
        var signIn = client.signIn("operator@fachtag.demo", "demo-password-for-tests");
        String session =
                "FACHTAG_SESSION=" + signIn.cookieValue("FACHTAG_SESSION").orElseThrow();
        probe("demo-outbox", "on", "true");
        try {
            assertThat(client.get("/platform/", session).body())
                    .as("the dashboard links the preview in demo mode")
                    .contains("id=\"outbox-link\"");
            var page = client.get("/platform/outbox", session);
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            String body = page.body();
            assertThat(body)
                    .contains("id=\"outbox-intro\"")
                    .doesNotContain("id=\"outbox-smtp\"", "id=\"outbox-empty\"");
            // each mail: its own article with subject, kind, shortened address, HTML frame and text version
            for (String[] mail : new String[][] {
                {"v…@mail.test", "Anmeldebestätigung: Fachtag Vorschau &lt;&amp;&gt; Probe", "Guten Tag Vera Vorschau,"
                },
                {
                    "p…@mail.test",
                    "Registration confirmed: Preview &lt;&amp;&gt; Day",
                    "Dear Paul &lt;b&gt;Preview&lt;/b&gt;,"
                }
            }) {
                int at = body.indexOf(mail[1]);
                assertThat(at).as("the mail to " + mail[0] + " is listed").isPositive();
                String article = body.substring(body.lastIndexOf("<article", at), body.indexOf("</article>", at));
                assertThat(article)
                        .contains(
                                "<dd>" + mail[0] + "</dd>",
                                "CONFIRMATION",
                                "class=\"outbox-mail__html\"",
                                "sandbox=\"\"",
                                "class=\"outbox-mail__text\"",
                                mail[2],
                                "PRIVATER-LINK-ENTSTEHT-BEIM-VERSAND");
                // the HTML is an attribute value: escaped once by the page, a document of its own in the frame
                String srcdoc = article.replaceAll("(?s).*srcdoc=\"([^\"]*)\".*", "$1");
                assertThat(srcdoc).startsWith("&lt;!DOCTYPE html&gt;").contains("&lt;h1");
                assertThat(article).doesNotContain("<script", "<h1 style");
            }
            assertThat(body).doesNotContainPattern("/r/testkreis\\.[A-Za-z0-9_-]{43}");
        } finally {
            probe("demo-outbox", "on", "false");
            probe("release", "email", de, "email", en);
        }
        // back with the server: the page shows no mail again, and the held mails go out
        assertThat(client.get("/platform/outbox", session).body()).contains("id=\"outbox-smtp\"");
        assertThat(awaitMails(List.of(de, en), 1)).containsKeys(de, en);
    }

    @Test
    void feedbackIsMailedToTheContactListedInTheInboxAndAnsweredThere() throws Exception {
        Http client = new Http(URI.create(base.toString()));
        String contact = "integration@landkreis-mittelsachsen.de";
        String text = "Mail-Probe: Das Video hat keine Untertitel. " + System.nanoTime();
        String page = "/t/mittelsachsen/e/fachtag-integration-2027";

        Http.Response form = client.get("/t/mittelsachsen/feedback?from=" + page);
        assertThat(form.status()).as("%s", form).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("feedback-form", "feedback-form");
        fields.put("feedback-form:message", text);
        fields.put("feedback-form:page", page);
        fields.put("feedback-form:name", "Mia Mailprobe");
        fields.put("feedback-form:email", "mia.feedback@mail.test");
        fields.put("feedback-form:send", "");
        fields.put("jakarta.faces.ViewState", form.viewState());
        Http.Response sent = client.postForm(
                "/t/mittelsachsen/feedback",
                form.cookieValue("FACHTAG_SESSION")
                        .map(c -> "FACHTAG_SESSION=" + c)
                        .orElse(null),
                fields);
        assertThat(sent.status()).as("%s", sent).isEqualTo(200);
        assertThat(sent.body()).contains("Vielen Dank! Ihre Nachricht ist eingegangen.");

        MimeMessage mail = awaitMailContaining(contact, text);
        assertThat(kind(mail)).isEqualTo("FEEDBACK");
        assertThat(mail.getReplyTo()).extracting(Object::toString).containsExactly("mia.feedback@mail.test");
        assertThat(mail.getSubject())
                .startsWith("Rückmeldung zur Barrierefreiheit an Landkreis Mittelsachsen, Antwort bis ");
        String body = part(mail, "text/plain");
        assertThat(body)
                .contains("> " + text)
                .contains(page)
                .contains("Name: Mia Mailprobe")
                .contains("E-Mail-Adresse: mia.feedback@mail.test");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "/organizer/mittelsachsen/feedback/([0-9a-f-]{36})")
                .matcher(body);
        assertThat(link.find())
                .as("the mail links the message in the inbox: %s", body)
                .isTrue();
        String id = link.group(1);

        var signIn = client.signIn("organizer@mittelsachsen.demo", "demo-password-for-tests");
        assertThat(signIn.status()).as("organizer sign-in: %s", signIn).isEqualTo(302);
        String session =
                "FACHTAG_SESSION=" + signIn.cookieValue("FACHTAG_SESSION").orElseThrow();
        long open = openOnDashboard(client, session);
        Http.Response inbox = client.get("/organizer/mittelsachsen/feedback", session);
        assertThat(inbox.status()).as("%s", inbox).isEqualTo(200);
        String row = inbox.body().substring(inbox.body().indexOf("id=\"feedback-" + id + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>")))
                .as("listed as new")
                .contains(">Neu<")
                .contains("Mail-Probe: Das Video");

        Http.Response message = client.get("/organizer/mittelsachsen/feedback/" + id, session);
        assertThat(message.status()).as("%s", message).isEqualTo(200);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("answer-form", "answer-form");
        answer.put("answer-form:note", "Per Mail geantwortet.");
        answer.put("answer-form:answer", "Als beantwortet markieren");
        answer.put("jakarta.faces.ViewState", message.viewState());
        Http.Response answered = client.postForm("/organizer/mittelsachsen/feedback/" + id, session, answer);
        assertThat(answered.status())
                .as("answered, then the page again by GET: %s", answered)
                .isEqualTo(302);
        assertThat(client.get("/organizer/mittelsachsen/feedback/" + id, session)
                        .body())
                .contains("fb-state--answered\">Beantwortet<")
                .contains("Per Mail geantwortet.");
        assertThat(openOnDashboard(client, session))
                .as("the dashboard counts one open message less")
                .isEqualTo(open - 1);
    }

    /** The open feedback the dashboard of mittelsachsen shows ("Eine offene …", "3 offene …", "Keine offenen …"). */
    private static long openOnDashboard(Http client, String session) {
        Http.Response desk = client.get("/organizer/mittelsachsen/", session);
        assertThat(desk.status()).as("%s", desk).isEqualTo(200);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<p id=\"desk-feedback\">([^<]*)</p>")
                .matcher(desk.body());
        assertThat(m.find()).as("the dashboard's feedback line").isTrue();
        String line = m.group(1);
        return line.startsWith("Keine")
                ? 0
                : line.startsWith("Eine ") ? 1 : Long.parseLong(line.substring(0, line.indexOf(' ')));
    }

    /** Waits for the mail to {@code recipient} whose plain text contains {@code text}. */
    private static MimeMessage awaitMailContaining(String recipient, String text) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        do {
            for (MimeMessage m : received(List.of(recipient)).get(recipient)) {
                String body = part(m, "text/plain");
                if (body != null && body.contains(text)) {
                    return m;
                }
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(until));
        throw new AssertionError("no mail to " + recipient + " with " + text);
    }

    /**
     * Issue 10: a mail whose delivery started but never recorded its outcome (the process died
     * between the SMTP server's "250 OK" and the commit) may have arrived: it is not sent again
     * on its own, but marked uncertain, and the operator's dashboard counts it.
     */
    @Test
    void aMailWhoseOutcomeWasLostIsNotSentAgainAndTheOperatorSeesIt() throws Exception {
        String slug = "it-mail-ungewiss";
        probe("event", "slug", slug, "daysAhead", "25", "title", "Fachtag mit Absturz", "titleEn", "With a crash");
        String person = "hanna.ungewiss@mail.test";
        awaitNoMailDue();
        TestSmtp.stop();
        try {
            assertThat(register(slug, "Hanna Ungewiss", person, "de", "ON_SITE", "B")
                            .get("status"))
                    .isEqualTo("CONFIRMED");
            Instant until = Instant.now().plusSeconds(30);
            while (!"1".equals(probe("lose-outcome", "email", person).get("lost"))
                    && Instant.now().isBefore(until)) {
                Thread.sleep(100); // a delivery round holds the row just now
            }
            assertThat(probe("outbox", "email", person).get("waiting")).isEqualTo("1");
        } finally {
            TestSmtp.start();
        }
        Instant until = Instant.now().plus(PATIENCE);
        Map<String, String> outbox = probe("outbox", "email", person);
        while (!"1".equals(outbox.get("uncertain")) && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            outbox = probe("outbox", "email", person);
        }
        assertThat(outbox.get("uncertain")).as("marked uncertain: " + outbox).isEqualTo("1");
        settle(List.of(person));
        assertThat(received(List.of(person)).get(person)).as("not sent again").isEmpty();
        assertThat(probe("outbox", "email", person).get("waiting")).isEqualTo("1");
        String dashboard = platformDashboard();
        assertThat(dashboard)
                .as("the operator sees the uncertain mail")
                .contains("id=\"uncertain-mail\"")
                .doesNotContain(person);
    }

    /**
     * Issue 10: the operator settles uncertain mails on the platform dashboard. "Erneut senden"
     * delivers the mail once (same Message-ID), "Ist angekommen" closes it unsent (body gone);
     * each decision is a security log entry naming the mail and the operator; a second decision
     * on a settled mail changes nothing.
     */
    @Test
    void theOperatorSettlesUncertainMailsOnTheDashboardAndEachDecisionIsLogged() throws Exception {
        String slug = "it-mail-entscheiden";
        probe(
                "event",
                "slug",
                slug,
                "daysAhead",
                "26",
                "title",
                "Fachtag mit Entscheidung",
                "titleEn",
                "With a decision");
        String again = "jonas.erneut@mail.test", arrived = "kira.angekommen@mail.test";
        awaitNoMailDue();
        TestSmtp.stop();
        try {
            for (String person : List.of(again, arrived)) {
                assertThat(register(slug, "Person " + person, person, "de", "ON_SITE", "B")
                                .get("status"))
                        .isEqualTo("CONFIRMED");
                Instant until = Instant.now().plusSeconds(30);
                while (!"1".equals(probe("lose-outcome", "email", person).get("lost"))
                        && Instant.now().isBefore(until)) {
                    Thread.sleep(100);
                }
            }
        } finally {
            TestSmtp.start();
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (String person : List.of(again, arrived)) {
            Instant until = Instant.now().plus(PATIENCE);
            Map<String, String> outbox = probe("outbox", "email", person);
            while (!"1".equals(outbox.get("uncertain")) && Instant.now().isBefore(until)) {
                Thread.sleep(250);
                outbox = probe("outbox", "email", person);
            }
            assertThat(outbox.get("uncertain"))
                    .as("marked uncertain: " + outbox)
                    .isEqualTo("1");
            ids.put(person, outbox.get("uncertainIds"));
        }

        var client = new Http(URI.create(base.toString()));
        var signIn = client.signIn("operator@fachtag.demo", "demo-password-for-tests");
        assertThat(signIn.status()).as("operator sign-in: %s", signIn).isEqualTo(302);
        String session =
                "FACHTAG_SESSION=" + signIn.cookieValue("FACHTAG_SESSION").orElseThrow();

        Http.Response sent = decide(client, session, ids.get(again), "again");
        assertThat(sent.status()).as("%s", sent).isEqualTo(200);
        assertThat(sent.body())
                .contains("Die E-Mail wird erneut gesendet.")
                .doesNotContain("id=\"uncertain-" + ids.get(again) + "\"");
        List<MimeMessage> mails = awaitMails(List.of(again), 1).get(again);
        settle(List.of(again));
        mails = received(List.of(again)).get(again);
        assertThat(mails).as("sent again, once").hasSize(1);
        assertThat(mails.get(0).getMessageID()).startsWith("<" + ids.get(again) + "@");

        Http.Response closed = decide(client, session, ids.get(arrived), "arrived");
        assertThat(closed.status()).as("%s", closed).isEqualTo(200);
        assertThat(closed.body()).contains("Die E-Mail ist als zugestellt abgeschlossen.");
        settle(List.of(arrived));
        assertThat(received(List.of(arrived)).get(arrived))
                .as("closed as delivered: not sent")
                .isEmpty();
        Map<String, String> outbox = probe("outbox", "email", arrived);
        assertThat(outbox.get("waiting")).as("%s", outbox).isEqualTo("0");
        assertThat(outbox.get("uncertain")).isEqualTo("0");

        Http.Response page = client.get("/platform/", session);
        assertThat(page.body()).doesNotContain("id=\"uncertain-" + ids.get(arrived) + "\"");

        var db = de.fachtag.testing.TestDatabase.existing(
                System.getenv().getOrDefault("FACHTAG_TEST_DB_NAME", "fachtag_it_web"));
        try (var c = db.asSuperuser().getConnection();
                var st = c.prepareStatement("SELECT action, detail FROM security_log WHERE subject = ? ORDER BY id")) {
            for (var e : Map.of(ids.get(again), "MAIL_SENT_AGAIN", ids.get(arrived), "MAIL_SETTLED_AS_SENT")
                    .entrySet()) {
                st.setString(1, "mail:" + e.getKey());
                try (var rs = st.executeQuery()) {
                    assertThat(rs.next())
                            .as("a security log entry for mail %s", e.getKey())
                            .isTrue();
                    assertThat(rs.getString("action")).isEqualTo(e.getValue());
                    assertThat(rs.getString("detail"))
                            .contains("tenant " + TENANT)
                            .contains("by operator@fachtag.demo");
                    assertThat(rs.next()).as("one entry per decision").isFalse();
                }
            }
        }
    }

    /** Presses a decision button ("arrived" or "again") in the dashboard's row of the mail. */
    private static Http.Response decide(Http client, String session, String id, String button) {
        Http.Response page = client.get("/platform/", session);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        String body = page.body();
        int row = body.indexOf("id=\"uncertain-" + id + "\"");
        assertThat(row).as("the dashboard lists mail %s:\n%s", id, body).isPositive();
        String rest = body.substring(row, body.indexOf("</tr>", row));
        java.util.regex.Matcher form =
                java.util.regex.Pattern.compile("<form id=\"([^\"]+)\"").matcher(rest);
        assertThat(form.find()).as(rest).isTrue();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile(
                        "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(rest);
        assertThat(state.find()).as(rest).isTrue();
        assertThat(rest).as("no address on the dashboard").doesNotContainPattern("[a-z]+\\.[a-z]+@mail\\.test");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form.group(1), form.group(1));
        fields.put("mail", TENANT + "/" + id);
        fields.put(form.group(1) + ":" + button, "");
        fields.put(
                "jakarta.faces.ViewState", state.group(1).replace("&#58;", ":").replace("&amp;", "&"));
        return client.postForm("/platform/", session, fields);
    }

    // ------------------------------------------------------------------ helpers

    /** The token of the private link in a mail's text. */
    private static String linkIn(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/r/(testkreis\\.[A-Za-z0-9_-]{43})")
                .matcher(text);
        assertThat(m.find()).as("a private link in: " + text).isTrue();
        return m.group(1);
    }

    /** A public page's body, asserting it answered 200. */
    /**
     * A staff member without a password (outside demo mode: the first admin of a tenant file)
     * asks for a link on the tenant's set-password page: it arrives by mail, sets the password
     * once, and its token is in no stored mail; asking again within a quarter of an hour, or for
     * an address without an account, answers the same and mails nothing.
     */
    @Test
    void aPasswordLinkIsMailedOnRequestAndNeverStored() throws Exception {
        String address = "neue.admin@testkreis.mail.test";
        var db = de.fachtag.testing.TestDatabase.existing(
                System.getenv().getOrDefault("FACHTAG_TEST_DB_NAME", "fachtag_it_web"));
        try (var c = db.asSuperuser().getConnection();
                var st = c.prepareStatement("""
                INSERT INTO staff_account (tenant_id, id, email, display_name, roles)
                VALUES (?, gen_random_uuid(), ?, 'Neue Admin', 'TENANT_ADMIN')""")) {
            st.setString(1, TENANT);
            st.setString(2, address);
            st.executeUpdate();
        }
        var client = new de.fachtag.web.it.browser.Http(URI.create(base.toString()));
        String page = "/t/" + TENANT + "/password";
        String sent = "Wenn zu dieser Adresse ein Konto gehört, ist ein Link unterwegs.";

        var first = requestLink(client, page, address);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains(sent);
        MimeMessage mail = awaitMails(List.of(address), 1).get(address).get(0);
        assertThat(kind(mail)).isEqualTo("STAFF_PASSWORD_LINK");
        String text = part(mail, "text/plain");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "/t/" + TENANT + "/password\\?token=([A-Za-z0-9_-]{40,})")
                .matcher(text);
        assertThat(link.find()).as("a link in %s", text).isTrue();
        String token = link.group(1);

        // asked again at once, and for nobody's address: the same answer, no mail
        var again = requestLink(client, page, address);
        var nobody = requestLink(client, page, "niemand@testkreis.mail.test");
        assertThat(again.body()).contains(sent);
        assertThat(nobody.body()).contains(sent);
        settle(List.of(address, "niemand@testkreis.mail.test"));
        assertThat(received(List.of(address, "niemand@testkreis.mail.test")).values().stream()
                        .mapToInt(List::size)
                        .sum())
                .as("one mail in all")
                .isEqualTo(1);
        try (var c = db.asSuperuser().getConnection();
                var st = c.prepareStatement("SELECT string_agg(body_text, ' ') FROM outbox_mail WHERE recipient = ?")) {
            st.setString(1, address);
            try (var rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1))
                        .as("the stored mail (its body is emptied once sent)")
                        .isNotNull()
                        .doesNotContain(token);
            }
        }

        // the link sets the password once; then the account signs in
        var form = client.get(page + "?token=" + token);
        String cookie = form.cookieValue("FACHTAG_SESSION")
                .map(v -> "FACHTAG_SESSION=" + v)
                .orElse(null);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("password-form", "password-form");
        fields.put("password-form:password", "ein-langes-neues-passwort");
        fields.put("password-form:repeated", "ein-langes-neues-passwort");
        fields.put("password-form:save", "");
        fields.put("jakarta.faces.ViewState", form.viewState());
        fields.put(hiddenTokenField(form.body()).orElseThrow(), token);
        var saved = client.postForm(page, cookie, fields);
        assertThat(saved.body()).as("%s", saved).contains("Ihr Passwort ist gespeichert.");
        assertThat(client.signIn(address, "ein-langes-neues-passwort").status()).isEqualTo(302);
    }

    private static de.fachtag.web.it.browser.Http.Response requestLink(
            de.fachtag.web.it.browser.Http client, String page, String email) {
        var form = client.get(page);
        String cookie = form.cookieValue("FACHTAG_SESSION")
                .map(v -> "FACHTAG_SESSION=" + v)
                .orElse(null);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("request-form", "request-form");
        fields.put("request-form:email", email);
        fields.put("request-form:send", "");
        fields.put("jakarta.faces.ViewState", form.viewState());
        return client.postForm(page, cookie, fields);
    }

    /** The name of the set-password form's hidden field that carries the token. */
    private static java.util.Optional<String> hiddenTokenField(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<input[^>]*type=\"hidden\"[^>]*name=\"(password-form:[^\"]+)\"")
                .matcher(html);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private String page(String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
        return r.body();
    }

    /** The platform operator's dashboard, signed in as the demo operator. */
    private String platformDashboard() {
        var client = new Http(URI.create(base.toString()));
        var signIn = client.signIn("operator@fachtag.demo", "demo-password-for-tests");
        assertThat(signIn.status()).as("operator sign-in: %s", signIn).isEqualTo(302);
        String session =
                "FACHTAG_SESSION=" + signIn.cookieValue("FACHTAG_SESSION").orElseThrow();
        var page = client.get("/platform/", session);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return page.body();
    }

    private Map<String, String> register(
            String event, String name, String email, String language, String mode, String workshop)
            throws IOException, InterruptedException {
        List<String> params =
                new ArrayList<>(List.of("event", event, "name", name, "email", email, "lang", language, "mode", mode));
        if (workshop != null) {
            params.addAll(List.of("workshop", workshop));
        }
        return probe("register", params.toArray(String[]::new));
    }

    /** Calls the probe servlet; fails with its answer unless it says 200. */
    private Map<String, String> probe(String action, String... params) throws IOException, InterruptedException {
        boolean tenantGiven = java.util.stream.IntStream.iterate(0, i -> i < params.length, i -> i + 2)
                .anyMatch(i -> params[i].equals("tenant"));
        StringBuilder form = new StringBuilder(tenantGiven ? "probe=1" : "tenant=" + TENANT);
        for (int i = 0; i < params.length; i += 2) {
            form.append('&')
                    .append(params[i])
                    .append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/it-mail-probe/" + action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        Map<String, String> answer = new LinkedHashMap<>();
        response.body()
                .lines()
                .filter(l -> l.contains("="))
                .forEach(l -> answer.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        return answer;
    }

    /** Waits until at least {@code count} mails to these recipients have arrived. */
    private static Map<String, List<MimeMessage>> awaitMails(java.util.Collection<String> recipients, int count)
            throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        Map<String, List<MimeMessage>> got = received(recipients);
        while (got.values().stream().mapToInt(List::size).sum() < count
                && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            got = received(recipients);
        }
        assertThat(got.values().stream().mapToInt(List::size).sum())
                .as("mails arrived: " + summary(got))
                .isGreaterThanOrEqualTo(count);
        return got;
    }

    /**
     * Waits until no mail of the tenants these tests share is due: the run's SMTP server has taken
     * what other tests made (it runs all along, so this takes seconds at most), and while it is
     * stopped the delivery job tries only this test's mails.
     */
    private void awaitNoMailDue() throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        for (String tenant : List.of("testkreis", "mittelsachsen", "agsa")) {
            String due;
            while (!"0".equals(due = probe("due", "tenant", tenant).get("due"))) {
                assertThat(Instant.now())
                        .as(due + " mails of " + tenant + " still due")
                        .isBefore(until);
                Thread.sleep(250);
            }
        }
    }

    /**
     * Until the outbox holds nothing for these recipients that the delivery job would still try
     * (every mail is sent, or uncertain, which the job never retries), then one more poll round and
     * one retry round of the job (1 s each here): a mail sent twice, or sent although it should
     * not be, has arrived by then.
     */
    private void settle(java.util.Collection<String> recipients) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        for (String recipient : recipients) {
            Map<String, String> outbox;
            while (Long.parseLong((outbox = probe("outbox", "email", recipient)).get("waiting"))
                    > Long.parseLong(outbox.get("uncertain"))) {
                assertThat(Instant.now())
                        .as("still waiting for " + recipient + ": " + outbox)
                        .isBefore(until);
                Thread.sleep(100);
            }
        }
        Thread.sleep(2_000);
    }

    private static Map<String, List<MimeMessage>> received(java.util.Collection<String> recipients) {
        Map<String, List<MimeMessage>> got = new LinkedHashMap<>();
        recipients.forEach(r -> got.put(r, new ArrayList<>()));
        for (MimeMessage m : TestSmtp.server().getReceivedMessages()) {
            try {
                for (var to : m.getRecipients(Message.RecipientType.TO)) {
                    if (got.containsKey(to.toString())) {
                        got.get(to.toString()).add(m);
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return got;
    }

    private static String summary(Map<String, List<MimeMessage>> got) {
        return got.entrySet().stream()
                .map(e -> e.getKey() + "="
                        + e.getValue().stream().map(MailIT::kind).toList())
                .collect(Collectors.joining(", "));
    }

    private static MimeMessage only(Map<String, List<MimeMessage>> got, String recipient, String kind) {
        List<MimeMessage> of =
                got.get(recipient).stream().filter(m -> kind.equals(kind(m))).toList();
        assertThat(of).as(kind + " to " + recipient).hasSize(1);
        return of.get(0);
    }

    private static String kind(MimeMessage m) {
        try {
            return m.getHeader("X-Fachtag-Mail", null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the first part of this type, anywhere in the message. */
    private static String part(Part p, String type) throws Exception {
        if (p.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
            return p.getContent().toString();
        }
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                String found = part(mp.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The calendar file, or null. */
    private static InputStream attachment(Part p) throws Exception {
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(b.getDisposition())
                        && b.isMimeType("text/calendar")
                        && b.getFileName() != null
                        && b.getFileName().endsWith(".ics")) {
                    return b.getInputStream();
                }
                InputStream inner = attachment(b);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
