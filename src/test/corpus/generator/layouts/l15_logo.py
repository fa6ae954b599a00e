"""Butcher: supplier name appears only as a big logo-like heading; fractional kg weights."""
import common
import data
import fmt
import model
import vatno
from pdfkit import Pdf, table

ID = "l15-logo-name"
DESC = ("Supplier name only as a big logo-like heading ('Carraig', craft butcher, no Ltd, no trade word "
        "in the name), fractional kg weights with 3 decimals and €/kg prices, delivery charge at 23%, "
        "dates 04 DEC 2026, C-01234 numbers, no codes.")
SCAN_FORMAT = "tif"

SUPPLIER = {
    "name": "Carraig",
    "addr": ["3 Bridge Street", "Mallow", "Co. Cork", "P51 K2D8"],
    "vat": vatno.ie_new("6027713"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]


def make(rng, variant, kind):
    m = fmt.Money("ie", "€", "pre")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "dd_mon_y", data.BUTCHER, n=(4, 8), terms=14)
    if variant != 2:
        doc.lines.append(model.Line("Delivery charge", "", 1, "12.00", "0.23"))
    doc.number = "C-%05d" % rng.randint(1000, 9999)
    doc.po = None
    doc.show.update(po=False, codes=False)
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, "")
    L, R = 56, p.W - 56
    # logo: a rock outline and the name in large letters
    p.poly([(L, 96), (L + 14, 62), (L + 30, 52), (L + 46, 66), (L + 58, 58), (L + 72, 96)], fill="#3d3d3d")
    p.poly([(L + 24, 96), (L + 36, 74), (L + 48, 96)], fill="#8c8c8c")
    p.text(L + 86, 94, SUPPLIER["name"], "LSerifB", 46, color="#3d3d3d")
    p.text(L + 90, 110, "CRAFT BUTCHERS  ·  DRY-AGED IRISH BEEF", "Lib", 7.5, color="#8c1c13", cs=1.5)
    p.lines(R, 64, SUPPLIER["addr"] + ["Tel 022 43 118", "VAT " + SUPPLIER["vat_print"]], "Lib", 8, 10.5, "r")
    p.hline(L, R, 128, 2, "#8c1c13")

    p.text(L, 156, "INVOICE", "LibB", 12)
    p.lines(L, 172, ["Invoice no. " + doc.number, "Date " + doc.d(doc.date), "Due " + doc.d(doc.due)], "Lib", 9, 12)
    p.text(320, 156, "Deliver & invoice to", "LibB", 9)
    p.lines(320, 170, [doc.cust_name] + doc.cust_addr, "Lib", 9, 11.5)

    cols = [("Product", 250, "l", True), ("Weight / Qty", 80, "r"), ("Price", 80, "r"), ("Amount", R - L - 410, "r")]
    rows = []
    for l in doc.lines:
        if l.uom == "kg":
            q, pr = fmt.qty_str(l.qty) + " kg", doc.m(l.unit) + "/kg"
        else:
            q, pr = fmt.qty_str(l.qty), doc.m(l.unit)
        rows.append(([l.item, q, pr, doc.m(l.price)], l))
    y = table(p, L, 260, cols, rows, font="Lib", bold="LibB", size=9.2, rule="h", rule_color="#c8b6b4",
              row_gap=4.5)
    y += 18
    tl = [("Goods", doc.m(doc.subtotal))]
    for r, net, vat in doc.vat_rows:
        tl.append(("VAT %s" % fmt.rate_pct(r), doc.m(vat)))
    tl += [("Total", doc.m(doc.total)), ("To pay", doc.m(doc.amount_due))]
    for i, (k, v) in enumerate(tl):
        f = "LibB" if i >= len(tl) - 2 else "Lib"
        p.text(R - 170, y + i * 15, k, f, 9.5)
        p.text(R, y + i * 15, v, f, 9.5, "r")
    p.lines(L, y, ["Weights are net, recorded at dispatch.", "Keep refrigerated 0-4 °C.",
                   "Bank: PTSB Mallow IBAN IE09 IPBS 9906 2512 3456 78"], "Lib", 8, 11, color="#444444")
    return p.save()
