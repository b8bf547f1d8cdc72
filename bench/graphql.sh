#!/usr/bin/env bash
# GraphQL latency under load with wrk (16 connections, 2 threads) for the three reference operations of issue 4:
#   (1) the first 20 meetings by date with their participants' names and roles,
#   (2) one meeting by slug with its commitments and their deadlines,
#   (3) the deadlines due between two dates,
# first on the seed dataset, then with 100,000 synthetic meetings (bench/synthetic-dataset.sql) in the same database.
# Each operation as served (repeated operations are answered from the per-dataset-version result memo) and with
# 'Cache-Control: no-cache', which makes every request read the database.
# The operations are the test suite's files in src/test/resources/graphql/.
# Usage: bench/graphql.sh [DURATION=10s]; WARMUP, WARMUP_MIN, WARMUP_MAX as in bench/lib.sh (warm-ups: 12 to 24 minutes).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-10s}
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
build_jar
port=18083
pgport=15484
data="$OUT/graphql-pg"
rm -rf "$data" "$data-runtime"
start() {
    java -Xmx1g $(service_opts $port) -Dceasefire.embedded.port=$pgport -Dceasefire.embedded.data-dir="$data" \
        -Dceasefire.seeds.dir="$ROOT/seeds" -jar "$JAR" >> "$OUT/graphql-service.log" 2>&1 &
    pid=$!
    wait_ready $port 180 || { echo "not ready; see $OUT/graphql-service.log"; exit 1; }
}
: > "$OUT/graphql-service.log"
start
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port/graphql"
ops="$ROOT/src/test/resources/graphql"

# script NAME OPERATION VARIABLES_JSON [no-cache]: a wrk Lua script POSTing the operation.
script() {
    python3 - "$ops/$2.graphql" "$3" "${4:-}" > "$OUT/$1.lua" <<'PY'
import json, sys
body = json.dumps({"query": open(sys.argv[1]).read(), "variables": json.loads(sys.argv[2])})
print('wrk.method = "POST"')
print('wrk.headers["Content-Type"] = "application/json"')
if sys.argv[3]:
    print('wrk.headers["Cache-Control"] = "no-cache"')
print('wrk.body = ' + json.dumps(body))
PY
}

measure() { # label script
    local out
    out=$(wrk -t2 -c16 -d"$duration" --latency -s "$OUT/$2.lua" "$url")
    printf '%-52s p50 %8s  p99 %8s  %10s req/s  non-2xx: %s\n' "$1" \
        "$(awk '/^ +50%/{print $2}' <<<"$out")" "$(awk '/^ +99%/{print $2}' <<<"$out")" \
        "$(awk '/Requests\/sec/{print $2}' <<<"$out")" "$(awk '/Non-2xx/{print $5}' <<<"$out" | grep . || echo 0)"
}

run_suite() { # meeting-slug from to
    script op1 meetings-with-participants '{}'
    script op1-fresh meetings-with-participants '{}' no-cache
    script op2 meeting-commitments "{\"slug\": \"$1\"}"
    script op2-fresh meeting-commitments "{\"slug\": \"$1\"}" no-cache
    script op3 deadlines-due "{\"from\": \"$2\", \"to\": \"$3\"}"
    script op3-fresh deadlines-due "{\"from\": \"$2\", \"to\": \"$3\"}" no-cache
    # A sample answer of each, to see what is measured (and that it is not an error).
    for op in op1 op2 op3; do
        body=$(sed -n 's/^wrk.body = //p' "$OUT/$op.lua" | python3 -c 'import json,sys; print(json.loads(sys.stdin.read()))')
        curl -s -H 'Content-Type: application/json' -d "$body" "$url" | head -c 160; echo
    done
    # JIT warm-up of both paths to their steady state (bench/lib.sh) before anything is measured.
    for op in op1 op2 op3; do
        warm_up "$op" /dev/null -s "$OUT/$op.lua" "$url"
        warm_up "$op (no-cache)" /dev/null -s "$OUT/$op-fresh.lua" "$url"
    done
    measure "(1) first 20 meetings + participants, roles" op1
    measure "    (no-cache)" op1-fresh
    measure "(2) meeting $1 + commitments + deadlines" op2
    measure "    (no-cache)" op2-fresh
    measure "(3) deadlines due $2..$3" op3
    measure "    (no-cache)" op3-fresh
}

echo "== seed dataset"
run_suite issg-munich-2016-02 2016-02-01 2016-03-31
echo "== + synthetic 100,000 meetings"
PGPASSWORD= psql -h 127.0.0.1 -p $pgport -U postgres -d ceasefire -q -v ON_ERROR_STOP=1 -f "$BENCH_DIR/synthetic-dataset.sql" >/dev/null
psql -h 127.0.0.1 -p $pgport -U postgres -d ceasefire -tA -c "select 'meetings: ' || count(*) from meeting"
# The rows were written behind the service's back: restart it so that nothing it remembers of the seed-only data
# (result memo, list totals) is served.
kill $pid; wait $pid 2>/dev/null || true
start
run_suite synthetic-meeting-000002 2012-01-01 2012-01-31
