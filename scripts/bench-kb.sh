#!/usr/bin/env bash
# Runs the help centre's search and suggestion benchmark of issue 16 (docs/benchmarks.md) against
# SERVELINK_TEST_PG_URL (default: the local PostgreSQL, database test, user postgres). Builds in
# the reactor: nothing is installed into the local Maven repository.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl adapter-persistence -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx1g -cp "adapter-persistence/target/test-classes:adapter-persistence/target/classes:$(cat adapter-persistence/target/bench.classpath)" \
  com.servelink.adapter.persistence.benchmark.KbBenchmark
