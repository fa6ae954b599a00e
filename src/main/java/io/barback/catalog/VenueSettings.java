package io.barback.catalog;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the publican sets for a venue.
 *
 * @param varianceAllowancePercent category → the share of its usage (sold + wasted) that may go
 *                                 missing before a loss counts as unexplained, in percent
 * @param priceChangePercent       how far a delivered cost may move before an alert, in percent;
 *                                 null for the deployment's default
 */
public record VenueSettings(Map<String, BigDecimal> varianceAllowancePercent, BigDecimal priceChangePercent) {

    public VenueSettings {
        varianceAllowancePercent = Map.copyOf(varianceAllowancePercent);
    }

    /** The allowance for a category, zero when none is set. */
    public BigDecimal allowancePercent(String category) {
        return category == null ? BigDecimal.ZERO : varianceAllowancePercent.getOrDefault(category, BigDecimal.ZERO);
    }
}
