-- Links from the rest to the actors directory (issue 14, "Links to the rest"): an agenda
-- contribution or a workshop lead can name an actor of the tenant's directory, and so can a
-- recommendation as the actor responsible for it. The link is the actor's key, not its row id:
-- the directory is replaced whole from the tenant's reviewed file (new row ids), while keys are
-- the file's stable names. No foreign key for the same reason: a key the directory no longer
-- has (or an archived actor) is simply not shown as a link; the services accept only keys the
-- tenant's directory has when the link is set. The free-text names stay as they are.
ALTER TABLE contribution
    ADD COLUMN actor_key text CHECK (actor_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(actor_key) <= 80);
CREATE INDEX contribution_actor ON contribution (tenant_id, actor_key) WHERE actor_key IS NOT NULL;

ALTER TABLE recommendation
    ADD COLUMN responsible_actor_key text
        CHECK (responsible_actor_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(responsible_actor_key) <= 80);
CREATE INDEX recommendation_actor ON recommendation (tenant_id, responsible_actor_key)
    WHERE responsible_actor_key IS NOT NULL;
