-- A result item names the actor of the tenant's directory responsible for it by the actor's key
-- (issue 14, "Links to the rest"), like contributions and recommendations (V38): the directory is
-- replaced whole from the tenant's file (new row ids), keys are its stable names, so no foreign
-- key; the results service accepts only keys the tenant's directory has. The unused
-- responsible_actor_id column stays (nothing writes it). The free-text name stays as it is.
ALTER TABLE result_item
    ADD COLUMN responsible_actor_key text
        CHECK (responsible_actor_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(responsible_actor_key) <= 80);
CREATE INDEX result_item_actor ON result_item (tenant_id, responsible_actor_key)
    WHERE responsible_actor_key IS NOT NULL;
