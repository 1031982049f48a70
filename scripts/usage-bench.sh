#!/usr/bin/env bash
# The usage dashboard at scale (docs/benchmarks.md, issue 12) on PostgreSQL: the 10,000-team load
# database of load-test.sh plus usage-seed.sql (one team of 50 projects × 4 metrics × 365 days,
# one project × 4 metrics × 30 days for every other team). Measures GET …/summary at 64
# connections (wrk, after a warm-up) and exports the big team's year as CSV while sampling the
# server's heap (jstat) to show it flat. The statements of one summary request are counted at the
# JDBC level by StatementCountTest (adapter-persistence), which CI runs.
# Needs wrk (apt-get install wrk), a local PostgreSQL (trust auth, user postgres) and a JDK (jstat).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-30}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-8093}
POOL=${POOL:-8}
DB=servelink_usage
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -Xms32m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=100m -Xss256k -XX:MaxDirectMemorySize=16m}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

mkdir -p target
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q -DskipTests package
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
SERVELINK_HTTP_PORT=$PORT SERVELINK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" \
SERVELINK_DB_POOL_SIZE=$POOL SERVELINK_ADMIN_TOKEN=load-test-admin-token-0123456789abcdef \
SERVELINK_DEMO_DATA=false SERVELINK_SCHEDULER=off SERVELINK_PAYMENT_PROVIDER=sandbox MALLOC_ARENA_MAX=2 \
  java $JAVA_OPTS -jar bootstrap/target/servelink.jar > target/usage-bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/ready" >/dev/null && break; sleep 1; done
echo "seeding (10,000 teams, $(( 73000 + 9999 * 120 )) usage samples)…"
$PSQL -d $DB -f scripts/load/seed.sql
$PSQL -d $DB -f scripts/load/usage-seed.sql
$PSQL -d $DB -At -c "select 'usage_sample rows: ' || count(*) from usage_sample"

BASE="http://127.0.0.1:$PORT"
AUTH="Authorization: Bearer slk_load_0"
curl -sf -H "$AUTH" "$BASE/api/usage/load-0/summary" > target/usage-summary.json
echo "summary of load-0: $(wc -c < target/usage-summary.json) bytes"
# the dataset is what the figures claim: this month's traffic of the 50 projects, as the API sums it
python3 -c "import json,sys; s=json.load(open('target/usage-summary.json')); t=s['traffic_gb']; print('   traffic_gb used', t['used'], 'over', len(t['daily']), 'days;', len(s['top_projects']), 'top projects')"

run() {
  $PSQL -d $DB -c "vacuum analyze" -c "checkpoint"
  echo "== $1"
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "scripts/load/$2" "$BASE" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "scripts/load/$2" "$BASE" > "target/wrk-$2.txt"
  grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|75|90|99)%" "target/wrk-$2.txt"
}
run "GET /api/usage/load-0/summary (50 projects × 4 metrics × 365 days)" usage-summary.lua
run "GET /api/usage/load-0/summary?month=<last month> (a whole month of days)" usage-summary-last-month.lua
run "GET /api/usage/{random team}/summary (10,000 teams)" usage-summary-random.lua

echo "== CSV export of load-0's year (73,000 rows), heap sampled every 200 ms"
FROM=$(date -u -d '364 days ago' +%F); TO=$(date -u +%F)
jstat -gc "$SERVER" 200 > target/usage-export-jstat.txt &
JSTAT=$!
for _ in 1 2 3; do
  curl -sf -H "$AUTH" -o target/usage-export.csv -w "   %{size_download} bytes in %{time_total} s\n" \
    "$BASE/api/usage/load-0/export.csv?from=$FROM&to=$TO"
done
kill $JSTAT 2>/dev/null || true
echo "   rows (header excluded): $(( $(wc -l < target/usage-export.csv) - 1 ))"
# OU: old generation used (KB); EU: eden used; a streamed export keeps OU flat across runs
awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i; next}
     {ou = $col["OU"]; eu = $col["EU"]; if (min == "" || ou < min) min = ou; if (ou > max) max = ou;
      if (eu + ou > peak) peak = eu + ou}
     END {printf "   old generation used: %.1f to %.1f MB; peak heap used (eden + old): %.1f MB\n",
          min / 1024, max / 1024, peak / 1024}' target/usage-export-jstat.txt
