-- The actors directory and responsibility matrix (issue 14, Schnittstellenpapier /
-- Integrationswegweiser): who does what for whom, per tenant. Actors (institutions and
-- organisations) with contact points by role, tasks, the areas and target groups the tenant
-- distinguishes, responsibilities (actor x task x role x area x target group, with the date and
-- person of the last confirmation) and life situations for the Wegweiser (ordered steps).
-- Same rules as every tenant table: tenant_id in every key, RLS enabled and forced. Every table
-- feeds a public page (/t/{tenant}/actors), so every change bumps the tenant's public_version (V22).
-- Keys that rows point at by the file's keys are unique per tenant; references between the
-- tables are deferred, so a whole directory can be written in one transaction in any order.

-- One row per tenant: where the directory came from (file, content hash: an unchanged file
-- imports nothing), the date of the data (Stand) and its source, printed on the paper.
CREATE TABLE actor_directory (
    tenant_id    slug NOT NULL REFERENCES tenant (id),
    id           uuid NOT NULL,
    as_of        date,
    source       text CHECK (length(source) <= 1000),
    source_name  text CHECK (length(source_name) <= 300),
    content_hash text CHECK (length(content_hash) <= 128),
    changed_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id)
);

-- An area a responsibility covers: the district, a town.
CREATE TABLE actor_area (
    tenant_id slug NOT NULL REFERENCES tenant (id),
    id        uuid NOT NULL,
    key       text NOT NULL CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 80),
    name      text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    level     varchar(16) NOT NULL CHECK (level IN ('FEDERAL', 'STATE', 'DISTRICT', 'MUNICIPAL', 'CIVIL_SOCIETY')),
    position  integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, key)
);

-- A target group: residence status, age or other conditions, in plain words.
CREATE TABLE actor_target_group (
    tenant_id     slug NOT NULL REFERENCES tenant (id),
    id            uuid NOT NULL,
    key           text NOT NULL CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 80),
    label_de      text NOT NULL CHECK (length(btrim(label_de)) BETWEEN 1 AND 200),
    label_en      text CHECK (length(label_en) <= 200),
    conditions_de text CHECK (length(conditions_de) <= 2000),
    conditions_en text CHECK (length(conditions_en) <= 2000),
    position      integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, key)
);

-- An institution or organisation. illustrative: the demo invented details the seed does not give.
CREATE TABLE actor (
    tenant_id     slug NOT NULL REFERENCES tenant (id),
    id            uuid NOT NULL,
    key           text NOT NULL CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 80),
    name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    short_name    text CHECK (length(short_name) <= 80),
    kind          varchar(16) NOT NULL
                  CHECK (kind IN ('AUTHORITY', 'AGENCY', 'CHAMBER', 'COUNSELLING', 'EDUCATION', 'ASSOCIATION', 'NETWORK', 'OTHER')),
    level         varchar(16) NOT NULL CHECK (level IN ('FEDERAL', 'STATE', 'DISTRICT', 'MUNICIPAL', 'CIVIL_SOCIETY')),
    parent_id     uuid,
    description_de text CHECK (length(description_de) <= 4000),
    description_en text CHECK (length(description_en) <= 4000),
    street        text CHECK (length(street) <= 200),
    postcode      text CHECK (length(postcode) <= 20),
    city          text CHECK (length(city) <= 200),
    opening_hours text CHECK (length(opening_hours) <= 1000),
    languages     text CHECK (length(languages) <= 300),
    website       text CHECK (website ~ '^https?://\S+$' AND length(website) <= 500),
    email         text CHECK (length(email) <= 300),
    phone         text CHECK (length(phone) <= 100),
    illustrative  boolean NOT NULL DEFAULT false,
    archived_at   timestamptz,
    position      integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, key),
    CHECK (parent_id IS NULL OR parent_id <> id),
    FOREIGN KEY (tenant_id, parent_id) REFERENCES actor (tenant_id, id) DEFERRABLE INITIALLY DEFERRED
);

-- A contact point of an actor by role. A person's name is published only with that person's
-- recorded consent (when and how, like a registration's consent); without it the pages and
-- files show the role alone. email and phone are the role's (a team's) addresses.
CREATE TABLE actor_contact (
    tenant_id        slug NOT NULL REFERENCES tenant (id),
    id               uuid NOT NULL,
    actor_id         uuid NOT NULL,
    role             text NOT NULL CHECK (length(btrim(role)) BETWEEN 1 AND 200),
    person_name      text CHECK (length(person_name) <= 200),
    name_consent_on  date,
    name_consent_how text CHECK (length(name_consent_how) <= 500),
    email            text CHECK (length(email) <= 300),
    phone            text CHECK (length(phone) <= 100),
    valid_from       date,
    valid_to         date,
    position         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to),
    CHECK ((name_consent_on IS NULL) = (name_consent_how IS NULL)),
    FOREIGN KEY (tenant_id, actor_id) REFERENCES actor (tenant_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX actor_contact_actor ON actor_contact (tenant_id, actor_id);

-- What has to be done for whom, with an optional LeiKa key (14 digits) and its legal basis.
CREATE TABLE actor_task (
    tenant_id       slug NOT NULL REFERENCES tenant (id),
    id              uuid NOT NULL,
    key             text NOT NULL CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 80),
    title_de        text NOT NULL CHECK (length(btrim(title_de)) BETWEEN 1 AND 300),
    title_en        text CHECK (length(title_en) <= 300),
    leika_key       text CHECK (leika_key ~ '^[0-9]{14}$'),
    legal_basis     text CHECK (length(legal_basis) <= 500),
    target_group_id uuid,
    description_de  text CHECK (length(description_de) <= 4000),
    description_en  text CHECK (length(description_en) <= 4000),
    position        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, key),
    FOREIGN KEY (tenant_id, target_group_id) REFERENCES actor_target_group (tenant_id, id) DEFERRABLE INITIALLY DEFERRED
);

-- Who does a task where for whom, in which role, since and until when, said by which source,
-- last confirmed when and by whom.
CREATE TABLE actor_responsibility (
    tenant_id       slug NOT NULL REFERENCES tenant (id),
    id              uuid NOT NULL,
    actor_id        uuid NOT NULL,
    task_id         uuid NOT NULL,
    role            varchar(16) NOT NULL CHECK (role IN ('RESPONSIBLE', 'INVOLVED', 'TO_INFORM', 'ADVISING')),
    area_id         uuid NOT NULL,
    target_group_id uuid NOT NULL,
    valid_from      date,
    valid_to        date,
    source          text CHECK (length(source) <= 500),
    confirmed_on    date,
    confirmed_by    text CHECK (length(confirmed_by) <= 200),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, actor_id, task_id, role, area_id, target_group_id),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to),
    FOREIGN KEY (tenant_id, actor_id) REFERENCES actor (tenant_id, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (tenant_id, task_id) REFERENCES actor_task (tenant_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (tenant_id, area_id) REFERENCES actor_area (tenant_id, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (tenant_id, target_group_id) REFERENCES actor_target_group (tenant_id, id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX actor_responsibility_task ON actor_responsibility (tenant_id, task_id);
CREATE INDEX actor_responsibility_actor ON actor_responsibility (tenant_id, actor_id);

-- A life situation of the Wegweiser ("anerkannt geflüchtet, sucht Arbeit") and its ordered steps:
-- each step names a task; the page shows the actors the matrix makes responsible for it.
CREATE TABLE actor_life_situation (
    tenant_id       slug NOT NULL REFERENCES tenant (id),
    id              uuid NOT NULL,
    key             text NOT NULL CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 80),
    title_de        text NOT NULL CHECK (length(btrim(title_de)) BETWEEN 1 AND 300),
    title_en        text CHECK (length(title_en) <= 300),
    description_de  text CHECK (length(description_de) <= 4000),
    description_en  text CHECK (length(description_en) <= 4000),
    target_group_id uuid,
    position        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, key),
    FOREIGN KEY (tenant_id, target_group_id) REFERENCES actor_target_group (tenant_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE actor_life_step (
    tenant_id         slug NOT NULL REFERENCES tenant (id),
    id                uuid NOT NULL,
    life_situation_id uuid NOT NULL,
    task_id           uuid NOT NULL,
    position          integer NOT NULL DEFAULT 0,
    note_de           text CHECK (length(note_de) <= 2000),
    note_en           text CHECK (length(note_en) <= 2000),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, life_situation_id) REFERENCES actor_life_situation (tenant_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (tenant_id, task_id) REFERENCES actor_task (tenant_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

SELECT enable_tenant_isolation('actor_directory');
SELECT enable_tenant_isolation('actor_area');
SELECT enable_tenant_isolation('actor_target_group');
SELECT enable_tenant_isolation('actor');
SELECT enable_tenant_isolation('actor_contact');
SELECT enable_tenant_isolation('actor_task');
SELECT enable_tenant_isolation('actor_responsibility');
SELECT enable_tenant_isolation('actor_life_situation');
SELECT enable_tenant_isolation('actor_life_step');

GRANT SELECT, INSERT, UPDATE, DELETE ON actor_directory, actor_area, actor_target_group, actor, actor_contact,
    actor_task, actor_responsibility, actor_life_situation, actor_life_step TO ${appRole};

CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON actor_directory FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON actor_area FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON actor_target_group FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON actor FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON actor_contact FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON actor_task FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON actor_responsibility FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON actor_life_situation FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
CREATE TRIGGER public_version AFTER INSERT OR UPDATE OR DELETE ON actor_life_step FOR EACH ROW EXECUTE FUNCTION bump_public_version('tenant_id');
