#!/usr/bin/env bash
# The outbox burst benchmark (docs/benchmarks.md): 10,000 events (EVENTS=N) appended at once on
# the PostgreSQL of SERVELINK_TEST_PG_URL (default: local database test, user postgres), delivered
# by the dispatcher to a local webhook receiver. Prints throughput and delays.
set -euo pipefail
cd "$(dirname "$0")/.."
export SERVELINK_TEST_PG_URL="${SERVELINK_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
./mvnw -q -B -o -DskipTests -Dmaven.javadoc.skip=true install -pl bootstrap -am
./mvnw -q -B -o -pl bootstrap test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx512m -Devents="${EVENTS:-10000}" \
  -cp "bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/bench.classpath)" \
  com.servelink.bootstrap.benchmark.OutboxBurstBenchmark
