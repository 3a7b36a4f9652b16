package de.fachtag.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
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

    /** Where the public reaches this installation; every absolute link is built on it (FACHTAG_BASE_URL). */
    @Inject
    @ConfigProperty(name = "fachtag.base.url")
    Optional<String> baseUrl;

    /** The HTTP port (FACHTAG_HTTP_PORT); names the default base URL. */
    @Inject
    @ConfigProperty(name = "fachtag.http.port")
    Optional<Integer> httpPort;

    /**
     * The port the server was first reached on, for the default base URL when neither
     * FACHTAG_BASE_URL nor FACHTAG_HTTP_PORT is set (a development server on a random port). It is
     * the socket's local port, never a header a client chooses.
     */
    private static volatile int observedPort;

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

    /**
     * The base URL without a trailing slash: FACHTAG_BASE_URL, or unset
     * {@code http://localhost:{port}} with FACHTAG_HTTP_PORT, else the port the server listens on
     * (8080 before the first request).
     */
    public String baseUrl() {
        String url = baseUrl == null
                ? ""
                : baseUrl.filter(s -> !s.isBlank()).map(String::strip).orElse("");
        if (url.isEmpty()) {
            int port =
                    httpPort != null && httpPort.isPresent() ? httpPort.get() : observedPort > 0 ? observedPort : 8080;
            url = "http://localhost:" + port;
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Records the local port of a request (the first one counts); see {@link #baseUrl()}. */
    public static void observeLocalPort(int port) {
        if (observedPort == 0 && port > 0) {
            observedPort = port;
        }
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
