package io.barback.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumedRecordsTest {

    static final String TYPE = "io.barback.sales.SaleRecorded.v1";

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    // a claim is waited for long enough that a thread descheduled on a busy machine does not change the counts
    final ConsumedRecords reads = new ConsumedRecords(new EventSchemas(), meters, TimeUnit.MINUTES.toMillis(1));
    final DefaultCamelContext camel = new DefaultCamelContext();

    @Test
    void theSecondProjectionTakesWhatTheFirstRead() {
        ConsumedEvent first = event(record("sales", 0, 7, "sale/1/recorded", TYPE, EventSchemasTest.VALID));
        ConsumedEvent second = event(record("sales", 0, 7, "sale/1/recorded", TYPE, EventSchemasTest.VALID));

        assertThat(second).isSameAs(first);
        assertThat(first.payload().path("lines").get(0).path("sku").asText()).isEqualTo("GUINNESS-DRAUGHT");
        assertThat(count("parsed")).isEqualTo(1);
        assertThat(count("shared")).isEqualTo(1);
        // taken once: a third reader (a redelivery, another projection) reads the record itself
        assertThat(reads.claimed()).isZero();
        assertThat(event(record("sales", 0, 7, "sale/1/recorded", TYPE, EventSchemasTest.VALID))).isNotSameAs(first);
    }

    @Test
    void recordsReadAsBytesAreSharedToo() {
        // a consumer configured with a byte-array deserialiser gives the values as bytes
        Exchange a = record("sales", 1, 3, "sale/7/recorded", TYPE, EventSchemasTest.VALID);
        Exchange b = record("sales", 1, 3, "sale/7/recorded", TYPE, EventSchemasTest.VALID);
        a.getMessage().setBody(EventSchemasTest.VALID.getBytes(StandardCharsets.UTF_8));
        b.getMessage().setBody(EventSchemasTest.VALID.getBytes(StandardCharsets.UTF_8));
        assertThat(event(b)).isSameAs(event(a));

        Exchange c = record("sales", 1, 4, "sale/8/recorded", TYPE, EventSchemasTest.VALID);
        Exchange d = record("sales", 1, 4, "sale/8/recorded", TYPE, EventSchemasTest.VALID);
        c.getMessage().setBody(EventSchemasTest.VALID.getBytes(StandardCharsets.UTF_8));
        d.getMessage().setBody(EventSchemasTest.VALID.replace("\"quantity\": 1", "\"quantity\": 3").getBytes(StandardCharsets.UTF_8));
        ConsumedEvent first = event(c);
        ConsumedEvent other = event(d);
        assertThat(other).isNotSameAs(first);
        assertThat(other.payload().path("lines").get(0).path("quantity").asInt()).isEqualTo(3);
        assertThat(count("shared")).isEqualTo(1);
    }

    @Test
    void aDifferentRecordAtTheSamePositionIsReadAfresh() {
        // a topic deleted and created again starts its offsets again: position alone proves nothing
        ConsumedEvent old = event(record("sales", 0, 7, "sale/1/recorded", TYPE, EventSchemasTest.VALID));
        String otherSale = EventSchemasTest.VALID.replace("\"quantity\": 1", "\"quantity\": 2");
        ConsumedEvent other = event(record("sales", 0, 7, "sale/1/recorded", TYPE, otherSale));
        assertThat(other).isNotSameAs(old);
        assertThat(other.payload().path("lines").get(0).path("quantity").asInt()).isEqualTo(2);

        read(record("sales", 0, 8, "sale/2/recorded", TYPE, EventSchemasTest.VALID));
        ConsumedEvent otherId = event(record("sales", 0, 8, "sale/3/recorded", TYPE, EventSchemasTest.VALID));
        assertThat(otherId.id()).isEqualTo("sale/3/recorded");

        read(record("sales", 1, 8, "sale/4/recorded", TYPE, EventSchemasTest.VALID));
        ConsumedEvent otherPartition = event(record("sales", 2, 8, "sale/4/recorded", TYPE, EventSchemasTest.VALID));
        assertThat(otherPartition.partition()).isEqualTo(2);
        assertThat(count("shared")).isZero();
    }

    @Test
    void aRecordThatCannotBeReadFailsForEveryReader() {
        String broken = EventSchemasTest.VALID.replace("\"gross\": \"5.90\"}]", "\"gross\": 5.9}]");
        for (int reader = 0; reader < 2; reader++) {
            assertThat(read(record("sales", 0, 9, "sale/5/recorded", TYPE, broken)).failure())
                    .isInstanceOf(PoisonEventException.class).hasMessageContaining("gross");
        }
        assertThat(read(record("sales", 0, 10, "sale/6/recorded", TYPE, "{not json")).failure())
                .isInstanceOf(PoisonEventException.class);
        assertThat(count("shared")).isZero();
    }

    @Test
    void twoProjectionsOnTheSameBatchAtOnceReadEachRecordOnce() throws Exception {
        List<Exchange> forInventory = new ArrayList<>();
        List<Exchange> forFinance = new ArrayList<>();
        for (int offset = 0; offset < 400; offset++) {
            String otherQuantity = EventSchemasTest.VALID.replace("\"quantity\": 1", "\"quantity\": " + (offset + 1));
            forInventory.add(record("sales", offset % 3, offset, "sale/" + offset + "/recorded", TYPE, otherQuantity));
            forFinance.add(record("sales", offset % 3, offset, "sale/" + offset + "/recorded", TYPE, otherQuantity));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService projections = Executors.newFixedThreadPool(2);
        try {
            Future<List<ConsumedRecords.Read>> inventory = projections.submit(() -> {
                together.await();
                return reads.readAll(forInventory);
            });
            Future<List<ConsumedRecords.Read>> finance = projections.submit(() -> {
                together.await();
                return reads.readAll(forFinance);
            });
            List<ConsumedRecords.Read> a = inventory.get(30, TimeUnit.SECONDS);
            List<ConsumedRecords.Read> b = finance.get(30, TimeUnit.SECONDS);
            for (int i = 0; i < 400; i++) {
                assertThat(a.get(i).event()).isSameAs(b.get(i).event());
                assertThat(a.get(i).event().offset()).isEqualTo(i);
                assertThat(a.get(i).event().payload().path("lines").get(0).path("quantity").asInt()).isEqualTo(i + 1);
            }
        } finally {
            projections.shutdownNow();
        }
        assertThat(count("parsed")).isEqualTo(400);
        assertThat(count("shared")).isEqualTo(400);
        assertThat(reads.claimed()).isZero();
    }

    @Test
    void whatWaitsIsBoundedOldestFirst() {
        for (int offset = 0; offset < ConsumedRecords.KEPT + 10; offset++) {
            read(record("sales", 0, offset, "sale/" + offset + "/recorded", TYPE, EventSchemasTest.VALID));
        }
        assertThat(reads.claimed()).isEqualTo(ConsumedRecords.KEPT);
        // the oldest were dropped and are read again; the newest are still shared
        read(record("sales", 0, 0, "sale/0/recorded", TYPE, EventSchemasTest.VALID));
        assertThat(count("shared")).isZero();
        read(record("sales", 0, ConsumedRecords.KEPT + 9, "sale/" + (ConsumedRecords.KEPT + 9) + "/recorded", TYPE,
                EventSchemasTest.VALID));
        assertThat(count("shared")).isEqualTo(1);
    }

    @Test
    void whatWaitsIsBoundedInSizeToo() {
        String large = "x".repeat((int) (ConsumedRecords.KEPT_VALUES * 2 / 5));
        for (int offset = 0; offset < 3; offset++) {
            assertThat(read(record("sales", 0, offset, "sale/" + offset + "/recorded", TYPE, large)).failure()).isNotNull();
        }
        // two fit in the budget, the third pushed out the first
        assertThat(reads.claimed()).isEqualTo(2);
    }

    private ConsumedRecords.Read read(Exchange record) {
        return reads.readAll(List.of(record)).get(0);
    }

    private ConsumedEvent event(Exchange record) {
        ConsumedRecords.Read read = read(record);
        assertThat(read.failure()).isNull();
        return read.event();
    }

    private double count(String by) {
        return meters.counter("barback.events.read", "by", by).count();
    }

    private Exchange record(String topic, int partition, long offset, String id, String type, String json) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(KafkaConstants.TOPIC, topic);
        exchange.getMessage().setHeader(KafkaConstants.PARTITION, partition);
        exchange.getMessage().setHeader(KafkaConstants.OFFSET, offset);
        // as camel-kafka gives them: header values as bytes, the record's value as a String (its default deserialiser);
        // a fresh String, as each consumer's is
        exchange.getMessage().setHeader("ce_id", id.getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setHeader("ce_type", type.getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setBody(new String(json.toCharArray()));
        return exchange;
    }
}
