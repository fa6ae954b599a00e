package io.barback.platform.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Barback's view of Kafka for the person on call: is the broker there ({@code kafka} in
 * /actuator/health), and how far behind is each projection ({@code barback_consumer_lag}, by
 * consumer group and topic, refreshed every 15 s: records published but not yet applied).
 */
@Component("kafkaHealthIndicator")
public class KafkaWatch extends BackgroundHealth {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaWatch.class);
    private static final int TIMEOUT_MS = 3000;

    /** {@code barback.metrics.*}: the consumer groups whose lag is reported, and how often. */
    @ConfigurationProperties("barback.metrics")
    public record Settings(List<String> consumerGroups, @DefaultValue("15s") Duration lagInterval) {
    }

    private final Admin admin;
    private final List<String> groups;
    private final MultiGauge lag;
    private final ScheduledExecutorService timer;

    public KafkaWatch(@Value("${barback.kafka.bootstrap-servers}") String bootstrap, Settings settings,
                      MeterRegistry meters) {
        super("kafka", Duration.ofSeconds(5));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "barback-watch");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS * 2);
        this.admin = Admin.create(props);
        this.groups = List.copyOf(settings.consumerGroups());
        this.lag = MultiGauge.builder("barback.consumer.lag")
                .description("Records on a topic that a projection's consumer group has not applied yet")
                .baseUnit("records").register(meters);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "barback-kafka-lag");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::refreshLag, 5000, settings.lagInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected Health check() {
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).nodes()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("brokers", nodes).build();
        } catch (Exception e) {
            return Health.status(Degraded.STATUS).withDetail("error", "Kafka does not answer: sales are kept in"
                    + " PostgreSQL and published when it is back").build();
        }
    }

    /** Consumer lag per group and topic, summed over partitions. */
    public Map<String, Map<String, Long>> lag() throws Exception {
        Map<String, Map<String, Long>> byGroup = new HashMap<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets(group, new ListConsumerGroupOffsetsOptions().timeoutMs(TIMEOUT_MS))
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (committed.isEmpty()) {
                continue;
            }
            Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            var ends = admin.listOffsets(latest, new ListOffsetsOptions().timeoutMs(TIMEOUT_MS)).all()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            Map<String, Long> byTopic = new HashMap<>();
            committed.forEach((tp, offset) -> {
                long end = ends.get(tp).offset();
                long behind = offset == null ? end : Math.max(0, end - offset.offset());
                byTopic.merge(tp.topic(), behind, Long::sum);
            });
            byGroup.put(group, byTopic);
        }
        return byGroup;
    }

    private void refreshLag() {
        try {
            List<MultiGauge.Row<?>> rows = lag().entrySet().stream()
                    .flatMap(g -> g.getValue().entrySet().stream()
                            .map(t -> MultiGauge.Row.of(Tags.of("group", g.getKey(), "topic", t.getKey()), t.getValue())))
                    .collect(Collectors.toList());
            lag.register(rows, true);
        } catch (Exception e) {
            // Kafka away: the last figures stay; the kafka health indicator says why
            LOG.debug("Consumer lag not refreshed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        super.destroy();
        timer.shutdownNow();
        admin.close(Duration.ofSeconds(2));
    }
}
