package io.barback.textract.corpus;

import static io.barback.textract.corpus.PageCanvas.HELVETICA;
import static io.barback.textract.corpus.PageCanvas.HELVETICA_BOLD;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.barback.textract.corpus.Formats.DateStyle;
import io.barback.textract.corpus.Invoice.Line;

/** Hygiene supplier: title top left, name and address right-aligned, meta row below; also prints credit notes. */
final class CleaningLayout extends InvoiceLayout {

    private static final Color TEAL = new Color(0, 110, 120);
    private static final DateStyle DATES = DateStyle.DASHES;

    @Override
    boolean printsAmountDue(Invoice invoice) {
        return !invoice.creditNote();
    }

    @Override
    void draw(PDDocument document, Invoice inv) throws IOException {
        Supplier s = inv.supplier();
        try (PageCanvas c = new PageCanvas(document)) {
            c.textColour(TEAL);
            c.text(HELVETICA_BOLD, 26, MARGIN, 64, inv.creditNote() ? "Credit Note" : "Invoice");
            c.textColour(Color.BLACK);
            c.right(HELVETICA_BOLD, 14, RIGHT, 50, s.name());
            float y = rightLines(c, HELVETICA, 9, RIGHT, 64, 11, s.address());
            rightLines(c, HELVETICA, 9, RIGHT, y, 11, List.of("Tel " + s.phone(), s.email()));
            c.fill(MARGIN, 124, RIGHT - MARGIN, 2.5f, TEAL);
            meta(c, inv);
            party(c, "Invoice to", inv.billTo(), HELVETICA, HELVETICA_BOLD, HELVETICA, 9.5f, MARGIN, 196, 12);
            if (inv.deliverTo() != null) {
                party(c, "Deliver to", inv.deliverTo(), HELVETICA, HELVETICA_BOLD, HELVETICA, 9.5f, 300, 196, 12);
            }
            float end = items().draw(c, MARGIN, 272, inv.lines());
            if (inv.creditNote()) {
                c.text(HELVETICA, 8.5f, MARGIN, end + 16,
                        "Reason for credit: goods damaged in transit / returned unopened.");
                c.text(HELVETICA, 8.5f, MARGIN, end + 28, "This credit will be offset against your next invoice.");
            }
            totals(c, inv, end + (inv.creditNote() ? 48 : 22));
            footerLines(c, s);
        }
    }

    private static void meta(PageCanvas c, Invoice inv) throws IOException {
        List<String[]> pairs = inv.creditNote()
                ? pairs("Document No.", inv.number(), "Date", date(DATES, inv.date()), "Original Invoice",
                        inv.originalInvoice(), "Your Order No.", inv.poNumber())
                : pairs("Document No.", inv.number(), "Date", date(DATES, inv.date()), "Due Date",
                        date(DATES, inv.dueDate()), "Your Order No.", inv.poNumber());
        c.textColour(Color.DARK_GRAY);
        float x = MARGIN;
        for (String[] pair : pairs) {
            c.text(HELVETICA, 8, x, 146, pair[0].toUpperCase());
            x += 110;
        }
        c.textColour(Color.BLACK);
        x = MARGIN;
        for (String[] pair : pairs) {
            c.text(HELVETICA_BOLD, 10.5f, x, 161, pair[1]);
            x += 110;
        }
        c.text(HELVETICA, 8, RIGHT - 70, 146, "ACCOUNT");
        c.text(HELVETICA_BOLD, 10.5f, RIGHT - 70, 161, account(inv));
        c.hline(MARGIN, RIGHT, 174, 0.4f);
    }

    private static Table<Line> items() {
        return new Table<Line>()
                .left("Code", 55, Line::code)
                .left("Description", 240, Line::description)
                .right("Qty", 40, l -> Formats.quantity(l.quantity()))
                .right("Price", 62, l -> amount(l.unitPrice(), false, true))
                .right("VAT%", 45, l -> Formats.rate(l.vatRate()))
                .right("Total", 73, l -> amount(l.amount(), false, true))
                .fonts(HELVETICA, HELVETICA_BOLD, 9, 8.5f)
                .heights(17, 18)
                .rowRules();
    }

    private static void totals(PageCanvas c, Invoice inv, float y) throws IOException {
        float next = labelsRight(c, pairs("Total excl. VAT", amount(inv.subtotal(), true, true), "VAT",
                amount(inv.tax(), true, true)), HELVETICA, HELVETICA, 10, 375, RIGHT - 4, y, 15);
        next = labelsRight(c, pairs("Total incl. VAT", amount(inv.total(), true, true)), HELVETICA_BOLD,
                HELVETICA_BOLD, 10.5f, 375, RIGHT - 4, next, 15);
        if (!inv.creditNote()) {
            c.fill(370, next - 2, RIGHT - 370, 20, new Color(225, 240, 241));
            labelsRight(c, pairs("Balance Due", amount(inv.total(), true, true)), HELVETICA_BOLD, HELVETICA_BOLD,
                    11, 375, RIGHT - 4, next + 12, 15);
        }
    }

    private static void footerLines(PageCanvas c, Supplier s) throws IOException {
        c.hline(MARGIN, RIGHT, 758, 0.4f);
        lines(c, HELVETICA, 7.5f, MARGIN, 771, 10, List.of(
                s.name() + " \u00b7 Company Reg. " + s.companyNumber() + " \u00b7 VAT Reg No: " + s.vatNumber(),
                "Bank: " + s.bank() + " \u00b7 IBAN " + s.iban() + " \u00b7 BIC " + s.bic() + " \u00b7 " + s.web(),
                "Payment terms " + s.termsDays() + " days. Interest may be charged on overdue accounts under the "
                        + "European Communities (Late Payment in",
                "Commercial Transactions) Regulations 2012 (S.I. No. 580 of 2012)."));
    }
}
