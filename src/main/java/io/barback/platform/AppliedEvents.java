package io.barback.platform;

import java.time.Instant;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
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
    private final io.micrometer.core.instrument.MeterRegistry meters;

    public AppliedEvents(MongoDatabase database, io.micrometer.core.instrument.MeterRegistry meters) {
        this.ledger = database.getCollection("applied_events");
        this.meters = meters;
    }

    /**
     * Claims the event for this projection at this position of the log. The claim is written
     * first, in one round trip: when it is new, or the same event is seen again at the same
     * position (a redelivery after a crash), the caller applies it and the per-document offset
     * guards make that a no-op wherever it had already been applied. False when the same event
     * id was already claimed at another position: a duplicate publication, skipped.
     */
    public boolean claim(String projection, ConsumedEvent event) {
        String id = projection + "|" + event.id();
        try {
            ledger.insertOne(new Document("_id", id)
                    .append("topic", event.topic())
                    .append("partition", event.partition())
                    .append("offset", event.offset())
                    .append("type", event.type())
                    .append("appliedAt", java.util.Date.from(Instant.now())));
            // first sight of this event by this projection: "sales applied", "invoices applied"
            meters.counter("barback.events.applied", "projection", projection,
                    "type", event.type() == null ? "unknown" : shortType(event.type())).increment();
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document seen = ledger.find(Filters.eq("_id", id)).first();
        return seen != null && event.topic().equals(seen.getString("topic"))
                && event.partition() == seen.getInteger("partition")
                && event.offset() == seen.getLong("offset");
    }

    /** {@code io.barback.sales.SaleRecorded.v1} → {@code SaleRecorded}: a short, bounded tag value. */
    static String shortType(String type) {
        String[] parts = type.split("\\.");
        return parts.length >= 2 && parts[parts.length - 1].matches("v\\d+") ? parts[parts.length - 2] : parts[parts.length - 1];
    }
}
