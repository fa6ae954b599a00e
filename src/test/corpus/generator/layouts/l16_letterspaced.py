"""Letter-spaced headings (I N V O I C E), Northern Ireland supplier with XI VAT number."""
import common
import data
import fmt
import vatno
from pdfkit import Pdf

ID = "l16-letterspaced"
DESC = ("Letter-spaced headings ('I N V O I C E', 'D E S C R I P T I O N', 'T O T A L'), snacks supplier "
        "in Northern Ireland 'Mourne Crisps & Snacks Ltd' with XI VAT number (mod-97), customer VAT number "
        "also printed, zero-rated, amounts '1,234.56 EUR', dates 04/12/2026, MCS000123 numbers.")
SCAN_FORMAT = "png"

SUPPLIER = {
    "name": "Mourne Crisps & Snacks Ltd",
    "addr": ["14 Greenbank Industrial Estate", "Newry", "Co. Down", "BT34 2QX"],
    "vat": vatno.gb_number("2846193", scheme9755=True, prefix="XI"),
}
v = SUPPLIER["vat"]
SUPPLIER["vat_print"] = "%s %s %s %s" % (v[:2], v[2:5], v[5:9], v[9:])


def spaced(s):
    return " ".join(s)


def make(rng, variant, kind):
    m = fmt.Money("ie", "EUR", "post")
    cat = [(c, d, p, "0", k) for c, d, p, r, k in data.SNACKS]
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "dmy", cat, n=(4, 8), terms=30)
    doc.number = "MCS%06d" % rng.randint(1000, 99999)
    doc.cust_vat = vatno.ie_new("%07d" % rng.randint(3000000, 9999999))
    doc.po = common.po_number(rng, doc.cust_name) if variant % 2 else None
    doc.show["po"] = doc.po is not None
    doc.show["codes"] = False
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 54, p.W - 54
    ink = "#2d3142"
    p.text(L, 62, spaced("INVOICE"), "Sans", 20, color=ink, cs=2)
    p.text(R, 50, SUPPLIER["name"], "SansB", 11, "r", ink)
    p.lines(R, 64, SUPPLIER["addr"] + ["VAT " + SUPPLIER["vat_print"]], "Sans", 8, 10.5, "r", "#555555")
    y = 140
    p.text(L, y, spaced("BILL TO").replace("  ", "   "), "Sans", 7.5, color="#888888", cs=1)
    p.lines(L, y + 14, [doc.cust_name] + doc.cust_addr + ["VAT " + doc.cust_vat], "Sans", 9, 11.5)
    det = [("NUMBER", doc.number), ("DATE", doc.d(doc.date)), ("DUE", doc.d(doc.due))]
    if doc.po:
        det.append(("ORDER", doc.po))
    for i, (k, vv) in enumerate(det):
        p.text(330, y + i * 16, spaced(k), "Sans", 7.5, color="#888888", cs=1)
        p.text(R, y + i * 16, vv, "Sans", 9, "r")
    y = 250
    X = [L, R - 170, R - 90, R]
    for x, t, a in zip(X, ["DESCRIPTION", "QTY", "PRICE", "AMOUNT"], "lrrr"):
        p.text(x, y, spaced(t), "Sans", 7.5, a, "#888888", cs=1)
    p.hline(L, R, y + 6, 0.4, "#bbbbbb")
    y += 24
    for l in doc.lines:
        p.text(X[0], y, l.item, "Sans", 9)
        p.text(X[1], y, fmt.qty_str(l.qty), "Sans", 9, "r")
        p.text(X[2], y, doc.m(l.unit, False), "Sans", 9, "r")
        p.text(X[3], y, doc.m(l.price, False), "Sans", 9, "r")
        y += 18
    p.hline(L, R, y - 8, 0.4, "#bbbbbb")
    y += 14
    for i, (k, vv) in enumerate([("SUBTOTAL", doc.m(doc.subtotal)), ("VAT 0%", doc.m(doc.tax)),
                                 ("TOTAL", doc.m(doc.total)), ("BALANCE DUE", doc.m(doc.amount_due))]):
        big = i >= 2
        p.text(R - 230, y, spaced(k).replace("   ", "     "), "SansB" if big else "Sans", 8 if not big else 9,
               color=ink, cs=1)
        p.text(R, y, vv, "SansB" if big else "Sans", 9.5 if not big else 11, "r", ink)
        y += 18 if not big else 20
    y += 30
    p.lines(L, y, ["Zero-rated intra-EU supply of goods from Northern Ireland (Windsor Framework).",
                   "Customer to account for VAT on acquisition. Goods dispatched from Newry.",
                   "Pay by transfer: IBAN GB29 ULSB 9800 1234 5678 90 (EUR account) · BIC ULSBGB2B"],
            "Sans", 7.8, 10.5, color="#555555")
    return p.save()
