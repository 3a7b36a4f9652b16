#!/usr/bin/env bash
# Benchmark (not a test; CI never runs it): two Fachtag instances in one Payara Micro cluster on
# one database, against one instance of the same cluster, for registrations through the JSON API:
# one event (every registration contends for one seat lock) and 100 events (spread). Prints per
# run the registrations per second, the latencies, and confirmed against seats for every event.
#
# It starts everything itself with ./fachtag start: instance A with the embedded PostgreSQL,
# instance B on A's database (the passwords from A's secrets.env), both members of one cluster
# (FACHTAG_CLUSTER=tcpip:...), the events as tenant files of the demo district. Usage and how to
# read the figures: bench/README.md ("Two instances").
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: bench/cluster.sh [-p PORT] [-g GRID_PORT] [-b DB_PORT] [-d DIR] [-n N] [-c CLIENTS] [-s SEATS] [-e EVENTS]

  -p PORT       HTTP port of instance A; B takes PORT+1 (default 8080)
  -g GRID_PORT  data grid port of A; B takes GRID_PORT+1 (default 6900)
  -b DB_PORT    port of the embedded PostgreSQL (default 55432)
  -d DIR        work directory: data of A and B, tenant files, logs (default ./bench-cluster);
                emptied first
  -n N          registrations per run (default 400)
  -c CLIENTS    concurrent clients (default 16)
  -s SEATS      on-site seats of each event (default 12)
  -e EVENTS     events of the "many events" runs (default 100)

Four runs, each on fresh events: one event / one instance, one event / two instances, EVENTS
events / one instance, EVENTS events / two instances. The registration rate limit is off; no
SMTP server, so mails wait in the outbox.
USAGE
}

PORT=8080 GRID=6900 DB_PORT=55432 DIR=./bench-cluster N=400 CLIENTS=16 SEATS=12 EVENTS=100
while getopts "p:g:b:d:n:c:s:e:h" opt; do
    case "$opt" in
        p) PORT="$OPTARG" ;; g) GRID="$OPTARG" ;; b) DB_PORT="$OPTARG" ;; d) DIR="$OPTARG" ;; n) N="$OPTARG" ;;
        c) CLIENTS="$OPTARG" ;; s) SEATS="$OPTARG" ;; e) EVENTS="$OPTARG" ;; h) usage; exit 0 ;; *) usage >&2; exit 2 ;;
    esac
done
for v in "$PORT" "$GRID" "$DB_PORT" "$N" "$CLIENTS" "$SEATS" "$EVENTS"; do
    [[ "$v" =~ ^[0-9]+$ ]] || { echo "numbers only: $v" >&2; exit 2; }
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
# shellcheck source=scripts/common.sh
source "$ROOT/scripts/common.sh"
require_java
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
rm -rf "$DIR/a" "$DIR/b" "$DIR/tenants" "$DIR/logs"
mkdir -p "$DIR/a" "$DIR/b" "$DIR/tenants/events" "$DIR/logs"
PORT_B=$((PORT + 1))

# ---------------------------------------------------------------- the events, as tenant files
DAY="$(date -d '+60 days' +%F)"
CLOSES="$(date -d '+59 days' +%F)"
event_file() { # slug title
    cat >"$DIR/tenants/events/$1.yaml" <<YAML
# bench/cluster.sh: written at run time
tenant: mittelsachsen
slug: $1
title:
  de: $2
date: $DAY
start: "09:00"
end: "16:00"
venue:
  city: Freiberg
format: ON_SITE
registration:
  closes: "$CLOSES 23:59"
  seats: $SEATS
state: PUBLISHED
YAML
}
ONE_A=bench-one-single ONE_B=bench-one-cluster
event_file "$ONE_A" "Lasttest, ein Fachtag, eine Instanz"
event_file "$ONE_B" "Lasttest, ein Fachtag, zwei Instanzen"
MANY_A="" MANY_B=""
for i in $(seq -w 1 "$EVENTS"); do
    event_file "bench-many-single-$i" "Lasttest $i, eine Instanz"
    event_file "bench-many-cluster-$i" "Lasttest $i, zwei Instanzen"
    MANY_A+="${MANY_A:+,}bench-many-single-$i"
    MANY_B+="${MANY_B:+,}bench-many-cluster-$i"
done

# ---------------------------------------------------------------- two members of one cluster
SECRET="$(random_secret 32)"
export FACHTAG_CLUSTER="tcpip:127.0.0.1:$GRID,127.0.0.1:$((GRID + 1))" FACHTAG_CLUSTER_SECRET="$SECRET"
export FACHTAG_CLUSTER_NAME="fachtag-bench" FACHTAG_CLUSTER_INTERFACES=127.0.0.1
export FACHTAG_TENANT_DIR="$DIR/tenants" FACHTAG_REGISTRATION_RATE_LIMIT=0 FACHTAG_DEMO=true
export FACHTAG_JAVA_OPTS="${FACHTAG_JAVA_OPTS:--Xmx512m}"
unset FACHTAG_SMTP_HOST FACHTAG_DB_URL

PIDS=()
stop_all() {
    local pid
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT

await() { # port log pid
    local waited=0
    until [ "$(http_status "$1" /health/ready)" = 200 ]; do
        kill -0 "$3" 2>/dev/null || { tail -n 30 "$2" >&2; die "the instance on port $1 stopped while starting ($2)"; }
        [ "$waited" -lt 600 ] || die "the instance on port $1 was not ready after 600 s ($2)"
        sleep 1
        waited=$((waited + 1))
    done
}

say "Starting instance A on port $PORT (embedded PostgreSQL on $DB_PORT, data grid $GRID)..."
FACHTAG_HTTP_PORT=$PORT FACHTAG_DATA_DIR="$DIR/a" FACHTAG_EMBEDDED_DB_PORT=$DB_PORT FACHTAG_CLUSTER_PORT=$GRID \
    FACHTAG_INSTANCE_NAME=bench-a "$ROOT/fachtag" start >"$DIR/logs/a.out" 2>&1 </dev/null &
PIDS+=($!)
await "$PORT" "$DIR/logs/a.out" "${PIDS[0]}"
secret_of() { sed -n "s/^$1=//p" "$DIR/a/secrets.env" | tail -n 1; }
say "Starting instance B on port $PORT_B (A's database, data grid $((GRID + 1)))..."
FACHTAG_HTTP_PORT=$PORT_B FACHTAG_DATA_DIR="$DIR/b" FACHTAG_CLUSTER_PORT=$((GRID + 1)) FACHTAG_INSTANCE_NAME=bench-b \
    FACHTAG_DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/fachtag" \
    FACHTAG_DB_OWNER=fachtag_owner FACHTAG_DB_OWNER_PASSWORD="$(secret_of EMBEDDED_PG_OWNER_PASSWORD)" \
    FACHTAG_DB_USER=fachtag_app FACHTAG_DB_PASSWORD="$(secret_of EMBEDDED_PG_APP_PASSWORD)" \
    FACHTAG_DEMO_PASSWORD="${FACHTAG_DEMO_PASSWORD:-$(head -n 1 "$DIR/a/demo-password")}" \
    "$ROOT/fachtag" start >"$DIR/logs/b.out" 2>&1 </dev/null &
PIDS+=($!)
await "$PORT_B" "$DIR/logs/b.out" "${PIDS[1]}"
MEMBERS="$(grep -h -o 'DG Size: [0-9]*' "$DIR/a/logs/payara.log" "$DIR/b/logs/payara.log" 2>/dev/null | tail -n 1 || true)"
say "Both ready; data grid: ${MEMBERS:-member count not found in the logs}"

# ---------------------------------------------------------------- the runs
A="http://127.0.0.1:$PORT" B="http://127.0.0.1:$PORT_B"
PG_JDBC="$(tr ':' '\n' <"$DIR/a/runtime/runtime-artifacts.txt" | grep '/postgresql-[0-9.]*\.jar$' | head -n 1)"
[ -f "$PG_JDBC" ] || die "no PostgreSQL JDBC driver in $DIR/a/runtime/runtime-artifacts.txt"
seats() { # comma-separated events -> "events seats confirmed waitlisted overbooked-events"
    FIGURES_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/fachtag" FIGURES_USER=fachtag_app \
        FIGURES_PASSWORD="$(secret_of EMBEDDED_PG_APP_PASSWORD)" "$JAVA" -cp "$PG_JDBC" "$HERE/SeatFigures.java" mittelsachsen "$1"
}
RESULTS=()
run() { # label bases events
    local out rps p50 p99 figures
    say ""
    say "== $1"
    "$JAVA" "$HERE/RegistrationLoad.java" "$2" mittelsachsen "$3" "$N" "$CLIENTS" "$(date +%s)-$RANDOM" | tee "$DIR/logs/run.txt"
    out="$(cat "$DIR/logs/run.txt")"
    read -r rps p50 p99 <<<"$(sed -n 's/^RESULT rps=\([^ ]*\) p50=\([^ ]*\) p99=\([^ ]*\) .*/\1 \2 \3/p' <<<"$out")"
    figures="$(seats "$3")"
    say "seats: $figures"
    RESULTS+=("$(printf '%-36s %8s %9s %9s   %s' "$1" "$rps" "$p50" "$p99" "$figures")")
}
run "one event, instance A" "$A" "$ONE_A"
run "one event, A and B" "$A,$B" "$ONE_B"
run "$EVENTS events, instance A" "$A" "$MANY_A"
run "$EVENTS events, A and B" "$A,$B" "$MANY_B"

say ""
say "== $N registrations per run, $CLIENTS clients, $SEATS seats per event ($(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg))"
printf '%-36s %8s %9s %9s   %s\n' "run" "reg/s" "p50 ms" "p99 ms" "events: seats, confirmed, waitlisted, overbooked events"
printf '%s\n' "${RESULTS[@]}"
if printf '%s\n' "${RESULTS[@]}" | grep -q 'overbooked [1-9]'; then
    die "OVERBOOKED: an event has more confirmed registrations than seats"
fi
