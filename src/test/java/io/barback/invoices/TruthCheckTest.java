package io.barback.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.Json;
import org.junit.jupiter.api.Test;

/** The measure the benchmarks and the corpus test hold the books to. */
class TruthCheckTest {

    private static JsonNode truth(String documentType) throws Exception {
        return Json.MAPPER.readTree("""
                {"documentType": "%s", "fields": {"VENDOR_NAME": "Tobar Linen Ltd", "INVOICE_RECEIPT_ID": "CN-0042",
                 "INVOICE_RECEIPT_DATE": "2026-11-26", "TAX": "6.70", "TOTAL": "116.55"}}""".formatted(documentType));
    }

    /** A credit note is a bill to book however its truth spells it; a statement or a pro-forma is none. */
    @Test
    void aCreditNoteIsABillHoweverItIsSpelt() throws Exception {
        assertThat(TruthCheck.notABill(truth("credit-note"))).isFalse();
        assertThat(TruthCheck.notABill(truth("credit_note"))).isFalse();
        assertThat(TruthCheck.notABill(truth("Credit Note"))).isFalse();
        assertThat(TruthCheck.notABill(truth("invoice"))).isFalse();
        assertThat(TruthCheck.notABill(truth("statement"))).isTrue();
        assertThat(TruthCheck.notABill(truth("pro-forma"))).isTrue();
    }

    /** A credit note booked as an invoice (its total not credited) is booked wrong, and an invoice booked as a credit. */
    @Test
    void aCreditNoteBookedAsAnInvoiceIsWrong() throws Exception {
        LocalDate date = LocalDate.of(2026, 11, 26);
        assertThat(TruthCheck.differences(truth("credit_note"), "Tobar Linen Ltd", "CN-0042", date,
                new BigDecimal("-116.55"), new BigDecimal("-6.70"))).isEmpty();
        assertThat(TruthCheck.differences(truth("credit_note"), "Tobar Linen Ltd", "CN-0042", date,
                new BigDecimal("116.55"), new BigDecimal("6.70")))
                .containsExactly("booked as an invoice, but it is a credit note");
        assertThat(TruthCheck.differences(truth("invoice"), "Tobar Linen Ltd", "CN-0042", date,
                new BigDecimal("-116.55"), new BigDecimal("-6.70"))).containsExactly("booked as a credit, but it is an invoice");
    }

    /** A truth that names no document type (the older sample files) is a credit note by its negative total. */
    @Test
    void aTruthWithoutATypeIsACreditNoteByItsSign() throws Exception {
        LocalDate date = LocalDate.of(2026, 11, 26);
        JsonNode credited = Json.MAPPER.readTree("""
                {"fields": {"VENDOR_NAME": "Tobar Linen Ltd", "INVOICE_RECEIPT_ID": "CN-0042",
                 "INVOICE_RECEIPT_DATE": "2026-11-26", "TAX": "-6.70", "TOTAL": "-116.55"}}""");
        assertThat(TruthCheck.notABill(credited)).isFalse();
        assertThat(TruthCheck.differences(credited, "Tobar Linen Ltd", "CN-0042", date,
                new BigDecimal("-116.55"), new BigDecimal("-6.70"))).isEmpty();
        JsonNode charged = Json.MAPPER.readTree("""
                {"fields": {"VENDOR_NAME": "Tobar Linen Ltd", "INVOICE_RECEIPT_ID": "SI-0042",
                 "INVOICE_RECEIPT_DATE": "2026-11-26", "TAX": "6.70", "TOTAL": "116.55"}}""");
        assertThat(TruthCheck.differences(charged, "Tobar Linen Ltd", "SI-0042", date,
                new BigDecimal("-116.55"), new BigDecimal("-6.70"))).containsExactly("booked as a credit, but it is an invoice");
    }

    /** A line the document prints no quantity on (a discount) has none to differ, whether the truth writes null or "". */
    @Test
    void aLineWithoutAQuantityHasNoneToDiffer() throws Exception {
        JsonNode truth = Json.MAPPER.readTree("""
                {"lineItems": [{"ITEM": "Loyalty discount 5%", "QUANTITY": "", "PRICE": "-12.40"}]}""");
        ExtractedInvoice.Line discount = new ExtractedInvoice.Line(1, "Loyalty discount 5%", null, null, null,
                new BigDecimal("-12.40"), 99f);
        assertThat(TruthCheck.lineDifferences(truth, java.util.List.of(discount))).isEmpty();
    }

    /**
     * The supplier booked by its letterhead's words is the supplier its imprint names with a legal
     * form; a name with other words is another supplier.
     */
    @Test
    void aSuppliersLegalFormAloneIsNoOtherSupplier() throws Exception {
        LocalDate date = LocalDate.of(2026, 11, 26);
        BigDecimal gross = new BigDecimal("116.55");
        BigDecimal vat = new BigDecimal("6.70");
        assertThat(TruthCheck.differences(truth("invoice"), "TOBAR  LINEN", "CN-0042", date, gross, vat)).isEmpty();
        assertThat(TruthCheck.onlyByLegalForm(truth("invoice"), "Tobar Linen")).isTrue();
        assertThat(TruthCheck.onlyByLegalForm(truth("invoice"), "Tobar Linen Ltd")).isFalse();
        assertThat(TruthCheck.differences(truth("invoice"), "Tobar Linen Hire", "CN-0042", date, gross, vat))
                .containsExactly("supplier Tobar Linen Hire ≠ Tobar Linen Ltd");
        assertThat(TruthCheck.differences(truth("invoice"), "Tobar", "CN-0042", date, gross, vat)).hasSize(1);
        // an accent OCR lost is the same supplier, as the catalog tells them apart; another letter is not
        assertThat(TruthCheck.sameSupplier("Domaine Laurent Frères", "Domaine Laurent Freres")).isTrue();
        assertThat(TruthCheck.sameSupplier("Domaine Laurent Frères", "Domaine Laurent Fréres")).isTrue();
        assertThat(TruthCheck.sameSupplier("Domaine Laurent Frères", "Domaine Laurent Freves")).isFalse();
        // an abbreviation's full stop read or not is the same name; another word is not
        assertThat(TruthCheck.sameSupplier("Roche Brennan & Co.", "Roche Brennan & Co")).isTrue();
        assertThat(TruthCheck.sameSupplier("Roche Brennan & Co.", "Roche Brennan & Cox")).isFalse();
        // both at once: the abbreviation's stop and the legal form after it
        assertThat(TruthCheck.sameSupplier("Tobar Roasting Co. Ltd", "Tobar Roasting Co")).isTrue();
        assertThat(TruthCheck.sameSupplier("Tobar Roasting Co. Ltd", "Tobar Roasting")).isFalse();
        assertThat(TruthCheck.sameSupplier("Bodega Tobar S.L.", "Bodega Tobar")).isTrue();
    }

    /**
     * A line is checked against the item of its own name: taken net of the VAT in its price (71.34
     * at 23 % is 58.00) it may come to another item's printed amount, and is not that item.
     */
    @Test
    void aLineIsPairedWithTheItemOfItsName() throws Exception {
        JsonNode truth = Json.MAPPER.readTree("""
                {"lineItems": [{"ITEM": "Pint glasses x 24", "QUANTITY": "1", "PRICE": "58.00"},
                               {"ITEM": "Oatmeal Stout 12 x 500ml", "QUANTITY": "2", "PRICE": "71.34"}]}""");
        ExtractedInvoice.Line glasses = new ExtractedInvoice.Line(1, "Pint glasses x 24", null, BigDecimal.ONE, null,
                new BigDecimal("47.15"), 99f);
        ExtractedInvoice.Line stout = new ExtractedInvoice.Line(2, "Oatmeal  Stout 12 x 500ml", null, new BigDecimal("2"),
                null, new BigDecimal("58.00"), 99f);
        assertThat(TruthCheck.lineDifferences(truth, java.util.List.of(glasses, stout))).isEmpty();
        ExtractedInvoice.Line misread = new ExtractedInvoice.Line(2, "Oatmeal Stout 12 x 500ml", null, new BigDecimal("3"),
                null, new BigDecimal("58.00"), 99f);
        assertThat(TruthCheck.lineDifferences(truth, java.util.List.of(glasses, misread)))
                .containsExactly("line 2 quantity 3 ≠ 2");

        // two items of one name (on two pages): each line with the item of its name and its amount
        JsonNode twice = Json.MAPPER.readTree("""
                {"lineItems": [{"ITEM": "Crisps x 24", "QUANTITY": "2", "PRICE": "20.00"},
                               {"ITEM": "Crisps x 24", "QUANTITY": "3", "PRICE": "30.00"}]}""");
        assertThat(TruthCheck.lineDifferences(twice, java.util.List.of(
                new ExtractedInvoice.Line(1, "Crisps x 24", null, new BigDecimal("3"), null, new BigDecimal("30.00"), 99f),
                new ExtractedInvoice.Line(2, "Crisps x 24", null, new BigDecimal("2"), null, new BigDecimal("20.00"), 99f))))
                .isEmpty();
    }
}
