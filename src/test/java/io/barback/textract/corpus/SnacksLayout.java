package io.barback.textract.corpus;

import static io.barback.textract.corpus.PageCanvas.HELVETICA;
import static io.barback.textract.corpus.PageCanvas.HELVETICA_BOLD;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.barback.textract.corpus.Formats.DateStyle;
import io.barback.textract.corpus.Invoice.Line;
import io.barback.textract.corpus.Invoice.VatBand;

/** Snacks wholesaler: white-on-maroon banner, "Inv #" / "Dated" / terms line, discount column, VAT analysis. */
final class SnacksLayout extends InvoiceLayout {

    private static final Color MAROON = new Color(128, 28, 36);
    private static final Color STRIPE = new Color(247, 238, 238);
    private static final DateStyle DATES = DateStyle.SHORT;

    @Override
    void draw(PDDocument document, Invoice inv) throws IOException {
        Supplier s = inv.supplier();
        try (PageCanvas c = new PageCanvas(document)) {
            banner(c, s);
            lines(c, HELVETICA, 9, MARGIN, 106, 11, s.address());
            rightLines(c, HELVETICA, 9, RIGHT, 106, 11, List.of("Tel " + s.phone(), s.email(),
                    "VAT No: " + s.vatNumber()));
            c.hline(MARGIN, RIGHT, 142, 0.4f);
            party(c, "Customer", inv.billTo(), HELVETICA_BOLD, HELVETICA_BOLD, HELVETICA, 10, MARGIN, 164, 12.5f);
            meta(c, inv);
            float y = items().draw(c, MARGIN, 248, inv.lines());
            vatAnalysis(c, inv, y + 20);
            totals(c, inv, y + 20);
            lines(c, HELVETICA, 8, MARGIN, 740, 10.5f, List.of(
                    "Thank you for your custom! Claims for shortages or damages must be made within 48 hours.",
                    "Minimum order 10 cases for free delivery. Orders before 2pm delivered next working day."));
            footer(c, HELVETICA, 7.5f, List.of(
                    s.name() + " \u00b7 Co. Reg. " + s.companyNumber() + " \u00b7 VAT No: " + s.vatNumber(),
                    "Bank details: " + s.bank() + " \u00b7 IBAN " + s.iban() + " \u00b7 BIC " + s.bic(),
                    s.web()));
        }
    }

    private static void banner(PageCanvas c, Supplier s) throws IOException {
        c.fill(0, 0, PageCanvas.WIDTH, 84, MAROON);
        c.textColour(Color.WHITE);
        c.text(HELVETICA_BOLD, 21, MARGIN, 46, s.name());
        c.text(HELVETICA, 9.5f, MARGIN, 64, "Wholesale Snacks & Bar Food \u00b7 Delivering across Munster");
        c.right(HELVETICA_BOLD, 24, RIGHT, 58, "INVOICE");
        c.textColour(Color.BLACK);
    }

    private static void meta(PageCanvas c, Invoice inv) throws IOException {
        float y = labelsLeft(c, pairs("Inv #", inv.number(), "Dated", date(DATES, inv.date()), "Your Order No.",
                inv.poNumber(), "Customer Acc.", account(inv)), HELVETICA, HELVETICA_BOLD, 9.5f, 340, 430, 164, 13);
        if (inv.dueDate() != null) {
            c.text(HELVETICA_BOLD, 9.5f, 340, y + 4, "Terms: " + inv.termsDays() + " days \u2014 due "
                    + date(DATES, inv.dueDate()));
        }
    }

    private static Table<Line> items() {
        return new Table<Line>()
                .left("Description", 205, Line::description)
                .left("Code", 62, Line::code)
                .right("Cases", 42, l -> Formats.quantity(l.quantity()))
                .right("Price/Case", 68, l -> amount(l.unitPrice(), true, true))
                .right("Disc%", 45, l -> l.discountPercent().signum() == 0 ? "" : Formats.rate(l.discountPercent()))
                .right("Net", 93, l -> amount(l.amount(), true, true))
                .fonts(HELVETICA, HELVETICA_BOLD, 9, 9)
                .heights(17, 19)
                .headFill(MAROON, Color.WHITE)
                .zebra(STRIPE);
    }

    private static void vatAnalysis(PageCanvas c, Invoice inv, float y) throws IOException {
        new Table<VatBand>()
                .left("VAT Rate", 60, b -> Formats.rate(b.rate()))
                .right("Net", 80, b -> amount(b.net(), true, true))
                .right("VAT", 70, b -> amount(b.vat(), true, true))
                .fonts(HELVETICA, HELVETICA_BOLD, 8.5f, 8.5f)
                .heights(14, 15)
                .headFill(STRIPE, Color.BLACK)
                .draw(c, MARGIN, y, inv.vatBands());
    }

    private static void totals(PageCanvas c, Invoice inv, float y) throws IOException {
        float next = labelsRight(c, pairs("Sub Total", amount(inv.subtotal(), true, true), "Tax",
                amount(inv.tax(), true, true)), HELVETICA, HELVETICA, 10, 380, RIGHT - 6, y + 12, 15);
        c.box(374, next - 3, RIGHT - 374, 21, 1f);
        labelsRight(c, pairs("Total", amount(inv.total(), true, true)), HELVETICA_BOLD, HELVETICA_BOLD, 11.5f, 380,
                RIGHT - 6, next + 12, 15);
    }
}
