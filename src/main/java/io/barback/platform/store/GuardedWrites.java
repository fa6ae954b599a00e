package io.barback.platform.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.barback.platform.Decimals;
import io.barback.platform.events.ConsumedEvent;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Applies a batch of records' changes to one collection's documents in two round trips (one
 * read, one bulk write), each record at most once per document, however often the batch runs
 * and however the log is cut into batches.
 *
 * <p>The guard is the one every projection document carries: per partition of the log, the
 * offset of the last record applied to it. Each round reads the touched documents, keeps for
 * each only the changes of records above its stored offsets, folds them in log order into one
 * update, and writes it on condition that the offsets (and, for a {@link #versioned} collection,
 * the whole document's revision) are still what was read. A document that changed in between
 * (another projection's route, a second replica during a rebalance) fails that condition and is
 * planned again from what it now holds, in the next round. Repeating a round is always safe:
 * what a previous round applied is no longer pending.
 */
public final class GuardedWrites {

    /** The field under which a document keeps, per partition, the offset of the last record applied to it. */
    public static final String APPLIED = "applied";
    /** The revision a versioned document counts its writes in. */
    public static final String REVISION = "rev";
    private static final int MAX_ROUNDS = 20;

    /** One record's change to one document. */
    public record Change<T>(String documentId, ConsumedEvent event, T data) {
    }

    /**
     * Folds a document's pending changes (log order) into one update; {@code before} is the
     * document as read (for a collection that is not {@link #versioned}, its positions only), null
     * when it does not exist yet. Called again if the write must be retried.
     */
    @FunctionalInterface
    public interface Planner<T> {
        Delta plan(Document before, List<Change<T>> pending);
    }

    /** The planner for changes that are plain deltas: they are merged. */
    public static Delta merge(Document before, List<Change<Delta>> pending) {
        Delta all = new Delta();
        pending.forEach(c -> all.merge(c.data()));
        return all;
    }

    private final MongoCollection<Document> collection;
    private final boolean versioned;
    /** Fields of a versioned document its planner does not need as a rule (it reads them itself when it does). */
    private final List<String> unread;

    private GuardedWrites(MongoCollection<Document> collection, boolean versioned, List<String> unread) {
        this.collection = collection;
        this.versioned = versioned;
        this.unread = unread;
    }

    /**
     * The same writes, reading the documents without these fields: for large parts that most
     * plans leave alone. A planner that needs one reads it itself; the revision the write checks
     * still covers the whole document, so what it read is what it writes over.
     */
    public GuardedWrites unread(String... fields) {
        return new GuardedWrites(collection, versioned, List.of(fields));
    }

    /** For documents whose updates commute (increments): only the offsets are checked. */
    public static GuardedWrites on(MongoCollection<Document> collection) {
        return new GuardedWrites(collection, false, List.of());
    }

    /**
     * For documents whose update depends on what they hold (a threshold crossed, a counter):
     * every writer of the collection must go through here, since the revision it checks is
     * counted only by these writes.
     */
    public static GuardedWrites versioned(MongoCollection<Document> collection) {
        return new GuardedWrites(collection, true, List.of());
    }

    /** Applies the changes, round after round until every document took its write. */
    public <T> void apply(List<Change<T>> changes, Planner<T> planner) {
        Rounds<T> rounds = rounds(changes, planner, data -> List.of());
        while (rounds.planned()) {
            rounds.write();
        }
    }

    /**
     * The changes' rounds, one step at a time, for a caller that must act between a round's plan
     * and its write (a route that publishes what the plan decided, such as an alert, before the
     * trace that it was decided): the first round is planned here. Each round reads with its
     * documents the parts of their {@link #unread} fields that the pending changes name
     * ({@code parts}: dotted paths, such as one key of a large sub-document), in one more query
     * for the whole round; they are read after the documents, so the revision the write checks
     * covers them too.
     */
    public <T> Rounds<T> rounds(List<Change<T>> changes, Planner<T> planner, Function<T, Collection<String>> parts) {
        Map<String, List<Change<T>>> byDocument = new LinkedHashMap<>();
        for (Change<T> change : changes) {
            byDocument.computeIfAbsent(change.documentId(), k -> new ArrayList<>()).add(change);
        }
        Rounds<T> rounds = new Rounds<>(this, byDocument, planner, parts);
        rounds.plan();
        return rounds;
    }

    /** A batch's rounds: each planned from the documents as read, then written on condition that they are still so. */
    public static final class Rounds<T> {
        private final GuardedWrites target;
        private final Map<String, List<Change<T>>> byDocument;
        private final Planner<T> planner;
        private final Function<T, Collection<String>> parts;
        private List<WriteModel<Document>> writes = List.of();
        private int round;

        private Rounds(GuardedWrites target, Map<String, List<Change<T>>> byDocument, Planner<T> planner,
                       Function<T, Collection<String>> parts) {
            this.target = target;
            this.byDocument = byDocument;
            this.planner = planner;
            this.parts = parts;
        }

        /** True while a round is planned and waits to be written. */
        public boolean planned() {
            return !writes.isEmpty();
        }

        /**
         * Writes the planned round. A document that changed since it was read is planned again
         * from what it now holds (the next round, to be written in turn); when every write found
         * its document as planned, nothing is planned any more.
         */
        public void write() {
            if (writes.isEmpty()) {
                throw new IllegalStateException("no round planned");
            }
            if (target.allApplied(writes)) {
                writes = List.of();
            } else {
                plan();
            }
        }

        private void plan() {
            writes = List.of();
            if (byDocument.isEmpty()) {
                return;
            }
            if (++round > MAX_ROUNDS) {
                throw new IllegalStateException("documents of " + target.collection.getNamespace().getCollectionName()
                        + " kept changing under the write for " + MAX_ROUNDS + " rounds: " + byDocument.keySet());
            }
            Map<Object, Document> current = new LinkedHashMap<>();
            // a document of increments is read for its positions only: its figures are not needed to plan
            var found = target.collection.find(Filters.in("_id", byDocument.keySet()));
            var read = !target.versioned ? found.projection(Projections.include(APPLIED))
                    : target.unread.isEmpty() ? found : found.projection(Projections.exclude(target.unread));
            for (Document doc : read) {
                current.put(doc.get("_id"), doc);
            }
            Map<String, List<Change<T>>> pendingByDocument = new LinkedHashMap<>();
            Set<String> wanted = new LinkedHashSet<>();
            List<Object> wantedFrom = new ArrayList<>();
            byDocument.forEach((id, all) -> {
                Document before = current.get(id);
                // a document's changes come from one partition or a few: each stored offset is looked up once
                Map<String, Long> stored = new HashMap<>(4);
                List<Change<T>> pending = all.stream()
                        .filter(c -> c.event().offset() > stored.computeIfAbsent(c.event().positionField(), f -> position(before, f)))
                        .toList();
                if (!pending.isEmpty()) {
                    pendingByDocument.put(id, pending);
                    Set<String> its = new LinkedHashSet<>();
                    pending.forEach(c -> its.addAll(parts.apply(c.data())));
                    // a document read as absent has nothing more to read
                    if (before != null && !its.isEmpty()) {
                        wanted.addAll(its);
                        wantedFrom.add(id);
                    }
                }
            });
            if (!wantedFrom.isEmpty()) {
                target.readParts(current, wantedFrom, wanted);
            }
            List<WriteModel<Document>> planned = new ArrayList<>();
            pendingByDocument.forEach((id, pending) -> {
                Document before = current.get(id);
                planned.add(target.write(id, before, pending, planner.plan(before, pending)));
            });
            writes = planned;
        }
    }

    /** Puts the named parts of the documents into them as read (each top-level field the parts fall under). */
    private void readParts(Map<Object, Document> current, List<Object> ids, Set<String> parts) {
        for (Document doc : collection.find(Filters.in("_id", ids)).projection(Projections.include(List.copyOf(parts)))) {
            Document into = current.get(doc.get("_id"));
            doc.forEach((field, value) -> {
                if (!"_id".equals(field) && into != null) {
                    into.put(field, value);
                }
            });
        }
    }

    private <T> UpdateOneModel<Document> write(String id, Document before, List<Change<T>> pending, Delta delta) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.eq("_id", id));
        Map<String, Long> positions = new LinkedHashMap<>();
        for (Change<T> change : pending) {
            positions.merge(change.event().positionField(), change.event().offset(), Math::max);
        }
        positions.forEach((field, offset) -> {
            long stored = position(before, field);
            conditions.add(stored < 0 ? Filters.exists(field, false) : Filters.eq(field, stored));
            delta.set(field, offset);
        });
        if (versioned) {
            Object revision = before == null ? null : before.get(REVISION);
            conditions.add(revision == null ? Filters.exists(REVISION, false) : Filters.eq(REVISION, revision));
            delta.inc(REVISION, 1);
        }
        // a document read as absent is created; one read as present must still be as read
        return new UpdateOneModel<>(Filters.and(conditions), delta.toUpdate(), new UpdateOptions().upsert(before == null));
    }

    /** True when every write found its document as planned; false when one must be planned again. */
    private boolean allApplied(List<WriteModel<Document>> writes) {
        try {
            BulkWriteResult result = collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            return result.getMatchedCount() + result.getUpserts().size() == writes.size();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                // an upsert whose document appeared meanwhile collides on _id: planned again
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            return false;
        }
    }

    /** The offset of the last record of that partition applied to the document; -1 for none. */
    static long position(Document doc, String field) {
        Object value = doc;
        int from = 0;
        while (from <= field.length()) {
            int dot = field.indexOf('.', from);
            int to = dot < 0 ? field.length() : dot;
            if (!(value instanceof Document d)) {
                return -1;
            }
            value = d.get(field.substring(from, to));
            from = to + 1;
        }
        return value instanceof Number n ? n.longValue() : -1;
    }

    /**
     * One document's update, built from many records: increments add up, {@code set} keeps the
     * latest value, {@code setOnInsert} the first, {@code max} the largest. Money and quantities
     * are {@link BigDecimal} (written as Decimal128), counts {@code int}.
     */
    public static final class Delta {
        private final Map<String, Object> inc = new LinkedHashMap<>();
        private final Map<String, Object> set = new LinkedHashMap<>();
        private final Map<String, Object> setOnInsert = new LinkedHashMap<>();
        private final Map<String, Comparable<?>> max = new LinkedHashMap<>();
        private final Set<String> unset = new LinkedHashSet<>();

        public Delta inc(String field, BigDecimal amount) {
            inc.merge(field, amount, (a, b) -> ((BigDecimal) a).add((BigDecimal) b));
            return this;
        }

        public Delta inc(String field, int amount) {
            inc.merge(field, amount, (a, b) -> Math.addExact((Integer) a, (Integer) b));
            return this;
        }

        public Delta set(String field, Object value) {
            set.put(field, value);
            return this;
        }

        /** Removes the field, unless this delta also sets or increments it (then that wins, whichever came first). */
        public Delta unset(String field) {
            unset.add(field);
            return this;
        }

        public Delta setOnInsert(String field, Object value) {
            setOnInsert.putIfAbsent(field, value);
            return this;
        }

        public Delta max(String field, Date value) {
            return maxOf(field, value);
        }

        public Delta max(String field, String value) {
            return maxOf(field, value);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Delta maxOf(String field, Comparable value) {
            max.merge(field, value, (a, b) -> ((Comparable) a).compareTo(b) >= 0 ? a : b);
            return this;
        }

        /** Adds a later record's delta to this one. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Delta merge(Delta later) {
            later.inc.forEach((f, v) -> {
                if (v instanceof BigDecimal d) {
                    inc(f, d);
                } else {
                    inc(f, (Integer) v);
                }
            });
            set.putAll(later.set);
            unset.addAll(later.unset);
            later.setOnInsert.forEach(this::setOnInsert);
            later.max.forEach((f, v) -> maxOf(f, (Comparable) v));
            return this;
        }

        /** The update this delta makes. */
        public Bson toUpdate() {
            List<Bson> updates = new ArrayList<>();
            inc.forEach((f, v) -> updates.add(Updates.inc(f, v instanceof BigDecimal d ? Decimals.of(d) : (Integer) v)));
            set.forEach((f, v) -> updates.add(Updates.set(f, v instanceof BigDecimal d ? Decimals.of(d) : v)));
            max.forEach((f, v) -> updates.add(Updates.max(f, v)));
            unset.stream().filter(f -> !set.containsKey(f) && !inc.containsKey(f)).forEach(f -> updates.add(Updates.unset(f)));
            setOnInsert.forEach((f, v) -> {
                // a field the update writes anyway must not be named twice
                if (!inc.containsKey(f) && !set.containsKey(f) && !max.containsKey(f)) {
                    updates.add(Updates.setOnInsert(f, v instanceof BigDecimal d ? Decimals.of(d) : v));
                }
            });
            return Updates.combine(updates);
        }
    }
}
