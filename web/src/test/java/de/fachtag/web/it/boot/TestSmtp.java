package de.fachtag.web.it.boot;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server of the test run: GreenMail in the failsafe JVM on
 * {@code fachtag.test.smtp.port}, where the application's FACHTAG_SMTP_HOST/_PORT point. It runs
 * from the start of the run to its end ({@link de.fachtag.web.it.IntegrationTestDatabase}), so
 * that every class's mails are delivered as they are made and none waits in the outbox for
 * another class. Tests pick the mails to their own addresses; MailIT stops and restarts it for
 * its outage tests.
 */
public final class TestSmtp {

    public static final int PORT = Integer.getInteger("fachtag.test.smtp.port", 3925);

    private static GreenMail server;

    private TestSmtp() {}

    /** The running server (started if it is not). */
    public static synchronized GreenMail server() {
        if (server == null) {
            start();
        }
        return server;
    }

    /** Starts a new, empty server on the port. */
    public static synchronized void start() {
        if (server != null) {
            return;
        }
        GreenMail started = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        started.start();
        server = started;
    }

    /** Stops the server: the application's deliveries fail until {@link #start()}. */
    public static synchronized void stop() {
        if (server != null) {
            try {
                server.stop();
            } finally {
                server = null;
            }
        }
    }
}
