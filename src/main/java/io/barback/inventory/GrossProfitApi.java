package io.barback.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
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
 * GET …/finance/gross-profit?from=&to= (trading days): net sales, cost of sales and gross profit
 * per day, per product and per category. A product's cost of sales on a day is the stock units it
 * sold that day (net of voids) × the cost in force that day: the average cost per stock unit of
 * every delivery placed before the trading day ended. A product with no delivery yet has no cost:
 * it says so ({@code costKnown: false}), and its takings are kept out of the gross profit and its
 * percentage (shown apart as {@code netSalesWithoutCost}), never costed at zero.
 */
@Component("grossProfitApi")
public class GrossProfitApi {

    private final TillAuth auth;
    private final CatalogRepository catalog;
    private final MongoCollection<Document> daily;
    private final MongoCollection<Document> inventory;

    public GrossProfitApi(TillAuth auth, CatalogRepository catalog, @Qualifier("readApiDatabase") MongoDatabase db) {
        this.auth = auth;
        this.catalog = catalog;
        this.daily = db.getCollection(InventoryProjection.DAILY);
        this.inventory = db.getCollection(InventoryProjection.NAME);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figures(BigDecimal netSales, BigDecimal costOfSales, BigDecimal grossProfit, BigDecimal gpPercent,
                          boolean costKnown, BigDecimal netSalesWithoutCost) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Day(LocalDate date, BigDecimal netSales, BigDecimal costOfSales, BigDecimal grossProfit,
                      BigDecimal gpPercent, boolean costKnown, BigDecimal netSalesWithoutCost) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProductLine(String sku, String name, String category, String stockUnit,
                              @JsonSerialize(using = Json.Quantity.class) BigDecimal unitsSold, BigDecimal netSales,
                              BigDecimal costOfSales, BigDecimal grossProfit, BigDecimal gpPercent, boolean costKnown) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Category(String category, BigDecimal netSales, BigDecimal costOfSales, BigDecimal grossProfit,
                           BigDecimal gpPercent, boolean costKnown, BigDecimal netSalesWithoutCost) {
    }

    public record Report(LocalDate from, LocalDate to, List<Day> days, List<ProductLine> products, List<Category> categories,
                         Figures totals) {
    }

    public void report(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        DateRange range = DateRange.of(exchange, TradingCalendar.tradingDay(Instant.now(), venue.timeZone(), venue.tradingDayCutoff()));
        LocalDate from = range.from();
        LocalDate to = range.to();
        HttpReply.json(exchange, 200, report(venue, from, to));
    }

    /** Net sales and cost of sales summed, costed and not costed apart. */
    private static final class Sum {
        BigDecimal units = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        BigDecimal costedNet = BigDecimal.ZERO.setScale(2);
        BigDecimal cost = BigDecimal.ZERO.setScale(2);
        BigDecimal uncostedNet = BigDecimal.ZERO.setScale(2);

        void add(BigDecimal units, BigDecimal net, BigDecimal cost) {
            this.units = this.units.add(units);
            this.net = this.net.add(net);
            if (cost == null) {
                uncostedNet = uncostedNet.add(net);
            } else {
                costedNet = costedNet.add(net);
                this.cost = this.cost.add(cost);
            }
        }

        boolean costKnown() {
            return uncostedNet.signum() == 0;
        }

        /** Nothing sold had a cost: no cost of sales nor profit to show, rather than zeros. */
        boolean nothingCosted() {
            return costedNet.signum() == 0 && cost.signum() == 0 && uncostedNet.signum() != 0;
        }

        BigDecimal costOfSales() {
            return nothingCosted() ? null : cost;
        }

        BigDecimal profit() {
            return nothingCosted() ? null : costedNet.subtract(cost);
        }

        BigDecimal percent() {
            return costedNet.signum() == 0 ? null : profit().multiply(BigDecimal.valueOf(100)).divide(costedNet, 2, RoundingMode.HALF_UP);
        }

        BigDecimal withoutCost() {
            return costKnown() ? null : uncostedNet;
        }
    }

    public Report report(Venue venue, LocalDate from, LocalDate to) {
        Map<String, List<Document>> costs = new HashMap<>();
        inventory.find(Filters.eq("venueId", venue.id())).forEach(d -> costs.put(d.getString("sku"), Costs.of(d)));
        Map<String, Product> products = catalog.products(venue.id());
        TreeMap<LocalDate, Sum> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new Sum());
        }
        Map<String, Sum> bySku = new LinkedHashMap<>();
        Map<String, Sum> byCategory = new TreeMap<>();
        Sum total = new Sum();
        daily.find(Filters.and(Filters.eq("venueId", venue.id()), Filters.gte("date", from.toString()),
                Filters.lte("date", to.toString()))).forEach(doc -> {
            BigDecimal units = Decimals.at(doc, "out");
            BigDecimal net = Decimals.money(doc, "net");
            if (units.signum() == 0 && net.signum() == 0) {
                return;
            }
            String sku = doc.getString("sku");
            LocalDate date = LocalDate.parse(doc.getString("date"));
            // the trading day ends at the next day's cut-off, where the pub is
            Instant end = date.plusDays(1).atTime(venue.tradingDayCutoff()).atZone(venue.timeZone()).toInstant();
            BigDecimal unitCost = Costs.before(costs.getOrDefault(sku, List.of()), end);
            BigDecimal cost = unitCost == null ? null : units.multiply(unitCost).setScale(2, RoundingMode.HALF_UP);
            Product p = products.get(sku);
            days.get(date).add(units, net, cost);
            bySku.computeIfAbsent(sku, k -> new Sum()).add(units, net, cost);
            byCategory.computeIfAbsent(p == null ? "unknown" : p.category(), k -> new Sum()).add(units, net, cost);
            total.add(units, net, cost);
        });
        List<Day> dayLines = new ArrayList<>();
        days.forEach((date, s) -> dayLines.add(new Day(date, s.net, s.costOfSales(), s.profit(), s.percent(), s.costKnown(),
                s.withoutCost())));
        List<ProductLine> productLines = new ArrayList<>();
        bySku.forEach((sku, s) -> {
            Product p = products.get(sku);
            boolean known = s.costKnown();
            productLines.add(new ProductLine(sku, p == null ? sku : p.name(), p == null ? null : p.category(),
                    p == null ? null : p.stockUnit(), s.units, s.net, known ? s.cost : null, known ? s.costedNet.subtract(s.cost) : null,
                    known ? s.percent() : null, known));
        });
        productLines.sort(Comparator.comparing(ProductLine::netSales).reversed());
        List<Category> categories = new ArrayList<>();
        byCategory.forEach((c, s) -> categories.add(new Category(c, s.net, s.costOfSales(), s.profit(), s.percent(),
                s.costKnown(), s.withoutCost())));
        return new Report(from, to, dayLines, productLines, categories, new Figures(total.net, total.costOfSales(),
                total.profit(), total.percent(), total.costKnown(), total.withoutCost()));
    }
}
