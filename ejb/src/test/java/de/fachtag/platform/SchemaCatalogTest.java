package de.fachtag.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.testing.Catalog;
import de.fachtag.testing.Jdbc;
import de.fachtag.testing.MigratedDatabase;
import de.fachtag.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the migrated schema from {@code pg_catalog} and checks the tenancy rules of DESIGN.md
 * ("Tenancy") that the database itself must keep: row level security ENABLEd and FORCEd with a
 * tenant policy on every tenant-owned table, tenant_id in every key, an application role that
 * owns nothing and can bypass nothing, and no table that quietly belongs to nobody.
 *
 * <p>Every check first asserts that the catalog query found what the migration is known to
 * create, so a broken query cannot pass by finding nothing.
 */
class SchemaCatalogTest {

    /** Tables without tenant_id. Adding one here is a decision: it belongs to the platform, not to a tenant. */
    static final Set<String> PLATFORM_TABLES = Set.of(
            "tenant",
            "platform_operator",
            "flyway_schema_history",
            "sign_in_throttle",
            "security_log",
            "rate_limit_bucket",
            // V13: a tenant's own host names are the platform's routing directory, like tenant: read
            // before any tenant is known, unique across tenants; RLS lets a transaction write only
            // its own tenant's names (column tenant, a reference into the directory)
            "tenant_host",
            // V35: which scheduled job ran for which period, claimed by one instance of the cluster;
            // a per-tenant job names the tenant in its job name, the rows hold no tenant's data
            "job_run");

    /** Tenant-owned tables V1 creates; the catalog query must find at least these. */
    static final Set<String> KNOWN_TENANT_TABLES =
            Set.of("tenant_profile", "funder", "event_series", "staff_account", "feedback_message");

    /**
     * Foreign keys on tenant-owned tables that do not go through tenant_id, each allowed on
     * purpose. A funder names the ministry tenant it stands for: a reference into the platform's
     * tenant directory (which holds no tenant's data), not into another tenant's rows.
     */
    static final Set<String> FOREIGN_KEYS_WITHOUT_TENANT_ID =
            Set.of("funder(ministry_tenant_id) -> tenant(id)", "event_host(ministry_tenant_id) -> tenant(id)");

    /**
     * Permissive policies on tenant-owned tables that are not tenant policies, each allowed on
     * purpose (table.policy, command). Permissive policies are OR-ed, so any other one could
     * widen what a tenant sees. {@code r} = SELECT only.
     */
    static final Set<String> EXTRA_PERMISSIVE_POLICIES = Set.of(
            "staff_account.sign_in r",
            // V5: the table owner reads every tenant's rows, and only inside the SECURITY DEFINER
            // function ministry_figures, which returns counts; the application role is not the owner.
            // V8: it reads the counts kept per event, no longer the registrations.
            "registration_count.figures_reader r",
            "event.figures_reader r",
            "workshop.figures_reader r",
            "event_series.figures_reader r",
            "event_funder.figures_reader r",
            "funder.figures_reader r",
            "event_host.figures_reader r",
            "manual_figure.figures_reader r",
            "tenant_profile.figures_reader r");

    static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = MigratedDatabase.create("fachtag_it_ejb_catalog");
    }

    /** Ordinary and partitioned tables in public that have a tenant_id column, by name. */
    static Set<String> tenantOwnedTables(Connection c) throws SQLException {
        Set<String> tables = Catalog.tenantOwnedTables(c);
        assertThat(tables)
                .as("tenant-owned tables found in pg_catalog")
                .isNotEmpty()
                .containsAll(KNOWN_TENANT_TABLES);
        return tables;
    }

    @Test
    void everyTenantOwnedTableEnablesAndForcesRowLevelSecurity() throws SQLException {
        try (Connection c = db.asSuperuser().getConnection()) {
            Set<String> tables = tenantOwnedTables(c);
            List<Map<String, Object>> rows = Jdbc.rows(c, """
                    SELECT cl.relname, cl.relrowsecurity, cl.relforcerowsecurity
                      FROM pg_class cl JOIN pg_namespace ns ON ns.oid = cl.relnamespace
                     WHERE ns.nspname = 'public' AND cl.relname = ANY (?)
                    """, c.createArrayOf("text", tables.toArray()));
            assertThat(rows).hasSameSizeAs(tables);
            for (Map<String, Object> row : rows) {
                assertThat(row.get("relrowsecurity"))
                        .as("ENABLE ROW LEVEL SECURITY on %s", row.get("relname"))
                        .isEqualTo(true);
                assertThat(row.get("relforcerowsecurity"))
                        .as("FORCE ROW LEVEL SECURITY on %s", row.get("relname"))
                        .isEqualTo(true);
            }
        }
    }

    @Test
    void everyTenantOwnedTableHasATenantPolicyAndNoUnexpectedPermissivePolicy() throws SQLException {
        try (Connection c = db.asSuperuser().getConnection()) {
            Set<String> tables = tenantOwnedTables(c);
            List<Map<String, Object>> policies = Jdbc.rows(c, """
                    SELECT cl.relname, po.polname, po.polcmd::text AS polcmd, po.polpermissive,
                           pg_get_expr(po.polqual, po.polrelid) AS using_expr,
                           pg_get_expr(po.polwithcheck, po.polrelid) AS check_expr
                      FROM pg_policy po
                      JOIN pg_class cl ON cl.oid = po.polrelid
                      JOIN pg_namespace ns ON ns.oid = cl.relnamespace
                     WHERE ns.nspname = 'public'
                     ORDER BY cl.relname, po.polname
                    """);
            assertThat(policies).as("policies in pg_policy").isNotEmpty();

            Map<String, List<String>> tenantPolicies = new TreeMap<>();
            Set<String> extraPermissive = new TreeSet<>();
            for (Map<String, Object> p : policies) {
                String table = (String) p.get("relname");
                String using = (String) p.get("using_expr");
                String check = (String) p.get("check_expr");
                if (isTenantCondition(using) && isTenantCondition(check)) {
                    tenantPolicies
                            .computeIfAbsent(table, t -> new ArrayList<>())
                            .add((String) p.get("polname"));
                } else if (Boolean.TRUE.equals(p.get("polpermissive")) && tables.contains(table)) {
                    extraPermissive.add(table + "." + p.get("polname") + " " + p.get("polcmd"));
                }
            }
            for (String table : tables) {
                assertThat(tenantPolicies.get(table))
                        .as("policy on %s whose USING and WITH CHECK both compare tenant_id with app.tenant_id", table)
                        .isNotEmpty();
            }
            assertThat(extraPermissive)
                    .as("permissive policies on tenant-owned tables that are not tenant policies (each widens access)")
                    .isEqualTo(EXTRA_PERMISSIVE_POLICIES);
        }
    }

    private static boolean isTenantCondition(String expression) {
        // names the setting, and the column too (the setting's own name contains "tenant_id", hence the removal)
        return expression != null
                && expression.contains("'app.tenant_id'")
                && expression.replace("'app.tenant_id'", "").matches("(?s).*\\btenant_id\\b.*");
    }

    @Test
    void everyKeyOnATenantOwnedTableIncludesTenantId() throws SQLException {
        try (Connection c = db.asSuperuser().getConnection()) {
            Set<String> tables = tenantOwnedTables(c);
            // Constraints (primary, unique, exclusion, foreign) on or pointing at any table in public.
            List<Map<String, Object>> constraints = Jdbc.rows(c, """
                    SELECT co.conname, co.contype::text AS contype, src.relname AS source, dst.relname AS target,
                           ARRAY(SELECT a.attname::text FROM unnest(co.conkey) WITH ORDINALITY k(attnum, ord)
                                   JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.attnum
                                  ORDER BY k.ord) AS columns,
                           ARRAY(SELECT a.attname::text FROM unnest(co.confkey) WITH ORDINALITY k(attnum, ord)
                                   JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.attnum
                                  ORDER BY k.ord) AS target_columns
                      FROM pg_constraint co
                      JOIN pg_class src ON src.oid = co.conrelid
                      JOIN pg_namespace ns ON ns.oid = src.relnamespace
                      LEFT JOIN pg_class dst ON dst.oid = co.confrelid
                     WHERE ns.nspname = 'public' AND co.contype IN ('p', 'u', 'x', 'f')
                    """);
            Set<String> kindsOnTenantTables = new TreeSet<>();
            List<String> violations = new ArrayList<>();
            Set<String> allowedSeen = new TreeSet<>();
            for (Map<String, Object> k : constraints) {
                String type = (String) k.get("contype");
                String source = (String) k.get("source");
                String target = (String) k.get("target");
                @SuppressWarnings("unchecked")
                List<Object> columns = (List<Object>) k.get("columns");
                @SuppressWarnings("unchecked")
                List<Object> targetColumns = (List<Object>) k.get("target_columns");
                boolean onTenantTable = tables.contains(source);
                if (onTenantTable) {
                    kindsOnTenantTables.add(type);
                }
                if (!type.equals("f")) {
                    if (onTenantTable && !columns.contains("tenant_id")) {
                        violations.add(type + " " + k.get("conname") + " on " + source + columns);
                    }
                    continue;
                }
                if (!onTenantTable && !tables.contains(target)) {
                    continue; // between platform tables
                }
                String described = source + "(" + join(columns) + ") -> " + target + "(" + join(targetColumns) + ")";
                int at = columns.indexOf("tenant_id");
                boolean ok;
                if (at < 0) {
                    ok = false;
                } else if (tables.contains(target)) {
                    ok = "tenant_id".equals(targetColumns.get(at)); // the same tenant on both sides
                } else {
                    ok = true; // e.g. tenant_id -> tenant(id)
                }
                if (!ok && FOREIGN_KEYS_WITHOUT_TENANT_ID.contains(described)) {
                    allowedSeen.add(described);
                } else if (!ok) {
                    violations.add("f " + k.get("conname") + ": " + described);
                }
            }
            assertThat(kindsOnTenantTables)
                    .as("kinds of constraints found on tenant-owned tables")
                    .contains("p", "u", "f");
            assertThat(violations)
                    .as("keys without tenant_id (add tenant_id, or allow-list a platform reference)")
                    .isEmpty();
            assertThat(allowedSeen)
                    .as("allow-listed foreign keys that still exist (remove stale entries)")
                    .isEqualTo(FOREIGN_KEYS_WITHOUT_TENANT_ID);

            // Unique indexes, including ones created without a constraint: tenant_id must be a key column
            // (an INCLUDE column does not take part in uniqueness).
            List<Map<String, Object>> indexes = Jdbc.rows(c, """
                    SELECT tb.relname AS table_name, ix.relname AS index_name,
                           ARRAY(SELECT coalesce(a.attname::text, '(expression)')
                                   FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                                   LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                                  WHERE k.ord <= i.indnkeyatts
                                  ORDER BY k.ord) AS key_columns
                      FROM pg_index i
                      JOIN pg_class tb ON tb.oid = i.indrelid
                      JOIN pg_class ix ON ix.oid = i.indexrelid
                      JOIN pg_namespace ns ON ns.oid = tb.relnamespace
                     WHERE ns.nspname = 'public' AND i.indisunique AND tb.relname = ANY (?)
                    """, c.createArrayOf("text", tables.toArray()));
            assertThat(indexes).as("unique indexes on tenant-owned tables").hasSizeGreaterThanOrEqualTo(tables.size());
            for (Map<String, Object> index : indexes) {
                assertThat((List<Object>) index.get("key_columns"))
                        .as("key columns of unique index %s on %s", index.get("index_name"), index.get("table_name"))
                        .isNotEmpty()
                        .contains("tenant_id");
            }
        }
    }

    private static String join(List<Object> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }

    @Test
    void onlyAllowListedPlatformTablesLackTenantId() throws SQLException {
        try (Connection c = db.asSuperuser().getConnection()) {
            Set<String> tables = tenantOwnedTables(c);
            Set<String> all = new TreeSet<>(Jdbc.strings(c, """
                    SELECT cl.relname FROM pg_class cl JOIN pg_namespace ns ON ns.oid = cl.relnamespace
                     WHERE ns.nspname = 'public' AND cl.relkind IN ('r', 'p', 'f', 'm')
                    """));
            assertThat(all).as("tables in public").containsAll(tables);
            Set<String> withoutTenant = new TreeSet<>(all);
            withoutTenant.removeAll(tables);
            assertThat(withoutTenant)
                    .as("tables without tenant_id: give a new table tenant_id, or add it to PLATFORM_TABLES on purpose")
                    .containsExactlyInAnyOrderElementsOf(PLATFORM_TABLES);

            // A table outside public would escape every check here.
            assertThat(Jdbc.strings(c, """
                    SELECT nspname FROM pg_namespace
                     WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
                    """)).as("schemas in the database").containsExactly("public");
        }
    }

    @Test
    void applicationRoleIsPowerless() throws SQLException {
        try (Connection c = db.asSuperuser().getConnection()) {
            List<Map<String, Object>> role = Jdbc.rows(c, """
                    SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication
                      FROM pg_roles WHERE rolname = ?
                    """, TestDatabase.APP);
            assertThat(role).as("application role %s", TestDatabase.APP).hasSize(1);
            assertThat(role.get(0))
                    .as("attributes of the application role")
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "rolsuper",
                            false,
                            "rolbypassrls",
                            false,
                            "rolcreaterole",
                            false,
                            "rolcreatedb",
                            false,
                            "rolreplication",
                            false));

            // Nor may it inherit or SET ROLE into a role that is powerful or owns the tables.
            List<String> powerful = Jdbc.strings(c, """
                    SELECT r.rolname FROM pg_roles r
                     WHERE (r.rolsuper OR r.rolbypassrls OR r.rolcreaterole OR r.rolcreatedb
                            OR r.oid IN (SELECT relowner FROM pg_class cl JOIN pg_namespace ns ON ns.oid = cl.relnamespace
                                          WHERE ns.nspname = 'public'))
                       AND r.rolname <> ?
                       AND pg_has_role(?, r.oid, 'MEMBER')
                    """, TestDatabase.APP, TestDatabase.APP);
            assertThat(powerful)
                    .as("powerful roles the application role is a member of")
                    .isEmpty();
            assertThat(Jdbc.value(c, "SELECT pg_has_role(?, ?, 'MEMBER')", TestDatabase.OWNER, TestDatabase.OWNER))
                    .as("control: pg_has_role sees membership")
                    .isEqualTo(true);
        }
    }

    @Test
    void applicationRoleOwnsNothing() throws SQLException {
        try (Connection c = db.asSuperuser().getConnection()) {
            String owned = """
                    SELECT (SELECT count(*) FROM pg_class cl JOIN pg_namespace ns ON ns.oid = cl.relnamespace
                             WHERE cl.relowner = r.oid AND ns.nspname NOT IN ('pg_catalog', 'information_schema'))
                         + (SELECT count(*) FROM pg_proc p JOIN pg_namespace ns ON ns.oid = p.pronamespace
                             WHERE p.proowner = r.oid AND ns.nspname NOT IN ('pg_catalog', 'information_schema'))
                         + (SELECT count(*) FROM pg_type t JOIN pg_namespace ns ON ns.oid = t.typnamespace
                             WHERE t.typowner = r.oid AND ns.nspname NOT IN ('pg_catalog', 'information_schema'))
                         + (SELECT count(*) FROM pg_namespace ns WHERE ns.nspowner = r.oid)
                         + (SELECT count(*) FROM pg_database d WHERE d.datdba = r.oid AND d.datname = current_database())
                      FROM pg_roles r WHERE r.rolname = ?
                    """;
            // Control: the same query finds what the owner role owns (tables, sequences, domains...).
            assertThat(Jdbc.number(c, owned, TestDatabase.OWNER))
                    .as("objects owned by the owner role")
                    .isPositive();
            assertThat(Jdbc.number(c, owned, TestDatabase.APP))
                    .as("objects owned by the application role")
                    .isZero();
            assertThat(Jdbc.number(c, """
                    SELECT count(*) FROM pg_class cl JOIN pg_namespace ns ON ns.oid = cl.relnamespace
                     WHERE ns.nspname = 'public' AND cl.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                       AND pg_get_userbyid(cl.relowner) = ?
                    """, TestDatabase.OWNER))
                    .as("tables, views and sequences owned by the owner role")
                    .isPositive();
        }
    }

    @Test
    void applicationRoleHasOnlyTheDataRightsRowLevelSecurityGuards() throws SQLException {
        try (Connection c = db.asSuperuser().getConnection()) {
            Set<String> tables = tenantOwnedTables(c);
            for (String table : tables) {
                String qualified = "public." + table;
                // Control: the privilege check works for this role and table.
                assertThat(Jdbc.value(c, "SELECT has_table_privilege(?, ?, 'SELECT')", TestDatabase.APP, qualified))
                        .as("SELECT on %s", table)
                        .isEqualTo(true);
                // TRUNCATE is not subject to row level security; TRIGGER and REFERENCES are not data access.
                for (String privilege : List.of("TRUNCATE", "TRIGGER", "REFERENCES")) {
                    assertThat(Jdbc.value(
                                    c, "SELECT has_table_privilege(?, ?, ?)", TestDatabase.APP, qualified, privilege))
                            .as("%s on %s", privilege, table)
                            .isEqualTo(false);
                }
            }
            // consent records are append only (V9): the application adds and reads them, never more
            for (String privilege : List.of("UPDATE", "DELETE")) {
                assertThat(Jdbc.value(
                                c,
                                "SELECT has_table_privilege(?, 'public.consent_record', ?)",
                                TestDatabase.APP,
                                privilege))
                        .as("%s on consent_record", privilege)
                        .isEqualTo(false);
            }
            assertThat(Jdbc.value(
                            c, "SELECT has_table_privilege(?, 'public.consent_record', 'INSERT')", TestDatabase.APP))
                    .as("control: INSERT on consent_record")
                    .isEqualTo(true);
            assertThat(Jdbc.value(c, "SELECT has_schema_privilege(?, 'public', 'CREATE')", TestDatabase.APP))
                    .as("CREATE on schema public (would let it own tables)")
                    .isEqualTo(false);
            assertThat(Jdbc.value(c, "SELECT has_schema_privilege(?, 'public', 'CREATE')", TestDatabase.OWNER))
                    .as("control: the owner may create in public")
                    .isEqualTo(true);
        }
    }

    @Test
    void tenantIdIsNeverNull() throws SQLException {
        try (Connection c = db.asSuperuser().getConnection()) {
            Set<String> tables = tenantOwnedTables(c);
            List<String> nullable = Jdbc.strings(c, """
                    SELECT cl.relname FROM pg_attribute at JOIN pg_class cl ON cl.oid = at.attrelid
                     WHERE at.attname = 'tenant_id' AND NOT at.attnotnull AND cl.relname = ANY (?)
                    """, c.createArrayOf("text", tables.toArray()));
            assertThat(nullable)
                    .as("tenant-owned tables whose tenant_id may be NULL")
                    .isEmpty();
        }
    }
}
