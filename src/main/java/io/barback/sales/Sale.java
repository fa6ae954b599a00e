package io.barback.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.barback.platform.Json;
import io.barback.platform.Totals;

/** A stored sale, as the API returns it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sale(UUID saleId, String venueId, String status, Instant occurredAt, Instant recordedAt,
                   Instant voidedAt, String voidReason, String paymentMethod, String tillRef, List<SaleLine> lines,
                   Totals totals) {

    public static final String RECORDED = "recorded";
    public static final String VOIDED = "voided";

    /** One line: what was sold, how much stock it took, and its money to the cent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SaleLine(int lineNo, String sku, String name, String serving, int quantity,
                       @JsonSerialize(using = Json.Quantity.class) BigDecimal stockUnits, String stockUnit,
                       BigDecimal unitPrice, BigDecimal vatRate, BigDecimal net, BigDecimal vat, BigDecimal gross) {

        public Totals totals() {
            return new Totals(net, vat, gross);
        }
    }
}
