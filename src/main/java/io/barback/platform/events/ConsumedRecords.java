package io.barback.platform.events;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads each consumed record once for every projection of this replica. The projections consume
 * the same topics in their own consumer groups, mostly the same records at the same moment, and
 * parsing a record and checking it against its schema is the larger part of what reading it costs.
 *
 * <p>A projection reading a batch claims each record no one has claimed and reads it; a record
 * another projection has claimed it takes from that projection, once it is read (it reads those
 * last, so two projections on the same batch share its records out between them). A record is
 * taken only if it is the same record: the same topic, partition and offset, byte for byte the
 * same value, and the same CloudEvents id and type. Anything else (a record read by one
 * projection only, a recreated topic whose offsets start again, a record that cannot be read, a
 * claim not answered within {@link #WAIT_MILLIS}) is read by the projection itself, as before. What is
 * left here is bounded in count, size and age: the oldest goes first.
 *
 * <p>The events' payloads are shared between the projections' threads; they are never changed
 * after being read.
 */
@Component
public class ConsumedRecords {

    /** Records claimed by one projection and not yet taken by another; far more than two consumers' polls apart. */
    static final int KEPT = 2048;
    /** At most this much of their values (characters or bytes; the parsed events are a few times more). */
    static final long KEPT_VALUES = 4L << 20;
    /** A claim not taken within this long is dropped: the other projection is far behind, or elsewhere. */
    static final long KEPT_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** How long a projection waits, for one batch, for records another has claimed before it reads them itself. */
    static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(2);

    /** A record as read: the event, or why it cannot be applied. */
    public record Read(ConsumedEvent event, PoisonEventException failure) {
    }

    private record Position(String topic, int partition, long offset) {
    }

    /**
     * A record claimed by the projection reading it: its value as camel-kafka gave it (a String,
     * or bytes), and the event once read, null when it could not be.
     */
    private record Claim(Object value, CompletableFuture<ConsumedEvent> event, long at) {
        boolean sameValue(Object other) {
            return value instanceof byte[] bytes ? other instanceof byte[] o && Arrays.equals(bytes, o) : value.equals(other);
        }

        long size() {
            return value instanceof byte[] bytes ? bytes.length : ((String) value).length();
        }
    }

    private final EventSchemas schemas;
    private final long waitMillis;
    /** In the order claimed; guarded by itself, as is {@link #values}. */
    private final LinkedHashMap<Position, Claim> claims = new LinkedHashMap<>(KEPT * 2);
    private long values;
    private final Counter parsed;
    private final Counter shared;

    @Autowired
    public ConsumedRecords(EventSchemas schemas, MeterRegistry meters) {
        this(schemas, meters, WAIT_MILLIS);
    }

    ConsumedRecords(EventSchemas schemas, MeterRegistry meters, long waitMillis) {
        this.schemas = schemas;
        this.waitMillis = waitMillis;
        this.parsed = meters.counter("barback.events.read", "by", "parsed");
        this.shared = meters.counter("barback.events.read", "by", "shared");
    }

    /** The records (camel-kafka's exchanges, in log order) as events checked against their types' schemas, in the same order. */
    public List<Read> readAll(List<Exchange> records) {
        Read[] reads = new Read[records.size()];
        Claim[] theirs = new Claim[records.size()];
        for (int i = 0; i < reads.length; i++) {
            Exchange record = records.get(i);
            Position position = position(record);
            Object value = record.getMessage().getBody();
            if (!(value instanceof String || value instanceof byte[]) || position == null) {
                reads[i] = parse(record);
                continue;
            }
            Claim mine = new Claim(value, new CompletableFuture<>(), System.nanoTime());
            Claim found;
            synchronized (claims) {
                found = claims.get(position);
                if (found != null && found.sameValue(value)) {
                    forget(position);
                } else {
                    forget(position);
                    claims.put(position, mine);
                    values += mine.size();
                    found = null;
                    dropOldest(mine.at);
                }
            }
            if (found != null) {
                theirs[i] = found;
                continue;
            }
            try {
                reads[i] = parse(record);
            } finally {
                mine.event.complete(reads[i] == null ? null : reads[i].event);
            }
        }
        // what another projection claimed, by now mostly read
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        for (int i = 0; i < reads.length; i++) {
            if (theirs[i] != null) {
                ConsumedEvent event = taken(theirs[i], deadline);
                Exchange record = records.get(i);
                if (event != null && sameEnvelope(event, record)) {
                    shared.increment();
                    reads[i] = new Read(event, null);
                } else {
                    reads[i] = parse(record);
                }
            }
        }
        return Arrays.asList(reads);
    }

    /** Records claimed and not yet taken; for tests. */
    int claimed() {
        synchronized (claims) {
            return claims.size();
        }
    }

    private Read parse(Exchange record) {
        parsed.increment();
        try {
            return new Read(ConsumedEvent.from(record, schemas), null);
        } catch (PoisonEventException e) {
            return new Read(null, e);
        }
    }

    private void forget(Position position) {
        Claim gone = claims.remove(position);
        if (gone != null) {
            values -= gone.size();
        }
    }

    /** Drops the oldest claims while too many are kept, or too much, or for too long. */
    private void dropOldest(long now) {
        var oldest = claims.entrySet().iterator();
        while (oldest.hasNext()) {
            Claim claim = oldest.next().getValue();
            if (claims.size() <= KEPT && values <= KEPT_VALUES && now - claim.at <= KEPT_NANOS) {
                return;
            }
            oldest.remove();
            values -= claim.size();
        }
    }

    private static ConsumedEvent taken(Claim claim, long deadline) {
        try {
            return claim.event.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
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
