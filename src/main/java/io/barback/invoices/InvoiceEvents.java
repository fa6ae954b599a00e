package io.barback.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.barback.platform.Json;
import io.barback.platform.Totals;

/**
 * The events of {@code barback.invoices.v1} and {@code barback.invoices.review.v1}. An
 * {@code InvoiceReceived} carries what the projections need: the matched lines with their stock
 * units, the totals, the trading day and VAT period of the invoice date and the day the cash
 * goes out. Its id comes from the venue and the document's SHA-256, so the same document is
 * applied once per venue.
 */
public final class InvoiceEvents {

    public static final String RECEIVED_TYPE = "io.barback.invoices.InvoiceReceived.v1";
    public static final String REVIEW_TYPE = "io.barback.invoices.InvoiceNeedsReview.v1";

    private InvoiceEvents() {
    }

    public record Supplier(String name, String vatNumber) {
    }

    /** A line as invoiced; {@code sku} and the stock fields only when it matched a product. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventLine(int lineNo, String description, String productCode,
                            @JsonSerialize(using = Json.Quantity.class) BigDecimal quantity, BigDecimal unitPrice,
                            BigDecimal net, String sku, String name, String stockUnit,
                            @JsonSerialize(using = Json.Quantity.class) BigDecimal stockUnits,
                            @JsonSerialize(using = Json.Quantity.class) BigDecimal reorderLevel, String matchedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvoiceReceived(String invoiceId, String venueId, String documentSha256, Supplier supplier,
                                  String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, LocalDate tradingDay,
                                  String vatPeriod, LocalDate cashOutDate, boolean creditNote, String currency,
                                  Instant occurredAt, List<EventLine> lines, Totals totals, String approvedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvoiceNeedsReview(String invoiceId, String venueId, String documentSha256, Supplier supplier,
                                     String invoiceNumber, LocalDate invoiceDate, Totals totals, List<String> problems,
                                     Instant occurredAt) {
    }

    /** The same document is one invoice per venue: two venues may well receive the same PDF. */
    static String receivedId(String venueId, String sha256) {
        return "invoice/" + venueId + "/" + sha256 + "/received";
    }

    static String reviewId(String venueId, String sha256) {
        return "invoice/" + venueId + "/" + sha256 + "/review";
    }
}
