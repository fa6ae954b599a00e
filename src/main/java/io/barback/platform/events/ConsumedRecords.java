package io.barback.platform.events;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.springframework.stereotype.Component;

/**
 * Reads each consumed record once for every projection of this replica: the projections consume
 * the same topics in their own consumer groups, a few milliseconds apart, and parsing a record
 * and checking it against its schema is the larger part of what reading it costs.
 *
 * <p>The first projection to read a record parses and checks it and leaves the event here; the
 * next one to read the same record takes it, if it is the same record: the same topic, partition
 * and offset, byte for byte the same value, and the same CloudEvents id and type. Anything else
 * (a record read by one projection only, a recreated topic whose offsets start again, a record
 * that cannot be read) is parsed and checked as before. What is left here is bounded: the oldest
 * is dropped first, and a projection that finds nothing simply reads the record itself.
 *
 * <p>The events' payloads are shared between the projections' threads; they are never changed
 * after being read.
 */
@Component
public class ConsumedRecords {

    /** Records read by one projection and not yet by another; far more than two consumers' polls apart. */
    static final int KEPT = 2048;

    private record Position(String topic, int partition, long offset) {
    }

    private record Read(byte[] value, ConsumedEvent event) {
    }

    private final EventSchemas schemas;
    private final Map<Position, Read> waiting = new LinkedHashMap<>(KEPT * 2) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Position, Read> eldest) {
            return size() > KEPT;
        }
    };
    private final Counter parsed;
    private final Counter shared;

    public ConsumedRecords(EventSchemas schemas, MeterRegistry meters) {
        this.schemas = schemas;
        this.parsed = meters.counter("barback.events.read", "by", "parsed");
        this.shared = meters.counter("barback.events.read", "by", "shared");
    }

    /** The record as an event checked against its type's schema; a record that cannot be read throws {@link PoisonEventException}. */
    public ConsumedEvent read(Exchange record) {
        Object body = record.getMessage().getBody();
        Position position = position(record);
        if (!(body instanceof byte[] value) || position == null) {
            parsed.increment();
            return ConsumedEvent.from(record, schemas);
        }
        Read left;
        synchronized (waiting) {
            left = waiting.remove(position);
        }
        if (left != null && Arrays.equals(left.value, value) && sameEnvelope(left.event, record)) {
            shared.increment();
            return left.event;
        }
        ConsumedEvent event = ConsumedEvent.from(record, schemas);
        parsed.increment();
        synchronized (waiting) {
            waiting.put(position, new Read(value, event));
        }
        return event;
    }

    /** Records read by one projection and waiting for the next; for tests. */
    int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    private static boolean sameEnvelope(ConsumedEvent event, Exchange record) {
        return Objects.equals(event.id(), CloudEvents.header(record, "ce_id"))
                && Objects.equals(event.type(), CloudEvents.header(record, "ce_type"));
    }

    private static Position position(Exchange record) {
        String topic = record.getMessage().getHeader(KafkaConstants.TOPIC, String.class);
        Integer partition = record.getMessage().getHeader(KafkaConstants.PARTITION, Integer.class);
        Long offset = record.getMessage().getHeader(KafkaConstants.OFFSET, Long.class);
        return topic == null || partition == null || offset == null ? null : new Position(topic, partition, offset);
    }
}
