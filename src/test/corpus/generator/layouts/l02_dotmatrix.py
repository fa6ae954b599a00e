"""Dot-matrix print on pre-printed continuous stationery (green bars, tractor holes)."""
import common
import data
import fmt
import vatno
from pdfkit import Pdf

ID = "l02-dotmatrix"
DESC = ("Dot-matrix/monospaced on pre-printed green-bar continuous stationery (drinks wholesaler "
        "'O'Dwyer Bros'), upper-case body, SI/12345 numbers, dates 04/12/26, no currency symbol, "
        "no thousands separator, product codes, old-form IE VAT number (IE1X23456T).")
SCAN_FORMAT = "tif"

SUPPLIER = {
    "name": "O'Dwyer Bros",
    "addr": ["Liberty Square", "Thurles", "Co. Tipperary", "E41 P2V8"],
    "vat": vatno.ie_old("4", "P", "71923"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]

MONO = "FMono"
SZ = 9.6
CW = SZ * 0.6       # character width
LH = 12.0           # line pitch (6 lpi)


def make(rng, variant, kind):
    m = fmt.Money("plain")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "dmy_short", data.DRINKS, n=(6, 13), terms=30)
    doc.cust_name = doc.cust_name.upper()
    doc.cust_addr = [a.upper() for a in doc.cust_addr]
    for l in doc.lines:
        l.item = l.item.upper()
    doc.number = "SI/%05d" % rng.randint(10000, 49999)
    doc.account = "".join(ch for ch in doc.cust_name if ch.isalpha())[:3] + "%03d" % rng.randint(1, 200)
    doc.po = None
    doc.show.update(po=False, due=False, amount_due=False)
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    W, H = p.W, p.H
    # continuous stationery: tractor holes and green bars
    for y in range(30, int(H), 36):
        p.circle(14, y, 4.5, stroke="#bbbbbb", fill="#f4f4f4", lw=0.6)
        p.circle(W - 14, y, 4.5, stroke="#bbbbbb", fill="#f4f4f4", lw=0.6)
    p.vline(28, 0, H, 0.4, "#cccccc")
    p.vline(W - 28, 0, H, 0.4, "#cccccc")
    for y in range(300, int(H) - 60, 48):
        p.rect(34, y, W - 68, 24, stroke=None, fill="#e3f1e3")
    # pre-printed header (offset litho, green ink)
    g = "#1d5e3a"
    p.text(W / 2, 62, SUPPLIER["name"], "LSerifB", 26, "c", g)
    p.text(W / 2, 78, "WHOLESALE BEERS, WINES, SPIRITS & MINERALS", "LSerif", 8.5, "c", g)
    p.text(W / 2, 91, " ".join(SUPPLIER["addr"]) + "   Tel (0504) 21 774", "LSerif", 8.5, "c", g)
    p.text(W / 2, 103, "VAT Reg. No. " + SUPPLIER["vat_print"], "LSerif", 8.5, "c", g)
    p.hline(40, W - 40, 112, 1.2, g)
    p.text(W / 2, 128, "I N V O I C E", "LSerifB", 11, "c", g)

    x0 = 52
    ink = "#2b2b2b"

    def row(r, s):
        p.text(x0, 150 + r * LH, s, MONO, SZ, color=ink)

    row(0, "INVOICE NO: %-18s DATE: %s" % (doc.number, doc.d(doc.date)))
    row(1, "ACCOUNT   : %-18s PAGE: 1 OF 1" % doc.account)
    row(3, "SOLD TO   : " + doc.cust_name)
    for i, a in enumerate(doc.cust_addr):
        row(4 + i, "            " + a)
    r = 5 + len(doc.cust_addr)
    row(r, "-" * 80)
    row(r + 1, "%-7s %-40s %4s %8s %3s %10s" % ("CODE", "DESCRIPTION", "QTY", "PRICE", "VAT", "NET"))
    row(r + 2, "-" * 80)
    r += 3
    for l in doc.lines:
        assert len(l.item) <= 40, l.item
        row(r, "%-7s %-40s %4s %8s %3s %10s" % (l.code, l.item, fmt.qty_str(l.qty), doc.m(l.unit),
                                               "A", doc.m(l.price)))
        r += 1
    row(r, "-" * 80)
    r += 1
    row(r + 0, "%67s %12s" % ("GOODS VALUE", doc.m(doc.subtotal)))
    for rate, net, vat in doc.vat_rows:
        r += 1
        row(r, "%67s %12s" % ("VAT A @ %s ON %s" % (fmt.rate_pct(rate), doc.m(net)), doc.m(vat)))
    row(r + 1, "%67s %12s" % ("", "=" * 12))
    row(r + 2, "%67s %12s" % ("INVOICE TOTAL EUR", doc.m(doc.total)))
    row(r + 4, "TERMS: NETT 30 DAYS. GOODS REMAIN OUR PROPERTY UNTIL PAID IN FULL.")
    row(r + 5, "EMPTIES MUST BE RETURNED WITHIN 60 DAYS. E&OE.")
    row(r + 7, "RECEIVED BY: ........................   DRIVER: ......")
    return p.save()
