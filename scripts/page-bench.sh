#!/usr/bin/env bash
# Server time and weight of each web page (docs/benchmarks.md, issue 11) on the 10,000-team load
# database of load-test.sh: one connection at a time (the latency is then the server's time per
# page, plus loopback), after a warm-up; page weight is the HTML plus our CSS and JS, no images.
# Needs wrk (apt-get install wrk) and a local PostgreSQL (trust auth, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
PORT=${PORT:-8092}
DB=servelink_pages
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -Xms32m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=100m -Xss256k -XX:MaxDirectMemorySize=16m}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

mkdir -p target
mvn -B -q -DskipTests package
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
SERVELINK_HTTP_PORT=$PORT SERVELINK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" \
SERVELINK_DB_POOL_SIZE=8 SERVELINK_ADMIN_TOKEN=load-test-admin-token-0123456789abcdef \
SERVELINK_DEMO_DATA=false SERVELINK_SCHEDULER=off SERVELINK_PAYMENT_PROVIDER=sandbox MALLOC_ARENA_MAX=2 \
  java $JAVA_OPTS -jar bootstrap/target/servelink.jar > target/page-bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/ready" >/dev/null && break; sleep 1; done
$PSQL -d $DB -f scripts/load/seed.sql
$PSQL -d $DB -f scripts/load/sessions.sql # a signed-in browser per owner and one staff member

printf '%-14s %10s %10s %10s %12s\n' page median p99 'req/s' 'weight (KB)'
for page in login addons support ticket staff-queue staff-ticket; do
  PAGE=$page wrk -t1 -c1 -d"$WARMUP" -s scripts/load/pages.lua "http://127.0.0.1:$PORT" > /dev/null
  PAGE=$page wrk -t1 -c1 -d"$DURATION" --latency -s scripts/load/pages.lua "http://127.0.0.1:$PORT" \
    > "target/wrk-page-$page.txt"
  non2xx=$(awk '/Non-2xx/ {print $5}' "target/wrk-page-$page.txt")
  [ -n "$non2xx" ] && { echo "$page: $non2xx answers were not 2xx" >&2; exit 1; }
  case $page in
    login) path=/login; cookie=none ;;
    addons) path=/teams/load-42/addons; cookie=sls_load_42 ;;
    support) path=/teams/load-42/support; cookie=sls_load_42 ;;
    ticket) path=/teams/load-42/support/tickets/ticket_load42; cookie=sls_load_42 ;;
    staff-queue) path="/staff/queue?min_priority=normal"; cookie=sls_load_staff ;;
    staff-ticket) path=/staff/tickets/ticket_load42; cookie=sls_load_staff ;;
  esac
  html=$(curl -s -o /dev/null -w '%{size_download}' -H "Cookie: servelink_session=$cookie" "http://127.0.0.1:$PORT$path")
  assets=$(( $(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT/assets/app.css") \
           + $(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT/assets/app.js") ))
  printf '%-14s %10s %10s %10s %12s\n' "$page" \
    "$(awk '$1 == "50%" {print $2}' "target/wrk-page-$page.txt")" \
    "$(awk '$1 == "99%" {print $2}' "target/wrk-page-$page.txt")" \
    "$(awk '/Requests\/sec/ {print $2}' "target/wrk-page-$page.txt")" \
    "$(awk -v b=$((html + assets)) 'BEGIN {printf "%.1f", b / 1024}')"
done
echo "server RSS after the pages: $(( $(ps -o rss= -p "$SERVER") / 1024 )) MB"
