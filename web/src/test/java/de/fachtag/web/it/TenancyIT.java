package de.fachtag.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.fachtag.identity.SignInService;
import de.fachtag.identity.StaffRole;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.ConcurrentEditException;
import de.fachtag.tenant.TenantImportService;
import de.fachtag.tenant.TenantSettings;
import de.fachtag.tenant.TenantSettingsService;
import de.fachtag.tenantconfig.TenantConfigLoader;
import de.fachtag.tenantconfig.TenantDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenancy and tenant import inside the running application: EclipseLink's tenant filter, row
 * level security on the application's own connections, idempotent import, sign-in and
 * optimistic locking, all against the real WAR in Payara Micro and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

    private static final String DEMO_PASSWORD = "demo-password-for-tests";

    @ArquillianResource
    URL base;

    @EJB
    TenancyProbe probe;

    @EJB
    TenantImportService importService;

    @EJB
    TenantSettingsService settings;

    @EJB
    SignInService signIn;

    @Test
    void findOfAnotherTenantsIdReturnsNothing() {
        UUID agsaProfile = TenantContext.callAs("agsa", probe::profileId);
        UUID mittelsachsenProfile = TenantContext.callAs("mittelsachsen", probe::profileId);
        List<UUID> mittelsachsenFunders = TenantContext.callAs("mittelsachsen", probe::funderIds);
        assertFalse(mittelsachsenFunders.isEmpty(), "the seed district has a funder");

        assertTrue(TenantContext.callAs("agsa", () -> probe.profileVisible(agsaProfile)), "own row is found");
        assertFalse(
                TenantContext.callAs("agsa", () -> probe.profileVisible(mittelsachsenProfile)),
                "another tenant's profile must not be found");
        assertFalse(
                TenantContext.callAs("agsa", () -> probe.funderVisible(mittelsachsenFunders.get(0))),
                "another tenant's funder must not be found");
    }

    @Test
    void nativeSqlSeesOnlyTheBoundTenant() {
        assertEquals(List.of("mittelsachsen"), TenantContext.callAs("mittelsachsen", probe::tenantsSeenByNativeSql));
        assertEquals(List.of("agsa"), TenantContext.callAs("agsa", probe::tenantsSeenByNativeSql));
    }

    @Test
    void withoutTenantQueriesFailClosed() {
        EJBException failure = assertThrows(EJBException.class, probe::profileId);
        assertTrue(
                String.valueOf(rootMessage(failure)).contains("6174")
                        || rootMessage(failure).contains("tenant"),
                "EclipseLink refuses a multitenant query without tenant, got: " + rootMessage(failure));
        // and the database, asked directly, returns nothing either
        assertEquals(List.of(), probe.tenantsSeenByNativeSql());
    }

    @Test
    void reimportIsANoOpAndAChangedFileUpdatesTheTenant() throws Exception {
        Path folder = Path.of(System.getenv("FACHTAG_TENANT_DIR"));
        byte[] original = Files.readAllBytes(folder.resolve("testkreis.yaml"));
        byte[] logo = Files.readAllBytes(folder.resolve("testkreis-logo.svg"));
        TenantConfigLoader loader = new TenantConfigLoader();
        TenantDefinition unchanged = loader.load("testkreis.yaml", original, name -> sibling(name, logo));
        assertEquals(
                TenantImportService.Outcome.UNCHANGED,
                TenantContext.callAs("testkreis", () -> importService.importTenant(unchanged)));

        String recoloured = new String(original, StandardCharsets.UTF_8).replace("#7a1f5c", "#1d5e3a");
        TenantDefinition changed =
                loader.load("testkreis.yaml", recoloured.getBytes(StandardCharsets.UTF_8), name -> sibling(name, logo));
        try {
            assertEquals(
                    TenantImportService.Outcome.UPDATED,
                    TenantContext.callAs("testkreis", () -> importService.importTenant(changed)));
            String theme = get("t/testkreis/theme.css");
            assertTrue(theme.contains("--ft-primary: #1d5e3a;"), "the new colour is served: " + theme);
            assertEquals(
                    TenantImportService.Outcome.UNCHANGED,
                    TenantContext.callAs("testkreis", () -> importService.importTenant(changed)));
        } finally {
            assertEquals(
                    TenantImportService.Outcome.UPDATED,
                    TenantContext.callAs("testkreis", () -> importService.importTenant(unchanged)));
        }
        assertTrue(get("t/testkreis/theme.css").contains("--ft-primary: #7a1f5c;"));
    }

    @Test
    void operatorAddedTenantFileIsImported() throws Exception {
        String page = get("t/testkreis/");
        assertTrue(page.contains("Landkreis Testkreis"), page);
        assertTrue(page.contains("Testkreis-Förderhinweis"), "funding notice of the file is shown");
    }

    @Test
    void signInFindsTheAccountsTenantAndRolesAndRefusesWrongPasswords() {
        var admin = signIn.signIn("Admin@Mittelsachsen.demo ", DEMO_PASSWORD).orElseThrow();
        assertEquals("mittelsachsen", admin.tenantId());
        assertEquals(java.util.Set.of(StaffRole.TENANT_ADMIN), admin.roles());
        var analyst = signIn.signIn("analyst@sms-sachsen.demo", DEMO_PASSWORD).orElseThrow();
        assertEquals("sms-sachsen", analyst.tenantId());
        var operator = signIn.signIn("operator@fachtag.demo", DEMO_PASSWORD).orElseThrow();
        assertEquals(null, operator.tenantId());
        assertEquals(java.util.Set.of(StaffRole.PLATFORM_ADMIN), operator.roles());

        assertEquals(Optional.empty(), signIn.signIn("admin@mittelsachsen.demo", "wrong-password"));
        assertEquals(Optional.empty(), signIn.signIn("nobody@nowhere.demo", DEMO_PASSWORD));
        assertEquals(Optional.empty(), signIn.signIn("", ""));
    }

    @Test
    void secondSaveOfTheSameSettingsIsAConflict() {
        TenantSettings first = TenantContext.callAs("agsa", settings::load);
        TenantSettings second = TenantContext.callAs("agsa", settings::load);
        first.setPhone("+49 391 111111");
        TenantContext.runAs("agsa", () -> settings.save(first));
        second.setPhone("+49 391 000000");
        assertThrows(ConcurrentEditException.class, () -> TenantContext.runAs("agsa", () -> settings.save(second)));
        TenantSettings now = TenantContext.callAs("agsa", settings::load);
        assertEquals("+49 391 111111", now.getPhone(), "the first save stands, the stale one changed nothing");
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static Optional<byte[]> sibling(String name, byte[] logo) {
        return "testkreis-logo.svg".equals(name) ? Optional.of(logo) : Optional.empty();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
