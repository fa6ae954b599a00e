package io.barback.sales;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.barback.platform.Json;
import io.barback.platform.Totals;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Sales and their lines in PostgreSQL, the system of record. */
@Repository
public class SaleRepository {

    /** For what a till waits on: bounded by barback.postgres.till-timeout (see PostgresConfig). */
    private final JdbcTemplate jdbc;
    /** For the simulator's batches, inside a transaction of the primary data source. */
    private final JdbcTemplate bulk;

    public SaleRepository(@Qualifier("tillJdbc") JdbcTemplate jdbc, JdbcTemplate bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** What {@link #store} did. */
    enum Stored {
        /** The sale and its lines are stored (and the Idempotency-Key claimed for it, if one was given). */
        STORED,
        /** The Idempotency-Key was already taken: nothing was stored; the first request's sale stands. */
        KEY_TAKEN,
        /** The till key is revoked, or the catalog changed since the sale was priced: nothing was stored. */
        STALE
    }

    /**
     * Stores a sale from a till in one statement, one round trip: the Idempotency-Key (when given)
     * is claimed, the sale and its lines are inserted, and all of it only if the till's key is
     * still unrevoked and the venue's catalog is still at the version the sale was priced from.
     * The lines go in as the same JSON the sale row carries, parsed once.
     */
    Stored store(Sale sale, byte[] tillKeyHash, long catalogVersion, String idempotencyKey, byte[] requestHash) {
        String lines = Json.write(sale.lines());
        // every parameter typed here and cast in the SQL: an untyped null would cost a round trip to ask its type
        return jdbc.query(STORE, ps -> {
            int i = 0;
            ps.setBytes(++i, tillKeyHash);
            ps.setBytes(++i, tillKeyHash);
            ps.setString(++i, sale.venueId());
            ps.setString(++i, sale.venueId());
            ps.setLong(++i, catalogVersion);
            ps.setString(++i, sale.venueId());
            ps.setString(++i, idempotencyKey);
            ps.setBytes(++i, requestHash);
            ps.setObject(++i, sale.saleId());
            ps.setString(++i, idempotencyKey);
            ps.setObject(++i, sale.saleId());
            ps.setString(++i, sale.venueId());
            ps.setString(++i, sale.status());
            ps.setTimestamp(++i, Timestamp.from(sale.occurredAt()));
            ps.setTimestamp(++i, Timestamp.from(sale.recordedAt()));
            ps.setString(++i, sale.paymentMethod());
            ps.setString(++i, sale.tillRef());
            ps.setBigDecimal(++i, sale.totals().net());
            ps.setBigDecimal(++i, sale.totals().vat());
            ps.setBigDecimal(++i, sale.totals().gross());
            ps.setString(++i, lines);
            ps.setString(++i, idempotencyKey);
        }, rs -> {
            rs.next();
            return Stored.valueOf(rs.getString(1));
        });
    }

    private static final String STORE = """
            with checked as (
                select (?::bytea is null
                        or exists (select 1 from api_key
                                    where key_hash = ?::bytea and venue_id = ?::text and revoked_at is null)) as till_ok,
                       exists (select 1 from venue where id = ?::text and catalog_version = ?::bigint) as catalog_ok
            ), claim as (
                insert into idempotency_key (venue_id, key, request_hash, sale_id)
                select ?::text, ?::text, ?::bytea, ?::uuid from checked
                 where till_ok and catalog_ok and ?::text is not null
                on conflict (venue_id, key) do nothing
                returning 1
            ), stored as (
                insert into sale (id, venue_id, status, occurred_at, recorded_at, payment_method, till_ref,
                                  simulated, net, vat, gross, lines)
                select ?::uuid, ?::text, ?::text, ?::timestamptz, ?::timestamptz, ?::text, ?::text, false,
                       ?::numeric, ?::numeric, ?::numeric, ?::jsonb
                  from checked
                 where till_ok and catalog_ok and (?::text is null or exists (select 1 from claim))
                returning id, lines
            ), stored_lines as (
                insert into sale_line (sale_id, line_no, sku, name, serving, quantity, stock_units, stock_unit,
                                       unit_price, vat_rate, net, vat, gross)
                select s.id, l."lineNo", l.sku, l.name, l.serving, l.quantity, l."stockUnits", l."stockUnit",
                       l."unitPrice", l."vatRate", l.net, l.vat, l.gross
                  from stored s, jsonb_to_recordset(s.lines) as l("lineNo" int, sku text, name text, serving text,
                       quantity int, "stockUnits" numeric, "stockUnit" text, "unitPrice" numeric, "vatRate" numeric,
                       net numeric, vat numeric, gross numeric)
            )
            select case when exists (select 1 from stored) then 'STORED'
                        when (select till_ok and catalog_ok from checked) then 'KEY_TAKEN'
                        else 'STALE' end""";

    /** Inserts many sales with two batched statements; call inside a transaction. */
    void insertAll(List<Sale> sales, boolean simulated) {
        bulk.batchUpdate("""
                insert into sale (id, venue_id, status, occurred_at, recorded_at, payment_method, till_ref, simulated, net, vat, gross, lines)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", sales, 500, (ps, s) -> {
            ps.setObject(1, s.saleId());
            ps.setString(2, s.venueId());
            ps.setString(3, s.status());
            ps.setTimestamp(4, Timestamp.from(s.occurredAt()));
            ps.setTimestamp(5, Timestamp.from(s.recordedAt()));
            ps.setString(6, s.paymentMethod());
            ps.setString(7, s.tillRef());
            ps.setBoolean(8, simulated);
            ps.setBigDecimal(9, s.totals().net());
            ps.setBigDecimal(10, s.totals().vat());
            ps.setBigDecimal(11, s.totals().gross());
            ps.setString(12, Json.write(s.lines()));
        });
        insertLines(sales);
    }

    private void insertLines(List<Sale> sales) {
        List<Object[]> rows = new ArrayList<>();
        for (Sale s : sales) {
            for (Sale.SaleLine l : s.lines()) {
                rows.add(new Object[] {s.saleId(), l.lineNo(), l.sku(), l.name(), l.serving(), l.quantity(),
                        l.stockUnits(), l.stockUnit(), l.unitPrice(), l.vatRate(), l.net(), l.vat(), l.gross()});
            }
        }
        bulk.batchUpdate("""
                insert into sale_line (sale_id, line_no, sku, name, serving, quantity, stock_units, stock_unit,
                                       unit_price, vat_rate, net, vat, gross)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    Optional<Sale> find(String venueId, UUID saleId) {
        List<Sale> headers = jdbc.query("select * from sale where id = ? and venue_id = ?", (rs, i) -> new Sale(
                rs.getObject("id", UUID.class), rs.getString("venue_id"), rs.getString("status"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("recorded_at").toInstant(),
                rs.getTimestamp("voided_at") == null ? null : rs.getTimestamp("voided_at").toInstant(),
                rs.getString("void_reason"), rs.getString("payment_method"), rs.getString("till_ref"), List.of(),
                new Totals(rs.getBigDecimal("net"), rs.getBigDecimal("vat"), rs.getBigDecimal("gross"))), saleId, venueId);
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        Sale h = headers.get(0);
        return Optional.of(new Sale(h.saleId(), h.venueId(), h.status(), h.occurredAt(), h.recordedAt(), h.voidedAt(),
                h.voidReason(), h.paymentMethod(), h.tillRef(), lines(saleId), h.totals()));
    }

    List<Sale.SaleLine> lines(UUID saleId) {
        return jdbc.query("select * from sale_line where sale_id = ? order by line_no", (rs, i) -> new Sale.SaleLine(
                rs.getInt("line_no"), rs.getString("sku"), rs.getString("name"), rs.getString("serving"),
                rs.getInt("quantity"), rs.getBigDecimal("stock_units").stripTrailingZeros(), rs.getString("stock_unit"),
                rs.getBigDecimal("unit_price"), rs.getBigDecimal("vat_rate").stripTrailingZeros(),
                rs.getBigDecimal("net"), rs.getBigDecimal("vat"), rs.getBigDecimal("gross")), saleId);
    }

    /** Claims an idempotency key for a sale; false when the key was already taken. */
    boolean claimIdempotencyKey(String venueId, String key, byte[] requestHash, UUID saleId) {
        return jdbc.update("""
                insert into idempotency_key (venue_id, key, request_hash, sale_id) values (?, ?, ?, ?)
                on conflict (venue_id, key) do nothing""", venueId, key, requestHash, saleId) == 1;
    }

    record IdempotentResult(byte[] requestHash, UUID saleId) {
    }

    Optional<IdempotentResult> idempotencyKey(String venueId, String key) {
        return jdbc.query("select request_hash, sale_id from idempotency_key where venue_id = ? and key = ?",
                (rs, i) -> new IdempotentResult(rs.getBytes(1), rs.getObject(2, UUID.class)), venueId, key).stream().findFirst();
    }

    /** Marks a recorded sale voided; false when it was not in the recorded state. */
    boolean markVoided(String venueId, UUID saleId, String reason) {
        return jdbc.update("""
                update sale set status = 'voided', voided_at = now(), void_reason = ?
                 where id = ? and venue_id = ? and status = 'recorded'""", reason, saleId, venueId) == 1;
    }
}
