package io.barback.documents;

import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts and dates as Irish invoices print them. */
class PrintedValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1518.44|1518.44", "€1,518.44|1518.44", "€ 1,518.44|1518.44", "EUR 1,234,567.89|1234567.89",
            "-45.00|-45.00", "(45.00)|-45.00", "45.00 CR|-45.00", "45.00-|-45.00", "-€12.50|-12.50", "€-12.50|-12.50",
            "1518,44|1518.44", "0.00|0.00", "46,68 €|46.68", "1.234,56|1234.56", "EUR 1.234,56|1234.56",
            "€8.90/kg|8.90", "12.50 / case|12.50",
            // thousands set apart by a space, a no-break space or a narrow one
            "1 046.12|1046.12", "€ 12 480,00|12480.00", "1\u00A0234\u00A0567.89|1234567.89", "2\u202F500,50 €|2500.50",
            // a full stop after the cents: a sentence's end, or a speck read as one
            "€ 64.80.|64.80", "1.234,56.|1234.56", "1.438,00 €.|1438.00",
            // a comma OCR read as a semicolon, told from a list by the thousands or the currency beside it
            "1.438;00|1438.00", "€ 38;00|38.00", "38;00 €|38.00",
            // thousands and cents set apart by the same mark, OCR having read one for the other
            "4,908,70|4908.70", "1.234.567.89|1234567.89",
            // a whole amount with its currency printed beside it
            "Rs 1939|1939.00", "€40|40.00", "€ 1,200|1200.00", "1.200 €|1200.00", "-€5|-5.00", "(£12)|-12.00",
            // a typewriter's point as wide as a letter, the gap after it read as a space
            "124. 50|124.50", "1,460. 50|1460.50"})
    void amountsAreReadWithTheirSign(String printed, String expected) {
        assertThat(PrintedValues.amount(printed)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23%", "061 555 0199", "IE29 AIBK 9311 5212 3456 78", "03/11/2026", "1,234", "12.5",
            "Total", "", "1.2.3", "40", "€40.5", "12.5.", "1.2.80.", "€1,20,000", "Rs",
            // two figures side by side, not one with its thousands set apart
            "1 46.12", "12 4800.00", "1 046", "1  046.12",
            // a list, not cents after a comma; a point and a space before more than the cents
            "3, 12", "12. 500", "12.  50", "3;12", "1;25"})
    void whatIsNoAmountIsNotTakenForOne(String printed) {
        assertThat(PrintedValues.amount(printed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "03/11/2026|2026-11-03", "3/11/26|2026-11-03", "03.11.2026|2026-11-03", "03-11-2026|2026-11-03",
            "3 Nov 2026|2026-11-03", "03 November 2026|2026-11-03", "3rd November 2026|2026-11-03",
            "2026-11-03|2026-11-03", "Tuesday, 3rd Nov. 2026|2026-11-03", "Nov 3, 2026|2026-11-03",
            "due 01/12/2026|2026-12-01", "21-Sep-26|2026-09-21", "01/31/2021|2021-01-31", "August 3 , 2014|2014-08-03",
            // the months of the EU suppliers' languages, with and without their accents
            "7. Mai 2014|2014-05-07", "12 février 2026|2026-02-12", "3 März 2026|2026-03-03", "4 déc. 2026|2026-12-04",
            "19 decembre 2026|2026-12-19", "2 maart 2026|2026-03-02", "15 mei 2026|2026-05-15", "8 luglio 2026|2026-07-08",
            "7 de mayo de 2026|2026-05-07", "1 août 2026|2026-08-01", "30 okt 2026|2026-10-30", "5 Sept 2026|2026-09-05",
            // Irish, whose September and October are two words
            "3 Nollaig 2026|2026-12-03", "2 Eanáir 2027|2027-01-02", "14 Lúnasa 2026|2026-08-14", "1 Bealtaine 2026|2026-05-01",
            "30 Meán Fómhair 2026|2026-09-30", "5 Deireadh Fómhair 2026|2026-10-05", "9 Samhain 2026|2026-11-09",
            // an ISO date whose year OCR set a gap in, alone; a number before a day-first date is no year
            "20 27-10-11|2027-10-11", "Till 20 14-03-26|2026-03-14"})
    void datesAreReadDayFirst(String printed, String iso) {
        assertThat(PrintedValues.date(printed)).contains(LocalDate.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "SM-10442", "30 days", "Novice 2026", "061 555 0199", "3 Marsh 2026",
            "2 sets 2026", "12 Mais 2026"})
    void whatIsNoDateIsNotTakenForOne(String printed) {
        assertThat(PrintedValues.date(printed)).isEmpty();
    }

    @Test
    void aRunningTotalBetweenPagesIsToldFromALine() {
        assertThat(List.of("Carried forward", "Brought forward", "Balance b/f", "Total c/fwd", "Carried forward to page 2",
                "BROUGHT FORWARD FROM PAGE 1", "Sub-total carried forward:")).allMatch(PrintedValues::runningTotal);
        assertThat(List.of("Forward roll pallet", "Carried forward order for next week's delivery of kegs",
                "Brought-in ice, 2 kg bags", "B/F Stout keg 50L x", "")).noneMatch(PrintedValues::runningTotal);
        // in the languages of EU suppliers; a report that is a line of work is no running total
        assertThat(List.of("Report", "Report de la page 1", "Total à reporter", "Übertrag", "Riporto", "Suma y sigue",
                "A transportar")).allMatch(PrintedValues::runningTotal);
        assertThat(List.of("Report writing and photographs", "Reporting fee", "Transport")).noneMatch(PrintedValues::runningTotal);
        // in two languages either side of a slash, one of them known
        assertThat(List.of("Převod na další stranu / Carried forward", "Převod z předchozí strany / Brought forward"))
                .allMatch(PrintedValues::runningTotal);
        assertThat(List.of("Vratka zálohy sud 50 l / Deposit refund, keg 50 L", "Pivo / Beer forward order"))
                .noneMatch(PrintedValues::runningTotal);
    }

    @Test
    void quantitiesAndRates() {
        assertThat(PrintedValues.number("3")).contains(new BigDecimal("3"));
        assertThat(PrintedValues.number("-2")).contains(new BigDecimal("-2"));
        assertThat(PrintedValues.number("1.5")).contains(new BigDecimal("1.5"));
        assertThat(PrintedValues.number("1,200")).contains(new BigDecimal("1200"));
        // packs and their size: the count of packs
        assertThat(PrintedValues.number("12 x 1L")).contains(new BigDecimal("12"));
        assertThat(PrintedValues.number("3 × 5 kg")).contains(new BigDecimal("3"));
        assertThat(PrintedValues.number("12 x 24")).isEmpty();
        // a decimal comma: one, two or four digits after it are never a group of thousands
        assertThat(PrintedValues.number("12,5")).contains(new BigDecimal("12.5"));
        assertThat(PrintedValues.number("2,25")).contains(new BigDecimal("2.25"));
        assertThat(PrintedValues.percent("13,5 %")).contains(new BigDecimal("0.135"));
        assertThat(PrintedValues.number("x3")).isEmpty();
        // time worked, as a job sheet prints it, in hours
        assertThat(PrintedValues.number("1h 30m")).contains(new BigDecimal("1.5"));
        assertThat(PrintedValues.number("2 hrs 15 mins")).contains(new BigDecimal("2.25"));
        assertThat(PrintedValues.number("1h20")).contains(new BigDecimal("1.3333"));
        assertThat(PrintedValues.number("3h")).contains(new BigDecimal("3"));
        assertThat(PrintedValues.number("45 min")).contains(new BigDecimal("0.75"));
        assertThat(PrintedValues.number("30m")).contains(new BigDecimal("30"));
        assertThat(PrintedValues.number("9.129 kg")).contains(new BigDecimal("9.129"));
        assertThat(PrintedValues.number("3 cases")).contains(new BigDecimal("3"));
        // the returnables of a drinks bill, counted in their own units
        assertThat(PrintedValues.number("29 CRT")).contains(new BigDecimal("29"));
        assertThat(PrintedValues.number("4 cyl")).contains(new BigDecimal("4"));
        // a greengrocer's and a baker's
        assertThat(PrintedValues.number("8 bunch")).contains(new BigDecimal("8"));
        assertThat(PrintedValues.number("2 punnets")).contains(new BigDecimal("2"));
        assertThat(PrintedValues.amount("0.70/bunch")).contains(new BigDecimal("0.70"));
        assertThat(PrintedValues.number("6 loaves")).contains(new BigDecimal("6"));
        assertThat(PrintedValues.number("12 Main")).isEmpty();
        assertThat(PrintedValues.percent("13.5%")).contains(new BigDecimal("0.135"));
        assertThat(PrintedValues.percent("23")).isEmpty();
    }

    /** A metered supply's quantity and rate: its unit of measure after it, the rate to more decimals than money has. */
    @Test
    void aMeteredQuantityAndItsRateAreNumbers() {
        assertThat(PrintedValues.number("3,148 kWh")).contains(new BigDecimal("3148"));
        assertThat(PrintedValues.number("2 months")).contains(new BigDecimal("2"));
        assertThat(PrintedValues.number("€0.28450/kWh")).contains(new BigDecimal("0.28450"));
        assertThat(PrintedValues.number("€0.7945/day")).contains(new BigDecimal("0.7945"));
        assertThat(PrintedValues.amount("€0.28450/kWh")).as("no money: five decimals").isEmpty();
        assertThat(PrintedValues.number("4 Main Street")).isEmpty();
    }
}
