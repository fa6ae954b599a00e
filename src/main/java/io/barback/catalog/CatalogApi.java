package io.barback.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
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

    public void put(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        HttpRequests.requireJson(exchange);
        String sku = exchange.getIn().getHeader("sku", String.class);
        if (sku == null || !sku.matches("[A-Z0-9][A-Z0-9-]{0,31}")) {
            throw ApiProblem.invalid("A sku is 1-32 capital letters, digits and dashes, such as GUINNESS-DRAUGHT.", "sku");
        }
        JsonNode node = HttpRequests.jsonObject(exchange.getIn().getBody(byte[].class), "the product");
        if (node.hasNonNull("sku") && !sku.equals(node.get("sku").asText())) {
            throw ApiProblem.invalid("The body's sku '" + node.get("sku").asText() + "' differs from the path's '" + sku + "'.", "/sku");
        }
        Product product = product(sku, node);
        boolean created = catalog.save(venue.id(), product);
        HttpReply.json(exchange, created ? 201 : 200, catalog.product(venue.id(), sku).orElseThrow());
    }

    static Product product(String sku, JsonNode n) {
        String name = text(n, "name", true, 120);
        String category = n.hasNonNull("category") ? text(n, "category", true, 40) : "other";
        BigDecimal vatRate = decimal(n, "vatRate", true);
        if (vatRate.signum() < 0 || vatRate.compareTo(BigDecimal.ONE) >= 0 || vatRate.scale() > 4) {
            throw ApiProblem.invalid("'vatRate' is a fraction such as \"0.23\" (0 to below 1, at most 4 decimals).", "/vatRate");
        }
        String unit = text(n, "stockUnit", true, 8);
        if (!STOCK_UNITS.contains(unit)) {
            throw ApiProblem.invalid("'stockUnit' must be ml or each.", "/stockUnit");
        }
        BigDecimal packSize = decimal(n, "packSize", true);
        if (packSize.signum() <= 0) {
            throw ApiProblem.invalid("'packSize' must be above zero (a 50 L keg is 50000 ml).", "/packSize");
        }
        Map<String, BigDecimal> servings = decimals(n, "servings", false);
        if ("ml".equals(unit) && servings.isEmpty()) {
            throw ApiProblem.invalid("A product counted in ml needs servings, such as {\"pint\": 568, \"half\": 284}.", "/servings");
        }
        servings.forEach((k, v) -> {
            if (v.compareTo(new BigDecimal("0.1")) < 0) {
                throw ApiProblem.invalid("Serving '" + k + "' must be at least 0.1 " + unit + ".", "/servings/" + k);
            }
        });
        Map<String, BigDecimal> prices = decimals(n, "prices", false);
        prices.forEach((k, v) -> {
            if (v.signum() < 0 || v.scale() > 2 || v.compareTo(new BigDecimal("10000")) > 0) {
                throw ApiProblem.invalid("Price '" + k + "' must be an amount from 0 to 10000 with at most two decimals.", "/prices/" + k);
            }
        });
        for (String key : prices.keySet()) {
            boolean known = servings.isEmpty() ? "each".equals(key) : servings.containsKey(key);
            if (!known) {
                throw ApiProblem.invalid("Price '" + key + "' is not a way this product is sold: use "
                        + (servings.isEmpty() ? "\"each\"" : servings.keySet().toString()) + ".", "/prices/" + key);
            }
        }
        Map<String, String> supplierCodes = new LinkedHashMap<>();
        JsonNode codes = n.get("supplierCodes");
        if (codes != null && !codes.isNull()) {
            if (!codes.isObject()) {
                throw ApiProblem.invalid("'supplierCodes' maps supplier names to their product codes.", "/supplierCodes");
            }
            codes.fields().forEachRemaining(e -> supplierCodes.put(e.getKey(), e.getValue().asText()));
        }
        List<String> aliases = new ArrayList<>();
        JsonNode aliasNode = n.get("aliases");
        if (aliasNode != null && aliasNode.isArray()) {
            aliasNode.forEach(a -> aliases.add(a.asText()));
        }
        BigDecimal reorder = n.hasNonNull("reorderLevel") ? decimal(n, "reorderLevel", true) : BigDecimal.ZERO;
        if (reorder.signum() < 0) {
            throw ApiProblem.invalid("'reorderLevel' cannot be negative.", "/reorderLevel");
        }
        boolean active = !n.hasNonNull("active") || n.get("active").asBoolean(true);
        String packDescription = n.hasNonNull("packDescription") ? text(n, "packDescription", true, 60)
                : packSize.stripTrailingZeros().toPlainString() + " " + unit;
        return new Product(sku, name, category, vatRate.stripTrailingZeros(), unit, packSize, packDescription, servings,
                prices, supplierCodes, aliases, reorder, active);
    }

    private static String text(JsonNode n, String field, boolean required, int max) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
            if (required) {
                throw ApiProblem.invalid("'" + field + "' is required and must be a string.", "/" + field);
            }
            return null;
        }
        if (v.asText().length() > max) {
            throw ApiProblem.invalid("'" + field + "' is at most " + max + " characters.", "/" + field);
        }
        return v.asText();
    }

    /** Plain decimals only: no exponent, at most 9 integer digits and 3 decimals (what the columns hold). */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,9}(\\.\\d{1,3})?");

    private static BigDecimal decimal(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiProblem.invalid("'" + field + "' is required.", "/" + field);
            }
            return null;
        }
        String text = v.isNumber() ? v.decimalValue().toString() : v.asText().trim();
        if (!(v.isNumber() || v.isTextual()) || !PLAIN_DECIMAL.matcher(text).matches()) {
            throw ApiProblem.invalid("'" + field + "' must be a number with at most 9 digits before the point and 3 after, such as 568 or 35.5.",
                    "/" + field);
        }
        return new BigDecimal(text);
    }

    private static Map<String, BigDecimal> decimals(JsonNode n, String field, boolean required) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            throw ApiProblem.invalid("'" + field + "' must be an object of names to numbers.", "/" + field);
        }
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                out.put(e.getKey(), decimal(v, e.getKey(), true));
            } catch (ApiProblem p) {
                throw ApiProblem.invalid(p.detail(), "/" + field + "/" + e.getKey());
            }
        }
        return out;
    }

}
