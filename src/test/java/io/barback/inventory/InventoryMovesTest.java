package io.barback.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.barback.inventory.InventoryProjection.Moves;
import io.barback.platform.store.GuardedWrites.Delta;
import io.barback.support.MemoryMongo;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a product document keeps its movements of each second (one string per minute), on a
 * MongoDB-wire server: what is written is what is read back, a batch rewrites only the minutes
 * it adds to, and documents that still keep a field per second are read and moved over.
 */
class InventoryMovesTest {

    /** 2026-12-04T00:00:00Z, the start of an hour (and of a minute). */
    private static final long HOUR = 1796342400L;

    private MemoryMongo mongo;
    private MongoCollection<Document> docs;

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
        docs = mongo.database("test").getCollection("inventory");
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static BigDecimal[] kinds(String sold, String delivered, String wasted) {
        return new BigDecimal[] {new BigDecimal(sold), new BigDecimal(delivered), new BigDecimal(wasted)};
    }

    private Document stored() {
        return docs.find(Filters.eq("_id", "p")).first();
    }

    private void write(Moves moves) {
        Delta delta = new Delta();
        moves.writeTo(delta);
        docs.updateOne(Filters.eq("_id", "p"), delta.toUpdate());
    }

    private Moves lazy(Set<Long> readMinutes) {
        Document before = docs.find(Filters.eq("_id", "p"))
                .projection(Projections.exclude(Moves.FIELD, Moves.LEGACY)).first();
        return Moves.lazy(before, () -> docs.find(Filters.eq("_id", "p"))
                .projection(Projections.include(Moves.FIELD, Moves.LEGACY)).first(), readMinutes);
    }

    @Test
    void aMinutesSecondsAreOneStringThatReadsBackToTheSameMovements() {
        Map<Long, BigDecimal[]> seconds = new TreeMap<>();
        seconds.put(HOUR + 5, kinds("-1.136", "50", "0"));
        seconds.put(HOUR + 41, kinds("-0.5680", "0", "-0.025"));
        seconds.put(HOUR + 59, kinds("0", "0", "0"));
        String encoded = Moves.encode(seconds);
        assertThat(encoded).isEqualTo("5o-1.136 5i50 41o-0.568 41w-0.025");

        TreeMap<Long, BigDecimal[]> read = new TreeMap<>();
        Moves.decode(HOUR, encoded, read);
        assertThat(read).containsOnlyKeys(HOUR + 5, HOUR + 41);
        assertThat(read.get(HOUR + 5)).usingElementComparator(BigDecimal::compareTo).containsExactly(kinds("-1.136", "50", "0"));
        assertThat(read.get(HOUR + 41)).usingElementComparator(BigDecimal::compareTo).containsExactly(kinds("-0.568", "0", "-0.025"));
        assertThatThrownBy(() -> Moves.decode(HOUR, "5x-1", new TreeMap<>())).hasMessageContaining("5x-1");
    }

    @Test
    void aBatchRewritesOnlyTheMinutesItAddsToAndAddsToWhatTheyHeld() {
        docs.insertOne(new Document("_id", "p").append(Moves.FIELD, new Document(Long.toString(HOUR), "5o-1")
                .append(Long.toString(HOUR + 60), "2o-3")));
        // the round read the document with the minute it adds to (HOUR) and no other
        Document before = docs.find(Filters.eq("_id", "p")).projection(Projections.include(Moves.FIELD + "." + HOUR)).first();
        Moves moves = Moves.lazy(before, () -> {
            throw new AssertionError("a batch adding to minutes it read must not read them all");
        }, Set.of(HOUR));
        moves.add(Instant.ofEpochSecond(HOUR + 5), 0, new BigDecimal("-2"));
        moves.add(Instant.ofEpochSecond(HOUR + 30), 1, new BigDecimal("24"));
        write(moves);

        Document byMinute = stored().get(Moves.FIELD, Document.class);
        assertThat(byMinute.getString(Long.toString(HOUR))).isEqualTo("5o-3 30i24");
        assertThat(byMinute.getString(Long.toString(HOUR + 60))).isEqualTo("2o-3");
        assertThat(Moves.since(stored(), Instant.ofEpochSecond(HOUR))).isEqualByComparingTo("18");
        assertThat(Moves.since(stored(), Instant.ofEpochSecond(HOUR + 6))).isEqualByComparingTo("21");
        assertThat(stored().get(Moves.FROM)).isEqualTo(HOUR);
    }

    @Test
    void aMinuteNotReadWithTheDocumentIsReadWithAllTheRestBeforeItIsAddedTo() {
        docs.insertOne(new Document("_id", "p").append(Moves.FIELD, new Document(Long.toString(HOUR + 120), "7o-1")));
        Moves moves = lazy(Set.of());
        moves.add(Instant.ofEpochSecond(HOUR + 127), 0, new BigDecimal("-1"));
        write(moves);
        assertThat(stored().get(Moves.FIELD, Document.class).getString(Long.toString(HOUR + 120))).isEqualTo("7o-2");
    }

    @Test
    void secondsKeptInTheOldShapeAreCountedAndMovedOverWhenTheMovementsAreWrittenWhole() {
        Document oldSecond = new Document("o", new Decimal128(new BigDecimal("-2"))).append("i", new Decimal128(BigDecimal.ZERO))
                .append("w", new Decimal128(BigDecimal.ZERO));
        docs.insertOne(new Document("_id", "p")
                .append(Moves.LEGACY, new Document(Long.toString(HOUR), new Document("10", oldSecond)
                        .append("70", new Document(oldSecond))))
                .append(Moves.FIELD, new Document(Long.toString(HOUR + 120), "3i12")));
        assertThat(Moves.since(stored(), Instant.ofEpochSecond(HOUR))).isEqualByComparingTo("8");
        assertThat(Moves.since(stored(), Instant.ofEpochSecond(HOUR + 11))).isEqualByComparingTo("10");

        // a new second in a minute read with the document: the old ones stay where they are, counted once
        Moves adding = lazy(Set.of(HOUR + 60));
        adding.add(Instant.ofEpochSecond(HOUR + 75), 0, new BigDecimal("-1"));
        write(adding);
        assertThat(stored().get(Moves.LEGACY)).isNotNull();
        assertThat(Moves.since(stored(), Instant.ofEpochSecond(HOUR))).isEqualByComparingTo("7");

        // a count places itself among them all (the movements are read whole) and drops what it covers
        Moves counting = lazy(Set.of());
        assertThat(counting.since(Instant.ofEpochSecond(HOUR + 11))).isEqualByComparingTo("9");
        counting.dropBefore(Instant.ofEpochSecond(HOUR + 11));
        write(counting);
        Document after = stored();
        assertThat(after.get(Moves.LEGACY)).isNull();
        assertThat(after.get(Moves.FIELD, Document.class))
                .isEqualTo(new Document(Long.toString(HOUR + 60), "10o-2 15o-1").append(Long.toString(HOUR + 120), "3i12"));
        assertThat(Moves.since(after, Instant.ofEpochSecond(HOUR))).isEqualByComparingTo("9");
    }
}
