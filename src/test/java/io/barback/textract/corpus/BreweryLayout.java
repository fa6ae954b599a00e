package io.barback.textract.corpus;

import static io.barback.textract.corpus.PageCanvas.TIMES;
import static io.barback.textract.corpus.PageCanvas.TIMES_BOLD;
import static io.barback.textract.corpus.PageCanvas.TIMES_BOLD_ITALIC;
import static io.barback.textract.corpus.PageCanvas.TIMES_ITALIC;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.barback.textract.corpus.Formats.DateStyle;
import io.barback.textract.corpus.Invoice.Line;
import io.barback.textract.corpus.Invoice.VatBand;

/** Brewery: centred letterhead, "TAX INVOICE", boxed meta grid, ruled table, VAT analysis, VAT no. in the footer. */
final class BreweryLayout extends InvoiceLayout {

    private static final DateStyle DATES = DateStyle.ABBREVIATED;
    private static final float CENTRE = PageCanvas.WIDTH / 2;

    @Override
    boolean printsProductCodes() {
        return false;
    }

    @Override
    void draw(PDDocument document, Invoice inv) throws IOException {
        try (PageCanvas c = new PageCanvas(document)) {
            letterhead(c, inv.supplier());
            c.centre(TIMES_BOLD, 15, CENTRE, 178, "TAX INVOICE");
            metaGrid(c, inv, 190);
            partyBox(c, "Invoice to", inv.billTo(), MARGIN, 240);
            if (inv.deliverTo() != null) {
                partyBox(c, "Deliver to", inv.deliverTo(), 305, 240);
            }
            float y = items().draw(c, MARGIN, 330, inv.lines());
            vatAnalysis(c, inv, y + 18);
            totals(c, inv, y + 30);
            c.text(TIMES_ITALIC, 9, MARGIN, 748, "A deposit of \u20ac95.00 per 50L keg and \u20ac75.00 per 30L keg "
                    + "is charged on delivery and credited when the empties are returned.");
            Supplier s = inv.supplier();
            footer(c, TIMES, 8.5f, List.of(
                    s.name() + " \u00b7 Registered in Ireland No. " + s.companyNumber() + " \u00b7 VAT Reg No: "
                            + s.vatNumber(),
                    s.bank() + " \u00b7 IBAN " + s.iban() + " \u00b7 BIC " + s.bic() + " \u00b7 Payment terms "
                            + s.termsDays() + " days",
                    s.email() + " \u00b7 " + s.web()));
        }
    }

    private static void letterhead(PageCanvas c, Supplier s) throws IOException {
        c.centre(TIMES_BOLD, 22, CENTRE, 58, s.name());
        c.centre(TIMES_ITALIC, 10, CENTRE, 74, "Independent Craft Brewers \u00b7 Est. 2012");
        float y = 92;
        for (String line : s.address()) {
            c.centre(TIMES, 10, CENTRE, y, line);
            y += 12;
        }
        c.centre(TIMES, 10, CENTRE, y + 2, "Tel " + s.phone());
        c.hline(MARGIN, RIGHT, y + 12, 1.2f);
        c.hline(MARGIN, RIGHT, y + 15, 0.5f);
    }

    private static void metaGrid(PageCanvas c, Invoice inv, float y) throws IOException {
        List<String[]> cells = pairs("Tax Invoice No", inv.number(), "Tax Point", date(DATES, inv.date()),
                "Payment Due", date(DATES, inv.dueDate()), "Purchase Order", inv.poNumber(), "Account",
                account(inv));
        float w = (RIGHT - MARGIN) / cells.size();
        float x = MARGIN;
        for (String[] cell : cells) {
            c.box(x, y, w, 36, 0.6f);
            c.text(TIMES_ITALIC, 9, x + 6, y + 13, cell[0]);
            c.text(TIMES_BOLD, 11.5f, x + 6, y + 29, cell[1]);
            x += w;
        }
    }

    private static void partyBox(PageCanvas c, String heading, Pub pub, float x, float y) throws IOException {
        c.box(x, y, 250, 76, 0.6f);
        c.text(TIMES_BOLD_ITALIC, 9.5f, x + 8, y + 13, heading);
        c.text(TIMES_BOLD, 10.5f, x + 8, y + 27, pub.name());
        lines(c, TIMES, 10, x + 8, y + 39, 11.5f, pub.address());
    }

    private static Table<Line> items() {
        return new Table<Line>()
                .right("Qty", 45, l -> Formats.quantity(l.quantity()))
                .left("Description", 290, Line::description)
                .right("Price", 85, l -> amount(l.unitPrice(), true, true))
                .right("Total", 95, l -> amount(l.amount(), true, true))
                .fonts(TIMES, TIMES_BOLD, 10.5f, 10.5f)
                .heights(19, 20)
                .grid();
    }

    private static void vatAnalysis(PageCanvas c, Invoice inv, float y) throws IOException {
        c.text(TIMES_BOLD, 10, MARGIN, y, "VAT Analysis");
        new Table<VatBand>()
                .left("Rate", 60, b -> Formats.rateOneDecimal(b.rate()))
                .right("Net", 80, b -> amount(b.net(), false, true))
                .right("VAT", 70, b -> amount(b.vat(), false, true))
                .fonts(TIMES, TIMES_BOLD, 9.5f, 9.5f)
                .heights(15, 16)
                .grid()
                .draw(c, MARGIN, y + 6, inv.vatBands());
    }

    private static void totals(PageCanvas c, Invoice inv, float y) throws IOException {
        float next = labelsRight(c, pairs("Net Total", amount(inv.subtotal(), true, true), "VAT Total",
                amount(inv.tax(), true, true)), TIMES, TIMES, 11, 370, RIGHT - 5, y, 16);
        c.hline(366, RIGHT, next - 11, 0.6f);
        labelsRight(c, pairs("Invoice Total", amount(inv.total(), true, true)), TIMES_BOLD, TIMES_BOLD, 12, 370,
                RIGHT - 5, next + 5, 16);
        c.hline(366, RIGHT, next + 11, 0.6f);
        c.hline(366, RIGHT, next + 13.5f, 0.6f);
    }
}
