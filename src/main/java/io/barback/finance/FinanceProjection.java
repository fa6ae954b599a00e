package io.barback.finance;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.barback.invoices.InvoiceEvents;
import io.barback.platform.Totals;
import io.barback.platform.events.AppliedEvents;
import io.barback.platform.events.ConsumedEvent;
import io.barback.platform.events.ConsumedRecords;
import io.barback.platform.events.DeadLetters;
import io.barback.platform.events.PoisonEventException;
import io.barback.platform.events.ProjectionBatch;
import io.barback.platform.store.GuardedWrites;
import io.barback.platform.store.GuardedWrites.Change;
import io.barback.platform.store.GuardedWrites.Delta;
import io.barback.sales.SaleEvents;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code finance_daily} (per venue and trading day: takings net/VAT/gross and count, by
 * VAT rate and payment method, cash in) and {@code vat_periods} (VAT on sales, VAT due). A void
 * reverses its sale in the trading day and VAT period the sale belongs to.
 */
@Component("financeProjection")
public class FinanceProjection {

    static final String NAME = "finance";

    private final GuardedWrites dailyWrites;
    private final GuardedWrites vatWrites;
    private final GuardedWrites supplierWrites;
    private final AppliedEvents applied;
    private final ConsumedRecords reads;
    private final DeadLetters deadLetters;

    public FinanceProjection(MongoDatabase db, AppliedEvents applied, ConsumedRecords reads, DeadLetters deadLetters) {
        this.dailyWrites = GuardedWrites.on(db.getCollection("finance_daily"));
        this.vatWrites = GuardedWrites.on(db.getCollection("vat_periods"));
        this.supplierWrites = GuardedWrites.on(db.getCollection("supplier_spend"));
        this.applied = applied;
        this.reads = reads;
        this.deadLetters = deadLetters;
    }

    /**
     * Applies a batch of sales or invoice records: one read and one write per collection for the
     * whole batch, whatever number of records fall on the same day or VAT period.
     */
    public void apply(Exchange exchange) {
        ProjectionBatch batch = ProjectionBatch.read(exchange, reads, deadLetters);
        List<ConsumedEvent> events = applied.claimAll(NAME, batch.events(FinanceProjection::counts));
        Map<GuardedWrites, List<Change<Delta>>> changes = new LinkedHashMap<>();
        changes.put(dailyWrites, new ArrayList<>());
        changes.put(vatWrites, new ArrayList<>());
        changes.put(supplierWrites, new ArrayList<>());
        for (ConsumedEvent event : events) {
            Map<GuardedWrites, List<Change<Delta>>> mine = new LinkedHashMap<>();
            try {
                if (InvoiceEvents.RECEIVED_TYPE.equals(event.type())) {
                    purchase(event, mine);
                } else {
                    sale(event, SaleEvents.RECORDED_TYPE.equals(event.type()) ? 1 : -1, mine);
                }
            } catch (IllegalArgumentException | NullPointerException | DateTimeException | ArithmeticException e) {
                // the payload passed its schema but still cannot be read: it will never apply
                batch.park(event, new PoisonEventException("cannot apply " + event.id() + ": " + e));
                continue;
            }
            mine.forEach((writes, list) -> changes.get(writes).addAll(list));
        }
        changes.forEach((writes, list) -> writes.apply(list, GuardedWrites::merge));
    }

    private static boolean counts(String type) {
        return SaleEvents.RECORDED_TYPE.equals(type) || SaleEvents.VOIDED_TYPE.equals(type)
                || InvoiceEvents.RECEIVED_TYPE.equals(type);
    }

    private static void add(Map<GuardedWrites, List<Change<Delta>>> changes, GuardedWrites writes, String id,
                            ConsumedEvent event, Delta delta) {
        changes.computeIfAbsent(writes, k -> new ArrayList<>()).add(new Change<>(id, event, delta));
    }

    /** A sale (sign 1) or its void (sign -1): takings, VAT by rate, payments and cash in, on the sale's own day and period. */
    private void sale(ConsumedEvent event, int sign, Map<GuardedWrites, List<Change<Delta>>> changes) {
        JsonNode p = event.payload();
        String venueId = p.get("venueId").asText();
        String day = p.get("tradingDay").asText();
        String period = p.get("vatPeriod").asText();
        Totals totals = totals(p.get("totals"));
        Totals signed = sign > 0 ? totals : totals.negate();
        Delta today = new Delta()
                .inc("sales.count", sign)
                .inc("sales.net", signed.net())
                .inc("sales.vat", signed.vat())
                .inc("sales.gross", signed.gross())
                .inc("cash.in", signed.gross())
                .inc("payments." + p.get("paymentMethod").asText(), signed.gross())
                .setOnInsert("venueId", venueId)
                .setOnInsert("date", day);
        for (JsonNode line : p.get("lines")) {
            String rate = rateKey(new BigDecimal(line.get("vatRate").asText()));
            Totals t = totals(line);
            Totals s = sign > 0 ? t : t.negate();
            today.inc("sales.byVatRate." + rate + ".net", s.net())
                    .inc("sales.byVatRate." + rate + ".vat", s.vat())
                    .inc("sales.byVatRate." + rate + ".gross", s.gross());
        }
        add(changes, dailyWrites, venueId + "|" + day, event, today);
        add(changes, vatWrites, venueId + "|" + period, event, new Delta()
                .inc("vatOnSales", signed.vat())
                .inc("vatDue", signed.vat())
                .setOnInsert("venueId", venueId)
                .setOnInsert("period", period));
    }

    /**
     * A supplier invoice: a purchase on its trading day (the invoice date), its VAT reclaimable in
     * the VAT period of that date, the cash going out on its due date, and the spend per supplier.
     * A credit note's negative amounts reduce all of them.
     */
    private void purchase(ConsumedEvent event, Map<GuardedWrites, List<Change<Delta>>> changes) {
        JsonNode p = event.payload();
        String venueId = p.get("venueId").asText();
        String day = p.get("tradingDay").asText();
        String cashDay = p.get("cashOutDate").asText();
        String period = p.get("vatPeriod").asText();
        Totals t = totals(p.get("totals"));
        int count = p.get("creditNote").asBoolean() ? 0 : 1;
        add(changes, dailyWrites, venueId + "|" + day, event, new Delta()
                .inc("purchases.count", count)
                .inc("purchases.net", t.net())
                .inc("purchases.vat", t.vat())
                .inc("purchases.gross", t.gross())
                .setOnInsert("venueId", venueId)
                .setOnInsert("date", day));
        // the same day's document when the invoice is due on its date: the two changes are merged
        add(changes, dailyWrites, venueId + "|" + cashDay, event, new Delta()
                .inc("cash.out", t.gross())
                .setOnInsert("venueId", venueId)
                .setOnInsert("date", cashDay));
        add(changes, vatWrites, venueId + "|" + period, event, new Delta()
                .inc("vatOnPurchases", t.vat())
                .inc("vatDue", t.vat().negate())
                .setOnInsert("venueId", venueId)
                .setOnInsert("period", period));
        String supplier = p.get("supplier").get("name").asText();
        add(changes, supplierWrites, venueId + "|" + supplier.toLowerCase(Locale.ROOT), event, new Delta()
                .inc("invoices", count)
                .inc("net", t.net())
                .inc("vat", t.vat())
                .inc("gross", t.gross())
                .set("name", supplier)
                .max("lastInvoiceDate", day)
                .setOnInsert("venueId", venueId));
    }

    static Totals totals(JsonNode node) {
        return new Totals(new BigDecimal(node.get("net").asText()), new BigDecimal(node.get("vat").asText()),
                new BigDecimal(node.get("gross").asText()));
    }

    /** A VAT rate as a document key (no dots): 0.23 → "23", 0.135 → "13_5". */
    static String rateKey(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', '_');
    }

    static BigDecimal rateFromKey(String key) {
        return new BigDecimal(key.replace('_', '.')).movePointLeft(2);
    }
}
