# Shared helpers for ./fachtag, .ci/run and scripts/ear-it.sh. Source it; it defines
# functions and FACHTAG_ROOT only, and runs nothing.
# shellcheck shell=bash

FACHTAG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "$*" >&2; }
die() {
    printf 'fachtag: %s\n' "$*" >&2
    exit 1
}

# A random string of letters and digits; $1 = length (default 24).
random_secret() {
    local length="${1:-24}" out=""
    while [ "${#out}" -lt "$length" ]; do
        out+="$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
    done
    printf '%s' "${out:0:$length}"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The HTTP status code of GET http://127.0.0.1:$1$2, or 000 when nothing answers.
# Plain bash, so that it works without curl or wget.
http_status() {
    local status
    status="$( (
        exec 3<>"/dev/tcp/127.0.0.1/$1"
        printf 'GET %s HTTP/1.0\r\nHost: localhost:%s\r\nConnection: close\r\n\r\n' "$2" "$1" >&3
        IFS=' ' read -r -t 10 _ code _ <&3
        printf '%s' "$code"
    ) 2>/dev/null)" || true
    [[ "$status" =~ ^[0-9]{3}$ ]] || status=000
    printf '%s' "$status"
}

# Dies with advice unless java (17 or newer) is on the PATH or in JAVA_HOME.
require_java() {
    local java="java" version
    [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java="$JAVA_HOME/bin/java"
    command -v "$java" >/dev/null 2>&1 ||
        die "Java is not installed. Install a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk-headless) and try again."
    version="$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
    if [ -z "$version" ] || [ "$version" -lt 17 ]; then
        die "Java ${version:-of unknown version} found ($(command -v "$java")); Fachtag needs Java 17 or newer. Install openjdk-17-jdk-headless or set JAVA_HOME to a JDK 17+."
    fi
    JAVA="$java"
}

# Resolves the runtime artifacts listed in scripts/runtime/pom.xml (Payara Micro, the
# PostgreSQL JDBC driver, zonky's PostgreSQL binaries) through the Maven wrapper into the
# local Maven repository, and sets PAYARA_MICRO_JAR, PG_JDBC_JAR and PG_BINARIES_JAR to
# their paths. $1 = a directory for the resolved list. Maven runs only when the list is
# missing, older than a pom, or names a file that is gone.
# shellcheck disable=SC2034 # the jar paths are for the scripts that source this file
resolve_runtime() {
    local dir="$1" list="$1/runtime-artifacts.txt" entry entries stale=""
    mkdir -p "$dir"
    if [ ! -s "$list" ] || [ -n "$(find "$FACHTAG_ROOT/pom.xml" "$FACHTAG_ROOT/scripts/runtime/pom.xml" -newer "$list" 2>/dev/null)" ]; then
        stale=yes
    else
        IFS=: read -r -a entries <"$list" || true
        for entry in "${entries[@]}"; do [ -f "$entry" ] || stale=yes; done
    fi
    if [ -n "$stale" ]; then
        say "Fetching Payara Micro and PostgreSQL through the Maven wrapper (once)..."
        "$FACHTAG_ROOT/mvnw" -q -B -f "$FACHTAG_ROOT/scripts/runtime/pom.xml" \
            dependency:build-classpath -DexcludeTransitive=true -Dmdep.outputFile="$list" </dev/null ||
            die "Could not fetch the runtime through Maven (see above). Is Maven Central reachable, or is ~/.m2 filled?"
    fi
    PAYARA_MICRO_JAR="" PG_JDBC_JAR="" PG_BINARIES_JAR=""
    IFS=: read -r -a entries <"$list" || true
    for entry in "${entries[@]}"; do
        case "${entry##*/}" in
            payara-micro-*.jar) PAYARA_MICRO_JAR="$entry" ;;
            postgresql-*.jar) PG_JDBC_JAR="$entry" ;;
            embedded-postgres-binaries-*.jar) PG_BINARIES_JAR="$entry" ;;
        esac
    done
    if [ -z "$PAYARA_MICRO_JAR" ] || [ -z "$PG_JDBC_JAR" ]; then
        die "$list lacks Payara Micro or the JDBC driver; delete it and try again."
    fi
}

# Runs scripts/DbSetup.java (JDBC, no psql needed): creates the owner and application
# roles and the database when missing. Reads DBSETUP_* variables, see DbSetup.java.
# Prints the JDBC URL of the application database.
db_setup() {
    "$JAVA" -cp "$PG_JDBC_JAR" "$FACHTAG_ROOT/scripts/DbSetup.java"
}
