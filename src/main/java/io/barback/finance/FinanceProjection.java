package io.barback.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.barback.platform.AppliedEvents;
import io.barback.platform.ConsumedEvent;
import io.barback.platform.Decimals;
import io.barback.platform.EventSchemas;
import io.barback.platform.Totals;
import io.barback.sales.SaleEvents;
import org.apache.camel.Exchange;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code finance_daily} (per venue and trading day: takings net/VAT/gross and count, by
 * VAT rate and payment method, cash in) and {@code vat_periods} (VAT on sales, VAT due). A void
 * reverses its sale in the trading day and VAT period the sale belongs to.
 */
@Component("financeProjection")
public class FinanceProjection {

    static final String NAME = "finance";

    private final MongoCollection<Document> daily;
    private final MongoCollection<Document> vatPeriods;
    private final MongoCollection<Document> suppliers;
    private final AppliedEvents applied;
    private final EventSchemas schemas;

    public FinanceProjection(MongoDatabase db, AppliedEvents applied, EventSchemas schemas) {
        this.daily = db.getCollection("finance_daily");
        this.vatPeriods = db.getCollection("vat_periods");
        this.suppliers = db.getCollection("supplier_spend");
        this.applied = applied;
        this.schemas = schemas;
    }

    public void apply(Exchange exchange) {
        ConsumedEvent event = ConsumedEvent.from(exchange, schemas);
        if (io.barback.invoices.InvoiceEvents.RECEIVED_TYPE.equals(event.type())) {
            if (applied.claim(NAME, event)) {
                try {
                    applyPurchase(event);
                } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
                    throw new io.barback.platform.PoisonEventException("cannot apply " + event.id() + ": " + e);
                }
            }
            return;
        }
        int sign;
        if (SaleEvents.RECORDED_TYPE.equals(event.type())) {
            sign = 1;
        } else if (SaleEvents.VOIDED_TYPE.equals(event.type())) {
            sign = -1;
        } else {
            return;
        }
        if (!applied.claim(NAME, event)) {
            return;
        }
        try {
            applyPayload(event, sign);
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException | ArithmeticException e) {
            // the payload passed its schema but still cannot be read: it will never apply
            throw new io.barback.platform.PoisonEventException("cannot apply " + event.id() + ": " + e);
        }
    }

    private void applyPayload(ConsumedEvent event, int sign) {
        JsonNode p = event.payload();
        String venueId = p.get("venueId").asText();
        String day = p.get("tradingDay").asText();
        String period = p.get("vatPeriod").asText();
        Totals totals = totals(p.get("totals"));
        Totals signed = sign > 0 ? totals : totals.negate();

        Map<String, Totals> byRate = new LinkedHashMap<>();
        for (JsonNode line : p.get("lines")) {
            String rate = rateKey(new BigDecimal(line.get("vatRate").asText()));
            Totals t = totals(line);
            byRate.merge(rate, sign > 0 ? t : t.negate(), Totals::plus);
        }
        List<Bson> dayUpdates = new ArrayList<>(List.of(
                Updates.inc("sales.count", sign),
                Updates.inc("sales.net", Decimals.of(signed.net())),
                Updates.inc("sales.vat", Decimals.of(signed.vat())),
                Updates.inc("sales.gross", Decimals.of(signed.gross())),
                Updates.inc("cash.in", Decimals.of(signed.gross())),
                Updates.inc("payments." + p.get("paymentMethod").asText(), Decimals.of(signed.gross())),
                Updates.setOnInsert("venueId", venueId),
                Updates.setOnInsert("date", day)));
        byRate.forEach((rate, t) -> {
            dayUpdates.add(Updates.inc("sales.byVatRate." + rate + ".net", Decimals.of(t.net())));
            dayUpdates.add(Updates.inc("sales.byVatRate." + rate + ".vat", Decimals.of(t.vat())));
            dayUpdates.add(Updates.inc("sales.byVatRate." + rate + ".gross", Decimals.of(t.gross())));
        });
        guardedUpsert(daily, venueId + "|" + day, event, dayUpdates);

        guardedUpsert(vatPeriods, venueId + "|" + period, event, List.of(
                Updates.inc("vatOnSales", Decimals.of(signed.vat())),
                Updates.inc("vatDue", Decimals.of(signed.vat())),
                Updates.setOnInsert("venueId", venueId),
                Updates.setOnInsert("period", period)));
    }

    /**
     * A supplier invoice: a purchase on its trading day (the invoice date), its VAT reclaimable in
     * the VAT period of that date, the cash going out on its due date, and the spend per supplier.
     * A credit note's negative amounts reduce all of them.
     */
    private void applyPurchase(ConsumedEvent event) {
        JsonNode p = event.payload();
        String venueId = p.get("venueId").asText();
        String day = p.get("tradingDay").asText();
        String cashDay = p.get("cashOutDate").asText();
        String period = p.get("vatPeriod").asText();
        Totals t = totals(p.get("totals"));
        int count = p.get("creditNote").asBoolean() ? 0 : 1;
        List<Bson> purchase = new ArrayList<>(List.of(
                Updates.inc("purchases.count", count),
                Updates.inc("purchases.net", Decimals.of(t.net())),
                Updates.inc("purchases.vat", Decimals.of(t.vat())),
                Updates.inc("purchases.gross", Decimals.of(t.gross())),
                Updates.setOnInsert("venueId", venueId),
                Updates.setOnInsert("date", day)));
        Bson cashOut = Updates.inc("cash.out", Decimals.of(t.gross()));
        if (cashDay.equals(day)) {
            // one document, one guarded update: a second update of it would be taken for a replay
            purchase.add(cashOut);
            guardedUpsert(daily, venueId + "|" + day, event, purchase);
        } else {
            guardedUpsert(daily, venueId + "|" + day, event, purchase);
            guardedUpsert(daily, venueId + "|" + cashDay, event, List.of(cashOut,
                    Updates.setOnInsert("venueId", venueId), Updates.setOnInsert("date", cashDay)));
        }
        guardedUpsert(vatPeriods, venueId + "|" + period, event, List.of(
                Updates.inc("vatOnPurchases", Decimals.of(t.vat())),
                Updates.inc("vatDue", Decimals.of(t.vat().negate())),
                Updates.setOnInsert("venueId", venueId),
                Updates.setOnInsert("period", period)));
        String supplier = p.get("supplier").get("name").asText();
        guardedUpsert(suppliers, venueId + "|" + supplier.toLowerCase(java.util.Locale.ROOT), event, List.of(
                Updates.inc("invoices", count),
                Updates.inc("net", Decimals.of(t.net())),
                Updates.inc("vat", Decimals.of(t.vat())),
                Updates.inc("gross", Decimals.of(t.gross())),
                Updates.set("name", supplier),
                Updates.max("lastInvoiceDate", day),
                Updates.setOnInsert("venueId", venueId)));
    }

    /** Applies the update unless this record's offset was already applied to the document. */
    static void guardedUpsert(MongoCollection<Document> collection, String id, ConsumedEvent event, List<Bson> updates) {
        String position = event.positionField();
        Bson filter = Filters.and(Filters.eq("_id", id),
                Filters.or(Filters.lt(position, event.offset()), Filters.exists(position, false)));
        List<Bson> all = new ArrayList<>(updates);
        all.add(Updates.set(position, event.offset()));
        try {
            collection.updateOne(filter, Updates.combine(all), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
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
