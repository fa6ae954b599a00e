package io.barback.invoices;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The legends bills print for the VAT codes and marks on their lines. */
class VatCodesTest {

    @Test
    void aVatAnalysisByCodeSaysWhatEachCodeIs() {
        VatCodes codes = VatCodes.of(List.of(
                "CODE  RATE   NET    VAT   GROSS",
                "S     23%   110.00  25.30  135.30",
                "R   13.5%    40.00   5.40   45.40",
                "Z      0%    12.00   0.00   12.00",
                "TOTAL       162.00  30.70  192.70"));
        assertThat(codes.rateOf("S")).contains(new BigDecimal("0.23"));
        assertThat(codes.rateOf("r")).as("as the line printed it, in either case").contains(new BigDecimal("0.135"));
        assertThat(codes.rateOf("Z")).hasValueSatisfying(r -> assertThat(r).isZero());
        assertThat(codes.rateOf("E")).isEmpty();
        assertThat(codes.rateOf(null)).as("no word on unmarked lines").isEmpty();
    }

    @Test
    void aKeyAlongOneLineAndDigitCodes() {
        VatCodes key = VatCodes.of(List.of("VAT codes: A=23%  B = 13.5%  Z: 0%"));
        assertThat(key.rates()).containsOnlyKeys("A", "B", "Z");
        assertThat(key.rateOf("B")).contains(new BigDecimal("0.135"));

        VatCodes digits = VatCodes.of(List.of("VAT code 1 = 23%", "VAT code 0 = 0%"));
        assertThat(digits.rateOf("1")).contains(new BigDecimal("0.23"));
        assertThat(digits.rateOf("0")).hasValueSatisfying(r -> assertThat(r).isZero());
    }

    @Test
    void aFootnoteGivesItsMarkARateAndTheOtherLinesTheirs() {
        VatCodes note = VatCodes.of(List.of(
                "All prices include VAT.",
                "† Delivery and hire: VAT @ 13.5%. All other lines VAT @ 23%."));
        assertThat(note.rateOf("†")).contains(new BigDecimal("0.135"));
        assertThat(note.rateOf(null)).as("the unmarked lines").contains(new BigDecimal("0.23"));

        VatCodes marked = VatCodes.of(List.of("Items marked * are zero-rated."));
        assertThat(marked.rateOf("*")).hasValueSatisfying(r -> assertThat(r).isZero());
    }

    @Test
    void figuresThatAreNoLegendGiveNoCodes() {
        VatCodes none = VatCodes.of(List.of(
                "VAT 23% on 120.00   27.60",
                "Discount 5% for payment within 10 days",
                "Rate: 23%",
                "2 23% Kiln dried logs"));
        assertThat(none.rates()).doesNotContainKeys("2", "T", "V");
        assertThat(none.rates()).isEmpty();
    }

    @Test
    void aCodeGivenTwoRatesStandsForNeither() {
        VatCodes codes = VatCodes.of(List.of("A 23%  100.00  23.00", "A 13.5%  10.00  1.35", "B 0%  5.00  0.00"));
        assertThat(codes.rateOf("A")).isEmpty();
        assertThat(codes.rateOf("B")).hasValueSatisfying(r -> assertThat(r).isZero());
    }
}
