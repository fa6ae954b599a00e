package io.barback.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.barback.platform.local.LocalStack;

/**
 * Barback as a process of its own, as it runs in production: started with the local profile on
 * a data directory that survives it, killed with SIGKILL, and started again on the same data
 * and ports. Its output goes to {@code barback-N.log} in the data directory's parent. The crash
 * drill and the load benchmark use it; {@link #replica} is a second Barback on a test's stack.
 */
public final class BarbackProcess implements AutoCloseable {

    /**
     * The crash drill's JVM: small and frugal, as several run on one CI machine. C1 only: a test
     * Barback lives for a minute, and on two cores the second compiler tier cost a fifth of each
     * start (10-11 s against 12-16 s to "Started Barback") without making its minute faster.
     */
    public static final List<String> SMALL_JVM = List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    final Path dir;
    final int httpPort;
    private final int postgresPort = LocalStack.freePort();
    private final int kafkaPort = LocalStack.freePort();
    private final int controllerPort = LocalStack.freePort();
    private final int mongoPort = LocalStack.freePort();
    private final int textractPort = LocalStack.freePort();
    private final List<String> jvmOptions;
    private final List<String> extraArguments;
    /** Whether it starts the local stack itself (the local profile) or is pointed at one. */
    private final boolean ownStack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;
    /** What the readiness probe answered while Barback was starting, for the record. */
    final List<String> readiness = new java.util.concurrent.CopyOnWriteArrayList<>();

    BarbackProcess(Path dir, List<String> extraArguments) {
        this(dir, SMALL_JVM, extraArguments);
    }

    public BarbackProcess(Path dir, List<String> jvmOptions, List<String> extraArguments) {
        this(dir, jvmOptions, extraArguments, true);
    }

    private BarbackProcess(Path dir, List<String> jvmOptions, List<String> extraArguments, boolean ownStack) {
        this.dir = dir;
        this.httpPort = LocalStack.freePort();
        this.jvmOptions = jvmOptions;
        this.extraArguments = extraArguments;
        this.ownStack = ownStack;
    }

    /**
     * Barback with no local stack of its own, as a further replica in production: the arguments
     * point it at a running stack (its PostgreSQL, Kafka, MongoDB, mailbox and Textract).
     */
    public static BarbackProcess replica(Path dir, List<String> arguments) {
        return new BarbackProcess(dir, SMALL_JVM, arguments, false);
    }

    public int httpPort() {
        return httpPort;
    }

    public String base() {
        return "http://localhost:" + httpPort;
    }

    public int kafkaPort() {
        return kafkaPort;
    }

    public int postgresPort() {
        return postgresPort;
    }

    /** The running JVM's process id. */
    public long pid() {
        return process.pid();
    }

    /** The local stack's PostgreSQL server (its postmaster), while it runs. */
    public java.util.Optional<ProcessHandle> postgres() {
        try {
            Path pidFile = dir.resolve("data").resolve("postgres").resolve("postmaster.pid");
            return Files.exists(pidFile)
                    ? ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                    : java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Starts Barback and waits until it answers its readiness probe. */
    public Duration start() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, "io.barback.Barback",
                "--server.port=" + httpPort,
                "--barback.routes-dir=" + Path.of("routes").toAbsolutePath(),
                "--logging.level.org.apache.kafka=WARN",
                "--logging.level.io.debezium=WARN"));
        if (ownStack) {
            command.addAll(List.of("--spring.profiles.active=local",
                    "--barback.local-stack.data-dir=" + dir.resolve("data"),
                    "--barback.local-stack.persistent=true",
                    "--barback.local-stack.postgres-port=" + postgresPort,
                    "--barback.local-stack.kafka-port=" + kafkaPort,
                    "--barback.local-stack.kafka-controller-port=" + controllerPort,
                    "--barback.local-stack.mongo-port=" + mongoPort,
                    "--barback.local-stack.textract-port=" + textractPort,
                    "--barback.local-stack.smtp-port=0",
                    "--barback.local-stack.imap-port=0"));
        }
        command.addAll(extraArguments);
        Files.createDirectories(dir);
        starts++;
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("barback-" + starts + ".log").toFile()).start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                .until(this::ready);
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** The output of the current (or last) start. */
    public Path log() {
        return dir.resolve("barback-" + starts + ".log");
    }

    /** Ready once the probe says so and the API answers; a process that exited fails the start at once. */
    private boolean ready() throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("Barback exited with " + process.exitValue() + " while starting; see "
                    + log() + "\n" + whyItFailed(log()));
        }
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            readiness.add(r.statusCode() + " " + r.body());
            HttpResponse<Void> api = http.send(HttpRequest.newBuilder(URI.create(base()
                            + "/api/v1/venues/the-local/products")).header("Authorization", "Bearer local-demo-key")
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 && api.statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    /** kill -9: no shutdown hook runs, nothing is flushed or closed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * What a failed start said, for the test report (CI keeps no files): Spring Boot's "APPLICATION
     * FAILED TO START" section, or else the last ERROR and its causes.
     */
    static String whyItFailed(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
        int failed = lastLineWith(lines, "APPLICATION FAILED TO START");
        if (failed >= 0) {
            return String.join("\n", lines.subList(failed, Math.min(lines.size(), failed + 16)));
        }
        int error = lastLineWith(lines, " ERROR ");
        if (error < 0) {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 12), lines.size()));
        }
        List<String> said = new ArrayList<>(List.of(lines.get(error)));
        lines.subList(error + 1, lines.size()).stream().filter(l -> l.startsWith("Caused by:")).limit(11)
                .forEach(said::add);
        return String.join("\n", said);
    }

    private static int lastLineWith(List<String> lines, String what) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(what)) {
                return i;
            }
        }
        return -1;
    }

    /** How a stop went: how long it took, and whether it had to be forced. */
    public record Stop(Duration took, boolean forced, int exitCode) {
    }

    /**
     * SIGTERM, as an orchestrator stops it, with the Deployment's grace period
     * ({@code terminationGracePeriodSeconds: 45}); SIGKILL after it, as the kubelet does.
     */
    public Stop stop() throws InterruptedException {
        long t0 = System.nanoTime();
        process.destroy();
        boolean forced = !process.waitFor(45, java.util.concurrent.TimeUnit.SECONDS);
        if (forced) {
            process.destroyForcibly().waitFor();
        }
        return new Stop(Duration.ofNanos(System.nanoTime() - t0), forced, process.exitValue());
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
        // a test that failed between a kill and the next start leaves that run's PostgreSQL
        Path pidFile = dir.resolve("data").resolve("postgres").resolve("postmaster.pid");
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException | RuntimeException e) {
            // best effort: it is a scratch server on a scratch directory
        }
    }
}
