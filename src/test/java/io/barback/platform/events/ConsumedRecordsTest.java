package io.barback.platform.events;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsumedRecordsTest {

    static final String TYPE = "io.barback.sales.SaleRecorded.v1";

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ConsumedRecords reads = new ConsumedRecords(new EventSchemas(), meters);
    final DefaultCamelContext camel = new DefaultCamelContext();

    @Test
    void theSecondProjectionTakesWhatTheFirstRead() {
        ConsumedEvent first = reads.read(record("sales", 0, 7, "sale/1/recorded", TYPE, EventSchemasTest.VALID));
        ConsumedEvent second = reads.read(record("sales", 0, 7, "sale/1/recorded", TYPE, EventSchemasTest.VALID));

        assertThat(second).isSameAs(first);
        assertThat(first.payload().path("lines").get(0).path("sku").asText()).isEqualTo("GUINNESS-DRAUGHT");
        assertThat(count("parsed")).isEqualTo(1);
        assertThat(count("shared")).isEqualTo(1);
        // taken once: a third reader (a redelivery, another projection) reads the record itself
        assertThat(reads.waiting()).isZero();
        assertThat(reads.read(record("sales", 0, 7, "sale/1/recorded", TYPE, EventSchemasTest.VALID))).isNotSameAs(first);
    }

    @Test
    void aDifferentRecordAtTheSamePositionIsReadAfresh() {
        // a topic deleted and created again starts its offsets again: position alone proves nothing
        ConsumedEvent old = reads.read(record("sales", 0, 7, "sale/1/recorded", TYPE, EventSchemasTest.VALID));
        String otherSale = EventSchemasTest.VALID.replace("\"quantity\": 1", "\"quantity\": 2");
        ConsumedEvent other = reads.read(record("sales", 0, 7, "sale/1/recorded", TYPE, otherSale));
        assertThat(other).isNotSameAs(old);
        assertThat(other.payload().path("lines").get(0).path("quantity").asInt()).isEqualTo(2);

        reads.read(record("sales", 0, 8, "sale/2/recorded", TYPE, EventSchemasTest.VALID));
        ConsumedEvent otherId = reads.read(record("sales", 0, 8, "sale/3/recorded", TYPE, EventSchemasTest.VALID));
        assertThat(otherId.id()).isEqualTo("sale/3/recorded");

        reads.read(record("sales", 1, 8, "sale/4/recorded", TYPE, EventSchemasTest.VALID));
        ConsumedEvent otherPartition = reads.read(record("sales", 2, 8, "sale/4/recorded", TYPE, EventSchemasTest.VALID));
        assertThat(otherPartition.partition()).isEqualTo(2);
        assertThat(count("shared")).isZero();
    }

    @Test
    void aRecordThatCannotBeReadFailsForEveryReader() {
        String broken = EventSchemasTest.VALID.replace("\"gross\": \"5.90\"}]", "\"gross\": 5.9}]");
        for (int reader = 0; reader < 2; reader++) {
            assertThatThrownBy(() -> reads.read(record("sales", 0, 9, "sale/5/recorded", TYPE, broken)))
                    .isInstanceOf(PoisonEventException.class).hasMessageContaining("gross");
        }
        assertThatThrownBy(() -> reads.read(record("sales", 0, 10, "sale/6/recorded", TYPE, "{not json")))
                .isInstanceOf(PoisonEventException.class);
        assertThat(reads.waiting()).isZero();
    }

    @Test
    void whatWaitsIsBoundedOldestFirst() {
        for (int offset = 0; offset < ConsumedRecords.KEPT + 10; offset++) {
            reads.read(record("sales", 0, offset, "sale/" + offset + "/recorded", TYPE, EventSchemasTest.VALID));
        }
        assertThat(reads.waiting()).isEqualTo(ConsumedRecords.KEPT);
        // the oldest were dropped and are read again; the newest are still shared
        reads.read(record("sales", 0, 0, "sale/0/recorded", TYPE, EventSchemasTest.VALID));
        assertThat(count("shared")).isZero();
        reads.read(record("sales", 0, ConsumedRecords.KEPT + 9, "sale/" + (ConsumedRecords.KEPT + 9) + "/recorded", TYPE,
                EventSchemasTest.VALID));
        assertThat(count("shared")).isEqualTo(1);
    }

    private double count(String by) {
        return meters.counter("barback.events.read", "by", by).count();
    }

    private Exchange record(String topic, int partition, long offset, String id, String type, String json) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(KafkaConstants.TOPIC, topic);
        exchange.getMessage().setHeader(KafkaConstants.PARTITION, partition);
        exchange.getMessage().setHeader(KafkaConstants.OFFSET, offset);
        // as camel-kafka gives them: header values and the record's value as bytes
        exchange.getMessage().setHeader("ce_id", id.getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setHeader("ce_type", type.getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setBody(json.getBytes(StandardCharsets.UTF_8));
        return exchange;
    }
}
