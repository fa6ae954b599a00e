"""Equipment hire: long descriptions wrapped over 2-3 lines in a narrow column."""
import datetime

import common
import data
import fmt
import vatno
from pdfkit import Pdf, table

ID = "l07-wrapped"
DESC = ("Long descriptions (hire periods, asset numbers) wrapped over 2-3 lines in a narrow column; "
        "equipment hire 'Coldstream Equipment Hire Ltd', dates '4 December 2026', CEH/01234 numbers, "
        "asset codes, customer hire reference as PO.")
SCAN_FORMAT = "png"

SUPPLIER = {
    "name": "Coldstream Equipment Hire Ltd",
    "addr": ["Unit 3 Fonthill Industrial Park", "Fonthill Road", "Dublin 22", "D22 R2C8"],
    "vat": vatno.ie_new("5208817"),
}
SUPPLIER["vat_print"] = "IE " + SUPPLIER["vat"][2:]


def make(rng, variant, kind):
    m = fmt.Money("ie", "€", "pre")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "d_month_y", data.HIRE, n=(3, 6), terms=14)
    start = doc.date - datetime.timedelta(days=rng.randint(14, 30))
    for i, l in enumerate(doc.lines):
        days = int(l.qty) * 7 if l.code in ("H-BC3", "H-ICE", "H-GW") else rng.choice([1, 2, 3])
        end = start + datetime.timedelta(days=days)
        asset = "Asset %s-%04d" % (l.code[2:], rng.randint(100, 9999))
        if l.code in ("H-DEL",):
            l.item += " to %s, %s" % (doc.cust_addr[0], doc.cust_addr[1])
        elif l.code in ("H-BC3", "H-ICE", "H-GW"):
            l.item += ". %s. Hire period %s to %s (%d week%s)" % (
                asset, fmt.date_str(start, "dmy"), fmt.date_str(end, "dmy"), l.qty, "s" if l.qty > 1 else "")
        else:
            l.item += ". %s. Event hire %s, %d day%s" % (asset, fmt.date_str(start, "dmy"), days, "s" if days > 1 else "")
    doc.number = "CEH/%05d" % rng.randint(1000, 29999)
    doc.po = "HA-%05d" % rng.randint(10000, 99999)
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 40, p.W - 40
    p.rect(L, 36, R - L, 64, stroke=None, fill="#163a5f")
    p.text(L + 14, 62, "COLDSTREAM", "LibB", 20, color="#ffffff")
    p.text(L + 14, 80, "Equipment Hire Ltd  ·  Bar · Catering · Events", "Lib", 9, color="#cfe0f1")
    p.lines(R - 14, 56, SUPPLIER["addr"][:2] + [" ".join(SUPPLIER["addr"][2:])], "Lib", 8, 10, "r", "#ffffff")

    p.text(L, 130, "HIRE INVOICE", "LibB", 14, color="#163a5f")
    p.lines(L, 150, ["Invoice number:", "Invoice date:", "Hire agreement:", "Payment due:"], "LibB", 9, 13)
    p.lines(L + 92, 150, [doc.number, doc.d(doc.date), doc.po, doc.d(doc.due)], "Lib", 9, 13)
    p.text(330, 130, "Hirer", "LibB", 9, color="#163a5f")
    p.lines(330, 144, [doc.cust_name] + doc.cust_addr, "Lib", 9, 12)

    cols = [("Code", 52, "l"), ("Description", 206, "l", True), ("Qty", 36, "r"), ("Rate", 66, "r"),
            ("VAT", 40, "r"), ("Amount", R - L - 400, "r")]
    rows = [([l.code, l.item, fmt.qty_str(l.qty), doc.m(l.unit), fmt.rate_pct(l.rate), doc.m(l.price)], l)
            for l in doc.lines]
    y = table(p, L, 228, cols, rows, font="Lib", bold="LibB", size=9, head_fill="#dfe8f1", rule="h",
              rule_color="#b8c7d6", row_gap=5)
    y += 16
    for i, (k, v) in enumerate([("Hire charges (net)", doc.m(doc.subtotal)),
                                ("VAT @ 23%", doc.m(doc.tax)),
                                ("Total", doc.m(doc.total)),
                                ("Amount due", doc.m(doc.amount_due))]):
        f = "LibB" if i >= 2 else "Lib"
        p.text(R - 190, y, k, f, 9.5)
        p.text(R, y, v, f, 9.5, "r")
        y += 15
    p.lines(L, y + 10, ["Hirer is responsible for equipment from delivery until collection. Damage waiver not included.",
                        "Coldstream Equipment Hire Ltd · VAT Reg. No. %s · IBAN IE88 AIBK 9320 6612 3456 70 · accounts@coldstreamhire.ie"
                        % SUPPLIER["vat_print"]], "Lib", 7.8, 10, color="#444444")
    return p.save()
