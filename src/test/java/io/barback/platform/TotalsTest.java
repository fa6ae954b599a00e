package io.barback.platform;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotalsTest {

    @Test
    void vatInclusivePriceSplitsHalfUpToTheCentAndAlwaysAddsUp() {
        Totals pint = Totals.fromGross(new BigDecimal("5.90"), new BigDecimal("0.23"));
        assertThat(pint.net()).isEqualByComparingTo("4.80");
        assertThat(pint.vat()).isEqualByComparingTo("1.10");
        Totals tea = Totals.fromGross(new BigDecimal("2.80"), new BigDecimal("0.09"));
        assertThat(tea.net()).isEqualByComparingTo("2.57");
        assertThat(tea.vat()).isEqualByComparingTo("0.23");
        // 0.625 rounds half up to 0.63 (half-even would give 0.62)
        Totals edge = Totals.fromGross(new BigDecimal("0.625"), BigDecimal.ZERO);
        assertThat(edge.gross()).isEqualByComparingTo("0.63");
        // net of 1.23 gross at 23 % is exactly 1.00; of 0.615 at 0 % is 0.62 half up
        assertThat(Totals.fromGross(new BigDecimal("1.23"), new BigDecimal("0.23")).net()).isEqualByComparingTo("1.00");
        for (int cents = 1; cents < 3000; cents += 7) {
            BigDecimal gross = BigDecimal.valueOf(cents, 2);
            for (String rate : new String[] {"0.23", "0.135", "0.09", "0"}) {
                Totals t = Totals.fromGross(gross, new BigDecimal(rate));
                assertThat(t.net().add(t.vat())).isEqualByComparingTo(gross);
                assertThat(t.net().scale()).isEqualTo(2);
            }
        }
    }

    @Test
    void perLineRoundingDiffersFromRoundingTheTotal() {
        // three lines of 1.00 at 23 %: 0.81 net each, 2.43 in all; the total at once would be 2.44
        Totals sum = Totals.ZERO;
        for (int i = 0; i < 3; i++) {
            sum = sum.plus(Totals.fromGross(new BigDecimal("1.00"), new BigDecimal("0.23")));
        }
        assertThat(sum.net()).isEqualByComparingTo("2.43");
        assertThat(Totals.fromGross(new BigDecimal("3.00"), new BigDecimal("0.23")).net()).isEqualByComparingTo("2.44");
        assertThat(sum.negate().gross()).isEqualByComparingTo("-3.00");
    }
}
