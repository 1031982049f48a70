#!/usr/bin/env bash
# Load test of the HTTP API on PostgreSQL (docs/benchmarks.md): 10,000 teams, wrk at 64
# connections on limits, ticket creation and statistics; the ceilings measured in the same run:
# pgbench running the limits request's statements, a bare Undertow handler, and the same stack
# (Undertow, HikariCP, the driver) running those statements with no code of ours.
# Needs wrk (apt-get install wrk), pgbench and a local PostgreSQL (trust auth, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-8090}
BARE_PORT=${BARE_PORT:-8091}
DB=servelink_load
POOL=${POOL:-8}
# the small-node flags the README recommends
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -Xms32m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=100m -Xss256k -XX:MaxDirectMemorySize=16m}
# a server runs for days: each route is measured once the JIT's optimising compiler (C2) has
# compiled its path, which takes 20-30 s of load on 2 shared cores (the first 5 s are reported)
WARMUP=${WARMUP:-30}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

mkdir -p target
# always rebuilt: a load test of yesterday's jar measures nothing
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
BENCH_CP="adapter-http/target/test-classes:bootstrap/target/test-classes:$(cat bootstrap/target/bench.classpath)"

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
SERVELINK_HTTP_PORT=$PORT SERVELINK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" \
SERVELINK_DB_POOL_SIZE=$POOL SERVELINK_ADMIN_TOKEN=load-test-admin-token-0123456789abcdef \
SERVELINK_DEMO_DATA=false SERVELINK_SCHEDULER=off SERVELINK_PAYMENT_PROVIDER=sandbox \
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} \
  java $JAVA_OPTS \
  -jar bootstrap/target/servelink.jar > target/load-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER $BARE 2>/dev/null || true' EXIT
BARE=""
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/ready" >/dev/null && break; sleep 1; done
$PSQL -d $DB -f scripts/load/seed.sql

rss() { echo "$(( $(ps -o rss= -p "$SERVER") / 1024 )) MB"; }
# token look-ups that reached the database (index scans on api_token's key)
token_lookups() { $PSQL -d $DB -At -c "select coalesce(sum(idx_scan), 0) from pg_stat_user_indexes where relname = 'api_token'"; }
run() {
  # each endpoint from a settled database: the ticket run's 40,000 inserts otherwise leave
  # autovacuum and a checkpoint running through the next measurement
  $PSQL -d $DB -c "vacuum analyze" -c "checkpoint"
  echo "== $1"
  # this route's warm-up; its first seconds are shown, as a fresh node would see them
  wrk -t2 -c"$CONNECTIONS" -d5s -s "scripts/load/$2" "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ {print "   first 5 s: " $2 " req/s"}'
  wrk -t2 -c"$CONNECTIONS" -d"$((WARMUP - 5))s" -s "scripts/load/$2" "http://127.0.0.1:$PORT" >/dev/null
  sleep 11 # idle backends publish their statistics within 10 s: the warm-up's are not counted
  local lookups_before; lookups_before=$(token_lookups)
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "scripts/load/$2" "http://127.0.0.1:$PORT" > "target/wrk-$2.txt"
  grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%" "target/wrk-$2.txt"
  echo "   server RSS after: $(rss)"
  sleep 11 # idle backends publish their statistics within 10 s
  LOOKUPS=$(( $(token_lookups) - lookups_before ))
  REQUESTS=$(awk '/requests in/ {print $1}' "target/wrk-$2.txt")
  RATE=$(awk '/Requests\/sec/ {print $2}' "target/wrk-$2.txt")
  echo "   token look-ups that missed the 10 s cache: $LOOKUPS for $REQUESTS requests"
}
echo "server RSS idle: $(rss)"
run "GET /api/resources/{team}/limits" limits.lua
LIMITS_RATE=$RATE; LIMITS_MISSES=$LOOKUPS; LIMITS_REQUESTS=$REQUESTS
if [ "${LIMITS_ONLY:-0}" != 1 ]; then # LIMITS_ONLY=1: the limits route and its ceilings only (A/B runs)
  run "POST /api/support/{team}/tickets" tickets.lua
  run "GET /api/support/{team}/stats" stats.lua
fi

$PSQL -d $DB -c "vacuum analyze" -c "checkpoint"
# pgbench CLIENTS SCRIPT OUT: the statements of a limits request, as prepared statements
pgbench_limits() {
  pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$1" -j 2 -T "${DURATION%s}" -f "scripts/load/$2" $DB \
    | grep -E "^tps|latency average" | tee "target/$3"
}
echo "== pgbench: the statements of one limits request (3 statements, token look-up included), one transaction"
pgbench_limits "$CONNECTIONS" limits-pgbench.sql pgbench-3.txt
echo "== pgbench: the two round trips of a limits request with the caller's token cached"
pgbench_limits "$CONNECTIONS" limits-pgbench-2rt.sql pgbench-2.txt
echo "== pgbench: the same two round trips on as many connections as the server's pool ($POOL)"
pgbench_limits "$POOL" limits-pgbench-2rt.sql pgbench-2-pool.txt

java -Xmx64m -cp "$BENCH_CP" com.servelink.adapter.http.benchmark.BareUndertowServer "$BARE_PORT" > target/bare-server.log 2>&1 &
BARE=$!
for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$BARE_PORT/" >/dev/null && break; sleep 0.5; done
echo "== bare Undertow handler answering fixed JSON"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$BARE_PORT/" | grep -E "Requests/sec|^ +(50|99)%"
kill $BARE 2>/dev/null || true
wait $BARE 2>/dev/null || true

java $JAVA_OPTS \
  -cp "$BENCH_CP" com.servelink.bootstrap.benchmark.BareJdbcServer "$BARE_PORT" \
  "jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" "$POOL" > target/bare-jdbc-server.log 2>&1 &
BARE=$!
for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$BARE_PORT/1" >/dev/null && break; sleep 0.5; done
echo "== the same stack with no code of ours: Undertow + HikariCP + driver running the limits statements"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s scripts/load/bare-jdbc.lua "http://127.0.0.1:$BARE_PORT" >/dev/null # warm-up
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/load/bare-jdbc.lua "http://127.0.0.1:$BARE_PORT" \
  | grep -E "Requests/sec|Non-2xx|^ +(50|99)%"

tps() { awk '/^tps/ {print $3}' "$1"; }
echo "== limits against its ceilings"
awk -v conns="$CONNECTIONS" -v rate="$LIMITS_RATE" -v misses="$LIMITS_MISSES" -v requests="$LIMITS_REQUESTS" \
    -v tps2="$(tps target/pgbench-2.txt)" -v tps3="$(tps target/pgbench-3.txt)" -v tps2pool="$(tps target/pgbench-2-pool.txt)" 'BEGIN {
  f = misses / requests; mix = 1 / ((1 - f) / tps2 + f / tps3)
  printf "   %.1f %% of requests also looked their token up (%.2f statements per request)\n", 100 * f, 2 + f
  printf "   limits / pgbench, 2 round trips, %d clients: %.1f %%\n", conns, 100 * rate / tps2
  printf "   limits / pgbench, 2 round trips, pool-sized: %.1f %%\n", 100 * rate / tps2pool
  printf "   limits / pgbench, the statements the requests issued (2 or 3, as measured): %.1f %%\n", 100 * rate / mix
}'
