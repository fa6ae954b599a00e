package io.barback.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.barback.catalog.TillAuth;
import io.barback.catalog.Venue;
import io.barback.platform.Decimals;
import io.barback.platform.Totals;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.HttpReply;
import org.apache.camel.Exchange;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** GET …/finance/daily, …/finance/vat and …/finance/suppliers, read from the finance projections. */
@Component("financeApi")
public class FinanceApi {

    private final TillAuth auth;
    private final MongoCollection<Document> daily;
    private final MongoCollection<Document> vatPeriods;
    private final MongoCollection<Document> suppliers;

    public FinanceApi(TillAuth auth, @Qualifier("readApiDatabase") MongoDatabase db) {
        this.auth = auth;
        this.daily = db.getCollection("finance_daily");
        this.vatPeriods = db.getCollection("vat_periods");
        this.suppliers = db.getCollection("supplier_spend");
    }

    /** Spend per supplier (invoices less credit notes), largest first: {"suppliers": [...]}. */
    public void suppliers(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        List<Map<String, Object>> out = new ArrayList<>();
        suppliers.find(Filters.eq("venueId", venue.id())).forEach(doc -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", doc.getString("name"));
            s.put("invoices", doc.get("invoices") instanceof Number n ? n.longValue() : 0L);
            s.put("net", Decimals.money(doc, "net"));
            s.put("vat", Decimals.money(doc, "vat"));
            s.put("gross", Decimals.money(doc, "gross"));
            s.put("lastInvoiceDate", doc.getString("lastInvoiceDate"));
            out.add(s);
        });
        out.sort((a, b) -> ((BigDecimal) b.get("gross")).compareTo((BigDecimal) a.get("gross")));
        HttpReply.json(exchange, 200, Map.of("suppliers", out));
    }

    /** ?from=&to= (trading days, inclusive); by default the last 30 trading days up to today. Days without trade are zeros. */
    public void daily(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        DateRange range = DateRange.of(exchange, TradingCalendar.tradingDay(Instant.now(), venue.timeZone(), venue.tradingDayCutoff()));
        HttpReply.json(exchange, 200, new DailyFigures.DailyFiguresList(days(venue, range.from(), range.to())));
    }

    /** Each trading day from {@code from} to {@code to}, inclusive; days without trade are zeros. */
    public List<DailyFigures> days(Venue venue, LocalDate from, LocalDate to) {
        Map<String, Document> docs = new HashMap<>();
        daily.find(Filters.and(Filters.eq("venueId", venue.id()), Filters.gte("date", from.toString()),
                Filters.lte("date", to.toString()))).forEach(d -> docs.put(d.getString("date"), d));
        List<DailyFigures> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(day(d, docs.getOrDefault(d.toString(), new Document())));
        }
        return days;
    }

    /** ?period=2026-11/2026-12 (or any month or date in it); by default the current period. */
    public void vat(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        String requested = exchange.getIn().getHeader("period", String.class);
        String period;
        try {
            period = requested == null || requested.isBlank()
                    ? TradingCalendar.vatPeriod(LocalDate.now(venue.timeZone()), venue.vatPeriodMonths())
                    : TradingCalendar.normalisePeriod(requested.trim(), venue.vatPeriodMonths());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("'period' must look like 2026-11/2026-12, 2026-11 or 2026-11-21.", "period");
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(e.getMessage(), "period");
        }
        Map<String, Object> body = vatPeriod(venue, period);
        HttpReply.json(exchange, 200, body);
    }

    /** The current VAT period's figures when {@code period} is null. */
    public Map<String, Object> vatPeriod(Venue venue, String period) {
        if (period == null) {
            period = TradingCalendar.vatPeriod(LocalDate.now(venue.timeZone()), venue.vatPeriodMonths());
        }
        Document doc = vatPeriods.find(Filters.eq("_id", venue.id() + "|" + period)).first();
        doc = doc == null ? new Document() : doc;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", period);
        body.put("vatOnSales", Decimals.money(doc, "vatOnSales"));
        body.put("vatOnPurchases", Decimals.money(doc, "vatOnPurchases"));
        body.put("vatDue", Decimals.money(doc, "vatOnSales").subtract(Decimals.money(doc, "vatOnPurchases")));
        return body;
    }

    static DailyFigures day(LocalDate date, Document doc) {
        Document sales = (Document) doc.getOrDefault("sales", new Document());
        Map<String, Totals> byRate = new LinkedHashMap<>();
        if (sales.get("byVatRate") instanceof Document r) {
            for (String key : r.keySet()) {
                byRate.put(FinanceProjection.rateFromKey(key).toPlainString(), new Totals(
                        Decimals.money(r, key + ".net"), Decimals.money(r, key + ".vat"), Decimals.money(r, key + ".gross")));
            }
        }
        Document purchases = (Document) doc.getOrDefault("purchases", new Document());
        return new DailyFigures(date.toString(),
                new DailyFigures.DaySales(count(sales), Decimals.money(doc, "sales.net"), Decimals.money(doc, "sales.vat"),
                        Decimals.money(doc, "sales.gross"), byRate),
                new DailyFigures.DayPurchases(count(purchases), Decimals.money(doc, "purchases.net"),
                        Decimals.money(doc, "purchases.vat"), Decimals.money(doc, "purchases.gross")),
                new DailyFigures.DayCash(Decimals.money(doc, "cash.in"), Decimals.money(doc, "cash.out")));
    }

    private static long count(Document figures) {
        return figures.get("count") instanceof Number n ? n.longValue() : 0L;
    }

    /** A date query parameter (such as ?from=2026-11-21), or the fallback when it is absent; 422 naming it when it is not a date. */
    public static LocalDate date(Exchange exchange, String name, LocalDate fallback) {
        String text = exchange.getIn().getHeader(name, String.class);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("'" + name + "' must be a date such as 2026-11-21.", name);
        }
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            throw ApiProblem.invalid("'" + name + "' must be a date between 2000 and 2100.", name);
        }
        return date;
    }

}
