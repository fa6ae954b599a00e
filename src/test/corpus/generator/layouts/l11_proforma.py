"""Pro-forma invoice for equipment: payment before dispatch; must not be booked."""
from decimal import Decimal

import common
import data
import fmt
from fmt import q2
import vatno
from pdfkit import Pdf, table

ID = "l11-proforma"
DESC = ("Pro-forma invoice (documentType pro-forma, not to be booked) for bar refrigeration "
        "'Coolrain Refrigeration Ltd', 'This is not a VAT invoice', quote validity date, deposit "
        "received reduces balance payable in even variants, PF-0123 numbers, dates '4 December 2026'.")
SCAN_FORMAT = "pdf"

SUPPLIER = {
    "name": "Coolrain Refrigeration Ltd",
    "addr": ["Unit 21 Ballycoolin Business Park", "Blanchardstown", "Dublin 15", "D15 P8W1"],
    "vat": vatno.ie_new("9023318"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]


def make(rng, variant, kind):
    m = fmt.Money("ie", "€", "pre")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "d_month_y", data.EQUIPMENT, n=(3, 5), terms=14)
    doc.doc_type = "pro-forma"
    doc.number = "PF-%04d" % rng.randint(100, 1999)
    doc.po = common.po_number(rng, doc.cust_name)
    doc.compute()
    if variant % 2 == 0:
        doc.amount_paid = q2(Decimal(int(doc.total * Decimal("0.3") / 50) * 50))
        doc.amount_due = doc.total - doc.amount_paid
    doc.show["due"] = False
    doc.valid = doc.due
    return doc


def render(doc, path):
    p = Pdf(path, "Pro-forma " + doc.number, SUPPLIER["name"])
    L, R = 48, p.W - 48
    p.text(L, 56, "COOLRAIN", "FreeB", 24, color="#0077b6")
    p.text(L + 2, 70, "REFRIGERATION LTD", "Free", 9, color="#0077b6", cs=3)
    p.lines(L, 88, [" · ".join(SUPPLIER["addr"]), "Tel 01 885 2041 · sales@coolrain.ie · VAT " + SUPPLIER["vat_print"]],
            "Free", 8, 10, color="#333333")
    p.text(R, 56, "PRO-FORMA INVOICE", "FreeB", 15, "r")
    p.text(R, 70, "This is not a VAT invoice", "Free", 8.5, "r", "#ae2012")
    p.hline(L, R, 112, 1.2, "#0077b6")
    p.text(L, 134, "Customer", "FreeB", 9)
    p.lines(L, 147, [doc.cust_name] + doc.cust_addr, "Free", 9, 11.5)
    det = [("Pro-forma no.", doc.number), ("Date", doc.d(doc.date)), ("Your reference", doc.po),
           ("Quotation valid until", doc.d(doc.valid))]
    for i, (k, v) in enumerate(det):
        p.text(R - 220, 134 + i * 14, k, "FreeB", 9)
        p.text(R, 134 + i * 14, v, "Free", 9, "r")

    cols = [("Item", 54, "l"), ("Description", 230, "l", True), ("Qty", 40, "r"), ("Unit price", 80, "r"),
            ("Total", R - L - 404, "r")]
    rows = [([l.code, l.item, fmt.qty_str(l.qty), doc.m(l.unit), doc.m(l.price)], l) for l in doc.lines]
    y = table(p, L, 236, cols, rows, font="Free", bold="FreeB", size=9, head_fill="#caf0f8", rule="h",
              rule_color="#90e0ef", row_gap=4.5)
    y += 18
    tl = [("Subtotal", doc.m(doc.subtotal)), ("VAT 23%", doc.m(doc.tax)), ("Total", doc.m(doc.total))]
    if doc.amount_paid:
        tl.append(("Less deposit received", doc.m(-doc.amount_paid)))
        tl.append(("Balance payable", doc.m(doc.amount_due)))
        doc.extra_checks = [doc.m(-doc.amount_paid)]
    else:
        tl.append(("Amount payable", doc.m(doc.amount_due)))
    for i, (k, v) in enumerate(tl):
        f = "FreeB" if i in (2, len(tl) - 1) else "Free"
        p.text(R - 210, y + i * 15, k, f, 9.5)
        p.text(R, y + i * 15, v, f, 9.5, "r")
    y += len(tl) * 15 + 26
    p.rect(L, y, R - L, 62, stroke="#0077b6", lw=0.8)
    p.lines(L + 10, y + 16, ["Payment in full is required before dispatch. Goods are reserved for 14 days.",
                             "Bank: AIB Blanchardstown · IBAN IE47 AIBK 9311 2045 5566 71 · BIC AIBKIE2D",
                             "Please use %s as the payment reference. A VAT invoice will issue on delivery." % doc.number],
            "Free", 8.5, 13)
    p.text(p.W / 2, p.H - 38, "%s · Company No. 377120 · Directors: P. Gorman, E. Walsh" % SUPPLIER["name"],
           "Free", 7, "c", "#555555")
    return p.save()
