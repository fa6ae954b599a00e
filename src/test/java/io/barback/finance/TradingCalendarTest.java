package io.barback.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradingCalendarTest {

    static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
    static final LocalTime CUTOFF = LocalTime.of(4, 0);

    @Test
    void pintAtHalfOneBelongsToTheEveningBefore() {
        assertThat(TradingCalendar.tradingDay(Instant.parse("2026-11-21T01:30:00Z"), DUBLIN, CUTOFF))
                .isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(TradingCalendar.tradingDay(Instant.parse("2026-11-21T03:59:59Z"), DUBLIN, CUTOFF))
                .isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(TradingCalendar.tradingDay(Instant.parse("2026-11-21T04:00:00Z"), DUBLIN, CUTOFF))
                .isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void summerTimeShiftsTheCutOffByAnHour() {
        // Irish Summer Time is UTC+1: 03:30 UTC is 04:30 local, already the new trading day
        assertThat(TradingCalendar.tradingDay(Instant.parse("2026-07-10T03:30:00Z"), DUBLIN, CUTOFF))
                .isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(TradingCalendar.tradingDay(Instant.parse("2026-07-10T02:30:00Z"), DUBLIN, CUTOFF))
                .isEqualTo(LocalDate.of(2026, 7, 9));
    }

    @Test
    void irishVatPeriodsAreTwoMonthsFromJanuary() {
        assertThat(TradingCalendar.vatPeriod(LocalDate.of(2026, 11, 21), 2)).isEqualTo("2026-11/2026-12");
        assertThat(TradingCalendar.vatPeriod(LocalDate.of(2026, 1, 1), 2)).isEqualTo("2026-01/2026-02");
        assertThat(TradingCalendar.vatPeriod(LocalDate.of(2026, 4, 30), 2)).isEqualTo("2026-03/2026-04");
        assertThat(TradingCalendar.vatPeriod(LocalDate.of(2026, 6, 1), 1)).isEqualTo("2026-06/2026-06");
        assertThat(TradingCalendar.vatPeriod(LocalDate.of(2026, 8, 15), 3)).isEqualTo("2026-07/2026-09");
    }

    @Test
    void periodQueriesAcceptAMonthOrADateButNotAMisalignedPeriod() {
        assertThat(TradingCalendar.normalisePeriod("2026-12", 2)).isEqualTo("2026-11/2026-12");
        assertThat(TradingCalendar.normalisePeriod("2026-11-03", 2)).isEqualTo("2026-11/2026-12");
        assertThat(TradingCalendar.normalisePeriod("2026-11/2026-12", 2)).isEqualTo("2026-11/2026-12");
        assertThatThrownBy(() -> TradingCalendar.normalisePeriod("2026-12/2027-01", 2))
                .hasMessageContaining("2026-11/2026-12");
    }
}
