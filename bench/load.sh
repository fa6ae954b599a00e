#!/usr/bin/env bash
# The load benchmark in one command: starts Barback as its own process on a fresh local stack
# (its data in target/bench/load-*/), warms it up, drives sales at 50/s, at 200/s, at 500, 1,000,
# 1,500 and 2,000/s, then in steps of 100/s (to 4,000/s) up to the highest rate the pipeline keeps
# up with, and flat out (profiled with JFR), mails the sample invoices (text PDFs, then scans and photos), and prints one table:
# sales/s, end-to-end latency p50/p95/p99, invoices/minute, CDC backlog and consumer lag, CPU by
# process, peak memory, and where the CPU time went. About 10 minutes; needs nothing running.
# Usage: bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
if pgrep -f 'io.barback.Barback' >/dev/null; then
  echo "A Barback is already running on this machine: its load would distort the figures. Stop it first." >&2
  exit 1
fi
# This JVM also hosts the Kafka broker and the MongoDB-wire server (which keeps every document in
# its heap): room enough that their collections do not pause the pipeline. GC log in target/bench.
bench_java -Xmx4g -Xlog:gc:file=target/bench/driver-gc.log io.barback.bench.LoadBenchmark "$@"
