-- A tenant's own host names (DESIGN "Tenancy": the tenant comes from the request path or a
-- tenant's own host name). A request whose Host is one of them shows that tenant's public pages
-- without the /t/{tenant} prefix.
--
-- Like the tenant table, this is the platform's routing directory: the router reads it before
-- any tenant is known, and a host name leads to exactly one tenant on the whole platform
-- (primary key host, without tenant). It holds no personal data. Reading is open to all;
-- writing only for the tenant the transaction is bound to, so a tenant admin's settings can
-- never add, move or drop another tenant's host name, whatever the application does.
CREATE TABLE tenant_host (
    host        varchar(253) PRIMARY KEY
                CHECK (host ~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$'),
    tenant      slug NOT NULL REFERENCES tenant (id),
    position    integer NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tenant_host_by_tenant ON tenant_host (tenant, position);

ALTER TABLE tenant_host ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_host FORCE ROW LEVEL SECURITY;
CREATE POLICY routing ON tenant_host FOR SELECT USING (true);
CREATE POLICY own_hosts_insert ON tenant_host FOR INSERT
    WITH CHECK (tenant = NULLIF(current_setting('app.tenant_id', true), ''));
CREATE POLICY own_hosts_update ON tenant_host FOR UPDATE
    USING (tenant = NULLIF(current_setting('app.tenant_id', true), ''))
    WITH CHECK (tenant = NULLIF(current_setting('app.tenant_id', true), ''));
CREATE POLICY own_hosts_delete ON tenant_host FOR DELETE
    USING (tenant = NULLIF(current_setting('app.tenant_id', true), ''));

GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_host TO ${appRole};
