"""Service/contract invoice (pest control) with narrative visit report and few priced rows."""
import common
import data
import fmt
import vatno
from pdfkit import Pdf, table, wrap

ID = "l21-service"
DESC = ("Service contract invoice (pest control 'Sentinel Pest Control') with contract no., visit date, "
        "technician and a narrative visit report paragraph above a short priced table; 'EUR 165.00' "
        "amounts, dates '4th December 2026', SPC-2026-0123 numbers, IE VAT 9-char 'W' form.")
SCAN_FORMAT = "pdf"

SUPPLIER = {
    "name": "Sentinel Pest Control",
    "addr": ["Unit 2 Millennium Park", "Naas", "Co. Kildare", "W91 X4K7"],
    "vat": vatno.ie_new("4786021", "W"),
}
SUPPLIER["vat_print"] = SUPPLIER["vat"]

REPORTS = [
    "Routine inspection of cellar, bar, kitchen and yard. No live rodent activity found. Two external bait "
    "stations showed minor take and were refilled. Fly activity low; EFK units cleaned.",
    "Inspection following customer report of droppings in the keg store. Gaps at the rear door threshold "
    "proofed. Bait stations checked and recorded; follow-up visit advised in 14 days.",
    "Quarterly visit carried out. Monitoring boards replaced in the dry store. Kitchen drains inspected; "
    "recommend keeping the yard bins lidded. No further treatment required at this time.",
]


def make(rng, variant, kind):
    m = fmt.Money("ie", "EUR", "pre_sp")
    rows = [data.PEST[0]] + rng.sample(data.PEST[1:], rng.randint(1, 3))
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "ord", rows, n=(len(rows), len(rows)), terms=30)
    doc.lines.sort(key=lambda l: l.code != "PC-Q")
    doc.number = "SPC-2026-%04d" % rng.randint(100, 3999)
    doc.contract = "CT-%05d" % rng.randint(10000, 99999)
    doc.tech = rng.choice(["D. Moran", "S. Kavanagh", "P. Lynch", "A. Kowalski"])
    doc.report = rng.choice(REPORTS)
    doc.po = None
    doc.show.update(po=False, codes=False)
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Invoice " + doc.number, SUPPLIER["name"])
    L, R = 52, p.W - 52
    p.poly([(L, 40), (L + 26, 40), (L + 26, 62), (L + 13, 74), (L, 62)], fill="#264653")
    p.text(L + 13, 60, "S", "SansB", 14, "c", "#e9c46a")
    p.text(L + 36, 56, SUPPLIER["name"], "SansB", 15, color="#264653")
    p.text(L + 36, 70, "Commercial pest management · HACCP compliant", "Sans", 8, color="#2a9d8f")
    p.lines(R, 46, SUPPLIER["addr"] + ["VAT " + SUPPLIER["vat_print"]], "Sans", 8, 10, "r")
    p.text(L, 124, "INVOICE", "SansB", 12, color="#264653")
    info = [("Invoice number", doc.number), ("Invoice date", doc.d(doc.date)), ("Payment due", doc.d(doc.due)),
            ("Contract", doc.contract), ("Visit date", doc.d(doc.date)), ("Technician", doc.tech)]
    for i, (k, v) in enumerate(info):
        p.text(L, 142 + i * 12.5, k, "Sans", 8.5, color="#555555")
        p.text(L + 90, 142 + i * 12.5, v, "Sans", 8.5)
    p.text(320, 124, "Site / client", "SansB", 9, color="#264653")
    p.lines(320, 140, [doc.cust_name] + doc.cust_addr, "Sans", 9, 11.5)

    y = 238
    p.text(L, y, "Visit report", "SansB", 9.5, color="#264653")
    y = p.lines(L, y + 15, wrap(doc.report, R - L, "Sans", 8.8), "Sans", 8.8, 11.5)
    cols = [("Description", 300, "l", True), ("Qty", 40, "r"), ("Unit", 70, "r"), ("Amount", R - L - 410, "r")]
    rows = [([l.item, fmt.qty_str(l.qty), doc.m(l.unit), doc.m(l.price)], l) for l in doc.lines]
    y = table(p, L, y + 16, cols, rows, font="Sans", bold="SansB", size=8.8, head_fill="#e9f5f3",
              rule="h", rule_color="#9fd3c7", row_gap=4)
    y += 16
    for i, (k, v) in enumerate([("Subtotal", doc.m(doc.subtotal)), ("VAT @ 23%", doc.m(doc.tax)),
                                ("Total", doc.m(doc.total)), ("Balance due", doc.m(doc.amount_due))]):
        f = "SansB" if i >= 2 else "Sans"
        p.text(R - 200, y + i * 15, k, f, 9)
        p.text(R, y + i * 15, v, f, 9, "r")
    p.text(L, p.H - 44, "Service reports are available in your online portal. Thank you for your business.",
           "Sans", 7.5, color="#555555")
    return p.save()
