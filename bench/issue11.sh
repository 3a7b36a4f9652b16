#!/usr/bin/env bash
# Benchmark (not a test; CI never runs it): every figure issue 11 sets a target for, in one run,
# each beside its reference measured in the same run, as one table. It runs the other scripts:
# registrations.sh at 4 and at 16 clients (pgbench on the same statements), public-pages.sh for
# the public pages (a static file of the same server) and for the start (an empty Payara Micro).
#
# Needs a running `FACHTAG_REGISTRATION_RATE_LIMIT=0 ./fachtag start` (the demo, its embedded
# PostgreSQL) and the built WAR. Usage and the latest figures: bench/README.md ("All of issue 11").
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: bench/issue11.sh [-D DATA_DIR] [-u BASE_URL] [-n N] [-d DURATION]

  -D DATA_DIR   the data directory of the running ./fachtag start (default: data); its
                secrets.env gives the embedded PostgreSQL's passwords
  -u BASE_URL   the running instance (default http://localhost:8080)
  -n N          registrations per client count (default 800; each run warms up with 3,000 first)
  -d DURATION   seconds per public page (default 8)
USAGE
}

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
DATA="$ROOT/data" BASE_URL=http://localhost:8080 N=800 DURATION=8
while getopts "D:u:n:d:h" opt; do
    case "$opt" in
        D) DATA="$OPTARG" ;; u) BASE_URL="${OPTARG%/}" ;; n) N="$OPTARG" ;; d) DURATION="$OPTARG" ;;
        h) usage; exit 0 ;; *) usage >&2; exit 2 ;;
    esac
done
[[ "$N$DURATION" =~ ^[0-9]+$ ]] || { echo "N and DURATION are numbers" >&2; exit 2; }
SECRETS="$DATA/secrets.env"
[ -r "$SECRETS" ] || { echo "No $SECRETS: start ./fachtag start first (or give its data directory with -D)" >&2; exit 1; }
secret() { sed -n "s/^$1=//p" "$SECRETS" | head -n 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/health/ready" || true)" = 200 ] \
    || { echo "$BASE_URL/health/ready does not answer 200: is ./fachtag start running?" >&2; exit 1; }

# the measured start shares the database: with another demo password it would reset the demo
# accounts of the running instance, so it takes the one that instance uses
DEMO_PASSWORD="${FACHTAG_DEMO_PASSWORD:-$(head -n 1 "$DATA/demo-password" 2>/dev/null || true)}"
[ -n "$DEMO_PASSWORD" ] || { echo "No demo password: set FACHTAG_DEMO_PASSWORD as for ./fachtag start, or keep $DATA/demo-password" >&2; exit 1; }

PG_PORT="${FACHTAG_PG_PORT:-55432}"
CONNINFO="host=127.0.0.1 port=$PG_PORT dbname=fachtag user=postgres password=$(secret EMBEDDED_PG_SUPERUSER_PASSWORD)"
EVENT=fachtag-integration-2027
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

echo "# issue 11, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for clients in 4 16; do
    echo "registrations, $clients clients..." >&2
    "$HERE/registrations.sh" -u "$BASE_URL" -e "$EVENT" -n "$N" -c "$clients" -w 1,2,3 -d "$CONNINFO" \
        >"$OUT/reg-$clients" 2>&1 || { cat "$OUT/reg-$clients" >&2; exit 1; }
done
echo "public pages..." >&2
"$HERE/public-pages.sh" -u "$BASE_URL" -d "$DURATION" >"$OUT/pages" 2>&1 || { cat "$OUT/pages" >&2; exit 1; }
echo "start..." >&2
FACHTAG_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/fachtag" \
    FACHTAG_DB_USER=fachtag_app FACHTAG_DB_PASSWORD="$(secret EMBEDDED_PG_APP_PASSWORD)" \
    FACHTAG_DB_OWNER=fachtag_owner FACHTAG_DB_OWNER_PASSWORD="$(secret EMBEDDED_PG_OWNER_PASSWORD)" \
    FACHTAG_DEMO=true FACHTAG_DEMO_PASSWORD="$DEMO_PASSWORD" \
    FACHTAG_DATA_DIR="$OUT/start-data" \
    "$HERE/public-pages.sh" -P >"$OUT/start" 2>&1 || { cat "$OUT/start" >&2; exit 1; }

# ------------------------------------------------------------------ the table

value() { awk -v k="$2" 'index($0, k) == 1 { v = substr($0, length(k) + 1); sub(/^ +/, "", v); print v; exit }' "$1"; }
met() { awk -v a="$1" -v b="$2" -v op="$3" 'BEGIN {
    if (a == "" || b == "") { print "?"; exit }
    ok = (op == ">=") ? (a + 0 >= b + 0) : (op == "<") ? (a + 0 < b + 0) : (a + 0 <= b + 0)
    print ok ? "met" : "missed" }'; }
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@"; }

echo
row "what" "figure" "reference, same run" "ratio" "target" "verdict"
row "---" "---" "---" "---" "---" "---"
for clients in 4 16; do
    f="$OUT/reg-$clients"
    rps="$(value "$f" "API registrations/s")" tps="$(value "$f" "pgbench TPS (same statements)")"
    pct="$(value "$f" "API / pgbench" | tr -d ' %')" seats="$(value "$f" "confirmed / on-site seats")"
    lat="$(value "$f" "API latency p50 / p99 (ms)")"
    row "registrations, $clients clients (seats: $seats)" "$rps/s (p50 / p99 $lat ms)" "pgbench $tps TPS" "$pct %" \
        "≥ 50 %" "$(met "$pct" 50 ">=")"
done
static=""
while read -r line; do
    case "$line" in
        "static CSS"*) static="$(awk '{print $4}' <<<"$line")" ;;
        "tenant home"* | "event page"* | "programme PDF"* | "calendar .ics"* | "event JSON"*)
            name="$(awk '{print $1, $2}' <<<"$line")"
            rps="$(awk '{print $4}' <<<"$line")" p99="$(awk '{print $6}' <<<"$line")"
            pct="$(awk '{print $7}' <<<"$line")" session="$(awk '{print $10}' <<<"$line")"
            verdict="$(met "$pct" 50 ">=") / p99 $(met "$p99" 50 "<") / session ${session:-?}"
            row "$name, 32 connections" "$rps/s, p99 $p99 ms" "static CSS $static/s" "$pct %" \
                "≥ 50 %, p99 < 50 ms, no session" "$verdict" ;;
    esac
done <"$OUT/pages"
start="$(grep '^start:' "$OUT/start" || true)"
empty="$(sed -n 's/.*empty Payara Micro \([0-9.]*\) s.*/\1/p' <<<"$start")"
first="$(sed -n 's/.*ready \([0-9.]*\) s on a first start (ratio \([0-9.]*\)).*/\1 \2/p' <<<"$start")"
later="$(sed -n 's/.*, \([0-9.]*\) s with the class archive of .\/fachtag start (ratio \([0-9.]*\)).*/\1 \2/p' <<<"$start")"
row "start, ready (first start)" "${first% *} s" "empty Payara Micro $empty s" "${first#* }×" "≤ 2×" \
    "$(met "${first#* }" 2 "<=")"
row "start, ready (with the class archive)" "${later% *} s" "empty Payara Micro $empty s" "${later#* }×" "≤ 2×" \
    "$(met "${later#* }" 2 "<=")"
echo
echo "CI (≤ 7 min) is measured by a clean clone's CI=true .ci/run, not here."
