package io.barback.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.barback.platform.Json;

/**
 * One line of a venue's catalog. Stock is counted in {@code stockUnit} (ml or each); a serving
 * (pint, half, measure, glass) is a number of stock units; a pack (keg, case, bottle) is what a
 * supplier delivers.
 */
public record Product(
        String sku,
        String name,
        String category,
        BigDecimal vatRate,
        String stockUnit,
        @JsonSerialize(using = Json.Quantity.class) BigDecimal packSize,
        String packDescription,
        @JsonSerialize(contentUsing = Json.Quantity.class) Map<String, BigDecimal> servings,
        Map<String, BigDecimal> prices,
        Map<String, String> supplierCodes,
        List<String> aliases,
        @JsonSerialize(using = Json.Quantity.class) BigDecimal reorderLevel,
        boolean active) {

    /** Stock units taken by {@code quantity} of {@code serving} (or of single units when serving is null). */
    public BigDecimal stockUnitsFor(String serving, int quantity) {
        BigDecimal per = serving == null ? BigDecimal.ONE : servings.get(serving);
        return per.multiply(BigDecimal.valueOf(quantity));
    }

    public boolean soldByServing() {
        return !servings.isEmpty();
    }
}
