package de.fachtag.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/** What the database catalog says about the schema, for tests that must cover every table. */
public final class Catalog {

    private Catalog() {}

    /**
     * Ordinary and partitioned tables in schema public that have a tenant_id column (Flyway's
     * history excluded), by name: the tenant-owned tables.
     */
    public static Set<String> tenantOwnedTables(Connection c) throws SQLException {
        return new TreeSet<>(Jdbc.strings(c, """
                SELECT cl.relname
                  FROM pg_class cl
                  JOIN pg_namespace ns ON ns.oid = cl.relnamespace
                  JOIN pg_attribute at ON at.attrelid = cl.oid AND at.attname = 'tenant_id' AND NOT at.attisdropped
                 WHERE ns.nspname = 'public' AND cl.relkind IN ('r', 'p')
                   AND cl.relname <> 'flyway_schema_history'
                """));
    }
}
