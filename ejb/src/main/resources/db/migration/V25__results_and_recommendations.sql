-- After the Fachtag (issue 13, first slice): workshop results, a tenant keyword vocabulary,
-- recommendations (Handlungsempfehlungen) written from results with stable identifiers and
-- typed cross-references, and the documentation's publication per event.
-- Same rules as every tenant table: tenant_id in every key, RLS enabled and forced.
--
-- Provenance is kept by the keys: a result a recommendation uses cannot be deleted
-- (ON DELETE RESTRICT), so writing one recommendation from many results never loses them.

-- The tenant's controlled vocabulary: German label (required), English label, synonyms one per line.
CREATE TABLE keyword (
    tenant_id   slug NOT NULL REFERENCES tenant (id),
    id          uuid NOT NULL,
    label_de    text NOT NULL CHECK (length(btrim(label_de)) BETWEEN 1 AND 120),
    label_en    text CHECK (length(label_en) <= 120),
    synonyms    text CHECK (length(synonyms) <= 2000),
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX keyword_label ON keyword (tenant_id, lower(btrim(label_de)));

-- One result of a workshop or of an agenda item (a panel, say): exactly one of the two.
-- responsible_actor_id waits for the actors directory (next issue); no key yet.
CREATE TABLE result_item (
    tenant_id            slug NOT NULL REFERENCES tenant (id),
    id                   uuid NOT NULL,
    event_id             uuid NOT NULL,
    workshop_id          uuid,
    agenda_item_id       uuid,
    type                 varchar(16) NOT NULL
                         CHECK (type IN ('NEED', 'PROBLEM', 'PROPOSAL', 'GOOD_PRACTICE', 'OPEN_QUESTION')),
    text_de              text NOT NULL CHECK (length(btrim(text_de)) BETWEEN 1 AND 4000),
    text_en              text CHECK (length(text_en) <= 4000),
    field_of_action      text CHECK (length(field_of_action) <= 200),
    responsible_actor_id uuid,
    responsible_actor    text CHECK (length(responsible_actor) <= 300),
    -- set aside (not used by any recommendation) with a reason; the service keeps the two apart
    set_aside_reason     text CHECK (length(btrim(set_aside_reason)) BETWEEN 1 AND 2000),
    position             integer NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK (num_nonnulls(workshop_id, agenda_item_id) = 1),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id),
    FOREIGN KEY (tenant_id, workshop_id) REFERENCES workshop (tenant_id, id),
    FOREIGN KEY (tenant_id, agenda_item_id) REFERENCES agenda_item (tenant_id, id)
);
CREATE INDEX result_item_event ON result_item (tenant_id, event_id);

-- The documentation of an event: the identifier prefix of its recommendations (HE-2024-SLD),
-- the next number to hand out (numbers are never reused), and whether it is published.
-- series_id is ready for the series documentation (a later slice); exactly one of the two.
CREATE TABLE recommendation_document (
    tenant_id    slug NOT NULL REFERENCES tenant (id),
    id           uuid NOT NULL,
    event_id     uuid,
    series_id    uuid,
    prefix       text NOT NULL CHECK (prefix ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$' AND length(prefix) <= 40),
    next_number  integer NOT NULL DEFAULT 1 CHECK (next_number > 0),
    published_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    CHECK (num_nonnulls(event_id, series_id) = 1),
    UNIQUE (tenant_id, event_id),
    UNIQUE (tenant_id, series_id),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id),
    FOREIGN KEY (tenant_id, series_id) REFERENCES event_series (tenant_id, id)
);

-- A recommendation: its number is assigned once from the document's counter and never changes;
-- position orders the document and may change freely.
CREATE TABLE recommendation (
    tenant_id   slug NOT NULL REFERENCES tenant (id),
    id          uuid NOT NULL,
    document_id uuid NOT NULL,
    number      integer NOT NULL CHECK (number > 0),
    position    integer NOT NULL DEFAULT 0,
    title_de    text NOT NULL CHECK (length(btrim(title_de)) BETWEEN 1 AND 300),
    title_en    text CHECK (length(title_en) <= 300),
    text_de     text NOT NULL CHECK (length(btrim(text_de)) BETWEEN 1 AND 8000),
    text_en     text CHECK (length(text_en) <= 8000),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, document_id, number),
    FOREIGN KEY (tenant_id, document_id) REFERENCES recommendation_document (tenant_id, id)
);

-- Provenance: the results a recommendation is written from (at least one, the service's rule).
CREATE TABLE recommendation_source (
    tenant_id         slug NOT NULL REFERENCES tenant (id),
    id                uuid NOT NULL,
    recommendation_id uuid NOT NULL,
    result_id         uuid NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, recommendation_id, result_id),
    FOREIGN KEY (tenant_id, recommendation_id) REFERENCES recommendation (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, result_id) REFERENCES result_item (tenant_id, id) ON DELETE RESTRICT
);
CREATE INDEX recommendation_source_result ON recommendation_source (tenant_id, result_id);

-- Typed cross-references between recommendations: siehe, ergänzt, widerspricht. A reference
-- always points at a recommendation that exists (the key); the service refuses a dangling one
-- with a message naming the place before it gets here.
CREATE TABLE recommendation_reference (
    tenant_id   slug NOT NULL REFERENCES tenant (id),
    id          uuid NOT NULL,
    from_id     uuid NOT NULL,
    to_id       uuid NOT NULL,
    kind        varchar(16) NOT NULL CHECK (kind IN ('SEE', 'SUPPLEMENTS', 'CONTRADICTS')),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, from_id, to_id, kind),
    CHECK (from_id <> to_id),
    FOREIGN KEY (tenant_id, from_id) REFERENCES recommendation (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, to_id) REFERENCES recommendation (tenant_id, id) ON DELETE RESTRICT
);

-- A keyword on a result or on a recommendation (exactly one).
CREATE TABLE keyword_use (
    tenant_id         slug NOT NULL REFERENCES tenant (id),
    id                uuid NOT NULL,
    keyword_id        uuid NOT NULL,
    result_id         uuid,
    recommendation_id uuid,
    PRIMARY KEY (tenant_id, id),
    CHECK (num_nonnulls(result_id, recommendation_id) = 1),
    UNIQUE (tenant_id, keyword_id, result_id),
    UNIQUE (tenant_id, keyword_id, recommendation_id),
    FOREIGN KEY (tenant_id, keyword_id) REFERENCES keyword (tenant_id, id),
    FOREIGN KEY (tenant_id, result_id) REFERENCES result_item (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, recommendation_id) REFERENCES recommendation (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX keyword_use_keyword ON keyword_use (tenant_id, keyword_id);

SELECT enable_tenant_isolation('keyword');
SELECT enable_tenant_isolation('result_item');
SELECT enable_tenant_isolation('recommendation_document');
SELECT enable_tenant_isolation('recommendation');
SELECT enable_tenant_isolation('recommendation_source');
SELECT enable_tenant_isolation('recommendation_reference');
SELECT enable_tenant_isolation('keyword_use');

GRANT SELECT, INSERT, UPDATE, DELETE ON keyword, result_item, recommendation_document, recommendation,
    recommendation_source, recommendation_reference, keyword_use TO ${appRole};
