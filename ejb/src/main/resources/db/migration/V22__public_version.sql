-- V22: a per-tenant counter of everything its public pages show (issue 11). The web module
-- caches rendered public pages (tenant home, event page, programme PDF, calendar, event JSON)
-- under this number; every change of a table that feeds those pages bumps it in the same
-- transaction, so after the commit every instance reads the new number and renders afresh.
-- Registrations do not bump it: no public page shows who or how many registered.
ALTER TABLE tenant ADD COLUMN public_version bigint NOT NULL DEFAULT 0;

-- Runs as the role that changed the row (the application role may update tenant). The first
-- trigger argument names the table's tenant column.
CREATE FUNCTION bump_public_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed text;
    previous text;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        previous := to_jsonb(OLD) ->> TG_ARGV[0];
    END IF;
    IF TG_OP <> 'DELETE' THEN
        changed := to_jsonb(NEW) ->> TG_ARGV[0];
    END IF;
    UPDATE tenant SET public_version = public_version + 1
     WHERE id = changed OR (previous IS DISTINCT FROM changed AND id = previous);
    RETURN NULL;
END
$$;

CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON tenant_profile FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON tenant_host FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON funder FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON event_series FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON event FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON event_funder FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON event_host FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON agenda_item FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON workshop FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON contribution FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');

-- the tenant's own row (its name): any change but the counter's own bumps it
CREATE FUNCTION bump_own_public_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.public_version = OLD.public_version AND (to_jsonb(NEW) - 'public_version') <> (to_jsonb(OLD) - 'public_version') THEN
        NEW.public_version := OLD.public_version + 1;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER public_version BEFORE UPDATE ON tenant FOR EACH ROW EXECUTE FUNCTION bump_own_public_version();
