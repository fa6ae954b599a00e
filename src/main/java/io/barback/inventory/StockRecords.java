package io.barback.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Stock counts and wastage in PostgreSQL, the system of record; sales-cdc streams both tables. */
@Repository
public class StockRecords {

    private final JdbcTemplate jdbc;

    public StockRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a request's Idempotency-Key already stands for. */
    record Earlier(UUID id, byte[] requestHash, String answer) {
    }

    /** A product's newest count, as stored. */
    record NewerCount(String sku, UUID countId, Instant countedAt) {
    }

    /**
     * Serialises the venue's counts for the rest of the transaction, so that the newest count of
     * a product read next cannot change before this one is stored.
     */
    void lockCounts(String venueId) {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('stock_count/' || ?)) is null", Boolean.class, venueId);
    }

    Optional<Earlier> count(String venueId, String idempotencyKey) {
        return jdbc.query("select id, request_hash, answer::text from stock_count where venue_id = ? and idempotency_key = ?",
                (rs, i) -> new Earlier(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getString(3)),
                venueId, idempotencyKey).stream().findFirst();
    }

    /** Of the given products, those counted at or after {@code at}, with their newest count. */
    List<NewerCount> countedSince(String venueId, Collection<String> skus, Instant at) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select distinct on (l.sku) l.sku, c.id, c.counted_at
                  from stock_count c, jsonb_to_recordset(c.lines) as l(sku text)
                 where c.venue_id = ? and c.counted_at >= ? and l.sku = any (?)
                 order by l.sku, c.counted_at desc""",
                ps -> {
                    ps.setString(1, venueId);
                    ps.setTimestamp(2, Timestamp.from(at));
                    ps.setArray(3, ps.getConnection().createArrayOf("text", new ArrayList<>(skus).toArray()));
                },
                (rs, i) -> new NewerCount(rs.getString(1), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant()));
    }

    void insertCount(UUID id, String venueId, String kind, Instant countedAt, String countedBy, String linesJson,
                     String idempotencyKey, byte[] requestHash, String answerJson) {
        jdbc.update("""
                insert into stock_count (id, venue_id, kind, counted_at, counted_by, lines, idempotency_key, request_hash, answer)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb)""",
                id, venueId, kind, Timestamp.from(countedAt), countedBy, linesJson, idempotencyKey, requestHash, answerJson);
    }

    Optional<String> answer(String venueId, UUID id) {
        return jdbc.query("select answer::text from stock_count where venue_id = ? and id = ?",
                (rs, i) -> rs.getString(1), venueId, id).stream().findFirst();
    }

    Optional<Earlier> wastage(String venueId, String idempotencyKey) {
        return jdbc.query("select id, request_hash, null from wastage where venue_id = ? and idempotency_key = ?",
                (rs, i) -> new Earlier(rs.getObject(1, UUID.class), rs.getBytes(2), null),
                venueId, idempotencyKey).stream().findFirst();
    }

    /** Stores wastage; false when its Idempotency-Key was taken meanwhile (nothing stored). */
    boolean insertWastage(StockApi.Wastage w, String venueId, String idempotencyKey, byte[] requestHash) {
        return jdbc.update("""
                insert into wastage (id, venue_id, sku, name, serving, quantity, stock_units, stock_unit, reason, note,
                                     wasted_at, idempotency_key, request_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (venue_id, idempotency_key) do nothing""",
                w.wastageId(), venueId, w.sku(), w.name(), w.serving(), w.quantity(), w.stockUnits(), w.stockUnit(),
                w.reason(), w.note(), Timestamp.from(w.wastedAt()), idempotencyKey, requestHash) == 1;
    }

    Optional<StockApi.Wastage> findWastage(String venueId, UUID id) {
        return jdbc.query("""
                select id, sku, name, serving, quantity, stock_units, stock_unit, reason, note, wasted_at
                  from wastage where venue_id = ? and id = ?""",
                (rs, i) -> new StockApi.Wastage(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5).stripTrailingZeros(), rs.getBigDecimal(6).stripTrailingZeros(),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant()),
                venueId, id).stream().findFirst();
    }
}
