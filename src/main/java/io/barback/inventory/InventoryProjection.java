package io.barback.inventory;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.mongodb.client.MongoDatabase;
import io.barback.invoices.InvoiceEvents;
import io.barback.platform.AppliedEvents;
import io.barback.platform.ConsumedEvent;
import io.barback.platform.DeadLetters;
import io.barback.platform.Decimals;
import io.barback.platform.EventSchemas;
import io.barback.platform.GuardedWrites;
import io.barback.platform.GuardedWrites.Delta;
import io.barback.platform.Json;
import io.barback.platform.OutboundEvent;
import io.barback.platform.PoisonEventException;
import io.barback.platform.ProjectionBatch;
import io.barback.sales.SaleEvents;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.bson.Document;
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

    private final GuardedWrites stockWrites;
    private final GuardedWrites dailyWrites;
    private final AppliedEvents applied;
    private final EventSchemas schemas;
    private final DeadLetters deadLetters;
    private final ProducerTemplate producer;
    private final String alertsTopic;

    public InventoryProjection(MongoDatabase db, AppliedEvents applied, EventSchemas schemas, DeadLetters deadLetters,
                               ProducerTemplate producer, @Value("${barback.topics.alerts}") String alertsTopic) {
        // a stock level's update depends on what it holds (the alert), so its writes are versioned
        this.stockWrites = GuardedWrites.versioned(db.getCollection(NAME));
        this.dailyWrites = GuardedWrites.on(db.getCollection(DAILY));
        this.applied = applied;
        this.schemas = schemas;
        this.deadLetters = deadLetters;
        this.producer = producer;
        this.alertsTopic = alertsTopic;
    }

    public record StockBelowReorderLevel(String venueId, String sku, String name,
                                         @JsonSerialize(using = Json.Quantity.class) BigDecimal onHand,
                                         @JsonSerialize(using = Json.Quantity.class) BigDecimal reorderLevel,
                                         String stockUnit, Instant at) {
    }

    /**
     * Applies a batch of sales or invoice records: one read and one write per collection for the
     * whole batch. Per product, the batch's movements are applied in log order from the stock as
     * it stood, so each crossing below the reorder level is seen and alerted, however many fall
     * in one batch.
     */
    public void apply(Exchange exchange) {
        ProjectionBatch batch = ProjectionBatch.read(exchange, schemas, deadLetters);
        List<ConsumedEvent> events = applied.claimAll(NAME, batch.events(InventoryProjection::moves));
        List<GuardedWrites.Change<Movement>> stock = new ArrayList<>();
        List<GuardedWrites.Change<GuardedWrites.Delta>> days = new ArrayList<>();
        for (ConsumedEvent event : events) {
            List<GuardedWrites.Change<Movement>> eventStock = new ArrayList<>();
            List<GuardedWrites.Change<GuardedWrites.Delta>> eventDays = new ArrayList<>();
            try {
                movements(event, eventStock, eventDays);
            } catch (IllegalArgumentException | NullPointerException | DateTimeException | ArithmeticException e) {
                // the payload passed its schema but still cannot be read: it will never apply
                batch.park(event, new PoisonEventException("cannot apply " + event.id() + ": " + e));
                continue;
            }
            stock.addAll(eventStock);
            days.addAll(eventDays);
        }
        List<OutboundEvent> alerts = new ArrayList<>();
        stockWrites.apply(stock, (before, pending) -> planStock(before, pending, alerts), () -> {
            // the alert goes out before the trace of the movement that crossed the level
            alerts.forEach(alert -> producer.sendBody("direct:platform-publish-event", alert));
            alerts.clear();
        });
        dailyWrites.apply(days, GuardedWrites::merge, () -> { });
    }

    private static boolean moves(String type) {
        return SaleEvents.RECORDED_TYPE.equals(type) || SaleEvents.VOIDED_TYPE.equals(type)
                || InvoiceEvents.RECEIVED_TYPE.equals(type);
    }

    /** One event's movements: per product, its stock change and its day's units sold or delivered. */
    private void movements(ConsumedEvent event, List<GuardedWrites.Change<Movement>> stock,
                           List<GuardedWrites.Change<GuardedWrites.Delta>> days) {
        JsonNode p = event.payload();
        boolean delivery = InvoiceEvents.RECEIVED_TYPE.equals(event.type());
        boolean sale = SaleEvents.RECORDED_TYPE.equals(event.type());
        String venueId = p.get("venueId").asText();
        Instant at = Instant.parse(p.get("occurredAt").asText());
        LocalDate day = LocalDate.parse(p.get("tradingDay").asText());
        Map<String, Movement> bySku = new LinkedHashMap<>();
        for (JsonNode line : p.get("lines")) {
            if (!line.hasNonNull("sku")) {
                continue;
            }
            String sku = line.get("sku").asText();
            Movement m = bySku.computeIfAbsent(sku, k -> new Movement(venueId, sku, line, sale ? at : null,
                    delivery ? at : null));
            m.units = m.units.add(line.get("stockUnits").decimalValue());
        }
        for (Movement m : bySku.values()) {
            BigDecimal units = m.units;
            m.delta = sale ? units.negate() : units;
            stock.add(new GuardedWrites.Change<>(id(venueId, m.sku), event, m));
            // a void takes the sale back out of the day it was sold on (its event carries that day)
            days.add(new GuardedWrites.Change<>(id(venueId, m.sku) + "|" + day, event, new GuardedWrites.Delta()
                    .inc(delivery ? "in" : "out", delivery || sale ? units : units.negate())
                    .setOnInsert("venueId", venueId)
                    .setOnInsert("sku", m.sku)
                    .setOnInsert("date", day.toString())));
        }
    }

    static final class Movement {
        final String venueId;
        final String sku;
        final String name;
        final String stockUnit;
        final BigDecimal reorderLevel;
        final Instant saleAt;
        final Instant deliveryAt;
        BigDecimal units = BigDecimal.ZERO;
        BigDecimal delta;

        Movement(String venueId, String sku, JsonNode line, Instant saleAt, Instant deliveryAt) {
            this.venueId = venueId;
            this.sku = sku;
            this.name = line.get("name").asText();
            this.stockUnit = line.get("stockUnit").asText();
            this.reorderLevel = line.hasNonNull("reorderLevel") ? line.get("reorderLevel").decimalValue() : null;
            this.saleAt = saleAt;
            this.deliveryAt = deliveryAt;
        }
    }

    /**
     * A product's pending movements, applied one by one from the stock as read: each time the
     * stock falls below the reorder level while the alert is armed, one alert, whose id comes from
     * the product's crossing counter (a re-run after a crash re-sends the same id, not a second
     * alert); the alert is re-armed when the stock is back at or above the level.
     */
    private Delta planStock(Document before, List<GuardedWrites.Change<Movement>> pending, List<OutboundEvent> alerts) {
        BigDecimal onHand = before == null ? BigDecimal.ZERO : Decimals.at(before, "onHand");
        BigDecimal reorder = before == null || before.get("reorderLevel") == null ? null : Decimals.at(before, "reorderLevel");
        boolean armed = before == null || !Boolean.FALSE.equals(before.getBoolean("alertArmed"));
        int seq = before == null ? 0 : before.getInteger("alertSeq", 0);
        Delta delta = new Delta();
        for (GuardedWrites.Change<Movement> change : pending) {
            Movement m = change.data();
            onHand = onHand.add(m.delta);
            delta.inc("onHand", m.delta).set("name", m.name).set("stockUnit", m.stockUnit)
                    .setOnInsert("venueId", m.venueId).setOnInsert("sku", m.sku);
            if (m.reorderLevel != null) {
                reorder = m.reorderLevel;
                delta.set("reorderLevel", reorder);
            }
            if (m.saleAt != null) {
                delta.max("lastSaleAt", Date.from(m.saleAt));
            }
            if (m.deliveryAt != null) {
                delta.max("lastDeliveryAt", Date.from(m.deliveryAt));
            }
            if (reorder == null) {
                continue;
            }
            if (onHand.compareTo(reorder) < 0 && armed) {
                StockBelowReorderLevel alert = new StockBelowReorderLevel(m.venueId, m.sku, m.name, onHand, reorder,
                        m.stockUnit, Instant.now());
                alerts.add(new OutboundEvent(alertsTopic, m.venueId, "stock/" + m.venueId + "/" + m.sku + "/below/" + seq,
                        ALERT_TYPE, "/barback/venues/" + m.venueId + "/inventory/" + m.sku, alert.at(), alert));
                armed = false;
                seq++;
            } else if (onHand.compareTo(reorder) >= 0 && !armed) {
                armed = true;
            }
        }
        return delta.set("alertArmed", armed).set("alertSeq", seq);
    }

    static String id(String venueId, String sku) {
        return venueId + "|" + sku;
    }
}
