"""Drinks invoice with keg deposits, empties returned and a trade discount as their own rows."""
from decimal import Decimal

import common
import data
import fmt
from fmt import q2
import model
import vatno
from pdfkit import Pdf, table

ID = "l17-deposit-discount"
DESC = ("Keg deposit, empties-returned credit (negative unit price) and trade discount (negative, no "
        "qty/price) as their own rows; deposits outside VAT (0%), discount reduces the 23% base; drinks "
        "distributor 'Dunmore Drinks Ltd', DD-000123 numbers, dates 04/12/2026, codes.")
SCAN_FORMAT = "pdf"

SUPPLIER = {
    "name": "Dunmore Drinks Ltd",
    "addr": ["Unit 6 Cleaboy Business Park", "Old Kilmeaden Road", "Waterford", "X91 R6F2"],
    "vat": vatno.ie_new("5560129"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]
D = Decimal


def make(rng, variant, kind):
    m = fmt.Money("ie", "€", "pre")
    kegs = [c for c in data.DRINKS if c[4] == "keg"]
    other = [c for c in data.DRINKS if c[4] != "keg"]
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "dmy", kegs, n=(2, 4), terms=30)
    doc.lines += model.pick_lines(rng, other, rng.randint(2, 4))
    nk = int(sum(l.qty for l in doc.lines if l.code in {c[0] for c in kegs}))
    draught = sum(l.price for l in doc.lines if l.code in {c[0] for c in kegs})
    pct = rng.choice([D("0.03"), D("0.04"), D("0.05")])
    disc = model.Line("Trade discount %s%% on draught" % format((pct * 100).normalize(), "f"), "DISC", None, None,
                      "0.23", price=-q2(draught * pct))
    dep = model.Line("Keg deposit", "KDEP", nk, "25.00", "0")
    ret = rng.randint(1, nk + 1)
    emp = model.Line("Empty kegs returned", "KRET", ret, "-25.00", "0")
    doc.lines += [disc, dep, emp]
    doc.number = "DD-%06d" % rng.randint(100000, 199999)
    doc.po = common.po_number(rng, doc.cust_name) if variant != 3 else None
    doc.show["po"] = doc.po is not None
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 40, p.W - 40
    p.rect(L, 34, R - L, 70, stroke=None, fill="#f4a259")
    p.text(L + 14, 66, "DUNMORE DRINKS", "SansB", 20, color="#3b1f0b")
    p.text(L + 14, 84, "Beer · Cider · Spirits · Minerals · Dispense gas", "Sans", 8.5, color="#3b1f0b")
    p.lines(R - 12, 52, SUPPLIER["addr"] + ["VAT " + SUPPLIER["vat_print"]], "Sans", 7.8, 9.6, "r", "#3b1f0b")
    p.text(L, 132, "Invoice", "SansB", 13)
    det = [("Invoice no.", doc.number), ("Date", doc.d(doc.date)), ("Due", doc.d(doc.due))]
    if doc.po:
        det.append(("Order ref.", doc.po))
    for i, (k, v) in enumerate(det):
        p.text(L, 150 + i * 12, k, "Sans", 8.8, color="#555555")
        p.text(L + 70, 150 + i * 12, v, "SansB", 8.8)
    p.text(300, 132, "Customer", "SansB", 9)
    p.lines(300, 146, [doc.cust_name] + doc.cust_addr, "Sans", 8.8, 11)

    cols = [("Code", 46, "l"), ("Description", 210, "l", True), ("Qty", 36, "r"), ("Unit", 64, "r"),
            ("VAT", 40, "r"), ("Amount", R - L - 396, "r")]
    rows = []
    for l in doc.lines:
        rows.append(([l.code, l.item, "" if l.qty is None else fmt.qty_str(l.qty),
                      "" if l.unit is None else doc.m(l.unit), fmt.rate_pct(l.rate), doc.m(l.price)], l))
    y = table(p, L, 232, cols, rows, font="Sans", bold="SansB", size=8.6, head_fill="#3b1f0b",
              head_color="#ffffff", rule="h", rule_color="#d9c2ad", row_gap=3.8)
    y += 18
    tl = [("Net goods & deposits", doc.m(doc.subtotal))]
    tl += [("VAT %s on %s" % (fmt.rate_pct(r), doc.m(n)), doc.m(v)) for r, n, v in doc.vat_rows]
    tl += [("Invoice total", doc.m(doc.total)), ("Amount due", doc.m(doc.amount_due))]
    for i, (k, v) in enumerate(tl):
        f = "SansB" if i >= len(tl) - 2 else "Sans"
        p.text(R - 230, y + i * 15, k, f, 9)
        p.text(R, y + i * 15, v, f, 9, "r")
    p.lines(L, y, ["Keg deposits are refundable and outside the scope of VAT.",
                   "Empty kegs collected by driver are credited at €25.00 each.",
                   "IBAN IE59 BOFI 9055 0712 3456 01 · BIC BOFIIE2D"], "Sans", 7.6, 10, color="#555555")
    p.text(p.W / 2, p.H - 36, "%s · Registered in Ireland No. 199382 · Licensed wholesaler" % SUPPLIER["name"],
           "Sans", 7, "c", "#555555")
    return p.save()
