package de.fachtag.mail;

import de.fachtag.platform.PlatformSettings;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server the outbox delivers to (FACHTAG_SMTP_HOST, _PORT, _USER, _PASSWORD,
 * FACHTAG_MAIL_FROM) and the Jakarta Mail session for it, with short timeouts: the delivery
 * holds its outbox rows locked while it talks to the server, so a hanging server must not hold
 * them long. With credentials, STARTTLS is used when the server offers it (port 465: TLS from
 * the start).
 */
public record SmtpServer(
        String host,
        int port,
        Optional<String> user,
        Optional<String> password,
        String from,
        Duration retryBase,
        Session session) {

    static final int TIMEOUT_MILLIS = 10_000;

    /** The configured server; empty when FACHTAG_SMTP_HOST is not set (mails then wait in the outbox). */
    public static Optional<SmtpServer> of(PlatformSettings settings) {
        return settings.smtpHost().map(host -> {
            Properties p = new Properties();
            p.put("mail.transport.protocol", "smtp");
            p.put("mail.smtp.host", host);
            p.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
            p.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
            p.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
            p.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
            if (settings.smtpUser().isPresent()) {
                p.put("mail.smtp.auth", "true");
                p.put("mail.smtp.starttls.enable", "true");
            }
            if (settings.smtpPort() == 465) {
                p.put("mail.smtp.ssl.enable", "true");
            }
            return new SmtpServer(
                    host,
                    settings.smtpPort(),
                    settings.smtpUser(),
                    settings.smtpPassword(),
                    settings.mailFrom(),
                    Duration.ofSeconds(settings.mailRetrySeconds()),
                    Session.getInstance(p));
        });
    }

    @Override
    public String toString() {
        return host + ":" + port; // never the password
    }
}
