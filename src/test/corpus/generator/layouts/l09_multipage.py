"""Monthly consolidated invoice over 2-3 pages: carried/brought forward, totals on last page."""
import datetime

import common
import data
import fmt
import model
import vatno
from pdfkit import Pdf

ID = "l09-multipage"
DESC = ("Multi-page (2-3 pages) monthly consolidated drinks invoice grouped by delivery docket, "
        "'Carried forward' / 'Brought forward' running totals, 'Page n of m', totals and VAT on the "
        "last page only; 'Emerald Beverage Wholesale Ltd', EBW/26/0123 numbers, dates 04/12/2026.")
SCAN_FORMAT = "pdf"

SUPPLIER = {
    "name": "Emerald Beverage Wholesale Ltd",
    "addr": ["Unit 5 Toughers Business Park", "Newhall", "Naas", "Co. Kildare", "W91 D7X2"],
    "vat": vatno.ie_new("6190357"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]

CAT = data.DRINKS + data.WINE


def make(rng, variant, kind):
    m = fmt.Money("ie")
    target = {1: (80, 88), 2: (50, 60), 3: (78, 86), 4: (48, 56)}[variant]
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "dmy", CAT, n=(1, 1), terms="eom")
    doc.lines = []
    want = rng.randint(*target)
    day = datetime.date(doc.date.year, doc.date.month, 1)
    doc.groups = []
    while len(doc.lines) < want:
        day += datetime.timedelta(days=rng.randint(2, 4))
        n = min(rng.randint(4, 9), want - len(doc.lines))
        docket = "D%05d" % rng.randint(10000, 99999)
        ls = model.pick_lines(rng, CAT, n)
        for l in ls:
            l.docket, l.ddate = docket, day
        doc.groups.append((day, docket, ls))
        doc.lines.extend(ls)
    doc.date = day + datetime.timedelta(days=rng.randint(1, 3))
    doc.due = fmt.end_of_next_month(doc.date)
    doc.number = "EBW/26/%04d" % rng.randint(100, 4999)
    doc.account = "EBW-%04d" % rng.randint(1000, 9999)
    doc.po = None
    doc.show["po"] = False
    return doc.compute()


def render(doc, path):
    pages = _render(doc, path, None)
    return _render(doc, path, pages)


def _render(doc, path, total_pages):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 40, p.W - 40
    X = dict(code=L + 4, desc=L + 54, qty=L + 352, price=L + 408, vat=L + 442, net=R - 4)
    S = 8.6
    pageno = [1]

    def page_of():
        return "Page %d of %s" % (pageno[0], total_pages or "?")

    def small_header():
        p.text(L, 44, SUPPLIER["name"], "SansB", 10)
        p.text(L, 57, "Invoice %s  ·  Account %s  ·  %s" % (doc.number, doc.account, doc.cust_name), "Sans", 8)
        p.text(R, 44, page_of(), "Sans", 8, "r")
        p.hline(L, R, 64, 0.8)
        return 74

    def col_header(y):
        p.rect(L, y, R - L, 15, stroke=None, fill="#e8eef0")
        for k, t, a in (("code", "Code", "l"), ("desc", "Description", "l"), ("qty", "Qty", "r"),
                        ("price", "Price", "r"), ("vat", "VAT", "r"), ("net", "Net €", "r")):
            p.text(X[k], y + 11, t, "SansB", 8, a)
        return y + 15

    def footer():
        p.hline(L, R, p.H - 46, 0.4, "#888888")
        p.text(L, p.H - 34, "%s · Reg. No. 402117 · VAT %s · IBAN IE81 AIBK 9331 6012 9876 54"
               % (SUPPLIER["name"], SUPPLIER["vat_print"]), "Sans", 6.8, color="#555555")
        p.text(R, p.H - 34, page_of(), "Sans", 6.8, "r", "#555555")

    # ---- first page header ----
    p.text(L, 52, "EMERALD", "SansB", 22, color="#0d6b3f")
    p.text(L, 66, "BEVERAGE WHOLESALE", "Sans", 9, color="#0d6b3f", cs=2)
    p.lines(L, 84, SUPPLIER["addr"][:2] + [", ".join(SUPPLIER["addr"][2:])], "Sans", 8, 10)
    p.text(R, 50, "INVOICE", "SansB", 16, "r")
    info = [("Invoice No.", doc.number), ("Invoice Date", doc.d(doc.date)), ("Account", doc.account),
            ("Due Date", doc.d(doc.due)), ("Period", "Deliveries %s - %s" % (
                fmt.date_str(doc.groups[0][0], "dmy"), fmt.date_str(doc.groups[-1][0], "dmy")))]
    for i, (k, v) in enumerate(info):
        p.text(R - 200, 68 + i * 12, k, "SansB", 8)
        p.text(R, 68 + i * 12, v, "Sans", 8, "r")
    p.text(L, 140, "Invoice to:", "SansB", 8)
    p.lines(L, 152, [doc.cust_name] + doc.cust_addr, "Sans", 9, 11)
    y = col_header(218)
    bottom = p.H - 80
    run = model.D("0.00")

    for day, docket, ls in doc.groups:
        items = [("grp", None)] + [("line", l) for l in ls]
        for kind, l in items:
            if y + 15 > bottom:
                p.hline(L, R, y + 2, 0.5)
                p.text(X["vat"], y + 13, "Carried forward", "SansB", S, "r")
                p.text(X["net"], y + 13, doc.m(run), "SansB", S, "r")
                footer()
                p.new_page()
                pageno[0] += 1
                y = small_header()
                y = col_header(y)
                p.text(X["vat"], y + 12, "Brought forward", "SansB", S, "r")
                p.text(X["net"], y + 12, doc.m(run), "SansB", S, "r")
                y += 18
            if kind == "grp":
                p.text(X["code"], y + 12, "Delivery %s  Docket %s" % (fmt.date_str(day, "dmy"), docket),
                       "SansI", 8, color="#0d6b3f")
            else:
                p.text(X["code"], y + 12, l.code, "Sans", S)
                p.text(X["desc"], y + 12, l.item, "Cond", S)
                p.text(X["qty"], y + 12, fmt.qty_str(l.qty), "Sans", S, "r")
                p.text(X["price"], y + 12, doc.m(l.unit), "Sans", S, "r")
                p.text(X["vat"], y + 12, fmt.rate_pct(l.rate), "Sans", S, "r")
                p.text(X["net"], y + 12, doc.m(l.price), "Sans", S, "r")
                run += l.price
            y += 15
    # totals block needs ~120pt
    if y + 130 > p.H - 50:
        p.hline(L, R, y + 2, 0.5)
        footer()
        p.new_page()
        pageno[0] += 1
        y = small_header()
    y += 10
    p.hline(L, R, y, 0.8)
    y += 18
    p.text(L, y, "VAT analysis", "SansB", 8.5)
    for i, (r, net, vat) in enumerate(doc.vat_rows):
        p.text(L, y + 13 + i * 12, "%s on %s = %s" % (fmt.rate_pct(r), doc.m(net), doc.m(vat)), "Sans", 8.5)
    for i, (k, v) in enumerate([("Total goods (net)", doc.m(doc.subtotal)), ("Total VAT", doc.m(doc.tax)),
                                ("Invoice total €", doc.m(doc.total)), ("Amount due €", doc.m(doc.amount_due))]):
        f = "SansB" if i >= 2 else "Sans"
        p.text(R - 210, y + i * 14, k, f, 9)
        p.text(R - 4, y + i * 14, v, f, 9, "r")
    p.text(L, y + 70, "Direct debit will be collected on %s." % doc.d(doc.due), "Sans", 8)
    footer()
    return p.save()
