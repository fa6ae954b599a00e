package io.barback.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.barback.catalog.CatalogRepository;
import io.barback.catalog.Product;
import io.barback.catalog.TillAuth;
import io.barback.catalog.Venue;
import io.barback.catalog.VenueLogins;
import io.barback.finance.DailyFigures;
import io.barback.finance.FinanceApi;
import io.barback.finance.TradingCalendar;
import io.barback.inventory.InventoryApi;
import io.barback.invoices.InvoicesApi;
import io.barback.platform.Decimals;
import io.barback.platform.Json;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.HttpReply;
import org.apache.camel.Exchange;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * What the publican's page at {@code /} reads ({@code /api/v1/dashboard/…}, signed in with the
 * venue's login). The overview is one answer with everything on the first screen, so that the
 * page's poll is a single request; it carries an ETag, and a poll that finds nothing changed gets
 * a 304 with no body. It reads the projections and the invoice list only, like the rest of the
 * read API.
 */
@Component("dashboardApi")
public class DashboardApi {

    static final int DAYS = 30;
    static final int MAX_HISTORY_DAYS = 366;
    static final int RECENT_INVOICES = 25;

    private final TillAuth auth;
    private final CatalogRepository catalog;
    private final FinanceApi finance;
    private final InventoryApi inventory;
    private final InvoicesApi invoices;
    private final MongoCollection<Document> stockDays;

    public DashboardApi(TillAuth auth, CatalogRepository catalog, FinanceApi finance, InventoryApi inventory,
                        InvoicesApi invoices, @Qualifier("readApiDatabase") MongoDatabase db) {
        this.auth = auth;
        this.catalog = catalog;
        this.finance = finance;
        this.inventory = inventory;
        this.invoices = invoices;
        this.stockDays = db.getCollection("inventory_daily");
    }

    /** GET /dashboard/me: who is signed in, for which venue. */
    public void me(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", VenueLogins.currentUser().map(u -> u.getUsername()).orElse(null));
        body.put("venue", venue(venue));
        HttpReply.json(exchange, 200, body);
    }

    /**
     * GET /dashboard/overview: today, the last 30 trading days, the current VAT period, every
     * product's stock with the low ones first, recent invoices and the review queue.
     */
    public void overview(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        LocalDate today = TradingCalendar.tradingDay(Instant.now(), venue.timeZone(), venue.tradingDayCutoff());
        List<DailyFigures> days = finance.days(venue, today.minusDays(DAYS - 1), today);

        List<InventoryApi.StockItem> stock = new ArrayList<>(inventory.items(venue));
        stock.sort(Comparator.comparing((InventoryApi.StockItem i) -> !i.belowReorder()).thenComparing(DashboardApi::cover)
                .thenComparing(InventoryApi.StockItem::name));

        List<InvoicesApi.Invoice> recent = invoices.invoices(venue, null, RECENT_INVOICES);
        List<InvoicesApi.Invoice> review = invoices.invoices(venue, "review", 200);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("venue", venue(venue));
        body.put("tradingDay", today.toString());
        body.put("today", days.get(days.size() - 1));
        body.put("days", days);
        body.put("vat", finance.vatPeriod(venue, null));
        body.put("stock", stock);
        body.put("lowStock", stock.stream().filter(InventoryApi.StockItem::belowReorder).count());
        body.put("invoices", recent);
        body.put("review", review);
        replyWithEtag(exchange, Json.write(body));
    }

    /**
     * GET /dashboard/products/{sku}/history?days=30: one product's stock units sold (net of
     * voids) and delivered per trading day, and where it stands now.
     */
    public void history(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        String sku = exchange.getIn().getHeader("sku", String.class);
        Product product = catalog.product(venue.id(), sku)
                .orElseThrow(() -> ApiProblem.notFound("No product '" + sku + "' at venue " + venue.id() + "."));
        int count = days(exchange.getIn().getHeader("days", String.class));
        LocalDate to = TradingCalendar.tradingDay(Instant.now(), venue.timeZone(), venue.tradingDayCutoff());
        LocalDate from = to.minusDays(count - 1L);
        Map<String, Document> docs = new HashMap<>();
        stockDays.find(Filters.and(Filters.eq("venueId", venue.id()), Filters.eq("sku", sku),
                Filters.gte("date", from.toString()), Filters.lte("date", to.toString())))
                .forEach(d -> docs.put(d.getString("date"), d));
        List<Map<String, Object>> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Document doc = docs.getOrDefault(d.toString(), new Document());
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", d.toString());
            day.put("out", quantity(doc, "out"));
            day.put("in", quantity(doc, "in"));
            days.add(day);
        }
        InventoryApi.StockItem item = inventory.item(venue, product);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", product.sku());
        body.put("name", product.name());
        body.put("stockUnit", product.stockUnit());
        body.put("packSize", plain(product.packSize()));
        body.put("packDescription", product.packDescription());
        body.put("onHand", plain(item.onHand()));
        body.put("reorderLevel", plain(item.reorderLevel()));
        body.put("belowReorder", item.belowReorder());
        body.put("days", days);
        replyWithEtag(exchange, Json.write(body));
    }

    private static Map<String, Object> venue(Venue venue) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", venue.id());
        v.put("name", venue.name());
        v.put("currency", venue.currency());
        v.put("timeZone", venue.timeZone().getId());
        return v;
    }

    /** How many reorder levels of stock there are: the lowest first among equals. */
    private static BigDecimal cover(InventoryApi.StockItem item) {
        BigDecimal level = item.reorderLevel();
        return level == null || level.signum() <= 0 ? item.onHand().max(BigDecimal.ZERO).add(BigDecimal.valueOf(1_000_000))
                : item.onHand().divide(level, 4, RoundingMode.HALF_EVEN);
    }

    private static int days(String text) {
        if (text == null || text.isBlank()) {
            return DAYS;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1 && n <= MAX_HISTORY_DAYS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.invalid("'days' is a whole number from 1 to " + MAX_HISTORY_DAYS + ".", "days");
    }

    private static String quantity(Document doc, String field) {
        Object v = doc.get(field);
        return v == null ? "0" : plain(Decimals.at(doc, field));
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    /** 200 with an ETag, or 304 when the page already has this answer. */
    private static void replyWithEtag(Exchange exchange, String json) {
        String etag = "\"" + sha256(json) + "\"";
        String seen = exchange.getIn().getHeader("If-None-Match", String.class);
        if (seen != null && Arrays.stream(seen.split(",")).map(String::trim)
                .map(s -> s.startsWith("W/") ? s.substring(2) : s).anyMatch(etag::equals)) {
            HttpReply.send(exchange, 304, HttpReply.JSON, "", Map.of("ETag", etag, "Cache-Control", "no-cache"));
            return;
        }
        HttpReply.send(exchange, 200, HttpReply.JSON, json, Map.of("ETag", etag, "Cache-Control", "no-cache"));
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
