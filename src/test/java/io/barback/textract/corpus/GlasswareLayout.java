package io.barback.textract.corpus;

import static io.barback.textract.corpus.PageCanvas.HELVETICA;
import static io.barback.textract.corpus.PageCanvas.HELVETICA_BOLD;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.barback.textract.corpus.Formats.DateStyle;
import io.barback.textract.corpus.Invoice.Line;

/** Glassware supplier: two-row boxed meta grid (labels row, values row), no code column, boxed totals. */
final class GlasswareLayout extends InvoiceLayout {

    private static final Color GREY = new Color(0.9f, 0.9f, 0.9f);
    private static final DateStyle DATES = DateStyle.ORDINAL;

    @Override
    boolean printsProductCodes() {
        return false;
    }

    @Override
    void draw(PDDocument document, Invoice inv) throws IOException {
        Supplier s = inv.supplier();
        try (PageCanvas c = new PageCanvas(document)) {
            c.text(HELVETICA_BOLD, 17, MARGIN, 56, s.name());
            lines(c, HELVETICA, 9, MARGIN, 72, 11, s.address());
            rightLines(c, HELVETICA, 9, RIGHT, 72, 11, List.of("Tel: " + s.phone(), s.email(), s.web(),
                    "VAT No. " + s.vatNumber()));
            c.hline(MARGIN, RIGHT, 120, 1.5f);
            c.text(HELVETICA_BOLD, 16, MARGIN, 146, "INVOICE");
            metaGrid(c, inv, 158);
            party(c, "Invoice to", inv.billTo(), HELVETICA_BOLD, HELVETICA_BOLD, HELVETICA, 9.5f, MARGIN, 222, 12);
            if (inv.deliverTo() != null) {
                party(c, "Deliver to", inv.deliverTo(), HELVETICA_BOLD, HELVETICA_BOLD, HELVETICA, 9.5f, 300, 222,
                        12);
            }
            float end = items().draw(c, MARGIN, 300, inv.lines());
            totals(c, inv, end + 18);
            lines(c, HELVETICA, 8, MARGIN, end + 30, 11, List.of(
                    "Breakages must be reported within 24 hours of delivery.",
                    "CE marked glasses are verified under Directive 2014/32/EU.",
                    "Delivery charge waived on orders over \u20ac150."));
            footer(c, HELVETICA, 7.5f, List.of(
                    s.name() + " \u00b7 Registered Office: " + String.join(", ", s.address()),
                    "Company No. " + s.companyNumber() + " \u00b7 " + s.bank() + " \u00b7 IBAN " + s.iban()
                            + " \u00b7 BIC " + s.bic(),
                    "Payment within " + s.termsDays() + " days of invoice date please."));
        }
    }

    private static void metaGrid(PageCanvas c, Invoice inv, float y) throws IOException {
        List<String[]> cells = pairs("Invoice No:", inv.number(), "Date", date(DATES, inv.date()),
                "Purchase Order", inv.poNumber(), "Payment Due", date(DATES, inv.dueDate()));
        float w = (RIGHT - MARGIN) / cells.size();
        float x = MARGIN;
        for (String[] cell : cells) {
            c.fill(x, y, w, 16, GREY);
            c.box(x, y, w, 16, 0.6f);
            c.box(x, y + 16, w, 22, 0.6f);
            c.text(HELVETICA_BOLD, 8.5f, x + 5, y + 11.5f, cell[0]);
            c.text(HELVETICA, 10, x + 5, y + 31.5f, cell[1]);
            x += w;
        }
    }

    private static Table<Line> items() {
        return new Table<Line>()
                .left("Description", 290, Line::description)
                .right("Qty", 50, l -> Formats.quantity(l.quantity()))
                .right("Unit Price", 80, l -> amount(l.unitPrice(), true, true))
                .right("Amount", 95, l -> amount(l.amount(), true, true))
                .fonts(HELVETICA, HELVETICA_BOLD, 9.5f, 9)
                .heights(20, 19)
                .headFill(GREY, Color.BLACK)
                .grid();
    }

    private static void totals(PageCanvas c, Invoice inv, float y) throws IOException {
        List<String[]> rows = pairs("Sub Total", amount(inv.subtotal(), true, true), "VAT",
                amount(inv.tax(), true, true), "Invoice Total", amount(inv.total(), true, true));
        float x = 365;
        for (int i = 0; i < rows.size(); i++) {
            boolean last = i == rows.size() - 1;
            if (last) {
                c.fill(x, y, RIGHT - x, 20, GREY);
            }
            c.box(x, y, RIGHT - x, 20, 0.6f);
            c.text(last ? HELVETICA_BOLD : HELVETICA, 10, x + 6, y + 14, rows.get(i)[0]);
            c.right(last ? HELVETICA_BOLD : HELVETICA, 10, RIGHT - 6, y + 14, rows.get(i)[1]);
            y += 20;
        }
    }
}
