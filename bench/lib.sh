# Shared by the benchmarks that drive a running local Barback: find its process, build the
# test classes, and run a benchmark class on the test classpath.
barback_pid() {
  local pid
  pid=$(pgrep -f 'io.barback.Barback' | head -1 || true)
  if [ -z "$pid" ]; then
    echo "No running Barback found: start it with ./mvnw spring-boot:run" >&2
    exit 1
  fi
  echo "$pid"
}

bench_java() {
  # the JVM's -Xlog file goes in target/bench, which a fresh clone does not have yet
  mkdir -p target/bench
  ./mvnw -q -B -Dfrontend.skip=true test-compile
  local cp
  cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
  java -cp "target/test-classes:target/classes:$cp" "$@"
}

report_memory() {
  grep -E 'VmHWM|VmRSS' /proc/"$1"/status | sed 's/^/Barback (pid '"$1"') /'
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
}
