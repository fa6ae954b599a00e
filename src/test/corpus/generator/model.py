"""Document model, exact Decimal arithmetic and truth JSON."""
import datetime
from decimal import Decimal

import fmt
from fmt import q2, plain

D = Decimal


class Line:
    def __init__(self, item, code, qty, unit, rate, kind="goods", uom="", price=None):
        self.item, self.code, self.rate, self.kind, self.uom = item, code, D(rate), kind, uom
        self.qty = None if qty is None else D(qty)
        self.unit = None if unit is None else D(unit)
        self.price = price if price is not None else q2(self.qty * self.unit)
        self.frags = None          # wrapped description lines as printed
        self.vat = None            # per-line VAT where a layout prints it

    def __repr__(self):
        return "Line(%r, %s x %s = %s @ %s)" % (self.item, self.qty, self.unit, self.price, self.rate)


class Doc:
    """One document. Amounts on lines are signed (negative on a credit note)."""

    def __init__(self, layout, variant, kind, supplier, customer, money, dstyle):
        self.layout, self.variant, self.kind = layout, variant, kind
        self.supplier, self.money, self.dstyle = supplier, money, dstyle
        self.cust_name, self.cust_addr, self.deliv_addr = customer
        self.doc_type = "invoice"
        self.number = self.date = self.due = self.po = None
        self.account = None
        self.lines = []
        self.pages = 1
        self.show = dict(subtotal=True, tax=True, due=True, amount_due=True, po=True, codes=True)
        self.amount_paid = D("0")    # deposit already paid (pro-forma) / payments
        self.statement = None        # statement rows for a statement of account
        self.extra_checks = []       # other strings the layout promises to print

    # formatting shortcuts used by every layout
    def m(self, x, cur=True):
        return self.money(x, cur)

    def d(self, day):
        return fmt.date_str(day, self.dstyle)

    def compute(self):
        self.subtotal = sum((l.price for l in self.lines), D("0.00"))
        rates = sorted({l.rate for l in self.lines}, reverse=True)
        self.vat_rows = []
        for r in rates:
            net = sum((l.price for l in self.lines if l.rate == r), D("0.00"))
            self.vat_rows.append((r, net, q2(net * r)))
        self.tax = sum((v for _, _, v in self.vat_rows), D("0.00"))
        self.total = self.subtotal + self.tax
        self.amount_due = self.total - self.amount_paid
        return self

    def line_vat_consistent(self):
        """True when per-line rounded VAT adds up to the per-rate rounded VAT."""
        for r, net, vat in self.vat_rows:
            if sum(q2(l.price * r) for l in self.lines if l.rate == r) != vat:
                return False
        return True

    def truth(self, filename):
        s = self.show
        sup = self.supplier
        statement = self.doc_type == "statement"
        f = {
            "VENDOR_NAME": sup["name"],
            "VENDOR_ADDRESS": " ".join(" ".join(sup["addr"]).replace(",", " ").split()),
            "VENDOR_VAT_NUMBER": sup["vat"].replace(" ", "") if sup.get("vat") else None,
            "INVOICE_RECEIPT_ID": self.number,
            "INVOICE_RECEIPT_DATE": self.date.isoformat() if self.date else None,
            "DUE_DATE": self.due.isoformat() if (self.due and s["due"]) else None,
            "PO_NUMBER": self.po if s["po"] else None,
            "RECEIVER_NAME": self.cust_name,
            "SUBTOTAL": None if statement or not s["subtotal"] else plain(self.subtotal),
            "TAX": None if statement or not s["tax"] else plain(self.tax),
            "TOTAL": None if statement else plain(self.total),
            "AMOUNT_DUE": plain(self.amount_due) if s["amount_due"] else None,
        }
        items = []
        if not statement:
            for l in self.lines:
                items.append({
                    "ITEM": " ".join(" ".join(l.frags or [l.item]).split()),
                    "PRODUCT_CODE": (l.code or None) if s["codes"] else None,
                    "QUANTITY": None if l.qty is None else fmt.qty_str(l.qty),
                    "UNIT_PRICE": None if l.unit is None else plain(l.unit),
                    "PRICE": plain(l.price),
                })
        return {
            "file": filename, "kind": self.kind, "layout": self.layout, "pages": self.pages,
            "documentType": self.doc_type, "fields": f,
            "vatAnalysis": [] if statement else
            [{"rate": fmt.rate_truth(r), "net": plain(n), "vat": plain(v)} for r, n, v in self.vat_rows],
            "lineItems": items,
        }


QTY_RANGES = {"keg": (1, 4), "case": (1, 10), "few": (1, 3), "each": (2, 24), "one": (1, 1),
              "week": (1, 4), "kgm": (3, 12)}


def pick_qty(rng, kind, kg_dp=3):
    if kind == "kg":
        grams = rng.randint(450, 9800)
        if kg_dp == 2:
            grams = grams // 10 * 10
        return (D(grams) / D(1000)).quantize(D(1).scaleb(-kg_dp))
    lo, hi = QTY_RANGES[kind]
    return D(rng.randint(lo, hi))


def pick_lines(rng, catalogue, n, kg_dp=3, sign=1):
    rows = rng.sample(catalogue, min(n, len(catalogue)))
    out = []
    for code, desc, price, rate, kind in rows:
        q = pick_qty(rng, kind, kg_dp)
        l = Line(desc, code, q, D(price), rate, uom="kg" if kind == "kg" else "")
        if sign < 0:
            l.price = -l.price
        out.append(l)
    return out


def pick_date(rng):
    start = datetime.date(2026, 10, 1)
    return start + datetime.timedelta(days=rng.randint(0, 150))
