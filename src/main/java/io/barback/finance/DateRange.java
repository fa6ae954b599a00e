package io.barback.finance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.barback.platform.web.ApiProblem;
import org.apache.camel.Exchange;

/**
 * {@code ?from=&to=}, inclusive, as every report takes them: by default the 30 days up to
 * {@code today}; at most {@link #MAX_DAYS} at a time; 422 naming the parameter otherwise.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    /** @param today the last day by default: a trading day for takings, a calendar date for invoice dates */
    public static DateRange of(Exchange exchange, LocalDate today) {
        LocalDate to = FinanceApi.date(exchange, "to", today);
        LocalDate from = FinanceApi.date(exchange, "from", to.minusDays(29));
        if (from.isAfter(to)) {
            throw ApiProblem.invalid("'from' (" + from + ") is after 'to' (" + to + ").", "from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiProblem.invalid("At most " + MAX_DAYS + " days at a time.", "from");
        }
        return new DateRange(from, to);
    }
}
