"""Accounting-package style (Sage-like) fully boxed invoice; GB supplier, zero-rated export."""
import common
import data
import fmt
import model
import vatno
from pdfkit import Pdf, table

ID = "l20-boxed-grid"
DESC = ("Accounting-package style, every field and cell boxed (Sage-like): Invoice/Delivery address boxes, "
        "account ref, order no., discount column; cleaning supplier in Great Britain 'Pennine Hygiene "
        "Supplies Ltd' with GB VAT number (mod-97), zero-rated export, 'EUR 1,234.56' totals, dates 04/12/2026.")
SCAN_FORMAT = "png"

SUPPLIER = {
    "name": "Pennine Hygiene Supplies Ltd",
    "addr": ["Unit 4 Thornbury Works", "Leeds Road", "Bradford", "BD3 7AU", "United Kingdom"],
    "vat": vatno.gb_number("4410728"),
}
v = SUPPLIER["vat"]
SUPPLIER["vat_print"] = "%s %s %s %s" % (v[:2], v[2:5], v[5:9], v[9:])


def make(rng, variant, kind):
    m = fmt.Money("ie", "EUR", "pre_sp")
    cat = [(c, d, p, "0", k) for c, d, p, r, k in data.CLEANING]
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "dmy", cat, n=(4, 9), terms=30, delivery=True)
    doc.lines.append(model.Line("Carriage to Ireland (pallet)", "CARR", 1, rng.choice(["38.00", "45.00"]), "0"))
    doc.number = "%05d" % rng.randint(20000, 39999)
    doc.account = "".join(ch for ch in doc.cust_name.upper() if ch.isalpha())[:6] + "01"
    doc.po = common.po_number(rng, doc.cust_name)
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 34, p.W - 34
    k = "#000000"
    p.text(L, 52, SUPPLIER["name"], "LibB", 14)
    p.lines(L, 66, [", ".join(SUPPLIER["addr"][:3]) + " " + SUPPLIER["addr"][3], SUPPLIER["addr"][4],
                    "Tel +44 1274 661 203  VAT Reg No. " + SUPPLIER["vat_print"]], "Lib", 8, 10)
    p.text(R, 52, "Invoice", "LibB", 20, "r")
    # boxed header fields
    fields = [("Invoice No.", doc.number), ("Invoice / Tax Date", doc.d(doc.date)), ("Account Ref", doc.account),
              ("Your Order No.", doc.po), ("Due Date", doc.d(doc.due)), ("Currency", "Euro")]
    bx, by, bw, bh = R - 250, 76, 125, 26
    for i, (kk, vv) in enumerate(fields):
        x, y = bx + (i % 2) * bw, by + (i // 2) * bh
        p.rect(x, y, bw, bh, stroke=k, lw=0.6)
        p.text(x + 3, y + 8, kk, "Lib", 6.5)
        p.text(x + bw / 2, y + 21, vv, "LibB", 9, "c")
    for j, (title, rows) in enumerate((("Invoice Address", [doc.cust_name] + doc.cust_addr),
                                       ("Delivery Address", [doc.cust_name] + doc.deliv_addr))):
        x = L + j * 260
        p.rect(x, 164, 250, 84, stroke=k, lw=0.6)
        p.text(x + 3, 172, title, "Lib", 6.5)
        p.lines(x + 10, 186, rows + ["Ireland"], "Lib", 9, 10.5)
    cols = [("Product Code", 62, "l"), ("Quantity", 46, "r"), ("Description", 206, "l", True),
            ("Unit Price", 62, "r"), ("Disc %", 38, "r"), ("Net Amount", 66, "r"), ("VAT %", R - L - 480, "r")]
    rows = [([l.code, fmt.qty_str(l.qty), l.item, doc.m(l.unit, False), "0.00", doc.m(l.price, False),
              fmt.rate_pct(l.rate)], l) for l in doc.lines]
    y = table(p, L, 262, cols, rows, font="Lib", bold="LibB", size=8.6, rule="grid", rule_color="#000000",
              row_gap=3.5)
    # pad the grid down like a pre-formatted page
    end = max(y, 600)
    p.rect(L, y, R - L, end - y, stroke=k, lw=0.6)
    x = L
    for c in cols[:-1]:
        x += c[1]
        p.vline(x, y, end, 0.4, k)
    y = end + 10
    tot = [("Total Net Amount", doc.m(doc.subtotal)), ("Total VAT Amount", doc.m(doc.tax)),
           ("Invoice Total", doc.m(doc.total)), ("Amount Due", doc.m(doc.amount_due))]
    for i, (kk, vv) in enumerate(tot):
        p.rect(R - 220, y + i * 20, 110, 20, stroke=k, lw=0.6)
        p.rect(R - 110, y + i * 20, 110, 20, stroke=k, lw=0.6)
        p.text(R - 216, y + i * 20 + 13, kk, "LibB" if i >= 2 else "Lib", 8.5)
        p.text(R - 4, y + i * 20 + 13, vv, "LibB" if i >= 2 else "Lib", 8.5, "r")
    p.rect(L, y, 290, 80, stroke=k, lw=0.6)
    p.lines(L + 5, y + 12, ["Zero rated: export of goods outside the UK VAT area.",
                            "Customer VAT No. on file. Import VAT is payable in Ireland.",
                            "Terms: 30 days net. Bank: Lloyds Bank plc, EUR account",
                            "IBAN GB33 LOYD 3090 8412 3456 78  BIC LOYDGB21",
                            "Registered in England & Wales No. 04819233"], "Lib", 7.5, 10)
    return p.save()
