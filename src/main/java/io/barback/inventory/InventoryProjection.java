package io.barback.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.MongoCommandException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.barback.platform.AppliedEvents;
import io.barback.platform.ConsumedEvent;
import io.barback.platform.Decimals;
import io.barback.platform.EventSchemas;
import io.barback.platform.Json;
import io.barback.platform.OutboundEvent;
import io.barback.sales.SaleEvents;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code inventory} collection: one document per (venue, sku) with the stock on
 * hand in stock units. Sales take stock out, voids put it back, invoices bring it in (a credit
 * note, with its negative quantities, takes it out again); invoice lines that matched no product
 * move nothing. When a product's stock crosses
 * below its reorder level, one {@code StockBelowReorderLevel} goes out; it is re-armed when the
 * stock is back at or above the level.
 */
@Component("inventoryProjection")
public class InventoryProjection {

    static final String NAME = "inventory";
    /** One document per (venue, sku, trading day): stock units sold ({@code out}, net of voids) and delivered ({@code in}). */
    static final String DAILY = "inventory_daily";
    public static final String ALERT_TYPE = "io.barback.inventory.StockBelowReorderLevel.v1";

    private final MongoCollection<Document> inventory;
    private final MongoCollection<Document> daily;
    private final AppliedEvents applied;
    private final EventSchemas schemas;
    private final ProducerTemplate producer;
    private final String alertsTopic;

    public InventoryProjection(MongoDatabase db, AppliedEvents applied, EventSchemas schemas, ProducerTemplate producer,
                               @Value("${barback.topics.alerts}") String alertsTopic) {
        this.inventory = db.getCollection("inventory");
        this.daily = db.getCollection(DAILY);
        this.applied = applied;
        this.schemas = schemas;
        this.producer = producer;
        this.alertsTopic = alertsTopic;
    }

    public record StockBelowReorderLevel(String venueId, String sku, String name,
                                         @JsonSerialize(using = Json.Quantity.class) BigDecimal onHand,
                                         @JsonSerialize(using = Json.Quantity.class) BigDecimal reorderLevel,
                                         String stockUnit, Instant at) {
    }

    public void apply(Exchange exchange) {
        ConsumedEvent event = ConsumedEvent.from(exchange, schemas);
        int sign;
        if (SaleEvents.RECORDED_TYPE.equals(event.type())) {
            sign = -1;
        } else if (SaleEvents.VOIDED_TYPE.equals(event.type())
                || io.barback.invoices.InvoiceEvents.RECEIVED_TYPE.equals(event.type())) {
            sign = 1;
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
        Map<String, Movement> bySku = new LinkedHashMap<>();
        boolean delivery = io.barback.invoices.InvoiceEvents.RECEIVED_TYPE.equals(event.type());
        for (JsonNode line : p.get("lines")) {
            if (!line.hasNonNull("sku")) {
                continue;
            }
            String sku = line.get("sku").asText();
            Movement m = bySku.computeIfAbsent(sku, k -> new Movement(line));
            m.units = m.units.add(line.get("stockUnits").decimalValue());
        }
        Instant at = Instant.parse(p.get("occurredAt").asText());
        java.time.LocalDate day = java.time.LocalDate.parse(p.get("tradingDay").asText());
        for (Map.Entry<String, Movement> e : bySku.entrySet()) {
            BigDecimal units = e.getValue().units;
            BigDecimal delta = sign < 0 ? units.negate() : units;
            Document after = move(event, venueId, e.getKey(), e.getValue(), delta, sign < 0 ? at : null,
                    delivery ? at : null);
            // a void takes the sale back out of the day it was sold on (its event carries that day)
            moveDay(event, venueId, e.getKey(), day, delivery ? "in" : "out", delivery || sign < 0 ? units : units.negate());
            checkReorderLevel(after);
        }
    }

    private static final class Movement {
        final String name;
        final String stockUnit;
        final BigDecimal reorderLevel;
        BigDecimal units = BigDecimal.ZERO;

        Movement(JsonNode line) {
            this.name = line.get("name").asText();
            this.stockUnit = line.get("stockUnit").asText();
            this.reorderLevel = line.hasNonNull("reorderLevel") ? line.get("reorderLevel").decimalValue() : null;
        }
    }

    /** Applies the movement (unless this offset already was) and returns the document as it now stands. */
    private Document move(ConsumedEvent event, String venueId, String sku, Movement m, BigDecimal delta, Instant saleAt,
                          Instant deliveryAt) {
        String position = event.positionField();
        Bson filter = Filters.and(Filters.eq("_id", id(venueId, sku)),
                Filters.or(Filters.lt(position, event.offset()), Filters.exists(position, false)));
        List<Bson> updates = new java.util.ArrayList<>(List.of(
                Updates.inc("onHand", Decimals.of(delta)),
                Updates.set(position, event.offset()),
                Updates.set("name", m.name),
                Updates.set("stockUnit", m.stockUnit),
                Updates.setOnInsert("venueId", venueId),
                Updates.setOnInsert("sku", sku),
                Updates.setOnInsert("alertArmed", true),
                Updates.setOnInsert("alertSeq", 0)));
        if (m.reorderLevel != null) {
            updates.add(Updates.set("reorderLevel", Decimals.of(m.reorderLevel)));
        }
        if (saleAt != null) {
            updates.add(Updates.max("lastSaleAt", java.util.Date.from(saleAt)));
        }
        if (deliveryAt != null) {
            updates.add(Updates.max("lastDeliveryAt", java.util.Date.from(deliveryAt)));
        }
        try {
            Document after = inventory.findOneAndUpdate(filter, Updates.combine(updates),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            if (after != null) {
                return after;
            }
        } catch (MongoCommandException | MongoWriteException e) {
            // the document exists with this offset already applied: the upsert's insert collided
            if (!(e instanceof MongoWriteException w && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY)
                    && !(e instanceof MongoCommandException c && c.getErrorCode() == 11000)) {
                throw e;
            }
        }
        return inventory.find(Filters.eq("_id", id(venueId, sku))).first();
    }

    /** Adds to a product's day, under the same per-partition offset guard as the stock level. */
    private void moveDay(ConsumedEvent event, String venueId, String sku, java.time.LocalDate day, String field,
                         BigDecimal units) {
        String position = event.positionField();
        String id = id(venueId, sku) + "|" + day;
        Bson filter = Filters.and(Filters.eq("_id", id),
                Filters.or(Filters.lt(position, event.offset()), Filters.exists(position, false)));
        Bson update = Updates.combine(Updates.inc(field, Decimals.of(units)), Updates.set(position, event.offset()),
                Updates.setOnInsert("venueId", venueId), Updates.setOnInsert("sku", sku),
                Updates.setOnInsert("date", day.toString()));
        try {
            daily.updateOne(filter, update, new com.mongodb.client.model.UpdateOptions().upsert(true));
        } catch (MongoCommandException | MongoWriteException e) {
            if (!(e instanceof MongoWriteException w && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY)
                    && !(e instanceof MongoCommandException c && c.getErrorCode() == 11000)) {
                throw e;
            }
        }
    }

    /**
     * Emits the alert when stock is below the reorder level and the alert is armed. The alert's
     * id comes from the document's crossing counter, so a re-run after a crash re-sends the same
     * id rather than a second alert.
     */
    private void checkReorderLevel(Document doc) {
        if (doc == null || doc.get("reorderLevel") == null) {
            return;
        }
        BigDecimal onHand = Decimals.at(doc, "onHand");
        BigDecimal reorder = Decimals.at(doc, "reorderLevel");
        boolean armed = !Boolean.FALSE.equals(doc.getBoolean("alertArmed"));
        int seq = doc.getInteger("alertSeq", 0);
        if (onHand.compareTo(reorder) < 0 && armed) {
            String venueId = doc.getString("venueId");
            String sku = doc.getString("sku");
            StockBelowReorderLevel alert = new StockBelowReorderLevel(venueId, sku, doc.getString("name"), onHand, reorder,
                    doc.getString("stockUnit"), Instant.now());
            producer.sendBody("direct:platform-publish-event", new OutboundEvent(alertsTopic, venueId,
                    "stock/" + venueId + "/" + sku + "/below/" + seq, ALERT_TYPE,
                    "/barback/venues/" + venueId + "/inventory/" + sku, alert.at(), alert));
            inventory.updateOne(Filters.and(Filters.eq("_id", doc.get("_id")), Filters.eq("alertSeq", seq)),
                    Updates.combine(Updates.set("alertArmed", false), Updates.inc("alertSeq", 1)));
        } else if (onHand.compareTo(reorder) >= 0 && !armed) {
            inventory.updateOne(Filters.eq("_id", doc.get("_id")), Updates.set("alertArmed", true));
        }
    }

    static String id(String venueId, String sku) {
        return venueId + "|" + sku;
    }
}
