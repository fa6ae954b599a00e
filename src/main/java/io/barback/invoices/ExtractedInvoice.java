package io.barback.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An invoice as the reader gave it, in Barback's terms: parsed dates (day first), amounts as
 * BigDecimal (a credit note's are negative), and the reader's confidence in each key field.
 * {@code notAnInvoice} names what the document says it is when that is not a bill to book (a
 * pro-forma, a statement of account, a quotation), else null.
 */
public record ExtractedInvoice(String supplierName, String supplierVat, String invoiceNumber, LocalDate invoiceDate,
                               LocalDate dueDate, String currency, boolean creditNote, List<Line> lines,
                               BigDecimal net, BigDecimal vat, BigDecimal gross, Map<String, Float> confidence,
                               String notAnInvoice) {

    /**
     * One line as printed; quantity or prices are null when the line has none (a discount).
     * {@code confidence} is the reader's in what moves stock and money (the quantity and the
     * amount, the lesser); {@code amountConfidence} in the amount alone, which is all the sums
     * check; {@code quantityConfidence} in the quantity alone, which they do not.
     */
    public record Line(int lineNo, String description, String productCode, BigDecimal quantity,
                       BigDecimal unitPrice, BigDecimal amount, float confidence, float amountConfidence,
                       float quantityConfidence) {

        /** A line whose quantity is known only as surely as the line as a whole. */
        public Line(int lineNo, String description, String productCode, BigDecimal quantity,
                    BigDecimal unitPrice, BigDecimal amount, float confidence, float amountConfidence) {
            this(lineNo, description, productCode, quantity, unitPrice, amount, confidence, amountConfidence, confidence);
        }

        /** A line whose amount was read as surely as the line as a whole. */
        public Line(int lineNo, String description, String productCode, BigDecimal quantity,
                    BigDecimal unitPrice, BigDecimal amount, float confidence) {
            this(lineNo, description, productCode, quantity, unitPrice, amount, confidence, confidence);
        }
    }

    /** The same invoice with a person's corrections applied (any null keeps the read value). */
    ExtractedInvoice corrected(String supplierName, String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate,
                               BigDecimal net, BigDecimal vat, BigDecimal gross) {
        return new ExtractedInvoice(supplierName != null ? supplierName : this.supplierName, supplierVat,
                invoiceNumber != null ? invoiceNumber : this.invoiceNumber,
                invoiceDate != null ? invoiceDate : this.invoiceDate, dueDate != null ? dueDate : this.dueDate,
                currency, creditNote, lines, net != null ? net : this.net, vat != null ? vat : this.vat,
                gross != null ? gross : this.gross, confidence, notAnInvoice);
    }

    /** The same invoice under another supplier name and VAT number (a supplier the venue knows), with these confidences. */
    ExtractedInvoice withSupplier(String supplierName, String supplierVat, Map<String, Float> confidence) {
        return new ExtractedInvoice(supplierName, supplierVat, invoiceNumber, invoiceDate, dueDate, currency, creditNote,
                lines, net, vat, gross, confidence, notAnInvoice);
    }
}
