# Shared helpers for the bench scripts: build the runnable jar once, start it, wait for readiness.
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT="$BENCH_DIR/out"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
mkdir -p "$OUT"

build_jar() {
    if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" -newer "$JAR" -print -quit)" ]; then
        (cd "$ROOT" && ./mvnw -B -q -ntp package -DskipTests)
        # ./run's own mark of a build that matches the sources: it then starts this build instead of building again.
        touch "$ROOT/target/.run-build-stamp"
    fi
}

now_ms() { date +%s%3N; }

# service_opts PORT: the JVM options of a bench instance on HTTP port PORT: its management port (health, metrics) is
# PORT + 1000, and the per-client rate limit is off (a bench is one client sending far more than any real one).
service_opts() { echo "-Dquarkus.http.port=$1 -Dquarkus.management.port=$(( $1 + 1000 )) -Dceasefire.rate-limit.enabled=false"; }

# wait_ready PORT TIMEOUT_S [PID]: polls /q/health/ready (management port PORT + 1000) until it answers 200; prints
# nothing, returns 1 on timeout, or as soon as process PID (the service being started), if given, has exited.
wait_ready() {
    local port=$1 deadline=$(( $(date +%s) + $2 )) pid=${3:-}
    while [ "$(date +%s)" -lt "$deadline" ]; do
        if curl -fs -o /dev/null "http://127.0.0.1:$(( port + 1000 ))/q/health/ready"; then return 0; fi
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
        sleep 0.05
    done
    return 1
}

# The JIT compiles a request path over the first minute or two of load on 2 cores: a run measured before then reports
# a fraction of the service's rate (uncached GraphQL op 2 of bench/peers.sh rises from ~350 to ~2,500 rps, #9).
# warm_up LABEL LOG WRK_ARGS...: runs `wrk -t2 -c16 -d$WARMUP WRK_ARGS...` again and again until the rate is steady
# (two runs in a row no more than 5 % above the best before them, and at least WARMUP_MIN seconds of load: a rate can
# stall for half a minute while the JIT is still at work, as uncached REST op 1 of bench/peers.sh did at ~1,050 rps
# for 30 s before rising to ~1,800) or WARMUP_MAX seconds have passed; writes the runs' outputs to LOG and prints one
# line with the rates. Settings (environment): WARMUP (10s), WARMUP_MIN (60, seconds), WARMUP_MAX (120, seconds).
WARMUP=${WARMUP:-10s}
WARMUP_MIN=${WARMUP_MIN:-60}
WARMUP_MAX=${WARMUP_MAX:-120}
warm_up() {
    local label=$1 log=$2 started n=0 calm=0 best=0 spent rps rates="" verdict out
    shift 2
    started=$(now_ms)
    : > "$log"
    while :; do
        n=$((n + 1))
        out=$(wrk -t2 -c16 -d"$WARMUP" "$@")
        printf '%s\n' "$out" >> "$log"
        rps=$(awk '/^Requests\/sec/{printf "%.0f", $2}' <<<"$out")
        rates+=" ${rps:-0}"
        if [ "$n" -gt 1 ] && awk -v r="${rps:-0}" -v b="$best" 'BEGIN { exit !(r <= 1.05 * b) }'; then
            calm=$((calm + 1))
        else
            calm=0
        fi
        best=$(awk -v r="${rps:-0}" -v b="$best" 'BEGIN { print (r > b ? r : b) }')
        spent=$(( ($(now_ms) - started) / 1000 ))
        if [ "$calm" -ge 2 ] && [ "$spent" -ge "$WARMUP_MIN" ]; then verdict="steady after ${spent} s" && break; fi
        if [ "$spent" -ge "$WARMUP_MAX" ]; then verdict="not steady after ${spent} s (WARMUP_MAX)" && break; fi
    done
    printf '  warm-up %s rps:%s: %s\n' "$label" "$rates" "$verdict"
}
