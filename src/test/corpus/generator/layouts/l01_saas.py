"""Modern SaaS-style invoice (Stripe/Xero-like): big 'amount due' line, light rules, pill."""
import common
import data
import fmt
import vatno
from pdfkit import Pdf, table, width

ID = "l01-saas"
DESC = ("Modern SaaS-style (coffee roaster 'Harbour & Finch', no Ltd/trade word), big '€x due' line, "
        "light rules, no product codes, INV-2026-00123 numbers, dates '4 Dec 2026', € before amount, IE VAT 9-char 'H' form.")
SCAN_FORMAT = "png"

SUPPLIER = {
    "name": "Harbour & Finch",
    "addr": ["Unit 7 Marrowbone Lane", "Dublin 8", "D08 K7W2"],
    "vat": vatno.ie_new("3791544", "H"),
    "email": "accounts@harbourandfinch.ie", "web": "harbourandfinch.ie",
    "iban": "IE64 AIBK 9311 5212 3456 78", "bic": "AIBKIE2D",
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]

ACC = "#1f6f78"
GREY = "#6b7280"


def make(rng, variant, kind):
    m = fmt.Money("ie", "€", "pre")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "d_mon_y", data.COFFEE, n=(3, 7), terms=30)
    doc.number = "INV-2026-%05d" % rng.randint(100, 2999)
    doc.po = common.po_number(rng, doc.cust_name) if variant % 2 else None
    doc.show["po"] = doc.po is not None
    doc.show["codes"] = False
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 48, p.W - 48
    # logo: rounded square with monogram
    p.rect(L, 40, 30, 30, stroke=None, fill=ACC, r=7)
    p.text(L + 15, 60, "H&F", "SansB", 10, "c", "#ffffff")
    p.text(L + 40, 53, SUPPLIER["name"], "SansB", 13)
    p.text(L + 40, 66, "Speciality coffee roasters", "Sans", 8, color=GREY)
    p.text(R, 60, "Invoice", "SansL", 26, "r", "#111827")

    y = 112
    meta = [("Invoice number", doc.number), ("Date of issue", doc.d(doc.date)), ("Date due", doc.d(doc.due))]
    if doc.po:
        meta.append(("Your PO", doc.po))
    for i, (k, v) in enumerate(meta):
        x = L + i * 125
        p.text(x, y, k.upper(), "Sans", 6.5, color=GREY, cs=0.6)
        p.text(x, y + 13, v, "SansB", 9.5)

    y = 160
    p.text(L, y, "BILLED TO", "Sans", 6.5, color=GREY, cs=0.6)
    p.lines(L, y + 14, [doc.cust_name] + doc.cust_addr, "Sans", 9, 12)
    x2 = L + 250
    p.text(x2, y, "FROM", "Sans", 6.5, color=GREY, cs=0.6)
    p.lines(x2, y + 14, [SUPPLIER["name"]] + SUPPLIER["addr"] +
            [SUPPLIER["email"], "VAT " + SUPPLIER["vat_print"]], "Sans", 9, 12)

    y = 262
    p.text(L, y, "%s due %s" % (doc.m(doc.amount_due), doc.d(doc.due)), "SansB", 17, color="#111827")
    p.text(L, y + 17, "Pay online at pay.%s/%s" % (SUPPLIER["web"], doc.number.lower()), "Sans", 8.5, color=ACC)

    y = 302
    cols = [("Description", 270, "l", True), ("Qty", 50, "r"), ("Unit price", 85, "r"), ("Amount", R - L - 405, "r")]
    rows = [([l.item, fmt.qty_str(l.qty), doc.m(l.unit), doc.m(l.price)], l) for l in doc.lines]
    y = table(p, L, y, cols, rows, font="Sans", bold="Sans", size=9, head_color=GREY, head_size=7.5,
              rule="h", rule_color="#e5e7eb", row_gap=5)

    y += 14
    tx, vx = R - 210, R

    def tot(label, val, bold=False, sep=False):
        nonlocal y
        if sep:
            p.hline(tx, R, y - 10, 0.5, "#e5e7eb")
        f = "SansB" if bold else "Sans"
        p.text(tx, y, label, f, 9, color="#111827" if bold else GREY)
        p.text(vx, y, val, f, 9, "r")
        y += 17

    tot("Subtotal", doc.m(doc.subtotal))
    for r, net, vat in doc.vat_rows:
        tot("VAT (%s on %s)" % (fmt.rate_pct(r), doc.m(net)), doc.m(vat))
    tot("Total", doc.m(doc.total), sep=True)
    tot("Amount due", doc.m(doc.amount_due), bold=True, sep=True)

    fy = p.H - 70
    p.hline(L, R, fy - 14, 0.5, "#e5e7eb")
    p.text(L, fy, "Bank transfer: IBAN %s  BIC %s  Reference %s" % (SUPPLIER["iban"], SUPPLIER["bic"], doc.number),
           "Sans", 7.5, color=GREY)
    p.text(L, fy + 11, "Questions? %s  ·  Harbour & Finch is a trading name registered in Ireland." % SUPPLIER["email"],
           "Sans", 7.5, color=GREY)
    p.text(R, fy + 11, "Page 1 of 1", "Sans", 7.5, "r", GREY)
    return p.save()
