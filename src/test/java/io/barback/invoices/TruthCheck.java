package io.barback.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What "applied wrong" means, for the corpus test and the straight-through benchmark alike: an
 * invoice booked with a supplier, number, date, total or VAT that differs from its document's
 * truth file, and, where the booked lines are at hand, a line whose quantity differs. Names compare
 * without regard to case, spacing, accents or a closing legal form; amounts by size (the document may print a credit note's
 * amounts with or without a sign), but a credit note must be booked as a credit and an invoice not.
 */
public final class TruthCheck {

    private TruthCheck() {
    }

    /**
     * Whether the document is no bill to book (a pro-forma, a quotation, a delivery note, a
     * statement: anything but an invoice or a credit note): booking it at all is wrong.
     */
    public static boolean notABill(JsonNode truth) {
        String type = documentType(truth);
        return !type.equals("invoice") && !type.equals("credit-note");
    }

    /** Whether the document is a credit note, however the truth spells it ("credit-note", "credit_note"). */
    public static boolean creditNote(JsonNode truth) {
        return documentType(truth).equals("credit-note");
    }

    /**
     * The truth's document type, "credit_note" and "Credit Note" written as "credit-note". A truth
     * that names none (the older files of {@code sample-invoices/}) is a credit note when its total is
     * negative, an invoice otherwise.
     */
    private static String documentType(JsonNode truth) {
        if (!truth.hasNonNull("documentType")) {
            String total = text(truth.path("fields"), "TOTAL") != null ? text(truth.path("fields"), "TOTAL")
                    : text(truth.path("fields"), "AMOUNT_DUE");
            return total != null && new BigDecimal(total).signum() < 0 ? "credit-note" : "invoice";
        }
        return truth.path("documentType").asText().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[_\\s]+", "-");
    }

    /** Each way the booked figures differ from the document's; empty when they all agree. */
    public static List<String> differences(JsonNode truth, String supplier, String number, LocalDate date,
                                           BigDecimal gross, BigDecimal vat) {
        JsonNode fields = truth.path("fields");
        List<String> differs = new ArrayList<>();
        String name = text(fields, "VENDOR_NAME");
        if (name != null && !sameSupplier(name, supplier)) {
            differs.add("supplier " + supplier + " ≠ " + name);
        }
        String printedNumber = text(fields, "INVOICE_RECEIPT_ID");
        if (printedNumber != null && !printedNumber.replaceAll("\\s+", "")
                .equalsIgnoreCase(String.valueOf(number).replaceAll("\\s+", ""))) {
            differs.add("number " + number + " ≠ " + printedNumber);
        }
        String printedDate = text(fields, "INVOICE_RECEIPT_DATE");
        if (printedDate != null && !LocalDate.parse(printedDate).equals(date)) {
            differs.add("date " + date + " ≠ " + printedDate);
        }
        String total = text(fields, "TOTAL") != null ? text(fields, "TOTAL") : text(fields, "AMOUNT_DUE");
        if (total != null && (gross == null || new BigDecimal(total).abs().compareTo(gross.abs()) != 0)) {
            differs.add("total " + gross + " ≠ " + total);
        }
        boolean creditNote = creditNote(truth);
        if (gross != null && gross.signum() != 0 && (gross.signum() < 0) != creditNote) {
            differs.add(creditNote ? "booked as an invoice, but it is a credit note"
                    : "booked as a credit, but it is an invoice");
        }
        String printedVat = text(fields, "TAX");
        if (printedVat != null && (vat == null || new BigDecimal(printedVat).abs().compareTo(vat.abs()) != 0)) {
            differs.add("VAT " + vat + " ≠ " + printedVat);
        }
        return differs;
    }

    /**
     * Each booked line whose quantity differs from the document's line of the same amount (the
     * stock moves by it): lines are paired by amount, as a line's position may differ (a discount
     * booked as a line of its own); a printed line no booked one matches in amount is left to the
     * totals' check. Quantities by size too, as a credit note's sign is Barback's.
     */
    public static List<String> lineDifferences(JsonNode truth, List<ExtractedInvoice.Line> lines) {
        List<String> differs = new ArrayList<>();
        List<ExtractedInvoice.Line> unpaired = new ArrayList<>(lines);
        for (JsonNode item : truth.path("lineItems")) {
            String price = text(item, "PRICE");
            String quantity = text(item, "QUANTITY");
            // a line the document prints no quantity on, however the truth file writes it (null or "")
            if (price == null || quantity == null || quantity.isBlank()) {
                continue;
            }
            BigDecimal amount = new BigDecimal(price).abs();
            String name = squeeze(text(item, "ITEM"));
            // the line of the same name and amount; else the one line of the name (lines taken net of the
            // VAT printed in them no longer show the document's amounts, and one may come to another
            // line's); else the line of the amount
            List<ExtractedInvoice.Line> named = unpaired.stream()
                    .filter(l -> name.equalsIgnoreCase(squeeze(l.description()))).toList();
            Optional<ExtractedInvoice.Line> sameAmount = unpaired.stream()
                    .filter(l -> l.amount() != null && l.amount().abs().compareTo(amount) == 0)
                    .min(Comparator.comparing(l -> named.contains(l) ? 0 : 1));
            Optional<ExtractedInvoice.Line> pair = sameAmount.filter(named::contains)
                    .or(() -> named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty())
                    .or(() -> sameAmount);
            pair.ifPresent(l -> {
                unpaired.remove(l);
                // a quantity the truth gives as printed, not a number ("1h 30m"), no booked figure matches
                BigDecimal wanted = io.barback.documents.PrintedValues.number(quantity).orElse(null);
                if (l.quantity() == null || wanted == null || l.quantity().abs().compareTo(wanted.abs()) != 0) {
                    differs.add("line " + l.lineNo() + " quantity " + l.quantity() + " ≠ " + quantity);
                }
            });
        }
        return differs;
    }

    /** A review reason with its figures taken out, so that like reasons count together. */
    public static String reasonKind(String problem) {
        return problem.replaceAll("[-\\d.,]+", "#").replaceAll("\\(#[^)]*\\)", "(#)");
    }

    /**
     * Whether the name booked is the document's supplier: the same words, or the same but for the
     * legal form closing one of them. A page that heads itself "Ardmore Bakery" and signs its
     * imprint "Ardmore Bakery Ltd" names one supplier both ways, and the corpora's truth files
     * disagree on which to give (the eighth the letterhead's, the 23rd the imprint's).
     */
    static boolean sameSupplier(String truth, String booked) {
        // accents aside, as the catalog tells suppliers apart: an accent OCR lost ("Freres" for
        // "Frères") books to the same supplier
        String t = withoutAccents(truth);
        String b = withoutAccents(booked);
        // and its punctuation aside: "Roche & Co." and "Roche & Co" are one name
        // and both at once: "Roasting Co. Ltd" and "Roasting Co" are one name
        return squeeze(t).equalsIgnoreCase(squeeze(b)) || withoutLegalForm(t).equalsIgnoreCase(withoutLegalForm(b))
                || withoutStops(t).equalsIgnoreCase(withoutStops(b))
                || withoutLegalForm(withoutStops(t)).equalsIgnoreCase(withoutLegalForm(withoutStops(b)));
    }

    /** The name with its full stops and commas left out, its spaces squeezed. */
    private static String withoutStops(String name) {
        return squeeze(String.valueOf(name).replaceAll("[.,]", " "));
    }

    private static String withoutAccents(String name) {
        return name == null ? null
                : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Whether the name booked differs from the truth's only by the legal form closing one of them. */
    public static boolean onlyByLegalForm(JsonNode truth, String booked) {
        String name = text(truth.path("fields"), "VENDOR_NAME");
        return name != null && booked != null && !squeeze(name).equalsIgnoreCase(squeeze(booked)) && sameSupplier(name, booked);
    }

    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
            "(?i)[\\s,]+(ltd|limited|dac|plc|teo|teoranta|clg|uc|llp|gmbh|ag|kg|sas|sarl|sa|s\\.a|bv|b\\.v|nv|n\\.v"
                    + "|sl|s\\.l|slu|s\\.l\\.u|srl|s\\.r\\.l|spa|s\\.p\\.a|lda)\\.?$");

    private static String withoutLegalForm(String name) {
        return LEGAL_FORM.matcher(squeeze(name)).replaceFirst("").strip();
    }

    private static String squeeze(String s) {
        return String.valueOf(s).replaceAll("\\s+", " ").strip();
    }

    private static String text(JsonNode fields, String field) {
        JsonNode v = fields.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }
}
