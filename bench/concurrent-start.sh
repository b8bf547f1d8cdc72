#!/usr/bin/env bash
# Several instances starting at once against one PostgreSQL: exactly one loads, the others wait, then serve.
# Usage: bench/concurrent-start.sh [INSTANCES=3]
# Uses the machine's PostgreSQL server at 127.0.0.1:5432 (user postgres, trust auth) in a database of its own,
# starts INSTANCES packaged services at the same moment on their own HTTP ports, waits until all are ready, then
# counts the loads recorded in seed_load (expected: 1) and checks that every instance answers the same meetings.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
n=${1:-3}
build_jar
db="ceasefire_bench_concurrent_$$"
psql -h 127.0.0.1 -U postgres -q -c "create database $db"
trap 'pkill -f "ceasefire-concurrent-bench" 2>/dev/null || true; psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" >/dev/null' EXIT
pids=()
for i in $(seq 1 "$n"); do
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUARKUS_DATASOURCE_USERNAME=postgres \
        QUARKUS_DATASOURCE_PASSWORD= java -Dceasefire-concurrent-bench $(service_opts $((18090 + i))) \
        -Dceasefire.seeds.dir="$ROOT/seeds" -jar "$JAR" > "$OUT/concurrent-$i.log" 2>&1 &
    pids+=($!)
done
for i in $(seq 1 "$n"); do
    wait_ready $((18090 + i)) 120 || { echo "instance $i not ready; see $OUT/concurrent-$i.log"; exit 1; }
done
loads=$(psql -h 127.0.0.1 -U postgres -d "$db" -tA -c "select count(*) from seed_load")
echo "instances ready: $n; loads recorded: $loads (expected 1)"
for i in $(seq 1 "$n"); do
    echo "instance $i: $(grep -ho "seeds: [a-z]* [a-z ]*" "$OUT/concurrent-$i.log" | head -n 1); meetings: $(curl -fs "http://127.0.0.1:$((18090 + i))/api/v1/meetings?limit=1" | grep -o '"total":[0-9]*')"
done
kill "${pids[@]}" 2>/dev/null || true
wait 2>/dev/null || true
[ "$loads" = "1" ]
