-- Versioned drafts of recommendations (issue 13): every saved version kept with who saved it
-- and when (the change log), and comments of the tenant's staff anchored to a paragraph of a
-- version. Versions are never changed (no UPDATE for the application); they go only with
-- their recommendation.
CREATE TABLE recommendation_version (
    tenant_id         slug NOT NULL REFERENCES tenant (id),
    id                uuid NOT NULL,
    recommendation_id uuid NOT NULL,
    version           integer NOT NULL CHECK (version > 0),
    title_de          text NOT NULL CHECK (length(btrim(title_de)) BETWEEN 1 AND 300),
    title_en          text CHECK (length(title_en) <= 300),
    text_de           text NOT NULL CHECK (length(btrim(text_de)) BETWEEN 1 AND 8000),
    text_en           text CHECK (length(text_en) <= 8000),
    saved_by          text NOT NULL CHECK (length(btrim(saved_by)) BETWEEN 1 AND 300),
    saved_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, recommendation_id, version),
    FOREIGN KEY (tenant_id, recommendation_id) REFERENCES recommendation (tenant_id, id) ON DELETE CASCADE
);

-- A comment on one paragraph (0-based, paragraphs are separated by blank lines) of one version.
CREATE TABLE recommendation_comment (
    tenant_id         slug NOT NULL REFERENCES tenant (id),
    id                uuid NOT NULL,
    recommendation_id uuid NOT NULL,
    version           integer NOT NULL CHECK (version > 0),
    paragraph         integer NOT NULL CHECK (paragraph >= 0),
    text              text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 4000),
    author            text NOT NULL CHECK (length(btrim(author)) BETWEEN 1 AND 300),
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, recommendation_id, version)
        REFERENCES recommendation_version (tenant_id, recommendation_id, version) ON DELETE CASCADE
);
CREATE INDEX recommendation_comment_recommendation ON recommendation_comment (tenant_id, recommendation_id);

-- The recommendations written before this version get their current text as version 1.
ALTER TABLE recommendation NO FORCE ROW LEVEL SECURITY;
INSERT INTO recommendation_version (tenant_id, id, recommendation_id, version, title_de, title_en, text_de, text_en, saved_by)
SELECT tenant_id, gen_random_uuid(), id, 1, title_de, title_en, text_de, text_en, '–' FROM recommendation;
ALTER TABLE recommendation FORCE ROW LEVEL SECURITY;

SELECT enable_tenant_isolation('recommendation_version');
SELECT enable_tenant_isolation('recommendation_comment');
GRANT SELECT, INSERT, DELETE ON recommendation_version TO ${appRole};
GRANT SELECT, INSERT, DELETE ON recommendation_comment TO ${appRole};
