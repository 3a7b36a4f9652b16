package de.fachtag.web.it;

import de.fachtag.testing.TestDatabase;
import de.fachtag.web.it.boot.TestSmtp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs once per failsafe JVM, before Arquillian starts Payara Micro: a fresh database for the
 * application (named by {@code FACHTAG_TEST_DB_NAME}), an operator's extra tenant folder
 * ({@code FACHTAG_TENANT_DIR}) holding one district that is not bundled, as an operator would
 * add one, and the run's SMTP server ({@link TestSmtp}), stopped when the run ends.
 */
public class IntegrationTestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String name = System.getenv("FACHTAG_TEST_DB_NAME");
        if (System.getProperty("fachtag.war") == null || name == null) {
            return; // unit tests: no database needed
        }
        TestDatabase.recreate(name);
        String tenantDir = System.getenv("FACHTAG_TENANT_DIR");
        if (tenantDir != null) {
            copy("it-tenants/testkreis.yaml", Path.of(tenantDir, "testkreis.yaml"));
            copy("it-tenants/testkreis-logo.svg", Path.of(tenantDir, "testkreis-logo.svg"));
            copy("it-tenants/hostkreis.yaml", Path.of(tenantDir, "hostkreis.yaml"));
        }
        TestSmtp.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestSmtp.stop();
    }

    private static void copy(String resource, Path target) {
        try (InputStream in = IntegrationTestDatabase.class.getClassLoader().getResourceAsStream(resource)) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
