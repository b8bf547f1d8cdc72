#!/usr/bin/env bash
# Ingest of a synthetic corpus with mention extraction: time and heap.
# Usage: bench/ingest.sh [COUNTS="1000 3000"]
# For each count, generates COUNT synthetic texts of ~4 KB (bench/GenerateCorpus.java; minimal metadata), starts the
# packaged service on them with a forced reload into its own embedded database, and reports the loader's own summary
# line (time and counts), the time to readiness, and the largest heap occupancy after a GC during the run (from
# -Xlog:gc). Heap that does not grow with the corpus beyond the data itself shows as similar after-GC peaks for
# different counts.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
counts=${1:-"1000 3000"}
build_jar
port=18081
pgport=15482
for n in $counts; do
    corpus="$OUT/corpus-$n"
    rm -rf "$corpus"
    (cd "$ROOT" && java bench/GenerateCorpus.java "$corpus" "$n" >/dev/null)
    log="$OUT/ingest-$n.log"
    gclog="$OUT/ingest-$n.gc.log"
    start=$(now_ms)
    java -Xlog:gc:file="$gclog" $(service_opts $port) -Dceasefire.embedded.port=$pgport \
        -Dceasefire.embedded.data-dir="$OUT/ingest-pg" -Dceasefire.seeds.dir="$corpus" \
        -Dceasefire.seeds.force-reload=true -jar "$JAR" > "$log" 2>&1 &
    pid=$!
    if ! wait_ready $port 300; then kill $pid; echo "not ready; see $log"; exit 1; fi
    ready=$(now_ms)
    kill -TERM $pid; wait $pid 2>/dev/null || true
    peak=$(grep -oE '[0-9]+M->[0-9]+M' "$gclog" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -n 1)
    echo "corpus of $n texts (+5 real): ready after $(( ready - start )) ms; peak heap after GC ${peak:-?} MiB"
    grep -h "seeds: loaded" "$log" | sed 's/^.*seeds:/  seeds:/' | tail -n 1
done
