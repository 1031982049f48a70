#!/usr/bin/env bash
# Runs the persistence benchmark (docs/benchmarks.md) against SERVELINK_TEST_PG_URL
# (default: the local PostgreSQL, database test, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install -pl domain,application,adapter-persistence -am
mvn -q -B -pl adapter-persistence test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx1g -cp "adapter-persistence/target/test-classes:adapter-persistence/target/classes:$(cat adapter-persistence/target/bench.classpath)" \
  com.servelink.adapter.persistence.benchmark.PersistenceBenchmark
