#!/usr/bin/env bash
# Start to ready, ingest included, with the embedded database already initialised.
# Usage: bench/startup.sh [RUNS=5]
# A warm-up run initialises the benchmark's own embedded database. Then each run starts the packaged service twice
# and measures the wall time from process start until /q/health/ready answers 200: once with
# ceasefire.seeds.force-reload=true (the whole corpus parsed, linked, cleaned, scanned and written: the cost of a
# changed corpus), once as a plain restart (seeds unchanged, load skipped). Each start goes through ./run, as a user's
# does: the warm-up run records the class data sharing archive that the measured starts then read.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
runs=${1:-5}
build_jar
port=18080
pgport=15481
data="$OUT/startup-pg"
common=($(service_opts $port) -Dceasefire.embedded.port=$pgport -Dceasefire.embedded.data-dir="$data"
        -Dceasefire.seeds.dir="$ROOT/seeds")

run_once() { # $1 = label, $2.. = extra -D options
    local label=$1; shift
    local start; start=$(now_ms)
    JAVA_OPTS="${JAVA_OPTS:-} ${common[*]} $*" "$ROOT/run" > "$OUT/startup-$label.log" 2>&1 &
    local pid=$!
    if ! wait_ready $port 120; then kill $pid; echo "not ready; see $OUT/startup-$label.log"; exit 1; fi
    local ready; ready=$(now_ms)
    kill -TERM $pid; wait $pid 2>/dev/null || true
    echo $(( ready - start ))
}

echo "warm-up (initialises the embedded database if needed): $(run_once warmup) ms"
for i in $(seq 1 "$runs"); do
    full=$(run_once "full-$i" -Dceasefire.seeds.force-reload=true)
    skip=$(run_once "unchanged-$i")
    echo "run $i: start→ready with full ingest ${full} ms; with unchanged seeds ${skip} ms"
    grep -h "seeds:" "$OUT/startup-full-$i.log" | tail -n 1
done
