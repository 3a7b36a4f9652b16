#!/usr/bin/env bash
# Benchmark (not a test; CI never runs it): registrations per second through the JSON API of a
# running Fachtag for one event, and the TPS of the same SQL statements through pgbench against
# the same database, so the ratio says how much of the database's limit the application reaches.
# Usage and figures: bench/README.md.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: bench/registrations.sh [-u BASE_URL] [-t TENANT] [-e EVENT] [-n N] [-c CLIENTS] [-d CONNINFO] [-w WORKSHOPS]

  -u BASE_URL   the running instance (default http://localhost:8080)
  -t TENANT     tenant slug (default mittelsachsen)
  -e EVENT      slug of a published event open for on-site registration (required)
  -n N          registrations to fire (default 500)
  -c CLIENTS    concurrent clients, for the API and for pgbench alike (default 16)
  -d CONNINFO   libpq connection to the same database as a role that may read and write the
                registration tables (default: host=127.0.0.1 port=5432 dbname=fachtag user=postgres)
  -w WORKSHOPS  comma-separated workshop codes to spread the registrations over, when the event has workshops
  -k KEYS       comma-separated consent keys to tick (default: those a 422 names)
  -P            pgbench only (no API run), e.g. to measure the database alone
  -K            keep the earlier runs' bench registrations in the event
  -W WARMUP     registrations fired first and not counted, to warm the instance's JIT up
                (default 3000; deleted before the measured run unless -K; 0 for none)

The instance needs FACHTAG_REGISTRATION_RATE_LIMIT=0, or the per-address limit answers 429.
Every registration stays in the event (mail addresses bench-<run>-<i>@bench.invalid) until the
next run, which first deletes the earlier runs' (with their links, consents and mails): pgbench
works on a scratch copy of the event that starts empty and is deleted afterwards, so the API
starts from the same empty queue. Otherwise every run would count seats and queue positions over
all earlier runs' registrations, and the comparison would drift with each run (-K keeps them).
USAGE
}

BASE_URL=http://localhost:8080 TENANT=mittelsachsen EVENT="" N=500 CLIENTS=16
CONNINFO="host=127.0.0.1 port=5432 dbname=fachtag user=postgres" WORKSHOPS="" KEYS="" API=yes KEEP="" WARMUP=3000
while getopts "u:t:e:n:c:d:w:k:W:PKh" opt; do
    case "$opt" in
        u) BASE_URL="$OPTARG" ;; t) TENANT="$OPTARG" ;; e) EVENT="$OPTARG" ;; n) N="$OPTARG" ;;
        c) CLIENTS="$OPTARG" ;; d) CONNINFO="$OPTARG" ;; w) WORKSHOPS="$OPTARG" ;; k) KEYS="$OPTARG" ;; P) API="" ;; K) KEEP=yes ;; W) WARMUP="$OPTARG" ;;
        h) usage; exit 0 ;; *) usage >&2; exit 2 ;;
    esac
done
[ -n "$EVENT" ] || { usage >&2; exit 2; }
[[ "$TENANT$EVENT" =~ ^[a-z0-9-]+$ ]] || { echo "tenant and event are slugs" >&2; exit 2; }
[[ "$N$CLIENTS$WARMUP" =~ ^[0-9]+$ ]] || { echo "N, CLIENTS and WARMUP are numbers" >&2; exit 2; }

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PGBENCH="$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -n 1 || true)"
[ -x "$PGBENCH" ] || { echo "pgbench not found (it comes with PostgreSQL's client or server package)" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql not found" >&2; exit 1; }
command -v java >/dev/null || { echo "java not found" >&2; exit 1; }

RUN="$(date +%s)-$$"
sql() { psql "$CONNINFO" -X -q -v ON_ERROR_STOP=1 -At -c "SET app.tenant_id = '$TENANT'" -c "$1"; }

EVENT_ID="$(sql "SELECT id FROM event WHERE tenant_id = '$TENANT' AND slug = '$EVENT'")"
[ -n "$EVENT_ID" ] || { echo "No event $TENANT/$EVENT in the database ($CONNINFO)" >&2; exit 1; }
figures() {
    sql "SELECT coalesce(e.seats::text, 'unlimited') || ' ' || count(r.*) FILTER (WHERE r.status = 'CONFIRMED' AND r.mode = 'ON_SITE')
                || ' ' || count(r.*) FILTER (WHERE r.status = 'WAITLISTED') || ' ' || count(r.*)
         FROM event e LEFT JOIN registration r ON r.tenant_id = e.tenant_id AND r.event_id = e.id
         WHERE e.id = '$EVENT_ID' GROUP BY e.seats"
}
# A fresh instance compiles its hot paths for a while: the first thousands of registrations ran
# at half the speed of later ones (2026-12-07). The warm-up's registrations go like the others.
if [ -n "$API" ] && [ "$WARMUP" -gt 0 ]; then
    echo "Warming up with $WARMUP registrations (not counted)..."
    java "$HERE/RegistrationLoad.java" "$BASE_URL" "$TENANT" "$EVENT" "$WARMUP" "$CLIENTS" "warm-$RUN" "$KEYS" "$WORKSHOPS" |
        grep '^RESULT' | sed 's/^RESULT/warm-up:/'
fi
# Deletes the registrations of the tenant that the condition $1 selects, with their private
# links, consent records and mails; prints how many.
delete_registrations() {
    sql "CREATE TEMP TABLE gone AS SELECT tenant_id, id FROM registration WHERE tenant_id = '$TENANT' AND $1;
         DELETE FROM registration_link l USING gone g WHERE l.tenant_id = g.tenant_id AND l.registration_id = g.id;
         DELETE FROM outbox_mail m USING gone g WHERE m.tenant_id = g.tenant_id AND m.registration_id = g.id;
         DELETE FROM consent_record c USING gone g WHERE c.tenant_id = g.tenant_id AND c.registration_id = g.id;
         DELETE FROM registration r USING gone g WHERE r.tenant_id = g.tenant_id AND r.id = g.id;
         SELECT count(*) FROM gone"
}
if [ -n "$API" ] && [ -z "$KEEP" ]; then
    GONE="$(delete_registrations "event_id = '$EVENT_ID' AND email_key LIKE 'bench-%@bench.invalid'")"
    echo "Deleted the earlier runs' $GONE bench registrations of the event (-K keeps them)"
fi
read -r SEATS CONFIRMED0 WAITING0 TOTAL0 <<<"$(figures)"
echo "Event $TENANT/$EVENT: $SEATS on-site seats; before: $CONFIRMED0 confirmed, $WAITING0 waitlisted, $TOTAL0 registrations"

# ---------------------------------------------------------------- the API
API_OUT="$(mktemp)"
trap 'rm -f "$API_OUT" "${SCRIPT:-}"' EXIT
RPS=n/a P50=n/a P99=n/a
if [ -n "$API" ]; then
    java "$HERE/RegistrationLoad.java" "$BASE_URL" "$TENANT" "$EVENT" "$N" "$CLIENTS" "$RUN" "$KEYS" "$WORKSHOPS" | tee "$API_OUT"
    read -r RPS P50 P99 <<<"$(sed -n 's/^RESULT rps=\([^ ]*\) p50=\([^ ]*\) p99=\([^ ]*\) .*/\1 \2 \3/p' "$API_OUT")"
fi
read -r SEATS CONFIRMED WAITING TOTAL <<<"$(figures)"
echo "Database after: $CONFIRMED confirmed on site for $SEATS seats, $WAITING waitlisted, $TOTAL registrations"
if [ "$SEATS" != unlimited ] && [ "$CONFIRMED" -gt "$SEATS" ]; then
    echo "OVERBOOKED: $CONFIRMED confirmed for $SEATS seats" >&2
fi

# ---------------------------------------------------------------- pgbench
# A scratch copy of the event (a draft, its own id and slug) with one consent text, so that the
# statements run against the same tables and indexes without adding rows to the real event.
SCRATCH="$(sql "CREATE TEMP TABLE scratch AS SELECT * FROM event WHERE id = '$EVENT_ID';
               UPDATE scratch SET id = gen_random_uuid(), slug = left(slug, 40) || '-pgbench-' || (extract(epoch FROM now())::bigint % 100000), state = 'DRAFT';
               INSERT INTO event SELECT * FROM scratch RETURNING id")"
cleanup_scratch() {
    delete_registrations "event_id = '$SCRATCH'" >/dev/null
    sql "DELETE FROM consent_text WHERE event_id = '$SCRATCH';
         DELETE FROM event WHERE id = '$SCRATCH'" >/dev/null
}
trap 'cleanup_scratch; rm -f "$API_OUT" "${SCRIPT:-}"' EXIT
CONSENT_TEXT="$(sql "INSERT INTO consent_text (tenant_id, id, event_id, key, version, kind, purpose, label_de)
                    VALUES ('$TENANT', gen_random_uuid(), '$SCRATCH', 'privacy', 1, 'ACKNOWLEDGEMENT', 'PRIVACY', 'Datenschutz (pgbench)')
                    RETURNING id")"

SCRIPT="$(mktemp --suffix=.sql)"
# What one registration does in RegistrationService.place, as SQL: bind the tenant, take the
# event's seat lock with a timeout (SeatLock: seat_lock, V45), look for the address, count the confirmed seats, insert the
# registration (arrival from the sequence), its private link's hash, its consent record and its
# outbox mail, commit.
cat >"$SCRIPT" <<SQL
\set n random(1, 2000000000)
BEGIN;
SELECT set_config('app.tenant_id', '$TENANT', true);
SELECT seat_lock('seats:$SCRATCH', 10);
SELECT id FROM registration WHERE tenant_id = '$TENANT' AND event_id = '$SCRATCH' AND email_key = 'pgbench-' || :client_id || '-' || :n || '@bench.invalid';
SELECT count(*) FROM registration WHERE tenant_id = '$TENANT' AND event_id = '$SCRATCH' AND status = 'CONFIRMED' AND mode = 'ON_SITE';
INSERT INTO registration (tenant_id, id, event_id, arrival, status, mode, channel, language, sector, name, email, email_key,
        organisation, checkin_code, registered_at, updated_at)
    VALUES ('$TENANT', md5('$RUN-' || :client_id || '-' || :n)::uuid, '$SCRATCH', nextval('registration_arrival'), 'WAITLISTED',
        'ON_SITE', 'API', 'de', 'ADMINISTRATION', 'Bench ' || :n, 'pgbench-' || :client_id || '-' || :n || '@bench.invalid',
        'pgbench-' || :client_id || '-' || :n || '@bench.invalid', 'Lasttest', upper(substr(md5(random()::text), 1, 10)), now(), now());
INSERT INTO registration_link (tenant_id, id, registration_id, token_hash, created_at)
    VALUES ('$TENANT', gen_random_uuid(), md5('$RUN-' || :client_id || '-' || :n)::uuid,
        encode(sha256(('$RUN' || :n || random())::bytea), 'hex'), now());
INSERT INTO consent_record (tenant_id, id, registration_id, consent_text_id, granted, channel, recorded_at)
    VALUES ('$TENANT', gen_random_uuid(), md5('$RUN-' || :client_id || '-' || :n)::uuid, '$CONSENT_TEXT', true, 'API', now());
INSERT INTO outbox_mail (tenant_id, id, registration_id, kind, recipient, language, subject, body_text)
    VALUES ('$TENANT', gen_random_uuid(), md5('$RUN-' || :client_id || '-' || :n)::uuid, 'CONFIRMATION',
        'pgbench-' || :client_id || '-' || :n || '@bench.invalid', 'de', 'Anmeldung', 'Ihre Anmeldung');
END;
SQL
PER_CLIENT=$(( (N + CLIENTS - 1) / CLIENTS ))
THREADS=$(( CLIENTS < $(nproc) ? CLIENTS : $(nproc) ))
PGB_OUT="$("$PGBENCH" -n -r -f "$SCRIPT" -c "$CLIENTS" -j "$THREADS" -t "$PER_CLIENT" "$CONNINFO" 2>&1)" ||
    { echo "$PGB_OUT" >&2; exit 1; }
TPS="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$PGB_OUT" | head -n 1)"
PGB_LAT="$(sed -n 's/^latency average = \(.*\)$/\1/p' <<<"$PGB_OUT")"
echo "pgbench: $((PER_CLIENT * CLIENTS)) transactions, $CLIENTS clients: $TPS TPS, latency average $PGB_LAT"

echo
echo "== $TENANT/$EVENT, $N registrations, $CLIENTS clients"
printf '%-34s %s\n' "API registrations/s" "$RPS" "API latency p50 / p99 (ms)" "$P50 / $P99" \
    "confirmed / on-site seats" "$CONFIRMED / $SEATS" "pgbench TPS (same statements)" "$TPS" \
    "API / pgbench" "$(awk -v a="$RPS" -v b="$TPS" 'BEGIN { if (b > 0 && a + 0 > 0) printf "%.1f %%", 100 * a / b; else print "n/a" }')"
