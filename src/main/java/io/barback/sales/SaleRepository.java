package io.barback.sales;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
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

    /** A sale priced for a till, with what its statement checks and claims. */
    record Pending(Sale sale, byte[] tillKeyHash, long catalogVersion, String idempotencyKey, byte[] requestHash) {
    }

    /** Stores one sale from a till: {@link #storeAll} with one. */
    Stored store(Sale sale, byte[] tillKeyHash, long catalogVersion, String idempotencyKey, byte[] requestHash) {
        return storeAll(List.of(new Pending(sale, tillKeyHash, catalogVersion, idempotencyKey, requestHash))).get(0);
    }

    /**
     * Stores sales from tills in one statement, one round trip and one commit: for each, the
     * Idempotency-Key (when given) is claimed and the sale and its lines are inserted, and all of it
     * only if that till's key is still unrevoked and its venue's catalog is still at the version the
     * sale was priced from. Each sale's outcome is its own; the sales are inserted in the order given.
     * Of two claiming the same Idempotency-Key, the first claims it. The lines go in as the same JSON the sale
     * row carries, parsed once.
     */
    List<Stored> storeAll(List<Pending> pending) {
        String sales = json(pending);
        return jdbc.query(STORE, ps -> ps.setString(1, sales), rs -> {
            List<Stored> outcomes = new ArrayList<>(pending.size());
            while (rs.next()) {
                outcomes.add(Stored.valueOf(rs.getString(1)));
            }
            if (outcomes.size() != pending.size()) {
                throw new IllegalStateException("the sales statement answered for " + outcomes.size() + " of "
                        + pending.size() + " sales");
            }
            return outcomes;
        });
    }

    /** The sales as one JSON array, one object per sale with the columns {@link #STORE} reads. */
    private static String json(List<Pending> pending) {
        StringWriter out = new StringWriter(pending.size() * 1024);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartArray();
            for (int i = 0; i < pending.size(); i++) {
                Pending p = pending.get(i);
                Sale sale = p.sale();
                g.writeStartObject();
                g.writeNumberField("n", i + 1);
                g.writeStringField("id", sale.saleId().toString());
                g.writeStringField("venueId", sale.venueId());
                g.writeStringField("keyHash", hex(p.tillKeyHash()));
                g.writeNumberField("catalogVersion", p.catalogVersion());
                g.writeStringField("idempotencyKey", p.idempotencyKey());
                g.writeStringField("requestHash", hex(p.requestHash()));
                g.writeStringField("status", sale.status());
                g.writeStringField("occurredAt", sale.occurredAt().toString());
                g.writeStringField("recordedAt", sale.recordedAt().toString());
                g.writeStringField("paymentMethod", sale.paymentMethod());
                g.writeStringField("tillRef", sale.tillRef());
                g.writeStringField("net", sale.totals().net().toPlainString());
                g.writeStringField("vat", sale.totals().vat().toPlainString());
                g.writeStringField("gross", sale.totals().gross().toPlainString());
                g.writeFieldName("lines");
                g.writeObject(sale.lines());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }

    // one parameter, the sales as JSON: PostgreSQL soon plans the statement once for every batch size
    // (arrays of each column were planned again at every call, a third of a millisecond each time)
    private static final String STORE = """
            with input as (
                select *
                  from jsonb_to_recordset(?::jsonb) as i(n int, id uuid, "venueId" text, "keyHash" text,
                       "catalogVersion" bigint, "idempotencyKey" text, "requestHash" text, status text,
                       "occurredAt" timestamptz, "recordedAt" timestamptz, "paymentMethod" text, "tillRef" text,
                       net numeric, vat numeric, gross numeric, lines jsonb)
            ), checked as (
                select i.*,
                       (i."keyHash" is null
                        or exists (select 1 from api_key k where k.key_hash = decode(i."keyHash", 'hex')
                                    and k.venue_id = i."venueId" and k.revoked_at is null))
                       and exists (select 1 from venue v where v.id = i."venueId" and v.catalog_version = i."catalogVersion") as ok
                  from input i
            ), claim as (
                insert into idempotency_key (venue_id, key, request_hash, sale_id)
                select "venueId", "idempotencyKey", decode("requestHash", 'hex'), id
                  from checked
                 where ok and "idempotencyKey" is not null
                 order by n
                on conflict (venue_id, key) do nothing
                returning sale_id
            ), stored as (
                insert into sale (id, venue_id, status, occurred_at, recorded_at, payment_method, till_ref,
                                  simulated, net, vat, gross, lines)
                select id, "venueId", status, "occurredAt", "recordedAt", "paymentMethod", "tillRef", false,
                       net, vat, gross, lines
                  from checked
                 where ok and ("idempotencyKey" is null or id in (select sale_id from claim))
                 order by n
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
            select case when exists (select 1 from stored s where s.id = c.id) then 'STORED'
                        when c.ok then 'KEY_TAKEN'
                        else 'STALE' end
              from checked c
             order by c.n""";

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
