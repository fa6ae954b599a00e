package io.barback.invoices;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether an invoice may go into the books without a person looking at it: the lines add up to
 * the subtotal, subtotal + VAT = total, it has a date and a supplier, and the reader was sure of
 * the figures that matter. Each failed check is a reason the publican can read.
 */
final class InvoiceChecks {

    private static final List<String> KEY_FIELDS = List.of("VENDOR_NAME", "INVOICE_RECEIPT_ID",
            "INVOICE_RECEIPT_DATE", "TOTAL");

    /** The reader reports a value it worked out rather than read with a confidence below this. */
    static final BigDecimal GUESSED = new BigDecimal("50");

    private InvoiceChecks() {
    }

    /**
     * Whether the supplier read is the venue itself: an invoice is addressed to the pub, so its
     * name read as the supplier's is the customer's block taken for the letterhead (a label lost to
     * a photo, the pub's name printed largest). Compared as the catalog compares suppliers' names
     * ("The", legal forms, accents and punctuation aside), but whole: a supplier that only begins
     * with the pub's name is another firm.
     */
    static boolean venuesOwnName(String supplier, String venueName) {
        if (supplier == null || venueName == null) {
            return false;
        }
        String name = CatalogMatcher.company(supplier);
        return name.length() >= 3 && name.equals(CatalogMatcher.company(venueName));
    }

    static boolean sumsAgree(ExtractedInvoice inv) {
        if (inv.net() == null || inv.vat() == null || inv.gross() == null || inv.lines().isEmpty()) {
            return false;
        }
        BigDecimal sum = inv.lines().stream().map(ExtractedInvoice.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(inv.net()) == 0 && inv.net().add(inv.vat()).compareTo(inv.gross()) == 0;
    }

    /**
     * Whether the figures confirm the total however faintly it was read: line amounts the reader
     * was sure of add up to the subtotal, and the subtotal plus a VAT it was sure of is the total to
     * the cent. A misread total does not land on that sum by chance. Only the amounts count here: a
     * faint quantity does not make the sum less sure (it is checked as a line of its own).
     */
    static boolean totalConfirmed(ExtractedInvoice inv, BigDecimal minConfidence) {
        Float vat = inv.confidence().get("TAX");
        return sumsAgree(inv) && vat != null && BigDecimal.valueOf(vat).compareTo(minConfidence) >= 0
                && inv.lines().stream().allMatch(l -> BigDecimal.valueOf(l.amountConfidence()).compareTo(minConfidence) >= 0);
    }

    /** An invoice date and its due date further apart than this many days are not both read right. */
    private static final int DATES_APART = 366;
    /** A due date more than this many days before the invoice's date is not read right either. */
    private static final int DUE_BEFORE = 31;

    static List<String> problems(ExtractedInvoice inv, BigDecimal minConfidence) {
        List<String> problems = new ArrayList<>();
        if (inv.notAnInvoice() != null) {
            problems.add("the document is " + inv.notAnInvoice() + ", not an invoice: nothing is owed on it until the"
                    + " invoice itself comes");
        }
        if (inv.supplierName() == null) {
            problems.add("no supplier name could be read");
        }
        if (inv.invoiceNumber() == null) {
            problems.add("no invoice number could be read");
        }
        if (inv.invoiceDate() == null) {
            problems.add("no invoice date could be read");
        }
        long toPay = inv.invoiceDate() == null || inv.dueDate() == null ? 0
                : ChronoUnit.DAYS.between(inv.invoiceDate(), inv.dueDate());
        if (toPay > DATES_APART || toPay < -DUE_BEFORE) {
            // no supplier gives more than a year to pay, nor asks for payment a month before its bill:
            // one of the two dates is misread
            problems.add(toPay > 0
                    ? "the invoice date " + inv.invoiceDate() + " and the due date " + inv.dueDate()
                            + " are more than a year apart: one of them is misread"
                    : "the due date " + inv.dueDate() + " is more than a month before the invoice date "
                            + inv.invoiceDate() + ": one of them is misread");
        }
        if (inv.gross() == null) {
            problems.add("no total could be read");
        }
        if (inv.vat() == null) {
            problems.add("no VAT amount could be read");
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
        boolean totalConfirmed = totalConfirmed(inv, minConfidence);
        for (String field : KEY_FIELDS) {
            Float c = inv.confidence().get(field);
            if (field.equals("TOTAL") && totalConfirmed) {
                continue;
            }
            if (c != null && BigDecimal.valueOf(c).compareTo(minConfidence) < 0) {
                problems.add("the reader is unsure of " + field + " (" + Math.round(c) + " %)");
            }
        }
        // lines that add up to the subtotal of a total that adds up have their amounts confirmed
        // (across pages, which the reader, seeing one page at a time, cannot do), however faintly
        // read or mended ("10.000" for 10.00): then only a guessed quantity (one worked out from the
        // prices, or a faint figure read for it) needs a person
        boolean sumsAgree = sumsAgree(inv);
        List<ExtractedInvoice.Line> unsure = inv.lines().stream()
                .filter(l -> sumsAgree ? BigDecimal.valueOf(l.quantityConfidence()).compareTo(GUESSED) < 0
                        : BigDecimal.valueOf(l.confidence()).compareTo(minConfidence) < 0).toList();
        if (unsure.size() == 1) {
            ExtractedInvoice.Line line = unsure.get(0);
            problems.add("the reader is unsure of line " + line.lineNo() + " ("
                    + Math.round(sumsAgree ? line.quantityConfidence() : line.confidence()) + " %)");
        } else if (unsure.size() > 1) {
            problems.add("the reader is unsure of " + unsure.size() + " lines (" + unsure.stream()
                    .map(l -> String.valueOf(l.lineNo())).limit(10).collect(Collectors.joining(", "))
                    + (unsure.size() > 10 ? ", ..." : "") + ")");
        }
        return problems;
    }
}
