#!/usr/bin/env bash
# Exports under a capped heap: starts the packaged jar with -Xmx256m, measures the 304 answer of dataset.json on the
# seed data with wrk (16 connections), then adds the synthetic 100,000-meeting dataset (bench/synthetic-dataset.sql)
# and times the full dataset.json, datapackage.zip and datapackage.json downloads and every table's Parquet file with
# curl, sampling the heap used with jstat and the process's resident memory with ps (DuckDB, which writes the Parquet
# files, works outside the Java heap).
# Usage: bench/export.sh [DURATION=10s]
# Needs wrk (installed when missing and running as root), psql and curl; ports 18091 (HTTP) and 15493 (embedded PostgreSQL), data in bench/out/export-pg.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-10s}
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
build_jar
port=18091
pgport=15493
data="$OUT/export-pg"
rm -rf "$data" "$data-runtime"
java -Xmx256m $(service_opts $port) -Dceasefire.embedded.port=$pgport -Dceasefire.embedded.data-dir="$data" \
    -Dceasefire.seeds.dir="$ROOT/seeds" -jar "$JAR" > "$OUT/export-service.log" 2>&1 &
pid=$!
sampler=
trap 'kill $pid 2>/dev/null || true; [ -n "$sampler" ] && kill $sampler 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
wait_ready $port 180 || { echo "not ready; see $OUT/export-service.log"; exit 1; }
base="http://127.0.0.1:$port/api/v1/export"

echo "== seed dataset: dataset.json with a matching If-None-Match (wrk, 16 connections, $duration)"
etag=$(curl -fsS -o /dev/null -D - "$base/dataset.json" | awk 'tolower($1)=="etag:"{print $2}' | tr -d '\r')
status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base/dataset.json")
wrk -t2 -c16 -d5s -H "If-None-Match: $etag" "$base/dataset.json" >/dev/null
# Client and server share the machine: with one wrk thread, one core is left to the server.
for threads in 2 1; do
    out=$(wrk -t$threads -c16 -d"$duration" --latency -H "If-None-Match: $etag" "$base/dataset.json")
    printf '304 (status %s, wrk -t%s)  p50 %s  p99 %s  %s req/s\n' "$status" $threads \
        "$(awk '/^ +50%/{print $2}' <<<"$out")" "$(awk '/^ +99%/{print $2}' <<<"$out")" \
        "$(awk '/Requests\/sec/{print $2}' <<<"$out")"
done

echo "== + synthetic 100,000 meetings"
PGPASSWORD= psql -h 127.0.0.1 -p $pgport -U postgres -d ceasefire -q -v ON_ERROR_STOP=1 -f "$BENCH_DIR/synthetic-dataset.sql" >/dev/null
psql -h 127.0.0.1 -p $pgport -U postgres -d ceasefire -tA -c \
    "select 'meetings: ' || (select count(*) from meeting) || ', citations: ' || (select count(*) from citation)"

# Heap used (young + old, KB) sampled every 100 ms by jstat while the downloads run; the maximum is reported. The
# resident set size is sampled too (every 200 ms), since DuckDB's memory is native.
jstat -gc $pid 100 > "$OUT/export-jstat.log" &
sampler=$!
( while kill -0 $pid 2>/dev/null; do ps -o rss= -p $pid; sleep 0.2; done ) > "$OUT/export-rss.log" &
rss_sampler=$!
trap 'kill $pid 2>/dev/null || true; [ -n "$sampler" ] && kill $sampler 2>/dev/null; kill $rss_sampler 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
pinned="generatedAt=2016-02-27T00:00:00Z"
# datapackage.json first (hashes every CSV), then again once the zip has given the hashes of this version.
for file in datapackage.json dataset.json datapackage.zip datapackage.json dataset.json datapackage.zip; do
    curl -fsS -o "$OUT/export-$file" -w "$file  %{http_code}  %{size_download} bytes  %{time_total} s\n" \
        "$base/$file?$pinned"
done
echo "== Parquet, every table (written by DuckDB from the table's CSV)"
started=$(now_ms)
for table in documents participants participant_names participant_offices memberships meetings meeting_participants \
        commitments commitment_parties deadlines deadline_setters status_assessments claims citations mentions; do
    curl -fsS -o "$OUT/export-$table.parquet" -w "$table.parquet  %{http_code}  %{size_download} bytes  %{time_total} s\n" \
        "$base/$table.parquet?$pinned"
done
echo "all 15 Parquet files: $(( $(now_ms) - started )) ms"
first=$(sha256sum < "$OUT/export-meetings.parquet")
curl -fsS -o "$OUT/export-meetings-again.parquet" "$base/meetings.parquet?$pinned"
[ "$first" = "$(sha256sum < "$OUT/export-meetings-again.parquet")" ] && echo "meetings.parquet byte-identical on a second download" \
    || echo "meetings.parquet DIFFERS on a second download"
kill $sampler; sampler=
kill $rss_sampler
awk 'NR>1 && $1 ~ /^[0-9.]+$/ {used=($3+$4+$6+$8)/1024; if (used>max) max=used} END {printf "max heap used %.0f MB (sampled, -Xmx256m)\n", max}' \
    "$OUT/export-jstat.log"
awk '$1 ~ /^[0-9]+$/ {if ($1>max) max=$1} END {printf "max resident set %.0f MB (sampled)\n", max/1024}' "$OUT/export-rss.log"
unzip -l "$OUT/export-datapackage.zip" | tail -1
