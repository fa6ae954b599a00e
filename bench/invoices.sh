#!/usr/bin/env bash
# Invoices end to end against a running local Barback (./mvnw spring-boot:run in another terminal):
# mails every sample invoice (text PDFs, then scans and photos) to the demo venue over SMTP and
# waits until each is applied (or held, or recognised as a duplicate). Prints invoices/minute by
# kind and Barback's peak memory. Start from a wiped local run (--barback.local-stack.wipe=true),
# or invoices sent before count as duplicates (still read, but not applied again).
# Usage: bench/invoices.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
pid=$(pgrep -f 'io.barback.Barback' | head -1 || true)
if [ -z "$pid" ]; then
  echo "No running Barback found: start it with ./mvnw spring-boot:run" >&2
  exit 1
fi
./mvnw -q -B test-compile
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/test-classes:target/classes:$cp" io.barback.bench.InvoiceBenchmark "$@"
grep -E 'VmHWM|VmRSS' /proc/"$pid"/status | sed 's/^/Barback (pid '"$pid"') /'
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
