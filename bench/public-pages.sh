#!/usr/bin/env bash
# Benchmark (not a test; CI never runs it): the public pages of a running Fachtag under wrk
# (32 connections, 10 s each) beside a static file of the same server, and the start time of
# Payara Micro with the WAR beside an empty Payara Micro. Usage and figures: bench/README.md.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: bench/public-pages.sh [-u BASE_URL] [-t TENANT] [-e EVENT] [-c CONNECTIONS] [-d DURATION] [-S] [-P]

  -u BASE_URL     the running instance (default http://localhost:8080)
  -t TENANT       tenant slug (default mittelsachsen)
  -e EVENT        slug of a published event (default fachtag-integration-2027)
  -c CONNECTIONS  wrk connections (default 32; wrk threads: 2)
  -d DURATION      seconds per URL (default 10)
  -S              also measure the start: Payara Micro with web/target/fachtag.war until
                  /health/ready answers 200 (a first start, then one with the class data
                  sharing archive the first wrote, as ./fachtag start does), and an empty
                  Payara Micro until its port answers, one after the other on free ports
                  (the WAR needs FACHTAG_DB_URL, _USER, _PASSWORD, _OWNER, _OWNER_PASSWORD
                  of a database in the environment)
  -P              start only, no page measurement
USAGE
}

BASE_URL=http://localhost:8080 TENANT=mittelsachsen EVENT=fachtag-integration-2027 CONNECTIONS=32 DURATION=10
START="" PAGES=yes
while getopts "u:t:e:c:d:SPh" opt; do
    case "$opt" in
        u) BASE_URL="${OPTARG%/}" ;; t) TENANT="$OPTARG" ;; e) EVENT="$OPTARG" ;; c) CONNECTIONS="$OPTARG" ;;
        d) DURATION="$OPTARG" ;; S) START=yes ;; P) PAGES="" START=yes ;;
        h) usage; exit 0 ;; *) usage >&2; exit 2 ;;
    esac
done
[[ "$TENANT$EVENT" =~ ^[a-z0-9-]+$ ]] || { echo "tenant and event are slugs" >&2; exit 2; }
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "$PAGES" ]; then
    command -v wrk >/dev/null || { echo "wrk not found (Debian: apt-get install wrk)" >&2; exit 1; }
    # name|path; the static file is served by the container's default servlet, no Faces, no filter work
    URLS=(
        "static CSS|/resources/fachtag/fachtag.css"
        "tenant home|/t/$TENANT/"
        "event page|/t/$TENANT/e/$EVENT"
        "programme PDF|/t/$TENANT/e/$EVENT.pdf"
        "calendar .ics|/t/$TENANT/e/$EVENT.ics"
        "event JSON|/api/v1/tenants/$TENANT/events/$EVENT"
    )
    printf '%-15s %9s %10s %9s %9s %10s %s\n' "page" "bytes" "req/s" "p50 ms" "p99 ms" "% static" "cache / session"
    STATIC_RPS=""
    for entry in "${URLS[@]}"; do
        name="${entry%%|*}" path="${entry#*|}"
        headers="$(curl -s -o /tmp/public-pages.body -D - "$BASE_URL$path")"
        bytes="$(wc -c </tmp/public-pages.body)"
        status="$(head -n1 <<<"$headers" | awk '{print $2}')"
        [ "$status" = 200 ] || { echo "$BASE_URL$path answered $status" >&2; exit 1; }
        curl -s -o /dev/null "$BASE_URL$path" # fills the cache
        cache="$(curl -s -o /dev/null -D - "$BASE_URL$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-fachtag-cache"{print $2}')"
        session="$(grep -ci '^set-cookie: FACHTAG_SESSION' <<<"$headers" || true)"
        out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE_URL$path")"
        rps="$(awk '/^Requests\/sec:/{print $2}' <<<"$out")"
        p50="$(awk '$1=="50%"{print $2}' <<<"$out")" p99="$(awk '$1=="99%"{print $2}' <<<"$out")"
        ms() { awk -v v="$1" 'BEGIN{ if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else if (v ~ /s$/) printf "%.2f", v*1000; else print v }'; }
        [ -n "$STATIC_RPS" ] || STATIC_RPS="$rps"
        pct="$(awk -v a="$rps" -v b="$STATIC_RPS" 'BEGIN{printf "%.1f", 100*a/b}')"
        errors="$(awk '/Non-2xx|Socket errors/' <<<"$out" | tr '\n' ' ')"
        printf '%-15s %9s %10s %9s %9s %10s %s %s\n' "$name" "$bytes" "$rps" "$(ms "$p50")" "$(ms "$p99")" "$pct" \
            "${cache:--} / $([ "$session" = 0 ] && echo none || echo SESSION)" "$errors"
    done
    echo "Targets (issue 11, not asserted): each page >= 50 % of static, p99 < 50 ms, no session."
fi

if [ -n "$START" ]; then
    JAR="$ROOT/web/target/payara/payara-micro.jar" WAR="$ROOT/web/target/fachtag.war"
    [ -f "$JAR" ] && [ -f "$WAR" ] || { echo "build first: $JAR and $WAR" >&2; exit 1; }
    free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
    # seconds from the start of the JVM until $2 answers (with status $3, or any status for "any")
    measure() {
        local label="$1" port="$2" want="$3" path="$4"; shift 4
        local dir; dir="$(mktemp -d)"
        local t0; t0="$(date +%s%N)"
        # shellcheck disable=SC2086 # JVM_EXTRA: options, split on purpose
        java -Xmx512m ${JVM_EXTRA:-} -jar "$JAR" --port "$port" --nocluster --disablephonehome --rootdir "$dir/root" \
            --prebootcommandfile "$ROOT/scripts/payara-micro-preboot.asadmin" "$@" >"$dir/log" 2>&1 </dev/null &
        local pid=$!
        local status=000
        for _ in $(seq 1 1800); do
            status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path" || true)"
            if { [ "$want" = any ] && [ "$status" != 000 ]; } || [ "$status" = "$want" ]; then break; fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        local t1; t1="$(date +%s%N)"
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        rm -rf "$dir"
        if { [ "$want" = any ] && [ "$status" != 000 ]; } || [ "$status" = "$want" ]; then
            awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", (b-a)/1e9}'
        else
            echo "failed($label: $status)"
        fi
    }
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b+0 > 0) printf "%.1f", a/b; else print "-" }'; }
    EMPTY="$(measure empty "$(free_port)" any /)"
    # the first start with the WAR also writes a class data sharing archive when it stops, as the
    # first ./fachtag start does; the second maps it, as every later ./fachtag start does
    CDS="$(mktemp -d)/payara.jsa" QUIET="-Xlog:cds=off -Xlog:cds+dynamic=off"
    WITH="$(JVM_EXTRA="-XX:ArchiveClassesAtExit=$CDS $QUIET" \
        measure war "$(free_port)" 200 /health/ready --deploy "$WAR" --contextroot /)"
    WITH_CDS="$(JVM_EXTRA="-XX:SharedArchiveFile=$CDS $QUIET" \
        measure war-cds "$(free_port)" 200 /health/ready --deploy "$WAR" --contextroot /)"
    rm -rf "$(dirname "$CDS")"
    echo "start: empty Payara Micro ${EMPTY} s; with the WAR ready ${WITH} s on a first start (ratio $(ratio "$WITH" "$EMPTY")), ${WITH_CDS} s with the class archive of ./fachtag start (ratio $(ratio "$WITH_CDS" "$EMPTY")) (target <= 2)"
fi
