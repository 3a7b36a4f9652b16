package de.fachtag.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.registration.Tokens;
import de.fachtag.testing.Jdbc;
import de.fachtag.testing.MigratedDatabase;
import de.fachtag.testing.TestDatabase;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V9 on an installation that already has registrations and queued mails: the private links
 * issued so far keep working (their hashes move to {@code registration_link}), and a mail that
 * waits in the outbox with a token in its body keeps the placeholder instead, so that no stored
 * mail holds a token any more; the delivery issues a new link for it.
 */
class PrivateLinkMigrationTest {

    @Test
    void theLinksIssuedBeforeAndTheMailsWaitingWithATokenMoveOver() throws Exception {
        TestDatabase db =
                TestDatabase.recreate("fachtag_it_ejb_v9_links" + System.getProperty("fachtag.test.dbSuffix", ""));
        Flyway.configure(getClass().getClassLoader())
                .dataSource(db.url(), TestDatabase.OWNER, TestDatabase.OWNER_PASSWORD)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", "\"" + TestDatabase.APP + "\""))
                .target(lastVersionBefore(9))
                .load()
                .migrate();

        String token = Tokens.newToken("t1");
        UUID registration = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        UUID sent = UUID.randomUUID();
        try (Connection su = db.asSuperuser().getConnection()) {
            Jdbc.update(su, "INSERT INTO tenant (id, name, kind) VALUES ('t1', 'Tenant 1', 'DISTRICT')");
            UUID event = UUID.randomUUID();
            Jdbc.update(su, """
                    INSERT INTO event (tenant_id, id, slug, title_de, start_time, end_time, format, state)
                    VALUES ('t1', ?, 'fachtag', 'Fachtag', '09:00', '16:00', 'ON_SITE', 'PUBLISHED')""", event);
            Jdbc.update(su, """
                    INSERT INTO registration (tenant_id, id, event_id, arrival, status, mode, channel, language, sector,
                        name, email, email_key, token_hash)
                    VALUES ('t1', ?, ?, 1, 'CONFIRMED', 'ON_SITE', 'FORM', 'de', 'OTHER', 'Erika Muster',
                        'erika@fachtag.test', 'erika@fachtag.test', ?)""", registration, event, Tokens.hash(token));
            String body = "Ihr Link: https://fachtag.example/r/" + token + "\nBis bald";
            String html =
                    "<a href=\"https://fachtag.example/r/" + token + "\">öffnen</a> https://fachtag.example/r/" + token;
            Jdbc.update(su, """
                    INSERT INTO outbox_mail (tenant_id, id, registration_id, kind, recipient, language, subject, body_text, body_html)
                    VALUES ('t1', ?, ?, 'CONFIRMATION', 'erika@fachtag.test', 'de', 'Bestätigung', ?, ?)""", waiting, registration, body, html);
            Jdbc.update(su, """
                    INSERT INTO outbox_mail (tenant_id, id, registration_id, kind, recipient, language, subject, body_text, sent_at)
                    VALUES ('t1', ?, ?, 'CHANGED', 'erika@fachtag.test', 'de', 'Geändert', '', now())""", sent, registration);
        }

        MigratedDatabase.migrate(db, TestDatabase.APP);

        try (Connection su = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.rows(su, "SELECT registration_id, token_hash FROM registration_link"))
                    .as("the link issued before V9")
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.get("registration_id")).isEqualTo(registration);
                        assertThat(row.get("token_hash")).isEqualTo(Tokens.hash(token));
                    });
            assertThat(Jdbc.number(su, """
                    SELECT count(*) FROM information_schema.columns
                     WHERE table_name = 'registration' AND column_name = 'token_hash'""")).isZero();
            Map<String, Object> mail = Jdbc.rows(
                            su, "SELECT body_text, body_html, private_link FROM outbox_mail WHERE id = ?", waiting)
                    .get(0);
            assertThat(mail.get("private_link")).isEqualTo(true);
            assertThat((String) mail.get("body_text"))
                    .doesNotContain(token.substring(3))
                    .isEqualTo("Ihr Link: https://fachtag.example/r/{private-link-token}\nBis bald");
            assertThat((String) mail.get("body_html"))
                    .doesNotContain(token.substring(3))
                    .contains("href=\"https://fachtag.example/r/{private-link-token}\"");
            assertThat(Jdbc.value(su, "SELECT private_link FROM outbox_mail WHERE id = ?", sent))
                    .as("a sent mail (no body) stays as it was")
                    .isEqualTo(false);
            assertThat(Jdbc.value(su, "SELECT relforcerowsecurity FROM pg_class WHERE relname = 'outbox_mail'"))
                    .isEqualTo(true);
            assertThat(Jdbc.value(su, "SELECT relforcerowsecurity FROM pg_class WHERE relname = 'registration'"))
                    .isEqualTo(true);
        }
    }

    /** The highest migration version below {@code version} (the numbers in between belong to other changes). */
    private static String lastVersionBefore(int version) throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(
                PrivateLinkMigrationTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return String.valueOf(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .filter(v -> v < version)
                    .max()
                    .orElseThrow());
        }
    }
}
