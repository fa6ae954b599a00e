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

/** Wine merchant: name left and address right-aligned, meta row below the header (labels above values), EUR note. */
final class WineMerchantLayout extends InvoiceLayout {

    private static final DateStyle DATES = DateStyle.LONG;

    @Override
    boolean printsAmountDue(Invoice invoice) {
        return true;
    }

    @Override
    void draw(PDDocument document, Invoice inv) throws IOException {
        Supplier s = inv.supplier();
        try (PageCanvas c = new PageCanvas(document)) {
            c.text(TIMES_BOLD_ITALIC, 21, MARGIN, 60, s.name());
            c.text(TIMES_ITALIC, 10.5f, MARGIN, 77, "Wine Merchants & Importers since 1962");
            float y = rightLines(c, TIMES, 9.5f, RIGHT, 44, 11.5f, s.address());
            rightLines(c, TIMES, 9.5f, RIGHT, y, 11.5f, List.of("Tel " + s.phone(), s.email()));
            c.hline(MARGIN, RIGHT, 116, 1f);
            c.hline(MARGIN, RIGHT, 119, 0.4f);
            c.text(TIMES_BOLD, 14, MARGIN, 142, "INVOICE");
            labelsAbove(c, pairs("Invoice Number:", inv.number(), "Date", date(DATES, inv.date()),
                    "Your Order No.", inv.poNumber(), "Due Date", date(DATES, inv.dueDate())), TIMES_BOLD, TIMES, 9.5f,
                    11, MARGIN, 164, 130, 15);
            party(c, "Invoice to", inv.billTo(), TIMES_ITALIC, TIMES_BOLD, TIMES, 10.5f, MARGIN, 212, 12.5f);
            if (inv.deliverTo() != null) {
                party(c, "Ship to", inv.deliverTo(), TIMES_ITALIC, TIMES_BOLD, TIMES, 10.5f, 300, 212, 12.5f);
            }
            c.right(TIMES_ITALIC, 9.5f, RIGHT, 292, "All amounts in EUR");
            float end = items().draw(c, MARGIN, 298, inv.lines());
            totals(c, inv, end + 22);
            lines(c, TIMES_ITALIC, 9, MARGIN, end + 22, 12, List.of(
                    "Payment terms: " + s.termsDays() + " days from date of invoice.",
                    "Free delivery on orders over 250.00 within the Dublin area.",
                    "Please check goods on receipt; breakages must be notified within 48 hours."));
            footer(c, TIMES, 8.5f, List.of(
                    s.name() + " \u00b7 Registered in Ireland No. " + s.companyNumber() + " \u00b7 VAT Reg No: "
                            + s.vatNumber(),
                    s.bank() + " Ballsbridge \u00b7 IBAN: " + s.iban() + " \u00b7 BIC: " + s.bic(),
                    s.web() + " \u00b7 Licensed to sell wine and spirits for consumption off the premises"));
        }
    }

    private static Table<Line> items() {
        return new Table<Line>()
                .right("Qty", 40, l -> Formats.quantity(l.quantity()))
                .left("Code", 55, Line::code)
                .left("Wine", 265, Line::description)
                .right("Price", 70, l -> amount(l.unitPrice(), false, true))
                .right("Net", 85, l -> amount(l.amount(), false, true))
                .fonts(TIMES, TIMES_BOLD, 10.5f, 10.5f)
                .heights(18, 19);
    }

    private static void totals(PageCanvas c, Invoice inv, float y) throws IOException {
        float next = labelsRight(c, pairs("Goods Value", amount(inv.subtotal(), false, true), "VAT @ 23%",
                amount(inv.tax(), false, true), "Total incl. VAT", amount(inv.total(), false, true)), TIMES, TIMES,
                11, 365, RIGHT - 4, y, 15);
        c.hline(360, RIGHT, next - 9, 0.6f);
        labelsRight(c, pairs("Balance Due", amount(inv.total(), false, true)), TIMES_BOLD, TIMES_BOLD, 12.5f, 365,
                RIGHT - 4, next + 8, 15);
    }
}
