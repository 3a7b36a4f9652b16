-- Fachtag schema, version 1: the platform (tenants, operators) and what each tenant owns
-- for its public face (profile, funders, series), its staff and the feedback it receives.
--
-- Runs as the owner role. ${appRole} is the application role: it owns nothing and gets
-- only DML rights. Every tenant-owned table carries tenant_id, has it in every unique and
-- foreign key, and is guarded by row level security that is ENABLEd and FORCEd, so even a
-- native query or a forgotten filter sees one tenant only.

CREATE DOMAIN slug AS varchar(63)
    CHECK (VALUE ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

CREATE DOMAIN colour AS char(7)
    CHECK (VALUE ~ '^#[0-9a-fA-F]{6}$');

-- The tenant directory belongs to the platform: it is what "/" lists and what the request
-- path resolves against, so it is readable without a tenant. It holds no personal data.
CREATE TABLE tenant (
    id            slug PRIMARY KEY,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    kind          varchar(16) NOT NULL CHECK (kind IN ('DISTRICT', 'ASSOCIATION', 'MINISTRY')),
    source_name   text,
    source_hash   char(64),
    imported_at   timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Platform operators belong to no tenant.
CREATE TABLE platform_operator (
    id             uuid PRIMARY KEY,
    email          text NOT NULL CHECK (email = lower(email)),
    display_name   text NOT NULL,
    password_hash  text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_login_at  timestamptz,
    version        bigint NOT NULL DEFAULT 0,
    UNIQUE (email)
);

CREATE TABLE tenant_profile (
    tenant_id            slug NOT NULL REFERENCES tenant (id),
    id                   uuid NOT NULL,
    organisation         text,
    unit                 text,
    street               text,
    postcode             varchar(5),
    city                 text,
    email                text NOT NULL,
    phone                text,
    website              text,
    primary_colour       colour NOT NULL,
    accent_colour        colour NOT NULL,
    logo                 bytea,
    logo_content_type    text,
    imprint_de           text NOT NULL,
    imprint_en           text,
    privacy_de           text NOT NULL,
    privacy_en           text,
    a11y_conformance     varchar(8) NOT NULL CHECK (a11y_conformance IN ('FULL', 'PARTIAL', 'NONE')),
    a11y_known_gaps_de   text,
    a11y_known_gaps_en   text,
    a11y_feedback_email  text NOT NULL,
    a11y_feedback_phone  text,
    a11y_arbitration_de  text NOT NULL,
    a11y_arbitration_en  text,
    a11y_reviewed_on     date,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id)
);

CREATE TABLE funder (
    tenant_id           slug NOT NULL REFERENCES tenant (id),
    id                  uuid NOT NULL,
    key                 slug NOT NULL,
    name                text NOT NULL,
    label_de            text NOT NULL,
    label_en            text,
    notice_de           text NOT NULL,
    notice_en           text,
    logo                bytea,
    logo_content_type   text,
    -- the ministry tenant this funder stands for; its reports cover the events naming it
    ministry_tenant_id  slug REFERENCES tenant (id),
    position            integer NOT NULL DEFAULT 0,
    version             bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, key)
);

CREATE TABLE event_series (
    tenant_id       slug NOT NULL REFERENCES tenant (id),
    id              uuid NOT NULL,
    slug            slug NOT NULL,
    title_de        text NOT NULL,
    title_en        text,
    description_de  text,
    description_en  text,
    position        integer NOT NULL DEFAULT 0,
    version         bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, slug)
);

CREATE TABLE staff_account (
    tenant_id               slug NOT NULL REFERENCES tenant (id),
    id                      uuid NOT NULL,
    email                   text NOT NULL CHECK (email = lower(email)),
    display_name            text NOT NULL,
    roles                   text NOT NULL CHECK (roles ~ '^(TENANT_ADMIN|ORGANIZER|CHECKIN|MINISTRY_ANALYST)(,(TENANT_ADMIN|ORGANIZER|CHECKIN|MINISTRY_ANALYST))*$'),
    password_hash           text,
    -- a one-time link to set the password; only the hash of its token is kept
    password_token_hash     char(64),
    password_token_expires  timestamptz,
    active                  boolean NOT NULL DEFAULT true,
    demo                    boolean NOT NULL DEFAULT false,
    created_at              timestamptz NOT NULL DEFAULT now(),
    last_login_at           timestamptz,
    version                 bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, email)
);

-- Barrier reports and other feedback from the public pages (BITV 2.0 feedback mechanism).
CREATE TABLE feedback_message (
    tenant_id      slug NOT NULL REFERENCES tenant (id),
    id             uuid NOT NULL,
    page           text NOT NULL,
    message        text NOT NULL CHECK (length(message) BETWEEN 1 AND 5000),
    contact_name   text,
    contact_email  text,
    locale         varchar(5) NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    -- NEW until the mail outbox has forwarded it to the tenant's feedback contact
    state          varchar(16) NOT NULL DEFAULT 'NEW' CHECK (state IN ('NEW', 'FORWARDED', 'CLOSED')),
    PRIMARY KEY (tenant_id, id)
);

-- Row level security: one policy per tenant-owned table, USING and WITH CHECK on the
-- transaction-local setting app.tenant_id. No tenant set means no rows.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tenant_profile', 'funder', 'event_series', 'staff_account', 'feedback_message']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
                           USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), ''))
                           WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), ''))$p$, t);
    END LOOP;
END
$$;

-- Sign-in happens before the tenant is known: the identity store sets app.login_email for
-- its transaction and may read exactly the accounts with that address, nothing else.
CREATE POLICY sign_in ON staff_account FOR SELECT
    USING (email = NULLIF(current_setting('app.login_email', true), ''));

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON tenant TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON platform_operator TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_profile, funder, event_series, staff_account, feedback_message TO ${appRole};
