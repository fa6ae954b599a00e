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
 * <li>this ledger records where each event id was first applied, so the same event published
 *     twice (a CDC restart re-reads the WAL from its last flushed position) is skipped at its
 *     second offset.</li>
 * </ul>
 */
@Component
public class AppliedEvents {

    private final MongoCollection<Document> ledger;

    public AppliedEvents(MongoDatabase database) {
        this.ledger = database.getCollection("applied_events");
    }

    /** False when this event id was already applied from another position of the log. */
    public boolean shouldApply(String projection, ConsumedEvent event) {
        Document seen = ledger.find(Filters.eq("_id", projection + "|" + event.id())).first();
        if (seen == null) {
            return true;
        }
        return event.topic().equals(seen.getString("topic"))
                && event.partition() == seen.getInteger("partition")
                && event.offset() == seen.getLong("offset");
    }

    public void markApplied(String projection, ConsumedEvent event) {
        try {
            ledger.insertOne(new Document("_id", projection + "|" + event.id())
                    .append("topic", event.topic())
                    .append("partition", event.partition())
                    .append("offset", event.offset())
                    .append("type", event.type())
                    .append("appliedAt", java.util.Date.from(Instant.now())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
