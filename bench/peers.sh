#!/usr/bin/env bash
# This service against the peer a team would otherwise generate (issue 9): PostGraphile 4.14.1 from npm in production
# mode (NODE_ENV=production, no GraphiQL, no watch, no query log, loopback only) introspecting the SAME database: the
# service's embedded PostgreSQL with the 100,000 synthetic meetings of bench/synthetic-dataset.sql beside the seeds.
# Operation 3 filters with postgraphile-plugin-connection-filter 2.3.0 (the last release for PostGraphile 4), the
# standard plugin a team adds for filters beyond equality: PostGraphile's own `condition` argument only tests equality.
# Both packages are pinned in bench/peers/package-lock.json and installed with `npm ci` into bench/peers/node_modules.
# PostGraphile gets a pool of 16 connections, as many as the service's datasource (quarkus.datasource.jdbc.max-size).
#
# The three operations of issue 9, each as GraphQL on PostGraphile, GraphQL on this service and REST on this service
# (GraphQL documents in bench/peers/postgraphile/ and bench/peers/service/; REST paths in bench/peers/peers.py):
#   (1) the first 20 meetings by date with participants' names and roles, paged on with cursors
#       (REST: GET /api/v1/meetings?limit=20&include=participants&cursor=...);
#   (2) one meeting by slug with its commitments and their deadlines (REST: GET /api/v1/meetings/{slug}?REST_OP2_QUERY);
#   (3) the first 25 deadlines due between two dates (REST: GET /api/v1/deadlines?from=...&to=...&limit=25).
# REST asks with fields= for the properties the GraphQL documents select (target "rest": the same question on both
# surfaces; the lists in bench/peers/peers.py, REST_FIELDS) and, as target "rest-whole" (varied only), for whole records:
# every property, with the citations and claims of every record, which is what a client that does not narrow gets.
# PostGraphile orders meetings by date_earliest then id and deadlines by due_earliest then id (orderBy on columns, as a
# team would write it); this service orders by the window's start, then its end, then slug: same sizes of answer.
#
# Usage: bench/peers.sh [varied|repeated|both]
#   varied (default)  varied, uncached requests. Each request draws (seeded, so runs are comparable) one of 1,000
#                     synthetic meeting slugs that have commitments with deadlines (op 2), one of 200 date windows of
#                     7 to 60 days (op 3), or one of 200 cursors collected first by paging through each system with its
#                     own cursors, since cursors are opaque and system-specific (op 1). Every request to this service
#                     carries Cache-Control: no-cache, which bypasses its answer caches (PostGraphile keeps no
#                     answers). Prints, per operation and target, the median over rounds of rps, p50 and p99, this
#                     service's rps as a multiple of PostGraphile's and whether its p99 is no higher than PostGraphile's.
#   repeated          the same request repeated (the first page, the first slug, the first window) without no-cache, so
#                     that this service answers from its in-memory caches, next to nginx (apt package, started in the
#                     foreground with bench/peers/nginx.conf) serving the very bytes the service answered, saved first;
#                     GraphQL POSTs get the file through `error_page 405 =200`. Prints rps, p50, p99 and the service's
#                     rps as a share of nginx's. PostGraphile is measured too, for reference.
#   both              both, on one setup.
# Rounds are interleaved: for each round, for each operation, for each target one `wrk -t2 -c16 -d$DURATION --latency
# --timeout 10s` run, so that the load of the shared machine drifts over all targets alike and the ratios stay
# meaningful when the absolute numbers do not. (--timeout 10s: wrk's 2 s default would drop the slowest answers from
# the latency statistics.)
# Each operation and target is first warmed up to its steady state, in the first round (bench/lib.sh warm_up): runs of
# $WARMUP of the same requests until two in a row are no more than 5 % above the best before them after at least
# WARMUP_MIN seconds, or WARMUP_MAX seconds have passed; the rates of the warm-up runs are printed. A JVM compiles its hot code while it serves, and on 2 loaded
# cores that takes minutes: uncached GraphQL op 2 on this service went from 351 to ~2,500 rps over its first 2 minutes
# of load, while a single 5 s warm-up (this script before) measured it at less than half its steady rate. PostGraphile
# gets the same warm-up (V8 compiles too).
# Before measuring, answers of each operation and target are checked (varied: 10 spread over its list; repeated: the
# one, and that nginx's bytes are the service's): 2xx, JSON, no GraphQL errors (which come with a 200), records and
# nested records present; the first 160 bytes of one are printed. Non-2xx answers during the runs are counted.
#
# Settings (environment): DURATION (10s), ROUNDS (4), WARMUP (10s), WARMUP_MIN (60), WARMUP_MAX (120, seconds), SEED (9), SLUGS (1000), WINDOWS (200),
# CURSORS (200), REST_OP2_QUERY (include=commitments.deadlines; when the service answers 400 to it, the script says so and asks
# without it), ports PORT (18090, the service), PGPORT (15490, its embedded PostgreSQL), PGL_PORT (5090, PostGraphile),
# NGINX_PORT (18091): when one is in use the next free one is taken; JAVA_OPTS: more JVM options for the service (a
# profiler agent, say: load it at start, since attaching one to the running JVM throws its compiled code away).
# Raw wrk outputs, request lists, wrk Lua scripts and logs go to bench/out/peers/, the tables to
# bench/out/peers/<mode>-table.txt. Everything started here is stopped on exit.
# Needs java 17, psql, python3, node 20 with npm; installs wrk (and, for `repeated`, nginx) with apt-get when missing.
# Takes about 3 minutes of setup, then the warm-ups (60 s to WARMUP_MAX per operation and target, 12 or 15 of them),
# then ROUNDS x 12 x DURATION for varied, ROUNDS x 15 x DURATION for repeated.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

mode=${1:-varied}
case "$mode" in
varied | repeated | both) ;;
*) echo "usage: bench/peers.sh [varied|repeated|both]" >&2 && exit 2 ;;
esac
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-4}
SLUGS=${SLUGS:-1000}
WINDOWS=${WINDOWS:-200}
CURSORS=${CURSORS:-200}
REST_OP2_QUERY=${REST_OP2_QUERY-include=commitments.deadlines}
export SEED=${SEED:-9}
PEERS="$BENCH_DIR/peers"
export PEERS_OUT="$OUT/peers"
peers_py() { python3 "$PEERS/peers.py" "$@"; }

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
if [ "$mode" != varied ] && ! command -v nginx >/dev/null; then
    # Debian starts no daemon on install when /usr/sbin/policy-rc.d forbids it (as here); ours runs in the foreground.
    apt-get update -qq && apt-get install -y -qq nginx >/dev/null
fi

# free_port PORT: PORT, or the next port above it that nothing listens on.
free_port() {
    local p=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}

svc_pid= pgl_pid= nginx_pid=
stop() { # PID: stops a process started here and waits for it
    if [ -n "$1" ]; then
        kill "$1" 2>/dev/null || true
        wait "$1" 2>/dev/null || true
    fi
}
cleanup() {
    stop "$nginx_pid"
    stop "$pgl_pid"
    stop "$svc_pid" # its shutdown hook stops the embedded PostgreSQL
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$PEERS_OUT"
mkdir -p "$PEERS_OUT"
data="$OUT/peers-pg"
rm -rf "$data" "$data-runtime"

# ---- 1. this service on its embedded PostgreSQL, with the synthetic dataset --------------------------------------
build_jar
port=$(free_port "${PORT:-18090}")
pgport=$(free_port "${PGPORT:-15490}")
export SERVICE_URL="http://127.0.0.1:$port"
start_service() {
    local started
    started=$(now_ms)
    java -Xmx1g ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 $(service_opts "$port") -Dceasefire.embedded.port="$pgport" \
        -Dceasefire.embedded.data-dir="$data" -Dceasefire.seeds.dir="$ROOT/seeds" -jar "$JAR" \
        >> "$PEERS_OUT/service.log" 2>&1 &
    svc_pid=$!
    wait_ready "$port" 300 || { echo "the service is not ready; see $PEERS_OUT/service.log" >&2 && exit 1; }
    echo "service ready on :$port in $(( $(now_ms) - started )) ms (embedded PostgreSQL on :$pgport)"
}
sql() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d ceasefire -v ON_ERROR_STOP=1 "$@"; }
start_service
echo "loading bench/synthetic-dataset.sql ..."
sql -q -f "$BENCH_DIR/synthetic-dataset.sql" >/dev/null
# The rows were written behind the service's back: restart it so that nothing it remembers of the seed-only data
# (answer caches, list totals) is served.
stop "$svc_pid"
svc_pid=
start_service
sql -tA -c "select 'meetings ' || (select count(*) from meeting) || ', commitments ' || (select count(*) from commitment)
    || ', deadlines ' || (select count(*) from deadline)"

# ---- 2. PostGraphile on the same database --------------------------------------------------------------------------
if [ ! -x "$PEERS/node_modules/.bin/postgraphile" ] || [ "$PEERS/package-lock.json" -nt "$PEERS/node_modules/.package-lock.json" ]; then
    (cd "$PEERS" && npm ci --no-audit --no-fund --loglevel=error)
fi
pgl_port=$(free_port "${PGL_PORT:-5090}")
export PGL_URL="http://127.0.0.1:$pgl_port"
started=$(now_ms)
NODE_ENV=production "$PEERS/node_modules/.bin/postgraphile" \
    --connection "postgres://postgres@127.0.0.1:$pgport/ceasefire" --schema public \
    --host 127.0.0.1 --port "$pgl_port" --disable-graphiql --disable-query-log --max-pool-size 16 \
    --append-plugins postgraphile-plugin-connection-filter \
    --export-schema-graphql "$PEERS_OUT/postgraphile-schema.graphql" > "$PEERS_OUT/postgraphile.log" 2>&1 &
pgl_pid=$!
deadline=$(( $(date +%s) + 120 ))
until curl -fs -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' "$PGL_URL/graphql"; do
    if [ "$(date +%s)" -ge "$deadline" ] || ! kill -0 "$pgl_pid" 2>/dev/null; then
        echo "PostGraphile is not ready; see $PEERS_OUT/postgraphile.log" >&2 && exit 1
    fi
    sleep 0.1
done
echo "PostGraphile $("$PEERS/node_modules/.bin/postgraphile" --version) ready on :$pgl_port in $(( $(now_ms) - started )) ms"
# It must have introspected what the operations use: a unique slug (meetingBySlug), the foreign keys behind the
# relations, and the connection filter.
for field in 'allMeetings(' 'meetingBySlug(' 'allDeadlines(' 'meetingParticipantsByMeetingId(' 'participantByParticipantId:' \
    'commitmentsByMeetingId(' 'deadlinesByCommitmentId(' 'input DeadlineFilter'; do
    grep -qF "$field" "$PEERS_OUT/postgraphile-schema.graphql" ||
        { echo "PostGraphile's schema lacks $field; see $PEERS_OUT/postgraphile.log" >&2 && exit 1; }
done
if grep -iE 'warn|error' "$PEERS_OUT/postgraphile.log"; then echo "(PostGraphile's log above)"; fi

# ---- 3. the requests -------------------------------------------------------------------------------------------------
# 1,000 synthetic meetings with commitments that have deadlines, in an order the seed fixes.
sql -tA -c "select m.slug from meeting m where m.slug like 'synthetic-%' and exists (select 1 from commitment c
    join deadline d on d.commitment_id = c.id where c.meeting_id = m.id) order by md5('$SEED' || m.slug) limit $SLUGS" \
    > "$PEERS_OUT/slugs.txt"
[ "$(wc -l < "$PEERS_OUT/slugs.txt")" -eq "$SLUGS" ] || { echo "fewer than $SLUGS meetings with deadlines" >&2 && exit 1; }
# Date windows within the synthetic deadlines' due dates.
read -r first_day last_day < <(sql -tA -F ' ' -c \
    "select min(due_earliest), max(due_latest) from deadline where slug like 'synthetic-%'")
peers_py windows "$first_day" "$last_day" "$WINDOWS"
if [ -n "$REST_OP2_QUERY" ]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: application/json' -H 'Cache-Control: no-cache' \
        "$SERVICE_URL/api/v1/meetings/$(head -1 "$PEERS_OUT/slugs.txt")?$REST_OP2_QUERY")
    if [ "$code" = 400 ]; then
        echo "note: GET /api/v1/meetings/{slug}?$REST_OP2_QUERY answers 400 (no such include yet): REST operation 2 asks"
        echo "      without it, so its answer has commitments as links and no deadline due windows (1 + N requests)."
        REST_OP2_QUERY=
    fi
fi
export REST_OP2_QUERY DURATION

# bench MODE TARGET...: the interleaved rounds, then the table.
bench() {
    local mode=$1 round op target url out
    shift
    peers_py lua "$mode"
    echo "== $mode: answers checked (first 160 bytes of one per operation and target)"
    peers_py check "$mode"
    for round in $(seq 1 "$ROUNDS"); do
        for op in 1 2 3; do
            for target in "$@"; do
                case $target in
                postgraphile) url=$PGL_URL ;;
                nginx-*) url=$NGINX_URL ;;
                *) url=$SERVICE_URL ;;
                esac
                if [ "$round" = 1 ]; then
                    warm_up "$(printf 'op%s %-13s' "$op" "$target")" "$PEERS_OUT/$mode-warmup-op$op-$target.txt" \
                        --timeout 10s -s "$PEERS_OUT/lua/$mode-op$op-$target.lua" "$url"
                fi
                out="$PEERS_OUT/$mode-r$round-op$op-$target.txt"
                wrk -t2 -c16 -d"$DURATION" --timeout 10s --latency -s "$PEERS_OUT/lua/$mode-op$op-$target.lua" "$url" \
                    > "$out"
                printf '  round %s op%s %-13s %10s rps  p99 %9s  non-2xx %s\n' "$round" "$op" "$target" \
                    "$(awk '/^Requests\/sec/{print $2}' "$out")" "$(awk '/^ +99%/{print $2}' "$out")" \
                    "$(awk '/Non-2xx/{print $5}' "$out" | grep . || echo 0)"
            done
        done
    done
    echo
    peers_py report "$mode" | tee "$PEERS_OUT/$mode-table.txt"
    echo
}

if [ "$mode" != repeated ]; then
    echo "collecting $CURSORS cursors of operation 1 from each target ..."
    for target in postgraphile graphql rest; do peers_py cursors "$target" "$CURSORS"; done
    bench varied postgraphile graphql rest rest-whole
fi
if [ "$mode" != varied ]; then
    # nginx serves the bytes the service answered to the repeated requests.
    peers_py save-answers
    nginx_dir="$PEERS_OUT/nginx"
    mkdir -p "$nginx_dir/tmp"
    nginx_port=$(free_port "${NGINX_PORT:-18091}")
    export NGINX_URL="http://127.0.0.1:$nginx_port"
    sed -e "s|@PORT@|$nginx_port|g" -e "s|@ROOT@|$nginx_dir/root|g" -e "s|@DIR@|$nginx_dir|g" "$PEERS/nginx.conf" \
        > "$nginx_dir/nginx.conf"
    nginx -p "$nginx_dir" -e "$nginx_dir/error.log" -c "$nginx_dir/nginx.conf" &
    nginx_pid=$!
    deadline=$(( $(date +%s) + 30 ))
    until curl -fs -o /dev/null "$NGINX_URL/rest/op1"; do
        if [ "$(date +%s)" -ge "$deadline" ] || ! kill -0 "$nginx_pid" 2>/dev/null; then
            echo "nginx is not ready; see $nginx_dir/error.log" >&2 && exit 1
        fi
        sleep 0.1
    done
    echo "nginx $(nginx -v 2>&1 | sed 's|.*/||') ready on :$nginx_port"
    bench repeated postgraphile graphql nginx-graphql rest nginx-rest
fi
echo "raw wrk outputs, lists and logs: $PEERS_OUT"
