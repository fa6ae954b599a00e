package io.barback.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.barback.platform.Json;
import io.barback.platform.Totals;

/**
 * The events of {@code barback.sales.v1}. Each carries everything a projection needs (lines with
 * their stock units and money, the trading day and VAT period already worked out in the venue's
 * time zone), so no consumer has to look anything up.
 */
public final class SaleEvents {

    public static final String RECORDED_TYPE = "io.barback.sales.SaleRecorded.v1";
    public static final String VOIDED_TYPE = "io.barback.sales.SaleVoided.v1";

    private SaleEvents() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventLine(int lineNo, String sku, String name, String serving, int quantity,
                            @JsonSerialize(using = Json.Quantity.class) BigDecimal stockUnits, String stockUnit,
                            @JsonSerialize(using = Json.Quantity.class) BigDecimal reorderLevel,
                            BigDecimal unitPrice, BigDecimal vatRate, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SaleRecorded(String saleId, String venueId, Instant occurredAt, LocalDate tradingDay,
                               String vatPeriod, String paymentMethod, String tillRef, List<EventLine> lines,
                               Totals totals) {
        public static SaleRecorded of(Sale sale, LocalDate tradingDay, String vatPeriod, List<EventLine> lines) {
            return new SaleRecorded(sale.saleId().toString(), sale.venueId(), sale.occurredAt(), tradingDay, vatPeriod,
                    sale.paymentMethod(), sale.tillRef(), lines, sale.totals());
        }
    }

    /** Reverses a recorded sale in the trading day and VAT period it was recorded in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SaleVoided(String saleId, String venueId, Instant occurredAt, Instant voidedAt, String reason,
                             LocalDate tradingDay, String vatPeriod, String paymentMethod, List<EventLine> lines,
                             Totals totals) {
        public static SaleVoided of(Sale sale, LocalDate tradingDay, String vatPeriod, List<EventLine> lines) {
            return new SaleVoided(sale.saleId().toString(), sale.venueId(), sale.occurredAt(),
                    sale.voidedAt() == null ? sale.occurredAt() : sale.voidedAt(), sale.voidReason(), tradingDay,
                    vatPeriod, sale.paymentMethod(), lines, sale.totals());
        }
    }
}
