package io.barback.textract.corpus;

import static io.barback.textract.corpus.PageCanvas.COURIER;
import static io.barback.textract.corpus.PageCanvas.COURIER_BOLD;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.barback.textract.corpus.Formats.DateStyle;
import io.barback.textract.corpus.Invoice.Line;
import io.barback.textract.corpus.Invoice.VatBand;

/** Cash & carry till invoice: Courier, dense zebra table, VAT codes, VAT analysis; runs onto a second page. */
final class CashAndCarryLayout extends InvoiceLayout {

    private static final DateStyle DATES = DateStyle.DOTS;
    private static final int SINGLE_PAGE_ROWS = 34;
    private static final int FIRST_PAGE_ROWS = 40;
    private static final float TABLE_TOP = 206;

    @Override
    boolean printsAmountDue(Invoice invoice) {
        return true;
    }

    @Override
    String printedVendorAddress(Supplier supplier) {
        return String.join(", ", supplier.address());
    }

    static int pages(Invoice inv) {
        return inv.lines().size() <= SINGLE_PAGE_ROWS ? 1 : 2;
    }

    @Override
    void draw(PDDocument document, Invoice inv) throws IOException {
        List<Line> lines = inv.lines();
        if (pages(inv) == 1) {
            try (PageCanvas c = new PageCanvas(document)) {
                firstPageHeader(c, inv, "Page 1 of 1");
                closing(c, inv, items().draw(c, MARGIN, TABLE_TOP, lines));
                footerLines(c, inv.supplier());
            }
            return;
        }
        try (PageCanvas c = new PageCanvas(document)) {
            firstPageHeader(c, inv, "Page 1 of 2");
            float y = items().draw(c, MARGIN, TABLE_TOP, lines.subList(0, FIRST_PAGE_ROWS));
            c.right(COURIER_BOLD, 9, RIGHT, y + 14, "Continued on page 2 ...");
            footerLines(c, inv.supplier());
        }
        try (PageCanvas c = new PageCanvas(document)) {
            c.text(COURIER_BOLD, 12, MARGIN, 52, inv.supplier().name());
            c.right(COURIER, 9, RIGHT, 52, "Page 2 of 2");
            c.text(COURIER, 9, MARGIN, 66, "SALES INVOICE (continued)   Document No. " + inv.number());
            c.hline(MARGIN, RIGHT, 76, 0.8f);
            closing(c, inv, items().draw(c, MARGIN, 90, lines.subList(FIRST_PAGE_ROWS, lines.size())));
            footerLines(c, inv.supplier());
        }
    }

    private static void firstPageHeader(PageCanvas c, Invoice inv, String page) throws IOException {
        Supplier s = inv.supplier();
        c.text(COURIER_BOLD, 15, MARGIN, 52, s.name());
        c.text(COURIER, 9, MARGIN, 67, String.join(", ", s.address()));
        c.text(COURIER, 9, MARGIN, 79, "Tel " + s.phone() + "   VAT No. " + s.vatNumber());
        c.text(COURIER, 9, MARGIN, 91, "TRADE ONLY - ALL PRICES IN EUR");
        c.right(COURIER_BOLD, 13, RIGHT, 52, "SALES INVOICE");
        c.right(COURIER, 9, RIGHT, 67, page);
        c.hline(MARGIN, RIGHT, 101, 0.8f);
        int minutes = Math.floorMod(inv.number().hashCode(), 600);
        String time = String.format("%02d:%02d", 8 + minutes / 60, minutes % 60);
        labelsLeft(c, pairs("Document No.", inv.number(), "Date", date(DATES, inv.date()), "Time", time, "Account",
                account(inv), "Branch", "Limerick (02)", "Till/Op", "T4 / 117"), COURIER, COURIER_BOLD, 9, MARGIN,
                MARGIN + 84, 117, 11.5f);
        c.text(COURIER, 8, 310, 117, "Customer");
        c.text(COURIER_BOLD, 9, 310, 129, inv.billTo().name());
        lines(c, COURIER, 9, 310, 140.5f, 11.5f, inv.billTo().address());
    }

    private static Table<Line> items() {
        return new Table<Line>()
                .left("Code", 50, Line::code)
                .left("Description", 266, Line::description)
                .right("Qty", 40, l -> Formats.quantity(l.quantity()))
                .right("Price", 62, l -> amount(l.unitPrice(), false, false))
                .left("VAT", 30, l -> vatCode(l.vatRate()))
                .right("Value", 67, l -> amount(l.amount(), false, false))
                .fonts(COURIER, COURIER_BOLD, 8, 8)
                .heights(12, 14)
                .padding(3)
                .headFill(new Color(0.85f, 0.85f, 0.85f), Color.BLACK)
                .zebra(new Color(0.94f, 0.94f, 0.94f));
    }

    private static String vatCode(BigDecimal rate) {
        return switch (rate.stripTrailingZeros().toPlainString()) {
            case "23" -> "S";
            case "13.5" -> "R";
            case "0" -> "Z";
            default -> throw new IllegalArgumentException(rate.toPlainString());
        };
    }

    /** Line count, VAT analysis and totals under the last rows of the table. */
    private static void closing(PageCanvas c, Invoice inv, float y) throws IOException {
        BigDecimal units = inv.lines().stream().map(Line::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        c.text(COURIER, 8, MARGIN, y + 12, "Lines: " + inv.lines().size() + "   Units: " + Formats.quantity(units));
        new Table<VatBand>()
                .left("Code", 36, b -> vatCode(b.rate()))
                .right("Rate", 48, b -> Formats.rate(b.rate()))
                .right("Goods", 66, b -> amount(b.net(), false, false))
                .right("VAT", 60, b -> amount(b.vat(), false, false))
                .fonts(COURIER, COURIER_BOLD, 8, 8)
                .heights(12, 13)
                .padding(3)
                .draw(c, MARGIN, y + 22, inv.vatBands());
        float next = labelsRight(c, pairs("Total excl. VAT", amount(inv.subtotal(), false, false), "VAT",
                amount(inv.tax(), false, false), "Total incl. VAT", amount(inv.total(), false, false)), COURIER,
                COURIER, 9, 340, RIGHT - 3, y + 32, 12);
        c.box(336, next - 5, RIGHT - 336, 18, 0.8f);
        labelsRight(c, pairs("Amount Due", amount(inv.total(), false, false)), COURIER_BOLD, COURIER_BOLD, 10, 340,
                RIGHT - 3, next + 8, 12);
    }

    private static void footerLines(PageCanvas c, Supplier s) throws IOException {
        footer(c, COURIER, 7, List.of(
                "Goods sold subject to our conditions of sale. Returns within 7 days with this invoice.",
                s.name() + ", Reg. No. " + s.companyNumber() + ". " + s.bank() + " IBAN " + s.iban() + " BIC "
                        + s.bic(),
                s.email() + "   " + s.web() + "   Open Mon-Sat 07:00-17:00"));
    }
}
