package io.barback.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.barback.platform.Totals;

/** One trading day's money, as the API returns it: takings, purchases and cash, each to the cent. */
public record DailyFigures(String date, DaySales sales, DayPurchases purchases, DayCash cash) {

    /** Takings net of voids, and by VAT rate (keyed by the rate, such as "0.23"). */
    public record DaySales(long count, BigDecimal net, BigDecimal vat, BigDecimal gross, Map<String, Totals> byVatRate) {
    }

    /** Supplier invoices booked for the day, credit notes deducted. */
    public record DayPurchases(long count, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }

    /** DayCash taken in at the till and paid out. */
    public record DayCash(BigDecimal in, BigDecimal out) {
    }

    /** The body of GET …/finance/daily. */
    public record DailyFiguresList(List<DailyFigures> days) {
    }
}
