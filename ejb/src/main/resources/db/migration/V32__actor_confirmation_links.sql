-- Confirmation links for the actors directory (issue 14): an actor's contact gets a personal,
-- expiring link by mail (through the outbox) to confirm or correct the actor's entries without
-- an account. Only the link's hash is stored, and only when the mail goes out (as registration
-- links, V9); the outbox never holds the token. Used once: a confirmation or a correction.
CREATE TABLE actor_confirmation (
    tenant_id   slug NOT NULL REFERENCES tenant (id),
    id          uuid NOT NULL,
    actor_id    uuid NOT NULL,
    recipient   text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 300),
    token_hash  text CHECK (length(token_hash) <= 128),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    correction  text CHECK (length(correction) <= 4000),
    PRIMARY KEY (tenant_id, id),
    CHECK (expires_at > created_at),
    FOREIGN KEY (tenant_id, actor_id) REFERENCES actor (tenant_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX actor_confirmation_token ON actor_confirmation (tenant_id, token_hash);
CREATE INDEX actor_confirmation_actor ON actor_confirmation (tenant_id, actor_id);

SELECT enable_tenant_isolation('actor_confirmation');

GRANT SELECT, INSERT, UPDATE, DELETE ON actor_confirmation TO ${appRole};
