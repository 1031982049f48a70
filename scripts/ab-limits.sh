#!/usr/bin/env bash
# A/B of GET /api/resources/{team}/limits (docs/benchmarks.md, issue 13): two jars, each on its own
# database seeded like load-test.sh's, both running, measured in interleaved wrk rounds so that
# the load of a shared machine falls on both alike. Usage:
#   scripts/ab-limits.sh A.jar A-seed.sql B.jar B-seed.sql   (seed files: each version's scripts/load/seed.sql)
# Needs wrk and a local PostgreSQL (trust auth, user postgres). Databases ab_limits_a and ab_limits_b.
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${WARMUP:-60s}
ROUND=${ROUND:-20s}
ROUNDS=${ROUNDS:-4}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -Xms32m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=100m -Xss256k -XX:MaxDirectMemorySize=16m}
mkdir -p target
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true' EXIT
start() { # name jar seed port
  $PSQL -d postgres -c "drop database if exists ab_limits_$1" -c "create database ab_limits_$1"
  SERVELINK_HTTP_PORT=$4 SERVELINK_PAYMENT_PROVIDER=sandbox SERVELINK_DB_URL="jdbc:postgresql://127.0.0.1:5432/ab_limits_$1?user=postgres" \
  SERVELINK_DB_POOL_SIZE=8 SERVELINK_ADMIN_TOKEN=load-test-admin-token-0123456789abcdef \
  SERVELINK_DEMO_DATA=false SERVELINK_SCHEDULER=off MALLOC_ARENA_MAX=2 \
    java $JAVA_OPTS -jar "$2" > "target/ab-server-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$4/ready" >/dev/null && break; sleep 1; done
  $PSQL -d "ab_limits_$1" -f "$3" >/dev/null
}
start a "$1" "$2" 8190
start b "$3" "$4" 8191
for port in 8190 8191; do wrk -t2 -c64 -d"$WARMUP" -s scripts/load/limits.lua "http://127.0.0.1:$port" >/dev/null; done
for round in $(seq 1 "$ROUNDS"); do
  for port in 8190 8191; do
    name=$([ $port = 8190 ] && echo a || echo b)
    wrk -t2 -c64 -d"$ROUND" --latency -s scripts/load/limits.lua "http://127.0.0.1:$port" > "target/ab-$name-$round.txt"
    echo "round $round $name: $(awk '/Requests\/sec/ {print $2}' "target/ab-$name-$round.txt") req/s," \
      "p50 $(awk '/^ +50%/ {print $2}' "target/ab-$name-$round.txt"), p99 $(awk '/^ +99%/ {print $2}' "target/ab-$name-$round.txt")," \
      "non-2xx $(awk '/Non-2xx/ {print $5}' "target/ab-$name-$round.txt")"
  done
done
kill "${PIDS[@]}"; wait "${PIDS[@]}" 2>/dev/null || true
$PSQL -d postgres -c "drop database if exists ab_limits_a" -c "drop database if exists ab_limits_b"
