package io.barback.platform.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.barback.platform.Decimals;
import io.barback.platform.events.ConsumedEvent;
import io.barback.platform.store.GuardedWrites.Change;
import io.barback.platform.store.GuardedWrites.Delta;
import io.barback.support.MemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batch writer's guarantee, on a MongoDB-wire server: each record applies once per document, however batches are cut or rerun. */
class GuardedWritesTest {

    private MemoryMongo mongo;
    private MongoCollection<Document> docs;

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
        docs = mongo.database("test").getCollection("docs");
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    static ConsumedEvent event(int partition, long offset) {
        return new ConsumedEvent("e-" + partition + "-" + offset, "t", "barback.sales.v1", partition, offset, null);
    }

    /** Record {@code offset} adds one to "n" and 1.10 to "amount" of each document it names. */
    static List<Change<Delta>> sales(int partition, long from, long to, String... ids) {
        List<Change<Delta>> changes = new ArrayList<>();
        for (long offset = from; offset <= to; offset++) {
            for (String id : ids) {
                changes.add(new Change<>(id, event(partition, offset), new Delta().inc("n", 1)
                        .inc("amount", new BigDecimal("1.10")).setOnInsert("created", offset).set("last", offset)));
            }
        }
        return changes;
    }

    Document doc(String id) {
        return docs.find(Filters.eq("_id", id)).first();
    }

    static <T> void writeAll(GuardedWrites.Rounds<T> rounds) {
        while (rounds.planned()) {
            rounds.write();
        }
    }

    @Test
    void aRoundIsPlannedBeforeItIsWrittenAndPlannedAgainWhenItsDocumentChangedMeanwhile() {
        docs.insertOne(new Document("_id", "a").append("n", 0).append(GuardedWrites.REVISION, 1));
        List<Integer> seen = new ArrayList<>();
        GuardedWrites.Rounds<Delta> rounds = GuardedWrites.versioned(docs).rounds(sales(0, 10, 11, "a"), (before, pending) -> {
            seen.add(before.getInteger("n"));
            return GuardedWrites.merge(before, pending);
        }, change -> List.of());
        // planned, not written: what the plan decided can be sent first
        assertThat(rounds.planned()).isTrue();
        assertThat(seen).containsExactly(0);
        assertThat(doc("a").getInteger("n")).isZero();
        docs.updateOne(Filters.eq("_id", "a"), Updates.combine(Updates.inc("n", 40), Updates.inc(GuardedWrites.REVISION, 1)));
        rounds.write();
        // the write met the other writer's: nothing written, the next round planned from what it holds
        assertThat(rounds.planned()).isTrue();
        assertThat(seen).containsExactly(0, 40);
        assertThat(doc("a").getInteger("n")).isEqualTo(40);
        rounds.write();
        assertThat(rounds.planned()).isFalse();
        assertThat(doc("a").getInteger("n")).isEqualTo(42);
        assertThatThrownBy(rounds::write).isInstanceOf(IllegalStateException.class);
        // the same records again: nothing to plan
        assertThat(GuardedWrites.versioned(docs).rounds(sales(0, 10, 11, "a"), GuardedWrites::merge, change -> List.of())
                .planned()).isFalse();
    }

    @Test
    void aBatchsRecordsAreFoldedIntoOneUpdatePerDocument() {
        GuardedWrites.on(docs).apply(sales(0, 10, 12, "a", "b"), GuardedWrites::merge);
        Document a = doc("a");
        assertThat(a.getInteger("n")).isEqualTo(3);
        assertThat(Decimals.at(a, "amount")).isEqualByComparingTo("3.30");
        assertThat(a.getLong("created")).isEqualTo(10L);
        assertThat(a.getLong("last")).isEqualTo(12L);
        assertThat(GuardedWrites.position(a, "applied.barback_sales_v1_0")).isEqualTo(12L);
        assertThat(doc("b").getInteger("n")).isEqualTo(3);
    }

    @Test
    void theSameBatchAgainChangesNothing() {
        GuardedWrites writes = GuardedWrites.on(docs);
        writes.apply(sales(0, 10, 12, "a"), GuardedWrites::merge);
        Document once = doc("a");
        AtomicInteger planned = new AtomicInteger();
        writes.apply(sales(0, 10, 12, "a"), (before, pending) -> {
            planned.incrementAndGet();
            return GuardedWrites.merge(before, pending);
        });
        assertThat(doc("a")).isEqualTo(once);
        assertThat(planned).hasValue(0);
    }

    @Test
    void aBatchCutDifferentlyAfterACrashAppliesOnlyWhatWasNotApplied() {
        GuardedWrites writes = GuardedWrites.on(docs);
        // first run: the batch held offsets 10-11, then the process died before the commit
        writes.apply(sales(0, 10, 11, "a"), GuardedWrites::merge);
        // the rerun polls a bigger batch from the committed offset
        writes.apply(sales(0, 10, 14, "a"), GuardedWrites::merge);
        assertThat(doc("a").getInteger("n")).isEqualTo(5);
        assertThat(Decimals.at(doc("a"), "amount")).isEqualByComparingTo("5.50");
    }

    @Test
    void partitionsAreGuardedEachByItsOwnOffset() {
        GuardedWrites writes = GuardedWrites.on(docs);
        writes.apply(sales(1, 500, 501, "a"), GuardedWrites::merge);
        // partition 0's offsets are lower, and still new to the document
        List<Change<Delta>> both = new ArrayList<>(sales(0, 3, 4, "a"));
        both.addAll(sales(1, 500, 502, "a"));
        writes.apply(both, GuardedWrites::merge);
        assertThat(doc("a").getInteger("n")).isEqualTo(5);
    }

    @Test
    void aVersionedDocumentChangedBetweenReadAndWriteIsPlannedAgainFromWhatItHolds() {
        docs.insertOne(new Document("_id", "a").append("n", 0).append(GuardedWrites.REVISION, 7));
        List<Integer> seen = new ArrayList<>();
        GuardedWrites.versioned(docs).apply(sales(0, 10, 12, "a"), (before, pending) -> {
            seen.add(before.getInteger("n"));
            if (seen.size() == 1) {
                // another writer of the collection gets in first
                docs.updateOne(Filters.eq("_id", "a"), Updates.combine(Updates.inc("n", 40), Updates.inc(GuardedWrites.REVISION, 1)));
            }
            return GuardedWrites.merge(before, pending);
        });
        assertThat(seen).containsExactly(0, 40);
        assertThat(doc("a").getInteger("n")).isEqualTo(43);
        assertThat(doc("a").getInteger(GuardedWrites.REVISION)).isEqualTo(9);
    }

    @Test
    void thePartsOfAnUnreadFieldThatTheChangesNameAreReadWithTheDocumentAndCoveredByItsRevision() {
        docs.insertOne(new Document("_id", "a").append("n", 0).append("big", new Document("k1", "one").append("k2", "two"))
                .append(GuardedWrites.REVISION, 1));
        List<Document> seen = new ArrayList<>();
        writeAll(GuardedWrites.versioned(docs).unread("big").rounds(sales(0, 10, 10, "a"), (before, pending) -> {
            seen.add(Document.parse(before.toJson()));
            if (seen.size() == 1) {
                // the part is rewritten by another writer between the read and the write
                docs.updateOne(Filters.eq("_id", "a"), Updates.combine(Updates.set("big.k2", "three"),
                        Updates.inc(GuardedWrites.REVISION, 1)));
            }
            return GuardedWrites.merge(before, pending);
        }, change -> List.of("big.k2")));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).get("big")).isEqualTo(new Document("k2", "two"));
        assertThat(seen.get(1).get("big")).isEqualTo(new Document("k2", "three"));
        assertThat(doc("a").get("big")).isEqualTo(new Document("k1", "one").append("k2", "three"));
        assertThat(doc("a").getInteger("n")).isEqualTo(1);
    }

    @Test
    void aDocumentReadWithoutAnUnreadFieldGetsNoneOfItWhenNoChangeNamesAPart() {
        docs.insertOne(new Document("_id", "a").append("n", 0).append("big", new Document("k1", "one"))
                .append(GuardedWrites.REVISION, 1));
        List<Document> seen = new ArrayList<>();
        GuardedWrites.versioned(docs).unread("big").apply(sales(0, 10, 10, "a"), (before, pending) -> {
            seen.add(before);
            return GuardedWrites.merge(before, pending);
        });
        assertThat(seen.get(0).containsKey("big")).isFalse();
        assertThat(doc("a").get("big")).isEqualTo(new Document("k1", "one"));
    }

    @Test
    void aDocumentCreatedBetweenReadAndWriteIsNotOverwrittenButPlannedAgain() {
        List<Boolean> absent = new ArrayList<>();
        GuardedWrites.versioned(docs).apply(sales(0, 10, 10, "a"), (before, pending) -> {
            absent.add(before == null);
            if (before == null) {
                docs.insertOne(new Document("_id", "a").append("n", 100).append(GuardedWrites.REVISION, 1));
            }
            return GuardedWrites.merge(before, pending);
        });
        assertThat(absent).containsExactly(true, false);
        assertThat(doc("a").getInteger("n")).isEqualTo(101);
    }

    @Test
    void deltasMergeAsTheirOperatorsSay() {
        Delta merged = new Delta().inc("q", new BigDecimal("1.5")).set("s", "first").setOnInsert("o", "first")
                .max("m", "2026-01-02")
                .merge(new Delta().inc("q", new BigDecimal("-0.25")).set("s", "second").setOnInsert("o", "second")
                        .max("m", "2026-01-01"));
        docs.updateOne(Filters.eq("_id", "x"), merged.toUpdate(), new com.mongodb.client.model.UpdateOptions().upsert(true));
        Document x = doc("x");
        assertThat(Decimals.at(x, "q")).isEqualByComparingTo("1.25");
        assertThat(x.getString("s")).isEqualTo("second");
        assertThat(x.getString("o")).isEqualTo("first");
        assertThat(x.getString("m")).isEqualTo("2026-01-02");
    }
}
