"""No rulings at all: columns aligned by white space only (island bakery, Irish/English)."""
import common
import data
import fmt
import vatno
from pdfkit import Pdf

ID = "l06-no-rulings"
DESC = ("No rulings, boxes or shading at all, columns aligned by white space only; bakery "
        "'Bácús an Oileáin Teoranta', bilingual 'Sonrasc / Invoice', 'Date of issue: Friday 4 December 2026', "
        "numbers like #88812, no due date printed (terms only), no codes, 0% and 13.5% VAT.")
SCAN_FORMAT = "tif"

SUPPLIER = {
    "name": "Bácús an Oileáin Teoranta",
    "addr": ["Sráid na Cé", "Cill Rónáin", "Árainn", "Co. na Gaillimhe", "H91 X7R4"],
    "vat": vatno.ie_new("3325671"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]


def make(rng, variant, kind):
    m = fmt.Money("ie", "€", "pre")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "long_day", data.BAKERY, n=(4, 8), terms=14)
    doc.number = "#%05d" % rng.randint(80000, 89999)
    doc.po = None
    doc.show.update(po=False, due=False, codes=False)
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 64, p.W - 64
    F, FB, FI = "FSerif", "FSerifB", "FSerifI"
    p.text(p.W / 2, 70, SUPPLIER["name"], FB, 19, "c")
    p.text(p.W / 2, 88, "Arán úr gach maidin  ·  Fresh bread every morning", FI, 10, "c", "#444444")
    p.text(p.W / 2, 104, ", ".join(SUPPLIER["addr"]), F, 9.5, "c")
    p.text(p.W / 2, 117, "Fón 099 61 2207   ·   Uimhir CBL / VAT No. " + SUPPLIER["vat_print"], F, 9.5, "c")

    p.text(L, 160, "Sonrasc / Invoice", FB, 15)
    p.text(L, 182, "Invoice No. " + doc.number, F, 10.5)
    p.text(L, 197, "Date of issue: " + doc.d(doc.date), F, 10.5)
    p.text(L + 300, 182, "Bill to:", FI, 10.5)
    p.lines(L + 300, 197, [doc.cust_name] + doc.cust_addr, F, 10.5, 13)

    y = 290
    xq, xu, xa = R - 190, R - 95, R
    p.text(L, y, "Description", FB, 10.5)
    p.text(xq, y, "Quantity", FB, 10.5, "r")
    p.text(xu, y, "Price", FB, 10.5, "r")
    p.text(xa, y, "Amount", FB, 10.5, "r")
    y += 22
    for l in doc.lines:
        p.text(L, y, l.item, F, 10.5)
        p.text(xq, y, fmt.qty_str(l.qty), F, 10.5, "r")
        p.text(xu, y, doc.m(l.unit), F, 10.5, "r")
        p.text(xa, y, doc.m(l.price), F, 10.5, "r")
        y += 17
    y += 22
    tl = [("Subtotal", doc.m(doc.subtotal), F)]
    for r, net, vat in doc.vat_rows:
        tl.append(("VAT at %s on %s" % (fmt.rate_pct(r), doc.m(net)), doc.m(vat), F))
    tl.append(("Total", doc.m(doc.total), FB))
    tl.append(("Balance due", doc.m(doc.amount_due), FB))
    for k, v, f in tl:
        p.text(xu - 150, y, k, f, 10.5)
        p.text(xa, y, v, f, 10.5, "r")
        y += 17
    y += 30
    p.lines(L, y, ["Terms: strictly 14 days. Go raibh maith agat as do ghnó.",
                   "Payment by EFT to IBAN IE45 BOFI 9063 1108 7654 32, quoting the invoice number."], FI, 9.5, 13)
    return p.save()
