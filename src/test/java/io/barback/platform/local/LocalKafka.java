package io.barback.platform.local;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft combined mode) running inside the JVM. Its log
 * directory is formatted once and reused, so the local run keeps its topics across restarts.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafka.class);

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;
    private KafkaConfig config;

    public LocalKafka(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public void start(Map<String, Integer> topics) throws Exception {
        Files.createDirectories(logDir);
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "1");
        // one broker in this JVM: after a kill -9 its old session must not hold up the restart
        props.put("broker.heartbeat.interval.ms", "500");
        props.put("broker.session.timeout.ms", "2000");
        // Every write is flushed by the OS page cache as usual; unclean shutdowns recover the log.
        props.put("log.retention.hours", "-1");
        props.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        config = new KafkaConfig(props, false);

        if (!Files.exists(logDir.resolve("meta.properties"))) {
            String clusterId = Uuid.randomUuid().toString();
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(clusterId)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(true)
                    .run();
            LOG.info("Formatted Kafka log directory {} (cluster {})", logDir, clusterId);
        }
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        createTopics(topics);
    }

    private void createTopics(Map<String, Integer> topics) throws Exception {
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        adminProps.put(AdminClientConfig.CLIENT_ID_CONFIG, "barback-local-stack-" + UUID.randomUUID());
        try (Admin admin = Admin.create(adminProps)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            topics.forEach((name, partitions) -> {
                if (!existing.contains(name)) {
                    NewTopic topic = new NewTopic(name, partitions, (short) 1);
                    if (name.endsWith(".offsets")) {
                        // Kafka Connect's offset store insists on a compacted topic
                        topic.configs(Map.of("cleanup.policy", "compact"));
                    }
                    missing.add(topic);
                }
            });
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            LOG.info("Created Kafka topics {}", missing.stream().map(NewTopic::name).toList());
        }
    }

    /** Stops the broker; its log stays for {@link #restart()} (fault drills). */
    void stop() {
        close();
    }

    /** Starts the broker again over the same log directory. */
    void restart() {
        if (server == null) {
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }
}
