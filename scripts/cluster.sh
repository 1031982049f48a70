#!/usr/bin/env bash
# N Servelink nodes of the built jar on one PostgreSQL, without Docker (decision 99): the
# compose.yaml setup on this machine. Node i listens on BASE_PORT + i - 1 (8001, 8002, …).
#
#   scripts/cluster.sh start|stop|status
#
# Settings (environment):
#   NODES            how many nodes (default 2)
#   BASE_PORT        node 1's port (default 8001)
#   SCHEDULER_NODES  "all" (default: Quartz is clustered on PostgreSQL, each firing runs once)
#                    or the node numbers that run it, such as "1" or "1 3"
#   SERVELINK_DB_URL a jdbc:postgresql: URL (default: database servelink_cluster on
#                    127.0.0.1:5432 as postgres, created by `start` when missing)
#   SERVELINK_ADMIN_TOKEN  the operator's token (default: generated once, kept in CLUSTER_DIR)
#   CLUSTER_DIR      pid files, logs and the generated token (default target/cluster)
#   JAR              the runnable jar (default bootstrap/target/servelink.jar; build it first
#                    with ./mvnw -B -q -DskipTests package)
#   JAVA_OPTS        JVM flags (default: the README's small-node flags)
# Any other SERVELINK_* variable is passed to every node as it is.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NODES=${NODES:-2}
BASE_PORT=${BASE_PORT:-8001}
SCHEDULER_NODES=${SCHEDULER_NODES:-all}
CLUSTER_DIR=${CLUSTER_DIR:-$ROOT/target/cluster}
JAR=${JAR:-$ROOT/bootstrap/target/servelink.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -Xms32m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=100m -Xss256k -XX:MaxDirectMemorySize=16m}
DEFAULT_DB=servelink_cluster
START_TIMEOUT=${START_TIMEOUT:-120}

port_of() { echo $((BASE_PORT + $1 - 1)); }
pid_file() { echo "$CLUSTER_DIR/node$1.pid"; }
running_pid() { # the node's pid when its process is alive
  local file; file=$(pid_file "$1")
  [ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}
ready() { curl -sf -o /dev/null --max-time 3 "http://127.0.0.1:$(port_of "$1")/ready"; }
scheduler_of() {
  if [ "$SCHEDULER_NODES" = all ] || [[ " $SCHEDULER_NODES " == *" $1 "* ]]; then echo on; else echo off; fi
}

start() {
  command -v curl >/dev/null || { echo "cluster.sh needs curl" >&2; exit 1; }
  [ -f "$JAR" ] || { echo "no $JAR: build it with ./mvnw -B -q -DskipTests package" >&2; exit 1; }
  mkdir -p "$CLUSTER_DIR"
  if [ -z "${SERVELINK_DB_URL:-}" ]; then
    SERVELINK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DEFAULT_DB?user=postgres"
    psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = '$DEFAULT_DB'" | grep -q 1 \
      || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $DEFAULT_DB"
  fi
  if [ -z "${SERVELINK_ADMIN_TOKEN:-}" ]; then
    [ -f "$CLUSTER_DIR/admin-token" ] \
      || (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$CLUSTER_DIR/admin-token")
    SERVELINK_ADMIN_TOKEN=$(cat "$CLUSTER_DIR/admin-token")
    echo "admin token: in $CLUSTER_DIR/admin-token"
  fi
  for i in $(seq 1 "$NODES"); do
    local port; port=$(port_of "$i")
    if pid=$(running_pid "$i"); then echo "node $i: already running (pid $pid, port $port)"; continue; fi
    # one after the other: the first start migrates the schema, the others find it done
    (cd "$CLUSTER_DIR" && exec env SERVELINK_DB_URL="$SERVELINK_DB_URL" SERVELINK_ADMIN_TOKEN="$SERVELINK_ADMIN_TOKEN" \
      SERVELINK_HTTP_HOST=127.0.0.1 SERVELINK_HTTP_PORT="$port" SERVELINK_PUBLIC_URL="http://127.0.0.1:$port" \
      SERVELINK_PAYMENT_PROVIDER="${SERVELINK_PAYMENT_PROVIDER:-sandbox}" SERVELINK_SCHEDULER="$(scheduler_of "$i")" \
      MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
      nohup java $JAVA_OPTS -jar "$JAR" < /dev/null > "$CLUSTER_DIR/node$i.log" 2>&1) &
    echo $! > "$(pid_file "$i")"
    local waited=0
    until ready "$i"; do
      if ! running_pid "$i" >/dev/null; then
        echo "node $i exited during its start; the end of $CLUSTER_DIR/node$i.log:" >&2
        tail -n 20 "$CLUSTER_DIR/node$i.log" >&2
        exit 1
      fi
      if [ $waited -ge $((START_TIMEOUT * 2)) ]; then echo "node $i not ready within ${START_TIMEOUT}s" >&2; exit 1; fi
      sleep 0.5; waited=$((waited + 1))
    done
    echo "node $i: ready on http://127.0.0.1:$port (pid $(cat "$(pid_file "$i")"), scheduler $(scheduler_of "$i"))"
  done
}

stop() {
  for i in $(seq 1 "$NODES"); do
    if pid=$(running_pid "$i"); then
      kill -TERM "$pid" # the node finishes the requests in flight, then exits
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      if kill -0 "$pid" 2>/dev/null; then echo "node $i: still running 30 s after SIGTERM, killed" >&2; kill -KILL "$pid"; fi
      echo "node $i: stopped"
    fi
    rm -f "$(pid_file "$i")"
  done
}

status() { # exit 0 when every node is running and ready
  local all=0
  for i in $(seq 1 "$NODES"); do
    local port; port=$(port_of "$i")
    if pid=$(running_pid "$i"); then
      if ready "$i"; then echo "node $i: ready on port $port (pid $pid)"; else echo "node $i: running, not ready (pid $pid)"; all=3; fi
    else
      echo "node $i: stopped"; all=3
    fi
  done
  return $all
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
