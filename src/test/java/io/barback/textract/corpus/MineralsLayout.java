package io.barback.textract.corpus;

import static io.barback.textract.corpus.PageCanvas.HELVETICA;
import static io.barback.textract.corpus.PageCanvas.HELVETICA_BOLD;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.barback.textract.corpus.Formats.DateStyle;
import io.barback.textract.corpus.Invoice.Line;

/** Minerals supplier: blue letterhead, boxed label|value grid top right, gridded table with a discount row. */
final class MineralsLayout extends InvoiceLayout {

    private static final Color BLUE = new Color(20, 70, 140);
    private static final Color PALE_BLUE = new Color(222, 232, 245);
    private static final DateStyle DATES = DateStyle.ISO;

    @Override
    void draw(PDDocument document, Invoice inv) throws IOException {
        Supplier s = inv.supplier();
        try (PageCanvas c = new PageCanvas(document)) {
            c.textColour(BLUE);
            c.text(HELVETICA_BOLD, 18, MARGIN, 54, s.name());
            c.right(HELVETICA_BOLD, 22, RIGHT, 54, "INVOICE");
            c.textColour(Color.DARK_GRAY);
            c.text(HELVETICA, 9, MARGIN, 68, "Mixers \u00b7 Minerals \u00b7 Post-Mix \u00b7 Juices");
            c.textColour(Color.BLACK);
            float y = lines(c, HELVETICA, 9, MARGIN, 86, 11, s.address());
            c.text(HELVETICA, 9, MARGIN, y, "VAT Reg. " + s.vatNumber());
            metaGrid(c, inv);
            partyBox(c, "Bill to", inv.billTo(), MARGIN);
            if (inv.deliverTo() != null) {
                partyBox(c, "Ship to", inv.deliverTo(), 305);
            }
            float end = items().draw(c, MARGIN, 262, inv.lines());
            totals(c, inv, end + 20);
            lines(c, HELVETICA, 8, MARGIN, end + 20, 11, List.of(
                    "Terms: strictly " + s.termsDays() + " days net.",
                    "Crates, bottles and gas cylinders remain our property.",
                    "Please quote " + inv.number() + " on your remittance."));
            footer(c, HELVETICA, 7.5f, List.of(
                    s.name() + " \u00b7 Registered in Ireland No. " + s.companyNumber(),
                    s.bank() + " \u00b7 IBAN " + s.iban() + " \u00b7 BIC " + s.bic(),
                    "Tel " + s.phone() + " \u00b7 " + s.email() + " \u00b7 " + s.web()));
        }
    }

    private static void metaGrid(PageCanvas c, Invoice inv) throws IOException {
        List<String[]> rows = pairs("Invoice Number:", inv.number(), "Invoice Date", date(DATES, inv.date()),
                "PO", inv.poNumber(), "Customer No.", account(inv), "Sales Rep", "Ciar\u00e1n Mulkerrin");
        float x = 330;
        float y = 70;
        for (String[] row : rows) {
            c.fill(x, y, 90, 18, PALE_BLUE);
            c.box(x, y, 90, 18, 0.5f);
            c.box(x + 90, y, RIGHT - x - 90, 18, 0.5f);
            c.text(HELVETICA, 8.5f, x + 5, y + 12.5f, row[0]);
            c.text(HELVETICA_BOLD, 9, x + 95, y + 12.5f, row[1]);
            y += 18;
        }
    }

    private static void partyBox(PageCanvas c, String heading, Pub pub, float x) throws IOException {
        float y = 170;
        c.fill(x, y, 250, 15, PALE_BLUE);
        c.box(x, y, 250, 78, 0.5f);
        c.text(HELVETICA_BOLD, 8.5f, x + 6, y + 11, heading);
        c.text(HELVETICA_BOLD, 9.5f, x + 6, y + 28, pub.name());
        lines(c, HELVETICA, 9, x + 6, y + 40, 11, pub.address());
    }

    private static Table<Line> items() {
        return new Table<Line>()
                .right("Qty", 40, l -> Formats.quantity(l.quantity()))
                .left("Code", 60, Line::code)
                .left("Description", 250, Line::description)
                .right("Unit Price", 75, l -> l.unitPrice() == null ? "" : amount(l.unitPrice(), false, true))
                .right("Amount", 90, l -> amount(l.amount(), false, true))
                .fonts(HELVETICA, HELVETICA_BOLD, 9, 9)
                .heights(17, 18)
                .headFill(PALE_BLUE, Color.BLACK)
                .grid();
    }

    private static void totals(PageCanvas c, Invoice inv, float y) throws IOException {
        float next = labelsRight(c, pairs("Net Total", amount(inv.subtotal(), true, true), "VAT 23%",
                amount(inv.tax(), true, true)), HELVETICA, HELVETICA, 10, 380, RIGHT - 5, y, 15);
        c.fill(374, next - 4, RIGHT - 374, 20, PALE_BLUE);
        c.box(374, next - 4, RIGHT - 374, 20, 0.6f);
        labelsRight(c, pairs("Invoice Total", amount(inv.total(), true, true)), HELVETICA_BOLD, HELVETICA_BOLD, 11,
                380, RIGHT - 5, next + 10, 15);
    }
}
