#!/usr/bin/env bash
# Load test of the HTTP API on PostgreSQL (docs/benchmarks.md): 10,000 teams, wrk at 64
# connections on limits, ticket creation, statistics, the usage summary and the add-ons page,
# ending with one table of every route; the ceilings measured in the same run:
# pgbench running the limits request's statements, a bare Undertow handler, and the same stack
# (Undertow, HikariCP, the driver) running those statements with no code of ours; and the peer,
# the seed's own stack (FastAPI + SQLAlchemy + uvicorn, scripts/load/peers/fastapi-limits/) doing
# the limits route's work on the same database, when its Debian packages are installed
# (python3-fastapi python3-uvicorn python3-sqlalchemy python3-psycopg2; nothing is installed here).
# Needs wrk (apt-get install wrk), pgbench and a local PostgreSQL (trust auth, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-8090}
BARE_PORT=${BARE_PORT:-8091}
PEER_PORT=${PEER_PORT:-8092}
DB=servelink_load
POOL=${POOL:-8}
# the small-node flags the README recommends
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -Xms32m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=100m -Xss256k -XX:MaxDirectMemorySize=16m}
# a server runs for days: each route is measured once the JIT's optimising compiler (C2) has
# compiled its path, which takes 20-30 s of load on 2 shared cores (the first 5 s are reported)
WARMUP=${WARMUP:-30}
# the server measured; another commit's jar (JAR=…) compares it on the same ceilings and data
JAR=${JAR:-bootstrap/target/servelink.jar}
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
  -jar "$JAR" > target/load-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER $BARE $PEER 2>/dev/null || true' EXIT
BARE=""; PEER=""
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/ready" >/dev/null && break; sleep 1; done
$PSQL -d $DB -f scripts/load/seed.sql

rss() { echo "$(( $(ps -o rss= -p "$SERVER") / 1024 )) MB"; }
# the server's CPU time so far (user + system), in clock ticks
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
TICK_US=$(( 1000000 / $(getconf CLK_TCK) ))
# token look-ups that reached the database (index scans on api_token's key)
token_lookups() { $PSQL -d $DB -At -c "select coalesce(sum(idx_scan), 0) from pg_stat_user_indexes where relname = 'api_token'"; }
# p99 of a wrk --latency output, in ms
p99_ms() { awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; print v}' "$1"; }
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
  local ticks_before; ticks_before=$(cpu_ticks)
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "scripts/load/$2" "http://127.0.0.1:$PORT" > "target/wrk-$2.txt"
  local ticks=$(( $(cpu_ticks) - ticks_before ))
  grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%" "target/wrk-$2.txt"
  RSS=$(rss)
  echo "   server RSS after: $RSS"
  REQUESTS=$(awk '/requests in/ {print $1}' "target/wrk-$2.txt")
  RATE=$(awk '/Requests\/sec/ {print $2}' "target/wrk-$2.txt")
  P99=$(p99_ms "target/wrk-$2.txt")
  CPU_US=$(( ticks * TICK_US / REQUESTS ))
  echo "   server CPU per request: $CPU_US us (user + system, $(( ticks * TICK_US / 1000 )) ms for $REQUESTS requests)"
  sleep 11 # idle backends publish their statistics within 10 s
  LOOKUPS=$(( $(token_lookups) - lookups_before ))
  echo "   token look-ups (background refreshes and misses): $LOOKUPS for $REQUESTS requests"
  ROUTES="${ROUTES:+$ROUTES;}$1|$RATE|$P99|$CPU_US|$RSS" # the closing table's row
}
echo "server RSS idle: $(rss)"
run "GET /api/resources/{team}/limits" limits.lua
LIMITS_RATE=$RATE; LIMITS_LOOKUPS=$LOOKUPS; LIMITS_REQUESTS=$REQUESTS; LIMITS_P99=$P99; LIMITS_RSS=$RSS
LIMITS_CPU_US=$CPU_US
if [ "${LIMITS_ONLY:-0}" != 1 ]; then # LIMITS_ONLY=1: the limits route and its ceilings only (A/B runs)
  run "POST /api/support/{team}/tickets" tickets.lua
  run "GET /api/support/{team}/stats" stats.lua
  # the usage summary and a page (issue 17: every route the script measures, in one table)
  $PSQL -d $DB -f scripts/load/usage-seed.sql
  $PSQL -d $DB -f scripts/load/sessions.sql
  run "GET /api/usage/{team}/summary" usage-summary-random.lua # 10,000 teams, 30 days of usage each
  export PAGE=addons
  run "GET /teams/{team}/addons (page)" pages.lua # signed in
  unset PAGE
fi

$PSQL -d $DB -c "vacuum analyze" -c "checkpoint"
# pgbench CLIENTS SCRIPT OUT: the statements of a limits request, as prepared statements
pgbench_limits() {
  pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$1" -j 2 -T "${DURATION%s}" -f "scripts/load/$2" $DB \
    | grep -E "^tps|latency average" | tee "target/$3"
}
echo "== pgbench: the one round trip of a limits request with the caller remembered (issue 17)"
pgbench_limits "$CONNECTIONS" limits-pgbench-1rt.sql pgbench-1.txt
echo "== pgbench: the same round trip on as many connections as the server's pool ($POOL)"
pgbench_limits "$POOL" limits-pgbench-1rt.sql pgbench-1-pool.txt
echo "== pgbench: the two round trips a limits request took before issue 17"
pgbench_limits "$CONNECTIONS" limits-pgbench-2rt.sql pgbench-2.txt

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
# bare LUA NAME: warm-up, then the measured run; sets BARE_RATE
bare_run() {
  echo "== the same stack with no code of ours: Undertow + HikariCP + driver running $2"
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "scripts/load/$1" "http://127.0.0.1:$BARE_PORT" >/dev/null # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "scripts/load/$1" "http://127.0.0.1:$BARE_PORT" > "target/wrk-$1.txt"
  grep -E "Requests/sec|Non-2xx|^ +(50|99)%" "target/wrk-$1.txt"
  BARE_RATE=$(awk '/Requests\/sec/ {print $2}' "target/wrk-$1.txt")
}
bare_run bare-jdbc-one.lua "the limits request's one statement"
BARE_ONE_RATE=$BARE_RATE
bare_run bare-jdbc.lua "the two statements of before issue 17"
BARE_TWO_RATE=$BARE_RATE
kill $BARE 2>/dev/null || true
wait $BARE 2>/dev/null || true
BARE=""

PEER_RATE=""
if /usr/bin/python3 -c "import fastapi, uvicorn, sqlalchemy, psycopg2" 2>/dev/null; then
  (cd scripts/load/peers/fastapi-limits && \
    DATABASE_URL="postgresql+psycopg2://postgres@127.0.0.1:5432/$DB" POOL_SIZE=$POOL \
    exec /usr/bin/python3 -m uvicorn app:app --host 127.0.0.1 --port "$PEER_PORT" --no-access-log \
      --log-level warning) > target/peer-server.log 2>&1 &
  PEER=$!
  for _ in $(seq 1 30); do
    curl -sf "http://127.0.0.1:$PEER_PORT/api/resources/load-0/limits" -H "Authorization: Bearer slk_load_0" >/dev/null && break
    sleep 0.5
  done
  echo "== the peer: FastAPI + SQLAlchemy + uvicorn doing the limits route's work (token, membership, sums)"
  wrk -t2 -c"$CONNECTIONS" -d5s -s scripts/load/limits.lua "http://127.0.0.1:$PEER_PORT" >/dev/null # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/load/limits.lua "http://127.0.0.1:$PEER_PORT" \
    > target/wrk-peer.txt
  grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%" target/wrk-peer.txt
  PEER_RATE=$(awk '/Requests\/sec/ {print $2}' target/wrk-peer.txt)
  kill $PEER 2>/dev/null || true
  wait $PEER 2>/dev/null || true
  PEER=""
else
  echo "== the peer: not run (install python3-fastapi python3-uvicorn python3-sqlalchemy python3-psycopg2)"
fi

tps() { awk '/^tps/ {print $3}' "$1"; }
echo "== limits against its ceilings and its peer (goals of issue 17)"
awk -v conns="$CONNECTIONS" -v rate="$LIMITS_RATE" -v lookups="$LIMITS_LOOKUPS" -v requests="$LIMITS_REQUESTS" \
    -v tps1="$(tps target/pgbench-1.txt)" -v tps1pool="$(tps target/pgbench-1-pool.txt)" \
    -v tps2="$(tps target/pgbench-2.txt)" -v bare1="$BARE_ONE_RATE" -v bare2="$BARE_TWO_RATE" -v peer="$PEER_RATE" \
    -v p99="$LIMITS_P99" -v rss="$LIMITS_RSS" -v cpu="$LIMITS_CPU_US" -v loadavg="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  f = lookups / requests
  printf "   %.3f token look-ups per request, off the request path (%.2f statements per request)\n", f, 1 + f
  printf "   limits / pgbench, 1 round trip, %d clients: %.1f %%\n", conns, 100 * rate / tps1
  printf "   limits / pgbench, 1 round trip, pool-sized: %.1f %%\n", 100 * rate / tps1pool
  printf "   limits / pgbench, the 2 round trips of before: %.1f %%\n", 100 * rate / tps2
  printf "   limits / bare stack, its 1 statement: %.2f (goal >= 0.9)\n", rate / bare1
  printf "   limits / bare stack, the 2 statements of before: %.2f\n", rate / bare2
  if (peer != "") printf "   limits / peer (FastAPI): %.1f x (goal >= 18; peer %s req/s)\n", rate / peer, peer
  else print "   limits / peer (FastAPI): not measured"
  printf "   limits p99 at %d connections: %s ms (goal < 20); RSS %s (goal < 256 MB); CPU %d us per request (goal <= 60)\n", conns, p99, rss, cpu
  printf "   load average at the end: %s\n", loadavg
}'
echo "== every route measured, at $CONNECTIONS connections (docs/benchmarks.md)"
printf '   %-42s %10s %10s %14s %10s\n' route 'req/s' 'p99 (ms)' 'CPU/req (us)' 'RSS after'
echo "$ROUTES" | tr ';' '\n' | while IFS='|' read -r route rate p99 cpu rss; do
  printf '   %-42s %10s %10s %14s %10s\n' "$route" "$rate" "$p99" "$cpu" "$rss"
done
