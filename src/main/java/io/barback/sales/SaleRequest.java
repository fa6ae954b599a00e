package io.barback.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.barback.platform.web.ApiProblem;

/**
 * A till's sale as it is sent: the body of {@code POST /sales}, bound by the REST binding
 * (camel-jackson), and its OpenAPI schema. {@link #checked} checks it field by field before
 * anything is priced or stored; every refusal names the field as a JSON pointer and says why.
 */
public record SaleRequest(@JsonProperty(required = true) List<SaleLineRequest> lines, String paymentMethod,
                          OffsetDateTime occurredAt, String tillRef) {

    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 500;
    static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("10000.00");
    static final Set<String> PAYMENT_METHODS = Set.of("card", "cash", "other");
    static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(10);
    static final Duration MAX_AGE = Duration.ofDays(366);
    static final String EXPECTED = "a sale with a 'lines' array";

    /** One line as the till sends it; {@code serving} is required for a product sold in servings, {@code quantity} is 1 unless said. */
    public record SaleLineRequest(@JsonProperty(required = true) String sku, String serving, Integer quantity,
                                  @JsonProperty(required = true) BigDecimal unitPrice) {
    }

    /**
     * The sale with its defaults filled in (quantity 1, paid by card, occurred now, prices to the
     * cent), or the 422 that says which field is wrong and why.
     */
    SaleRequest checked(Clock clock) {
        if (lines == null) {
            throw ApiProblem.invalidSale("'lines' is required: a sale has at least one line.", "/lines");
        }
        if (lines.isEmpty()) {
            throw ApiProblem.invalidSale("'lines' is empty: a sale has at least one line.", "/lines");
        }
        if (lines.size() > MAX_LINES) {
            throw ApiProblem.invalidSale("A sale has at most " + MAX_LINES + " lines; this one has " + lines.size() + ".", "/lines");
        }
        List<SaleLineRequest> checkedLines = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            checkedLines.add(line(lines.get(i), "/lines/" + i));
        }
        String payment = optionalText(paymentMethod, "paymentMethod", 16);
        if (payment == null) {
            payment = "card";
        } else if (!PAYMENT_METHODS.contains(payment)) {
            throw ApiProblem.invalidSale("'paymentMethod' must be one of card, cash, other.", "/paymentMethod");
        }
        return new SaleRequest(List.copyOf(checkedLines), payment, occurredAt(clock), optionalText(tillRef, "tillRef", 64));
    }

    private static SaleLineRequest line(SaleLineRequest line, String at) {
        if (line == null) {
            throw ApiProblem.invalidSale("Each line must be an object with sku, quantity and unitPrice.", at);
        }
        String sku = line.sku();
        if (sku == null || sku.isBlank()) {
            throw ApiProblem.invalidSale("'sku' is required and must be a string.", at + "/sku");
        }
        if (sku.length() > 32) {
            throw ApiProblem.invalidSale("'sku' is at most 32 characters.", at + "/sku");
        }
        String serving = line.serving();
        if (serving != null && (serving.isBlank() || serving.length() > 32)) {
            throw ApiProblem.invalidSale("'serving' must be a serving name such as \"pint\".", at + "/serving");
        }
        int quantity = line.quantity() == null ? 1 : line.quantity();
        if (quantity <= 0) {
            throw ApiProblem.invalidSale("'quantity' must be at least 1; got " + quantity + ".", at + "/quantity");
        }
        if (quantity > MAX_QUANTITY) {
            throw ApiProblem.invalidSale("'quantity' of " + quantity + " is not believable for one line; at most "
                    + MAX_QUANTITY + ".", at + "/quantity");
        }
        return new SaleLineRequest(sku, serving, quantity, price(line.unitPrice(), at + "/unitPrice"));
    }

    private static BigDecimal price(BigDecimal price, String at) {
        if (price == null) {
            throw ApiProblem.invalidSale("'unitPrice' is required: the VAT-inclusive price of one serving or unit.", at);
        }
        if (price.signum() < 0) {
            throw ApiProblem.invalidSale("'unitPrice' cannot be negative; void the sale instead.", at);
        }
        if (price.compareTo(MAX_UNIT_PRICE) > 0) {
            throw ApiProblem.invalidSale("'unitPrice' of " + price.toPlainString() + " is over the limit of " + MAX_UNIT_PRICE + ".", at);
        }
        if (price.stripTrailingZeros().scale() > 2) {
            throw ApiProblem.invalidSale("'unitPrice' has more than two decimals: " + price.toPlainString() + ".", at);
        }
        return price.setScale(2, RoundingMode.UNNECESSARY);
    }

    private OffsetDateTime occurredAt(Clock clock) {
        Instant now = clock.instant();
        if (occurredAt == null) {
            return now.atOffset(ZoneOffset.UTC);
        }
        Instant at = occurredAt.toInstant();
        if (at.isAfter(now.plus(MAX_CLOCK_AHEAD))) {
            throw ApiProblem.invalidSale("'occurredAt' is in the future; check the till's clock.", "/occurredAt");
        }
        if (at.isBefore(now.minus(MAX_AGE))) {
            throw ApiProblem.invalidSale("'occurredAt' is more than a year ago.", "/occurredAt");
        }
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String optionalText(String text, String field, int maxLength) {
        if (text != null && (text.length() > maxLength || text.chars().anyMatch(Character::isISOControl))) {
            throw ApiProblem.invalidSale("'" + field + "' must be at most " + maxLength + " printable characters.", "/" + field);
        }
        return text;
    }
}
