#!/usr/bin/env bash
# Payara Server for the EAR check (Maven profile ear-it in ear/pom.xml):
#   ear-it.sh start   fresh database, fresh domain, start-domain, deploy the EAR
#   ear-it.sh stop    stop-domain (also when nothing runs)
# Environment: EAR_IT_DIR (the work directory, with server/payara6 unpacked from Maven
# Central and postgresql.jar copied there by Maven), EAR_IT_EAR (start: the EAR),
# FACHTAG_TEST_PG_URL (default jdbc:postgresql://127.0.0.1:5432/postgres), and
# FACHTAG_TEST_PG_USER / FACHTAG_TEST_PG_PASSWORD (default postgres, no password).
set -euo pipefail

# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

: "${EAR_IT_DIR:?EAR_IT_DIR is not set (run through ./mvnw verify -Pear-it)}"
ASADMIN="$EAR_IT_DIR/server/payara6/bin/asadmin"
DOMAINS="$EAR_IT_DIR/domains"
DOMAIN=domain1

say() { printf 'ear-it: %s\n' "$*"; }

stop_domain() {
    local pid_file="$DOMAINS/$DOMAIN/config/pid"
    [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null || return 0
    "$ASADMIN" stop-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null 2>&1 || true
}

# Copies the distribution's domain1 and moves all its ports by the first offset (20000,
# 21000, ...) whose HTTP, HTTPS and admin ports are free, so that a Fachtag or a Payara
# on the usual ports does not get in the way.
fresh_domain() {
    local offset="" candidate port config
    for candidate in 20000 21000 22000 23000 24000 25000 26000 27000 28000 29000 30000; do
        if ! port_in_use $((8080 + candidate)) && ! port_in_use $((8181 + candidate)) &&
            ! port_in_use $((4848 + candidate)); then
            offset="$candidate"
            break
        fi
    done
    [ -n "$offset" ] || die "ear-it: no free ports for Payara Server (tried 28080, 29080, ... 38080)."
    rm -rf "$DOMAINS"
    mkdir -p "$DOMAINS"
    cp -a "$EAR_IT_DIR/server/payara6/glassfish/domains/domain1" "$DOMAINS/$DOMAIN"
    config="$DOMAINS/$DOMAIN/config/domain.xml"
    for port in 4848 8080 8181 3700 3820 3920 8686 7676 9009 4900 5900 6666; do
        sed -i -E "s/([\"=])$port([\"<])/\1$((port + offset))\2/g" "$config"
    done
    HTTP_PORT=$((8080 + offset))
    ADMIN_PORT=$((4848 + offset))
}

fresh_database() {
    local owner_password app_password
    owner_password="$(random_secret 24)"
    app_password="$(random_secret 24)"
    FACHTAG_DB_URL="$(DBSETUP_ADMIN_URL="${FACHTAG_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}" \
        DBSETUP_ADMIN_USER="${FACHTAG_TEST_PG_USER:-postgres}" DBSETUP_ADMIN_PASSWORD="${FACHTAG_TEST_PG_PASSWORD:-}" \
        DBSETUP_DATABASE=fachtag_ear_it DBSETUP_FRESH=true \
        DBSETUP_OWNER=fachtag_ear_it_owner DBSETUP_OWNER_PASSWORD="$owner_password" \
        DBSETUP_APP=fachtag_ear_it_app DBSETUP_APP_PASSWORD="$app_password" \
        "$JAVA" -cp "$EAR_IT_DIR/postgresql.jar" "$FACHTAG_ROOT/scripts/DbSetup.java")" || return 1
    # Payara Server hands its own environment on to the applications.
    export FACHTAG_DB_URL
    export FACHTAG_DB_OWNER=fachtag_ear_it_owner FACHTAG_DB_OWNER_PASSWORD="$owner_password"
    export FACHTAG_DB_USER=fachtag_ear_it_app FACHTAG_DB_PASSWORD="$app_password"
}

fail() {
    local log="$DOMAINS/$DOMAIN/logs/server.log"
    if [ -f "$log" ]; then
        say "last lines of $log:"
        tail -n 60 "$log" >&2
    fi
    stop_domain
    die "ear-it: $*"
}

start() {
    : "${EAR_IT_EAR:?EAR_IT_EAR is not set}"
    require_java
    [ -x "$ASADMIN" ] || die "ear-it: no Payara Server in $EAR_IT_DIR/server (Maven unpacks it in pre-integration-test)."
    stop_domain
    rm -f "$EAR_IT_DIR/base-url"
    fresh_domain
    say "database fachtag_ear_it at ${FACHTAG_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}"
    fresh_database || die "ear-it: could not create the test database (is PostgreSQL up? .ci/run starts it)."

    # deployed as an operator deploys it: no demo, the operator's own tenant folder only
    export FACHTAG_DATA_DIR="$EAR_IT_DIR/data" FACHTAG_DEMO=false FACHTAG_TENANT_DIR="$FACHTAG_ROOT/ear/src/test/tenants"
    rm -rf "$FACHTAG_DATA_DIR"
    mkdir -p "$FACHTAG_DATA_DIR"

    say "start-domain (HTTP port $HTTP_PORT, admin port $ADMIN_PORT)"
    "$ASADMIN" start-domain --domaindir "$DOMAINS" "$DOMAIN" >"$EAR_IT_DIR/start-domain.log" 2>&1 ||
        { cat "$EAR_IT_DIR/start-domain.log" >&2; fail "start-domain failed"; }
    # configured as README's "Running it in production" tells an operator: no header names the runtime
    # (no restart-domain: the listeners take them at once; a restart cost the step 13 s)
    say "settings of scripts/payara-server.asadmin"
    "$ASADMIN" --port "$ADMIN_PORT" multimode --file "$FACHTAG_ROOT/scripts/payara-server.asadmin" >"$EAR_IT_DIR/settings.log" 2>&1 ||
        { cat "$EAR_IT_DIR/settings.log" >&2; fail "asadmin settings failed"; }
    say "deploy ${EAR_IT_EAR##*/}"
    "$ASADMIN" --port "$ADMIN_PORT" deploy --force=true "$EAR_IT_EAR" >"$EAR_IT_DIR/deploy.log" 2>&1 ||
        { cat "$EAR_IT_DIR/deploy.log" >&2; fail "deploy failed"; }
    printf 'http://127.0.0.1:%s\n' "$HTTP_PORT" >"$EAR_IT_DIR/base-url"
}

case "${1:-}" in
    start) start ;;
    stop)
        say "stop-domain"
        stop_domain
        ;;
    *) die "usage: ear-it.sh start|stop" ;;
esac
