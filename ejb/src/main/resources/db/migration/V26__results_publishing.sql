-- V26 (issue 13, publishing): what the documentation pages need beyond V25.
--
-- 1. Every table that feeds a public documentation page bumps the tenant's public_version (V22),
--    like every other table behind a public page, so that a cached page never outlives a change.
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON keyword FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON result_item FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON recommendation_document FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON recommendation FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON recommendation_source FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON recommendation_reference FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON keyword_use FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');

-- 2. A documentation whose contents were invented for the demo says so on its pages.
ALTER TABLE recommendation_document ADD COLUMN illustrative boolean NOT NULL DEFAULT false;

-- 3. A result may belong to the event as a whole (a regional conference without workshops or
--    programme: its discussion), besides a workshop or an agenda item; never to two places.
DO $$
DECLARE
    c text;
BEGIN
    SELECT conname INTO c FROM pg_constraint
     WHERE conrelid = 'result_item'::regclass AND contype = 'c'
       AND pg_get_constraintdef(oid) LIKE '%num_nonnulls(workshop_id, agenda_item_id) = 1%';
    EXECUTE format('ALTER TABLE result_item DROP CONSTRAINT %I', c);
END
$$;
ALTER TABLE result_item ADD CONSTRAINT result_item_one_place CHECK (num_nonnulls(workshop_id, agenda_item_id) <= 1);
