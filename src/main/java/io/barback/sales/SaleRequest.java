package io.barback.sales;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.HttpRequests;

/**
 * A till's sale request, read and checked field by field before anything is priced or stored.
 * Every refusal names the field as a JSON pointer and says why.
 */
public record SaleRequest(@JsonProperty(required = true) List<SaleLineRequest> lines, String paymentMethod, Instant occurredAt, String tillRef) {

    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 500;
    static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("10000.00");
    static final Set<String> PAYMENT_METHODS = Set.of("card", "cash", "other");
    static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(10);
    static final Duration MAX_AGE = Duration.ofDays(366);
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,7}(\\.\\d{1,2})?");

    /** One line as the till sends it; {@code serving} is required for a product sold in servings. */
    public record SaleLineRequest(@JsonProperty(required = true) String sku, String serving,
                                  @JsonProperty(required = true) int quantity,
                                  @JsonProperty(required = true) BigDecimal unitPrice) {
    }

    static SaleRequest parse(byte[] body, Clock clock) {
        return of(HttpRequests.jsonObject(body, "a sale with a 'lines' array"), clock);
    }

    static SaleRequest of(JsonNode root, Clock clock) {
        JsonNode linesNode = root.get("lines");
        if (linesNode == null || linesNode.isNull()) {
            throw ApiProblem.invalidSale("'lines' is required: a sale has at least one line.", "/lines");
        }
        if (!linesNode.isArray()) {
            throw ApiProblem.invalidSale("'lines' must be an array of lines.", "/lines");
        }
        if (linesNode.isEmpty()) {
            throw ApiProblem.invalidSale("'lines' is empty: a sale has at least one line.", "/lines");
        }
        if (linesNode.size() > MAX_LINES) {
            throw ApiProblem.invalidSale("A sale has at most " + MAX_LINES + " lines; this one has " + linesNode.size() + ".", "/lines");
        }
        List<SaleLineRequest> lines = new ArrayList<>();
        for (int i = 0; i < linesNode.size(); i++) {
            lines.add(line(linesNode.get(i), "/lines/" + i));
        }
        String payment = optionalText(root, "paymentMethod", 16);
        if (payment == null) {
            payment = "card";
        } else if (!PAYMENT_METHODS.contains(payment)) {
            throw ApiProblem.invalidSale("'paymentMethod' must be one of card, cash, other.", "/paymentMethod");
        }
        Instant occurredAt = occurredAt(root, clock);
        String tillRef = optionalText(root, "tillRef", 64);
        return new SaleRequest(List.copyOf(lines), payment, occurredAt, tillRef);
    }

    private static SaleLineRequest line(JsonNode node, String at) {
        if (!node.isObject()) {
            throw ApiProblem.invalidSale("Each line must be an object with sku, quantity and unitPrice.", at);
        }
        JsonNode sku = node.get("sku");
        if (sku == null || !sku.isTextual() || sku.asText().isBlank()) {
            throw ApiProblem.invalidSale("'sku' is required and must be a string.", at + "/sku");
        }
        if (sku.asText().length() > 32) {
            throw ApiProblem.invalidSale("'sku' is at most 32 characters.", at + "/sku");
        }
        String serving = null;
        JsonNode servingNode = node.get("serving");
        if (servingNode != null && !servingNode.isNull()) {
            if (!servingNode.isTextual() || servingNode.asText().isBlank() || servingNode.asText().length() > 32) {
                throw ApiProblem.invalidSale("'serving' must be a serving name such as \"pint\".", at + "/serving");
            }
            serving = servingNode.asText();
        }
        JsonNode q = node.get("quantity");
        int quantity;
        if (q == null || q.isNull()) {
            quantity = 1;
        } else if (!q.isIntegralNumber() && !(q.isBigDecimal() && isWhole(q.decimalValue()))) {
            throw ApiProblem.invalidSale("'quantity' must be a whole number of servings or units.", at + "/quantity");
        } else {
            BigDecimal value = q.decimalValue();
            if (value.signum() <= 0) {
                throw ApiProblem.invalidSale("'quantity' must be at least 1; got " + value.toPlainString() + ".", at + "/quantity");
            }
            if (value.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
                throw ApiProblem.invalidSale("'quantity' of " + value.toPlainString() + " is not believable for one line; at most "
                        + MAX_QUANTITY + ".", at + "/quantity");
            }
            quantity = value.intValueExact();
        }
        return new SaleLineRequest(sku.asText(), serving, quantity, price(node.get("unitPrice"), at + "/unitPrice"));
    }

    private static BigDecimal price(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            throw ApiProblem.invalidSale("'unitPrice' is required: the VAT-inclusive price of one serving or unit.", at);
        }
        BigDecimal price;
        if (node.isTextual()) {
            String text = node.asText().trim();
            if (!AMOUNT.matcher(text).matches()) {
                throw ApiProblem.invalidSale("'unitPrice' must be a decimal amount such as \"5.90\"; got \"" + shorten(text) + "\".", at);
            }
            price = new BigDecimal(text);
        } else if (node.isNumber()) {
            price = node.decimalValue();
        } else {
            throw ApiProblem.invalidSale("'unitPrice' must be a decimal amount such as \"5.90\".", at);
        }
        if (price.signum() < 0) {
            throw ApiProblem.invalidSale("'unitPrice' cannot be negative; void the sale instead.", at);
        }
        if (price.stripTrailingZeros().scale() > 2) {
            throw ApiProblem.invalidSale("'unitPrice' has more than two decimals: " + price.toPlainString() + ".", at);
        }
        if (price.compareTo(MAX_UNIT_PRICE) > 0) {
            throw ApiProblem.invalidSale("'unitPrice' of " + price.toPlainString() + " is over the limit of " + MAX_UNIT_PRICE + ".", at);
        }
        return price.setScale(2);
    }

    private static Instant occurredAt(JsonNode root, Clock clock) {
        Instant now = clock.instant();
        String text = optionalText(root, "occurredAt", 40);
        if (text == null) {
            return now;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidSale("'occurredAt' must be an ISO-8601 time with an offset, such as 2026-11-21T21:30:00Z.", "/occurredAt");
        }
        if (at.isAfter(now.plus(MAX_CLOCK_AHEAD))) {
            throw ApiProblem.invalidSale("'occurredAt' is in the future; check the till's clock.", "/occurredAt");
        }
        if (at.isBefore(now.minus(MAX_AGE))) {
            throw ApiProblem.invalidSale("'occurredAt' is more than a year ago.", "/occurredAt");
        }
        return at;
    }

    private static String optionalText(JsonNode root, String field, int maxLength) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiProblem.invalidSale("'" + field + "' must be a string.", "/" + field);
        }
        String text = node.asText();
        if (text.length() > maxLength || text.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.invalidSale("'" + field + "' must be at most " + maxLength + " printable characters.", "/" + field);
        }
        return text;
    }

    private static boolean isWhole(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0;
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
