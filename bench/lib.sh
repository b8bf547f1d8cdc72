# Shared helpers for the bench scripts: build the runnable jar once, start it, wait for readiness.
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT="$BENCH_DIR/out"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
mkdir -p "$OUT"

build_jar() {
    if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" -newer "$JAR" -print -quit)" ]; then
        (cd "$ROOT" && ./mvnw -B -q -ntp package -DskipTests)
    fi
}

now_ms() { date +%s%3N; }

# wait_ready PORT TIMEOUT_S: polls /q/health/ready until it answers 200; prints nothing, returns 1 on timeout.
wait_ready() {
    local port=$1 deadline=$(( $(date +%s) + $2 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        if curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then return 0; fi
        sleep 0.05
    done
    return 1
}
