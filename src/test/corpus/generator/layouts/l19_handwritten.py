"""Pre-printed duplicate-book invoice filled in by hand (script-like font, blue ink)."""
import common
import data
import fmt
import vatno
from pdfkit import Pdf

ID = "l19-handwritten-form"
DESC = ("Pre-printed duplicate-book form (ruled boxes, red serial number) filled in with a script-like "
        "italic 'handwriting'; fruit & veg 'Hegarty Fruit & Veg', fractional kg with 2 decimals, "
        "dates 4/12/26, zero-rated, 6-digit serial as invoice number.")
SCAN_FORMAT = "tif"

SUPPLIER = {
    "name": "Hegarty Fruit & Veg",
    "addr": ["Unit 14 Smithfield Fruit Market", "Mary's Lane", "Dublin 7", "D07 E2X5"],
    "vat": vatno.ie_new("3604472"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]
PRINT = "#1f4e9c"
PEN = "#14213d"


def make(rng, variant, kind):
    m = fmt.Money("plain")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "d_m_yy", data.VEG, n=(4, 9), kg_dp=2, terms=None)
    doc.number = "%06d" % rng.randint(4000, 9999)
    doc.po = None
    doc.show.update(po=False, due=False, amount_due=False, codes=False)
    doc.jit = [(rng.uniform(-1.5, 1.5), rng.uniform(-1.2, 1.2)) for _ in range(60)]
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 50, p.W - 50
    jit = iter(doc.jit)

    def hw(x, y, s, size=12, align="l"):
        dx, dy = next(jit)
        p.text(x + dx, y + dy, s, "LSerifI", size, align, PEN)

    p.rect(L - 10, 30, R - L + 20, 560, stroke=PRINT, lw=1.2)
    p.text(L, 62, SUPPLIER["name"], "LSerifB", 22, color=PRINT)
    p.text(L, 77, "Wholesale Fruit, Vegetables & Fresh Herbs", "LSerif", 9, color=PRINT)
    p.lines(L, 90, [", ".join(SUPPLIER["addr"]), "Tel 01 872 6130   VAT No. " + SUPPLIER["vat_print"]],
            "LSerif", 8.5, 10.5, color=PRINT)
    p.text(R, 60, "INVOICE", "LSerifB", 15, "r", PRINT)
    p.text(R - 84, 82, "No.", "LSerif", 11, color=PRINT)
    p.text(R, 82, doc.number, "LMonoB", 13, "r", "#c1121f")
    # name / date boxes
    p.rect(L, 122, 300, 74, stroke=PRINT, lw=0.7)
    p.text(L + 4, 132, "Name & Address", "LSerif", 7, color=PRINT)
    p.rect(L + 310, 122, R - L - 310, 30, stroke=PRINT, lw=0.7)
    p.text(L + 314, 132, "Date", "LSerif", 7, color=PRINT)
    hw(L + 12, 148, doc.cust_name, 13)
    hw(L + 12, 164, ", ".join(doc.cust_addr[:2]), 11)
    hw(L + 12, 180, ", ".join(doc.cust_addr[2:]), 11)
    hw(L + 330, 148, doc.d(doc.date), 13)
    # grid
    top, rh, nrows = 210, 22, 14
    X = [L, L + 70, L + 320, L + 400, R]
    p.rect(L, top, R - L, 18 + rh * nrows, stroke=PRINT, lw=0.8)
    for x in X[1:-1]:
        p.vline(x, top, top + 18 + rh * nrows, 0.6, PRINT)
    for t, x0, x1 in zip(["Qty", "Description", "Price", "Amount €"], X[:-1], X[1:]):
        p.text((x0 + x1) / 2, top + 13, t, "LSerifB", 9, "c", PRINT)
    p.hline(L, R, top + 18, 0.8, PRINT)
    for i in range(1, nrows):
        p.hline(L, R, top + 18 + i * rh, 0.3, "#9db4db")
    for i, l in enumerate(doc.lines):
        y = top + 18 + i * rh + 16
        q = fmt.qty_str(l.qty) + (" kg" if l.uom == "kg" else "")
        hw(X[0] + 6, y, q, 11.5)
        hw(X[1] + 6, y, l.item, 11.5)
        hw(X[3] - 6, y, doc.m(l.unit), 11.5, "r")
        hw(X[4] - 6, y, doc.m(l.price), 11.5, "r")
    ty = top + 18 + rh * nrows
    for i, (k, v) in enumerate([("Goods", doc.subtotal), ("VAT", doc.tax), ("TOTAL €", doc.total)]):
        y = ty + i * 22
        p.rect(X[3], y, R - X[3], 22, stroke=PRINT, lw=0.8)
        p.text(X[3] - 8, y + 15, k, "LSerifB", 9.5, "r", PRINT)
        hw(R - 6, y + 16, doc.m(v), 12, "r")
    p.text(L, ty + 24, "Received in good condition: ______________", "LSerif", 8.5, color=PRINT)
    p.text(L, ty + 40, "E. & O.E.  All accounts due within 7 days.", "LSerif", 8, color=PRINT)
    return p.save()
