#!/usr/bin/env bash
# Benchmark (not a test; CI never runs it): how long the one cross-tenant read of the ministry
# reports, the SECURITY DEFINER function ministry_figures(text) (V5__reporting.sql, reading the counts
# kept per event since V8__registration_counts.sql), takes on a platform-sized database (1,000
# tenants, 20,000 events, 2,000,000 registrations), called as the application role, against two
# plain statements run as the superuser in the same run: (b) a GROUPING SETS query over the
# registrations themselves, (c) the same query over the kept counts the function reads.
# Usage and figures: bench/README.md.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: bench/ministry-figures.sh [-d CONNINFO] [-D DATABASE] [-t TENANTS] [-m MINISTRIES] [-e EVENTS]
                                 [-r REGISTRATIONS] [-n REPEATS] [-G] [-x] [-P]

  -d CONNINFO       libpq connection as a superuser, without dbname
                    (default: host=127.0.0.1 port=5432 user=postgres)
  -D DATABASE       the benchmark's own database, DROPPED and recreated (default fachtag_bench_ministry)
  -t TENANTS        tenants in all, the ministries included (default 1000)
  -m MINISTRIES     ministry tenants among them (default 10)
  -e EVENTS         events per tenant (default 20)
  -r REGISTRATIONS  registrations per event (default 100)
  -n REPEATS        samples per ministry and path (default 5; at the default size one sample of the
                    three paths took about 25 s on 2 very busy cores, (b) most of it)
  -G                keep the database from an earlier run: no generation, measure only
  -x                also print the plan of the query inside ministry_figures, as executed for
                    the first ministry (auto_explain, nested statements, ANALYZE with BUFFERS)
  -P                skip the page path (bench/MinistryPage.java: the page's query, MinistryReports.build
                    with SmallCells' suppression, timed next to the plain SQL; needs java 17 and
                    compiles the ejb module offline with ./mvnw first)

Roles (cluster-wide, created NOLOGIN if missing): BENCH_OWNER (default fachtag_bench_owner)
owns the database and applies every migration; BENCH_APP (default fachtag_bench_app) is the application
role that calls ministry_figures.
USAGE
}

CONNINFO="host=127.0.0.1 port=5432 user=postgres" DB=fachtag_bench_ministry TENANTS=1000 MINISTRIES=10
EVENTS=20 REGS=100 REPEATS=5 GENERATE=yes EXPLAIN="" PAGE=yes
OWNER="${BENCH_OWNER:-fachtag_bench_owner}" APP="${BENCH_APP:-fachtag_bench_app}"
while getopts "d:D:t:m:e:r:n:GxPh" opt; do
    case "$opt" in
        d) CONNINFO="$OPTARG" ;; D) DB="$OPTARG" ;; t) TENANTS="$OPTARG" ;; m) MINISTRIES="$OPTARG" ;;
        e) EVENTS="$OPTARG" ;; r) REGS="$OPTARG" ;; n) REPEATS="$OPTARG" ;; G) GENERATE="" ;; x) EXPLAIN=yes ;; P) PAGE="" ;;
        h) usage; exit 0 ;; *) usage >&2; exit 2 ;;
    esac
done
[[ "$TENANTS$MINISTRIES$EVENTS$REGS$REPEATS" =~ ^[0-9]+$ ]] || { echo "counts are numbers" >&2; exit 2; }
[[ "$DB$OWNER$APP" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "database and role names: lower case, digits, _" >&2; exit 2; }
if [ "$MINISTRIES" -lt 1 ] || [ "$MINISTRIES" -gt 99 ] || [ "$TENANTS" -le "$MINISTRIES" ] || [ "$TENANTS" -gt 9999 ]; then
    echo "1 <= MINISTRIES <= 99, MINISTRIES < TENANTS <= 9999" >&2; exit 2
fi
if [ "$EVENTS" -lt 1 ] || [ "$REGS" -lt 1 ] || [ "$REPEATS" -lt 1 ]; then echo "EVENTS, REGISTRATIONS, REPEATS >= 1" >&2; exit 2; fi
command -v psql >/dev/null || { echo "psql not found" >&2; exit 1; }

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MIGRATIONS="$HERE/../ejb/src/main/resources/db/migration"
ADMIN="$CONNINFO dbname=postgres"
BENCH="$CONNINFO dbname=$DB"
admin() { PGOPTIONS="-c client_min_messages=warning" psql "$ADMIN" -X -q -v ON_ERROR_STOP=1 -At -c "$1"; }
sql() { psql "$BENCH" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
now_ns() { date +%s%N; }
ms_since() { echo $(( ($(now_ns) - $1) / 1000000 )); }
load() { cut -d ' ' -f 1-3 /proc/loadavg; }

echo "== ministry_figures benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(load)"
echo "   $(admin "SELECT version()" | cut -d ',' -f 1)"

# ---------------------------------------------------------------- database, roles, migrations
if [ -n "$GENERATE" ]; then
    GEN_START="$(now_ns)"
    admin "DO \$\$ BEGIN
             IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$OWNER') THEN CREATE ROLE $OWNER NOLOGIN; END IF;
             IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$APP') THEN
                 CREATE ROLE $APP NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
             END IF;
           END \$\$"
    admin "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
    # The owner role owns the database, so (PostgreSQL 15) it may create in schema public, as in production.
    admin "CREATE DATABASE $DB OWNER $OWNER"
    # every migration of the checkout, in version order (V1, V2, ..., V10)
    for f in $(printf '%s\n' "$MIGRATIONS"/V*__*.sql | sort -V); do
        # What Flyway does: placeholders substituted, one transaction per migration, run as the owner,
        # so that the V5 policies "TO CURRENT_USER" name the owner role.
        { echo "SET ROLE $OWNER;"
          sed -e "s/\${appRole}/\"$APP\"/g" -e "s/\${flyway:defaultSchema}/public/g" "$f"
        } | psql "$BENCH" -X -q -v ON_ERROR_STOP=1 -1 -f - >/dev/null
        echo "   applied $(basename "$f") as $OWNER"
    done
    echo "-- generating $TENANTS tenants ($MINISTRIES ministries), $((TENANTS * EVENTS)) events, $((TENANTS * EVENTS * REGS)) registrations"
    echo "   (as the superuser, so row level security does not apply; the trigger registration_first_in_series is"
    echo "    DISABLED during the bulk load and first_in_series computed in the INSERT the way the trigger decides it,"
    echo "    then the trigger is enabled again; the triggers registration_count_kept/_changed (V8) stay ENABLED,"
    echo "    so registration_count is kept row by row during the load exactly as in production)"
    sql -v tenants="$TENANTS" -v ministries="$MINISTRIES" -v events="$EVENTS" -v regs="$REGS" <<'SQL'
\set ON_ERROR_STOP 1
SET work_mem = '256MB';
SET maintenance_work_mem = '256MB';
SET synchronous_commit = off;
SELECT setseed(0.42) \gset
SELECT clock_timestamp() AS t0 \gset
-- stable ids: kind in the first group, running number in the last
CREATE FUNCTION pg_temp.u(kind int, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
    $$ SELECT (lpad(to_hex(kind), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;
CREATE FUNCTION pg_temp.ministry(k int) RETURNS text LANGUAGE sql IMMUTABLE AS
    $$ SELECT 'ministerium-' || lpad((k + 1)::text, 2, '0') $$;

CREATE TEMP TABLE t AS
SELECT n, CASE WHEN n <= :ministries THEN pg_temp.ministry(n - 1)
               WHEN n % 3 = 0 THEN 'verein-' || lpad(n::text, 4, '0')
               ELSE 'kreis-' || lpad(n::text, 4, '0') END AS id,
       CASE WHEN n <= :ministries THEN 'MINISTRY' WHEN n % 3 = 0 THEN 'ASSOCIATION' ELSE 'DISTRICT' END AS kind
  FROM generate_series(1, :tenants) n;
INSERT INTO tenant (id, name, kind) SELECT id, 'Träger ' || n, kind FROM t;
INSERT INTO tenant_profile (tenant_id, id, organisation, email, primary_colour, accent_colour, imprint_de, privacy_de,
                            a11y_conformance, a11y_feedback_email, a11y_arbitration_de, region)
SELECT id, pg_temp.u(1, n), 'Träger ' || n, 'info@' || id || '.bench.invalid', '#1f4e79', '#c55a11', 'Impressum', 'Datenschutz',
       'PARTIAL', 'barrierefrei@' || id || '.bench.invalid', 'Schlichtungsstelle',
       'DE-' || (ARRAY['BB','BE','BW','BY','HB','HE','HH','MV','NI','NW','RP','SH','SL','SN','ST','TH'])[1 + n % 16]
  FROM t;
INSERT INTO event_series (tenant_id, id, slug, title_de) SELECT id, pg_temp.u(2, n), 'fachtag', 'Fachtag ' || n FROM t;
-- three funders per tenant: the Land's ministry (a), a European fund standing for no ministry
-- (b), and a federal programme standing for another ministry (c)
INSERT INTO funder (tenant_id, id, key, name, label_de, notice_de, ministry_tenant_id, position)
SELECT t.id, pg_temp.u(3, t.n * 4 + f), k, 'Fördergeber ' || k, 'Gefördert durch', 'Fördervermerk ' || k,
       CASE f WHEN 1 THEN pg_temp.ministry((t.n - 1) % :ministries)
              WHEN 3 THEN pg_temp.ministry((t.n * 3 + 1) % :ministries) END, f
  FROM t, (VALUES (1, 'land'), (2, 'esf'), (3, 'bund')) AS fk (f, k);

CREATE TEMP TABLE ev AS
SELECT t.n, t.id AS tenant_id, j, (t.n - 1) * :events + j AS g, pg_temp.u(6, (t.n - 1) * :events + j) AS id,
       date '2024-01-08' + (((t.n - 1) * :events + j) * 37) % 1200 AS event_date,
       CASE WHEN j % 10 = 0 THEN 'ONLINE' WHEN j % 2 = 1 AND j % 10 <> 9 THEN 'HYBRID' ELSE 'ON_SITE' END AS format,
       CASE WHEN j <= (:events + 1) / 2 THEN pg_temp.u(2, t.n) END AS series_id,
       j % 2 = 0 AND j % 10 <> 0 AS workshops
  FROM t, generate_series(1, :events) j;
INSERT INTO event (tenant_id, id, series_id, edition, slug, title_de, event_date, start_time, end_time, venue_city, format,
                   seats, livestream_seats, state, registration_opens, registration_closes)
SELECT tenant_id, id, series_id, CASE WHEN series_id IS NOT NULL THEN j END, 'fachtag-' || j, 'Fachtag ' || j || ' von ' || tenant_id,
       event_date, time '09:00', time '16:00', 'Stadt ' || n, format,
       CASE WHEN format <> 'ONLINE' THEN 120 END, CASE WHEN format <> 'ON_SITE' THEN 200 END,
       CASE WHEN event_date < current_date THEN 'DONE' ELSE 'PUBLISHED' END,
       (event_date - 70)::timestamptz, (event_date - 1)::timestamptz
  FROM ev;
INSERT INTO workshop (tenant_id, id, event_id, code, title_de, capacity, position)
SELECT tenant_id, pg_temp.u(4, g * 4 + c), id, c::text, 'Workshop ' || c, 40, c FROM ev, generate_series(1, 3) c WHERE workshops;
INSERT INTO event_funder (tenant_id, id, event_id, funder_id, position)
SELECT ev.tenant_id, pg_temp.u(7, ev.g * 4 + f), ev.id, pg_temp.u(3, ev.n * 4 + f), f
  FROM ev, generate_series(1, 3) f
 WHERE (f = 1 AND j % 5 <> 0) OR (f = 2 AND j % 2 = 0) OR (f = 3 AND j % 4 = 1);
-- a few events hosted by a ministry, a few reported from hand-entered figures
INSERT INTO event_host (tenant_id, event_id, ministry_tenant_id)
SELECT tenant_id, id, pg_temp.ministry((n + 5) % :ministries) FROM ev WHERE j = 7 AND n % 10 = 3;
INSERT INTO manual_figure (tenant_id, event_id, dimension, dim_key, participants)
SELECT tenant_id, id, d, k, p FROM ev, (VALUES ('TOTAL', '', 80), ('MODE', 'ON_SITE', 60), ('MODE', 'LIVESTREAM', 20)) AS m (d, k, p)
 WHERE j = :events AND n % 50 = 0;

SELECT round(extract(epoch FROM clock_timestamp() - :'t0')::numeric, 1) AS s_before, clock_timestamp() AS t1 \gset
ALTER TABLE registration DISABLE TRIGGER registration_first_in_series;
-- each tenant has a pool of 1,000 people; the k-th registration of its j-th event is person
-- (53 j + 7 k) mod 1000, so people come back to other events of the tenant and of its series
INSERT INTO registration (tenant_id, id, event_id, workshop_id, arrival, status, mode, channel, language, sector, name, email,
                          email_key, organisation, checkin_code, registered_at, confirmed_at, cancelled_at,
                          checked_in_at, updated_at, promoted_at, first_in_series)
WITH r AS (
    SELECT x.*,
           CASE WHEN u1 < 0.80 THEN 'CONFIRMED' WHEN u1 < 0.88 THEN 'WAITLISTED' ELSE 'CANCELLED' END AS status,
           CASE x.format WHEN 'ON_SITE' THEN 'ON_SITE' WHEN 'ONLINE' THEN 'LIVESTREAM'
                ELSE CASE WHEN u2 < 0.65 THEN 'ON_SITE' ELSE 'LIVESTREAM' END END AS mode,
           (x.event_date + time '09:00') AT TIME ZONE 'Europe/Berlin'
               - interval '1 day' * (1 + 55 * u5 * u5) - interval '1 minute' * ((x.k * 13) % 600) AS registered_at,
           'person-' || x.p || '@' || x.tenant_id || '.bench.invalid' AS email
      FROM (SELECT ev.*, k, (ev.g - 1) * :regs + k AS i, (53 * ev.j + 7 * k) % 1000 AS p,
                   random() AS u1, random() AS u2, random() AS u3, random() AS u4, random() AS u5, random() AS u6
              FROM ev, generate_series(1, :regs) k) x
), s AS (
    SELECT r.*,
           CASE WHEN status = 'CONFIRMED' AND u6 < 0.06 THEN registered_at + interval '3 days' END AS promoted_at,
           CASE WHEN status = 'CONFIRMED' AND mode = 'ON_SITE' AND event_date < current_date AND u6 < 0.85
                THEN (event_date + time '08:30') AT TIME ZONE 'Europe/Berlin' + interval '1 second' * (u4 * 5400) END AS checked_in_at,
           -- what the trigger decides at insert time: no earlier registration of the address for
           -- another event of the same series (rows go in in order of registered_at)
           series_id IS NULL OR row_number() OVER (PARTITION BY tenant_id, series_id, email ORDER BY registered_at, i) = 1
               AS first_in_series
      FROM r
)
SELECT tenant_id, pg_temp.u(5, i), id, CASE WHEN workshops AND u4 < 0.9 THEN pg_temp.u(4, g * 4 + 1 + k % 3) END, i,
       status, mode, CASE WHEN k % 20 = 0 THEN 'ORGANIZER' WHEN k % 10 = 0 THEN 'API' ELSE 'FORM' END,
       CASE WHEN k % 10 = 3 THEN 'en' ELSE 'de' END,
       (ARRAY['ADMINISTRATION','JOB_CENTRE','EDUCATION','COUNSELLING','MIGRANT_ORGANISATION','BUSINESS','VOLUNTEER','OTHER'])[1 + floor(8 * u3 * u3)::int],
       'Person ' || p, email, email, 'Organisation ' || p % 50, upper(lpad(to_hex(i), 10, '0')),
       registered_at, CASE WHEN status = 'CONFIRMED' THEN coalesce(promoted_at, registered_at) END,
       CASE WHEN status = 'CANCELLED' THEN registered_at + interval '5 days' END, checked_in_at,
       coalesce(checked_in_at, promoted_at, registered_at), promoted_at, first_in_series
  FROM s
 ORDER BY registered_at, i;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')::numeric, 1) AS s,
       round(extract(epoch FROM clock_timestamp() - :'t1')::numeric, 1) AS r \gset
\echo '   tenants, funders, events, workshops:' :s_before 's; registrations:' :r 's'
ALTER TABLE registration ENABLE TRIGGER registration_first_in_series;
SELECT setval('registration_arrival', (SELECT max(arrival) FROM registration)) \gset
SQL
    echo "   bulk load $(ms_since "$GEN_START") ms; VACUUM ANALYZE (what autovacuum would do over time) ..."
    sql -c "VACUUM ANALYZE"
    # The load wrote registration_count's 2 million changes in ONE transaction, so no page could be
    # pruned on the way and the table ends about 5x its size (261 MB instead of about 50 MB at the
    # default size). In production every registration commits on its own and the updates are HOT,
    # so the pages stay compact; rewriting the table once (same row order) stands for that.
    echo "   VACUUM FULL registration_count (undoes the bloat of the one-transaction load, see bench/README.md) ..."
    sql -c "VACUUM FULL registration_count" -c "ANALYZE registration_count"
    GEN_MS="$(ms_since "$GEN_START")"
    # first_in_series as the trigger would have decided it, checked on the first non-ministry tenant
    MISMATCH="$(sql -c "SELECT count(*) FROM registration r JOIN event e ON e.tenant_id = r.tenant_id AND e.id = r.event_id
                         WHERE r.tenant_id = (SELECT id FROM tenant WHERE kind <> 'MINISTRY' ORDER BY id LIMIT 1)
                           AND r.first_in_series IS DISTINCT FROM NOT EXISTS (
                               SELECT 1 FROM registration o JOIN event oe ON oe.tenant_id = o.tenant_id AND oe.id = o.event_id
                                WHERE o.tenant_id = r.tenant_id AND o.event_id <> r.event_id AND o.email_key = r.email_key
                                  AND oe.series_id = e.series_id AND (o.registered_at, o.arrival) < (r.registered_at, r.arrival))")"
    echo "   generation took $(awk -v m="$GEN_MS" 'BEGIN { printf "%.1f s (%.1f min)", m / 1000, m / 60000 }') including VACUUM ANALYZE;"
    echo "   first_in_series differs from the trigger's rule in $MISMATCH rows of one tenant"
fi
sql -c "SELECT 'database: ' || (SELECT count(*) FROM tenant) || ' tenants, ' || (SELECT count(*) FROM event) || ' events, '
               || (SELECT count(*) FROM registration) || ' registrations, ' || pg_size_pretty(pg_database_size(current_database()))"

# ---------------------------------------------------------------- the two queries
mapfile -t MINISTRY_IDS < <(sql -c "SELECT id FROM tenant WHERE kind = 'MINISTRY' ORDER BY id")
[ "${#MINISTRY_IDS[@]}" -gt 0 ] || { echo "no ministry tenants in $DB" >&2; exit 1; }

# (a) the product's path: the application role, bound to the ministry's tenant as a request is
app_query() { printf "SET ROLE %s; SELECT set_config('app.tenant_id', '%s', false);\n%s SELECT * FROM ministry_figures('%s');\n" \
    "$APP" "$1" "$2" "$1"; }
# (b) the reference: the same figures grouped from the registrations in one plain statement, as the
# superuser (no row level security): what the figures cost without kept counts
ref_query() {
    cat <<SQL
$2
WITH scope AS (
    SELECT e.tenant_id, e.id FROM event e
     WHERE e.tenant_id = '$1'
        OR (e.tenant_id, e.id) IN (SELECT ef.tenant_id, ef.event_id FROM event_funder ef
                                     JOIN funder f ON f.tenant_id = ef.tenant_id AND f.id = ef.funder_id
                                    WHERE f.ministry_tenant_id = '$1')
        OR (e.tenant_id, e.id) IN (SELECT h.tenant_id, h.event_id FROM event_host h WHERE h.ministry_tenant_id = '$1')
), counted AS (
    SELECT r.tenant_id, r.event_id,
           CASE WHEN GROUPING(r.mode) = 0 THEN 'MODE' WHEN GROUPING(r.sector) = 0 THEN 'SECTOR'
                WHEN GROUPING(coalesce(w.code, '')) = 0 THEN 'WORKSHOP' ELSE 'TOTAL' END AS dimension,
           coalesce(CASE WHEN GROUPING(r.mode) = 0 THEN r.mode WHEN GROUPING(r.sector) = 0 THEN r.sector
                         WHEN GROUPING(coalesce(w.code, '')) = 0 THEN coalesce(w.code, '') END, '') AS dim_key,
           count(*) AS made,
           count(*) FILTER (WHERE r.status = 'CONFIRMED') AS confirmed,
           count(*) FILTER (WHERE r.status = 'WAITLISTED') AS waitlisted,
           count(*) FILTER (WHERE r.status = 'CANCELLED') AS cancelled,
           count(r.promoted_at) AS promoted,
           count(*) FILTER (WHERE r.status = 'CONFIRMED' AND r.mode = 'ON_SITE') AS on_site,
           count(*) FILTER (WHERE r.status = 'CONFIRMED' AND r.mode = 'LIVESTREAM') AS livestream,
           count(r.checked_in_at) AS attended,
           count(*) FILTER (WHERE r.status = 'CONFIRMED' AND r.mode = 'ON_SITE' AND r.checked_in_at IS NULL
                              AND e.event_date IS NOT NULL
                              AND ((e.event_date + coalesce(e.end_time, time '23:59:59')) AT TIME ZONE e.time_zone) < now()) AS no_show
      FROM registration r
      JOIN scope s ON s.tenant_id = r.tenant_id AND s.id = r.event_id
      JOIN event e ON e.tenant_id = r.tenant_id AND e.id = r.event_id
      LEFT JOIN workshop w ON w.tenant_id = r.tenant_id AND w.id = r.workshop_id
     WHERE NOT EXISTS (SELECT 1 FROM manual_figure m WHERE m.tenant_id = r.tenant_id AND m.event_id = r.event_id)
     GROUP BY GROUPING SETS ((r.tenant_id, r.event_id), (r.tenant_id, r.event_id, r.mode),
                             (r.tenant_id, r.event_id, r.sector), (r.tenant_id, r.event_id, coalesce(w.code, '')))
), figures AS (
    SELECT c.*, false AS manual, false AS illustrative FROM counted c
    UNION ALL
    SELECT m.tenant_id, m.event_id, m.dimension, m.dim_key, NULL, m.participants, NULL, NULL, NULL,
           CASE WHEN m.dimension = 'MODE' AND m.dim_key = 'ON_SITE' THEN m.participants END,
           CASE WHEN m.dimension = 'MODE' AND m.dim_key = 'LIVESTREAM' THEN m.participants END,
           m.participants, NULL, true, m.illustrative
      FROM manual_figure m JOIN scope s ON s.tenant_id = m.tenant_id AND s.id = m.event_id
)
SELECT e.tenant_id, t.name AS tenant_name, p.region, e.id AS event_id, e.slug AS event_slug, e.title_de AS event_title,
       e.event_date, es.slug AS series_slug, es.title_de AS series_title,
       f.dimension, f.dim_key, f.manual, f.illustrative,
       f.made, f.confirmed, f.waitlisted, f.cancelled, f.promoted, f.on_site, f.livestream, f.attended, f.no_show
  FROM figures f
  JOIN event e ON e.tenant_id = f.tenant_id AND e.id = f.event_id
  JOIN tenant t ON t.id = e.tenant_id
  LEFT JOIN tenant_profile p ON p.tenant_id = e.tenant_id
  LEFT JOIN event_series es ON es.tenant_id = e.tenant_id AND es.id = e.series_id;
SQL
}
# (c) the same figures from the same rows the function reads (registration_count) in one plain
# statement, as the superuser: what the function's own query costs without function, roles and row
# level security, with the function's settings (without them JIT alone took seconds on a busy machine)
kept_query() {
    cat <<SQL
SET jit = off; SET work_mem = '64MB';
$2
WITH scope AS MATERIALIZED (
    SELECT e.tenant_id, e.id AS event_id, e.slug, e.title_de, e.event_date,
           (SELECT t.name FROM tenant t WHERE t.id = e.tenant_id) AS tenant_name,
           (SELECT p.region FROM tenant_profile p WHERE p.tenant_id = e.tenant_id) AS region,
           (SELECT es.slug FROM event_series es WHERE es.tenant_id = e.tenant_id AND es.id = e.series_id) AS series_slug,
           (SELECT es.title_de FROM event_series es WHERE es.tenant_id = e.tenant_id AND es.id = e.series_id) AS series_title,
           EXISTS (SELECT 1 FROM manual_figure m WHERE m.tenant_id = e.tenant_id AND m.event_id = e.id) AS manual,
           coalesce(((e.event_date + coalesce(e.end_time, time '23:59:59')) AT TIME ZONE e.time_zone) < now(), false) AS over
      FROM event e
     WHERE e.tenant_id = '$1'
        OR (e.tenant_id, e.id) IN (SELECT ef.tenant_id, ef.event_id FROM event_funder ef
                                     JOIN funder f ON f.tenant_id = ef.tenant_id AND f.id = ef.funder_id
                                    WHERE f.ministry_tenant_id = '$1')
        OR (e.tenant_id, e.id) IN (SELECT h.tenant_id, h.event_id FROM event_host h WHERE h.ministry_tenant_id = '$1')
)
SELECT s.tenant_id, s.tenant_name, s.region, s.event_id, s.slug AS event_slug, s.title_de AS event_title, s.event_date,
       s.series_slug, s.series_title, f.*
  FROM scope s
 CROSS JOIN LATERAL (
    SELECT CASE WHEN GROUPING(c.mode) = 0 THEN 'MODE' WHEN GROUPING(c.sector) = 0 THEN 'SECTOR'
                WHEN GROUPING(coalesce(w.code, '')) = 0 THEN 'WORKSHOP' ELSE 'TOTAL' END AS dimension,
           coalesce(CASE WHEN GROUPING(c.mode) = 0 THEN c.mode WHEN GROUPING(c.sector) = 0 THEN c.sector
                         WHEN GROUPING(coalesce(w.code, '')) = 0 THEN coalesce(w.code, '') END, '') AS dim_key,
           false AS manual, false AS illustrative,
           coalesce(sum(c.made), 0) AS made, coalesce(sum(c.confirmed), 0) AS confirmed,
           coalesce(sum(c.waitlisted), 0) AS waitlisted, coalesce(sum(c.cancelled), 0) AS cancelled,
           coalesce(sum(c.promoted), 0) AS promoted,
           coalesce(sum(c.confirmed) FILTER (WHERE c.mode = 'ON_SITE'), 0) AS on_site,
           coalesce(sum(c.confirmed) FILTER (WHERE c.mode = 'LIVESTREAM'), 0) AS livestream,
           coalesce(sum(c.attended), 0) AS attended,
           coalesce(sum(c.absent) FILTER (WHERE c.mode = 'ON_SITE' AND s.over), 0) AS no_show
      FROM registration_count c
      LEFT JOIN workshop w ON w.tenant_id = c.tenant_id AND w.id = c.workshop_id
     WHERE c.tenant_id = s.tenant_id AND c.event_id = s.event_id AND c.made > 0
     GROUP BY GROUPING SETS ((), (c.mode), (c.sector), (coalesce(w.code, '')))
    HAVING NOT s.manual
    UNION ALL
    SELECT m.dimension, m.dim_key, true, m.illustrative, NULL, m.participants, NULL, NULL, NULL,
           CASE WHEN m.dimension = 'MODE' AND m.dim_key = 'ON_SITE' THEN m.participants END,
           CASE WHEN m.dimension = 'MODE' AND m.dim_key = 'LIVESTREAM' THEN m.participants END,
           m.participants, NULL
      FROM manual_figure m
     WHERE m.tenant_id = s.tenant_id AND m.event_id = s.event_id
 ) f;
SQL
}
# the same answer: rows and sums over every column, compared once per ministry before timing
CHECK="SELECT count(*) || ' rows, ' || count(DISTINCT event_id) || ' events, '
             || coalesce(sum(made) FILTER (WHERE dimension = 'TOTAL'), 0) || ' registrations counted, sums '
             || md5(string_agg(concat_ws('|', tenant_id, event_id, dimension, dim_key, manual, made, confirmed, waitlisted, cancelled,
                                         promoted, on_site, livestream, attended, no_show), ',' ORDER BY tenant_id, event_id, dimension, dim_key))
        FROM"
echo "-- same answer from all three (checked once per ministry, not timed):"
for m in "${MINISTRY_IDS[@]}"; do
    A="$(sql -c "SET ROLE $APP" -c "SELECT set_config('app.tenant_id', '$m', false)" -c "$CHECK ministry_figures('$m')" | tail -n 1)"
    B="$(sql -c "CREATE TEMP VIEW ref AS $(ref_query "$m" "" | sed '/^$/d')" -c "$CHECK ref" | tail -n 1)"
    C="$(sql -c "CREATE TEMP VIEW ref AS $(kept_query "$m" "" | sed '/^$/d; /^SET jit/d')" -c "$CHECK ref" | tail -n 1)"
    [ "$A" = "$B" ] || { echo "DIFFERENT ANSWER for $m: function $A, reference over the registrations $B" >&2; exit 1; }
    [ "$A" = "$C" ] || { echo "DIFFERENT ANSWER for $m: function $A, reference over the kept counts $C" >&2; exit 1; }
    echo "   $m: ${A% sums*}"
done

# ---------------------------------------------------------------- measurement
# Two figures per sample and path, (a), (b) and (c) taking turns at going first:
#  * server: "Execution Time" of EXPLAIN (ANALYZE, TIMING OFF): the database's work, no client;
#  * wall: date +%s%N around one psql process that runs the query and receives every row (to
#    /dev/null), minus the median wall time of the same psql process running SELECT 1 (process
#    and connection start-up; the SET ROLE / set_config of path (a) are in its baseline too).
exec_ms() { sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p' | tail -n 1; }
wall_ms() { local t0; t0="$(now_ns)"; sql -f - >/dev/null; echo "$(( ($(now_ns) - t0) / 1000 ))" | awk '{ printf "%.1f", $1 / 1000 }'; }
SAMPLES="$(mktemp)"
REFS="$(mktemp -d)"
trap 'rm -rf "$SAMPLES" "$REFS"' EXIT
# warm-up, not counted: caches, the function's first compilation
for m in "${MINISTRY_IDS[@]}"; do
    app_query "$m" "" | sql -f - >/dev/null; ref_query "$m" "" | sql -f - >/dev/null; kept_query "$m" "" | sql -f - >/dev/null
done
BASE_A=() BASE_B=()
for _ in 1 2 3 4 5 6 7; do
    BASE_A+=("$(app_query x "" | sed 's/SELECT \* FROM ministry_figures.*/SELECT 1;/' | wall_ms)")
    BASE_B+=("$(echo "SELECT 1;" | wall_ms)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
BASE_A_MS="$(median "${BASE_A[@]}")" BASE_B_MS="$(median "${BASE_B[@]}")"
echo "-- measuring ${#MINISTRY_IDS[@]} ministries x $REPEATS = $(( ${#MINISTRY_IDS[@]} * REPEATS )) samples per path; load average $(load)"
echo "   psql start-up (SELECT 1, median of 7): $BASE_A_MS ms with SET ROLE + set_config, $BASE_B_MS ms plain; subtracted from wall"
for rep in $(seq 1 "$REPEATS"); do
    for m in "${MINISTRY_IDS[@]}"; do
        case $((rep % 3)) in 1) order="a b c" ;; 2) order="b c a" ;; *) order="c a b" ;; esac
        for path in $order; do
            case "$path" in
                a) q=app_query base="$BASE_A_MS" ;; b) q=ref_query base="$BASE_B_MS" ;; *) q=kept_query base="$BASE_B_MS" ;;
            esac
            server="$("$q" "$m" "EXPLAIN (ANALYZE, TIMING OFF)" | sql -f - | exec_ms)"
            wall="$("$q" "$m" "" | wall_ms)"
            echo "$path $m $server $(awk -v w="$wall" -v b="$base" 'BEGIN { printf "%.1f", w - b }')" >>"$SAMPLES"
        done
    done
    echo "   round $rep/$REPEATS done, load average $(load)"
done

# percentile by nearest rank
pct() { awk -v path="$1" -v col="$2" '$1 == path { print $col }' "$SAMPLES" | sort -g |
            awk -v p="$3" '{ v[NR] = $1 } END { i = int(p / 100 * NR + 0.999999); if (i < 1) i = 1; printf "%.0f", v[i] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
SA50="$(pct a 3 50)" SA95="$(pct a 3 95)" SB50="$(pct b 3 50)" SB95="$(pct b 3 95)"
WA50="$(pct a 4 50)" WA95="$(pct a 4 95)" WB50="$(pct b 4 50)" WB95="$(pct b 4 95)"
SC50="$(pct c 3 50)" SC95="$(pct c 3 95)" WC50="$(pct c 4 50)" WC95="$(pct c 4 95)"
N_A="$(awk '$1 == "a"' "$SAMPLES" | wc -l)"

if [ -n "$EXPLAIN" ]; then
    m="${MINISTRY_IDS[0]}"
    echo
    echo "== plan of the query inside ministry_figures('$m'), as the application role calls it (auto_explain)"
    sql -c "LOAD 'auto_explain'" -c "SET auto_explain.log_min_duration = 0" -c "SET auto_explain.log_analyze = on" \
        -c "SET auto_explain.log_buffers = on" -c "SET auto_explain.log_nested_statements = on" -c "SET client_min_messages = log" \
        -c "SET ROLE $APP" -c "SELECT set_config('app.tenant_id', '$m', false)" -c "SELECT count(*) FROM ministry_figures('$m')" 2>&1 |
        sed -n '/Query Text: *WITH scope/,/^LOG: /p' | sed '$d'
fi

echo
echo "== ministry_figures: ${#MINISTRY_IDS[@]} ministries, $N_A samples per path, $(date -u '+%Y-%m-%d'), $(nproc) cores, load average now $(load)"
printf '%-40s %13s %15s %15s %7s %7s\n' "" "(a) function" "(b) SQL, rows" "(c) SQL, kept" "a / b" "a / c"
row() { printf '%-40s %13s %15s %15s %7s %7s\n' "$1" "$2" "$3" "$4" "$(ratio "$2" "$3")" "$(ratio "$2" "$4")"; }
row "server, Execution Time p50 (ms)" "$SA50" "$SB50" "$SC50"
row "server, Execution Time p95 (ms)" "$SA95" "$SB95" "$SC95"
row "wall, all rows to the client, p50 (ms)" "$WA50" "$WB50" "$WC50"
row "wall, all rows to the client, p95 (ms)" "$WA95" "$WB95" "$WC95"
echo "(a) SELECT * FROM ministry_figures(m) as $APP (SET ROLE, app.tenant_id = m), reading registration_count;"
echo "(b) one GROUPING SETS statement over the registrations as the superuser; (c) the same over registration_count."
echo "targets from the issue (not asserted): (a) p95 < 1000 ms; (a) <= 2 x plain SQL."
echo "   server p95: $SA95 ms, $(ratio "$SA95" "$SB95") x (b), $(ratio "$SA95" "$SC95") x (c);" \
     "wall p95: $WA95 ms, $(ratio "$WA95" "$WB95") x (b), $(ratio "$WA95" "$WC95") x (c)"
if [ -n "$GENERATE" ]; then echo "generation: $(awk -v m="$GEN_MS" 'BEGIN { printf "%.1f s", m / 1000 }')"; fi

# ---------------------------------------------------------------- the page path
# What an analyst waits for: the page's query (MinistryReports.FIGURES_QUERY as the application role)
# with every row fetched, then MinistryReports.build (nine tables, each through SmallCells), timed in
# one JVM next to the reference (b) over the same registrations, both over JDBC in the same run.
if [ -n "$PAGE" ]; then
    ROOT="$HERE/.."
    echo
    echo "== the ministry page's path (bench/MinistryPage.java), load average $(load)"
    (cd "$ROOT" && ./mvnw -B -o -q -pl ejb -am compile >/dev/null) || { echo "ejb does not compile" >&2; exit 1; }
    PG_VERSION="$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$ROOT/pom.xml")"
    M2="${M2_REPO:-$HOME/.m2/repository}"
    CP="$ROOT/ejb/target/classes:$M2/org/postgresql/postgresql/$PG_VERSION/postgresql-$PG_VERSION.jar"
    CP="$CP:$M2/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar"
    for m in "${MINISTRY_IDS[@]}"; do ref_query "$m" "" >"$REFS/$m.sql"; done
    conn() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$CONNINFO"; }
    JDBC="jdbc:postgresql://$(conn host):$(conn port)/$DB?user=$(conn user)"
    java -XX:+UseSerialGC -Xmx1g -cp "$CP" "$HERE/MinistryPage.java" "$JDBC" "$APP" "$REPEATS" "$REFS" "${MINISTRY_IDS[@]}"
    echo "load average now $(load); targets from the issue (not asserted): page p95 < 1000 ms and <= 2 x plain SQL"
fi
