"""Weekly dairy invoice grouped by delivery day with day subtotals (repeated products)."""
import datetime

import common
import data
import fmt
import model
import vatno
from pdfkit import Pdf

ID = "l22-grouped-days"
DESC = ("Weekly invoice grouped under delivery-day headings with per-day subtotals (not line items), "
        "same product repeated on several days; dairy 'Callan Farm Dairy', zero-rated, no codes, "
        "CFD01234 numbers, dates '4 December 2026', customer number.")
SCAN_FORMAT = "png"

SUPPLIER = {
    "name": "Callan Farm Dairy",
    "addr": ["Knocktopher Road", "Callan", "Co. Kilkenny", "R95 N6P3"],
    "vat": vatno.ie_new("7705316"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]


def make(rng, variant, kind):
    m = fmt.Money("ie", "€", "pre")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "d_month_y", data.DAIRY, n=(1, 1), terms=14)
    start = doc.date - datetime.timedelta(days=doc.date.weekday() + 7)
    doc.lines, doc.days = [], []
    days = sorted(rng.sample(range(6), rng.randint(3, 4)))
    for k in days:
        ls = model.pick_lines(rng, data.DAIRY, rng.randint(2, 4))
        doc.days.append((start + datetime.timedelta(days=k), ls))
        doc.lines += ls
    doc.date = start + datetime.timedelta(days=7)
    doc.due = doc.date + datetime.timedelta(days=14)
    doc.number = "CFD%05d" % rng.randint(1000, 9999)
    doc.account = "%04d" % rng.randint(100, 999)
    doc.po = None
    doc.show.update(po=False, codes=False)
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 60, p.W - 60
    p.circle(L + 20, 62, 20, stroke="#3a7d44", fill="#f1f7ed", lw=1.5)
    p.text(L + 20, 67, "CFD", "SerifB", 10, "c", "#3a7d44")
    p.text(L + 50, 60, SUPPLIER["name"], "SerifB", 18, color="#3a7d44")
    p.text(L + 50, 74, ", ".join(SUPPLIER["addr"]) + "  ·  VAT " + SUPPLIER["vat_print"], "Sans", 7.8, color="#444444")
    p.text(L, 118, "Invoice " + doc.number, "SansB", 11)
    p.lines(L, 134, ["Date: " + doc.d(doc.date), "Customer no. " + doc.account, "Due by: " + doc.d(doc.due)],
            "Sans", 9, 12)
    p.lines(330, 118, [doc.cust_name] + doc.cust_addr, "Sans", 9, 12)
    y = 206
    X = dict(desc=L, qty=R - 150, unit=R - 75, amt=R)
    for k, t, a in (("desc", "Product", "l"), ("qty", "Qty", "r"), ("unit", "Price", "r"), ("amt", "Amount", "r")):
        p.text(X[k], y, t, "SansB", 9, a)
    p.hline(L, R, y + 5, 0.8, "#3a7d44")
    y += 20
    for day, ls in doc.days:
        p.text(L, y, "Delivered %s %s" % (fmt.DAYS[day.weekday()], fmt.date_str(day, "d_month_y")), "SansB", 8.8,
               color="#3a7d44")
        y += 14
        for l in ls:
            p.text(X["desc"] + 12, y, l.item, "Sans", 9)
            p.text(X["qty"], y, fmt.qty_str(l.qty), "Sans", 9, "r")
            p.text(X["unit"], y, doc.m(l.unit), "Sans", 9, "r")
            p.text(X["amt"], y, doc.m(l.price), "Sans", 9, "r")
            y += 13
        sub = sum(l.price for l in ls)
        p.hline(X["unit"] + 10, R, y - 8, 0.3, "#999999")
        p.text(X["unit"], y + 2, "Day total", "SansI", 8.5, "r", "#444444")
        p.text(X["amt"], y + 2, doc.m(sub), "SansI", 8.5, "r", "#444444")
        y += 20
    p.hline(L, R, y - 6, 0.8, "#3a7d44")
    y += 10
    for i, (k, v) in enumerate([("Goods", doc.m(doc.subtotal)), ("VAT (zero rated)", doc.m(doc.tax)),
                                ("Invoice total", doc.m(doc.total)), ("Please pay", doc.m(doc.amount_due))]):
        f = "SansB" if i >= 2 else "Sans"
        p.text(R - 190, y + i * 15, k, f, 9)
        p.text(R, y + i * 15, v, f, 9, "r")
    p.text(L, y + 80, "Thank you. Milk crates and cream trays remain our property.", "Sans", 8, color="#444444")
    return p.save()
