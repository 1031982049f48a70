#!/usr/bin/env bash
# The Vert.x ceiling of docs/benchmarks.md (issue 17), on the load database scripts/load-test.sh
# leaves behind (servelink_load): 30 s warm-up, 20 s measured at 64 connections, with the server's
# CPU per request. Usage: scripts/load/bare-vertx/run.sh [EVENT_LOOPS POOL PIPELINING]
set -euo pipefail
cd "$(dirname "$0")"
LOOPS=${1:-2}; POOL=${2:-8}; PIPELINING=${3:-256}; PORT=${PORT:-8093}
mvn -B -q package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Xmx64m -cp "target/classes:$(cat target/classpath.txt)" bare.BareVertxServer "$PORT" servelink_load \
  "$LOOPS" "$POOL" "$PIPELINING" > target/server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$PORT/one/1" >/dev/null && break; sleep 0.5; done
cd ../../..
wrk -t2 -c64 -d30s -s scripts/load/bare-jdbc-one.lua "http://127.0.0.1:$PORT" >/dev/null
before=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
wrk -t2 -c64 -d20s --latency -s scripts/load/bare-jdbc-one.lua "http://127.0.0.1:$PORT" > scripts/load/bare-vertx/target/wrk.txt
ticks=$(( $(awk '{print $14 + $15}' "/proc/$SERVER/stat") - before ))
requests=$(awk '/requests in/ {print $1}' scripts/load/bare-vertx/target/wrk.txt)
grep -E "Requests/sec|Non-2xx|^ +(50|99)%" scripts/load/bare-vertx/target/wrk.txt
echo "   server CPU per request: $(( ticks * (1000000 / $(getconf CLK_TCK)) / requests )) us"
