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
