-- Attachments of results (issue 13, organizer side): photos of flip charts and the like, each
-- with a text alternative in German (required) and English, so the documentation can show them
-- accessibly. Kept in the database like the tenant's logo; they go with their result.
CREATE TABLE result_attachment (
    tenant_id    slug NOT NULL REFERENCES tenant (id),
    id           uuid NOT NULL,
    result_id    uuid NOT NULL,
    file_name    text NOT NULL CHECK (length(btrim(file_name)) BETWEEN 1 AND 200),
    content_type varchar(16) NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
    content      bytea NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 4194304),
    alt_de       text NOT NULL CHECK (length(btrim(alt_de)) BETWEEN 1 AND 1000),
    alt_en       text CHECK (length(alt_en) <= 1000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, result_id) REFERENCES result_item (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX result_attachment_result ON result_attachment (tenant_id, result_id);

SELECT enable_tenant_isolation('result_attachment');
GRANT SELECT, INSERT, UPDATE, DELETE ON result_attachment TO ${appRole};
