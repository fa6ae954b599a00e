#!/usr/bin/env bash
# Sales benchmark against a running local Barback (./mvnw spring-boot:run in another terminal).
# Usage: bench/sales.sh [phase ...]   phase = COUNT@RATE (RATE 0 = as fast as it goes)
#        default: 1000@50 4000@200 10000@0      BENCH_CONCURRENCY (default 32) caps requests in flight
# Prints sales/s offered and applied, POST-to-projection latency p50/p95/p99, and Barback's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
pid=$(pgrep -f 'io.barback.Barback' | head -1 || true)
if [ -z "$pid" ]; then
  echo "No running Barback found: start it with ./mvnw spring-boot:run" >&2
  exit 1
fi
./mvnw -q -B test-compile
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/test-classes:target/classes:$cp" -Dbench.concurrency="${BENCH_CONCURRENCY:-32}" \
  io.barback.bench.SalesBenchmark "$@"
echo
grep -E 'VmHWM|VmRSS' /proc/"$pid"/status | sed 's/^/Barback (pid '"$pid"') /'
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
