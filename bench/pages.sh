#!/usr/bin/env bash
# The explorer's pages under load with wrk (16 connections, 2 threads) on the seed dataset: the home page (timeline),
# record pages and a source page, as HTML. Each page twice: as served (rendered once per dataset version and kept in
# memory, explorer/PageCache, #14) and with 'Cache-Control: no-cache', which makes every request run its queries and
# render its template; the CSL processor's formatted references (the Cite box) are memoised per record and day, as in
# production.
# Usage: bench/pages.sh [DURATION=10s]; WARMUP, WARMUP_MIN, WARMUP_MAX as in bench/lib.sh (warm-ups: 12 to 24 minutes).
# Needs wrk (apt-get install wrk); installs it when missing and running as root.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-10s}
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
build_jar
port=18083
pgport=15484
data="$OUT/pages-pg"
rm -rf "$data" "$data-runtime"
java -Xmx1g $(service_opts $port) -Dceasefire.embedded.port=$pgport -Dceasefire.embedded.data-dir="$data" \
    -Dceasefire.seeds.dir="$ROOT/seeds" -jar "$JAR" > "$OUT/pages-service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
wait_ready $port 180 || { echo "not ready; see $OUT/pages-service.log"; exit 1; }
base="http://127.0.0.1:$port"

measure() { # label path [accept [extra wrk args]]
    local out
    out=$(wrk -t2 -c16 -d"$duration" --latency -H "Accept: ${3:-text/html}" "${@:4}" "$base$2")
    printf '%-52s p50 %8s  p99 %8s  %10s req/s  non-2xx: %s\n' "$1" \
        "$(awk '/^ +50%/{print $2}' <<<"$out")" "$(awk '/^ +99%/{print $2}' <<<"$out")" \
        "$(awk '/Requests\/sec/{print $2}' <<<"$out")" "$(awk '/Non-2xx/{print $5}' <<<"$out" | grep . || echo 0)"
}

pages=("/" "/meetings/issg-munich-2016-02" "/participants/russia" "/deadlines/august-1-transition-deadline?asOf=2016-07-31"
    "/documents/southeast-missourian-munich-issg-2016-02-12" "/search?q=ceasefire%20Munich")
# JIT warm-up of each page to its steady state (bench/lib.sh) before anything is measured.
for p in "${pages[@]}"; do
    warm_up "$p" /dev/null -H "Accept: text/html" "$base$p"
    warm_up "$p (no-cache)" /dev/null -H "Accept: text/html" -H "Cache-Control: no-cache" "$base$p"
done
echo "== explorer pages, seed dataset, 16 connections, $duration each ($(nproc) cores)"
for p in "${pages[@]}"; do
    measure "$p" "$p"
    measure "  (no-cache)" "$p" text/html -H "Cache-Control: no-cache"
done
# For scale: the same meeting as REST JSON, its queries run on every request (no response cache), without a page.
echo "== reference: the REST JSON of the meeting, uncached"
measure "/api/v1/meetings/issg-munich-2016-02 (no-cache)" "/api/v1/meetings/issg-munich-2016-02" application/json \
    -H "Cache-Control: no-cache"
echo "(load average: $(cut -d' ' -f1-3 /proc/loadavg))"
