package io.barback.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/**
 * The {@code stock_counts} collection: per (count, product), what was counted, what was expected at
 * that moment, and what was sold, delivered and wasted since the product's previous count. A
 * result is written whole, as planned, before the stock write that follows from it; planned again
 * (the stock document changed meanwhile, or a run after a crash), it is written again, so the
 * result that stands is the one the stock was written from.
 */
final class CountResults {

    private final MongoCollection<Document> collection;

    CountResults(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    void write(Collection<Document> results) {
        if (results.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Document result : results) {
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", result.get("_id")), result, new ReplaceOptions().upsert(true)));
        }
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }
}
