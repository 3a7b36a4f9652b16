-- Fachtag schema, version 3: registrations with their waitlist, versioned consent texts and
-- the records of what each person granted, the mail outbox, and the tenant settings they need.
-- Same rules as before: tenant_id in every key, RLS enabled and forced.

-- A function instead of a third copy of the RLS block (V1 and V2 stay as they were applied).
CREATE FUNCTION enable_tenant_isolation(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant_isolation ON %s
                       USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), ''))
                       WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), ''))$p$, t);
END
$$;

-- What a tenant promises and offers on its registration forms.
ALTER TABLE tenant_profile
    -- personal data of an event is erased this many days after it (the privacy notice says so)
    ADD COLUMN retention_days integer NOT NULL DEFAULT 90 CHECK (retention_days BETWEEN 1 AND 3650),
    -- the sectors (Arbeitsbereiche) the form offers, keys in order, comma separated
    ADD COLUMN sectors text NOT NULL DEFAULT 'ADMINISTRATION,JOB_CENTRE,EDUCATION,COUNSELLING,MIGRANT_ORGANISATION,BUSINESS,VOLUNTEER,OTHER',
    -- web origins allowed to post registrations to the JSON API from the tenant's own site
    ADD COLUMN cors_origins text NOT NULL DEFAULT '';

ALTER TABLE event
    ADD COLUMN livestream_seats integer CHECK (livestream_seats > 0),
    ADD COLUMN livestream_url text,
    ADD COLUMN livestream_link_lead_minutes integer NOT NULL DEFAULT 60 CHECK (livestream_link_lead_minutes BETWEEN 0 AND 10080);

-- A consent or acknowledgement text. Per tenant (event_id empty) or overriding it for one
-- event. A version that a record points at never changes: editing adds the next version.
CREATE TABLE consent_text (
    tenant_id   slug NOT NULL REFERENCES tenant (id),
    id          uuid NOT NULL,
    event_id    uuid,
    key         slug NOT NULL,
    version     integer NOT NULL CHECK (version > 0),
    -- ACKNOWLEDGEMENT: must be confirmed to register (the privacy notice);
    -- OPTIONAL: granted or refused freely, never a condition (GDPR Art. 7(4))
    kind        varchar(16) NOT NULL CHECK (kind IN ('ACKNOWLEDGEMENT', 'OPTIONAL')),
    purpose     varchar(16) NOT NULL CHECK (purpose IN ('PRIVACY', 'PHOTO', 'VIDEO', 'OTHER')),
    label_de    text NOT NULL CHECK (length(label_de) BETWEEN 1 AND 500),
    label_en    text,
    text_de     text,
    text_en     text,
    position    integer NOT NULL DEFAULT 0,
    retired     boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK (kind = 'OPTIONAL' OR purpose = 'PRIVACY' OR purpose = 'OTHER'),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX consent_text_version
    ON consent_text (tenant_id, coalesce(event_id, '00000000-0000-0000-0000-000000000000'::uuid), key, version);

CREATE TABLE registration (
    tenant_id             slug NOT NULL REFERENCES tenant (id),
    id                    uuid NOT NULL,
    event_id              uuid NOT NULL,
    workshop_id           uuid,
    -- arrival order for the waitlist, across the whole platform
    arrival               bigint NOT NULL,
    status                varchar(16) NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    mode                  varchar(16) NOT NULL CHECK (mode IN ('ON_SITE', 'LIVESTREAM')),
    channel               varchar(16) NOT NULL CHECK (channel IN ('FORM', 'API', 'ORGANIZER')),
    language              varchar(2) NOT NULL CHECK (language IN ('de', 'en')),
    sector                varchar(32) NOT NULL,
    -- personal data: emptied by the retention job, which sets anonymized_at
    name                  text CHECK (length(name) <= 200),
    email                 text CHECK (length(email) <= 254),
    email_key             text CHECK (email_key = lower(email_key)),
    organisation          text CHECK (length(organisation) <= 200),
    accessibility_needs   text CHECK (length(accessibility_needs) <= 1000),
    dietary_note          text CHECK (length(dietary_note) <= 500),
    token_hash            char(64),
    checkin_code          varchar(16),
    registered_at         timestamptz NOT NULL DEFAULT now(),
    confirmed_at          timestamptz,
    cancelled_at          timestamptz,
    checked_in_at         timestamptz,
    anonymized_at         timestamptz,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (anonymized_at IS NOT NULL OR (name IS NOT NULL AND email IS NOT NULL AND email_key IS NOT NULL)),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id),
    FOREIGN KEY (tenant_id, workshop_id) REFERENCES workshop (tenant_id, id)
);
CREATE SEQUENCE registration_arrival;
-- one registration per mail address and event; an erased one no longer holds its address
CREATE UNIQUE INDEX registration_email ON registration (tenant_id, event_id, email_key) WHERE email_key IS NOT NULL;
-- the self-service link: a token the platform never stores, found by its hash
CREATE UNIQUE INDEX registration_token ON registration (tenant_id, token_hash) WHERE token_hash IS NOT NULL;
CREATE UNIQUE INDEX registration_checkin ON registration (tenant_id, checkin_code) WHERE checkin_code IS NOT NULL;
CREATE INDEX registration_seats ON registration (tenant_id, event_id, status, mode, workshop_id);
CREATE INDEX registration_waitlist ON registration (tenant_id, event_id, arrival) WHERE status = 'WAITLISTED';

-- Which version of which text a person granted or refused, when and through which channel.
-- Append only: a withdrawal is a new record with granted = false.
CREATE TABLE consent_record (
    tenant_id        slug NOT NULL REFERENCES tenant (id),
    id               uuid NOT NULL,
    registration_id  uuid NOT NULL,
    consent_text_id  uuid NOT NULL,
    granted          boolean NOT NULL,
    channel          varchar(16) NOT NULL CHECK (channel IN ('FORM', 'API', 'ORGANIZER', 'SELF_SERVICE')),
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, registration_id) REFERENCES registration (tenant_id, id),
    FOREIGN KEY (tenant_id, consent_text_id) REFERENCES consent_text (tenant_id, id)
);
CREATE INDEX consent_record_registration ON consent_record (tenant_id, registration_id, recorded_at);

-- A used consent text is immutable: its wording is what people agreed to.
CREATE FUNCTION consent_text_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM consent_record r WHERE r.tenant_id = OLD.tenant_id AND r.consent_text_id = OLD.id)
       AND (TG_OP = 'DELETE' OR (NEW.label_de, NEW.label_en, NEW.text_de, NEW.text_en, NEW.kind, NEW.purpose, NEW.key, NEW.version)
                                IS DISTINCT FROM
                                (OLD.label_de, OLD.label_en, OLD.text_de, OLD.text_en, OLD.kind, OLD.purpose, OLD.key, OLD.version)) THEN
        RAISE EXCEPTION 'consent text % version % is in use and cannot change', OLD.key, OLD.version
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER consent_text_immutable BEFORE UPDATE OR DELETE ON consent_text
    FOR EACH ROW EXECUTE FUNCTION consent_text_immutable();

-- Consent records are append only: what was granted or refused, when and how, never changes.
CREATE FUNCTION consent_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.registration_id, NEW.consent_text_id, NEW.granted, NEW.channel, NEW.recorded_at)
       IS DISTINCT FROM (OLD.registration_id, OLD.consent_text_id, OLD.granted, OLD.channel, OLD.recorded_at) THEN
        RAISE EXCEPTION 'consent records are append only' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER consent_record_append_only BEFORE UPDATE ON consent_record
    FOR EACH ROW EXECUTE FUNCTION consent_record_append_only();

-- Mails, written in the transaction that causes them, delivered by a background job.
CREATE TABLE outbox_mail (
    tenant_id        slug NOT NULL REFERENCES tenant (id),
    id               uuid NOT NULL,
    registration_id  uuid,
    kind             varchar(24) NOT NULL,
    -- a mail that must exist at most once (the reminder of one registration, say)
    dedupe_key       text,
    recipient        text NOT NULL,
    language         varchar(2) NOT NULL,
    subject          text NOT NULL,
    body_text        text NOT NULL,
    body_html        text,
    attachment_name  text,
    attachment_type  text,
    attachment       bytea,
    created_at       timestamptz NOT NULL DEFAULT now(),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    attempts         integer NOT NULL DEFAULT 0,
    last_error       text,
    sent_at          timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, registration_id) REFERENCES registration (tenant_id, id)
);
CREATE UNIQUE INDEX outbox_mail_dedupe ON outbox_mail (tenant_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
CREATE INDEX outbox_mail_due ON outbox_mail (tenant_id, next_attempt_at) WHERE sent_at IS NULL;

SELECT enable_tenant_isolation('consent_text');
SELECT enable_tenant_isolation('registration');
SELECT enable_tenant_isolation('consent_record');
SELECT enable_tenant_isolation('outbox_mail');

GRANT SELECT, INSERT, UPDATE, DELETE ON consent_text, registration, consent_record, outbox_mail TO ${appRole};
GRANT USAGE ON SEQUENCE registration_arrival TO ${appRole};
