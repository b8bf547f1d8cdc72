#!/usr/bin/env bash
# Two builds of this service side by side on ONE database, so that a change is measured against the build before it
# with the machine's load drifting over both alike (issue 9: two runs of bench/peers.sh a few minutes apart differ by
# more than most single changes gain). Build A starts the embedded PostgreSQL that bench/peers.sh left in
# bench/out/peers-pg (the seeds and the 100,000 synthetic meetings); build B uses that same server through
# QUARKUS_DATASOURCE_JDBC_URL, as in production. Both get the varied, uncached REST requests that bench/peers.sh wrote
# to bench/out/peers/lua/ (operations 1, 2 and 3: see bench/peers.sh).
#
# Usage: bench/ab.sh QUARKUS_APP_A QUARKUS_APP_B
#   each a copy of a build's target/quarkus-app (e.g. `git worktree add /tmp/a <rev> && (cd /tmp/a && ./mvnw -q
#   package -DskipTests)`, or `cp -r target/quarkus-app /tmp/b` after building).
# First it compares answers: the same bytes from A and B for every 7th request of each operation's list, and for
# every seed meeting, commitment, deadline and participant with and without asOf and include (a change meant to be
# invisible must be). Then, per operation, WARM warm-up runs of each build, interleaved (their rates are printed), and
# ROUNDS interleaved rounds of one `wrk -t2 -c16 -d$DURATION --latency` run per build; prints each round's rps and p99
# and, per operation, the medians and B's rps as a multiple of A's. Compare rates, not p99s: an A/A run (the same build
# as both, op 2, five rounds) gave B/A 1.00 with single rounds from -4 % to +9 %, but A's p99 at 10-38 ms against B's
# 9-13 ms (A also runs the embedded server's supervision).
# SURFACE=rest (the default) sends REST requests that keep the properties the GraphQL documents select (fields=; a
# build from before the parameter answers them 400: see bench/peers.sh); SURFACE=rest-whole the same requests for
# whole records, which any build answers. The answers compared are whole records (every 7th of rest-whole's requests).
# SURFACE=graphql measures the same operations as GraphQL (bench/out/peers/lua/varied-*-graphql.lua) instead of REST,
# and adds to the comparison every 7th of those GraphQL requests and, for every seed meeting, commitment and deadline,
# a record by slug with its relations two levels deep, with and without asOf.
# Settings (environment): OPS ("op1 op2 op3"), SURFACE (rest), ROUNDS (5), DURATION (10s), WARM (4), PORT (18090: A; B on PORT + 100),
# CHECK_ONLY (set: compare answers only), JAVA_OPTS_A, JAVA_OPTS_B (more JVM options for one side: the same build
# given twice with `JAVA_OPTS_B=-Dquarkus.datasource.jdbc.max-size=6` measures a setting). Needs a finished `bash bench/peers.sh` run before it; psql, curl, wrk.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

[ $# -eq 2 ] || { echo "usage: bench/ab.sh QUARKUS_APP_A QUARKUS_APP_B" >&2 && exit 2; }
A=$(cd "$1" && pwd)/quarkus-run.jar B=$(cd "$2" && pwd)/quarkus-run.jar
OPS=${OPS:-op1 op2 op3} SURFACE=${SURFACE:-rest} ROUNDS=${ROUNDS:-5} DURATION=${DURATION:-10s} WARM=${WARM:-4}
port_a=${PORT:-18090} port_b=$(( ${PORT:-18090} + 100 )) pgport=15490
data="$OUT/peers-pg" lua="$OUT/peers/lua" log="$OUT/ab"
[ -d "$data" ] && [ -d "$lua" ] || { echo "no bench/out/peers-pg or lua scripts: run bash bench/peers.sh first" >&2 && exit 1; }
mkdir -p "$log"

pid_a= pid_b=
cleanup() {
    for p in $pid_b $pid_a; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM
java -Xmx1g ${JAVA_OPTS_A:-} -Dquarkus.http.host=127.0.0.1 $(service_opts "$port_a") -Dceasefire.embedded.port="$pgport" \
    -Dceasefire.embedded.data-dir="$data" -Dceasefire.seeds.dir="$ROOT/seeds" -jar "$A" > "$log/a.log" 2>&1 &
pid_a=$!
wait_ready "$port_a" 300 "$pid_a" || { echo "A is not ready; see $log/a.log" >&2 && exit 1; }
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pgport/ceasefire" QUARKUS_DATASOURCE_USERNAME=postgres \
    java -Xmx1g ${JAVA_OPTS_B:-} -Dquarkus.http.host=127.0.0.1 $(service_opts "$port_b") -Dceasefire.seeds.dir="$ROOT/seeds" \
    -jar "$B" > "$log/b.log" 2>&1 &
pid_b=$!
wait_ready "$port_b" 300 "$pid_b" || { echo "B is not ready; see $log/b.log" >&2 && exit 1; }

# ---- the same answers --------------------------------------------------------------------------------------------
same=0 different=0
compare() { # PATH
    local a b
    a=$(curl -s -H 'Cache-Control: no-cache' "http://127.0.0.1:$port_a$1" | sha256sum)
    b=$(curl -s -H 'Cache-Control: no-cache' "http://127.0.0.1:$port_b$1" | sha256sum)
    if [ "$a" = "$b" ]; then same=$((same + 1)); else different=$((different + 1)) && echo "DIFFERENT: $1"; fi
}
for op in op1 op2 op3; do
    while read -r path; do compare "$path"; done < <(sed -n 's/.*{"GET", "\([^"]*\)".*/\1/p' "$lua/varied-$op-rest-whole.lua" | awk 'NR % 7 == 1')
done
for kind in meeting:participants,commitments.deadlines,deadlines commitment:deadlines,history deadline:history \
    participant:memberships,members; do
    include=${kind#*:} kind=${kind%%:*}
    for slug in $(psql -h 127.0.0.1 -p "$pgport" -U postgres -d ceasefire -tA \
        -c "select slug from $kind where slug not like 'synthetic-%' order by slug"); do
        for query in "" "?asOf=2016-02-20" "?include=$include" "?include=$include&asOf=2016-03-01"; do
            compare "/api/v1/${kind}s/$slug$query"
        done
    done
done
if [ "$SURFACE" = graphql ]; then
    compare_post() { # BODY: the same answer from both, and an answer with data and without errors
        local a b
        a=$(curl -s -H 'Cache-Control: no-cache' -H 'Content-Type: application/json' --data-binary "$1" \
            "http://127.0.0.1:$port_a/graphql")
        b=$(curl -s -H 'Cache-Control: no-cache' -H 'Content-Type: application/json' --data-binary "$1" \
            "http://127.0.0.1:$port_b/graphql")
        if [[ "$a" != '{"data":{'* || "$a" == *'"errors"'* ]]; then
            different=$((different + 1)) && echo "NO DATA: $1 -> ${a:0:300}"
        elif [ "$a" = "$b" ]; then same=$((same + 1)); else different=$((different + 1)) && echo "DIFFERENT: $1"; fi
    }
    # The request bodies of the wrk scripts, unescaped from their Lua strings.
    bodies() { python3 -c 'import re, sys
for line in open(sys.argv[1]):
    m = re.match(r"""\s*\{"POST", "/graphql", \{.*?\}, "(.*)"\},?\s*$""", line)
    if m:
        print(m.group(1).encode().decode("unicode_escape"))' "$1"; }
    for op in op1 op2 op3; do
        while IFS= read -r body; do compare_post "$body"; done < <(bodies "$lua/varied-$op-graphql.lua" | awk 'NR % 7 == 1')
    done
    cited="citations { document { slug } quote start end }" evidence="$cited claims { about value citations { quote } }"
    for kind in "meeting:slug title participants { role participant { slug } $cited } commitments { slug status $evidence deadlines { slug status due { earliest latest } $evidence } } deadlines { slug $evidence } $evidence" \
        "commitment:slug status madeBy { slug } deadlines { slug status setBy { slug } $evidence } history { status } $evidence" \
        "deadline:slug status commitment { slug } history { status } $evidence"; do
        selection=${kind#*:} kind=${kind%%:*}
        for slug in $(psql -h 127.0.0.1 -p "$pgport" -U postgres -d ceasefire -tA \
            -c "select slug from $kind where slug not like 'synthetic-%' order by slug"); do
            for day in null '"2016-02-20"' '"2016-03-01"'; do
                compare_post "{\"query\":\"query(\$s: String!, \$d: String) { $kind(slug: \$s, asOf: \$d) { $selection } }\",\"variables\":{\"s\":\"$slug\",\"d\":$day}}"
            done
        done
    done
fi
echo "answers: $same the same, $different different"
[ "$different" -eq 0 ] || exit 1
[ -z "${CHECK_ONLY:-}" ] || exit 0

# ---- interleaved runs --------------------------------------------------------------------------------------------
run() { # PORT OP DURATION: "rps p99"
    wrk -t2 -c16 -d"$3" --latency --timeout 10s -s "$lua/varied-$2-$SURFACE.lua" "http://127.0.0.1:$1" |
        tee -a "$log/wrk.txt" | awk '/^Requests\/sec/{r=$2} / 99%/{p=$2} END{printf "%s %s\n", r, p}'
}
for op in $OPS; do
    rates=""
    for _ in $(seq "$WARM"); do rates+=" A $(run "$port_a" "$op" 10s | cut -d' ' -f1) B $(run "$port_b" "$op" 10s | cut -d' ' -f1)"; done
    echo "warm-up $op:$rates"
done
declare -A rps_a rps_b
for round in $(seq "$ROUNDS"); do
    for op in $OPS; do
        read -r ra pa < <(run "$port_a" "$op" "$DURATION")
        read -r rb pb < <(run "$port_b" "$op" "$DURATION")
        echo "round $round $op  A $ra rps (p99 $pa)  B $rb rps (p99 $pb)"
        rps_a[$op]+="$ra " rps_b[$op]+="$rb "
    done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR]=$1} END{print (NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
for op in $OPS; do
    ma=$(median <<<"${rps_a[$op]}") mb=$(median <<<"${rps_b[$op]}")
    echo "$op: median A $ma rps, B $mb rps, B/A $(awk -v a="$ma" -v b="$mb" 'BEGIN{printf "%.2f", b / a}')"
done
