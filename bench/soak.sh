#!/usr/bin/env bash
# Soak: the packaged service under a steady mix of REST and GraphQL requests for a long time (#11).
# 64 connections (wrk, 2 threads) cycle through varied REST reads (lists with filters, records, search, timeline,
# exports) and the GraphQL operations of src/test/resources/graphql/, each once as served (response caches) and once
# with 'Cache-Control: no-cache' (database every time), so half of the requests are uncached. The service runs as in
# the Kubernetes pod (-Xmx384m) on its own embedded PostgreSQL, with the rate limit off (one client sends everything).
# Its resident memory (RSS) is sampled every 5 s. Prints the error count (socket errors + non-2xx/3xx answers),
# the RSS drift from the end of the warm-up to the end, and latency percentiles.
# Usage: bench/soak.sh [DURATION=10m] [CONNECTIONS=64]
# The machine is shared: numbers are indicative.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-10m}
connections=${2:-64}
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
build_jar

seconds() { # 90s, 10m, 1h, 45 -> seconds
    local v=$1
    case "$v" in
        *h) echo $(( ${v%h} * 3600 )) ;;
        *m) echo $(( ${v%m} * 60 )) ;;
        *s) echo "${v%s}" ;;
        *) echo "$v" ;;
    esac
}
total=$(seconds "$duration")
warmup=$(( total / 4 < 30 ? total / 4 : 30 ))
port=18086
pgport=15487
data="$OUT/soak-pg"
log="$OUT/soak-service.log"
rm -rf "$data" "$data-runtime"
# -XX:+AlwaysPreTouch: the whole heap is resident from the start, so that the RSS drift measures what grows (a leak,
# native memory), not G1 touching the heap's pages for the first time as the caches fill (without it, RSS rose
# 461 -> 714 MiB over ten minutes while the heap stayed within its 384 MiB).
java -Xmx384m -Xms384m -XX:+AlwaysPreTouch $(service_opts $port) -Dceasefire.embedded.port=$pgport -Dceasefire.embedded.data-dir="$data" \
    -Dceasefire.seeds.dir="$ROOT/seeds" -jar "$JAR" > "$log" 2>&1 &
pid=$!
sampler=
cleanup() {
    [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
trap cleanup EXIT
wait_ready $port 180 || { echo "not ready; see $log"; exit 1; }

# The request mix as a wrk script: every request twice, as served and with Cache-Control: no-cache.
python3 - "$ROOT/src/test/resources/graphql" "127.0.0.1:$port" > "$OUT/soak.lua" <<'PY'
import json, sys, os
ops = sys.argv[1]
# wrk.format runs when the script loads, before wrk knows the host: HTTP/1.1 requires one.
host = sys.argv[2]
rest = [
    "/api/v1/meetings", "/api/v1/meetings?limit=100&include=participants,commitments,deadlines",
    "/api/v1/meetings?from=2016-02&to=2016-03&sort=-date", "/api/v1/meetings/vienna-talks-2015",
    "/api/v1/meetings/vienna-talks-2015/participants", "/api/v1/participants?limit=50&include=memberships,members",
    "/api/v1/participants?name=Sergei%20Lavrov", "/api/v1/participants/russia/meetings",
    "/api/v1/commitments?include=deadlines,history", "/api/v1/commitments/issg-common-principles",
    "/api/v1/deadlines?status=missed&include=history", "/api/v1/deadlines?asOf=2016-07-31",
    "/api/v1/documents?limit=5", "/api/v1/documents/issg-overview-2016/mentions", "/api/v1/timeline?limit=100",
    "/api/v1/search?q=ceasefire", "/api/v1/search?q=humanitarian%20aid", "/api/v1/export/meetings.csv",
]
graphql = {
    "meetings-with-participants": {}, "meeting-commitments": {"slug": "issg-munich-2016-02"},
    "deadlines-due": {"from": "2016-02-01", "to": "2016-03-31"}, "meetings": {"first": 20},
    "participants": {"first": 50}, "commitments": {"first": 25}, "deadlines": {"first": 25},
    "documents": {"first": 5}, "timeline": {"first": 50}, "search": {"query": "truce"},
    "meeting": {"slug": "vienna-talks-2015"}, "participant": {"slug": "russia"},
    "three-levels": {"first": 10},
}
requests = []
for path in rest:
    for fresh in (False, True):
        requests.append({"method": "GET", "path": path, "headers": {"Cache-Control": "no-cache"} if fresh else {}})
        requests[-1]["headers"]["Host"] = host
for name, variables in graphql.items():
    body = json.dumps({"query": open(os.path.join(ops, name + ".graphql")).read(), "variables": variables})
    for fresh in (False, True):
        headers = {"Content-Type": "application/json", "Host": host}
        if fresh:
            headers["Cache-Control"] = "no-cache"
        requests.append({"method": "POST", "path": "/graphql", "headers": headers, "body": body})
print("local requests = {}")
for r in requests:
    hs = "{" + ", ".join("[%s] = %s" % (json.dumps(k), json.dumps(v)) for k, v in r["headers"].items()) + "}"
    print("table.insert(requests, wrk.format(%s, %s, %s, %s))" % (
        json.dumps(r["method"]), json.dumps(r["path"]), hs, json.dumps(r["body"]) if "body" in r else "nil"))
print("""
local i = 0
init = function(args) i = math.random(#requests) end
request = function()
    i = i % #requests + 1
    return requests[i]
end
""")
PY

# One answer of each request, to see that the mix is what is measured (and that none is an error).
check_mix() {
    python3 - "$OUT/soak.lua" "$port" <<'PY'
import re, sys, json, urllib.request
text = open(sys.argv[1]).read()
bad = 0
for m in re.finditer(r'wrk.format\((".*?"), (".*?"), (\{.*?\}), (nil|".*")\)\n', text):
    method, path = json.loads(m.group(1)), json.loads(m.group(2))
    headers = dict((json.loads(k), json.loads(v)) for k, v in re.findall(r'\[(".*?")\] = (".*?")', m.group(3)))
    body = None if m.group(4) == "nil" else json.loads(m.group(4)).encode()
    req = urllib.request.Request("http://127.0.0.1:%s%s" % (sys.argv[2], path), data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req) as r:
            status, answer = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, answer = e.code, e.read()
    if status >= 400 or b'"errors"' in answer:
        bad += 1
        print("  %s %s -> %s %s" % (method, path, status, answer[:200]))
print("mix: %d requests checked, %d errors" % (len(re.findall('wrk.format', text)), bad))
PY
}

rss() { awk '/VmRSS/{print $2}' "/proc/$pid/status"; }
: > "$OUT/soak-rss.tsv"
( while kill -0 "$pid" 2>/dev/null; do printf '%s\t%s\n' "$(date +%s)" "$(rss)" >> "$OUT/soak-rss.tsv"; sleep 5; done ) &
sampler=$!

check_mix
echo "soak: $duration at $connections connections ($(grep -c wrk.format "$OUT/soak.lua") distinct requests, half no-cache), warm-up ${warmup}s"
wrk -t2 -c"$connections" -d"${warmup}s" -s "$OUT/soak.lua" "http://127.0.0.1:$port" > "$OUT/soak-warmup.txt"
baseline=$(rss)
wrk -t2 -c"$connections" -d"$(( total - warmup ))s" --timeout 15s --latency -s "$OUT/soak.lua" \
    "http://127.0.0.1:$port" > "$OUT/soak-wrk.txt"
final=$(rss)

out="$OUT/soak-wrk.txt"
requests=$(awk '/requests in/{print $1}' "$out")
non2xx=$(awk '/Non-2xx or 3xx responses/{print $5}' "$out"); non2xx=${non2xx:-0}
socket=$(awk -F'[ ,]+' '/Socket errors/{print $5+$7+$9+$11}' "$out"); socket=${socket:-0}
peak=$(cut -f2 "$OUT/soak-rss.tsv" | sort -n | tail -n 1)
drift=$(awk -v a="$baseline" -v b="$final" 'BEGIN{printf "%+.1f", (b - a) * 100 / a}')
printf 'requests: %s (%s req/s)\n' "$requests" "$(awk '/Requests\/sec/{print $2}' "$out")"
printf 'errors: %s (socket %s, non-2xx/3xx %s)\n' "$(( non2xx + socket ))" "$socket" "$non2xx"
printf 'latency: p50 %s  p90 %s  p99 %s  max %s\n' "$(awk '/^ +50%/{print $2}' "$out")" \
    "$(awk '/^ +90%/{print $2}' "$out")" "$(awk '/^ +99%/{print $2}' "$out")" "$(awk '/Latency/{print $4; exit}' "$out")"
printf 'RSS: %d MiB after warm-up, %d MiB at the end (drift %s%%), peak %d MiB\n' $(( baseline / 1024 )) \
    $(( final / 1024 )) "$drift" $(( peak / 1024 ))
logged=$(grep -c ' ERROR ' "$log" || true)
echo "service log: ${logged:-0} ERROR lines ($log)"
