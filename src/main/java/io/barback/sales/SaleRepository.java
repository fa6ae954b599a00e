package io.barback.sales;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.barback.platform.Json;
import io.barback.platform.Totals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Sales and their lines in PostgreSQL, the system of record. */
@Repository
public class SaleRepository {

    private final JdbcTemplate jdbc;

    public SaleRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a sale and its lines; call inside a transaction. */
    void insert(Sale sale, boolean simulated) {
        jdbc.update("""
                insert into sale (id, venue_id, status, occurred_at, recorded_at, payment_method, till_ref, simulated, net, vat, gross, lines)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                sale.saleId(), sale.venueId(), sale.status(), Timestamp.from(sale.occurredAt()),
                Timestamp.from(sale.recordedAt()), sale.paymentMethod(), sale.tillRef(), simulated,
                sale.totals().net(), sale.totals().vat(), sale.totals().gross(), Json.write(sale.lines()));
        insertLines(List.of(sale));
    }

    /** Inserts many sales with two batched statements; call inside a transaction. */
    void insertAll(List<Sale> sales, boolean simulated) {
        jdbc.batchUpdate("""
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
            for (Sale.Line l : s.lines()) {
                rows.add(new Object[] {s.saleId(), l.lineNo(), l.sku(), l.name(), l.serving(), l.quantity(),
                        l.stockUnits(), l.stockUnit(), l.unitPrice(), l.vatRate(), l.net(), l.vat(), l.gross()});
            }
        }
        jdbc.batchUpdate("""
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

    List<Sale.Line> lines(UUID saleId) {
        return jdbc.query("select * from sale_line where sale_id = ? order by line_no", (rs, i) -> new Sale.Line(
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
