"""VAT amount on every line; no subtotal row and no single VAT total, only per-rate totals."""
import common
import data
import fmt
import model
from fmt import q2
import vatno
from pdfkit import Pdf, table

ID = "l05-vat-per-line"
DESC = ("VAT rate and VAT amount on every line, no subtotal row and no VAT total: only per-rate "
        "totals and a grand total (foodservice 'Gleeson Foodservice Ltd', 0/13.5/23%), "
        "dates 04-Dec-26, SI-000123 numbers, codes.")
SCAN_FORMAT = "pdf"

SUPPLIER = {
    "name": "Gleeson Foodservice Ltd",
    "addr": ["Kilbarry Industrial Park", "Dublin Hill", "Cork", "T23 KX90"],
    "vat": vatno.ie_new("6453108"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]


def make(rng, variant, kind):
    m = fmt.Money("ie")
    for _ in range(200):
        doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "dd_mon_yy", data.FOODSERVICE, n=(6, 11),
                             terms=28)
        doc.compute()
        if doc.line_vat_consistent() and len(doc.vat_rows) >= 2:
            break
    for l in doc.lines:
        l.vat = q2(l.price * l.rate)
    doc.number = "SI-%06d" % rng.randint(200000, 299999)
    doc.po = None
    doc.show.update(po=False, subtotal=False, tax=False, amount_due=False)
    return doc


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 36, p.W - 36
    w = p.text(L, 50, "GLEESON", "CondB", 24, color="#b5121b")
    p.text(L + w + 8, 50, "FOODSERVICE LTD", "Cond", 12, color="#333333")
    p.lines(L, 66, [", ".join(SUPPLIER["addr"]), "T: 021 430 8812  E: accounts@gleesonfoods.ie  VAT: "
                    + SUPPLIER["vat_print"]], "Cond", 8, 10)
    p.rect(R - 170, 30, 170, 60, stroke="#b5121b", lw=1)
    p.text(R - 162, 46, "SALES INVOICE", "CondB", 11, color="#b5121b")
    p.text(R - 162, 62, "Invoice: " + doc.number, "Cond", 9)
    p.text(R - 162, 74, "Date: " + doc.d(doc.date), "Cond", 9)
    p.text(R - 162, 86, "Due: " + doc.d(doc.due), "Cond", 9)
    p.text(L, 112, "Customer:", "CondB", 9)
    p.lines(L + 52, 112, [doc.cust_name] + doc.cust_addr, "Cond", 9, 11)
    p.text(L + 300, 112, "Route 7 · Drop 14 · Chilled / Frozen", "Cond", 8, color="#555555")

    cols = [("Code", 38, "l"), ("Description", 196, "l", True), ("Qty", 30, "r"), ("Price", 50, "r"),
            ("Net", 58, "r"), ("VAT%", 38, "r"), ("VAT", 50, "r"), ("Gross", R - L - 460, "r")]
    rows = [([l.code, l.item, fmt.qty_str(l.qty), doc.m(l.unit), doc.m(l.price), fmt.rate_pct(l.rate),
              doc.m(l.vat), doc.m(l.price + l.vat)], l) for l in doc.lines]
    y = table(p, L, 180, cols, rows, font="Cond", bold="CondB", size=8.6, head_fill="#b5121b",
              head_color="#ffffff", rule="h", rule_color="#dddddd", row_gap=3.2)
    y += 18
    p.text(R - 250, y, "VAT rate", "CondB", 8.6)
    p.text(R - 150, y, "Goods", "CondB", 8.6, "r")
    p.text(R - 90, y, "VAT", "CondB", 8.6, "r")
    p.text(R, y, "Incl. VAT", "CondB", 8.6, "r")
    for r, net, vat in doc.vat_rows:
        y += 13
        p.text(R - 250, y, "Goods @ " + fmt.rate_pct(r), "Cond", 8.6)
        p.text(R - 150, y, doc.m(net), "Cond", 8.6, "r")
        p.text(R - 90, y, doc.m(vat), "Cond", 8.6, "r")
        p.text(R, y, doc.m(net + vat), "Cond", 8.6, "r")
    y += 10
    p.hline(R - 250, R, y, 1)
    y += 16
    p.text(R - 250, y, "INVOICE TOTAL €", "CondB", 11)
    p.text(R, y, doc.m(doc.total), "CondB", 11, "r")
    p.text(L, y, "All prices in euro. Claims for shortages within 24 hours of delivery.", "Cond", 7.5, color="#555555")
    p.text(L, p.H - 36, "Gleeson Foodservice Ltd · Reg. No. 318844 · Bank: AIB Patrick St · IBAN IE71 AIBK 9340 1187 6543 21",
           "Cond", 7, color="#555555")
    return p.save()
