package de.fachtag.mail;

import de.fachtag.platform.PlatformSettings;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** An {@link Outbox} outside the server, for tests of services that write mails (base URL: the default). */
public final class TestOutbox {

    private TestOutbox() {}

    public static Outbox of(EntityManager em, Clock clock) {
        Outbox outbox = new Outbox();
        outbox.em = em;
        outbox.clock = clock;
        outbox.settings = new PlatformSettings();
        return outbox;
    }
}
