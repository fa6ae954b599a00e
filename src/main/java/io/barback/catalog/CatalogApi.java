package io.barback.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.barback.platform.Json;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.HttpReply;
import io.barback.platform.web.HttpRequests;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** GET …/products and PUT …/products/{sku}: the venue's catalog. */
@Component("catalogApi")
public class CatalogApi {

    private static final Set<String> STOCK_UNITS = Set.of("ml", "each");

    private final TillAuth auth;
    private final CatalogRepository catalog;

    public CatalogApi(TillAuth auth, CatalogRepository catalog) {
        this.auth = auth;
        this.catalog = catalog;
    }

    public void list(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        HttpReply.json(exchange, 200, Map.of("items", List.copyOf(catalog.products(venue.id()).values())));
    }

    /**
     * The body of PUT …/products/{sku}. Decimals are JSON numbers or decimal strings; category is
     * "other", reorderLevel 0 and the product active unless said.
     */
    public record ProductRequest(String sku, @JsonProperty(required = true) String name, String category,
                                 @JsonProperty(required = true) BigDecimal vatRate, @JsonProperty(required = true) String stockUnit,
                                 @JsonProperty(required = true) @JsonSerialize(using = Json.Quantity.class) BigDecimal packSize,
                                 String packDescription, @JsonSerialize(contentUsing = Json.Quantity.class) Map<String, BigDecimal> servings,
                                 Map<String, BigDecimal> prices, Map<String, String> supplierCodes, List<String> aliases,
                                 @JsonSerialize(using = Json.Quantity.class) BigDecimal reorderLevel, Boolean active) {
    }

    public void put(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        HttpRequests.requireJson(exchange);
        String sku = exchange.getIn().getHeader("sku", String.class);
        if (sku == null || !sku.matches("[A-Z0-9][A-Z0-9-]{0,31}")) {
            throw ApiProblem.invalid("A sku is 1-32 capital letters, digits and dashes, such as GUINNESS-DRAUGHT.", "sku");
        }
        ProductRequest request = HttpRequests.body(exchange, ProductRequest.class, "the product", ApiProblem::invalid);
        if (request.sku() != null && !sku.equals(request.sku())) {
            throw ApiProblem.invalid("The body's sku '" + request.sku() + "' differs from the path's '" + sku + "'.", "/sku");
        }
        Product product = product(sku, request);
        boolean created = catalog.save(venue.id(), product);
        HttpReply.bound(exchange, created ? 201 : 200, catalog.product(venue.id(), sku).orElseThrow(), Map.of());
    }

    static Product product(String sku, ProductRequest n) {
        String name = text(n.name(), "name", true, 120);
        String category = n.category() != null ? text(n.category(), "category", true, 40) : "other";
        BigDecimal vatRate = decimal(n.vatRate(), "/vatRate");
        if (vatRate.signum() < 0 || vatRate.compareTo(BigDecimal.ONE) >= 0 || vatRate.scale() > 4) {
            throw ApiProblem.invalid("'vatRate' is a fraction such as \"0.23\" (0 to below 1, at most 4 decimals).", "/vatRate");
        }
        String unit = text(n.stockUnit(), "stockUnit", true, 8);
        if (!STOCK_UNITS.contains(unit)) {
            throw ApiProblem.invalid("'stockUnit' must be ml or each.", "/stockUnit");
        }
        BigDecimal packSize = decimal(n.packSize(), "/packSize");
        if (packSize.signum() <= 0) {
            throw ApiProblem.invalid("'packSize' must be above zero (a 50 L keg is 50000 ml).", "/packSize");
        }
        Map<String, BigDecimal> servings = decimals(n.servings(), "servings");
        if ("ml".equals(unit) && servings.isEmpty()) {
            throw ApiProblem.invalid("A product counted in ml needs servings, such as {\"pint\": 568, \"half\": 284}.", "/servings");
        }
        servings.forEach((k, v) -> {
            if (v.compareTo(new BigDecimal("0.1")) < 0) {
                throw ApiProblem.invalid("Serving '" + k + "' must be at least 0.1 " + unit + ".", "/servings/" + HttpRequests.pointerToken(k));
            }
        });
        Map<String, BigDecimal> prices = decimals(n.prices(), "prices");
        prices.forEach((k, v) -> {
            if (v.signum() < 0 || v.scale() > 2 || v.compareTo(new BigDecimal("10000")) > 0) {
                throw ApiProblem.invalid("Price '" + k + "' must be an amount from 0 to 10000 with at most two decimals.",
                        "/prices/" + HttpRequests.pointerToken(k));
            }
        });
        for (String key : prices.keySet()) {
            boolean known = servings.isEmpty() ? "each".equals(key) : servings.containsKey(key);
            if (!known) {
                throw ApiProblem.invalid("Price '" + key + "' is not a way this product is sold: use "
                        + (servings.isEmpty() ? "\"each\"" : servings.keySet().toString()) + ".", "/prices/" + HttpRequests.pointerToken(key));
            }
        }
        Map<String, String> supplierCodes = new LinkedHashMap<>();
        if (n.supplierCodes() != null) {
            n.supplierCodes().forEach((supplier, code) -> {
                if (code == null || code.isBlank()) {
                    throw ApiProblem.invalid("A supplier's product code is a non-empty string.", "/supplierCodes/" + HttpRequests.pointerToken(supplier));
                }
                supplierCodes.put(supplier, code);
            });
        }
        List<String> aliases = new ArrayList<>();
        if (n.aliases() != null) {
            n.aliases().stream().filter(a -> a != null && !a.isBlank()).forEach(aliases::add);
        }
        BigDecimal reorder = n.reorderLevel() != null ? decimal(n.reorderLevel(), "/reorderLevel") : BigDecimal.ZERO;
        if (reorder.signum() < 0) {
            throw ApiProblem.invalid("'reorderLevel' cannot be negative.", "/reorderLevel");
        }
        boolean active = n.active() == null || n.active();
        String packDescription = n.packDescription() != null ? text(n.packDescription(), "packDescription", true, 60)
                : packSize.stripTrailingZeros().toPlainString() + " " + unit;
        return new Product(sku, name, category, vatRate.stripTrailingZeros(), unit, packSize, packDescription, servings,
                prices, supplierCodes, aliases, reorder, active);
    }

    private static String text(String value, String field, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiProblem.invalid("'" + field + "' is required and must be a string.", "/" + field);
            }
            return null;
        }
        if (value.length() > max) {
            throw ApiProblem.invalid("'" + field + "' is at most " + max + " characters.", "/" + field);
        }
        return value;
    }

    /** What the columns hold: at most 9 digits before the point and 3 after. */
    private static final int INTEGER_DIGITS = 9;
    private static final int DECIMALS = 3;

    private static BigDecimal decimal(BigDecimal value, String at) {
        String name = "'" + at.substring(at.lastIndexOf('/') + 1) + "'";
        if (value == null) {
            throw ApiProblem.invalid(name + " is required.", at);
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > DECIMALS || plain.precision() - plain.scale() > INTEGER_DIGITS) {
            throw ApiProblem.invalid(name + " must be a number with at most "
                    + INTEGER_DIGITS + " digits before the point and " + DECIMALS + " after, such as 568 or 35.5.", at);
        }
        return value.scale() > DECIMALS ? value.setScale(DECIMALS, RoundingMode.UNNECESSARY) : value;
    }

    private static Map<String, BigDecimal> decimals(Map<String, BigDecimal> given, String field) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((name, value) -> out.put(name, decimal(value, "/" + field + "/" + HttpRequests.pointerToken(name))));
        }
        return out;
    }
}
