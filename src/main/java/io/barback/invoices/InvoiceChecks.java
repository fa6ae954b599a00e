package io.barback.invoices;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an invoice may go into the books without a person looking at it: the lines add up to
 * the subtotal, subtotal + VAT = total, it has a date and a supplier, and the reader was sure of
 * the figures that matter. Each failed check is a reason the publican can read.
 */
final class InvoiceChecks {

    private static final List<String> KEY_FIELDS = List.of("VENDOR_NAME", "INVOICE_RECEIPT_ID",
            "INVOICE_RECEIPT_DATE", "TOTAL");

    private InvoiceChecks() {
    }

    static List<String> problems(ExtractedInvoice inv, BigDecimal minConfidence) {
        List<String> problems = new ArrayList<>();
        if (inv.supplierName() == null) {
            problems.add("no supplier name could be read");
        }
        if (inv.invoiceNumber() == null) {
            problems.add("no invoice number could be read");
        }
        if (inv.invoiceDate() == null) {
            problems.add("no invoice date could be read");
        }
        if (inv.gross() == null) {
            problems.add("no total could be read");
        }
        if (inv.net() != null && inv.vat() != null && inv.gross() != null
                && inv.net().add(inv.vat()).compareTo(inv.gross()) != 0) {
            problems.add("subtotal " + inv.net() + " + VAT " + inv.vat() + " is not the total " + inv.gross());
        }
        if (inv.lines().isEmpty()) {
            problems.add("no invoice lines could be read");
        } else if (inv.net() != null) {
            BigDecimal sum = inv.lines().stream().map(ExtractedInvoice.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(inv.net()) != 0) {
                problems.add("the lines add up to " + sum + ", not the subtotal " + inv.net());
            }
        }
        for (String field : KEY_FIELDS) {
            Float c = inv.confidence().get(field);
            if (c != null && BigDecimal.valueOf(c).compareTo(minConfidence) < 0) {
                problems.add("the reader is unsure of " + field + " (" + Math.round(c) + " %)");
            }
        }
        for (ExtractedInvoice.Line line : inv.lines()) {
            if (BigDecimal.valueOf(line.confidence()).compareTo(minConfidence) < 0) {
                problems.add("the reader is unsure of line " + line.lineNo() + " (" + Math.round(line.confidence()) + " %)");
            }
        }
        return problems;
    }
}
