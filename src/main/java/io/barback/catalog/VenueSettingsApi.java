package io.barback.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.HttpReply;
import io.barback.platform.web.HttpRequests;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * GET and PUT …/settings: what the publican sets for the venue. PUT replaces the settings whole;
 * a field left out goes back to its default. Answers the settings in force.
 * <pre>{"varianceAllowancePercent": {"draught": "2.5"}, "priceChangePercent": "3"}</pre>
 */
@Component("venueSettingsApi")
public class VenueSettingsApi {

    /** Past this, an "allowance" is no longer a tolerance for line cleaning and spillage. */
    private static final BigDecimal MAX_ALLOWANCE = new BigDecimal("25");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Set<String> FIELDS = Set.of("varianceAllowancePercent", "priceChangePercent");

    private final TillAuth auth;
    private final CatalogRepository catalog;
    private final BigDecimal defaultPriceChangePercent;

    public VenueSettingsApi(TillAuth auth, CatalogRepository catalog, StockSettings stock) {
        this.auth = auth;
        this.catalog = catalog;
        this.defaultPriceChangePercent = stock.priceChangeThreshold().movePointRight(2).stripTrailingZeros();
    }

    /**
     * @param priceChangePercentIsDefault true when the venue has not set its own threshold
     * @param categories                  the venue's product categories, the keys an allowance may have
     */
    public record Answer(Map<String, String> varianceAllowancePercent, String priceChangePercent,
                         boolean priceChangePercentIsDefault, Set<String> categories) {
    }

    public void get(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        HttpReply.json(exchange, 200, answer(venue.id(), venue.settings()));
    }

    /**
     * The body of PUT …/settings; a field left out goes back to its default. A field of another
     * name is refused rather than ignored: a misspelt setting would otherwise silently reset it.
     */
    public record SettingsRequest(Map<String, BigDecimal> varianceAllowancePercent, BigDecimal priceChangePercent,
                                  @JsonAnySetter @Schema(hidden = true) Map<String, Object> others) {
    }

    public void put(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        VenueSettings settings = parse(HttpRequests.body(exchange, SettingsRequest.class,
                "the settings, such as {\"varianceAllowancePercent\": {\"draught\": \"2.5\"}, \"priceChangePercent\": \"3\"}",
                ApiProblem::invalid), categories(venue.id()));
        catalog.save(venue.id(), settings);
        HttpReply.json(exchange, 200, answer(venue.id(), settings));
    }

    static VenueSettings parse(SettingsRequest body, Set<String> categories) {
        if (body.others() != null) {
            body.others().keySet().stream().sorted().findFirst().ifPresent(name -> {
                throw ApiProblem.invalid("Unknown setting '" + name + "': the settings are " + new TreeSet<>(FIELDS) + ".",
                        "/" + HttpRequests.pointerToken(name));
            });
        }
        Map<String, BigDecimal> allowances = new TreeMap<>();
        Map<String, BigDecimal> given = body.varianceAllowancePercent();
        if (given != null) {
            given.entrySet().forEach(e -> {
                String field = "/varianceAllowancePercent/" + HttpRequests.pointerToken(e.getKey());
                if (!categories.contains(e.getKey())) {
                    throw ApiProblem.invalid("No product of this venue is in category '" + e.getKey() + "': the categories are "
                            + categories + ".", field);
                }
                BigDecimal percent = percent(e.getValue(), field);
                if (percent.signum() < 0 || percent.compareTo(MAX_ALLOWANCE) > 0) {
                    throw ApiProblem.invalid("An allowance is a percent of usage from 0 to " + MAX_ALLOWANCE
                            + " (draught line cleaning is typically 2 to 3); got " + percent.toPlainString() + ".", field);
                }
                allowances.put(e.getKey(), percent);
            });
        }
        BigDecimal priceChange = null;
        BigDecimal threshold = body.priceChangePercent();
        if (threshold != null) {
            priceChange = percent(threshold, "/priceChangePercent");
            if (priceChange.signum() <= 0 || priceChange.compareTo(HUNDRED) > 0) {
                throw ApiProblem.invalid("'priceChangePercent' is above 0 and at most 100; got " + priceChange.toPlainString()
                        + ".", "/priceChangePercent");
            }
        }
        return new VenueSettings(allowances, priceChange);
    }

    /** A percent (a decimal string or a JSON number: the binding reads both), at most two decimals. */
    private static BigDecimal percent(BigDecimal value, String field) {
        if (value == null || value.stripTrailingZeros().scale() > 2) {
            throw ApiProblem.invalid("A percent is a number with at most two decimals, such as \"2.5\"; got "
                    + (value == null ? "null" : value.toPlainString()) + ".", field);
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    private Answer answer(String venueId, VenueSettings settings) {
        Map<String, String> allowances = new TreeMap<>();
        settings.varianceAllowancePercent().forEach((k, v) -> allowances.put(k, v.toPlainString()));
        BigDecimal threshold = settings.priceChangePercent();
        return new Answer(allowances, (threshold == null ? defaultPriceChangePercent : threshold.stripTrailingZeros()).toPlainString(),
                threshold == null, categories(venueId));
    }

    private Set<String> categories(String venueId) {
        return catalog.products(venueId).values().stream().map(Product::category).collect(Collectors.toCollection(TreeSet::new));
    }
}
