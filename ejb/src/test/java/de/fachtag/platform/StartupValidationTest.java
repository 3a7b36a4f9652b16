package de.fachtag.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachtag.tenantconfig.TenantConfigException;
import de.fachtag.testing.Jdbc;
import de.fachtag.testing.MigratedDatabase;
import de.fachtag.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start with tenant files that have errors (issue 10): the files are checked before the
 * database is touched, so a fresh database stays empty (no Flyway history, no tenant table), and
 * the message names the kind of file and every problem of every file in one pass. The control:
 * the same start with good files migrates.
 */
class StartupValidationTest {

    static final String DB = "fachtag_it_ejb_startup";

    @TempDir
    Path tenants;

    private static TestDatabase freshDatabase() {
        String suffix = System.getProperty("fachtag.test.dbSuffix", "");
        return TestDatabase.recreate(DB + suffix);
    }

    @Test
    void aTenantFileWithErrorsLeavesAFreshDatabaseUntouchedAndNamesEveryProblem() throws Exception {
        TestDatabase db = freshDatabase();
        // two tenant files, each with problems: a required setting missing and a type wrong; a syntax error
        write("a-kaputt.yaml", """
                slug: kaputt-eins
                name: Landkreis Kaputt
                kind: DISTRICT
                contact:
                  email: info@kaputt.example
                """);
        write("b-kaputt.yaml", """
                slug: kaputt-zwei
                name: [nicht, geschlossen
                """);

        assertThatThrownBy(() -> SchemaMigratingSessionCustomizer.prepare(
                        Optional.of(tenants), false, MigratedDatabase.settings(db, TestDatabase.APP)))
                .isInstanceOfSatisfying(TenantConfigException.class, e -> {
                    assertThat(e.getMessage())
                            .as("names the kind of file")
                            .startsWith("Tenant files: " + e.problems().size() + " problems");
                    assertThat(e.problems().size())
                            .as("more than one problem in one pass")
                            .isGreaterThan(2);
                    assertThat(e.getMessage()).contains("a-kaputt.yaml", "b-kaputt.yaml");
                    e.problems().forEach(p -> assertThat(e.getMessage()).contains(p.toString()));
                });

        try (Connection su = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.value(su, "SELECT to_regclass('public.flyway_schema_history')::text"))
                    .as("no Flyway history: no migration ran")
                    .isNull();
            assertThat(Jdbc.value(su, "SELECT to_regclass('public.tenant')::text"))
                    .as("no tenant table, so no tenant row")
                    .isNull();
            assertThat(
                            Jdbc.number(
                                    su,
                                    "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"))
                    .isZero();
        }
    }

    /** Control: without a bad file the same start migrates the fresh database. */
    @Test
    void withoutABadFileTheSameStartMigrates() throws SQLException {
        TestDatabase db = freshDatabase();
        SchemaMigratingSessionCustomizer.prepare(
                Optional.of(tenants), false, MigratedDatabase.settings(db, TestDatabase.APP));
        try (Connection su = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.value(su, "SELECT to_regclass('public.flyway_schema_history')::text"))
                    .isNotNull();
            assertThat(Jdbc.value(su, "SELECT to_regclass('public.tenant')::text"))
                    .isNotNull();
        }
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(tenants.resolve(name), yaml, StandardCharsets.UTF_8);
    }
}
