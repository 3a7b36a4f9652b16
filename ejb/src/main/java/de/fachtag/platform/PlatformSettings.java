package de.fachtag.platform;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's settings the application reads at run time, from MicroProfile Config, which
 * maps the {@code FACHTAG_*} environment variables of the "Running it" table onto these keys.
 * (The database settings are read by the data source definition and the schema migration.)
 */
@ApplicationScoped
public class PlatformSettings {

    @Inject
    @ConfigProperty(name = "fachtag.tenant.dir")
    Optional<String> tenantDir;

    @Inject
    @ConfigProperty(name = "fachtag.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "fachtag.demo.password")
    Optional<String> demoPassword;

    /** Where the public reaches this installation; mails build their links on it (FACHTAG_BASE_URL). */
    @Inject
    @ConfigProperty(name = "fachtag.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "fachtag.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "fachtag.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "fachtag.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "fachtag.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "fachtag.mail.from", defaultValue = "fachtag@localhost")
    String mailFrom;

    /** How often the mail job looks into the outbox (FACHTAG_MAIL_POLL_SECONDS). */
    @Inject
    @ConfigProperty(name = "fachtag.mail.poll.seconds", defaultValue = "5")
    int mailPollSeconds;

    /** The first retry's delay after a failed delivery; it doubles per attempt up to an hour (FACHTAG_MAIL_RETRY_SECONDS). */
    @Inject
    @ConfigProperty(name = "fachtag.mail.retry.seconds", defaultValue = "30")
    int mailRetrySeconds;

    public Optional<Path> tenantDir() {
        return tenantDir.filter(s -> !s.isBlank()).map(Path::of);
    }

    public boolean demo() {
        return demo;
    }

    public Optional<String> demoPassword() {
        return demoPassword.filter(s -> !s.isBlank());
    }

    /** The base URL without a trailing slash. */
    public String baseUrl() {
        String url = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The SMTP server; empty: mails wait in the outbox. */
    public Optional<String> smtpHost() {
        return smtpHost.filter(s -> !s.isBlank()).map(String::strip);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Optional<String> smtpUser() {
        return smtpUser.filter(s -> !s.isBlank());
    }

    public Optional<String> smtpPassword() {
        return smtpPassword.filter(s -> !s.isEmpty());
    }

    public String mailFrom() {
        return mailFrom == null || mailFrom.isBlank() ? "fachtag@localhost" : mailFrom.strip();
    }

    public int mailPollSeconds() {
        return Math.max(1, mailPollSeconds);
    }

    public int mailRetrySeconds() {
        return Math.max(1, mailRetrySeconds);
    }
}
