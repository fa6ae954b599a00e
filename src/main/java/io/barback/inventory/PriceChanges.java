package io.barback.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.barback.catalog.CatalogRepository;
import io.barback.catalog.Product;
import io.barback.platform.Decimals;
import io.barback.platform.Json;
import io.barback.platform.events.OutboundEvent;
import org.bson.Document;

/**
 * A delivery whose cost per stock unit moved more than the venue's threshold (3 % unless set) from the
 * product's last delivered cost: one {@code SupplierPriceChanged} on the alerts topic, with the
 * gross profit at today's selling price before and after, and a line in {@code price_changes}
 * for …/price-changes. Its id comes from the invoice and the product, so a replay or a run after
 * a crash sends the same alert again, never a second one. A credit note moves no price.
 */
final class PriceChanges {

    static final String NAME = "price_changes";
    static final String TYPE = "io.barback.inventory.SupplierPriceChanged.v1";

    private final MongoCollection<Document> collection;
    private final CatalogRepository catalog;
    private final BigDecimal threshold;
    private final String alertsTopic;

    PriceChanges(MongoCollection<Document> collection, CatalogRepository catalog, BigDecimal threshold, String alertsTopic) {
        this.collection = collection;
        this.catalog = catalog;
        this.threshold = threshold;
        this.alertsTopic = alertsTopic;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SupplierPriceChanged(String venueId, String sku, String name, String supplier, String invoiceId,
                                       String invoiceNumber, LocalDate invoiceDate, String stockUnit, String oldUnitCost,
                                       String newUnitCost, String changePercent, String serving, String sellingPrice,
                                       String gpPercentBefore, String gpPercentAfter, Instant at) {
    }

    record Change(String id, OutboundEvent event, SupplierPriceChanged alert) {
    }

    /** The change this delivery makes to the product's last delivered cost, if past the threshold. */
    Optional<Change> check(InventoryProjection.Movement m, List<Document> costs) {
        if (m.units.signum() <= 0 || m.value.signum() < 0 || m.invoice == null) {
            return Optional.empty();
        }
        Document last = null;
        for (Document d : costs) {
            if (d.getDate("at").toInstant().isAfter(m.at)) {
                break;
            }
            last = d;
        }
        if (last == null || Decimals.at(last, "units").signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal oldCost = Decimals.at(last, "value").divide(Decimals.at(last, "units"), 6, RoundingMode.HALF_UP);
        BigDecimal newCost = m.value.divide(m.units, 6, RoundingMode.HALF_UP);
        if (oldCost.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal change = newCost.subtract(oldCost).divide(oldCost, 6, RoundingMode.HALF_UP);
        if (change.abs().compareTo(threshold(m.venueId)) <= 0) {
            return Optional.empty();
        }
        String serving = null;
        String price = null;
        String gpBefore = null;
        String gpAfter = null;
        Optional<Product> product = catalog.product(m.venueId, m.sku);
        if (product.isPresent()) {
            Product p = product.get();
            Map.Entry<String, BigDecimal> s = StockApi.varianceServing(p);
            BigDecimal size = s == null ? BigDecimal.ONE : s.getValue();
            BigDecimal gross = s == null ? (p.prices().size() == 1 ? p.prices().values().iterator().next() : null) : p.prices().get(s.getKey());
            if (gross != null && gross.signum() > 0) {
                serving = s == null ? null : s.getKey();
                price = gross.toPlainString();
                BigDecimal net = gross.divide(BigDecimal.ONE.add(p.vatRate()), 6, RoundingMode.HALF_UP);
                gpBefore = gp(net, oldCost.multiply(size));
                gpAfter = gp(net, newCost.multiply(size));
            }
        }
        JsonNode inv = m.invoice;
        String invoiceId = inv.get("invoiceId").asText();
        Instant at = Instant.parse(inv.get("occurredAt").asText());
        SupplierPriceChanged alert = new SupplierPriceChanged(m.venueId, m.sku, m.name, inv.at("/supplier/name").asText(),
                invoiceId, inv.get("invoiceNumber").asText(), LocalDate.parse(inv.get("invoiceDate").asText()), m.stockUnit,
                oldCost.stripTrailingZeros().toPlainString(), newCost.stripTrailingZeros().toPlainString(),
                change.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                serving, price, gpBefore, gpAfter, at);
        String id = "price/" + m.venueId + "/" + invoiceId + "/" + m.sku;
        return Optional.of(new Change(id, new OutboundEvent(alertsTopic, m.venueId, id, TYPE,
                "/barback/venues/" + m.venueId + "/inventory/" + m.sku, at, alert), alert));
    }

    /** The venue's own threshold (…/settings priceChangePercent), else the deployment's default. */
    private BigDecimal threshold(String venueId) {
        return catalog.venue(venueId, true).map(v -> v.settings().priceChangePercent())
                .map(p -> p.movePointLeft(2)).orElse(threshold);
    }

    private static String gp(BigDecimal net, BigDecimal cost) {
        return net.subtract(cost).multiply(BigDecimal.valueOf(100)).divide(net, 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Keeps the changes for …/price-changes, each under its alert's id. */
    void record(Collection<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Change c : changes) {
            Document doc = Document.parse(Json.write(c.alert())).append("_id", c.id())
                    .append("tradingDay", c.alert().invoiceDate().toString());
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", c.id()), doc, new ReplaceOptions().upsert(true)));
        }
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }
}
