package io.barback.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.barback.catalog.CatalogRepository;
import io.barback.catalog.Product;
import io.barback.catalog.TillAuth;
import io.barback.catalog.Venue;
import io.barback.platform.Decimals;
import io.barback.platform.Json;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.HttpReply;
import org.apache.camel.Exchange;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * GET …/inventory and …/inventory/{sku}: stock on hand from the {@code inventory} projection,
 * for every product of the catalog (a product nothing has moved yet stands at zero), with the
 * catalog's current reorder level, when it was last counted, and its value at the average cost
 * of what was delivered (absent, with {@code costKnown: false}, before its first delivery).
 */
@Component("inventoryApi")
public class InventoryApi {

    private final TillAuth auth;
    private final CatalogRepository catalog;
    private final MongoCollection<Document> inventory;

    public InventoryApi(TillAuth auth, CatalogRepository catalog, @Qualifier("readApiDatabase") MongoDatabase db) {
        this.auth = auth;
        this.catalog = catalog;
        this.inventory = db.getCollection("inventory");
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StockItem(String sku, String name, @JsonSerialize(using = Json.Quantity.class) BigDecimal onHand,
                       String stockUnit, @JsonSerialize(using = Json.Quantity.class) BigDecimal packSize,
                       String packDescription, @JsonSerialize(using = Json.Quantity.class) BigDecimal reorderLevel,
                       boolean belowReorder, Instant lastSaleAt, Instant countedAt, boolean costKnown,
                       BigDecimal unitCost, BigDecimal stockValue) {
    }

    /** The body of GET …/inventory. */
    public record StockList(List<StockItem> items) {
    }

    public void list(Exchange exchange) {
        HttpReply.json(exchange, 200, new StockList(items(auth.authorize(exchange))));
    }

    /** Every product of the venue's catalog, in catalog order, with its stock on hand. */
    public List<StockItem> items(Venue venue) {
        Map<String, Document> docs = new HashMap<>();
        inventory.find(Filters.eq("venueId", venue.id())).forEach(d -> docs.put(d.getString("sku"), d));
        List<StockItem> items = new ArrayList<>();
        for (Product p : catalog.products(venue.id()).values()) {
            items.add(item(p, docs.get(p.sku())));
        }
        return items;
    }

    public void get(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        String sku = exchange.getIn().getHeader("sku", String.class);
        Product p = catalog.product(venue.id(), sku)
                .orElseThrow(() -> ApiProblem.notFound("No product '" + sku + "' at venue " + venue.id() + "."));
        HttpReply.json(exchange, 200, item(venue, p));
    }

    /** One product's stock on hand. */
    public StockItem item(Venue venue, Product p) {
        return item(p, inventory.find(Filters.eq("_id", InventoryProjection.id(venue.id(), p.sku()))).first());
    }

    private static StockItem item(Product p, Document doc) {
        BigDecimal onHand = doc == null ? BigDecimal.ZERO : Decimals.at(doc, "onHand");
        Date last = doc == null ? null : doc.getDate("lastSaleAt");
        Date counted = doc == null ? null : doc.getDate("countedAt");
        BigDecimal unitCost = VarianceApi.unitCost(doc);
        return new StockItem(p.sku(), p.name(), onHand, p.stockUnit(), p.packSize(), p.packDescription(), p.reorderLevel(),
                onHand.compareTo(p.reorderLevel()) < 0, last == null ? null : last.toInstant(),
                counted == null ? null : counted.toInstant(), unitCost != null, unitCost,
                unitCost == null ? null : onHand.multiply(unitCost).setScale(2, RoundingMode.HALF_UP));
    }

}
