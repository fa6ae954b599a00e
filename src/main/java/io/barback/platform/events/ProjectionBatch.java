package io.barback.platform.events;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.camel.Exchange;

/**
 * The records of one Kafka batch as a projection sees them: those that can be read, as
 * {@link ConsumedEvent}s in log order, and those it parks, each with its reason. A record that
 * cannot be read or applied is parked on its own; the rest of the batch is applied.
 */
public final class ProjectionBatch {

    /** The exchange property the parked records' dead letters are left in, for the route to publish. */
    public static final String PARKED = "barbackParked";

    private final Exchange batch;
    private final DeadLetters deadLetters;
    private final List<ConsumedEvent> events = new ArrayList<>();
    private final Map<ConsumedEvent, Exchange> records = new IdentityHashMap<>();
    private final List<OutboundEvent> parked = new ArrayList<>();

    private ProjectionBatch(Exchange batch, DeadLetters deadLetters) {
        this.batch = batch;
        this.deadLetters = deadLetters;
        batch.setProperty(PARKED, parked);
    }

    /** Reads the batch exchange's records (its body, camel-kafka's {@code List<Exchange>}). */
    public static ProjectionBatch read(Exchange batch, ConsumedRecords reads, DeadLetters deadLetters) {
        ProjectionBatch read = new ProjectionBatch(batch, deadLetters);
        List<Exchange> records = records(batch);
        List<ConsumedRecords.Read> events = reads.readAll(records);
        for (int i = 0; i < records.size(); i++) {
            ConsumedRecords.Read event = events.get(i);
            if (event.failure() != null) {
                read.parked.add(deadLetters.fromRecord(records.get(i), batch.getFromRouteId(), event.failure()));
            } else {
                read.events.add(event.event());
                read.records.put(event.event(), records.get(i));
            }
        }
        return read;
    }

    @SuppressWarnings("unchecked")
    static List<Exchange> records(Exchange batch) {
        Object body = batch.getMessage().getBody();
        if (!(body instanceof List<?> list)) {
            throw new IllegalArgumentException("a projection batch is a List<Exchange> (camel-kafka batching=true), not "
                    + (body == null ? "null" : body.getClass().getName()));
        }
        return (List<Exchange>) list;
    }

    /** The readable events whose type the projection applies. */
    public List<ConsumedEvent> events(Predicate<String> types) {
        return events.stream().filter(e -> types.test(e.type())).toList();
    }

    /** Parks one event that cannot be applied; it is published as a dead letter before the batch is committed. */
    public void park(ConsumedEvent event, RuntimeException cause) {
        parked.add(deadLetters.fromRecord(records.get(event), batch.getFromRouteId(), cause));
    }
}
