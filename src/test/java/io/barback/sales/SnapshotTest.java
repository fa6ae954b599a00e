package io.barback.sales;

import java.time.Duration;
import java.util.List;

import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import io.barback.support.Topics;
import org.apache.camel.CamelContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sales stored before the CDC route first starts (a new installation over an existing database,
 * or sales taken while Barback's CDC was down on its first day) arrive through Debezium's
 * initial snapshot, exactly like live ones. Runs its own Barback with CDC held back, and with
 * Debezium's offsets kept in Kafka as in production.
 */
@StackTest
@TestPropertySource(properties = {"barback.cdc.auto-startup=false",
        // the production offset store: Debezium's offsets in a compacted Kafka topic
        "barback.cdc.offset-storage=org.apache.kafka.connect.storage.KafkaOffsetBackingStore"})
class SnapshotTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;
    @Value("${barback.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void salesPresentBeforeStartUpArriveThroughTheSnapshot() throws Exception {
        Api api = new Api(port);
        TestVenue venue = TestVenues.create(jdbc);
        String kept = api.post(venue.path("/sales"), venue.key(),
                "{\"lines\": [{\"sku\": \"BEAMISH-DRAUGHT\", \"serving\": \"pint\", \"unitPrice\": \"5.60\"}]}").json().get("saleId").asText();
        String voided = api.post(venue.path("/sales"), venue.key(),
                "{\"lines\": [{\"sku\": \"BEAMISH-DRAUGHT\", \"serving\": \"pint\", \"quantity\": 3, \"unitPrice\": \"5.60\"}]}").json().get("saleId").asText();
        assertThat(api.post(venue.path("/sales/" + voided + "/void"), venue.key(), null).status()).isEqualTo(200);
        assertThat(api.get(venue.path("/inventory/BEAMISH-DRAUGHT"), venue.key()).json().get("onHand").asInt()).isZero();

        camel.getRouteController().startRoute("sales-cdc");
        // once CDC streams, PostgreSQL's slot has a reader and health says so
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.health().at("/components/cdc/status").asText()).isEqualTo("UP"));

        Topics topics = new Topics(bootstrap);
        List<ConsumerRecord<String, String>> events = topics.await("barback.sales.v1", r -> venue.id().equals(r.key()),
                found -> found.size() >= 3, Duration.ofSeconds(60));
        assertThat(events).extracting(r -> Topics.header(r, "ce_id")).containsExactlyInAnyOrder(
                "sale/" + kept + "/recorded", "sale/" + voided + "/recorded", "sale/" + voided + "/voided");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get(venue.path("/inventory/BEAMISH-DRAUGHT"), venue.key()).json().get("onHand").asInt()).isEqualTo(-568));

        // and the stream goes on live after the snapshot
        String live = api.post(venue.path("/sales"), venue.key(),
                "{\"lines\": [{\"sku\": \"BEAMISH-DRAUGHT\", \"serving\": \"half\", \"unitPrice\": \"2.90\"}]}").json().get("saleId").asText();
        topics.await("barback.sales.v1", r -> ("sale/" + live + "/recorded").equals(Topics.header(r, "ce_id")),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get(venue.path("/inventory/BEAMISH-DRAUGHT"), venue.key()).json().get("onHand").asInt()).isEqualTo(-852));
        // Debezium's position is stored in the offsets topic, where a new leader would resume from
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !topics.readAll("barback.cdc.offsets", r -> r.value() != null && r.value().contains("lsn")).isEmpty());
    }
}
