package io.barback.inventory;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.barback.catalog.CatalogRepository;
import io.barback.catalog.Venue;
import io.barback.finance.TradingCalendar;
import io.barback.platform.Json;
import io.barback.platform.events.ChangeMapper;
import io.barback.platform.events.DebeziumValues;
import io.barback.platform.events.OutboundEvent;
import io.barback.platform.events.PoisonEventException;
import io.barback.platform.events.Topics;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * Turns an inserted {@code stock_count} row into {@code StockCounted} and a {@code wastage} row
 * into {@code StockWasted}. Both tables are append-only: an update or a delete is unmappable
 * and goes to the dead-letter topic with the raw change.
 */
@Component
public class StockChanges implements ChangeMapper {

    private final CatalogRepository catalog;
    private final String topic;

    public StockChanges(CatalogRepository catalog, Topics topics) {
        this.catalog = catalog;
        this.topic = topics.sales();
    }

    @Override
    public boolean owns(String table) {
        return table.endsWith(".stock_count") || table.endsWith(".wastage");
    }

    @Override
    public List<OutboundEvent> map(Message change) {
        String table = change.getHeader("CamelDebeziumIdentifier", String.class);
        String op = change.getHeader("CamelDebeziumOperation", String.class);
        if (!"c".equals(op) && !"r".equals(op)) {
            throw new PoisonEventException("operation '" + op + "' on " + table
                    + ": counts and wastage are only ever inserted");
        }
        Map<String, Object> row = DebeziumValues.map(change.getBody());
        if (row == null) {
            throw new PoisonEventException("change of " + table + " has no row image");
        }
        try {
            return List.of(table.endsWith(".stock_count") ? counted(row) : wasted(row));
        } catch (NullPointerException | IllegalArgumentException | DateTimeParseException | IOException e) {
            throw new PoisonEventException("row of " + table + " cannot be read: " + e);
        }
    }

    private OutboundEvent counted(Map<String, Object> row) throws IOException {
        String id = text(row, "id");
        Venue venue = venue(text(row, "venue_id"));
        Instant countedAt = instant(row, "counted_at");
        List<StockEvents.CountedLine> lines = List.of(Json.MAPPER.readValue(text(row, "lines"), StockEvents.CountedLine[].class));
        StockEvents.StockCounted event = new StockEvents.StockCounted(id, venue.id(), text(row, "kind"), countedAt,
                (String) row.get("counted_by"), instant(row, "recorded_at"),
                TradingCalendar.tradingDay(countedAt, venue.timeZone(), venue.tradingDayCutoff()), lines);
        return new OutboundEvent(topic, venue.id(), StockEvents.countedId(id), StockEvents.COUNTED_TYPE,
                "/barback/venues/" + venue.id() + "/stock-counts", countedAt, event);
    }

    private OutboundEvent wasted(Map<String, Object> row) {
        String id = text(row, "id");
        Venue venue = venue(text(row, "venue_id"));
        Instant wastedAt = instant(row, "wasted_at");
        String sku = text(row, "sku");
        BigDecimal reorderLevel = catalog.product(venue.id(), sku).map(p -> p.reorderLevel()).orElse(null);
        StockEvents.StockWasted event = new StockEvents.StockWasted(id, venue.id(), sku, text(row, "name"),
                text(row, "stock_unit"), reorderLevel, (String) row.get("serving"), decimal(row, "quantity"),
                decimal(row, "stock_units"), text(row, "reason"), (String) row.get("note"), wastedAt,
                instant(row, "recorded_at"), TradingCalendar.tradingDay(wastedAt, venue.timeZone(), venue.tradingDayCutoff()));
        return new OutboundEvent(topic, venue.id(), StockEvents.wastedId(id), StockEvents.WASTED_TYPE,
                "/barback/venues/" + venue.id() + "/wastage", wastedAt, event);
    }

    private Venue venue(String id) {
        return catalog.venue(id).orElseThrow(() -> new PoisonEventException("row names unknown venue " + id));
    }

    private static String text(Map<String, Object> row, String column) {
        Object v = row.get(column);
        if (v == null) {
            throw new IllegalArgumentException("no " + column);
        }
        return v.toString();
    }

    private static Instant instant(Map<String, Object> row, String column) {
        return OffsetDateTime.parse(text(row, column)).toInstant();
    }

    private static BigDecimal decimal(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v instanceof BigDecimal d ? d : new BigDecimal(text(row, column));
    }
}
