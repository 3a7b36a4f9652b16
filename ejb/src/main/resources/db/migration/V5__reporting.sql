-- Fachtag schema, version 5: reporting. What the figures need beyond the registrations
-- (who moved up from the waiting list, who is new in a series), the ministries that host
-- events, figures entered by hand for events run outside the platform, the tenant's
-- region, one view that turns a registration into the facts the figures count, and the one
-- place where a ministry's figures are read across tenants.

-- The retention job erases people but keeps these: every figure can still be counted
-- afterwards, and no pseudonymous person key survives (first_in_series is decided once, at
-- registration, from the e-mail address, which is then erased with the rest).
ALTER TABLE registration
    ADD COLUMN promoted_at timestamptz,
    ADD COLUMN first_in_series boolean NOT NULL DEFAULT true;

-- True unless the same address registered earlier for another event of the same series.
CREATE FUNCTION registration_first_in_series() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.first_in_series := NOT EXISTS (
        SELECT 1
          FROM registration r
          JOIN event e ON e.tenant_id = r.tenant_id AND e.id = r.event_id
          JOIN event this ON this.tenant_id = NEW.tenant_id AND this.id = NEW.event_id
         WHERE r.tenant_id = NEW.tenant_id
           AND r.event_id <> NEW.event_id
           AND r.email_key = NEW.email_key
           AND e.series_id = this.series_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER registration_first_in_series BEFORE INSERT ON registration
    FOR EACH ROW EXECUTE FUNCTION registration_first_in_series();

-- The region a tenant reports under (a district or a Land, e.g. "DE-SN" or "DE-SN-MS").
ALTER TABLE tenant_profile ADD COLUMN region text CHECK (length(region) <= 40);

-- A ministry that hosts or co-hosts an event of another tenant (the 2019 regional
-- conferences were hosted by Saxony-Anhalt's ministry with AGSA as cooperation partner):
-- the event is in that ministry's reporting scope like an event that names its funder.
CREATE TABLE event_host (
    tenant_id           slug NOT NULL REFERENCES tenant (id),
    id                  uuid NOT NULL DEFAULT gen_random_uuid(),
    event_id            uuid NOT NULL,
    ministry_tenant_id  slug NOT NULL REFERENCES tenant (id),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, event_id, ministry_tenant_id),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_isolation('event_host');

-- Figures of an event held outside the platform or on paper: participants in all and, where
-- known, by mode, workshop code or sector. An event with such figures is reported from them
-- alone and marked "manuell erfasst".
CREATE TABLE manual_figure (
    tenant_id     slug NOT NULL REFERENCES tenant (id),
    id            uuid NOT NULL DEFAULT gen_random_uuid(),
    event_id      uuid NOT NULL,
    dimension     varchar(16) NOT NULL CHECK (dimension IN ('TOTAL', 'MODE', 'WORKSHOP', 'SECTOR')),
    dim_key       text NOT NULL DEFAULT '' CHECK ((dimension = 'TOTAL') = (dim_key = '')),
    participants  integer NOT NULL CHECK (participants BETWEEN 0 AND 1000000),
    illustrative  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, event_id, dimension, dim_key),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_isolation('manual_figure');

-- A personal access token for the ministry's figures API: made by an analyst, shown once,
-- revocable, expiring. Only the SHA-256 of the token is stored.
CREATE TABLE access_token (
    tenant_id     slug NOT NULL REFERENCES tenant (id),
    id            uuid NOT NULL,
    staff_id      uuid NOT NULL,
    label         text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    token_hash    char(64) NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL CHECK (expires_at > created_at),
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_account (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX access_token_hash ON access_token (tenant_id, token_hash);
SELECT enable_tenant_isolation('access_token');

GRANT SELECT, INSERT, UPDATE, DELETE ON event_host, manual_figure, access_token TO ${appRole};

-- One row per registration with the facts the figures count, each 0 or 1: the written
-- definitions (de.fachtag.reporting.Metric) and this view say the same. security_invoker:
-- whoever reads it sees only what row level security lets them see.
CREATE VIEW registration_fact WITH (security_invoker = true) AS
SELECT r.tenant_id,
       r.event_id,
       r.mode,
       r.sector,
       coalesce(w.code, '') AS workshop,
       (r.registered_at AT TIME ZONE e.time_zone)::date AS registered_on,
       1 AS made,
       (r.status = 'CONFIRMED')::int AS confirmed,
       (r.status = 'WAITLISTED')::int AS waitlisted,
       (r.status = 'CANCELLED')::int AS cancelled,
       (r.promoted_at IS NOT NULL)::int AS promoted,
       (r.status = 'CONFIRMED' AND r.mode = 'ON_SITE')::int AS on_site,
       (r.status = 'CONFIRMED' AND r.mode = 'LIVESTREAM')::int AS livestream,
       (r.checked_in_at IS NOT NULL)::int AS attended,
       (r.status = 'CONFIRMED' AND r.mode = 'ON_SITE' AND r.checked_in_at IS NULL
            AND e.event_date IS NOT NULL
            AND ((e.event_date + coalesce(e.end_time, time '23:59:59')) AT TIME ZONE e.time_zone) < now())::int AS no_show,
       (r.first_in_series)::int AS new_in_series
  FROM registration r
  JOIN event e ON e.tenant_id = r.tenant_id AND e.id = r.event_id
  LEFT JOIN workshop w ON w.tenant_id = r.tenant_id AND w.id = r.workshop_id;
GRANT SELECT ON registration_fact TO ${appRole};

-- The one place where figures are read across tenants: the events in a ministry's scope
-- (naming a funder that stands for it, or hosted by it) with their counts per dimension.
-- Counts only, never a row about a person. SECURITY DEFINER: it runs as the owner of the
-- tables with app.figures_scope set while its query runs (and cleared after), and the read
-- policies below open every tenant's rows to exactly that: the owner inside this function.
-- Outside it the owner stays bound to one tenant like everyone else, and the application
-- role keeps forced row level security (the policies are not for it).
CREATE POLICY figures_reader ON registration FOR SELECT TO CURRENT_USER
    USING (current_setting('app.figures_scope', true) = 'on');
CREATE POLICY figures_reader ON event FOR SELECT TO CURRENT_USER
    USING (current_setting('app.figures_scope', true) = 'on');
CREATE POLICY figures_reader ON workshop FOR SELECT TO CURRENT_USER
    USING (current_setting('app.figures_scope', true) = 'on');
CREATE POLICY figures_reader ON event_series FOR SELECT TO CURRENT_USER
    USING (current_setting('app.figures_scope', true) = 'on');
CREATE POLICY figures_reader ON event_funder FOR SELECT TO CURRENT_USER
    USING (current_setting('app.figures_scope', true) = 'on');
CREATE POLICY figures_reader ON funder FOR SELECT TO CURRENT_USER
    USING (current_setting('app.figures_scope', true) = 'on');
CREATE POLICY figures_reader ON event_host FOR SELECT TO CURRENT_USER
    USING (current_setting('app.figures_scope', true) = 'on');
CREATE POLICY figures_reader ON manual_figure FOR SELECT TO CURRENT_USER
    USING (current_setting('app.figures_scope', true) = 'on');
CREATE POLICY figures_reader ON tenant_profile FOR SELECT TO CURRENT_USER
    USING (current_setting('app.figures_scope', true) = 'on');

CREATE FUNCTION ministry_figures(p_ministry text)
    RETURNS TABLE (tenant_id text, tenant_name text, region text, event_id uuid, event_slug text, event_title text,
                   event_date date, series_slug text, series_title text,
                   dimension text, dim_key text, manual boolean, illustrative boolean,
                   made bigint, confirmed bigint, waitlisted bigint, cancelled bigint, promoted bigint,
                   on_site bigint, livestream bigint, attended bigint, no_show bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp
    -- the grouping sets sort a ministry's registrations at once; 4 MB spilled to disk in the bench
    SET work_mem = '64MB' AS $$
#variable_conflict use_column
BEGIN
    PERFORM set_config('app.figures_scope', 'on', true);
    RETURN QUERY
    WITH scope AS (
        -- whether an event's figures were entered by hand, decided once per event: as a filter per
        -- registration the planner (which cannot estimate the row level security filters) ran it
        -- as a nested loop over every registration (bench/ministry-figures.sh: 12 s instead of 2.6 s)
        SELECT e.tenant_id, e.id AS event_id,
               EXISTS (SELECT 1 FROM manual_figure m WHERE m.tenant_id = e.tenant_id AND m.event_id = e.id) AS manual
          FROM event e
         WHERE (EXISTS (SELECT 1 FROM event_funder ef
                          JOIN funder f ON f.tenant_id = ef.tenant_id AND f.id = ef.funder_id
                         WHERE ef.tenant_id = e.tenant_id AND ef.event_id = e.id AND f.ministry_tenant_id = p_ministry)
                OR EXISTS (SELECT 1 FROM event_host h
                            WHERE h.tenant_id = e.tenant_id AND h.event_id = e.id AND h.ministry_tenant_id = p_ministry)
                OR e.tenant_id = p_ministry)
    ),
    counted AS (
        SELECT f.tenant_id, f.event_id,
               CASE WHEN GROUPING(f.mode) = 0 THEN 'MODE' WHEN GROUPING(f.sector) = 0 THEN 'SECTOR'
                    WHEN GROUPING(f.workshop) = 0 THEN 'WORKSHOP' ELSE 'TOTAL' END AS dimension,
               coalesce(CASE WHEN GROUPING(f.mode) = 0 THEN f.mode WHEN GROUPING(f.sector) = 0 THEN f.sector
                             WHEN GROUPING(f.workshop) = 0 THEN f.workshop END, '') AS dim_key,
               sum(f.made) AS made, sum(f.confirmed) AS confirmed, sum(f.waitlisted) AS waitlisted,
               sum(f.cancelled) AS cancelled, sum(f.promoted) AS promoted, sum(f.on_site) AS on_site,
               sum(f.livestream) AS livestream, sum(f.attended) AS attended, sum(f.no_show) AS no_show
          FROM registration_fact f
          JOIN scope s ON s.tenant_id = f.tenant_id AND s.event_id = f.event_id
         WHERE NOT s.manual
         GROUP BY GROUPING SETS ((f.tenant_id, f.event_id), (f.tenant_id, f.event_id, f.mode),
                                 (f.tenant_id, f.event_id, f.sector), (f.tenant_id, f.event_id, f.workshop))
    ),
    entered AS (
        SELECT m.tenant_id, m.event_id, m.dimension, m.dim_key, m.participants::bigint AS participants, m.illustrative
          FROM manual_figure m
          JOIN scope s ON s.tenant_id = m.tenant_id AND s.event_id = m.event_id
    ),
    figures AS (
        SELECT c.tenant_id, c.event_id, c.dimension, c.dim_key, false AS manual, false AS illustrative,
               c.made, c.confirmed, c.waitlisted, c.cancelled, c.promoted, c.on_site, c.livestream, c.attended, c.no_show
          FROM counted c
        UNION ALL
        -- hand-entered participants count as confirmed and attended; what was not recorded stays empty
        SELECT m.tenant_id, m.event_id, m.dimension, m.dim_key, true, m.illustrative,
               NULL, m.participants, NULL, NULL, NULL,
               CASE WHEN m.dimension = 'MODE' AND m.dim_key = 'ON_SITE' THEN m.participants END,
               CASE WHEN m.dimension = 'MODE' AND m.dim_key = 'LIVESTREAM' THEN m.participants END,
               m.participants, NULL
          FROM entered m
        UNION ALL
        -- an event in scope without any registration yet shows with zeros instead of not at all
        SELECT s.tenant_id, s.event_id, 'TOTAL', '', false, false, 0, 0, 0, 0, 0, 0, 0, 0, 0
          FROM scope s
         WHERE NOT s.manual
           AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.tenant_id = s.tenant_id AND r.event_id = s.event_id)
    )
    SELECT e.tenant_id::text, t.name::text, p.region::text, e.id, e.slug::text, e.title_de::text, e.event_date,
           es.slug::text, es.title_de::text, f.dimension::text, f.dim_key::text, f.manual, f.illustrative,
           f.made, f.confirmed, f.waitlisted, f.cancelled, f.promoted, f.on_site, f.livestream, f.attended, f.no_show
      FROM figures f
      JOIN event e ON e.tenant_id = f.tenant_id AND e.id = f.event_id
      JOIN tenant t ON t.id = e.tenant_id
      LEFT JOIN tenant_profile p ON p.tenant_id = e.tenant_id
      LEFT JOIN event_series es ON es.tenant_id = e.tenant_id AND es.id = e.series_id;
    PERFORM set_config('app.figures_scope', '', true);
END
$$;
REVOKE ALL ON FUNCTION ministry_figures(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ministry_figures(text) TO ${appRole};
