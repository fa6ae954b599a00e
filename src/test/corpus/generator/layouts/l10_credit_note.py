"""Credit note for breakages/returns (glassware). Truth amounts are negative."""
import common
import data
import fmt
import vatno
from pdfkit import Pdf, table

ID = "l10-credit-note"
DESC = ("Credit note (documentType credit-note, negative truth amounts) from glassware supplier "
        "'Clearline Glassware & Catering Supplies Ltd'; printed with minus signs (odd variants) or as "
        "positive figures marked CR (even variants); CN-01234 numbers, reference to original invoice, dates 04/12/2026.")
SCAN_FORMAT = "png"

SUPPLIER = {
    "name": "Clearline Glassware & Catering Supplies Ltd",
    "addr": ["Unit 9 Little Island Business Park", "Little Island", "Cork", "T45 YX62"],
    "vat": vatno.ie_new("4438810", "H"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]

REASONS = ["Broken on delivery", "Returned - wrong size", "Short delivered", "Damaged carton",
           "Returned - duplicate order"]


def make(rng, variant, kind):
    neg = "-" if variant % 2 else "CR"
    m = fmt.Money("ie", "€", "pre", neg=neg)
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "dmy", data.GLASS, n=(1, 4), terms=None, sign=-1)
    doc.doc_type = "credit-note"
    doc.reasons = [rng.choice(REASONS) for _ in doc.lines]
    doc.number = "CN-%05d" % rng.randint(1000, 9999)
    doc.orig = "INV %05d" % rng.randint(30000, 49999)
    doc.po = None
    doc.show.update(po=False, due=False, amount_due=False)
    doc.printneg = neg == "-"
    doc.extra_checks = [doc.orig]
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Credit Note " + doc.number, SUPPLIER["name"])
    L, R = 46, p.W - 46
    # odd variants: minus signs everywhere; even: lines unsigned, totals marked CR
    val = (lambda x: doc.m(x)) if doc.printneg else (lambda x: doc.m(abs(x)))
    tot = lambda x: doc.m(x)
    p.text(L, 54, "Clearline", "SerifB", 22, color="#005f73")
    p.text(L, 70, "Glassware & Catering Supplies Ltd", "Serif", 10, color="#005f73")
    p.lines(R, 42, SUPPLIER["addr"] + ["Tel 021 435 2290", "VAT No: " + SUPPLIER["vat_print"]], "Sans", 8, 10, "r")
    p.rect(L, 110, R - L, 30, stroke=None, fill="#ae2012")
    p.text(p.W / 2, 131, "CREDIT NOTE", "SansB", 16, "c", "#ffffff")
    p.text(L, 166, "Credit to:", "SansB", 9)
    p.lines(L, 179, [doc.cust_name] + doc.cust_addr, "Sans", 9, 11.5)
    det = [("Credit note no.", doc.number), ("Date", doc.d(doc.date)), ("Original invoice", doc.orig)]
    for i, (k, v) in enumerate(det):
        p.text(R - 190, 166 + i * 14, k, "SansB", 9)
        p.text(R, 166 + i * 14, v, "Sans", 9, "r")

    cols = [("Code", 56, "l"), ("Description", 176, "l", True), ("Reason", 114, "l"), ("Qty", 34, "r"),
            ("Unit price", 60, "r"), ("Credit", R - L - 440, "r")]
    rows = [([l.code, l.item, rs, fmt.qty_str(l.qty), doc.m(l.unit), val(l.price)], l)
            for l, rs in zip(doc.lines, doc.reasons)]
    y = table(p, L, 260, cols, rows, font="Sans", bold="SansB", size=8.6, head_fill="#e9d8a6",
              rule="grid", rule_color="#999999", row_gap=4)
    y += 18
    tl = [("Net credit", tot(doc.subtotal))] + [("VAT @ %s" % fmt.rate_pct(r), tot(v)) for r, _, v in doc.vat_rows]
    tl.append(("Total credit", tot(doc.total)))
    for i, (k, v) in enumerate(tl):
        f = "SansB" if i == len(tl) - 1 else "Sans"
        p.text(R - 200, y + i * 15, k, f, 9.5)
        p.text(R, y + i * 15, v, f, 9.5, "r")
    y += len(tl) * 15 + 24
    p.lines(L, y, ["This credit has been applied to your account and may be offset against %s." % doc.orig,
                   "Please destroy any damaged stock; do not return broken glass."], "Sans", 8, 11, color="#333333")
    p.hline(L, R, p.H - 50, 0.4, "#999999")
    p.text(p.W / 2, p.H - 38, "%s · Registered in Ireland No. 284419 · Registered office: %s"
           % (SUPPLIER["name"], ", ".join(SUPPLIER["addr"][:3])), "Sans", 6.8, "c", "#555555")
    return p.save()
