-- Fachtag schema, version 9: private links that stay private, a new registration after a
-- cancellation, and consent records the application cannot change.

-- A registration that was cancelled keeps its address, its consents and its cancellation;
-- registering again with that address is a new registration. So only one active registration
-- per address and event (an erased one no longer holds its address).
DROP INDEX registration_email;
CREATE UNIQUE INDEX registration_email ON registration (tenant_id, event_id, email_key)
    WHERE email_key IS NOT NULL AND status <> 'CANCELLED';

-- "New in the series": the same address registered earlier for this event (and cancelled) or
-- for another event of its series makes a registration not new.
CREATE OR REPLACE FUNCTION registration_first_in_series() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.first_in_series := NOT EXISTS (
        SELECT 1
          FROM registration r
          JOIN event e ON e.tenant_id = r.tenant_id AND e.id = r.event_id
          JOIN event this ON this.tenant_id = NEW.tenant_id AND this.id = NEW.event_id
         WHERE r.tenant_id = NEW.tenant_id
           AND r.email_key = NEW.email_key
           AND (r.event_id = NEW.event_id OR e.series_id = this.series_id));
    RETURN NEW;
END
$$;

-- The private links of a registration, by the SHA-256 of their token (the token itself is
-- never stored). A registration may have several: asking for the link again adds one and
-- leaves the links already mailed working, so nobody who only knows an address can take a
-- link away. They go with the registration's contact data (retention).
CREATE TABLE registration_link (
    tenant_id        slug NOT NULL REFERENCES tenant (id),
    id               uuid NOT NULL,
    registration_id  uuid NOT NULL,
    token_hash       char(64) NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, registration_id) REFERENCES registration (tenant_id, id)
);
CREATE UNIQUE INDEX registration_link_token ON registration_link (tenant_id, token_hash);
CREATE INDEX registration_link_registration ON registration_link (tenant_id, registration_id);

-- The links issued so far move over (row level security is lifted for the owner while it copies
-- every tenant's rows, and restored at once).
ALTER TABLE registration NO FORCE ROW LEVEL SECURITY;
INSERT INTO registration_link (tenant_id, id, registration_id, token_hash, created_at)
SELECT tenant_id, gen_random_uuid(), id, token_hash, updated_at FROM registration WHERE token_hash IS NOT NULL;
ALTER TABLE registration FORCE ROW LEVEL SECURITY;
DROP INDEX registration_token;
ALTER TABLE registration DROP COLUMN token_hash;

SELECT enable_tenant_isolation('registration_link');
GRANT SELECT, INSERT, DELETE ON registration_link TO ${appRole};

-- A mail that carries a private link stores no token: its body holds a placeholder, and the
-- delivery issues a new link and puts it in while it sends (the link's hash is stored then).
ALTER TABLE outbox_mail ADD COLUMN private_link boolean NOT NULL DEFAULT false;
-- How often an address was mailed its link on request within the last hour (the limit).
CREATE INDEX outbox_mail_link_requests ON outbox_mail (tenant_id, lower(recipient), created_at)
    WHERE kind = 'LINK_RESENT';

-- Consent records are append only for the application as well: no change, no deletion.
-- (Retention keeps them: they point at a registration without a person.)
REVOKE UPDATE, DELETE ON consent_record FROM ${appRole};
