#!/usr/bin/env bash
# REST latency under load with wrk (16 connections, 2 threads): first on the seed dataset, then with a synthetic
# dataset of 100,000 meetings (bench/synthetic-dataset.sql) added to the same database.
# Usage: bench/api.sh [DURATION=10s]; WARMUP, WARMUP_MIN, WARMUP_MAX as in bench/lib.sh (warm-ups: 10 to 20 minutes).
# Needs wrk and psql (apt-get install wrk postgresql-client); installs wrk when missing and running as root.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-10s}
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
build_jar
port=18082
pgport=15483
data="$OUT/api-pg"
rm -rf "$data" "$data-runtime"
java -Xmx1g $(service_opts $port) -Dceasefire.embedded.port=$pgport -Dceasefire.embedded.data-dir="$data" \
    -Dceasefire.seeds.dir="$ROOT/seeds" -jar "$JAR" > "$OUT/api-service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
wait_ready $port 180 || { echo "not ready; see $OUT/api-service.log"; exit 1; }
base="http://127.0.0.1:$port/api/v1"

measure() { # label url [extra wrk args]
    local out
    out=$(wrk -t2 -c16 -d"$duration" --latency -H "Accept: application/json" "${@:3}" "$2")
    printf '%-44s p50 %8s  p99 %8s  %10s req/s  non-2xx: %s\n' "$1" \
        "$(awk '/^ +50%/{print $2}' <<<"$out")" "$(awk '/^ +99%/{print $2}' <<<"$out")" \
        "$(awk '/Requests\/sec/{print $2}' <<<"$out")" "$(awk '/Non-2xx/{print $5}' <<<"$out" | grep . || echo 0)"
}

# Each URL twice: as served (repeated requests come from the in-memory response cache) and with
# 'Cache-Control: no-cache', which makes every request run its queries.
run_suite() {
    for url in "meetings" "meetings?include=participants" "meetings/issg-munich-2016-02" "timeline" \
        "deadlines?status=missed" "meetings?participant=russia&from=2016&to=2016" "participants?name=Sergei%20Lavrov" \
        "search?q=ceasefire%20Munich" "$@"; do
        measure "$url" "$base/$url"
        measure "  (no-cache)" "$base/$url" -H "Cache-Control: no-cache"
    done
}

# JIT warm-up to the steady state (bench/lib.sh) of five of the URLs, as served and uncached, before anything is measured.
for url in meetings "meetings/issg-munich-2016-02" timeline "deadlines?status=missed" "search?q=ceasefire"; do
    warm_up "$url" /dev/null -H "Accept: application/json" "$base/$url"
    warm_up "$url (no-cache)" /dev/null -H "Accept: application/json" -H "Cache-Control: no-cache" "$base/$url"
done
echo "== seed dataset"
run_suite
echo "== + synthetic 100,000 meetings"
PGPASSWORD= psql -h 127.0.0.1 -p $pgport -U postgres -d ceasefire -q -v ON_ERROR_STOP=1 -f "$BENCH_DIR/synthetic-dataset.sql" >/dev/null
psql -h 127.0.0.1 -p $pgport -U postgres -d ceasefire -tA -c "select 'meetings: ' || count(*) from meeting"
run_suite "meetings?from=2019" "meetings?participant=synthetic-participant-42&from=2012&to=2013" \
    "search?q=synthetic%20meeting%204242"
