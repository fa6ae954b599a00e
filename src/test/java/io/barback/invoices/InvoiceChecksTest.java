package io.barback.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InvoiceChecksTest {

    /**
     * An invoice is addressed to the pub: its own name read as the supplier's is the customer's
     * block taken for the letterhead, however it is spelt; a supplier that only shares a word
     * with it is another firm.
     */
    @Test
    void theVenuesOwnNameReadAsTheSupplierIsTold() {
        assertThat(InvoiceChecks.venuesOwnName("Mourne View Bar", "Mourne View Bar")).isTrue();
        assertThat(InvoiceChecks.venuesOwnName("THE MOURNE VIEW BAR", "Mourne View Bar")).isTrue();
        assertThat(InvoiceChecks.venuesOwnName("O Dalaigh's", "Ó Dálaigh's")).isTrue();
        assertThat(InvoiceChecks.venuesOwnName("Harp Catering Ltd", "The Harp")).isFalse();
        assertThat(InvoiceChecks.venuesOwnName(null, "The Harp")).isFalse();
    }

    /**
     * A total read faintly (a stamp across it, a photo's glare) is confirmed when lines the reader
     * was sure of make the subtotal and the subtotal plus a sure VAT is the total to the cent; a
     * faint total the figures do not confirm, or confirmed only by unsure lines or an unsure VAT,
     * still needs a person.
     */
    @Test
    void aFaintTotalIsConfirmedOnlyBySureFiguresThatMakeIt() {
        BigDecimal sure = new BigDecimal("80");
        List<ExtractedInvoice.Line> lines = List.of(line(1, "30.08", 96f), line(2, "20.00", 93f));
        ExtractedInvoice confirmed = invoice(lines, "50.08", "4.69", "54.77", 85f);
        assertThat(InvoiceChecks.problems(confirmed, sure)).isEmpty();

        ExtractedInvoice notTheSum = invoice(lines, "50.08", "4.69", "57.77", 85f);
        assertThat(InvoiceChecks.problems(notTheSum, sure))
                .contains("the reader is unsure of TOTAL (34 %)", "subtotal 50.08 + VAT 4.69 is not the total 57.77");

        ExtractedInvoice unsureVat = invoice(lines, "50.08", "4.69", "54.77", 60f);
        assertThat(InvoiceChecks.problems(unsureVat, sure)).containsExactly("the reader is unsure of TOTAL (34 %)");

        ExtractedInvoice unsureLine = invoice(List.of(line(1, "30.08", 96f), line(2, "20.00", 70f)),
                "50.08", "4.69", "54.77", 85f);
        assertThat(InvoiceChecks.problems(unsureLine, sure)).containsExactly("the reader is unsure of TOTAL (34 %)");
    }

    /**
     * Only the line amounts make the sum that confirms a faint total: a quantity read at 51 %
     * beside an amount read at 95 % leaves the sum as sure as before, while a faint amount does
     * not.
     */
    @Test
    void aFaintQuantityDoesNotUnconfirmTheTotalButAFaintAmountDoes() {
        BigDecimal sure = new BigDecimal("80");
        ExtractedInvoice faintQuantity = invoice(List.of(line(1, "30.08", 96f),
                new ExtractedInvoice.Line(2, "Line 2", null, new BigDecimal("4"), new BigDecimal("5.00"),
                        new BigDecimal("20.00"), 51f, 95f)), "50.08", "4.69", "54.77", 85f);
        assertThat(InvoiceChecks.problems(faintQuantity, sure)).isEmpty();

        ExtractedInvoice faintAmount = invoice(List.of(line(1, "30.08", 96f),
                new ExtractedInvoice.Line(2, "Line 2", null, new BigDecimal("4"), new BigDecimal("5.00"),
                        new BigDecimal("20.00"), 51f, 51f)), "50.08", "4.69", "54.77", 85f);
        assertThat(InvoiceChecks.problems(faintAmount, sure)).containsExactly("the reader is unsure of TOTAL (34 %)");
    }

    /**
     * A line amount read faintly or mended ("10.000" read for 10.00) is confirmed when the lines
     * make the subtotal and the subtotal and VAT the total; its quantity is not, so a faint quantity
     * still needs a person. Where the sums do not agree, a faint amount does too.
     */
    @Test
    void theSumsConfirmAFaintLineAmountButNotAFaintQuantity() {
        BigDecimal sure = new BigDecimal("80");
        Map<String, Float> read = Map.of("VENDOR_NAME", 94f, "INVOICE_RECEIPT_ID", 91f, "INVOICE_RECEIPT_DATE", 97f,
                "TAX", 95f, "TOTAL", 94f);
        ExtractedInvoice.Line faintAmount = new ExtractedInvoice.Line(2, "Aprons", null, BigDecimal.ONE,
                new BigDecimal("10.00"), new BigDecimal("10.00"), 40f, 40f, 83f);
        ExtractedInvoice.Line faintQuantity = new ExtractedInvoice.Line(2, "Aprons", null, BigDecimal.ONE,
                new BigDecimal("10.00"), new BigDecimal("10.00"), 40f, 96f, 40f);
        assertThat(InvoiceChecks.problems(withLines(List.of(line(1, "30.08", 96f), faintAmount), "40.08", "9.22",
                "49.30", read), sure)).isEmpty();
        assertThat(InvoiceChecks.problems(withLines(List.of(line(1, "30.08", 96f), faintQuantity), "40.08", "9.22",
                "49.30", read), sure)).containsExactly("the reader is unsure of line 2 (40 %)");
        assertThat(InvoiceChecks.problems(withLines(List.of(line(1, "30.08", 96f), faintAmount), "41.08", "9.22",
                "50.30", read), sure)).containsExactly("the lines add up to 40.08, not the subtotal 41.08",
                "the reader is unsure of line 2 (40 %)");
    }

    private static ExtractedInvoice withLines(List<ExtractedInvoice.Line> lines, String net, String vat, String gross,
            Map<String, Float> confidence) {
        return new ExtractedInvoice("Kinvara Pest Control", "IE3141592S", "CN-0333", LocalDate.of(2026, 10, 22), null,
                "EUR", false, lines, new BigDecimal(net), new BigDecimal(vat), new BigDecimal(gross), confidence, null);
    }

    /**
     * An invoice date and a due date more than a year apart, or the due date a month before the
     * invoice's: one of them is misread ("20 27-10-11" read as 2011, a year misread at New Year).
     */
    @Test
    void anInvoiceDateAndADueDateYearsApartAreHeld() {
        BigDecimal sure = new BigDecimal("80");
        ExtractedInvoice read = invoice(List.of(line(1, "50.08", 96f)), "50.08", "4.69", "54.77", 95f);
        ExtractedInvoice misread = new ExtractedInvoice(read.supplierName(), read.supplierVat(), read.invoiceNumber(),
                LocalDate.of(2011, 10, 27), LocalDate.of(2027, 11, 1), "EUR", false, read.lines(), read.net(), read.vat(),
                read.gross(), Map.of(), null);
        assertThat(InvoiceChecks.problems(misread, sure))
                .containsExactly("the invoice date 2011-10-27 and the due date 2027-11-01 are more than a year apart: one of them is misread");
        ExtractedInvoice month = new ExtractedInvoice(read.supplierName(), read.supplierVat(), read.invoiceNumber(),
                LocalDate.of(2027, 10, 11), LocalDate.of(2027, 11, 10), "EUR", false, read.lines(), read.net(), read.vat(),
                read.gross(), Map.of(), null);
        assertThat(InvoiceChecks.problems(month, sure)).isEmpty();
        ExtractedInvoice before = new ExtractedInvoice(read.supplierName(), read.supplierVat(), read.invoiceNumber(),
                LocalDate.of(2026, 1, 5), LocalDate.of(2025, 2, 4), "EUR", false, read.lines(), read.net(), read.vat(),
                read.gross(), Map.of(), null);
        assertThat(InvoiceChecks.problems(before, sure))
                .containsExactly("the due date 2025-02-04 is more than a month before the invoice date 2026-01-05: one of them is misread");
    }

    private static ExtractedInvoice.Line line(int no, String amount, float confidence) {
        return new ExtractedInvoice.Line(no, "Line " + no, null, BigDecimal.ONE, new BigDecimal(amount),
                new BigDecimal(amount), confidence);
    }

    /** An invoice whose total was read at 34 % and its VAT at {@code vatConfidence}. */
    private static ExtractedInvoice invoice(List<ExtractedInvoice.Line> lines, String net, String vat, String gross,
            float vatConfidence) {
        return new ExtractedInvoice("Kinvara Pest Control", "IE3141592S", "CN-0333", LocalDate.of(2026, 10, 22), null,
                "EUR", false, lines, new BigDecimal(net), new BigDecimal(vat), new BigDecimal(gross),
                Map.of("VENDOR_NAME", 94f, "INVOICE_RECEIPT_ID", 91f, "INVOICE_RECEIPT_DATE", 97f, "TAX", vatConfidence,
                        "TOTAL", 34f), null);
    }
}
