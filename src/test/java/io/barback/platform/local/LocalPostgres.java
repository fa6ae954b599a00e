package io.barback.platform.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky's packaged binaries) with logical decoding switched on, so
 * Debezium reads its write-ahead log exactly as it would read a managed Postgres.
 *
 * <p>The local run keeps its data directory between runs. A run that was killed with
 * {@code kill -9} leaves its postmaster running and its {@code postmaster.pid} behind: both
 * are cleaned up here before the server starts, instead of leaving the port blocked.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPostgres.class);
    static final String DATABASE = "barback";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres postgres;

    private final boolean durable;

    /** @param durable fsync and synchronous commit on: a 201 means the sale survives a power cut */
    public LocalPostgres(Path dataDir, int port, boolean durable) {
        this.dataDir = dataDir;
        this.port = port;
        this.durable = durable;
    }

    public void start() throws Exception {
        Files.createDirectories(dataDir);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                // stopped by close(), after everything that uses it: the library's own shutdown hook
                // would stop it the moment SIGTERM arrives, under the sales Tomcat and Camel are
                // still finishing on a graceful stop
                .setRegisterShutdownHook(false)
                .setServerConfig("wal_level", "logical")
                .setServerConfig("max_replication_slots", "8")
                .setServerConfig("max_wal_senders", "8")
                .setServerConfig("max_connections", "100")
                // its own log in <data>/postgres/log, with the replication commands Debezium sends
                // (a slot created or dropped shows there)
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_replication_commands", "on")
                .setServerConfig("log_timezone", "UTC")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    st.execute("create database " + DATABASE);
                    LOG.info("Created database {}", DATABASE);
                }
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    int port() {
        return port;
    }

    /**
     * A fast shutdown; returns once the server has exited. The library's {@code pg_ctl stop}
     * gives up after 5 s, while the shutdown checkpoint may still be writing: the next start
     * must not find this server still holding the data directory.
     */
    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
            try {
                stopServer(dataDir, "is still shutting down after pg_ctl stop", Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Fault drills: every process of the server paused (SIGSTOP), as a stalled disk or a network
     * partition leaves it: connections stay open and nothing answers. {@link #resume()} undoes it.
     */
    void pause() throws IOException, InterruptedException {
        signalServer("STOP");
    }

    void resume() throws IOException, InterruptedException {
        signalServer("CONT");
    }

    private void signalServer(String signal) throws IOException, InterruptedException {
        Optional<ProcessHandle> postmaster = readPid(dataDir.resolve("postmaster.pid")).flatMap(ProcessHandle::of);
        if (postmaster.isEmpty()) {
            throw new IllegalStateException("no PostgreSQL server runs on " + dataDir);
        }
        List<String> command = new java.util.ArrayList<>(List.of("kill", "-" + signal));
        command.add(String.valueOf(postmaster.get().pid()));
        postmaster.get().descendants().forEach(p -> command.add(String.valueOf(p.pid())));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** The server's own log directory (logging_collector), where the replication commands it received are. */
    Path logDirectory() {
        return dataDir.resolve("log");
    }

    /**
     * A postmaster whose JVM died is still running against our data directory: stop it (fast
     * shutdown, then immediate) so this run can take its place. A pid file that names a process
     * that is gone, or that is not a postgres, is removed.
     */
    static void reapOrphanedPostmaster(Path dataDir) throws IOException, InterruptedException {
        stopServer(dataDir, "from an earlier run that was killed still holds the data", Duration.ofSeconds(20));
    }

    /**
     * Stops the postmaster named in the data directory's {@code postmaster.pid}, if it runs: a
     * fast shutdown (a server already shutting down ignores it and goes on), waiting up to
     * {@code patience}; then an immediate shutdown.
     */
    private static void stopServer(Path dataDir, String why, Duration patience) throws IOException, InterruptedException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(LocalPostgres::running)
                .filter(LocalPostgres::isPostgres);
        if (process.isEmpty()) {
            LOG.warn("Removing stale {} left by a run that did not shut down (pid {} is gone)", pidFile,
                    pid.map(String::valueOf).orElse("?"));
            Files.deleteIfExists(pidFile);
            return;
        }
        long p = process.get().pid();
        long t0 = System.nanoTime();
        LOG.warn("The PostgreSQL server (pid {}) on {} {}: stopping it", p, dataDir, why);
        signal(p, "INT");
        if (!waitForExit(process.get(), patience)) {
            LOG.warn("PostgreSQL pid {} ignored a fast shutdown; sending an immediate shutdown", p);
            signal(p, "QUIT");
            if (!waitForExit(process.get(), Duration.ofSeconds(20))) {
                throw new IllegalStateException("Could not stop the PostgreSQL server pid " + p
                        + " that holds " + dataDir + "; stop it by hand (kill " + p + ") and start again");
            }
        }
        Files.deleteIfExists(pidFile);
        LOG.info("Stopped the PostgreSQL server pid {} in {} ms", p, (System.nanoTime() - t0) / 1_000_000);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle handle) {
        Path comm = Path.of("/proc", String.valueOf(handle.pid()), "comm");
        try {
            return Files.readString(comm).trim().startsWith("postgres");
        } catch (IOException e) {
            return handle.info().command().map(c -> c.contains("postgres")).orElse(false);
        }
    }

    private static void signal(long pid, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor();
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running(process) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return !running(process);
    }

    /** Alive and not a zombie: an orphan that exited may linger as a zombie where nothing reaps it. */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            int close = stat.lastIndexOf(')');
            return close < 0 || close + 2 >= stat.length() || stat.charAt(close + 2) != 'Z';
        } catch (IOException e) {
            return process.isAlive();
        }
    }
}
