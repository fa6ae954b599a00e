#!/usr/bin/env bash
# Invoices end to end against a running local Barback (./mvnw spring-boot:run in another terminal):
# mails every sample invoice (text PDFs, then scans and photos) to the demo venue over SMTP and
# waits until each is applied (or held, or recognised as a duplicate). Prints invoices/minute by
# kind and Barback's peak memory. Start from a wiped local run (--barback.local-stack.wipe=true),
# or invoices sent before count as duplicates (still read, but not applied again). The text PDFs put
# their suppliers in the venue's books, which then know the scans' suppliers; SCANS_ONLY=1 mails
# the scans and photos alone, as from suppliers the venue has not booked yet.
# Usage: [SCANS_ONLY=1] bench/invoices.sh [FOLDER...]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
pid=$(barback_pid)
bench_java io.barback.bench.InvoiceBenchmark "$@"
report_memory "$pid"
