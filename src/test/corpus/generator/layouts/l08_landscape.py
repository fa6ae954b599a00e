"""Landscape A4 with a wide 11-column table (craft brewery)."""
import common
import data
import fmt
from fmt import q2
import vatno
from pdfkit import Pdf, table

ID = "l08-landscape"
DESC = ("Landscape A4, wide 11-column table (code, product, style, ABV, pack, qty, unit, net, VAT %, "
        "VAT, gross), three-column header; craft brewery 'Kilbeg Brewing Co.', KB000123 numbers, dates 04/12/2026.")
SCAN_FORMAT = "pdf"

SUPPLIER = {
    "name": "Kilbeg Brewing Co.",
    "addr": ["Kilbeg Cross", "Ennistymon", "Co. Clare", "V95 T2F3"],
    "vat": vatno.ie_new("7319904", "W"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]

INFO = {"KPA30": ("Pale Ale", "4.5%", "30L keg"), "KRA50": ("Red Ale", "4.3%", "50L keg"),
        "KST30": ("Stout", "4.8%", "30L keg"), "KIP20": ("IPA", "6.2%", "20L KeyKeg"),
        "KLA50": ("Lager", "4.4%", "50L keg"), "KPA24": ("Pale Ale", "4.5%", "24 x 440ml"),
        "KIP24": ("IPA", "6.2%", "24 x 440ml"), "KAF12": ("Alc. free", "0.5%", "12 x 330ml"),
        "TAPB": ("-", "-", "each")}


def make(rng, variant, kind):
    m = fmt.Money("ie", "€", "pre")
    for _ in range(300):
        doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "dmy", data.CRAFT, n=(4, 8), terms=30,
                             delivery=True)
        doc.compute()
        if doc.line_vat_consistent():
            break
    for l in doc.lines:
        l.vat = q2(l.price * l.rate)
    doc.number = "KB%06d" % rng.randint(1200, 9999)
    doc.po = common.po_number(rng, doc.cust_name) if variant != 2 else None
    doc.show["po"] = doc.po is not None
    return doc


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"], land=True)
    L, R = 36, p.W - 36
    # hop-cone-ish mark
    p.circle(L + 18, 48, 17, stroke=None, fill="#2f5d34")
    p.text(L + 18, 54, "K", "SerifB", 18, "c", "#e7d9a8")
    p.text(L + 44, 46, SUPPLIER["name"], "SerifB", 18, color="#2f5d34")
    p.text(L + 44, 62, ", ".join(SUPPLIER["addr"]) + "  ·  VAT " + SUPPLIER["vat_print"], "Sans", 8, color="#444444")
    p.text(R, 46, "INVOICE", "SansB", 20, "r", "#2f5d34")

    y = 92
    colw = (R - L) / 3
    blocks = [("Bill to", [doc.cust_name] + doc.cust_addr), ("Ship to", [doc.cust_name] + doc.deliv_addr),
              ("Invoice details", ["Invoice no: " + doc.number, "Invoice date: " + doc.d(doc.date),
                                   "Due date: " + doc.d(doc.due)] + (["Customer PO: " + doc.po] if doc.po else []))]
    for i, (t, rows) in enumerate(blocks):
        x = L + i * colw
        p.text(x, y, t.upper(), "SansB", 7.5, color="#2f5d34")
        p.lines(x, y + 13, rows, "Sans", 8.8, 11)

    cols = [("Code", 48, "l"), ("Product", 190, "l", True), ("Style", 62, "l"), ("ABV", 36, "r"),
            ("Pack", 70, "l"), ("Qty", 34, "r"), ("Unit", 62, "r"), ("Net", 70, "r"), ("VAT %", 42, "r"),
            ("VAT", 60, "r"), ("Gross", R - L - 674, "r")]
    rows = []
    for l in doc.lines:
        st, abv, pack = INFO[l.code]
        rows.append(([l.code, l.item, st, abv, pack, fmt.qty_str(l.qty), doc.m(l.unit), doc.m(l.price),
                      fmt.rate_pct(l.rate), doc.m(l.vat), doc.m(l.price + l.vat)], l))
    y = table(p, L, 182, cols, rows, font="Sans", bold="SansB", size=8.2, head_fill="#2f5d34",
              head_color="#ffffff", rule="h", rule_color="#cccccc", zebra="#f2f6ef", row_gap=3.5)
    y += 16
    for i, (k, v) in enumerate([("Net total", doc.m(doc.subtotal)), ("VAT total", doc.m(doc.tax)),
                                ("Invoice total", doc.m(doc.total)), ("Balance due", doc.m(doc.amount_due))]):
        f = "SansB" if i >= 2 else "Sans"
        p.text(R - 200, y, k, f, 9)
        p.text(R, y, v, f, 9, "r")
        y += 14
    p.lines(L, y - 50, ["Kegs and casks remain the property of Kilbeg Brewing Co. and must be returned empty.",
                        "Pay by bank transfer: IBAN IE02 BOFI 9040 4412 3456 99 · BIC BOFIIE2D",
                        "Brewed and packaged in Co. Clare."], "Sans", 7.8, 10, color="#444444")
    return p.save()
