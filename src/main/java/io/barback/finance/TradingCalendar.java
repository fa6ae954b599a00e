package io.barback.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * A pub's day does not end at midnight: a pint pulled at 01:30 belongs to the evening before.
 * The trading day is the local date of the moment minus the venue's cut-off. VAT periods are
 * runs of whole months aligned to January (Ireland: Jan-Feb, Mar-Apr, ...).
 */
public final class TradingCalendar {

    private TradingCalendar() {
    }

    public static LocalDate tradingDay(Instant at, ZoneId zone, LocalTime cutoff) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDate day = local.toLocalDate();
        return local.toLocalTime().isBefore(cutoff) ? day.minusDays(1) : day;
    }

    /** The VAT period holding {@code day}, written "2026-11/2026-12" (first and last month). */
    public static String vatPeriod(LocalDate day, int months) {
        int index = (day.getMonthValue() - 1) / months;
        YearMonth first = YearMonth.of(day.getYear(), index * months + 1);
        YearMonth last = first.plusMonths(months - 1L);
        return months == 1 ? first + "/" + first : first + "/" + last;
    }

    /** Parses "2026-11/2026-12" (or a single month "2026-11", or a date) into the period holding it. */
    public static String normalisePeriod(String text, int months) {
        String firstPart = text.contains("/") ? text.substring(0, text.indexOf('/')) : text;
        LocalDate day = firstPart.length() == 7 ? YearMonth.parse(firstPart).atDay(1) : LocalDate.parse(firstPart);
        String period = vatPeriod(day, months);
        if (text.contains("/") && !period.equals(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a VAT period of this venue; the period holding "
                    + firstPart + " is " + period);
        }
        return period;
    }
}
