"""Two-column header: supplier left, boxed invoice details right; invoice-to and deliver-to boxes."""
import common
import data
import fmt
import vatno
from pdfkit import Pdf, table

ID = "l03-twocol"
DESC = ("Two-column header (supplier left, boxed details right), separate Invoice To / Deliver To "
        "boxes, wine importer 'Castlebawn Wine Importers Unlimited Company', numbers like 2026/0456-A, "
        "dates '4th December 2026', '€ 1,234.56' with space, product codes, PO number.")
SCAN_FORMAT = "pdf"

SUPPLIER = {
    "name": "Castlebawn Wine Importers Unlimited Company",
    "addr": ["The Old Maltings", "Gowran Road", "Kilkenny", "R95 F6C3"],
    "vat": vatno.ie_new("8146352"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"][:2] + " " + SUPPLIER["vat"][2:]

WINE_RED = "#6d1a36"


def make(rng, variant, kind):
    m = fmt.Money("ie", "€", "pre_sp")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "ord", data.WINE, n=(4, 9), terms=30,
                         delivery=True)
    doc.number = "2026/%04d-%s" % (rng.randint(100, 1999), rng.choice("ABC"))
    doc.po = common.po_number(rng, doc.cust_name)
    doc.account = "C%05d" % rng.randint(1000, 9999)
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 42, p.W - 42
    # left column: supplier
    p.rect(L, 38, 40, 40, stroke=None, fill=WINE_RED)
    p.text(L + 20, 64, "CB", "LSerifB", 17, "c", "#f5e6c8")
    p.text(L + 50, 52, "Castlebawn Wine Importers", "LSerifB", 14, color=WINE_RED)
    p.text(L + 50, 66, "Unlimited Company", "LSerif", 10.5, color=WINE_RED)
    y = p.lines(L, 96, SUPPLIER["addr"], "Lib", 8.5, 11)
    p.lines(L, y + 2, ["Tel +353 56 772 1190", "orders@castlebawnwines.ie",
                       "VAT No. " + SUPPLIER["vat_print"]], "Lib", 8.5, 11)
    # right column: boxed details
    bx, bw = 330, R - 330
    p.rect(bx, 38, bw, 22, stroke=None, fill=WINE_RED)
    p.text(bx + bw / 2, 54, "INVOICE", "LibB", 13, "c", "#ffffff")
    p.rect(bx, 60, bw, 96, stroke=WINE_RED, lw=0.8)
    det = [("Invoice No.", doc.number), ("Invoice Date", doc.d(doc.date)), ("Account No.", doc.account),
           ("Your Order No.", doc.po), ("Payment Due", doc.d(doc.due))]
    for i, (k, v) in enumerate(det):
        yy = 78 + i * 17
        p.text(bx + 8, yy, k, "LibB", 8.5)
        p.text(R - 8, yy, v, "Lib", 8.5, "r")
        if i:
            p.hline(bx, R, yy - 12, 0.3, "#d8c3cb")
    # address boxes
    y0, bh = 178, 86
    for x, title, rows in ((L, "INVOICE TO", [doc.cust_name] + doc.cust_addr),
                           (L + 262, "DELIVER TO", [doc.cust_name] + doc.deliv_addr)):
        p.rect(x, y0, 250, bh, stroke="#999999", lw=0.6)
        p.rect(x, y0, 250, 14, stroke=None, fill="#eeeeee")
        p.text(x + 6, y0 + 10, title, "LibB", 7.5)
        p.lines(x + 8, y0 + 28, rows, "Lib", 9, 11)

    cols = [("Code", 48, "l"), ("Description", 232, "l", True), ("Qty", 34, "r"), ("Unit Price", 70, "r"),
            ("VAT %", 44, "r"), ("Net Amount", R - L - 428, "r")]
    rows = [([l.code, l.item, fmt.qty_str(l.qty), doc.m(l.unit), fmt.rate_pct(l.rate), doc.m(l.price)], l)
            for l in doc.lines]
    y = table(p, L, 282, cols, rows, font="Lib", bold="LibB", size=8.8, head_fill="#eeeeee", rule="grid",
              rule_color="#999999", row_gap=3.5)
    # totals, right aligned under table
    y += 10
    tl = [("Net Total", doc.m(doc.subtotal))]
    for r, net, vat in doc.vat_rows:
        tl.append(("VAT @ %s" % fmt.rate_pct(r), doc.m(vat)))
    tl.append(("Invoice Total", doc.m(doc.total)))
    tl.append(("Amount Due", doc.m(doc.amount_due)))
    for i, (k, v) in enumerate(tl):
        bold = i >= len(tl) - 2
        if i == len(tl) - 1:
            p.rect(R - 200, y + i * 16 - 11, 200, 16, stroke=None, fill="#f3e7eb")
        p.text(R - 192, y + i * 16, k, "LibB" if bold else "Lib", 9)
        p.text(R - 6, y + i * 16, v, "LibB" if bold else "Lib", 9, "r")
    p.lines(L, y, ["Payment terms: 30 days from invoice date.",
                   "Bank: Bank of Ireland, Kilkenny",
                   "IBAN IE29 BOFI 9050 0312 3456 78  BIC BOFIIE2D",
                   "Please quote the invoice number with your payment."], "Lib", 7.8, 10)
    p.hline(L, R, p.H - 52, 0.5, "#999999")
    p.text(p.W / 2, p.H - 40, "Castlebawn Wine Importers Unlimited Company · Registered in Ireland No. 561204 · "
           "Directors: A. Brennan, M. Ó Faoláin", "Lib", 7, "c", "#555555")
    return p.save()
