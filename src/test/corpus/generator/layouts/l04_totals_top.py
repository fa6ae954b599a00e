"""Totals block at the top of the page, line detail below (linen service)."""
import common
import data
import fmt
import vatno
from pdfkit import Pdf, table

ID = "l04-totals-top"
DESC = ("Totals block at the top (amount due, VAT, net above the lines), linen service "
        "'Brightwater Linen DAC', 13.5% VAT, ISO dates 2026-12-04, amounts without symbol "
        "under an EUR heading, codes, IE VAT 9-char 'A' form.")
SCAN_FORMAT = "png"

SUPPLIER = {
    "name": "Brightwater Linen DAC",
    "addr": ["Unit 12 Raheen Business Park", "Limerick", "V94 H6Y2"],
    "vat": vatno.ie_new("9870215", "A"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]

BLUE = "#0b4f8a"


def make(rng, variant, kind):
    m = fmt.Money("ie")
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "iso", data.LINEN, n=(4, 8), terms=21)
    doc.number = "BWL-26-%05d" % rng.randint(1000, 9999)
    doc.account = "BW%04d" % rng.randint(100, 999)
    doc.po = None
    doc.show["po"] = False
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 44, p.W - 44
    p.rect(0, 0, p.W, 8, stroke=None, fill=BLUE)
    p.text(L, 48, "Brightwater", "FreeB", 22, color=BLUE)
    p.text(L + 128, 48, "Linen DAC", "Free", 22, color="#4a90c9")
    p.text(L, 62, "Linen rental · Laundry · Washroom & mat services", "Free", 8.5, color="#555555")
    p.text(R, 44, "TAX INVOICE", "FreeB", 12, "r")
    p.text(R, 58, "No. " + doc.number, "Free", 9.5, "r")
    p.text(R, 71, "Date " + doc.d(doc.date), "Free", 9.5, "r")

    # ---- totals block first ----
    y = 92
    p.rect(L, y, R - L, 62, stroke=BLUE, fill="#eef5fb", lw=1)
    cells = [("Net (EUR)", doc.m(doc.subtotal)), ("VAT (EUR)", doc.m(doc.tax)),
             ("Invoice total (EUR)", doc.m(doc.total)), ("AMOUNT DUE (EUR)", doc.m(doc.amount_due))]
    cw = (R - L) / 4
    for i, (k, v) in enumerate(cells):
        x = L + i * cw
        if i:
            p.vline(x, y + 8, y + 54, 0.4, "#9bbbd8")
        p.text(x + cw / 2, y + 22, k, "FreeB" if i == 3 else "Free", 8, "c", "#333333")
        p.text(x + cw / 2, y + 46, v, "FreeB", 15 if i == 3 else 13, "c", BLUE if i == 3 else "#000000")
    p.text(L, y + 76, "Pay by %s · Direct debit customers: collected on or after the due date" % doc.d(doc.due),
           "Free", 7.5, color="#333333")

    # ---- parties ----
    y = 190
    p.text(L, y, "Customer", "FreeB", 8.5, color=BLUE)
    p.lines(L, y + 13, [doc.cust_name] + doc.cust_addr, "Free", 9, 11.5)
    p.text(L + 200, y, "Account", "FreeB", 8.5, color=BLUE)
    p.lines(L + 200, y + 13, [doc.account, "Due date " + doc.d(doc.due)], "Free", 9, 11.5)
    p.text(L + 340, y, "Supplier", "FreeB", 8.5, color=BLUE)
    p.lines(L + 340, y + 13, SUPPLIER["addr"] + ["VAT Reg " + SUPPLIER["vat_print"]], "Free", 9, 11.5)

    # ---- VAT summary then detail ----
    y = 268
    p.text(L, y, "VAT summary", "FreeB", 9)
    y += 6
    for r, net, vat in doc.vat_rows:
        y += 12
        p.text(L, y, "Rate %s   Net %s   VAT %s" % (fmt.rate_pct(r), doc.m(net), doc.m(vat)), "Free", 8.5)
    y += 22
    p.text(L, y, "Service detail", "FreeB", 9)
    cols = [("Code", 56, "l"), ("Item", 250, "l", True), ("Qty", 50, "r"), ("Rate", 70, "r"),
            ("Amount EUR", R - L - 426, "r")]
    rows = [([l.code, l.item, fmt.qty_str(l.qty), doc.m(l.unit), doc.m(l.price)], l) for l in doc.lines]
    y = table(p, L, y + 6, cols, rows, font="Free", bold="FreeB", size=9, head_fill="#dbe8f4",
              rule="h", rule_color="#c9d8e6", row_gap=4)
    p.text(L, y + 16, "Service week commencing %s. Lost or damaged items are charged at replacement cost."
           % doc.d(doc.date), "Free", 7.5, color="#555555")
    p.text(L, p.H - 40, "Brightwater Linen DAC · Registered in Ireland 648213 · IBAN IE12 ULSB 9852 1012 3456 78",
           "Free", 7, color="#555555")
    return p.save()
