#!/usr/bin/env bash
# Scale-out of the limits route (docs/benchmarks.md): 1, 2 and 3 nodes of the jar on one
# PostgreSQL (scripts/cluster.sh), the load test's 10,000 teams, CONNECTIONS wrk connections
# in all, split evenly over the nodes (one wrk per node, run together); the rates are summed
# and each compared to one node's, in the same run.
# Needs wrk, a built jar (./mvnw -B -q -DskipTests package) and a local PostgreSQL (trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-30}
CONNECTIONS=${CONNECTIONS:-64}
DB=servelink_scale
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
export BASE_PORT=${BASE_PORT:-8101} CLUSTER_DIR=$PWD/target/scale-cluster SCHEDULER_NODES=none \
  SERVELINK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" SERVELINK_DB_POOL_SIZE=${POOL:-8} \
  SERVELINK_DEMO_DATA=false SERVELINK_ADMIN_TOKEN=scale-out-admin-token-0123456789abcdef
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
trap 'NODES=3 scripts/cluster.sh stop >/dev/null || true' EXIT

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
NODES=1 scripts/cluster.sh start
$PSQL -d $DB -f scripts/load/seed.sql

# LOAD N SECONDS OUT: one wrk per node, CONNECTIONS / N connections each, all at once
load() {
  local pids=()
  for i in $(seq 1 "$1"); do
    wrk -t1 -c$((CONNECTIONS / $1)) -d"$2s" --latency -s scripts/load/limits.lua "http://127.0.0.1:$((BASE_PORT + i - 1))" \
      > "target/scale-$1-node$i.txt" &
    pids+=($!)
  done
  wait "${pids[@]}"
}
for n in 1 2 3; do
  NODES=$n scripts/cluster.sh start >/dev/null
  $PSQL -d $DB -c "vacuum analyze" -c "checkpoint"
  load "$n" "$WARMUP" # every node's JIT compiles the route first (a fresh node's first seconds are slow)
  load "$n" "$DURATION"
  total=$(cat target/scale-$n-node*.txt | awk '/Requests\/sec/ {s += $2} END {printf "%.0f", s}')
  errors=$(cat target/scale-$n-node*.txt | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  p50=$(cat target/scale-$n-node*.txt | awk '$1 == "50%" {print $2}' | tr '\n' ' ')
  p99=$(cat target/scale-$n-node*.txt | awk '$1 == "99%" {print $2}' | tr '\n' ' ')
  [ "$n" = 1 ] && ONE=$total
  awk -v n="$n" -v t="$total" -v one="$ONE" -v p50="$p50" -v p99="$p99" -v e="$errors" 'BEGIN {
    printf "== %d node(s): %d req/s in all (%.2f x one node); median per node: %s; p99 per node: %s %s\n", n, t, t / one, p50, p99, e }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
