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
}
