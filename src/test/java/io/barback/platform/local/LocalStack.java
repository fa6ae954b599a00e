package io.barback.platform.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.barback.textract.TextractServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded local stack: PostgreSQL, Kafka, the MongoDB-wire server, the
 * Textract-compatible endpoint and the invoice mailbox (SMTP + IMAP), each a real server
 * on a real port. Started before the Spring context so that every Barback component connects
 * to it through its ordinary production configuration.
 */
public final class LocalStack implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

    /** The Kafka topics Barback uses, with their partition counts on the local broker. */
    public static final Map<String, Integer> TOPICS = Map.of(
            "barback.sales.v1", 3,
            "barback.invoices.v1", 3,
            "barback.invoices.review.v1", 1,
            "barback.alerts.v1", 1,
            "barback.deadletter.v1", 1,
            "barback.cdc.offsets", 1);

    /** Where the kernel's ephemeral port range starts: {@link #freePort()} stays below it. */
    private static final int EPHEMERAL_START = ephemeralRangeStart();

    /** Ports {@link #freePort()} gave out in this JVM: free when given, maybe not bound yet. */
    private static final Set<Integer> HANDED_OUT = new HashSet<>();
    /** Stacks started in this JVM: a test run starts one per test context. */
    private static final AtomicInteger STACKS_STARTED = new AtomicInteger();

    private final LocalStackSettings settings;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private DataDirLock lock;
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private LocalMongo mongo;
    private TextractServer textract;
    private int textractPort;

    LocalStack(LocalStackSettings settings) {
        this.settings = settings;
    }

    /** Spring properties that point Barback at this stack. */
    public Map<String, Object> properties() {
        return properties;
    }

    void start() throws Exception {
        long t0 = System.nanoTime();
        Path dir = settings.dataDir().toAbsolutePath().normalize();
        if (settings.wipe() && Files.exists(dir)) {
            LOG.warn("Wiping local data in {} (barback.local-stack.wipe=true)", dir);
            deleteTree(dir);
        }
        Files.createDirectories(dir);
        lock = DataDirLock.acquire(dir);
        started.add(lock);
        // A run killed with kill -9 leaves its postmaster holding the port: stop it before checking ports.
        LocalPostgres.reapOrphanedPostmaster(dir.resolve("postgres"));

        int pgPort = settings.resolvePort(settings.postgresPort(), "barback.local-stack.postgres-port", "PostgreSQL");
        int kafkaPort = settings.resolvePort(settings.kafkaPort(), "barback.local-stack.kafka-port", "Kafka");
        int controllerPort = settings.resolvePort(settings.kafkaControllerPort(),
                "barback.local-stack.kafka-controller-port", "the Kafka controller");
        int mongoPort = settings.resolvePort(settings.mongoPort(), "barback.local-stack.mongo-port", "MongoDB");
        int textractPort = settings.resolvePort(settings.textractPort(), "barback.local-stack.textract-port",
                "the Textract-compatible endpoint");
        int smtpPort = settings.resolvePort(settings.smtpPort(), "barback.local-stack.smtp-port", "SMTP (GreenMail)");
        int imapPort = settings.resolvePort(settings.imapPort(), "barback.local-stack.imap-port", "IMAP (GreenMail)");

        postgres = new LocalPostgres(dir.resolve("postgres"), pgPort, settings.persistent());
        postgres.start();
        started.add(postgres);

        if (settings.kafkaEnabled()) {
            kafka = new LocalKafka(dir.resolve("kafka"), kafkaPort, controllerPort);
            started.add(kafka);
            kafka.start(TOPICS);
            properties.put("barback.kafka.bootstrap-servers", kafka.bootstrapServers());
        }

        mongo = new LocalMongo(settings.persistent() ? dir.resolve("mongo/barback.mv") : null, mongoPort);
        started.add(mongo);
        mongo.start();

        // OCR is CPU-bound: one worker per two cores leaves room for the rest of the stack
        this.textractPort = textractPort;
        if (settings.textractEnabled()) {
            textract = TextractServer.start("127.0.0.1", textractPort,
                    Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
            started.add(textract);
            properties.put("barback.textract.endpoint", textract.url());
        }

        LocalMail mail = new LocalMail(smtpPort, imapPort);
        started.add(mail);
        mail.start();

        properties.put("barback.postgres.host", "localhost");
        properties.put("barback.postgres.port", pgPort);
        properties.put("barback.postgres.database", LocalPostgres.DATABASE);
        properties.put("barback.postgres.user", "postgres");
        properties.put("barback.postgres.password", "local-trust-auth");
        properties.put("barback.mongodb.uri", mongo.uri("barback"));
        properties.put("barback.mail.protocol", "imap");
        properties.put("barback.mail.host", "localhost");
        properties.put("barback.mail.port", imapPort);
        properties.put("barback.mail.smtp-port", smtpPort);
        properties.put("barback.mail.username", LocalMail.USER);
        properties.put("barback.mail.password", LocalMail.PASSWORD);
        // GreenMail's folder separator is '.'
        properties.put("barback.invoices.folders.processed", "Barback.Processed");
        properties.put("barback.invoices.folders.rejected", "Barback.Rejected");
        properties.put("barback.invoices.folders.failed", "Barback.Failed");
        properties.put("barback.cdc.offset-file", dir.resolve("cdc/offsets.dat").toString());
        properties.put("barback.local-stack.data-dir-resolved", dir.toString());
        // Camel's servlet registers under its name in a JVM-wide registry: a name of its own per
        // stack, so that a test context can start while the one it replaces is still closing
        String servlet = "CamelServlet-" + STACKS_STARTED.incrementAndGet();
        properties.put("camel.servlet.mapping.servlet-name", servlet);
        properties.put("camel.component.servlet.servlet-name", servlet);
        Files.createDirectories(dir.resolve("cdc"));
        LOG.info("Local stack up in {} ms: PostgreSQL :{}, Kafka :{}, MongoDB :{}, Textract :{}, SMTP :{}, IMAP :{}, "
                + "data in {}", (System.nanoTime() - t0) / 1_000_000, pgPort, kafkaPort, mongoPort, textractPort,
                smtpPort, imapPort, dir);
    }

    /**
     * Fault drills: take the Kafka broker or the MongoDB server away and bring it back, with
     * its data, on the same port — what an outage looks like to Barback.
     */
    public void stopKafka() {
        kafka.stop();
    }

    public void startKafka() {
        kafka.restart();
    }

    /**
     * PostgreSQL away under a running Barback: stopped (a fast shutdown, as a restart or a managed
     * database's maintenance does) and started again on the same data and port, or paused (every
     * server process stopped with SIGSTOP, as a stalled volume or a partition leaves it) and resumed.
     */
    public void stopPostgres() throws IOException {
        postgres.close();
    }

    public void startPostgres() throws Exception {
        postgres.start();
    }

    public void pausePostgres() throws IOException, InterruptedException {
        postgres.pause();
    }

    public void resumePostgres() throws IOException, InterruptedException {
        postgres.resume();
    }

    /** PostgreSQL's own log directory: the replication commands it received (a slot created or dropped) are there. */
    public Path postgresLog() {
        return postgres.logDirectory();
    }

    /** The offline Textract endpoint away (its port refuses connections) and back. */
    public void stopTextract() {
        textract.close();
    }

    public void startTextract() throws java.io.IOException {
        textract = TextractServer.start("127.0.0.1", textractPort, 1);
        started.add(textract);
    }

    public void stopMongo() {
        mongo.stopListening();
    }

    public void startMongo() {
        mongo.listenAgain();
    }

    @Override
    public void destroy() {
        for (int i = started.size() - 1; i >= 0; i--) {
            AutoCloseable part = started.get(i);
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
        started.clear();
        if (!settings.persistent()) {
            try {
                deleteTree(settings.dataDir());
            } catch (IOException e) {
                LOG.debug("Could not delete {}", settings.dataDir(), e);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Fails with a message naming the port and the property that moves it. */
    static void requireFree(int port, String property, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new PortInUseException(port, property, what);
        }
    }

    /**
     * A free port below the kernel's ephemeral range. The fault drills bind a port again after a
     * restart (of Barback, or of the broker inside it); a port from the ephemeral range may by
     * then be the local end of some outgoing connection (a client reconnecting, even one that
     * connected to itself while nothing listened), and the restart would find it taken.
     */
    public static int freePort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        synchronized (HANDED_OUT) {
            for (int attempt = 0; attempt < 200 && EPHEMERAL_START > 11_000; attempt++) {
                int port = random.nextInt(10_000, EPHEMERAL_START);
                if (!HANDED_OUT.contains(port) && bindable(port)) {
                    HANDED_OUT.add(port);
                    return port;
                }
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port on localhost", e);
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int ephemeralRangeStart() {
        try {
            // readAllLines: Files.readString sees a /proc file as one byte long
            return Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim()
                    .split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768; // Linux's default
        }
    }
}
