package io.barback.platform.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The trace each applied event leaves, per projection, so applying it again is a no-op
 * without MongoDB transactions. Two guards work together:
 * <ul>
 * <li>every target document records the highest offset of each partition applied to it, and an
 *     update only matches when the record's offset is above it (a redelivered record, or a
 *     replay from offset 0, changes nothing);</li>
 * <li>this ledger records where each event id was first claimed, so the same event published
 *     twice (a CDC restart re-reads the WAL from its last flushed position) is skipped at its
 *     second offset.</li>
 * </ul>
 */
@Component
public class AppliedEvents {

    private final MongoCollection<Document> ledger;
    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public AppliedEvents(MongoDatabase database, MeterRegistry meters) {
        this.ledger = database.getCollection("applied_events");
        this.meters = meters;
    }

    /**
     * Claims a batch of events for this projection at their positions in the log, in two round
     * trips at most (an unordered insert of every claim, then one read of those already there),
     * and returns the events to apply, in their order. A new claim is applied; so is an event seen
     * again at the position it was claimed at (a redelivery after a crash), where the per-document
     * offset guards make it a no-op wherever it had already been applied. An event id already
     * claimed at another position is a duplicate publication, and is skipped.
     */
    public List<ConsumedEvent> claimAll(String projection, List<ConsumedEvent> events) {
        if (events.isEmpty()) {
            return events;
        }
        List<Document> claims = new ArrayList<>(events.size());
        Date now = Date.from(Instant.now());
        for (ConsumedEvent event : events) {
            claims.add(new Document("_id", projection + "|" + event.id())
                    .append("topic", event.topic())
                    .append("partition", event.partition())
                    .append("offset", event.offset())
                    .append("type", event.type())
                    .append("appliedAt", now));
        }
        Set<Integer> taken = new HashSet<>();
        try {
            ledger.insertMany(claims, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                taken.add(error.getIndex());
            }
        }
        Map<Object, Document> seen = new HashMap<>();
        if (!taken.isEmpty()) {
            List<Object> ids = taken.stream().map(i -> claims.get(i).get("_id")).toList();
            for (Document doc : ledger.find(Filters.in("_id", ids))) {
                seen.put(doc.get("_id"), doc);
            }
        }
        List<ConsumedEvent> toApply = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ConsumedEvent event = events.get(i);
            if (!taken.contains(i)) {
                counter(projection, event.type()).increment();
                toApply.add(event);
                continue;
            }
            // claimed before: applied again only at the position it was claimed at (a redelivery)
            Document first = seen.get(claims.get(i).get("_id"));
            if (first != null && event.topic().equals(first.getString("topic"))
                    && event.partition() == first.getInteger("partition")
                    && event.offset() == first.getLong("offset")) {
                toApply.add(event);
            }
        }
        return toApply;
    }

    /** The applied-events counter of a projection and event type, looked up in the registry once. */
    private Counter counter(String projection, String type) {
        return counters.computeIfAbsent(projection + "|" + type, k -> meters.counter("barback.events.applied",
                "projection", projection, "type", type == null ? "unknown" : shortType(type)));
    }

    /** {@code io.barback.sales.SaleRecorded.v1} → {@code SaleRecorded}: a short, bounded tag value. */
    static String shortType(String type) {
        String[] parts = type.split("\\.");
        return parts.length >= 2 && parts[parts.length - 1].matches("v\\d+") ? parts[parts.length - 2] : parts[parts.length - 1];
    }
}
