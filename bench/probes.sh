#!/usr/bin/env bash
# The outside probes of issue 10 (not a test; CI never runs it; run by hand): what an attacker or
# a careless operator would try against a running instance, from outside, with curl and psql.
# Prints one line per probe: PASS/FAIL, what was expected, what was seen. Usage: bench/README.md.
set -uo pipefail

usage() {
    cat <<'USAGE'
Usage: bench/probes.sh -p PASSWORD [-u BASE_URL] [-t TENANT] [-e EVENT] [-a ACCOUNT] [-d PSQL_CONNINFO] [-T]

  -u BASE_URL  the running instance (default http://localhost:8080)
  -t TENANT    tenant slug (default mittelsachsen)
  -e EVENT     slug of a published event open for registration (default: the first the API lists)
  -a ACCOUNT   a tenant admin's address (default admin@<tenant>.demo)
  -p PASSWORD  that account's password (demo: $FACHTAG_DATA_DIR/demo-password)
  -d CONNINFO  libpq connection string of the instance's database as its owner or superuser, for the
               stored mails and feedback (optional; without it those probes are skipped)
  -T           the instance trusts 127.0.0.1 as a reverse proxy (FACHTAG_TRUSTED_PROXIES): the HTTPS
               probes (Secure cookie, HSTS) send X-Forwarded-Proto: https, and each sign-in probe
               comes from its own X-Forwarded-For, so the throttle probe locks no real address
USAGE
}

BASE=http://localhost:8080 TENANT=mittelsachsen EVENT="" ACCOUNT="" PASSWORD="" CONNINFO="" TRUSTED=""
while getopts "u:t:e:a:p:d:Th" opt; do
    case "$opt" in
        u) BASE="${OPTARG%/}" ;; t) TENANT="$OPTARG" ;; e) EVENT="$OPTARG" ;; a) ACCOUNT="$OPTARG" ;;
        p) PASSWORD="$OPTARG" ;; d) CONNINFO="$OPTARG" ;; T) TRUSTED=yes ;;
        h) usage; exit 0 ;; *) usage >&2; exit 2 ;;
    esac
done
[ -n "$PASSWORD" ] || { usage >&2; exit 2; }
ACCOUNT="${ACCOUNT:-admin@$TENANT.demo}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FAILS=0
RUN="$(date +%s)"
TOKEN_RE='/r/[a-z0-9-]+\.[A-Za-z0-9_-]{43}'

result() { # verdict probe expected seen
    printf '%-4s | %-58s | %-40s | %s\n' "$1" "$2" "$3" "$4"
    [ "$1" = PASS ] || FAILS=$((FAILS + 1))
}
check() { # probe expected seen ok?
    if [ "$4" = 0 ]; then result PASS "$1" "$2" "$3"; else result FAIL "$1" "$2" "$3"; fi
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
header() { # name, then curl arguments: the header's value of the answer
    local name="$1"
    shift
    curl -s -D - -o /dev/null "$@" | tr -d '\r' | grep -i "^$name:" | head -1 | cut -d' ' -f2-
}
viewstate() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//; s/&#58;/:/g'; }
client() { [ -n "$TRUSTED" ] && printf -- '-H\nX-Forwarded-For: %s\n' "$1"; }
sql() { psql "$CONNINFO" -XAtq -c "$1" 2>&1; }

# signs in from client address $2 (only with -T); the session's cookie jar is $1
sign_in() {
    local jar="$1" from="$2" vs
    local -a via=()
    mapfile -t via < <(client "$from")
    curl -s -c "$jar" -b "$jar" "${via[@]}" "$BASE/login" -o "$WORK/login.html"
    vs="$(viewstate "$WORK/login.html")"
    curl -s -c "$jar" -b "$jar" "${via[@]}" -o /dev/null -w '%{http_code}' "$BASE/login" \
        --data-urlencode "login-form=login-form" --data-urlencode "login-form:email=$ACCOUNT" \
        --data-urlencode "login-form:password=$3" --data-urlencode "login-form:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$vs"
}

register() { # email → the JSON answer (file $WORK/reg.json), prints the status
    curl -s -o "$WORK/reg.json" -w '%{http_code}' "${@:2}" -H 'Content-Type: application/json' \
        "$BASE/api/v1/tenants/$TENANT/events/$EVENT/registrations" --data @- <<JSON
{"name": "Probe $RUN", "email": "$1", "sector": "OTHER", "mode": "$MODE", "workshop": $WORKSHOP,
 "consents": $CONSENTS}
JSON
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC') probes against $BASE (tenant $TENANT)"
printf '%-4s | %-58s | %-40s | %s\n' "" probe expected seen

if [ -z "$EVENT" ]; then # the first listed event whose registration is open
    for slug in $(curl -s "$BASE/api/v1/tenants/$TENANT/events" | grep -o '"slug": *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/'); do
        if curl -s "$BASE/api/v1/tenants/$TENANT/events/$slug" | grep -q '"registration": *{"open": *true'; then
            EVENT="$slug"
            break
        fi
    done
fi
curl -s "$BASE/api/v1/tenants/$TENANT/events/$EVENT" -o "$WORK/event.json"
# what the event asks: the first open mode, the first workshop, every consent key granted
MODE="$(grep -o '"ON_SITE"\|"LIVESTREAM"' "$WORK/event.json" | head -1 | tr -d '"')"
MODE="${MODE:-ON_SITE}"
WORKSHOP="$(grep -o '"code": *"[^"]*"' "$WORK/event.json" | head -1 | sed 's/.*: *//')"
WORKSHOP="${WORKSHOP:-null}"
CONSENTS='{}'
register "probe-consents-$RUN@probe.invalid" >/dev/null
CONSENTS="{$(grep -o '"[a-z0-9-]*"' "$WORK/reg.json" | grep -v '"consents\|"type\|"title\|"status\|"detail\|"errors\|"field\|"message\|"instance' |
    tr -d '"' | sort -u | while read -r k; do printf '"%s": true, ' "$k"; done | sed 's/, $//')}"
[ "$CONSENTS" = "{}" ] && CONSENTS='{"datenschutz": true}'

# ---------------------------------------------------------------- headers on every page kind
PAGES=("/" "/t/$TENANT/" "/t/$TENANT/e/$EVENT" "/t/$TENANT/e/$EVENT/register" "/login" "/t/$TENANT/feedback"
    "/gibt-es-nicht" "/r/$TENANT.NichtGueltigNichtGueltigNichtGueltig-012345")
for p in "${PAGES[@]}"; do
    curl -s -D "$WORK/h" -o /dev/null "$BASE$p"
    server="$(tr -d '\r' <"$WORK/h" | grep -i '^server:' | cut -d' ' -f2-)"
    xpb="$(tr -d '\r' <"$WORK/h" | grep -i '^x-powered-by:' | cut -d' ' -f2-)"
    csp="$(tr -d '\r' <"$WORK/h" | grep -i '^content-security-policy:' | cut -d' ' -f2-)"
    ok=0
    [[ "${server,,}" =~ payara|glassfish|grizzly|[0-9] ]] && ok=1
    [ -n "$xpb" ] && ok=1
    scripts="$(tr ';' '\n' <<<"$csp" | grep 'script-src')"
    [[ -n "$scripts" && "$scripts" != *unsafe-inline* && "$scripts" != *unsafe-eval* ]] || ok=1
    check "headers $p" "CSP, no runtime in Server" "Server='${server:-none}' CSP=${csp:0:18}…" $ok
done
jar="$WORK/staff"
st="$(sign_in "$jar" 198.51.100.10 "$PASSWORD")"
curl -s -D "$WORK/h" -o /dev/null -b "$jar" "$BASE/organizer/$TENANT/"
csp="$(tr -d '\r' <"$WORK/h" | grep -ci '^content-security-policy:')"
check "sign-in, then the back office's headers" "302, CSP" "$st, CSP headers: $csp" "$([ "$st" = 302 ] && [ "$csp" = 1 ]; echo $?)"
cookie="$(curl -s -D - -o /dev/null "$BASE/login" | tr -d '\r' | grep -i '^set-cookie: FACHTAG_SESSION' | head -1)"
check "session cookie over HTTP" "HttpOnly, SameSite, no Secure" "${cookie:12:80}" \
    "$([[ "$cookie" == *HttpOnly* && "$cookie" == *SameSite* && "$cookie" != *Secure* ]]; echo $?)"
if [ -n "$TRUSTED" ]; then
    curl -s -D "$WORK/h" -o /dev/null -H 'X-Forwarded-Proto: https' "$BASE/login"
    cookie="$(tr -d '\r' <"$WORK/h" | grep -i '^set-cookie: FACHTAG_SESSION' | head -1)"
    hsts="$(tr -d '\r' <"$WORK/h" | grep -i '^strict-transport-security:' | cut -d' ' -f2-)"
    check "behind the proxy over HTTPS" "Secure cookie, HSTS" "Secure: $([[ "$cookie" == *Secure* ]] && echo yes || echo no), HSTS: ${hsts:-none}" \
        "$([[ "$cookie" == *Secure* && -n "$hsts" ]]; echo $?)"
fi

# ---------------------------------------------------------------- cross-origin Faces post
curl -s -b "$jar" -c "$jar" "$BASE/organizer/$TENANT/settings" -o "$WORK/settings.html"
vs="$(viewstate "$WORK/settings.html")"
city="Evilstadt-$RUN"
st="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -H 'Origin: http://evil.example' "$BASE/organizer/$TENANT/settings" \
    --data-urlencode "settings-form=settings-form" --data-urlencode "settings-form:city=$city" \
    --data-urlencode "jakarta.faces.ViewState=$vs")"
changed="$(curl -s -b "$jar" "$BASE/organizer/$TENANT/settings" | grep -c "$city")"
check "Faces post with Origin: http://evil.example" "403, nothing changed" "$st, changed: $changed" \
    "$([ "$st" = 403 ] && [ "$changed" = 0 ]; echo $?)"

# ---------------------------------------------------------------- internal paths and tricks
for p in "/public/tenant-home.xhtml;x" "/public/tenant-home.xhtml" "/public/event.xhtml" "/organizer/dashboard.xhtml" \
    "/public/home.XHTML" "/public/%2e/event.xhtml" "//public/home.xhtml" "/faces/public/home.xhtml" \
    "/errors/error.xhtml" "/WEB-INF/web.xml" "/t/$TENANT/;x" "/t/$TENANT/e/$EVENT;x" "/r/$TENANT.x;y" \
    "/public/self-service.xhtml" "/public/link-invalid.xhtml;jsessionid=1"; do
    st="$(status --path-as-is "$BASE$p")"
    signed="$(status --path-as-is -b "$jar" "$BASE$p")"
    check "GET $p (anonymous, signed in)" "404 (or 302 to sign-in), never 500" "$st, $signed" \
        "$([[ "$st" =~ ^(404|302)$ && "$signed" = 404 ]]; echo $?)"
done

# ---------------------------------------------------------------- private links
mail="probe-$RUN@probe.invalid"
st="$(register "$mail")"
link="$(grep -o '"selfServiceUrl": *"[^"]*"' "$WORK/reg.json" | sed 's/.*: *"//; s/"$//')"
path="/r/${link##*/r/}"
check "register through the API" "201 with a private link" "$st ${link:0:40}…" "$([ "$st" = 201 ] && [ -n "$link" ]; echo $?)"
for i in 1 2 3; do
    curl -s -o /dev/null "$BASE/t/$TENANT/e/$EVENT" --data-urlencode "resend=resend" \
        --data-urlencode "resend:resend-email=$mail" --data-urlencode "resend:resend-submit=x" \
        --data-urlencode "jakarta.faces.ViewState=stateless"
    register "$mail" >/dev/null
done
st="$(status "$BASE$path")"
check "the link after 3 resends and 3 duplicate posts" "200 (not replaced)" "$st" "$([ "$st" = 200 ]; echo $?)"
from="$(curl -s "$BASE$path" | grep -o 'feedback?from=[^"]*' | head -1)"
check "feedback link on the private page" "from= without the token" "$from" "$([[ ! "$from" =~ [A-Za-z0-9_-]{43} ]]; echo $?)"
# accessibility feedback naming the private page in its "page" field: stored without the token (psql below)
fjar="$WORK/feedback"
curl -s -c "$fjar" -b "$fjar" "$BASE/t/$TENANT/feedback" -o "$WORK/feedback.html"
vs="$(viewstate "$WORK/feedback.html")"
st="$(curl -s -c "$fjar" -b "$fjar" -o "$WORK/feedback.html" -w '%{http_code}' "$BASE/t/$TENANT/feedback" \
    --data-urlencode "feedback-form=feedback-form" --data-urlencode "feedback-form:message=Probe $RUN: Kontrast zu schwach" \
    --data-urlencode "feedback-form:page=$link" --data-urlencode "feedback-form:send=x" \
    --data-urlencode "jakarta.faces.ViewState=$vs")"
check "feedback naming the private link" "200 (stored, token left out)" "$st" "$([ "$st" = 200 ]; echo $?)"
# cancel on the private page (ask, confirm), then register the address again
sjar="$WORK/self"
curl -s -c "$sjar" -b "$sjar" "$BASE$path" -o "$WORK/self.html"
vs="$(viewstate "$WORK/self.html")"
curl -s -c "$sjar" -b "$sjar" -o "$WORK/self.html" "$BASE$path" --data-urlencode "cancel-form=cancel-form" \
    --data-urlencode "cancel-form:ask-cancel=x" --data-urlencode "jakarta.faces.ViewState=$vs"
vs="$(viewstate "$WORK/self.html")"
curl -s -c "$sjar" -b "$sjar" -o "$WORK/self.html" "$BASE$path" --data-urlencode "cancel-form=cancel-form" \
    --data-urlencode "cancel-form:cancel-yes=x" --data-urlencode "jakarta.faces.ViewState=$vs"
cancelled="$(grep -c 'Storniert\|Cancelled' "$WORK/self.html")"
st="$(register "$mail")"
again="$(grep -o '"selfServiceUrl": *"[^"]*"' "$WORK/reg.json" | sed 's/.*\/r\//\/r\//; s/"$//')"
oldpage="$(curl -s "$BASE$path" | grep -c 'Storniert\|Cancelled')"
check "register again after cancelling" "201, a new link; the old one still cancelled" \
    "cancelled: $cancelled, again: $st, old page cancelled: $oldpage" \
    "$([ "$cancelled" -ge 1 ] && [ "$st" = 201 ] && [ -n "$again" ] && [ "$again" != "$path" ] && [ "$oldpage" -ge 1 ]; echo $?)"
sh="$(register "probe-host-$RUN@probe.invalid" -H 'Host: evil.example')"
url="$(grep -o '"selfServiceUrl": *"[^"]*"' "$WORK/reg.json" | sed 's/.*: *"//; s/"$//')"
check "API with Host: evil.example" "selfServiceUrl on the base URL" "$sh ${url:0:40}" "$([[ "$url" != *evil.example* ]]; echo $?)"
bogus="/r/$TENANT.NichtGueltigNichtGueltigNichtGueltig-012345"
curl -s -D "$WORK/h" -o "$WORK/invalid.html" "$BASE$bogus"
st="$(head -1 "$WORK/h" | cut -d' ' -f2)"
says="$(grep -c 'Dieser Link ist nicht (mehr) gültig' "$WORK/invalid.html")"
echoes="$(grep -c 'NichtGueltigNichtGueltig' "$WORK/invalid.html")"
check "an invalid private link" "404, says so, offers the resend, no echo" "$st, says: $says, echoes: $echoes" \
    "$([ "$st" = 404 ] && [ "$says" -ge 1 ] && grep -q 'id="resend"' "$WORK/invalid.html" && [ "$echoes" = 0 ]; echo $?)"
st="$(status "$BASE/r/nobody-here.NichtGueltigNichtGueltigNichtGueltig-012345")"
check "a private link of an unknown tenant" "404" "$st" "$([ "$st" = 404 ]; echo $?)"

# ---------------------------------------------------------------- bodies that must never answer 500
API="$BASE/api/v1/tenants/$TENANT/events/$EVENT/registrations"
head -c 62914560 /dev/zero | tr '\0' ' ' >"$WORK/big"
st="$(curl -s -o "$WORK/a" -w '%{http_code} %{content_type}' -H 'Content-Type: application/json' --data-binary @"$WORK/big" "$API")"
check "API: 60 MB body" "413 application/problem+json" "$st" "$([[ "$st" == "413 application/problem+json"* ]]; echo $?)"
st="$(curl -s -o /dev/null -w '%{http_code}' --data-binary @"$WORK/big" -H 'Content-Type: application/x-www-form-urlencoded' "$BASE/login")"
check "form: 60 MB body to /login" "413" "$st" "$([ "$st" = 413 ]; echo $?)"
deep="$(printf '[%.0s' $(seq 1000))$(printf ']%.0s' $(seq 1000))"
st="$(curl -s -o /dev/null -w '%{http_code} %{content_type}' -H 'Content-Type: application/json' --data "$deep" "$API")"
check "API: JSON nested 1,000 deep" "400 application/problem+json" "$st" "$([[ "$st" == "400 application/problem+json"* ]]; echo $?)"
st="$(curl -s -o /dev/null -w '%{http_code} %{content_type}' -H 'Content-Type: text/plain' --data 'x' "$API")"
check "API: wrong content type" "415 application/problem+json" "$st" "$([[ "$st" == "415 application/problem+json"* ]]; echo $?)"

# ---------------------------------------------------------------- what the database keeps
if [ -n "$CONNINFO" ]; then
    for i in $(seq 30); do
        left="$(sql "SELECT count(*) FROM outbox_mail WHERE sent_at IS NULL AND recipient LIKE '%-$RUN@probe.invalid'")"
        [ "$left" = 0 ] && break
        sleep 2
    done
    tokens="$(sql "SELECT count(*) FROM outbox_mail WHERE sent_at IS NOT NULL AND (body_text ~ '$TOKEN_RE' OR coalesce(body_html, '') ~ '$TOKEN_RE')")"
    sent="$(sql "SELECT count(*) FROM outbox_mail WHERE sent_at IS NOT NULL")"
    check "sent mails (psql)" "none with a token" "$tokens of $sent sent, unsent now: $left" "$([ "$tokens" = 0 ] && [ "$sent" -gt 0 ]; echo $?)"
    fb="$(sql "SELECT count(*) FROM feedback_message WHERE page ~ '[A-Za-z0-9_-]{43}' OR message ~ '[A-Za-z0-9_-]{43}'")"
    mine="$(sql "SELECT count(*) FROM feedback_message WHERE message LIKE 'Probe $RUN:%'")"
    check "feedback (psql)" "stored, none with a token" "$mine stored, $fb with a token" "$([ "$fb" = 0 ] && [ "$mine" = 1 ]; echo $?)"
fi

# ---------------------------------------------------------------- sign-in throttle (last: it locks)
start=$(date +%s)
for i in $(seq 230); do
    sign_in "$WORK/t$i" 203.0.113.$((RUN % 200 + 1)) "falsch-$i" >/dev/null
done
took=$(($(date +%s) - start))
st="$(sign_in "$WORK/right" 203.0.113.$((RUN % 200 + 1)) "$PASSWORD")"
check "230 wrong passwords, then the right one" "not signed in (throttled)" "$st after ${took}s" "$([ "$st" != 302 ]; echo $?)"

echo "# $FAILS failed"
[ "$FAILS" = 0 ]
