"""Statement of account (must not be booked): invoices, payments, running balance, ageing."""
import datetime
from decimal import Decimal

import common
import fmt
import vatno
from pdfkit import Pdf

ID = "l12-statement"
DESC = ("Statement of account (documentType statement, not to be booked) from soft-drinks "
        "supplier 'Connacht Mineral Waters Ltd': invoice/payment/credit rows with running balance, "
        "aged analysis, remittance slip; no statement number; dates '4 Dec 2026'.")
SCAN_FORMAT = "tif"

SUPPLIER = {
    "name": "Connacht Mineral Waters Ltd",
    "addr": ["Unit 2 Liosbán Industrial Estate", "Tuam Road", "Galway", "H91 T2KA"],
    "vat": vatno.ie_new("8277045"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]
D = Decimal


def make(rng, variant, kind):
    m = fmt.Money("ie")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "d_mon_y", [("", "x", "1", "0", "one")],
                         n=(1, 1), terms=None)
    doc.lines = []
    doc.doc_type = "statement"
    end = datetime.date(doc.date.year, doc.date.month, 1) - datetime.timedelta(days=1)
    doc.date = end
    day = end - datetime.timedelta(days=rng.randint(80, 100))
    bal = D(rng.randint(0, 90000)) / 100
    rows = [(day, "", "Balance brought forward", None, None, bal)]
    age = []
    while True:
        day += datetime.timedelta(days=rng.randint(4, 11))
        if day > end:
            break
        r = rng.random()
        if r < 0.65:
            amt = D(rng.randint(9000, 140000)) / 100
            ref = "CMW%06d" % rng.randint(100000, 199999)
            bal += amt
            rows.append((day, ref, "Invoice", amt, None, bal))
            age.append((day, amt))
        elif r < 0.9 and bal > 0:
            amt = min(bal, D(rng.randint(20000, 150000)) / 100)
            bal -= amt
            rows.append((day, "DD%05d" % rng.randint(10000, 99999), "Payment - thank you", None, amt, bal))
        else:
            amt = D(rng.randint(800, 9000)) / 100
            bal -= amt
            rows.append((day, "CN%05d" % rng.randint(1000, 9999), "Credit note", None, amt, bal))
    doc.statement = rows
    # ageing: allocate balance to the newest invoices first
    buckets = [D("0.00")] * 4
    left = bal
    for d, amt in reversed(age):
        if left <= 0:
            break
        take = min(left, amt)
        days = (end - d).days
        idx = 0 if days <= 30 else 1 if days <= 60 else 2 if days <= 90 else 3
        buckets[idx] += take
        left -= take
    buckets[3] += max(left, D("0"))
    doc.buckets = buckets
    doc.account = "CMW-%05d" % rng.randint(10000, 99999)
    doc.number = None
    doc.po = None
    doc.show.update(po=False, due=False, codes=False)
    doc.compute()
    doc.amount_due = fmt.q2(bal)
    return doc


def render(doc, path):
    p = Pdf(path, "Statement " + doc.account, SUPPLIER["name"])
    L, R = 44, p.W - 44
    p.text(L, 54, SUPPLIER["name"], "LSerifB", 17, color="#1b4965")
    p.lines(L, 70, [", ".join(SUPPLIER["addr"]), "Tel 091 755 300 · accounts@connachtminerals.ie"],
            "Lib", 8.5, 10.5, color="#333333")
    p.text(R, 54, "STATEMENT OF ACCOUNT", "LibB", 13, "r", "#1b4965")
    p.lines(L, 120, [doc.cust_name] + doc.cust_addr, "Lib", 9.5, 12)
    for i, (k, v) in enumerate([("Statement date", doc.d(doc.date)), ("Account no.", doc.account),
                                ("Currency", "EUR")]):
        p.text(R - 190, 120 + i * 14, k, "LibB", 9)
        p.text(R, 120 + i * 14, v, "Lib", 9, "r")

    y = 200
    X = [L + 4, L + 80, L + 170, R - 170, R - 90, R - 4]
    p.rect(L, y, R - L, 16, stroke=None, fill="#1b4965")
    for x, t, a in zip(X, ["Date", "Reference", "Details", "Debit", "Credit", "Balance"],
                       ["l", "l", "l", "r", "r", "r"]):
        p.text(x, y + 11.5, t, "LibB", 8.5, a, "#ffffff")
    y += 16
    for i, (d, ref, det, dr, cr, bal) in enumerate(doc.statement):
        if i % 2:
            p.rect(L, y, R - L, 15, stroke=None, fill="#eef3f7")
        vals = [doc.d(d), ref, det, doc.m(dr) if dr else "", doc.m(cr) if cr else "", doc.m(bal)]
        for x, t, a in zip(X, vals, ["l", "l", "l", "r", "r", "r"]):
            p.text(x, y + 11, t, "Lib", 8.5, a)
        y += 15
    p.hline(L, R, y, 0.8, "#1b4965")
    y += 18
    p.text(R - 190, y, "Balance due", "LibB", 10.5)
    p.text(R - 4, y, "€" + doc.m(doc.amount_due), "LibB", 10.5, "r")
    y += 30
    heads = ["Current", "31-60 days", "61-90 days", "Over 90 days", "Total due"]
    vals = [doc.m(b) for b in doc.buckets] + [doc.m(doc.amount_due)]
    cw = (R - L) / 5
    for i, (h, v) in enumerate(zip(heads, vals)):
        p.rect(L + i * cw, y, cw, 34, stroke="#1b4965", lw=0.5)
        p.text(L + i * cw + cw / 2, y + 13, h, "LibB", 8, "c")
        p.text(L + i * cw + cw / 2, y + 27, v, "Lib", 9, "c")
    y += 56
    p.text(L, y, "This is a statement of your account and is not a VAT invoice. Please pay by the due dates on each invoice.",
           "Lib", 8, color="#333333")
    p.text(L, y + 11, "VAT Reg. No. %s · IBAN IE33 BOFI 9062 8812 3344 55" % SUPPLIER["vat_print"], "Lib", 8,
           color="#333333")
    # remittance slip
    ry = p.H - 130
    p.hline(L, R, ry, 0.6, "#777777", dash=([4, 3], 0))
    p.text(L, ry - 4, "✂", "Sans", 9, color="#777777")
    p.text(L, ry + 20, "REMITTANCE ADVICE - please return with your payment", "LibB", 9)
    p.lines(L, ry + 36, ["To: " + SUPPLIER["name"], "Account: " + doc.account, "Customer: " + doc.cust_name],
            "Lib", 9, 12)
    p.lines(R - 200, ry + 36, ["Statement date: " + doc.d(doc.date), "Balance: €" + doc.m(doc.amount_due),
                               "Amount enclosed: ____________"], "Lib", 9, 12)
    return p.save()
