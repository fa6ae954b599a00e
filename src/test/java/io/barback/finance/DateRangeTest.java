package io.barback.finance;

import java.time.LocalDate;

import io.barback.platform.web.ApiProblem;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DateRangeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void byDefaultTheThirtyDaysUpToToday() {
        DateRange r = DateRange.of(request(null, null), TODAY);
        assertThat(r.from()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(r.to()).isEqualTo(TODAY);
        DateRange given = DateRange.of(request("2026-01-01", "2026-12-31"), TODAY);
        assertThat(given).isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(DateRange.of(request(null, "2026-02-10"), TODAY).from()).as("30 days up to 'to'")
                .isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void aBackwardsTooLongOrUnreadableRangeIsA422NamingItsParameter() {
        assertProblem(request("2026-12-04", "2026-12-03"), "from", "is after");
        assertProblem(request("2025-01-01", "2026-01-02"), "from", "366 days");
        assertThat(DateRange.of(request("2025-01-01", "2026-01-01"), TODAY).from()).as("366 days, the most").isEqualTo("2025-01-01");
        assertProblem(request("yesterday", null), "from", "2026-11-21");
        assertProblem(request(null, "1999-12-31"), "to", "between 2000 and 2100");
    }

    private static void assertProblem(Exchange exchange, String field, String says) {
        ApiProblem p = catchThrowableOfType(ApiProblem.class, () -> DateRange.of(exchange, TODAY));
        assertThat(p).isNotNull();
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.field()).isEqualTo(field);
        assertThat(p.getMessage()).contains(says);
    }

    private static Exchange request(String from, String to) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getIn().setHeader("from", from);
        exchange.getIn().setHeader("to", to);
        return exchange;
    }
}
