-- Fachtag schema, version 2: events with their agenda, workshops and contributions.
-- Same rules as version 1: tenant_id in every key, RLS enabled and forced.

CREATE TABLE event (
    tenant_id              slug NOT NULL REFERENCES tenant (id),
    id                     uuid NOT NULL,
    series_id              uuid,
    edition                integer CHECK (edition > 0),
    slug                   slug NOT NULL,
    title_de               text NOT NULL CHECK (length(title_de) BETWEEN 1 AND 300),
    title_en               text,
    motto_de               text,
    motto_en               text,
    goal_de                text,
    goal_en                text,
    description_de         text,
    description_en         text,
    event_date             date,
    -- hours may be unknown for a past event its seed does not date; then both are empty
    start_time             time,
    end_time               time CHECK (end_time > start_time),
    time_zone              text NOT NULL DEFAULT 'Europe/Berlin',
    venue_name             text,
    venue_street           text,
    venue_postcode         varchar(5),
    venue_city             text,
    venue_room             text,
    catering_note_de       text,
    catering_note_en       text,
    format                 varchar(16) NOT NULL CHECK (format IN ('ON_SITE', 'HYBRID', 'ONLINE')),
    livestream_note_de     text,
    livestream_note_en     text,
    recording_notice_de    text,
    recording_notice_en    text,
    change_reservation_de  text,
    change_reservation_en  text,
    organizing_group       text,
    supporters             text,
    contact_email          text,
    contact_phone          text,
    registration_opens     timestamptz,
    registration_closes    timestamptz,
    livestream_closes      timestamptz,
    seats                  integer CHECK (seats > 0),
    state                  varchar(24) NOT NULL
                           CHECK (state IN ('DRAFT', 'PUBLISHED', 'REGISTRATION_CLOSED', 'DONE', 'ARCHIVED')),
    illustrative           text,
    source_name            text,
    source_hash            char(64),
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    version                bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, slug),
    CHECK ((start_time IS NULL) = (end_time IS NULL)),
    FOREIGN KEY (tenant_id, series_id) REFERENCES event_series (tenant_id, id)
);

CREATE TABLE event_funder (
    tenant_id  slug NOT NULL REFERENCES tenant (id),
    id         uuid NOT NULL,
    event_id   uuid NOT NULL,
    funder_id  uuid NOT NULL,
    position   integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, event_id, funder_id),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, funder_id) REFERENCES funder (tenant_id, id)
);

CREATE TABLE agenda_item (
    tenant_id       slug NOT NULL REFERENCES tenant (id),
    id              uuid NOT NULL,
    event_id        uuid NOT NULL,
    start_time      time NOT NULL,
    end_time        time NOT NULL CHECK (end_time > start_time),
    kind            varchar(16) NOT NULL CHECK (kind IN ('ARRIVAL', 'WELCOME', 'GREETING', 'INPUT_TALK', 'PANEL',
                    'BREAK', 'LUNCH', 'WORKSHOP_BLOCK', 'EVALUATION', 'CLOSING')),
    title_de        text NOT NULL,
    title_en        text,
    subtitle_de     text,
    subtitle_en     text,
    description_de  text,
    description_en  text,
    position        integer NOT NULL DEFAULT 0,
    version         bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE workshop (
    tenant_id       slug NOT NULL REFERENCES tenant (id),
    id              uuid NOT NULL,
    event_id        uuid NOT NULL,
    code            varchar(8) NOT NULL,
    title_de        text NOT NULL,
    title_en        text,
    subtitle_de     text,
    subtitle_en     text,
    -- guiding questions, one per line, in order
    questions_de    text,
    questions_en    text,
    description_de  text,
    description_en  text,
    audience_de     text,
    audience_en     text,
    capacity        integer CHECK (capacity > 0),
    room            text,
    position        integer NOT NULL DEFAULT 0,
    version         bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, event_id, code),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id) ON DELETE CASCADE
);

-- A person (or an organisation alone) in a role: at the event as a whole (the day's
-- moderation), at an agenda item, or in a workshop.
CREATE TABLE contribution (
    tenant_id       slug NOT NULL REFERENCES tenant (id),
    id              uuid NOT NULL,
    event_id        uuid,
    agenda_item_id  uuid,
    workshop_id     uuid,
    person_name     text,
    organisation    text,
    function        text,
    role            varchar(16) NOT NULL CHECK (role IN ('SPEAKER', 'MODERATOR', 'PANEL_GUEST', 'GREETING', 'WORKSHOP_LEAD')),
    status          varchar(16) NOT NULL CHECK (status IN ('CONFIRMED', 'REQUESTED')),
    position        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (person_name IS NOT NULL OR organisation IS NOT NULL),
    CHECK (num_nonnulls(event_id, agenda_item_id, workshop_id) = 1),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, agenda_item_id) REFERENCES agenda_item (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, workshop_id) REFERENCES workshop (tenant_id, id) ON DELETE CASCADE
);

CREATE INDEX agenda_item_event ON agenda_item (tenant_id, event_id, start_time);
CREATE INDEX workshop_event ON workshop (tenant_id, event_id);
CREATE INDEX contribution_agenda_item ON contribution (tenant_id, agenda_item_id);
CREATE INDEX contribution_workshop ON contribution (tenant_id, workshop_id);
CREATE INDEX contribution_event ON contribution (tenant_id, event_id);
CREATE INDEX event_date ON event (tenant_id, event_date);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['event', 'event_funder', 'agenda_item', 'workshop', 'contribution']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
                           USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), ''))
                           WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), ''))$p$, t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON event, event_funder, agenda_item, workshop, contribution TO ${appRole};
