#!/usr/bin/env bash
# National-scale benchmark: 20 plans, 5 000 measures, 100 agencies, 10 half-years, about 150 000 report entries,
# loaded through the API, then entry writes, submissions, the consolidated report of the largest plan, its XLSX and
# PDF, an alert scan, start time, memory and entry reads, on H2 and on PostgreSQL, each figure against what plain JDBC
# gives on the same database (bench/Limit.java). See bench/README.md.
#
#   bench/national.sh [h2 quarkus-app folder] [postgresql quarkus-app folder] > results.md
#
# Without folders it builds both (./mvnw -B -q package -DskipTests, with -Dquarkus.datasource.db-kind=postgresql for
# the second) and copies each build aside. Progress goes to stderr, the Markdown for RESULTS.md to stdout. Exits 1 if a
# measured request failed. Settings (environment), with their defaults:
#   SCALE=1                 measures (and so entries) relative to the full data set; 0.1 = 500 measures, ~15 000 entries
#   DATABASES="h2 postgresql"
#   CLIENTS="1 16 64"       concurrent clients of the write runs (the targets compare the 16)
#   DURATION=20 WARMUP=5    seconds of each measured entry-write and read run, and of wrk before each
#   SERVER_WARMUP=30        seconds of entry writes before a server's first measured run
#   REPEAT=3                consolidated builds, exports and limit runs of the consolidated SQL (the median counts)
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/test PG_USER=postgres PG_PASSWORD=postgres PG_SCHEMA=bench
#                           the schema is dropped and created by the script, and dropped at the end (KEEP=1 keeps it)
#   KEEP=0                  1 keeps the working folder (databases, logs, documents) and the PostgreSQL schema
#   READY_TIMEOUT=3600      seconds a start may take
#   AGENCIES=100 GEN_THREADS=6   agencies of the data set, and the parallel requests of the loader (NationalData.java)
#   JVM_OPTS                the service's JVM options; by default the image's heap and collector (JVM_OPTS in the
#                           Dockerfile), run by the machine's java without the image's AOT cache
set -euo pipefail

SCALE=${SCALE:-1}
DATABASES=${DATABASES:-h2 postgresql}
CLIENTS=${CLIENTS:-1 16 64}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
SERVER_WARMUP=${SERVER_WARMUP:-30}
REPEAT=${REPEAT:-3}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${PG_USER:-postgres}
PG_PASSWORD=${PG_PASSWORD:-postgres}
PG_SCHEMA=${PG_SCHEMA:-bench}
KEEP=${KEEP:-0}
READY_TIMEOUT=${READY_TIMEOUT:-3600}
STOP_TIMEOUT=60
# Plan documents over 1 MiB need the plan-import limit of its own (default 32M); the service ignores it until then.
PLANS_MAX_DOCUMENT_SIZE=64M
ADMIN_PASSWORD=bench-admin-password-national
# The second of two consecutive clients' numbers is the one the targets are about.
TARGET_CLIENTS=16

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
if [ -z "${JVM_OPTS+set}" ]; then
    JVM_OPTS="$(sed -n 's/^ENV JVM_OPTS="\(.*\)"$/\1/p' "$REPO_DIR/Dockerfile") "
fi

die() {
    echo "national.sh: $*" >&2
    exit 1
}

log() {
    echo "[$(date +%T)] $*" >&2
}

for tool in wrk curl jq java awk; do
    command -v "$tool" >/dev/null || die "$tool is not installed$([ "$tool" = wrk ] && echo ': apt-get install wrk (Debian)')"
done
[[ $SCALE =~ ^[0-9]*\.?[0-9]+$ ]] || die "SCALE must be a positive number"
[[ $DURATION =~ ^[1-9][0-9]*$ && $WARMUP =~ ^[0-9]+$ && $SERVER_WARMUP =~ ^[0-9]+$ && $REPEAT =~ ^[1-9][0-9]*$ ]] \
    || die "DURATION, WARMUP, SERVER_WARMUP and REPEAT must be whole numbers (DURATION and REPEAT at least 1)"
[[ " $CLIENTS " == *" $TARGET_CLIENTS "* ]] || die "CLIENTS must include $TARGET_CLIENTS, the number the targets are about"
for db in $DATABASES; do
    [[ $db == h2 || $db == postgresql ]] || die "DATABASES takes h2 and postgresql, not $db"
done
if [[ " $DATABASES " == *" postgresql "* ]]; then
    command -v psql >/dev/null || die "psql is not installed (needed to create and drop the schema $PG_SCHEMA)"
fi
MAX_CLIENTS=$(tr ' ' '\n' <<<"$CLIENTS" | sort -n | tail -n1)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tracker-national.XXXXXX")
SERVER_PID=
WRK_PID=

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

pg_psql() {
    local rest=${PG_URL#jdbc:postgresql://}
    local hostport=${rest%%/*} database=${rest#*/}
    PGPASSWORD=$PG_PASSWORD PGOPTIONS=--client-min-messages=warning psql -q -v ON_ERROR_STOP=1 -h "${hostport%%:*}" -p "${hostport##*:}" -U "$PG_USER" \
        -d "${database%%\?*}" "$@"
}

cleanup() {
    if [ -n "$WRK_PID" ]; then
        kill "$WRK_PID" 2>/dev/null || true
    fi
    stop_server
    if [ "$KEEP" = 1 ]; then
        log "kept $WORK"
    else
        rm -rf "$WORK"
        if [[ " $DATABASES " == *" postgresql "* ]]; then
            pg_psql -c "drop schema if exists $PG_SCHEMA cascade" 2>/dev/null || true
        fi
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- the service ----

declare -A APP_DIRS
if [ $# -ge 2 ]; then
    APP_DIRS[h2]=$(cd "$1" && pwd) || die "no such folder: $1"
    APP_DIRS[postgresql]=$(cd "$2" && pwd) || die "no such folder: $2"
elif [ $# -eq 1 ]; then
    die "give both packaged folders (H2, then PostgreSQL), or none to build them"
else
    for db in $DATABASES; do
        log "building the service for $db in $REPO_DIR"
        (cd "$REPO_DIR" && ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind="$db")
        cp -r "$REPO_DIR/target/quarkus-app" "$WORK/app-$db"
        APP_DIRS[$db]=$WORK/app-$db
    done
fi
for db in $DATABASES; do
    [ -f "${APP_DIRS[$db]}/quarkus-run.jar" ] || die "${APP_DIRS[$db]}/quarkus-run.jar not found"
done
lib_jar() { # lib_jar <app dir> <file name prefix>: a jar of the packaged service's libraries
    local jar
    jar=$(ls "$1"/lib/main/"$2"*.jar 2>/dev/null | head -n1)
    [ -n "$jar" ] || die "no $2*.jar in $1/lib/main"
    echo "$jar"
}

free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "found no free port"
}

# Figures by "<database>:<name>".
declare -A FIG

# start_server <database> <name> [java option ...]: starts the packaged service in $WORK/<database> (its H2 database
# in ./data there; PostgreSQL in the schema $PG_SCHEMA) on a free port of 127.0.0.1 and waits until it is ready. Sets
# BASE, SERVER_PID, SERVER_DIR and FIG[<database>:start-<name>] (milliseconds from the process start to the first 200
# from /q/health/ready).
start_server() {
    local db=$1 name=$2
    shift 2
    SERVER_DIR=$WORK/$db
    mkdir -p "$SERVER_DIR"
    local port
    port=$(free_port)
    BASE=http://127.0.0.1:$port
    local -a env=(QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port"
        TRACKER_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" TRACKER_SEED_ENABLED=false
        TRACKER_PLANS_MAX_DOCUMENT_SIZE="$PLANS_MAX_DOCUMENT_SIZE")
    if [ "$db" = postgresql ]; then
        env+=(QUARKUS_DATASOURCE_JDBC_URL="$PG_URL?currentSchema=$PG_SCHEMA" QUARKUS_DATASOURCE_USERNAME="$PG_USER"
            QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD" QUARKUS_FLYWAY_SCHEMAS="$PG_SCHEMA")
    fi
    log "starting $db server '$name'${*:+ ($*)} on $BASE"
    local t0
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    (cd "$SERVER_DIR" && exec env "${env[@]}" java $JVM_OPTS "$@" -jar "${APP_DIRS[$db]}/quarkus-run.jar" >"server-$name.log" 2>&1) &
    SERVER_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/q/health/ready")" = 200 ]; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null || [ $((($(date +%s%N) - t0) / 1000000000)) -ge "$READY_TIMEOUT" ]; then
            tail -n 30 "$SERVER_DIR/server-$name.log" >&2
            die "$db server '$name' did not get ready within ${READY_TIMEOUT}s (its log is above)"
        fi
        sleep 0.1
    done
    FIG[$db:start-$name]=$((($(date +%s%N) - t0) / 1000000))
    log "ready after ${FIG[$db:start-$name]} ms"
}

rss_mb() { # rss_mb <VmRSS|VmHWM>: of the server process, in MiB
    awk -v key="$1:" '$1 == key { printf "%d", $2 / 1024 }' "/proc/$SERVER_PID/status"
}

# call <expected status> <curl arguments...>: prints the response body; stops the run on any other status.
call() {
    local expected=$1 out status
    shift
    out=$(curl -sS --max-time 600 -w '\n%{http_code}' "$@") || die "curl $* failed"
    status=${out##*$'\n'}
    out=${out%$'\n'*}
    [ "$status" = "$expected" ] || die "expected $expected but got $status from curl $*: ${out:0:2000}"
    printf '%s' "$out"
}

# timed <figure> <output file> <curl arguments...>: one request, timed to the last byte of its answer; sets
# FIG[<figure>] (ms) and FIG[<figure>-code]. An answer other than 2xx is kept (the request and the start of the
# answer, in FAILURES) and the run goes on, so that one failing figure does not cost the others.
declare -a FAILURES=()
timed() {
    local figure=$1 file=$2 out code seconds
    shift 2
    out=$(curl -sS --max-time 3600 -o "$file" -w '%{http_code} %{time_total}' "$@") || out="000 0"
    read -r code seconds <<<"$out"
    FIG[$figure]=$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')
    FIG[$figure-code]=$code
    if [[ $code != 2?? ]]; then
        FAILURES+=("$figure: curl ${*//Bearer apt_*/Bearer …} answered $code: $(head -c 500 "$file" | tr '\n' ' ')")
        log "$figure FAILED: $code after ${FIG[$figure]} ms"
        return 1
    fi
    log "$figure: $code in ${FIG[$figure]} ms, $(wc -c <"$file") bytes"
}

# list_reports <query>: every report of GET /api/v1/reports?<query> as one JSON array, page after page (Link).
list_reports() {
    local url="$BASE/api/v1/reports?$1&limit=200" headers=$WORK/list-headers page=$WORK/list-page
    : >"$WORK/list-all"
    while [ -n "$url" ]; do
        call 200 -D "$headers" -H "Authorization: Bearer $COORDINATOR_TOKEN" "$url" >"$page"
        cat "$page" >>"$WORK/list-all"
        url=$(tr -d '\r' <"$headers" | sed -n 's/^[Ll]ink: *<\([^>]*\)>; *rel="next".*/\1/p')
        if [ -n "$url" ] && [[ $url != http* ]]; then
            url=$BASE$url
        fi
    done
    jq -s 'add // []' "$WORK/list-all"
}

# ---- wrk runs ----

declare -A RPS P50 P99 REQUESTS NON2XX CODES

record() { # record <id> <RESULT line>
    local id=$1 field
    for field in ${2#RESULT }; do
        case $field in
            rps=*) RPS[$id]=${field#*=} ;;
            p50_ms=*) P50[$id]=${field#*=} ;;
            p99_ms=*) P99[$id]=${field#*=} ;;
            requests=*) REQUESTS[$id]=${field#*=} ;;
            non2xx=* | errors=*) NON2XX[$id]=$((${NON2XX[$id]:-0} + ${field#*=})) ;;
            socket_errors=*) NON2XX[$id]=$((${NON2XX[$id]:-0} + ${field#*=})) ;;
            codes=*) CODES[$id]=${field#*=} ;;
        esac
    done
    log "$id: ${RPS[$id]} req/s, p50 ${P50[$id]} ms, p99 ${P99[$id]} ms, failed ${NON2XX[$id]} (${CODES[$id]:-})"
}

# run_wrk <id or -> <threads> <connections> <seconds> <mode> <arguments...>: a timed run; "-" discards the result.
run_wrk() {
    local id=$1 threads=$2 connections=$3 seconds=$4 out
    shift 4
    out=$(wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 60s -s "$BENCH_DIR/national.lua" "$BASE" -- "$@") \
        || die "wrk failed: $out"
    if [ "$id" != - ]; then
        record "$id" "$(grep '^RESULT ' <<<"$out" || die "wrk printed no result: $out")"
    fi
}

# run_fixed <id or -> <connections> <SUBMIT|RETURN> <file>: every report of the file once; wrk is stopped once all its
# threads are done (national.lua leaves done-<n> files).
run_fixed() {
    local id=$1 connections=$2 mode=$3 file=$4 threads done out
    threads=$((connections < 2 ? connections : 2))
    done=$WORK/done
    rm -rf "$done"
    mkdir -p "$done"
    wrk -t "$threads" -c "$connections" -d 3600s --timeout 120s -s "$BENCH_DIR/national.lua" "$BASE" -- \
        "$mode" "$file" "$threads" "$done" >"$WORK/wrk-fixed.out" 2>&1 &
    WRK_PID=$!
    while [ "$(ls "$done" | wc -l)" -lt "$threads" ] && kill -0 "$WRK_PID" 2>/dev/null; do
        sleep 0.1
    done
    kill -INT "$WRK_PID" 2>/dev/null || true
    wait "$WRK_PID" || true
    WRK_PID=
    out=$(cat "$WORK/wrk-fixed.out")
    local line
    line=$(grep '^RESULT ' <<<"$out") || die "wrk printed no result: $out"
    if [ "$id" != - ]; then
        record "$id" "$line"
    elif [[ $line != *" non2xx=0 "* ]]; then
        die "$mode pass failed: $line"
    fi
}

# targets <file>: the entries of the largest plan's current half-year, except the two reports kept for the read test,
# as "<token> <report id> <measure> <entry id>.<version>" lines in order of position, then agency (consecutive writes
# go to different reports); sets READ_A and READ_B ("<token> <report id> <measure>").
targets() {
    # Writes that wrk left under way when it stopped are still being answered: read until two readings a second
    # apart agree, so that no version is stale.
    list_reports "plan=$PLAN&period=$CURRENT" >"$WORK/current.json"
    while sleep 1 && list_reports "plan=$PLAN&period=$CURRENT" >"$WORK/current-again.json" \
        && ! cmp -s "$WORK/current.json" "$WORK/current-again.json"; do
        mv "$WORK/current-again.json" "$WORK/current.json"
    done
    jq -r --slurpfile st "$STATE" '
        (sort_by(.agency) | .[-2:] | map(.agency)) as $kept
        | [.[] | select(.agency as $a | $kept | index($a) | not) | . as $r | .entries | to_entries[]
            | {pos: .key, agency: $r.agency, id: $r.id, measure: .value.measure, etag: .value.etag}]
        | sort_by(.pos, .agency)[]
        | "\($st[0].reporterTokens[.agency]) \(.id) \(.measure) \(.etag | ltrimstr("\"") | rtrimstr("\""))"' \
        "$WORK/current.json" >"$1"
    READ_A=$(jq -r --slurpfile st "$STATE" 'sort_by(.agency) | .[-2] | "\($st[0].reporterTokens[.agency]) \(.id) \(.entries[0].measure)"' "$WORK/current.json")
    READ_B=$(jq -r --slurpfile st "$STATE" 'sort_by(.agency) | .[-1] | "\($st[0].reporterTokens[.agency]) \(.id) \(.entries[0].measure)"' "$WORK/current.json")
    [ "$(wc -l <"$1")" -ge "$MAX_CLIENTS" ] || die "only $(wc -l <"$1") entries to write, fewer than $MAX_CLIENTS clients"
}

# pool <file>: the reports the agencies opened themselves on each plan's last ended half-year (drafts after loading),
# as "<token> <report id>" lines; the same with the coordinator's token in <file>.return.
pool() {
    local period
    : >"$1"
    for period in $(jq -r '.ownPeriods | [.[]] | unique[]' "$STATE"); do
        list_reports "period=$period" | jq -r --slurpfile st "$STATE" --arg p "$period" \
            '.[] | select(.backfill == null and $st[0].ownPeriods[.planCode] == $p)
             | "\($st[0].reporterTokens[.agency]) \(.id)"' >>"$1"
    done
    awk -v token="$COORDINATOR_TOKEN" '{ print token, $2 }' "$1" >"$1.return"
    [ -s "$1" ] || die "no reports to submit"
}

# ---- one database ----

bench_database() {
    local db=$1 dir=$WORK/$1
    mkdir -p "$dir"
    if [ "$db" = postgresql ]; then
        pg_psql -c "drop schema if exists $PG_SCHEMA cascade" -c "create schema $PG_SCHEMA"
    fi

    # 1. An empty service, loaded through the API.
    start_server "$db" empty
    local app=${APP_DIRS[$db]} cp
    cp=$(lib_jar "$app" com.fasterxml.jackson.core.jackson-databind):$(lib_jar "$app" com.fasterxml.jackson.core.jackson-core):$(lib_jar "$app" com.fasterxml.jackson.core.jackson-annotations)
    log "loading the data set (SCALE=$SCALE)"
    if ! java -cp "$cp" "$BENCH_DIR/NationalData.java" "$BASE" "$ADMIN_PASSWORD" "$SCALE" \
        "$REPO_DIR/seed-data/cybersecurity-2019-2023.json" "$dir" 2>"$dir/generate.log"; then
        tail -n 20 "$dir/generate.log" >&2
        if grep -q 'answered 413' "$dir/generate.log"; then
            die "a plan document over the service's body limit was refused: a plan of this SCALE needs the plan-import limit TRACKER_PLANS_MAX_DOCUMENT_SIZE (set to $PLANS_MAX_DOCUMENT_SIZE here); with a service without it, use SCALE=0.1 (largest document under 1 MiB)"
        fi
        die "loading failed (above; $dir/generate.log)"
    fi
    grep -E 'imported bench-national-01|accounts|H[12]:|done in' "$dir/generate.log" >&2 || true
    STATE=$dir/state.json
    stop_server
    if [ "$db" = postgresql ]; then
        # What autovacuum does on a production server, and what this machine's PostgreSQL (autovacuum off, a test
        # configuration) leaves undone: without statistics the planner takes the 300 000 revision entries for a few
        # and nests loops over them (an alert scan took 16 s instead of 0.6 s, a consolidated build 30 s).
        log "analyzing the schema $PG_SCHEMA (autovacuum: $(pg_psql -Atc 'show autovacuum'))"
        pg_psql >/dev/null <<SQL || die "could not analyze the schema $PG_SCHEMA"
select format('analyze %I.%I', schemaname, relname) from pg_stat_user_tables where schemaname = '$PG_SCHEMA' \gexec
SQL
    fi

    # 2. The first start on the loaded data (missed scheduled firings run after it, through the scheduler).
    start_server "$db" first-loaded
    stop_server

    # 3. A plain restart; the measured runs.
    start_server "$db" restart
    sleep 5
    FIG[$db:rss-idle]=$(rss_mb VmRSS)
    PLAN=$(jq -r .largestPlan "$STATE")
    CURRENT=$(jq -r .current "$STATE")
    OWN=$(jq -r .largestOwnPeriod "$STATE")
    COORDINATOR_TOKEN=$(jq -r .coordinatorToken "$STATE")
    ADMIN_TOKEN=$(jq -r .adminToken "$STATE")
    local targets=$dir/targets.txt pool=$dir/pool.txt c
    targets "$targets"
    pool "$pool"
    log "$(wc -l <"$targets") entries to write, $(wc -l <"$pool") reports to submit"

    log "warming up for ${SERVER_WARMUP}s"
    if [ "$SERVER_WARMUP" -gt 0 ]; then
        run_wrk - "$TARGET_CLIENTS" "$TARGET_CLIENTS" "$SERVER_WARMUP" PUT "$targets" "$TARGET_CLIENTS"
        targets "$targets"
    fi

    # Reading an entry written once against one written 200 times (two reports kept out of the other runs).
    local token report measure etag i
    read -r token report measure <<<"$READ_B"
    etag=$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $token" "$BASE/api/v1/reports/$report/entries/$measure" \
        | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: *//p')
    for i in $(seq 199); do
        etag=$(curl -sS -D - -o /dev/null -X PUT -H "Authorization: Bearer $token" -H "If-Match: $etag" \
            -H 'Content-Type: application/json' "$BASE/api/v1/reports/$report/entries/$measure" \
            -d "{\"status\":\"IN_PROGRESS\",\"progressPercent\":$((i % 99 + 1)),\"narrative\":\"Запись $i.\"}" \
            | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: *//p')
        [ -n "$etag" ] || die "update $i of the entry $measure of report $report failed"
    done
    FIG[$db:read-b-version]=$etag
    # Two rounds of each, alternating, so that neither gains from coming second.
    local half=$(((DURATION + 1) / 2)) round
    if [ "$WARMUP" -gt 0 ]; then
        # shellcheck disable=SC2086
        run_wrk - 1 1 "$WARMUP" GET $READ_A
        # shellcheck disable=SC2086
        run_wrk - 1 1 "$WARMUP" GET $READ_B
    fi
    for round in 1 2; do
        # shellcheck disable=SC2086
        run_wrk "$db:get-1-$round" 1 1 "$half" GET $READ_A
        # shellcheck disable=SC2086
        run_wrk "$db:get-200-$round" 1 1 "$half" GET $READ_B
    done
    # The better round of each: on a shared machine, interference only ever slows a round down.
    for round in 1 200; do
        RPS[$db:get-$round]=$(awk -v a="${RPS[$db:get-$round-1]}" -v b="${RPS[$db:get-$round-2]}" 'BEGIN { printf "%.1f", (a > b ? a : b) }')
    done

    # Entry writes; one connection per wrk thread, so that each entry's writes follow each other.
    for c in $CLIENTS; do
        if [ "$WARMUP" -gt 0 ]; then
            targets "$targets"
            run_wrk - "$c" "$c" "$WARMUP" PUT "$targets" "$c"
        fi
        targets "$targets"
        run_wrk "$db:put-$c" "$c" "$c" "$DURATION" PUT "$targets" "$c"
        if [ "$c" = "$MAX_CLIENTS" ]; then
            FIG[$db:rss-loaded]=$(rss_mb VmRSS)
        fi
    done

    # Submissions: each pass submits every report of the pool once; the committee returns them between passes.
    log "submissions: a warm-up pass at $MAX_CLIENTS clients"
    run_fixed - "$MAX_CLIENTS" SUBMIT "$pool"
    for c in $CLIENTS; do
        run_fixed - "$TARGET_CLIENTS" RETURN "$pool.return"
        run_fixed "$db:submit-$c" "$c" SUBMIT "$pool"
    done

    # The consolidated report of the largest plan on its last ended half-year.
    for i in $(seq "$REPEAT"); do
        timed "$db:build-$i" "$dir/consolidated.json" -X POST -H "Authorization: Bearer $COORDINATOR_TOKEN" \
            "$BASE/api/v1/plans/$PLAN/periods/$OWN/consolidated-report" || true
        FIG[$db:build-codes]="${FIG[$db:build-codes]:+${FIG[$db:build-codes]},}${FIG[$db:build-$i-code]}"
    done
    FIG[$db:build-bytes]=$(wc -c <"$dir/consolidated.json")
    FIG[$db:build]=$(median "$db:build" "$REPEAT")

    # An alert scan that finds nothing new (the start-up scans have queued everything): the second of two.
    for i in 1 2; do
        if timed "$db:scan-$i" "$dir/scan.json" -X POST -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/alerts/scan"; then
            log "alert scan $i: $(jq -c '{plans, queued}' "$dir/scan.json")"
        fi
    done
    FIG[$db:scan]=${FIG[$db:scan-2]}
    FIG[$db:scan-queued]=$(jq -r '.queued // "?"' "$dir/scan.json" 2>/dev/null || echo "?")
    FIG[$db:scan-plans]=$(jq -r '(.plans // []) | join(",")' "$dir/scan.json" 2>/dev/null || echo "?")
    if [ "${FIG[$db:scan-2-code]:-}" = 200 ] && { [ "${FIG[$db:scan-queued]}" != 0 ] || [ "${FIG[$db:scan-plans]}" != "$PLAN" ]; }; then
        FAILURES+=("$db:scan: expected a scan of $PLAN alone that queues nothing, got plans ${FIG[$db:scan-plans]}, queued ${FIG[$db:scan-queued]}")
    fi
    FIG[$db:rss-peak]=$(rss_mb VmHWM)
    FIG[$db:alerts]=$(curl -sS "$BASE/q/metrics" | awk '/^tracker_alerts_pending[ {]/ { printf "%d", $NF }')
    stop_server

    # 4. The exports in a 256 MB heap; the GC log gives the heap's peak.
    start_server "$db" heap-256m -Xmx256m "-Xlog:gc:file=$dir/gc.log"
    local format lines
    for format in xlsx pdf; do
        lines=$(wc -l <"$dir/gc.log")
        for i in $(seq "$REPEAT"); do
            timed "$db:$format-$i" "$dir/consolidated.$format" -H "Authorization: Bearer $COORDINATOR_TOKEN" \
                "$BASE/api/v1/plans/$PLAN/periods/$OWN/consolidated-report?format=$format&lang=ky" || true
            FIG[$db:$format-codes]="${FIG[$db:$format-codes]:+${FIG[$db:$format-codes]},}${FIG[$db:$format-$i-code]}"
        done
        FIG[$db:$format]=$(median "$db:$format" "$REPEAT")
        FIG[$db:$format-bytes]=$(wc -c <"$dir/consolidated.$format")
        # "GC(7) Pause Young (Normal) (G1 Evacuation Pause) 180M->31M(256M) 4.2ms": the heap before and after.
        local peak live gcs
        read -r peak live gcs < <(tail -n +"$((lines + 1))" "$dir/gc.log" | awk '
            function mb(v) { u = substr(v, length(v)); n = substr(v, 1, length(v) - 1) + 0;
                return u == "G" ? n * 1024 : u == "K" ? n / 1024 : n }
            match($0, /[0-9]+[KMG]->[0-9]+[KMG]/) { split(substr($0, RSTART, RLENGTH), h, "->");
                if (mb(h[1]) > peak) peak = mb(h[1]); if (mb(h[2]) > live) live = mb(h[2]); n++ }
            END { printf "%d %d %d\n", peak, live, n }')
        FIG[$db:$format-heap-peak]=$peak
        FIG[$db:$format-heap-live]=$live
        FIG[$db:$format-gcs]=$gcs
        FIG[$db:$format-full-gcs]=$(tail -n +"$((lines + 1))" "$dir/gc.log" | grep -c 'Pause Full' || true)
    done
    stop_server

    # 5. The limit: the same writes and the consolidated SQL through plain JDBC, on the same database.
    local url user password driver
    if [ "$db" = h2 ]; then
        url="jdbc:h2:file:$dir/data/tracker;WRITE_DELAY=0" user=tracker password= driver=$(lib_jar "$app" com.h2database.h2)
    else
        url="$PG_URL?currentSchema=$PG_SCHEMA" user=$PG_USER password=$PG_PASSWORD driver=$(lib_jar "$app" org.postgresql.postgresql)
    fi
    log "the limit: plain JDBC on $db"
    java -cp "$driver" "$BENCH_DIR/Limit.java" "url=$url" "user=$user" "password=$password" \
        "targets=$targets" "pool=$pool" "plan=$PLAN" "period=$OWN" "threads=${CLIENTS// /,}" \
        "duration=$DURATION" "warmup=$WARMUP" "repeat=$REPEAT" >"$dir/limit.out" 2>"$dir/limit.log" \
        || die "Limit.java failed: $(tail -n 20 "$dir/limit.log")"
    local line
    while read -r line; do
        case $line in
            "RESULT id=consolidated "*)
                FIG[$db:limit-build]=$(sed -n 's/.* ms=\([0-9]*\).*/\1/p' <<<"$line")
                FIG[$db:limit-build-runs]=$(sed -n 's/.* runs=\[\([0-9,]*\)\].*/\1/p' <<<"$line")
                FIG[$db:limit-build-rows]=$(sed -n 's/.* rows=\([0-9]*\).*/\1/p' <<<"$line")
                ;;
            "RESULT id="*)
                local id=${line#RESULT id=}
                record "$db:limit-${id%% *}" "RESULT ${id#* }"
                ;;
        esac
    done <"$dir/limit.out"

    # The data set, as loaded.
    for key in plans measures agencies halfYears reports entries revisions entryWrites largestMeasures \
        largestDocumentBytes maxDocumentBytes largestImportMillis totalMillis; do
        FIG[$db:data-$key]=$(jq -r ".$key" "$STATE")
    done
    FIG[$db:pool]=$(wc -l <"$pool")
    FIG[$db:targets]=$(wc -l <"$targets")
}

median() { # median <figure prefix> <count>: of FIG[<prefix>-1] ... FIG[<prefix>-<count>]
    local i
    for i in $(seq "$2"); do
        echo "${FIG[$1-$i]}"
    done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

for db in $DATABASES; do
    bench_database "$db"
done

# ---- Markdown for RESULTS.md ----

FAILED=()
for id in "${!NON2XX[@]}"; do
    if [ "${NON2XX[$id]}" != 0 ]; then
        FAILED+=("$id")
    fi
done

ratio() { # ratio <value> <limit>: value / limit, two decimals
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a != "") printf "%.2f", a / b; else print "n/a" }'
}

met() { # met <value> <op> <bound>
    awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { if (v == "n/a" || v == "") print "n/a";
        else if (op == ">=" ? v >= t : op == "<=" ? v <= t : v < t) print "yes"; else print "**no**" }'
}

run_cells() { # run_cells <id>: req/s, p50, p99 and failures of a run
    local id=$1 failed=${NON2XX[$1]:-}
    [ "$failed" != "" ] && [ "$failed" != 0 ] && failed="**$failed**"
    echo "${RPS[$id]:-} req/s (p50 ${P50[$id]:-} ms, p99 ${P99[$id]:-} ms, ${REQUESTS[$id]:-} requests, failed ${failed:-})"
}

APP_COMMIT=$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ "$APP_COMMIT" != unknown ] && [ -n "$(git -C "$REPO_DIR" status --porcelain 2>/dev/null)" ]; then
    APP_COMMIT="$APP_COMMIT (with uncommitted changes)"
fi
FIRST_DB=${DATABASES%% *}

cat <<EOF
## Machine

- date: $(date -u '+%Y-%m-%d %H:%M UTC')
- CPUs (nproc): $(nproc)
- CPU: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
- memory: $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
- load average before the run: $LOAD_BEFORE
- java: $(java -version 2>&1 | head -n1)
- wrk: $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)
- PostgreSQL: $(if [[ " $DATABASES " == *" postgresql "* ]]; then pg_psql -Atc "select current_setting('server_version') || ', autovacuum ' || current_setting('autovacuum')" 2>/dev/null || echo unknown; else echo "not run"; fi)
- service: commit $APP_COMMIT, run with \`java $JVM_OPTS-jar quarkus-run.jar\` (the image's heap and collector options, without its AOT cache), the exports with \`-Xmx256m\`
- settings: SCALE=$SCALE, CLIENTS="$CLIENTS", DURATION=$DURATION, WARMUP=$WARMUP, SERVER_WARMUP=$SERVER_WARMUP, REPEAT=$REPEAT

## Data set

Loaded through the API by [NationalData.java](NationalData.java) (${FIG[$FIRST_DB:data-totalMillis]:-?} ms on $FIRST_DB):
${FIG[$FIRST_DB:data-plans]:-?} plans with ${FIG[$FIRST_DB:data-measures]:-?} measures (the largest ${FIG[$FIRST_DB:data-largestMeasures]:-?}, its document
${FIG[$FIRST_DB:data-largestDocumentBytes]:-?} bytes, imported in ${FIG[$FIRST_DB:data-largestImportMillis]:-?} ms), ${FIG[$FIRST_DB:data-agencies]:-?} agencies, ${FIG[$FIRST_DB:data-halfYears]:-?} half-years,
${FIG[$FIRST_DB:data-reports]:-?} reports with ${FIG[$FIRST_DB:data-entries]:-?} entries (${FIG[$FIRST_DB:data-entryWrites]:-?} entry writes), ${FIG[$FIRST_DB:data-revisions]:-?} submitted revisions.
Entry writes rotate over the ${FIG[$FIRST_DB:targets]:-?} entries of the largest plan's current half-year; each submission pass submits
the ${FIG[$FIRST_DB:pool]:-?} reports that agencies opened on their plans' last ended half-year.
EOF

for db in $DATABASES; do
    d=$db
    build_limit=$(awk -v l="${FIG[$d:limit-build]:-}" 'BEGIN { if (l != "") printf "%d", 2 * l + 50 }')
    cat <<EOF

## $db

| figure | service | limit | ratio | target | met |
|---|---|---|---|---|---|
EOF
    for c in $CLIENTS; do
        r=$(ratio "${RPS[$d:put-$c]:-}" "${RPS[$d:limit-put-$c]:-}")
        if [ "$c" = "$TARGET_CLIENTS" ]; then t=">= 0.5"; m=$(met "$r" ">=" 0.5); else t="–"; m="–"; fi
        echo "| entry PUT, $c client(s), token, If-Match ETag | $(run_cells "$d:put-$c") | $(run_cells "$d:limit-put-$c") | $r | $t | $m |"
    done
    for c in $CLIENTS; do
        r=$(ratio "${RPS[$d:submit-$c]:-}" "${RPS[$d:limit-submit-$c]:-}")
        if [ "$c" = "$TARGET_CLIENTS" ]; then t=">= 0.5"; m=$(met "$r" ">=" 0.5); else t="–"; m="–"; fi
        echo "| submission, $c client(s) | $(run_cells "$d:submit-$c") | $(run_cells "$d:limit-submit-$c") | $r | $t | $m |"
    done
    r=$(ratio "${FIG[$d:build]:-}" "$build_limit")
    m=$(met "$r" "<=" 1)
    [[ ${FIG[$d:build-codes]:-} =~ ^(20[01],?)+$ ]] || m="**failed**"
    echo "| consolidated build of $PLAN on $OWN (median of $REPEAT: ${FIG[$d:build-1]:-}$(for i in $(seq 2 "$REPEAT"); do printf ', %s' "${FIG[$d:build-$i]:-}"; done) ms; answers ${FIG[$d:build-codes]:-}; ${FIG[$d:build-bytes]:-} bytes of JSON) | ${FIG[$d:build]:-} ms | 2 × ${FIG[$d:limit-build]:-} ms (plain SQL, ${FIG[$d:limit-build-rows]:-} rows; runs ${FIG[$d:limit-build-runs]:-}) + 50 ms = $build_limit ms | $r | <= 1 | $m |"
    for format in xlsx pdf; do
        r=$(ratio "${FIG[$d:$format]:-}" 2000)
        m=$(met "$r" "<" 1)
        [[ ${FIG[$d:$format-codes]:-} =~ ^(200,?)+$ ]] || m="**failed**"
        echo "| $format export, -Xmx256m (median of $REPEAT: ${FIG[$d:$format-1]:-}$(for i in $(seq 2 "$REPEAT"); do printf ', %s' "${FIG[$d:$format-$i]:-}"; done) ms; answers ${FIG[$d:$format-codes]:-}; ${FIG[$d:$format-bytes]:-} bytes; heap before GC at most ${FIG[$d:$format-heap-peak]:-} MB, after GC at most ${FIG[$d:$format-heap-live]:-} MB, ${FIG[$d:$format-gcs]:-} GCs, ${FIG[$d:$format-full-gcs]:-} full) | ${FIG[$d:$format]:-} ms | 2000 ms | $r | < 1 | $m |"
    done
    r=$(ratio "${FIG[$d:scan]:-}" 1000)
    m=$(met "$r" "<" 1)
    [ "${FIG[$d:scan-2-code]:-}" = 200 ] && [ "${FIG[$d:scan-queued]:-}" = 0 ] || m="**failed**"
    echo "| alert scan that finds nothing new (second call; first ${FIG[$d:scan-1]:-} ms; plans scanned: ${FIG[$d:scan-plans]:-}; queued ${FIG[$d:scan-queued]:-}; ${FIG[$d:alerts]:-} alerts pending in the outbox) | ${FIG[$d:scan]:-} ms | 1000 ms | $r | < 1 | $m |"
    r=$(ratio "${RPS[$d:get-200]:-}" "${RPS[$d:get-1]:-}")
    echo "| GET of an entry written 200 times (ETag ${FIG[$d:read-b-version]:-}) against one written once, 1 client, two alternating rounds each (req/s of the better) | ${RPS[$d:get-200]:-} req/s ($(run_cells "$d:get-200-1"); $(run_cells "$d:get-200-2")) | ${RPS[$d:get-1]:-} req/s ($(run_cells "$d:get-1-1"); $(run_cells "$d:get-1-2")) | $r | >= 0.9 | $(met "$r" ">=" 0.9) |"
    r=$(ratio "${FIG[$d:start-restart]:-}" "${FIG[$d:start-empty]:-}")
    echo "| start: process start to the first 200 from /q/health/ready, on the loaded data (a plain restart) | ${FIG[$d:start-restart]:-} ms | ${FIG[$d:start-empty]:-} ms (empty database, migrations included) | $r | – | – |"
    echo "| first start on the loaded data | ${FIG[$d:start-first-loaded]:-} ms | ${FIG[$d:start-empty]:-} ms | $(ratio "${FIG[$d:start-first-loaded]:-}" "${FIG[$d:start-empty]:-}") | – | – |"
    echo "| RSS (VmRSS): idle 5 s after the restart; loaded, right after the $MAX_CLIENTS-client writes; peak (VmHWM) by the end of the runs | ${FIG[$d:rss-loaded]:-} MB loaded, ${FIG[$d:rss-peak]:-} MB peak | ${FIG[$d:rss-idle]:-} MB idle | $(ratio "${FIG[$d:rss-loaded]:-}" "${FIG[$d:rss-idle]:-}") | – | – |"
done

if [ ${#FAILURES[@]} -gt 0 ]; then
    printf '\n**Failed:**\n\n'
    for failure in "${FAILURES[@]}"; do
        printf -- '- %s\n' "$failure"
    done
fi
if [ ${#FAILED[@]} -gt 0 ]; then
    printf '\n**Requests failed in: %s.** Their status codes: ' "${FAILED[*]}"
    for id in "${FAILED[@]}"; do
        printf '%s %s; ' "$id" "${CODES[$id]:-(limit: errors)}"
    done
    echo
fi
if [ ${#FAILED[@]} -gt 0 ] || [ ${#FAILURES[@]} -gt 0 ]; then
    exit 1
fi
