#!/usr/bin/env bash
# Benchmark of what signing in costs the report-entry API: HTTP Basic at bcrypt cost 12 and 4 against API tokens, and
# token writes during a flood of wrong passwords. See bench/README.md.
#
#   bench/run.sh [path/to/quarkus-app] > results.md
#
# Without a path it builds the project (./mvnw -B -q package -DskipTests) and uses target/quarkus-app. Progress goes
# to stderr, the Markdown for RESULTS.md to stdout. Exits 1 if a benchmarked request (not the flood's) failed.
# Settings (environment): DURATION (s, default 20) of each measured run, WARMUP (s, default 5) before each,
# SERVER_WARMUP (s, default 40) before a server's first run, FLOOD_CONNECTIONS (default 16).
set -euo pipefail

DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
SERVER_WARMUP=${SERVER_WARMUP:-40}
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-16}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")

ADMIN_PASSWORD=bench-admin-password
REPORTER=bench-reporter
REPORTER_PASSWORD=bench-reporter-password
PLAN=cybersecurity-2019-2023
PERIOD=2023-H1
AGENCY=UKMK
MIN_ENTRIES=5
# The flood comes from another client address than the reporter's (see README: one address for both would get the
# reporter refused along with the attacker). 203.0.113.0/24 is a documentation range; it only travels in a header.
FLOOD_ADDRESS=203.0.113.66
READY_TIMEOUT=180
STOP_TIMEOUT=30

die() {
    echo "run.sh: $*" >&2
    exit 1
}

log() {
    echo "[$(date +%T)] $*" >&2
}

for tool in wrk curl jq java; do
    command -v "$tool" >/dev/null || die "$tool is not installed$([ "$tool" = wrk ] && echo ': apt-get install wrk (Debian)')"
done
[[ $DURATION =~ ^[1-9][0-9]*$ && $WARMUP =~ ^[0-9]+$ && $SERVER_WARMUP =~ ^[0-9]+$ && $FLOOD_CONNECTIONS =~ ^[1-9][0-9]*$ ]] \
    || die "DURATION, WARMUP, SERVER_WARMUP and FLOOD_CONNECTIONS must be whole numbers (DURATION, FLOOD_CONNECTIONS at least 1)"

if [ $# -ge 1 ]; then
    APP_DIR=$(cd "$1" && pwd) || die "no such folder: $1"
else
    log "building the service in $REPO_DIR"
    (cd "$REPO_DIR" && ./mvnw -B -q package -DskipTests)
    APP_DIR=$REPO_DIR/target/quarkus-app
fi
[ -f "$APP_DIR/quarkus-run.jar" ] || die "$APP_DIR/quarkus-run.jar not found: give the path of a packaged quarkus-app folder"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tracker-bench.XXXXXX")
SERVER_PID=
FLOOD_PID=

stop_server() {
    [ -n "$SERVER_PID" ] || return 0
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq "$STOP_TIMEOUT"); do
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 1
    done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

cleanup() {
    if [ -n "$FLOOD_PID" ]; then
        kill "$FLOOD_PID" 2>/dev/null || true
    fi
    stop_server
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        # Nothing answers a connection there: free (a race with other programs is unlikely enough).
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "found no free port"
}

# start_server <name> <bcrypt cost> [VAR=value ...]: starts the packaged service in a fresh working directory (its H2
# database lands in that directory's ./data) on a free port of 127.0.0.1 and waits until it is ready. Sets BASE.
start_server() {
    local name=$1 cost=$2
    shift 2
    local dir=$WORK/$name
    mkdir -p "$dir"
    local port
    port=$(free_port)
    BASE=http://127.0.0.1:$port
    log "starting server '$name' (bcrypt cost $cost${*:+, $*}) on $BASE"
    # The proxy settings are those of the documented deployment behind a reverse proxy: the client address comes from
    # X-Forwarded-For when the connection comes from 127.0.0.1. Only the flood sends that header.
    (cd "$dir" && exec env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
        TRACKER_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" TRACKER_SEED_ENABLED=true \
        TRACKER_SECURITY_BCRYPT_COST="$cost" \
        QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
        QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
        "$@" java -jar "$APP_DIR/quarkus-run.jar" >server.log 2>&1) &
    SERVER_PID=$!
    local waited=0
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/q/health/ready")" = 200 ]; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null || [ "$waited" -ge "$READY_TIMEOUT" ]; then
            tail -n 30 "$dir/server.log" >&2
            die "server '$name' did not get ready within ${READY_TIMEOUT}s (its log is above)"
        fi
        sleep 1
        waited=$((waited + 1))
    done
}

# call <expected status> <curl arguments...>: prints the response body; stops the run on any other status.
call() {
    local expected=$1 out status
    shift
    out=$(curl -sS --max-time 30 -w '\n%{http_code}' "$@") || die "curl $* failed"
    status=${out##*$'\n'}
    out=${out%$'\n'*}
    [ "$status" = "$expected" ] || die "expected $expected but got $status from curl $*: $out"
    printf '%s' "$out"
}

# prepare: the reporter's account, its report with the measure codes of its entries (REPORT_ID, MEASURES) and an API
# token (TOKEN) on the server at BASE; then one PUT and one GET with each credential, which must answer 200.
prepare() {
    local report count expires
    call 201 -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$BASE/api/v1/users" \
        -d "{\"username\":\"$REPORTER\",\"password\":\"$REPORTER_PASSWORD\",\"role\":\"REPORTER\",\"agency\":\"$AGENCY\",\"email\":\"r@example.kg\",\"language\":\"ru\"}" \
        >/dev/null
    report=$(call 201 -u "$REPORTER:$REPORTER_PASSWORD" -H 'Content-Type: application/json' "$BASE/api/v1/reports" \
        -d "{\"planCode\":\"$PLAN\",\"period\":\"$PERIOD\",\"agency\":\"$AGENCY\"}")
    REPORT_ID=$(jq -r '.id' <<<"$report")
    MEASURES=$(jq -r '[.entries[].measure] | join(",")' <<<"$report")
    count=$(jq '.entries | length' <<<"$report")
    [ "$count" -ge "$MIN_ENTRIES" ] || die "report $REPORT_ID of $AGENCY on $PERIOD has $count entries, fewer than $MIN_ENTRIES"
    expires=$(date -d '+30 days' +%F)
    TOKEN=$(call 201 -u "$REPORTER:$REPORTER_PASSWORD" -H 'Content-Type: application/json' \
        "$BASE/api/v1/users/$REPORTER/tokens" -d "{\"name\":\"bench\",\"expiresOn\":\"$expires\"}" | jq -r '.token')
    local entry=$BASE/api/v1/reports/$REPORT_ID/entries/${MEASURES%%,*}
    for auth in "Bearer $TOKEN" "Basic $(printf '%s:%s' "$REPORTER" "$REPORTER_PASSWORD" | base64 -w0)"; do
        call 200 -X PUT -H "Authorization: $auth" -H 'If-Match: *' -H 'Content-Type: application/json' "$entry" \
            -d '{"status":"IN_PROGRESS","progressPercent":10,"narrative":"Benchmark check."}' >/dev/null
        call 200 -H "Authorization: $auth" "$entry" >/dev/null
    done
    log "report $REPORT_ID: $count entries ($MEASURES)"
}

# Results by run id: the fields of the RESULT line that bench/stats.lua prints.
declare -A RPS P50 P99 REQUESTS NON2XX SOCKET_ERRORS CODES

# record <run id> <wrk output>
record() {
    local id=$1 line field
    line=$(grep '^RESULT ' <<<"$2") || die "wrk printed no result for $id: $2"
    for field in ${line#RESULT }; do
        case $field in
            rps=*) RPS[$id]=${field#*=} ;;
            p50_ms=*) P50[$id]=${field#*=} ;;
            p99_ms=*) P99[$id]=${field#*=} ;;
            requests=*) REQUESTS[$id]=${field#*=} ;;
            non2xx=*) NON2XX[$id]=${field#*=} ;;
            socket_errors=*) SOCKET_ERRORS[$id]=${field#*=} ;;
            codes=*) CODES[$id]=${field#*=} ;;
        esac
    done
    log "$id: ${RPS[$id]} req/s, p50 ${P50[$id]} ms, p99 ${P99[$id]} ms, non-2xx ${NON2XX[$id]}, socket errors ${SOCKET_ERRORS[$id]} (${CODES[$id]})"
}

# entries_wrk <connections> <seconds> <Authorization value> <PUT|GET>: wrk on the report's entries.
entries_wrk() {
    local connections=$1
    # The timeout is long because a password check at cost 12 waits behind up to 16 others (about 0.25 s each).
    wrk -t "$((connections < 2 ? connections : 2))" -c "$connections" -d "${2}s" --timeout 30s \
        -H "Authorization: $3" -s "$BENCH_DIR/entries.lua" "$BASE" -- "$4" "$REPORT_ID" "$MEASURES"
}

# drain: waits until the server has checked the passwords still queued when wrk stopped (up to a connection's worth,
# about 0.25 s each at cost 12), so that a run does not start with the previous one's work. The pool of password
# checks is first in, first out: a password request of ours answers once those before it are done.
drain() {
    local status
    for _ in $(seq 60); do
        status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -u "$REPORTER:$REPORTER_PASSWORD" "$BASE/api/v1/me")
        [ "$status" = 200 ] && return
        sleep 1
    done
    die "the server did not answer a password request with 200 within a minute (last status $status)"
}

# measure <run id> <connections> <Authorization value> <PUT|GET>: a warm-up, then the measured run.
measure() {
    log "$1: ${WARMUP}s warm-up, ${DURATION}s measured"
    if [ "$WARMUP" -gt 0 ]; then
        entries_wrk "$2" "$WARMUP" "$3" "$4" >/dev/null
        drain
    fi
    record "$1" "$(entries_wrk "$2" "$DURATION" "$3" "$4")"
    drain
}

# warm_server <Authorization value>: PUTs and GETs at 16 connections for SERVER_WARMUP seconds in all, so that a
# freshly started server has compiled its hot paths before anything is measured (a cold JVM writes at half speed).
warm_server() {
    log "warming the server up: ${SERVER_WARMUP}s"
    entries_wrk 16 "$((SERVER_WARMUP / 2 + 1))" "$1" PUT >/dev/null
    entries_wrk 16 "$((SERVER_WARMUP / 2 + 1))" "$1" GET >/dev/null
    drain
}

# under_flood <run id>: token PUTs at 16 connections (warm-up and measured run) while wrong passwords flood /api/v1/me
# from another address; the flood's own result is recorded as <run id>-flood.
under_flood() {
    local out=$WORK/$1-flood.out
    # The flood starts a second early and runs until the measured run is over; SIGINT makes wrk stop and report.
    wrk -t 1 -c "$FLOOD_CONNECTIONS" -d "$((WARMUP + DURATION + 600))s" --timeout 30s -s "$BENCH_DIR/flood.lua" \
        "$BASE" -- /api/v1/me "$FLOOD_ADDRESS" >"$out" 2>&1 &
    FLOOD_PID=$!
    sleep 1
    measure "$1" 16 "Bearer $TOKEN" PUT
    kill -INT "$FLOOD_PID"
    wait "$FLOOD_PID" || die "the flood's wrk failed: $(cat "$out")"
    FLOOD_PID=
    record "$1-flood" "$(cat "$out")"
}

BASIC="Basic $(printf '%s:%s' "$REPORTER" "$REPORTER_PASSWORD" | base64 -w0)"

# Server A, as in production (cost 12, default throttling).
start_server cost12 12
prepare
warm_server "Bearer $TOKEN"
for c in 1 16; do
    measure "token-put-$c" "$c" "Bearer $TOKEN" PUT
    measure "token-get-$c" "$c" "Bearer $TOKEN" GET
done
for c in 1 16; do
    measure "basic12-put-$c" "$c" "$BASIC" PUT
    measure "basic12-get-$c" "$c" "$BASIC" GET
done
under_flood flood-throttled
stop_server

# Server B: the reference, HTTP Basic at cost 4.
start_server cost4 4
prepare
warm_server "$BASIC"
for c in 1 16; do
    measure "basic4-put-$c" "$c" "$BASIC" PUT
    measure "basic4-get-$c" "$c" "$BASIC" GET
done
stop_server

# Server C: cost 12 with throttling effectively off, so that every wrong password of the flood costs a hash.
start_server unthrottled 12 TRACKER_SIGN_IN_MAX_FAILURES_PER_ACCOUNT=1000000000 \
    TRACKER_SIGN_IN_MAX_FAILURES_PER_ADDRESS=1000000000
prepare
warm_server "Bearer $TOKEN"
# Its own undisturbed figure, measured just before the flood, is what the flood is compared with.
measure token-put-16-unthrottled 16 "Bearer $TOKEN" PUT
under_flood flood-unthrottled
stop_server

# ---- Markdown for RESULTS.md ----

# A benchmarked run with a failed request is shown in bold and fails the script; the flood's failures are its point.
FAILED=()
for id in "${!NON2XX[@]}"; do
    if [[ $id != *-flood && (${NON2XX[$id]} != 0 || ${SOCKET_ERRORS[$id]} != 0) ]]; then
        FAILED+=("$id")
    fi
done

row() { # row <run id> <run> <server> <credential> <request> <connections>
    local id=$1 non2xx=${NON2XX[$1]} errors=${SOCKET_ERRORS[$1]}
    if [[ " ${FAILED[*]} " == *" $id "* ]]; then
        non2xx="**$non2xx**"
        errors="**$errors**"
    fi
    echo "| $2 | $3 | $4 | $5 | $6 | ${RPS[$id]} | ${P50[$id]} | ${P99[$id]} | ${REQUESTS[$id]} | $non2xx | $errors | ${CODES[$id]} |"
}

ratio() { # ratio <description> <numerator id> <denominator id> <comparison> <target>
    local value met
    value=$(awk -v a="${RPS[$2]}" -v b="${RPS[$3]}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    met=$(awk -v v="$value" -v t="$5" -v op="$4" \
        'BEGIN { if (v == "n/a") print "n/a"; else if (op == ">=" ? v >= t : v > t) print "yes"; else print "**no**" }')
    echo "| $1 | $value | $4 $5 | $met |"
}

ENTRY="/api/v1/reports/{id}/entries/{measure}"
APP_COMMIT=$(git -C "$APP_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ "$APP_COMMIT" != unknown ] && [ -n "$(git -C "$APP_DIR" status --porcelain 2>/dev/null)" ]; then
    APP_COMMIT="$APP_COMMIT (with uncommitted changes)"
fi

cat <<EOF
## Machine

- date: $(date -u '+%Y-%m-%d %H:%M UTC')
- CPUs (nproc): $(nproc)
- CPU: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
- memory: $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
- java: $(java -version 2>&1 | head -n1)
- wrk: $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)
- service: $APP_COMMIT, $APP_DIR
- each server: ${SERVER_WARMUP} s of PUTs and GETs before its first run; each run: ${WARMUP} s warm-up, then ${DURATION} s measured; wrk -t 1 at 1 connection, -t 2 at 16; flood: wrk -t 1 -c $FLOOD_CONNECTIONS

## Runs

Report $PERIOD of $AGENCY ($(tr ',' '\n' <<<"$MEASURES" | wc -l) entries, PUTs rotate over them), as a REPORTER.

| run | server | credential | request | conn. | req/s | p50 ms | p99 ms | requests | non-2xx | socket errors | status codes |
|---|---|---|---|---|---|---|---|---|---|---|---|
$(row basic12-put-1 1a "cost 12" "Basic" "PUT $ENTRY" 1)
$(row basic12-get-1 1a "cost 12" "Basic" "GET $ENTRY" 1)
$(row basic12-put-16 1a "cost 12" "Basic" "PUT $ENTRY" 16)
$(row basic12-get-16 1a "cost 12" "Basic" "GET $ENTRY" 16)
$(row token-put-1 1b "cost 12" "Bearer token" "PUT $ENTRY" 1)
$(row token-get-1 1b "cost 12" "Bearer token" "GET $ENTRY" 1)
$(row token-put-16 1b "cost 12" "Bearer token" "PUT $ENTRY" 16)
$(row token-get-16 1b "cost 12" "Bearer token" "GET $ENTRY" 16)
$(row basic4-put-1 1c "cost 4" "Basic" "PUT $ENTRY" 1)
$(row basic4-get-1 1c "cost 4" "Basic" "GET $ENTRY" 1)
$(row basic4-put-16 1c "cost 4" "Basic" "PUT $ENTRY" 16)
$(row basic4-get-16 1c "cost 4" "Basic" "GET $ENTRY" 16)
$(row flood-throttled 2 "cost 12, default throttling" "Bearer token, during flood" "PUT $ENTRY" 16)
$(row flood-throttled-flood 2 "cost 12, default throttling" "flood: Basic, random user, wrong password" "GET /api/v1/me" "$FLOOD_CONNECTIONS")
$(row token-put-16-unthrottled 2 "cost 12, throttling off" "Bearer token, undisturbed" "PUT $ENTRY" 16)
$(row flood-unthrottled 2 "cost 12, throttling off" "Bearer token, during flood" "PUT $ENTRY" 16)
$(row flood-unthrottled-flood 2 "cost 12, throttling off" "flood: Basic, random user, wrong password" "GET /api/v1/me" "$FLOOD_CONNECTIONS")

## Ratios (requests per second, this run)

| ratio | value | target | met |
|---|---|---|---|
$(ratio "token PUT@16 / cost-4 Basic PUT@16" token-put-16 basic4-put-16 ">=" 0.8)
$(ratio "token PUT@16 / cost-12 Basic PUT@16" token-put-16 basic12-put-16 ">=" 50)
$(ratio "token PUT@16 during flood (default throttling) / undisturbed" flood-throttled token-put-16 ">" 0.5)
$(ratio "token PUT@16 during flood (throttling off) / undisturbed on the same server" flood-unthrottled token-put-16-unthrottled ">" 0.5)
$(ratio "token PUT@16 during flood (throttling off) / undisturbed (1b)" flood-unthrottled token-put-16 ">" 0.5)
EOF

if [ ${#FAILED[@]} -gt 0 ]; then
    printf '\n**Requests failed in: %s.** Their status codes are in the table; req/s and the ratios count them as responses too.\n' "${FAILED[*]}"
    exit 1
fi
