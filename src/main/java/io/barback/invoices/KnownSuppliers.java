package io.barback.invoices;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.barback.documents.EditDistance;

/**
 * The suppliers a venue already deals with, set against the supplier an invoice was read from.
 * A pub buys from the same score of firms month after month, so the books know the name a
 * supplier goes by and its VAT number; what the reader makes of a scan's letterhead does not have
 * to stand alone:
 * <ul>
 * <li>a VAT number that is a booked supplier's, to the letter, names that supplier, whatever OCR
 *     made of the name, unless the name was read surely as another firm's, which a person settles;</li>
 * <li>a name read as a known supplier's (legal form, accents, case and punctuation aside) is that
 *     supplier's, unless a VAT number read surely says otherwise;</li>
 * <li>a name a letter or two from a known supplier's is a misreading or a new firm: a person
 *     says which, rather than the books gaining a second ledger for one supplier.</li>
 * </ul>
 * A recognised invoice is booked under the name the venue books the supplier by, so that its spend,
 * its duplicates and its product codes are found under one name. Names from the catalog's supplier
 * codes confirm a name read but do not rename it (they are what the publican typed, not what the
 * supplier prints).
 */
final class KnownSuppliers {

    /** A supplier the venue knows: from an invoice in its books ({@code booked}), or only from its catalog. */
    record Supplier(String name, String vatNumber, boolean booked) {
    }

    /**
     * The invoice to check (renamed when recognised), a doubt for a person when the books disagree
     * with it, and whether the books vouched for a supplier the page alone left in doubt (a name read
     * unsurely, or otherwise than the books have it).
     */
    record Recognition(ExtractedInvoice invoice, String doubt, boolean vouched) {
        Recognition(ExtractedInvoice invoice, String doubt) {
            this(invoice, doubt, false);
        }
    }

    private static final String NAME = "VENDOR_NAME";
    private static final String VAT = "VENDOR_VAT_NUMBER";
    private static final float RECOGNISED = 100f;

    private KnownSuppliers() {
    }

    /**
     * Sets the supplier read against the venue's known suppliers ({@code known} in order of
     * preference: the most invoices first).
     */
    static Recognition recognise(ExtractedInvoice inv, List<Supplier> known, BigDecimal minConfidence) {
        String readName = inv.supplierName();
        String readVat = vatKey(inv.supplierVat());
        // however unsurely OCR read it, a VAT number that is a booked supplier's to the letter is theirs
        if (readVat != null) {
            Optional<Supplier> byVat = known.stream().filter(s -> s.booked() && readVat.equals(vatKey(s.vatNumber())))
                    .findFirst();
            if (byVat.isPresent()) {
                Supplier s = byVat.get();
                if (readName == null || !sure(inv, NAME, minConfidence) || alike(readName, s.name())) {
                    return vouchedFor(inv, renamed(inv, s, minConfidence), minConfidence);
                }
                return new Recognition(inv, "the VAT number " + inv.supplierVat() + " is that of " + s.name()
                        + ", a supplier in the books, but the supplier read is " + readName
                        + ": correct the supplier's name when approving if it is " + s.name());
            }
        }
        String company = readName == null ? "" : CatalogMatcher.company(readName);
        if (company.length() < 3) {
            return new Recognition(inv, null);
        }
        String vat = sure(inv, VAT, minConfidence) ? readVat : null;
        for (Supplier s : known) {
            if (CatalogMatcher.company(s.name()).equals(company) && !otherVat(vat, s)) {
                return vouchedFor(inv, s.booked() ? renamed(inv, s, minConfidence) : confirmed(inv), minConfidence);
            }
        }
        for (Supplier s : known) {
            if (nearly(company, CatalogMatcher.company(s.name())) && !otherVat(vat, s)) {
                return new Recognition(inv, "the supplier read, " + readName + ", is no supplier the venue knows, but"
                        + " close to " + s.name() + ", one it does: correct the supplier's name when approving if it is "
                        + s.name());
            }
        }
        return new Recognition(inv, null);
    }

    private static Recognition vouchedFor(ExtractedInvoice read, ExtractedInvoice recognised, BigDecimal minConfidence) {
        boolean vouched = !sure(read, NAME, minConfidence) || !recognised.supplierName().equals(read.supplierName());
        return new Recognition(recognised, null, vouched);
    }

    /** A number booked from a supplier, and whether it was a credit note's. */
    record Booked(String number, boolean creditNote) {
    }

    /**
     * Where the books vouched for the supplier, its invoice number is held to the shape of those
     * it has booked from it ("GB-7750" like "GB-7731", letters for letters and digits for
     * digits): a number shaped like none of them is a misreading the name no longer stops, or a new
     * series that a person sees once. A credit note is held to the supplier's credit notes and an
     * invoice to its invoices: the two are numbered in series of their own ("CN-0042", "SI-004443").
     */
    static String unlikeItsNumbers(String number, boolean creditNote, String supplier, List<Booked> booked) {
        List<String> sameKind = booked.stream().filter(b -> b.creditNote() == creditNote).map(Booked::number).toList();
        if (number == null || sameKind.isEmpty() || sameKind.stream().anyMatch(n -> shape(n).equals(shape(number)))) {
            return null;
        }
        return "the " + (creditNote ? "credit note" : "invoice") + " number read, " + number
                + ", is shaped like none of those booked from " + supplier + " ("
                + String.join(", ", sameKind.stream().limit(3).toList()) + ")";
    }

    /** Letters as A (a in lower case), digits as 9, the rest as printed. */
    private static String shape(String number) {
        return number.strip().replaceAll("\\p{Lu}", "A").replaceAll("\\p{Ll}", "a").replaceAll("\\d", "9");
    }

    /** A VAT number to compare: letters and digits only, without its country prefix (IE, GB, XI, ...). */
    static String vatKey(String vat) {
        if (vat == null) {
            return null;
        }
        String compact = vat.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        String body = compact.matches("[A-Z]{2}\\d.*") ? compact.substring(2) : compact;
        return body.length() >= 8 ? body : null;
    }

    private static boolean otherVat(String vat, Supplier s) {
        String theirs = vatKey(s.vatNumber());
        return vat != null && theirs != null && !vat.equals(theirs);
    }

    private static boolean sure(ExtractedInvoice inv, String field, BigDecimal minConfidence) {
        Float c = inv.confidence().get(field);
        return c == null || BigDecimal.valueOf(c).compareTo(minConfidence) >= 0;
    }

    /** The same firm by its name, read sure: the same name, or one that misses or adds a word or a few letters. */
    private static boolean alike(String read, String known) {
        String a = CatalogMatcher.company(read);
        String b = CatalogMatcher.company(known);
        return a.equals(b) || nearly(a, b) || (!a.isEmpty() && !b.isEmpty() && (a.startsWith(b + " ") || b.startsWith(a + " ")));
    }

    /** Two names a few letters apart: at most two edits, and at most one in eight letters. */
    static boolean nearly(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < 6) {
            return false;
        }
        int edits = EditDistance.between(a, b);
        return edits <= 2 && edits * 8 <= Math.max(a.length(), b.length());
    }

    /** Under the booked supplier's name, and with its VAT number unless the page's own was read surely. */
    private static ExtractedInvoice renamed(ExtractedInvoice inv, Supplier s, BigDecimal minConfidence) {
        boolean ownVat = inv.supplierVat() != null && (s.vatNumber() == null || sure(inv, VAT, minConfidence));
        return inv.withSupplier(s.name(), ownVat ? inv.supplierVat() : s.vatNumber(), sureOf(inv));
    }

    private static ExtractedInvoice confirmed(ExtractedInvoice inv) {
        return inv.withSupplier(inv.supplierName(), inv.supplierVat(), sureOf(inv));
    }

    private static Map<String, Float> sureOf(ExtractedInvoice inv) {
        Map<String, Float> confidence = new HashMap<>(inv.confidence());
        confidence.put(NAME, RECOGNISED);
        return confidence;
    }
}
