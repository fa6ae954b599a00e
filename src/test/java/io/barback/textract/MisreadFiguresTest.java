package io.barback.textract;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import io.barback.textract.LineItemTable.Cell;
import io.barback.textract.LineItemTable.Column;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line's quantity × unit price is its amount: when the OCR misreads one of the three, the
 * other two say which and what it was, if one figure is a digit away from agreeing.
 */
class MisreadFiguresTest {

    static Map<Column, Cell> line(String quantity, String unitPrice, String amount) {
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        cells.put(Column.DESCRIPTION, new Cell("Tonic water 24 x 200ml", 0, 0, 1, 1, 95, null));
        cells.put(Column.QUANTITY, new Cell(quantity, 0, 0, 1, 1, 95, null));
        cells.put(Column.UNIT_PRICE, new Cell(unitPrice, 0, 0, 1, 1, 95, null));
        cells.put(Column.AMOUNT, new Cell(amount, 0, 0, 1, 1, 95, null));
        return cells;
    }

    static Optional<Map.Entry<Column, BigDecimal>> fix(String quantity, String unitPrice, String amount) {
        return LineItemTable.misreadFigure(line(quantity, unitPrice, amount));
    }

    private static Layout.Segment figureAndMark(String figure, String mark, float markConfidence) {
        return Layout.Segment.of(java.util.List.of(new Word(figure, 0.80f, 0.5f, 0.86f, 0.51f, 93),
                new Word(mark, 0.87f, 0.5f, 0.875f, 0.51f, markConfidence)));
    }

    /**
     * A speck a scan shows after a figure, read as a mark of its own ("765.96 -"), is no part of
     * it: the figure is read. A mark a text layer prints, and a mark after a word or a whole
     * number, are left as they are.
     */
    @Test
    void aSpeckAfterAFigureIsNoPartOfIt() {
        assertThat(Totals.withoutSpeckAfter(figureAndMark("765.96", "-", 89)).text()).isEqualTo("765.96");
        assertThat(Totals.withoutSpeckAfter(figureAndMark("€1,240.00", "'", 60)).text()).isEqualTo("€1,240.00");
        assertThat(Totals.withoutSpeckAfter(figureAndMark("765.96", "-", PdfTextLayer.CONFIDENCE)).text()).isEqualTo("765.96 -");
        assertThat(Totals.withoutSpeckAfter(figureAndMark("12", "-", 89)).text()).isEqualTo("12 -");
        assertThat(Totals.withoutSpeckAfter(figureAndMark("Total", "-", 89)).text()).isEqualTo("Total -");
    }

    @Test
    void aMisreadQuantityIsPutRightByThePrices() {
        // 9 read as 3; 2 read as 7; 11 read as 1
        assertThat(fix("3", "24.30", "218.70")).contains(Map.entry(Column.QUANTITY, new BigDecimal("9")));
        assertThat(fix("7", "€ 69.60", "€ 139.20")).contains(Map.entry(Column.QUANTITY, new BigDecimal("2")));
        assertThat(fix("1", "€38.00", "€418.00")).contains(Map.entry(Column.QUANTITY, new BigDecimal("11")));
    }

    @Test
    void aMisreadUnitPriceOrAmountIsPutRightByTheOtherTwo() {
        assertThat(fix("12", "27.85", "335.40")).contains(Map.entry(Column.UNIT_PRICE, new BigDecimal("27.95")));
        assertThat(fix("4", "255.75", "1,028.00")).contains(Map.entry(Column.AMOUNT, new BigDecimal("1023.00")));
        // a credit's line keeps its sign
        assertThat(fix("4", "255.75", "-1,028.00")).contains(Map.entry(Column.AMOUNT, new BigDecimal("-1023.00")));
        assertThat(fix("3", "24.30", "-218.70")).contains(Map.entry(Column.QUANTITY, new BigDecimal("9")));
    }

    @Test
    void aUnitPriceReadAsNoFigureIsTheOneTheAmountGivesWhenItsDigitsAreThePrintedOnes() {
        // the point read as a colon; a digit lost with it
        assertThat(fix("12", "25:75", "309.00")).contains(Map.entry(Column.UNIT_PRICE, new BigDecimal("25.75")));
        assertThat(fix("3", "6a.80", "194.40")).contains(Map.entry(Column.UNIT_PRICE, new BigDecimal("64.80")));
        // letters for its digits, or the amount not a whole number of cents per unit: not known
        assertThat(fix("12", "ZUsgo", "335.40")).isEmpty();
        assertThat(fix("3", "3a:aa", "100.00")).isEmpty();
        assertThat(fix("Le", "ZUsgo", "335.40")).isEmpty();
    }

    @Test
    void anAmountReadAsNoFigureIsQuantityTimesUnitPriceWhenItsDigitsAreThePrintedOnes() {
        // the point read as a colon, a bracket for a VAT mark beside it
        assertThat(fix("6", "4.20", "25:20")).contains(Map.entry(Column.AMOUNT, new BigDecimal("25.20")));
        assertThat(fix("6", "9.80", "58:80}")).contains(Map.entry(Column.AMOUNT, new BigDecimal("58.80")));
        // other digits, or too few of them to say: not known
        assertThat(fix("6", "4.20", "52:20")).isEmpty();
        assertThat(fix("6", "4.20", "2:")).isEmpty();
    }

    @Test
    void figuresThatAgreeOrThatNoSmallMisreadExplainsAreLeftAlone() {
        assertThat(fix("9", "24.30", "218.70")).isEmpty();
        // an amount with VAT in it, a price per kilo: no figure is one digit from agreeing
        assertThat(fix("2", "10.00", "24.60")).isEmpty();
        assertThat(fix("3", "12.49", "7.80")).isEmpty();
        assertThat(fix("2", "15.00", "36.90")).isEmpty();
        // 3 × 6.00, 2 × 9.00 and 2 × 6.00 = 12.00 are each one digit away: which was misread?
        assertThat(fix("2", "6.00", "18.00")).isEmpty();
        // a line with a discount of its own is not quantity × price
        Map<Column, Cell> discounted = line("2", "10.00", "18.00");
        discounted.put(Column.DISCOUNT, new Cell("10%", 0, 0, 1, 1, 95, null));
        assertThat(LineItemTable.misreadFigure(discounted)).isEmpty();
    }

    /**
     * A deposit printed on the line makes up its amount, once on the line or once a keg, in a cell
     * it may share with another column's figure ("Keg deposit | Excise incl." read as one): no
     * figure is misread. Without the deposit, 484.00 would be one digit from 4 × 96.00.
     */
    @Test
    void aDepositOnceALineOrOnceAKegIsNoMisread() {
        Map<Column, Cell> perKeg = line("4", "96.00", "484.00");
        perKeg.put(Column.OTHER, new Cell("25.00 18.89", 0, 0, 1, 1, 95, null));
        assertThat(LineItemTable.misreadFigure(perKeg)).isEmpty();
        Map<Column, Cell> perLine = line("2", "150.00", "380.00");
        perLine.put(Column.OTHER, new Cell("80.00", 0, 0, 1, 1, 95, null));
        assertThat(LineItemTable.misreadFigure(perLine)).isEmpty();
        assertThat(fix("4", "96.00", "484.00")).contains(Map.entry(Column.AMOUNT, new BigDecimal("384.00")));
    }

    @Test
    void aDateWhoseSlashesWereReadAsOnesIsReadBackOnlyWhenOneReadingIsADate() {
        assertThat(ExpenseExtractor.slashesReadAsOnes("71212027")).contains("7/2/2027");
        assertThat(ExpenseExtractor.slashesReadAsOnes(" 131112026 ")).contains("13/1/2026");
        // a year of two digits: 22/07/26
        assertThat(ExpenseExtractor.slashesReadAsOnes("22107126")).contains("22/07/26");
        // 1/11/2026 or 11/1/2026: not known which
        assertThat(ExpenseExtractor.slashesReadAsOnes("111112026")).isEmpty();
        // no month 21, no year 0270; an invoice number is no date
        assertThat(ExpenseExtractor.slashesReadAsOnes("71212127")).isEmpty();
        assertThat(ExpenseExtractor.slashesReadAsOnes("0470815")).isEmpty();
        assertThat(ExpenseExtractor.slashesReadAsOnes("7/2/2027")).isEmpty();
    }
}
