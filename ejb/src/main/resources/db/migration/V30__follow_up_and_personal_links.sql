-- Follow-up of recommendations (accountability, issue 13) and the personal links through which
-- people without a staff account take part: the responsible person updates a recommendation's
-- state, a workshop lead enters the results of their workshop.

-- The state of a recommendation, where it was adopted (a link into the concept), why it was
-- rejected, who answers for it (an actor or person, shown in the documentation; the contact
-- address is not), and when its state was last set or confirmed (reminders count from then).
-- responsible_actor_id waits for the actors directory (issue 14): no key yet.
-- reminded_for names the reminder period last mailed: the reminder job claims a period with a
-- conditional update of this column, so two runs (or two instances) never mail one period twice.
ALTER TABLE recommendation
    ADD COLUMN state varchar(16) NOT NULL DEFAULT 'OPEN'
        CHECK (state IN ('OPEN', 'UNDER_REVIEW', 'ADOPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'REJECTED')),
    ADD COLUMN concept_link text CHECK (length(concept_link) <= 1000),
    ADD COLUMN rejection_reason text CHECK (length(btrim(rejection_reason)) BETWEEN 1 AND 2000),
    ADD COLUMN confirmed_at timestamptz,
    ADD COLUMN responsible_name text CHECK (length(btrim(responsible_name)) BETWEEN 1 AND 300),
    ADD COLUMN responsible_email text CHECK (length(responsible_email) <= 254),
    ADD COLUMN responsible_actor_id uuid,
    ADD COLUMN reminded_for text CHECK (length(reminded_for) <= 100),
    ADD CHECK (state <> 'ADOPTED' OR concept_link IS NOT NULL),
    ADD CHECK (state <> 'REJECTED' OR rejection_reason IS NOT NULL);

-- After how many days without a confirmed state the responsible person is reminded.
ALTER TABLE recommendation_document
    ADD COLUMN reminder_days integer NOT NULL DEFAULT 90 CHECK (reminder_days BETWEEN 7 AND 730);

-- The public history of a recommendation's states: every change, and every confirmation that
-- the state still holds, with its date. Never changed (no UPDATE for the application).
CREATE TABLE recommendation_state_change (
    tenant_id         slug NOT NULL REFERENCES tenant (id),
    id                uuid NOT NULL,
    recommendation_id uuid NOT NULL,
    state             varchar(16) NOT NULL
        CHECK (state IN ('OPEN', 'UNDER_REVIEW', 'ADOPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'REJECTED')),
    confirmation      boolean NOT NULL DEFAULT false,
    note              text CHECK (length(note) <= 2000),
    concept_link      text CHECK (length(concept_link) <= 1000),
    changed_by        text NOT NULL CHECK (length(btrim(changed_by)) BETWEEN 1 AND 300),
    changed_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, recommendation_id) REFERENCES recommendation (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX recommendation_state_change_recommendation ON recommendation_state_change (tenant_id, recommendation_id, changed_at);

-- A personal link given to someone without a staff account: the responsible person of one
-- recommendation (FOLLOW_UP) or the lead of one workshop (WORKSHOP_LEAD). It expires; a new
-- responsible person or a new invitation revokes the earlier links of the same purpose and target.
CREATE TABLE results_access (
    tenant_id         slug NOT NULL REFERENCES tenant (id),
    id                uuid NOT NULL,
    purpose           varchar(16) NOT NULL CHECK (purpose IN ('FOLLOW_UP', 'WORKSHOP_LEAD')),
    event_id          uuid NOT NULL,
    recommendation_id uuid,
    workshop_id       uuid,
    name              text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    email             text NOT NULL CHECK (length(btrim(email)) BETWEEN 3 AND 254),
    expires_at        timestamptz NOT NULL,
    revoked_at        timestamptz,
    created_by        text NOT NULL CHECK (length(btrim(created_by)) BETWEEN 1 AND 300),
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK ((purpose = 'FOLLOW_UP') = (recommendation_id IS NOT NULL)),
    CHECK ((purpose = 'WORKSHOP_LEAD') = (workshop_id IS NOT NULL)),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id),
    FOREIGN KEY (tenant_id, recommendation_id) REFERENCES recommendation (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, workshop_id) REFERENCES workshop (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX results_access_recommendation ON results_access (tenant_id, recommendation_id);
CREATE INDEX results_access_workshop ON results_access (tenant_id, workshop_id);

-- The tokens of a personal link, by their SHA-256 only (as registration_link): each mail that
-- carries the link gets a new token when it is sent, and the tokens mailed before keep working
-- until the link expires.
CREATE TABLE results_access_token (
    tenant_id  slug NOT NULL REFERENCES tenant (id),
    id         uuid NOT NULL,
    access_id  uuid NOT NULL,
    token_hash char(64) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, access_id) REFERENCES results_access (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX results_access_token_hash ON results_access_token (tenant_id, token_hash);

SELECT enable_tenant_isolation('recommendation_state_change');
SELECT enable_tenant_isolation('results_access');
SELECT enable_tenant_isolation('results_access_token');
GRANT SELECT, INSERT, DELETE ON recommendation_state_change TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON results_access TO ${appRole};
GRANT SELECT, INSERT, DELETE ON results_access_token TO ${appRole};
