"""Cash-and-carry till receipt (80 mm roll) used as a VAT invoice for an account customer."""
from reportlab.lib.units import mm

import common
import data
import fmt
import vatno
from pdfkit import Pdf

ID = "l18-till-receipt"
DESC = ("Narrow 80 mm till-roll 'TAX INVOICE' from 'Lee Valley Cash & Carry', monospaced upper case, "
        "'2 @ 17.99' quantity lines under each item, VAT letter codes, card payment (no amount due), "
        "receipt numbers 0031/204518, date with time.")
SCAN_FORMAT = "png"
SCAN_DPI = 300

SUPPLIER = {
    "name": "LEE VALLEY CASH & CARRY",
    "addr": ["CARRIGROHANE ROAD", "CORK T12 W6E4"],
    "vat": vatno.ie_new("9512244"),
}
SUPPLIER["vat_print"] = "IE " + SUPPLIER["vat"][2:]
CODE = {"0.23": "A", "0.135": "B", "0.09": "C", "0": "Z"}
CH = 40  # characters per line


def vcode(r):
    return CODE[format(r.normalize(), "f") if r else "0"]


def make(rng, variant, kind):
    m = fmt.Money("plain")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "dmy", data.CASH_CARRY, n=(5, 10), terms=None)
    doc.cust_name = doc.cust_name.upper()
    for l in doc.lines:
        l.item = l.item.upper()
    doc.number = "%04d/%06d" % (rng.randint(1, 40), rng.randint(100000, 299999))
    doc.time = "%02d:%02d" % (rng.randint(7, 18), rng.randint(0, 59))
    doc.account = "%06d" % rng.randint(100000, 199999)
    doc.po = None
    doc.show.update(po=False, due=False, amount_due=False, codes=False)
    return doc.compute()


def _lines(doc):
    out = []
    c = lambda s: s.center(CH).rstrip()
    out += [c(SUPPLIER["name"]), c(SUPPLIER["addr"][0]), c(SUPPLIER["addr"][1]), c("TEL 021 487 5500"),
            c("VAT NO " + SUPPLIER["vat_print"]), "", c("*** TAX INVOICE ***"), ""]
    out += ["ACCOUNT: %s" % doc.account, "CUSTOMER: %s" % doc.cust_name,
            "DATE: %s  TIME: %s" % (doc.d(doc.date), doc.time), "RECEIPT NO: %s" % doc.number, "-" * CH]
    for l in doc.lines:
        out.append(l.item[:CH])
        left = "  %s @ %s" % (fmt.qty_str(l.qty), doc.m(l.unit))
        right = "%s %s" % (doc.m(l.price), vcode(l.rate))
        out.append(left + right.rjust(CH - len(left)))
    out.append("-" * CH)
    n = sum(int(l.qty) for l in doc.lines)
    out.append("%-20s%20s" % ("%d ITEMS" % n, ""))
    out.append("%-28s%12s" % ("NET TOTAL", doc.m(doc.subtotal)))
    for r, net, vat in doc.vat_rows:
        out.append("%-28s%12s" % ("VAT %s %s ON %s" % (vcode(r), fmt.rate_pct(r), doc.m(net)), doc.m(vat)))
    out.append("%-28s%12s" % ("TOTAL VAT", doc.m(doc.tax)))
    out.append("=" * CH)
    out.append("%-28s%12s" % ("TOTAL EUR", doc.m(doc.total)))
    out.append("=" * CH)
    out.append("%-28s%12s" % ("VISA DEBIT", doc.m(doc.total)))
    out.append("%-28s%12s" % ("CHANGE", "0.00"))
    out += ["", "CARD ************%04d" % (int(doc.number[-4:]) % 10000), "AUTH CODE 0%05d" % (int(doc.account) % 99999),
            "", (c("THANK YOU FOR SHOPPING WITH US")), c("GOODS SOLD FOR TRADE USE ONLY")]
    assert all(len(l.item) <= CH for l in doc.lines)
    return out


def render(doc, path):
    rows = _lines(doc)
    lead = 10.2
    h = 30 + len(rows) * lead + 30
    W = 80 * mm
    p = Pdf(path, "Receipt " + doc.number, SUPPLIER["name"], pagesize=(W, h))
    x0 = (W - CH * 7.9 * 0.6) / 2
    for i, s in enumerate(rows):
        bold = i < 2 or s.startswith("TOTAL EUR")
        p.text(x0, 30 + i * lead, s, "LMonoB" if bold else "LMono", 7.9)
    return p.save()
