#!/usr/bin/env bash
# Sales benchmark against a running local Barback (./mvnw spring-boot:run in another terminal).
# Usage: bench/sales.sh [phase ...]   phase = COUNT@RATE (RATE 0 = as fast as it goes)
#        default: 1000@50 4000@200 10000@0      BENCH_CONCURRENCY (default 32) caps requests in flight
# Prints sales/s offered and applied, POST-to-projection latency p50/p95/p99, and Barback's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
pid=$(barback_pid)
bench_java -Dbench.concurrency="${BENCH_CONCURRENCY:-32}" io.barback.bench.SalesBenchmark "$@"
echo
report_memory "$pid"
