-- Fachtag schema, version 8: counts kept beside the registrations, so that a ministry's figures
-- are read from a few rows per event instead of every registration in its scope
-- (bench/ministry-figures.sh: 210,000 registrations per ministry took 4-5 s to group).

-- What the registrations of one event count, per combination of the dimensions the ministry's
-- tables break down by (mode, sector, workshop); status, promotion and attendance are the
-- columns. Kept by the trigger below in the transaction that changes a registration, so it is
-- never ahead of or behind the rows. Holds no person and no key of one: the retention job's
-- erasure changes none of the counted columns, so the counts stay as they were.
-- "No-show" depends on the clock (the event must be over): kept here as "absent" (confirmed, not
-- checked in), ministry_figures applies the clock when it reads.
CREATE TABLE registration_count (
    tenant_id    slug NOT NULL REFERENCES tenant (id),
    id           uuid NOT NULL DEFAULT gen_random_uuid(),
    event_id     uuid NOT NULL,
    mode         varchar(16) NOT NULL,
    sector       varchar(32) NOT NULL,
    workshop_id  uuid,
    made         integer NOT NULL DEFAULT 0,
    confirmed    integer NOT NULL DEFAULT 0,
    waitlisted   integer NOT NULL DEFAULT 0,
    cancelled    integer NOT NULL DEFAULT 0,
    promoted     integer NOT NULL DEFAULT 0,
    attended     integer NOT NULL DEFAULT 0,
    absent       integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    -- one row per combination; "no workshop" is one combination too
    UNIQUE NULLS NOT DISTINCT (tenant_id, event_id, mode, sector, workshop_id),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id) ON DELETE CASCADE,
    -- a workshop can only go once no registration names it, and then its counts are zero
    FOREIGN KEY (tenant_id, workshop_id) REFERENCES workshop (tenant_id, id) ON DELETE CASCADE
);

-- Adds what one registration counts (sign 1) or takes it away again (sign -1). An UPSERT of
-- deltas: two transactions that count into the same row wait for each other's row lock (and
-- registrations of one event already queue for the event's seat lock before they write), they
-- never overwrite each other's count, and the first registration of a combination creates its
-- row even when another transaction creates it at the same moment.
CREATE FUNCTION registration_count_add(r registration, sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registration_count AS c (tenant_id, event_id, mode, sector, workshop_id,
                                         made, confirmed, waitlisted, cancelled, promoted, attended, absent)
    VALUES (r.tenant_id, r.event_id, r.mode, r.sector, r.workshop_id, sign,
            sign * (r.status = 'CONFIRMED')::int, sign * (r.status = 'WAITLISTED')::int,
            sign * (r.status = 'CANCELLED')::int, sign * (r.promoted_at IS NOT NULL)::int,
            sign * (r.checked_in_at IS NOT NULL)::int, sign * (r.status = 'CONFIRMED' AND r.checked_in_at IS NULL)::int)
    ON CONFLICT (tenant_id, event_id, mode, sector, workshop_id) DO UPDATE
       SET made = c.made + excluded.made, confirmed = c.confirmed + excluded.confirmed,
           waitlisted = c.waitlisted + excluded.waitlisted, cancelled = c.cancelled + excluded.cancelled,
           promoted = c.promoted + excluded.promoted, attended = c.attended + excluded.attended,
           absent = c.absent + excluded.absent;
END
$$;

-- Row by row, right after each change (not deferred: a registration deleted together with its
-- event in one transaction must be taken away before the event's counts go with the event).
-- The application writes one row per statement; the rows of one event change under its seat
-- lock, a check-in changes one row. A change that moves a registration between two rows
-- touches them in a fixed order, so two such changes cannot wait for each other in a circle.
CREATE FUNCTION registration_count_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM registration_count_add(NEW, 1);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM registration_count_add(OLD, -1);
    ELSIF (OLD.tenant_id, OLD.event_id, OLD.mode, OLD.sector, coalesce(OLD.workshop_id, '00000000-0000-0000-0000-000000000000'))
        <= (NEW.tenant_id, NEW.event_id, NEW.mode, NEW.sector, coalesce(NEW.workshop_id, '00000000-0000-0000-0000-000000000000')) THEN
        PERFORM registration_count_add(OLD, -1);
        PERFORM registration_count_add(NEW, 1);
    ELSE
        PERFORM registration_count_add(NEW, 1);
        PERFORM registration_count_add(OLD, -1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER registration_count_kept AFTER INSERT OR DELETE ON registration
    FOR EACH ROW EXECUTE FUNCTION registration_count_kept();
-- only what the counts see: erasure, corrected names, new private links change nothing here
CREATE TRIGGER registration_count_changed AFTER UPDATE ON registration
    FOR EACH ROW
    WHEN ((OLD.tenant_id, OLD.event_id, OLD.mode, OLD.sector, OLD.workshop_id, OLD.status, OLD.promoted_at IS NULL, OLD.checked_in_at IS NULL)
          IS DISTINCT FROM
          (NEW.tenant_id, NEW.event_id, NEW.mode, NEW.sector, NEW.workshop_id, NEW.status, NEW.promoted_at IS NULL, NEW.checked_in_at IS NULL))
    EXECUTE FUNCTION registration_count_kept();

-- The counts of the registrations that exist, recounted from the rows: what the table must hold
-- (RegistrationCountTest compares the two). Under the caller's row level security.
CREATE VIEW registration_recount WITH (security_invoker = true) AS
SELECT r.tenant_id, r.event_id, r.mode, r.sector, r.workshop_id,
       count(*)::int AS made,
       count(*) FILTER (WHERE r.status = 'CONFIRMED')::int AS confirmed,
       count(*) FILTER (WHERE r.status = 'WAITLISTED')::int AS waitlisted,
       count(*) FILTER (WHERE r.status = 'CANCELLED')::int AS cancelled,
       count(r.promoted_at)::int AS promoted,
       count(r.checked_in_at)::int AS attended,
       count(*) FILTER (WHERE r.status = 'CONFIRMED' AND r.checked_in_at IS NULL)::int AS absent
  FROM registration r
 GROUP BY r.tenant_id, r.event_id, r.mode, r.sector, r.workshop_id;
GRANT SELECT ON registration_recount TO ${appRole};

-- The registrations made before this version, counted once. The owner reads every tenant's
-- rows through V5's figures_reader policy, which is opened for this statement only; the table
-- gets its row level security after it is filled.
SELECT set_config('app.figures_scope', 'on', true);
INSERT INTO registration_count (tenant_id, event_id, mode, sector, workshop_id,
                                made, confirmed, waitlisted, cancelled, promoted, attended, absent)
SELECT tenant_id, event_id, mode, sector, workshop_id, made, confirmed, waitlisted, cancelled, promoted, attended, absent
  FROM registration_recount;
SELECT set_config('app.figures_scope', '', true);

SELECT enable_tenant_isolation('registration_count');
GRANT SELECT, INSERT, UPDATE, DELETE ON registration_count TO ${appRole};

-- ministry_figures reads the counts and no longer any registration: the owner's window onto
-- every tenant's registrations (V5) closes, it opens onto the counts instead.
DROP POLICY figures_reader ON registration;
CREATE POLICY figures_reader ON registration_count FOR SELECT TO CURRENT_USER
    USING (current_setting('app.figures_scope', true) = 'on');

-- Same answer as V5's version (same columns, same figures), read from registration_count: a few
-- rows per event in scope instead of every registration. The row level security filters keep the
-- planner from estimating any row count here (it expects one row per table), so the query has a
-- shape that needs no estimate: the events in scope once, with their labels looked up per event,
-- then per event its counts through the index, grouped by mode, sector and workshop right there
-- (an event without registrations yields its zero total from the empty grouping set). V5's shape,
-- grouping all events at once and joining the labels afterwards, took twice as long here, the
-- labels' join by tenant alone most of it (bench/README.md). No JIT: the estimates that would
-- switch it on are the wrong ones.
CREATE OR REPLACE FUNCTION ministry_figures(p_ministry text)
    RETURNS TABLE (tenant_id text, tenant_name text, region text, event_id uuid, event_slug text, event_title text,
                   event_date date, series_slug text, series_title text,
                   dimension text, dim_key text, manual boolean, illustrative boolean,
                   made bigint, confirmed bigint, waitlisted bigint, cancelled bigint, promoted bigint,
                   on_site bigint, livestream bigint, attended bigint, no_show bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp
    SET work_mem = '64MB' SET jit = off AS $$
#variable_conflict use_column
BEGIN
    PERFORM set_config('app.figures_scope', 'on', true);
    RETURN QUERY
    WITH scope AS MATERIALIZED (
        -- per event in scope, once: its labels, entered by hand or not, over or not (for the no-shows)
        SELECT e.tenant_id, e.id AS event_id, e.slug, e.title_de, e.event_date,
               (SELECT t.name FROM tenant t WHERE t.id = e.tenant_id) AS tenant_name,
               (SELECT p.region FROM tenant_profile p WHERE p.tenant_id = e.tenant_id) AS region,
               (SELECT es.slug FROM event_series es WHERE es.tenant_id = e.tenant_id AND es.id = e.series_id) AS series_slug,
               (SELECT es.title_de FROM event_series es WHERE es.tenant_id = e.tenant_id AND es.id = e.series_id) AS series_title,
               EXISTS (SELECT 1 FROM manual_figure m WHERE m.tenant_id = e.tenant_id AND m.event_id = e.id) AS manual,
               coalesce(((e.event_date + coalesce(e.end_time, time '23:59:59')) AT TIME ZONE e.time_zone) < now(), false) AS over
          FROM event e
         WHERE (EXISTS (SELECT 1 FROM event_funder ef
                          JOIN funder f ON f.tenant_id = ef.tenant_id AND f.id = ef.funder_id
                         WHERE ef.tenant_id = e.tenant_id AND ef.event_id = e.id AND f.ministry_tenant_id = p_ministry)
                OR EXISTS (SELECT 1 FROM event_host h
                            WHERE h.tenant_id = e.tenant_id AND h.event_id = e.id AND h.ministry_tenant_id = p_ministry)
                OR e.tenant_id = p_ministry)
    )
    SELECT s.tenant_id::text, s.tenant_name::text, s.region::text, s.event_id, s.slug::text, s.title_de::text, s.event_date,
           s.series_slug::text, s.series_title::text, f.dimension, f.dim_key, f.manual, f.illustrative,
           f.made, f.confirmed, f.waitlisted, f.cancelled, f.promoted, f.on_site, f.livestream, f.attended, f.no_show
      FROM scope s
     CROSS JOIN LATERAL (
        -- counted: a combination whose registrations all went (deleted) counts nothing and shows no line
        SELECT CASE WHEN GROUPING(c.mode) = 0 THEN 'MODE' WHEN GROUPING(c.sector) = 0 THEN 'SECTOR'
                    WHEN GROUPING(coalesce(w.code, '')) = 0 THEN 'WORKSHOP' ELSE 'TOTAL' END::text AS dimension,
               coalesce(CASE WHEN GROUPING(c.mode) = 0 THEN c.mode WHEN GROUPING(c.sector) = 0 THEN c.sector
                             WHEN GROUPING(coalesce(w.code, '')) = 0 THEN coalesce(w.code, '') END, '')::text AS dim_key,
               false AS manual, false AS illustrative,
               coalesce(sum(c.made), 0)::bigint AS made, coalesce(sum(c.confirmed), 0)::bigint AS confirmed,
               coalesce(sum(c.waitlisted), 0)::bigint AS waitlisted, coalesce(sum(c.cancelled), 0)::bigint AS cancelled,
               coalesce(sum(c.promoted), 0)::bigint AS promoted,
               coalesce(sum(c.confirmed) FILTER (WHERE c.mode = 'ON_SITE'), 0)::bigint AS on_site,
               coalesce(sum(c.confirmed) FILTER (WHERE c.mode = 'LIVESTREAM'), 0)::bigint AS livestream,
               coalesce(sum(c.attended), 0)::bigint AS attended,
               coalesce(sum(c.absent) FILTER (WHERE c.mode = 'ON_SITE' AND s.over), 0)::bigint AS no_show
          FROM registration_count c
          LEFT JOIN workshop w ON w.tenant_id = c.tenant_id AND w.id = c.workshop_id
         WHERE c.tenant_id = s.tenant_id AND c.event_id = s.event_id AND c.made > 0
         GROUP BY GROUPING SETS ((), (c.mode), (c.sector), (coalesce(w.code, '')))
        -- an event with figures entered by hand is reported from those alone
        HAVING NOT s.manual
        UNION ALL
        -- hand-entered participants count as confirmed and attended; what was not recorded stays empty
        SELECT m.dimension::text, m.dim_key::text, true, m.illustrative,
               NULL, m.participants::bigint, NULL, NULL, NULL,
               CASE WHEN m.dimension = 'MODE' AND m.dim_key = 'ON_SITE' THEN m.participants::bigint END,
               CASE WHEN m.dimension = 'MODE' AND m.dim_key = 'LIVESTREAM' THEN m.participants::bigint END,
               m.participants::bigint, NULL
          FROM manual_figure m
         WHERE m.tenant_id = s.tenant_id AND m.event_id = s.event_id
     ) f;
    PERFORM set_config('app.figures_scope', '', true);
END
$$;
