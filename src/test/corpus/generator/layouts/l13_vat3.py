"""Cash-and-carry account invoice with VAT codes per line and a three-rate VAT analysis box."""
import common
import data
import fmt
import model
import vatno
from pdfkit import Pdf, table

ID = "l13-vat3"
DESC = ("VAT analysis box with three rates (23%, 13.5%, 0%; a fourth 9% rate in some variants) and VAT "
        "code letters per line; wholesaler 'Ballyhale Wholesale Ltd', 7-digit numbers, dates 4/12/2026, "
        "6-digit product codes, customer block on the left and supplier on the right.")
SCAN_FORMAT = "png"

SUPPLIER = {
    "name": "Ballyhale Wholesale Ltd",
    "addr": ["Knocktopher Road", "Ballyhale", "Co. Kilkenny", "R95 W2D6"],
    "vat": vatno.ie_new("2980461"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]
CODES = {"0.23": "S", "0.135": "R", "0.09": "N", "0": "Z"}


def vcode(rate):
    return CODES[format(rate.normalize(), "f") if rate else "0"]


def make(rng, variant, kind):
    m = fmt.Money("ie")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "d_m_y", data.CASH_CARRY, n=(1, 1), terms=30)
    want = ["0.23", "0.135", "0"] + (["0.09"] if variant % 2 == 0 else [])
    chosen = []
    for r in want:
        pool = [c for c in data.CASH_CARRY if c[3] == r]
        chosen.append(rng.choice(pool))
    rest = [c for c in data.CASH_CARRY if c not in chosen and c[3] in want]
    chosen += rng.sample(rest, rng.randint(4, 8))
    rng.shuffle(chosen)
    doc.lines = model.pick_lines(rng, chosen, len(chosen))
    doc.number = "%07d" % rng.randint(400000, 499999)
    doc.account = "%06d" % rng.randint(100000, 199999)
    doc.po = None
    doc.show["po"] = False
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 36, p.W - 36
    # left: big INVOICE box with customer
    p.rect(L, 36, 250, 118, stroke="#000000", lw=1)
    p.rect(L, 36, 250, 22, stroke=None, fill="#000000")
    p.text(L + 8, 52, "INVOICE", "LibB", 13, color="#ffffff")
    p.text(L + 242, 52, "Account " + doc.account, "Lib", 9, "r", "#ffffff")
    p.lines(L + 8, 74, [doc.cust_name] + doc.cust_addr, "Lib", 9.5, 12)
    # right: supplier
    p.text(R, 50, SUPPLIER["name"], "LibB", 15, "r", "#8a1c1c")
    p.lines(R, 64, ["Cash & Carry · Wholesale · Delivered", ", ".join(SUPPLIER["addr"]),
                    "Tel 056 772 8100 · orders@ballyhalewholesale.ie", "VAT Reg. " + SUPPLIER["vat_print"]],
            "Lib", 8.5, 10.5, "r")
    info = [("Invoice No", doc.number), ("Tax Point / Date", doc.d(doc.date)), ("Due Date", doc.d(doc.due)),
            ("Terms", "30 days")]
    for i, (k, v) in enumerate(info):
        x = R - 250 + (i % 2) * 125
        yy = 116 + (i // 2) * 24
        p.rect(x, yy - 10, 125, 24, stroke="#777777", lw=0.4)
        p.text(x + 4, yy - 1, k, "Lib", 6.5, color="#555555")
        p.text(x + 4, yy + 10, v, "LibB", 9)

    cols = [("Ln", 22, "r"), ("Code", 50, "l"), ("Description", 224, "l", True), ("Qty", 34, "r"),
            ("Price €", 60, "r"), ("V", 20, "c"), ("Value €", R - L - 410, "r")]
    rows = [([str(i + 1), l.code, l.item, fmt.qty_str(l.qty), doc.m(l.unit), vcode(l.rate), doc.m(l.price)], l)
            for i, l in enumerate(doc.lines)]
    y = table(p, L, 180, cols, rows, font="Lib", bold="LibB", size=8.8, head_fill="#e6e6e6", rule="h",
              rule_color="#bbbbbb", row_gap=3)
    y += 20
    # VAT analysis box (left)
    bx = L
    heads = [("Code", 34, "c"), ("Rate", 50, "r"), ("Goods €", 80, "r"), ("VAT €", 70, "r")]
    p.text(bx, y - 4, "VAT ANALYSIS", "LibB", 8.5)
    hx = bx
    p.rect(bx, y, sum(h[1] for h in heads), 15 + 14 * len(doc.vat_rows), stroke="#000000", lw=0.6)
    p.rect(bx, y, sum(h[1] for h in heads), 15, stroke=None, fill="#e6e6e6")
    for t, w, a in heads:
        tx = hx + 4 if a == "l" else (hx + w - 4 if a == "r" else hx + w / 2)
        p.text(tx, y + 11, t, "LibB", 8, a)
        hx += w
    for i, (r, net, vat) in enumerate(doc.vat_rows):
        vals = [vcode(r), fmt.rate_pct(r), doc.m(net), doc.m(vat)]
        hx = bx
        for (t, w, a), v in zip(heads, vals):
            tx = hx + 4 if a == "l" else (hx + w - 4 if a == "r" else hx + w / 2)
            p.text(tx, y + 26 + i * 14, v, "Lib", 8.5, a)
            hx += w
    # totals (right)
    for i, (k, v) in enumerate([("Goods Total", doc.m(doc.subtotal)), ("VAT Total", doc.m(doc.tax)),
                                ("Invoice Total €", doc.m(doc.total)), ("Amount Due €", doc.m(doc.amount_due))]):
        f = "LibB" if i >= 2 else "Lib"
        p.rect(R - 200, y + i * 18, 200, 18, stroke="#777777", lw=0.4)
        p.text(R - 194, y + 12 + i * 18, k, f, 9)
        p.text(R - 6, y + 12 + i * 18, v, f, 9, "r")
    p.text(L, p.H - 40, "S = standard 23%  R = reduced 13.5%  N = second reduced 9%  Z = zero rated. "
           "Goods remain the property of Ballyhale Wholesale Ltd until paid for in full.", "Lib", 6.8, color="#444444")
    return p.save()
