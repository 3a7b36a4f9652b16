# The embedded PostgreSQL of ./fachtag and .ci/run: the PostgreSQL binaries that zonky
# publishes on Maven Central (a jar holding a .txz with initdb, pg_ctl and postgres),
# unpacked once and driven with initdb and pg_ctl. Source it after scripts/common.sh.
#
# PostgreSQL refuses to run as root. As root, every PostgreSQL command therefore runs
# through `unshare --user`: a fresh user namespace with no uid mapped, in which the process
# is "nobody" to itself (so initdb and postgres agree to run) while the kernel still sees
# root, so the files stay root's and nothing else changes. zonky's embedded-postgres does
# the same. A normal user runs the binaries directly.
# shellcheck shell=bash

# Unpacks the binaries from $1 (the jar) below $2 once; sets EPG_BIN and EPG_MAJOR.
epg_prepare_binaries() {
    local jar="$1" parent="$2" name target tmp
    name="$(basename "$jar" .jar)"
    target="$parent/$name"
    if [ ! -x "$target/bin/postgres" ]; then
        command -v xz >/dev/null 2>&1 || die "xz is needed to unpack PostgreSQL (Debian: apt-get install xz-utils)."
        [ -f "$jar" ] || die "No PostgreSQL binaries for $(uname -m) are known to Fachtag (see scripts/runtime/pom.xml)."
        tmp="$target.unpack"
        rm -rf "$tmp"
        mkdir -p "$tmp"
        if command -v unzip >/dev/null 2>&1; then
            unzip -q -o "$jar" '*.txz' -d "$tmp"
        else
            (cd "$tmp" && "${JAVA%java}jar" xf "$jar") ||
                die "Neither unzip nor the JDK's jar tool could open $jar (Debian: apt-get install unzip)."
        fi
        mkdir -p "$tmp/pg"
        tar -xJf "$tmp"/*.txz -C "$tmp/pg"
        rm -rf "$target"
        mv "$tmp/pg" "$target"
        rm -rf "$tmp"
    fi
    EPG_BIN="$target/bin"
    EPG_MAJOR="${name##*-}"
    EPG_MAJOR="${EPG_MAJOR%%.*}"
}

# Runs a PostgreSQL command; as root inside a user namespace (see above).
epg_cmd() {
    if [ "$(id -u)" = 0 ]; then
        unshare --user -- "$@"
    else
        "$@"
    fi
}

epg_check_root() {
    [ "$(id -u)" = 0 ] || return 0
    unshare --user -- true 2>/dev/null || die "PostgreSQL will not run as root, and this machine does not allow \
user namespaces (\`unshare --user\` failed), which is how Fachtag runs it as root. Run as a normal user, \
or set FACHTAG_DB_URL (and FACHTAG_DB_USER, FACHTAG_DB_PASSWORD, FACHTAG_DB_OWNER, FACHTAG_DB_OWNER_PASSWORD) \
to use a PostgreSQL server you run."
}

# Creates the cluster in $1 unless it exists. $2 = superuser, $3 = auth method for all
# connections (trust or scram-sha-256), $4 = superuser password (with scram-sha-256).
epg_init() {
    local datadir="$1" superuser="$2" auth="$3" password="${4:-}" tmp pwfile locale_opts=(--no-locale)
    if [ -f "$datadir/PG_VERSION" ]; then
        [ "$(cat "$datadir/PG_VERSION")" = "$EPG_MAJOR" ] || die "$datadir holds a PostgreSQL \
$(cat "$datadir/PG_VERSION") database, but this Fachtag runs PostgreSQL $EPG_MAJOR. Move that directory \
away (its data is then gone for Fachtag) or run the Fachtag version that made it to export the data."
        return 0
    fi
    if [ -d "$datadir" ]; then
        rmdir "$datadir" 2>/dev/null || die "$datadir exists but is no PostgreSQL data directory. Move it away and try again."
    fi
    # The locale of Debian's PostgreSQL clusters, where the tests run, when the system has it.
    if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then locale_opts=(--locale=C.UTF-8); fi
    mkdir -p "$(dirname "$datadir")"
    tmp="$datadir.init"
    rm -rf "$tmp"
    pwfile="$(dirname "$datadir")/.initdb-pw"
    (umask 077 && printf '%s\n' "$password" >"$pwfile")
    if ! epg_cmd "$EPG_BIN/initdb" -D "$tmp" -U "$superuser" -A "$auth" -E UTF8 "${locale_opts[@]}" \
        ${password:+--pwfile="$pwfile"} >"$tmp.log" 2>&1; then
        rm -f "$pwfile"
        cat "$tmp.log" >&2
        die "initdb failed (output above)."
    fi
    rm -f "$pwfile" "$tmp.log"
    mv "$tmp" "$datadir"
}

epg_running() {
    [ -f "$1/postmaster.pid" ] && epg_cmd "$EPG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1
}

# Starts the cluster in $1 on 127.0.0.1:$2 (TCP only, no Unix socket), logging to $3.
epg_start() {
    local datadir="$1" port="$2" log="$3"
    mkdir -p "$(dirname "$log")"
    if ! epg_cmd "$EPG_BIN/pg_ctl" -D "$datadir" -l "$log" -w -t 60 -s \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start; then
        tail -n 20 "$log" >&2 || true
        die "PostgreSQL did not start (log above, all of it in $log)."
    fi
}

epg_stop() {
    epg_running "$1" || return 0
    epg_cmd "$EPG_BIN/pg_ctl" -D "$1" -m fast -w -t 60 -s stop
}
