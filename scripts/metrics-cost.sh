#!/usr/bin/env bash
# The cost of metrics on the limits route (docs/benchmarks.md): the same jar on the same seeded
# PostgreSQL database, started with SERVELINK_METRICS=on then off, interleaved A/B/A/B..., each
# round warmed up then measured with wrk; the ratio compares rounds of the same run only.
# Needs wrk, a local PostgreSQL (trust auth, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-2}           # pairs of rounds: on, off, on, off...
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-25s}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-8092}
POOL=${POOL:-8}
DB=${DB:-servelink_metrics_cost}
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -Xms32m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=100m -Xss256k -XX:MaxDirectMemorySize=16m}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

mkdir -p target
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q -DskipTests package
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"

SERVER=""
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null || true' EXIT
start() { # METRICS
  SERVELINK_HTTP_PORT=$PORT SERVELINK_PAYMENT_PROVIDER=sandbox SERVELINK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" \
  SERVELINK_DB_POOL_SIZE=$POOL SERVELINK_ADMIN_TOKEN=load-test-admin-token-0123456789abcdef \
  SERVELINK_DEMO_DATA=false SERVELINK_SCHEDULER=off SERVELINK_METRICS=$1 MALLOC_ARENA_MAX=2 \
    java $JAVA_OPTS -jar bootstrap/target/servelink.jar > "target/metrics-cost-server-$1.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/ready" >/dev/null && return; sleep 1; done
  echo "server did not start" >&2; exit 1
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""; }

start on # the first start migrates the schema; the seed goes in once
$PSQL -d $DB -f scripts/load/seed.sql
stop

declare -A TOTAL=([on]=0 [off]=0)
for round in $(seq 1 "$ROUNDS"); do
  for metrics in on off; do
    $PSQL -d $DB -c "vacuum analyze" -c "checkpoint"
    start $metrics
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s scripts/load/limits.lua "http://127.0.0.1:$PORT" >/dev/null
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/load/limits.lua "http://127.0.0.1:$PORT" \
      > "target/wrk-metrics-$metrics-$round.txt"
    rate=$(awk '/Requests\/sec/ {print $2}' "target/wrk-metrics-$metrics-$round.txt")
    p50=$(awk '$1 == "50%" {print $2}' "target/wrk-metrics-$metrics-$round.txt")
    p99=$(awk '$1 == "99%" {print $2}' "target/wrk-metrics-$metrics-$round.txt")
    non2xx=$(awk '/Non-2xx/ {print $5}' "target/wrk-metrics-$metrics-$round.txt")
    echo "round $round metrics=$metrics: $rate req/s, p50 $p50, p99 $p99${non2xx:+, non-2xx $non2xx}"
    TOTAL[$metrics]=$(awk -v a="${TOTAL[$metrics]}" -v b="$rate" 'BEGIN {print a + b}')
    stop
  done
done
awk -v on="${TOTAL[on]}" -v off="${TOTAL[off]}" -v n="$ROUNDS" 'BEGIN {
  printf "mean on %.0f req/s, off %.0f req/s: on/off = %.3f\n", on / n, off / n, on / off }'
$PSQL -d postgres -c "drop database if exists $DB"
