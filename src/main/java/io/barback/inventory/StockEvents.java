package io.barback.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.barback.platform.Json;

/**
 * The stock facts a venue records besides sales and deliveries, published on the sales topic
 * (keyed by venue) so that they reach the inventory projection in the same order as the
 * venue's sales. Quantities are in the product's stock unit (ml or each).
 *
 * <p>A count is placed at {@code countedAt}: what it counted is the stock on hand at that
 * moment, so a movement before it (a sale, a void, a delivery, wastage) is in the count, and one
 * from that moment on still applies, whenever either arrives.
 */
public final class StockEvents {

    public static final String COUNTED_TYPE = "io.barback.inventory.StockCounted.v1";
    public static final String WASTED_TYPE = "io.barback.inventory.StockWasted.v1";

    private StockEvents() {
    }

    /** One product as counted; {@code leftOut} when a full count did not list it and it counts as zero. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CountedLine(String sku, String name, String stockUnit,
                              @JsonSerialize(using = Json.Quantity.class) BigDecimal counted,
                              @JsonSerialize(using = Json.Quantity.class) BigDecimal reorderLevel,
                              Boolean leftOut) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StockCounted(String countId, String venueId, String kind, Instant countedAt, String countedBy,
                               Instant recordedAt, LocalDate tradingDay, List<CountedLine> lines) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StockWasted(String wastageId, String venueId, String sku, String name, String stockUnit,
                              @JsonSerialize(using = Json.Quantity.class) BigDecimal reorderLevel, String serving,
                              @JsonSerialize(using = Json.Quantity.class) BigDecimal quantity,
                              @JsonSerialize(using = Json.Quantity.class) BigDecimal stockUnits, String reason,
                              String note, Instant wastedAt, Instant recordedAt, LocalDate tradingDay) {
    }

    static String countedId(String countId) {
        return "stock-count/" + countId + "/counted";
    }

    static String wastedId(String wastageId) {
        return "wastage/" + wastageId + "/wasted";
    }
}
