"""Helpers shared by the layouts."""
import datetime
from decimal import Decimal

import data
import fmt
import model

D = Decimal


def pick_customer(rng, delivery=None):
    pool = data.CUSTOMERS
    if delivery is True:
        pool = [c for c in pool if c[2]]
    elif delivery is False:
        pool = [c for c in pool if not c[2]]
    return rng.choice(pool)


def new_doc(rng, layout, variant, kind, supplier, money, dstyle, catalogue, n=(4, 8), kg_dp=3,
            sign=1, terms=30, delivery=None, date=None):
    cust = pick_customer(rng, delivery)
    doc = model.Doc(layout, variant, kind, supplier, cust, money, dstyle)
    doc.date = date or model.pick_date(rng)
    if terms == "eom":
        doc.due = fmt.end_of_next_month(doc.date)
    elif terms:
        doc.due = doc.date + datetime.timedelta(days=terms)
    doc.lines = model.pick_lines(rng, catalogue, rng.randint(*n), kg_dp=kg_dp, sign=sign)
    return doc


def po_number(rng, cust_name):
    initials = "".join(w[0] for w in cust_name.replace("'", "").split() if w[0].isalpha()).upper()[:3]
    return rng.choice(["PO-%s-%04d" % (initials, rng.randint(100, 9999)),
                       "%s/%d/%03d" % (initials, 2026, rng.randint(1, 400)),
                       "%d" % rng.randint(40000, 49999)])


def cust_block(doc, delivery=False):
    addr = doc.deliv_addr if delivery else doc.cust_addr
    return ([doc.cust_name] + list(addr)) if not delivery else list(addr)
