#!/usr/bin/env bash
# The offline invoice reader's accuracy report (a benchmark, not a test).
# Usage: bench/invoice-reader.sh [FOLDER] [--endpoint=URL]
#   FOLDER    invoices with a truth JSON beside each (default: sample-invoices)
#   --endpoint=URL  measure a running Textract-compatible endpoint (default: start one in-process)
# Prints per-field accuracy, line-item precision/recall/F1 and seconds per page, by text PDF, scan and photo.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_java -Xmx1g io.barback.bench.InvoiceReaderBenchmark "$@"
