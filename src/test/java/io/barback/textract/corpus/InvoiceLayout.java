package io.barback.textract.corpus;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A supplier's invoice design: draws an invoice onto PDF pages and says what it prints for the truth file. */
abstract class InvoiceLayout {

    static final float MARGIN = 40;
    static final float RIGHT = PageCanvas.WIDTH - MARGIN;

    abstract void draw(PDDocument document, Invoice invoice) throws IOException;

    /** Whether an "Amount Due" / "Balance Due" line is printed besides the total. */
    boolean printsAmountDue(Invoice invoice) {
        return false;
    }

    /** Whether the items table has a product code column. */
    boolean printsProductCodes() {
        return true;
    }

    /** The supplier's address as printed, lines joined with one space, in reading order. */
    String printedVendorAddress(Supplier supplier) {
        return String.join(" ", supplier.address());
    }

    static InvoiceLayout of(Supplier supplier) {
        return switch (supplier.layout()) {
            case "drinks-distributor" -> new DrinksDistributorLayout();
            case "brewery" -> new BreweryLayout();
            case "wine-merchant" -> new WineMerchantLayout();
            case "cash-and-carry" -> new CashAndCarryLayout();
            case "snacks-supplier" -> new SnacksLayout();
            case "minerals-supplier" -> new MineralsLayout();
            case "cleaning-supplier" -> new CleaningLayout();
            case "glassware-supplier" -> new GlasswareLayout();
            default -> throw new IllegalArgumentException(supplier.layout());
        };
    }

    /** Label/value pairs, leaving out the ones whose value is not printed (null). */
    static List<String[]> pairs(String... labelsAndValues) {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            if (labelsAndValues[i + 1] != null) {
                pairs.add(new String[] {labelsAndValues[i], labelsAndValues[i + 1]});
            }
        }
        return pairs;
    }

    /** Lines of text one under another from baseline {@code y}; returns the next baseline. */
    static float lines(PageCanvas c, PDFont font, float size, float x, float y, float leading, List<String> lines)
            throws IOException {
        for (String line : lines) {
            c.text(font, size, x, y, line);
            y += leading;
        }
        return y;
    }

    static float rightLines(PageCanvas c, PDFont font, float size, float rightX, float y, float leading,
            List<String> lines) throws IOException {
        for (String line : lines) {
            c.right(font, size, rightX, y, line);
            y += leading;
        }
        return y;
    }

    /** Label at {@code labelX}, value on the same line at {@code valueX} (left aligned); returns next baseline. */
    static float labelsLeft(PageCanvas c, List<String[]> pairs, PDFont labelFont, PDFont valueFont, float size,
            float labelX, float valueX, float y, float leading) throws IOException {
        for (String[] pair : pairs) {
            c.text(labelFont, size, labelX, y, pair[0]);
            c.text(valueFont, size, valueX, y, pair[1]);
            y += leading;
        }
        return y;
    }

    /** Label left at {@code labelX}, value right-aligned at {@code valueRightX}; returns next baseline. */
    static float labelsRight(PageCanvas c, List<String[]> pairs, PDFont labelFont, PDFont valueFont, float size,
            float labelX, float valueRightX, float y, float leading) throws IOException {
        for (String[] pair : pairs) {
            c.text(labelFont, size, labelX, y, pair[0]);
            c.right(valueFont, size, valueRightX, y, pair[1]);
            y += leading;
        }
        return y;
    }

    /** Labels in a row with each value under its label, columns {@code step} apart. */
    static void labelsAbove(PageCanvas c, List<String[]> pairs, PDFont labelFont, PDFont valueFont, float labelSize,
            float valueSize, float x, float y, float step, float gap) throws IOException {
        for (String[] pair : pairs) {
            c.text(labelFont, labelSize, x, y, pair[0]);
            c.text(valueFont, valueSize, x, y + gap, pair[1]);
            x += step;
        }
    }

    /** A customer block: heading, pub name, address lines; returns the next baseline. */
    static float party(PageCanvas c, String heading, Pub pub, PDFont headingFont, PDFont nameFont, PDFont font,
            float size, float x, float y, float leading) throws IOException {
        c.text(headingFont, size - 1, x, y, heading);
        c.text(nameFont, size, x, y + leading + 2, pub.name());
        return lines(c, font, size, x, y + 2 * leading + 2, leading, pub.address());
    }

    static String amount(BigDecimal value, boolean euro, boolean thousands) {
        return Formats.amount(value, euro, thousands);
    }

    /** A date in the layout's style; null when the document does not print it. */
    static String date(Formats.DateStyle style, LocalDate date) {
        return date == null ? null : style.format(date);
    }

    /** The customer's account number with this supplier, as printed in the meta block. */
    static String account(Invoice invoice) {
        int n = Math.floorMod((invoice.supplier().slug() + invoice.billTo().name()).hashCode(), 900) + 100;
        return invoice.billTo().accountCode() + n;
    }

    /** Three centred footer lines between a rule and the bottom of the page. */
    static void footer(PageCanvas c, PDFont font, float size, List<String> lines) throws IOException {
        c.hline(MARGIN, RIGHT, 774, 0.5f);
        float y = 788;
        for (String line : lines) {
            c.centre(font, size, PageCanvas.WIDTH / 2, y, line);
            y += size + 3;
        }
    }
}
