package io.barback.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.barback.catalog.CatalogRepository;
import io.barback.catalog.Product;
import io.barback.catalog.TillAuth;
import io.barback.catalog.Venue;
import io.barback.finance.DateRange;
import io.barback.finance.TradingCalendar;
import io.barback.platform.Decimals;
import io.barback.platform.Json;
import io.barback.platform.web.HttpReply;
import org.apache.camel.Exchange;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * GET …/variance?from=&to= (trading days): per product, between two of its counts, what the stock
 * should have been and what was found. The closing count is the product's last count in the
 * range; the opening one its first count in the range, or, when it was counted only once in the
 * range, its last count before it. Delivered, sold and wasted are what moved between the two,
 * each movement placed at its own moment; expected = opening + delivered − sold − wasted; variance
 * = counted − expected (negative: stock gone). The venue's allowance for the product's category
 * (…/settings, a percent of sold + wasted) covers a loss up to that share: that part is "allowed",
 * the rest, and any surplus, "unexplained". Worst first by unexplained loss at retail, with totals.
 * A product counted once, ever, has only its opening stock: it is listed apart.
 */
@Component("varianceApi")
public class VarianceApi {

    private final TillAuth auth;
    private final CatalogRepository catalog;
    private final MongoCollection<Document> counts;
    private final MongoCollection<Document> inventory;

    public VarianceApi(TillAuth auth, CatalogRepository catalog, @Qualifier("readApiDatabase") MongoDatabase db) {
        this.auth = auth;
        this.catalog = catalog;
        this.counts = db.getCollection(InventoryProjection.COUNTS);
        this.inventory = db.getCollection(InventoryProjection.NAME);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String sku, String name, String category, String stockUnit, Instant openingCountedAt,
                       Instant closingCountedAt,
                       @JsonSerialize(using = Json.Quantity.class) BigDecimal opening,
                       @JsonSerialize(using = Json.Quantity.class) BigDecimal delivered,
                       @JsonSerialize(using = Json.Quantity.class) BigDecimal sold,
                       @JsonSerialize(using = Json.Quantity.class) BigDecimal wasted,
                       @JsonSerialize(using = Json.Quantity.class) BigDecimal expected,
                       @JsonSerialize(using = Json.Quantity.class) BigDecimal counted,
                       @JsonSerialize(using = Json.Quantity.class) BigDecimal variance,
                       String serving,
                       @JsonSerialize(using = Json.Quantity.class) BigDecimal varianceServings,
                       BigDecimal variancePercent, boolean costKnown, BigDecimal varianceCost, BigDecimal varianceRetail,
                       BigDecimal allowancePercent,
                       @JsonSerialize(using = Json.Quantity.class) BigDecimal allowed,
                       @JsonSerialize(using = Json.Quantity.class) BigDecimal unexplained,
                       BigDecimal allowedCost, BigDecimal unexplainedCost, BigDecimal allowedRetail, BigDecimal unexplainedRetail,
                       BigDecimal wastedCost) {
    }

    /**
     * Sums over the listed products. Cost totals leave out the products without a cost (counted in
     * productsWithoutCost); retail totals the products without a price.
     */
    public record Totals(int products, BigDecimal varianceCost, int productsWithoutCost, BigDecimal varianceRetail,
                         BigDecimal allowedCost, BigDecimal unexplainedCost, BigDecimal allowedRetail,
                         BigDecimal unexplainedRetail, BigDecimal wastedCost) {
    }

    public record Report(LocalDate from, LocalDate to, List<Line> products, Totals totals, List<String> openingOnly) {
    }

    public void report(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        DateRange range = DateRange.of(exchange, TradingCalendar.tradingDay(Instant.now(), venue.timeZone(), venue.tradingDayCutoff()));
        LocalDate from = range.from();
        LocalDate to = range.to();
        HttpReply.json(exchange, 200, report(venue, from, to));
    }

    public Report report(Venue venue, LocalDate from, LocalDate to) {
        // every count up to the end of the range, oldest first: the ones before it may open it
        Map<String, List<Document>> bySku = new LinkedHashMap<>();
        counts.find(Filters.and(Filters.eq("venueId", venue.id()), Filters.lte("tradingDay", to.toString())))
                .sort(Sorts.ascending("countedAt"))
                .forEach(d -> bySku.computeIfAbsent(d.getString("sku"), k -> new ArrayList<>()).add(d));
        Map<String, Document> stock = new LinkedHashMap<>();
        inventory.find(Filters.eq("venueId", venue.id())).forEach(d -> stock.put(d.getString("sku"), d));
        Map<String, Product> products = catalog.products(venue.id());
        List<Line> lines = new ArrayList<>();
        List<String> openingOnly = new ArrayList<>();
        bySku.forEach((sku, all) -> {
            List<Document> inRange = all.stream().filter(d -> d.getString("tradingDay").compareTo(from.toString()) >= 0).toList();
            if (inRange.isEmpty()) {
                return;
            }
            Document closing = inRange.get(inRange.size() - 1);
            int closingAt = all.indexOf(closing);
            int openingAt = inRange.size() >= 2 ? all.indexOf(inRange.get(0)) : closingAt - 1;
            if (openingAt < 0) {
                openingOnly.add(sku);
                return;
            }
            Product p = products.get(sku);
            lines.add(line(p, stock.get(sku), all.get(openingAt), all.subList(openingAt + 1, closingAt + 1),
                    venue.settings().allowancePercent(p == null ? null : p.category())));
        });
        // worst first: the unexplained loss at retail, then the whole variance
        lines.sort(Comparator.comparing(Line::unexplainedRetail, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Line::varianceRetail, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Line::variance));
        BigDecimal[] sums = new BigDecimal[7];
        Arrays.fill(sums, BigDecimal.ZERO.setScale(2));
        int withoutCost = 0;
        for (Line l : lines) {
            if (l.varianceCost() != null) {
                sums[0] = sums[0].add(l.varianceCost());
                sums[1] = sums[1].add(l.allowedCost());
                sums[2] = sums[2].add(l.unexplainedCost());
                sums[6] = sums[6].add(l.wastedCost());
            } else {
                withoutCost++;
            }
            if (l.varianceRetail() != null) {
                sums[3] = sums[3].add(l.varianceRetail());
                sums[4] = sums[4].add(l.allowedRetail());
                sums[5] = sums[5].add(l.unexplainedRetail());
            }
        }
        return new Report(from, to, lines, new Totals(lines.size(), sums[0], withoutCost, sums[3], sums[1], sums[2],
                sums[4], sums[5], sums[6]), openingOnly);
    }

    /** From the opening count through each later count up to the closing one. */
    private static Line line(Product p, Document stock, Document opening, List<Document> later, BigDecimal allowancePercent) {
        BigDecimal delivered = BigDecimal.ZERO;
        BigDecimal sold = BigDecimal.ZERO;
        BigDecimal wasted = BigDecimal.ZERO;
        for (Document d : later) {
            delivered = delivered.add(Decimals.at(d, "delivered"));
            sold = sold.add(Decimals.at(d, "sold"));
            wasted = wasted.add(Decimals.at(d, "wasted"));
        }
        Document closing = later.get(later.size() - 1);
        BigDecimal open = Decimals.at(opening, "counted");
        BigDecimal expected = open.add(delivered).subtract(sold).subtract(wasted);
        BigDecimal counted = Decimals.at(closing, "counted");
        BigDecimal variance = counted.subtract(expected);
        BigDecimal used = sold.add(wasted);
        BigDecimal percent = used.signum() > 0 ? variance.multiply(BigDecimal.valueOf(100)).divide(used, 2, RoundingMode.HALF_UP) : null;
        String serving = null;
        BigDecimal inServings = null;
        BigDecimal retail = null;
        if (p != null) {
            Map.Entry<String, BigDecimal> s = StockApi.varianceServing(p);
            if (s != null) {
                serving = s.getKey();
                inServings = variance.divide(s.getValue(), 2, RoundingMode.HALF_UP);
                BigDecimal price = p.prices().get(s.getKey());
                retail = price == null ? null : variance.multiply(price).divide(s.getValue(), 2, RoundingMode.HALF_UP);
            } else if (p.prices().size() == 1) {
                // sold by the unit: the one price is per stock unit
                retail = variance.multiply(p.prices().values().iterator().next()).setScale(2, RoundingMode.HALF_UP);
            }
        }
        // the allowance covers a loss up to its share of what was used; the rest, and any surplus, is unexplained
        BigDecimal allowance = used.max(BigDecimal.ZERO).multiply(allowancePercent).movePointLeft(2);
        BigDecimal allowed = variance.signum() < 0 ? variance.negate().min(allowance) : BigDecimal.ZERO;
        BigDecimal unexplained = variance.add(allowed);
        BigDecimal unitCost = unitCost(stock);
        BigDecimal cost = unitCost == null ? null : variance.multiply(unitCost).setScale(2, RoundingMode.HALF_UP);
        BigDecimal allowedCost = cost == null ? null : allowed.negate().multiply(unitCost).setScale(2, RoundingMode.HALF_UP);
        BigDecimal allowedRetail = retail == null ? null
                : variance.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : retail.multiply(allowed.negate()).divide(variance, 2, RoundingMode.HALF_UP);
        return new Line(opening.getString("sku"), closing.getString("name"), p == null ? null : p.category(),
                closing.getString("stockUnit"), opening.getDate("countedAt").toInstant(), closing.getDate("countedAt").toInstant(),
                open, delivered, sold, wasted, expected, counted, variance, serving, inServings, percent, unitCost != null,
                cost, retail, allowancePercent, allowed, unexplained, allowedCost,
                cost == null ? null : cost.subtract(allowedCost), allowedRetail, retail == null ? null : retail.subtract(allowedRetail),
                unitCost == null ? null : wasted.multiply(unitCost).setScale(2, RoundingMode.HALF_UP));
    }

    /** The average cost per stock unit of what was delivered (net of credit notes); null before any delivery. */
    static BigDecimal unitCost(Document stock) {
        if (stock == null) {
            return null;
        }
        BigDecimal units = Decimals.at(stock, "cost.units");
        BigDecimal value = Decimals.at(stock, "cost.value");
        return units.signum() > 0 && value.signum() >= 0 ? value.divide(units, 6, RoundingMode.HALF_UP) : null;
    }
}
