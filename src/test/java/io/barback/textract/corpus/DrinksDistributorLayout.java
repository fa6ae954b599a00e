package io.barback.textract.corpus;

import static io.barback.textract.corpus.PageCanvas.HELVETICA;
import static io.barback.textract.corpus.PageCanvas.HELVETICA_BOLD;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.barback.textract.corpus.Formats.DateStyle;
import io.barback.textract.corpus.Invoice.Line;

/** Drinks distributor: logo and address top left, meta block top right, shaded item header, € totals. */
final class DrinksDistributorLayout extends InvoiceLayout {

    private static final Color GREEN = new Color(22, 92, 60);
    private static final DateStyle DATES = DateStyle.SLASHES;

    @Override
    boolean printsAmountDue(Invoice invoice) {
        return true;
    }

    @Override
    void draw(PDDocument document, Invoice inv) throws IOException {
        try (PageCanvas c = new PageCanvas(document)) {
            header(c, inv.supplier());
            meta(c, inv);
            c.hline(MARGIN, RIGHT, 142, 0.5f);
            party(c, "BILL TO", inv.billTo(), HELVETICA_BOLD, HELVETICA_BOLD, HELVETICA, 9.5f, MARGIN, 160, 12);
            if (inv.deliverTo() != null) {
                party(c, "DELIVER TO", inv.deliverTo(), HELVETICA_BOLD, HELVETICA_BOLD, HELVETICA, 9.5f, 300, 160,
                        12);
            }
            float y = items().draw(c, MARGIN, 238, inv.lines());
            totals(c, inv, y + 22);
            notes(c, inv, y + 22);
            footer(c, HELVETICA, 7.5f, List.of(
                    inv.supplier().name() + " \u00b7 Registered in Ireland No. " + inv.supplier().companyNumber()
                            + " \u00b7 Directors: C. Byrne, M. Doyle, S. Whelan",
                    "Bank: " + inv.supplier().bank() + " \u00b7 IBAN: " + inv.supplier().iban() + " \u00b7 BIC: "
                            + inv.supplier().bic(),
                    "Tel: " + inv.supplier().phone() + " \u00b7 " + inv.supplier().email() + " \u00b7 "
                            + inv.supplier().web()));
        }
    }

    private static void header(PageCanvas c, Supplier s) throws IOException {
        c.fill(MARGIN, 36, 44, 44, GREEN);
        c.textColour(Color.WHITE);
        c.centre(HELVETICA_BOLD, 19, MARGIN + 22, 65, "LD");
        c.textColour(Color.BLACK);
        c.text(HELVETICA_BOLD, 15, 94, 48, s.name());
        float y = lines(c, HELVETICA, 9, 94, 62, 11, s.address());
        c.text(HELVETICA, 9, 94, y, "Tel: " + s.phone());
        c.text(HELVETICA, 9, 94, y + 11, "VAT No: " + s.vatNumber());
    }

    private static void meta(PageCanvas c, Invoice inv) throws IOException {
        c.right(HELVETICA_BOLD, 20, RIGHT, 50, "INVOICE");
        labelsLeft(c, pairs("Invoice No.", inv.number(), "Invoice Date", date(DATES, inv.date()), "Due Date",
                date(DATES, inv.dueDate()), "Your Order No.", inv.poNumber(), "Account No.", account(inv),
                "Delivery Docket", inv.docket()), HELVETICA, HELVETICA_BOLD, 9, 372, 462, 70, 12);
    }

    private static Table<Line> items() {
        return new Table<Line>()
                .left("Code", 62, l -> l.code())
                .left("Description", 223, Line::description)
                .right("Qty", 40, l -> Formats.quantity(l.quantity()))
                .right("Unit Price", 65, l -> amount(l.unitPrice(), false, true))
                .right("VAT%", 45, l -> Formats.rate(l.vatRate()))
                .right("Amount", 80, l -> amount(l.amount(), false, true))
                .fonts(HELVETICA, HELVETICA_BOLD, 9, 9)
                .heights(17, 18)
                .headFill(new Color(0.86f, 0.88f, 0.86f), Color.BLACK)
                .rowRules();
    }

    private static void totals(PageCanvas c, Invoice inv, float y) throws IOException {
        float next = labelsRight(c, pairs("Sub Total", amount(inv.subtotal(), true, true), "VAT",
                amount(inv.tax(), true, true)), HELVETICA, HELVETICA, 10, 380, RIGHT - 4, y, 15);
        c.hline(376, RIGHT, next - 10, 0.5f);
        labelsRight(c, pairs("Total", amount(inv.total(), true, true)), HELVETICA_BOLD, HELVETICA_BOLD, 10.5f, 380,
                RIGHT - 4, next + 4, 15);
        c.fill(376, next + 14, RIGHT - 376, 22, new Color(0.86f, 0.88f, 0.86f));
        labelsRight(c, pairs("Amount Due", amount(inv.total(), true, true)), HELVETICA_BOLD, HELVETICA_BOLD, 11,
                380, RIGHT - 4, next + 29, 15);
    }

    private static void notes(PageCanvas c, Invoice inv, float y) throws IOException {
        lines(c, HELVETICA, 8, MARGIN, y, 11, List.of(
                "Payment terms: " + inv.supplier().termsDays() + " days from date of invoice.",
                "Please quote the invoice number with your payment.",
                "Goods remain the property of " + inv.supplier().name() + " until paid in full.",
                "Kegs and gas cylinders remain our property and must be returned."));
    }
}
