"""Check that every truth value of a text PDF is printed (pdftotext -layout)."""
import subprocess

import fmt


def _norm(s):
    return " ".join(s.replace("\u00a0", " ").split())


def pdf_lines(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    return [_norm(l) for l in out.splitlines()], _norm(out)


def check(doc, path):
    lines, whole = pdf_lines(path)
    flat = [l.replace(",", " ") for l in lines]
    flat = [" ".join(l.split()) for l in flat]
    problems = []

    def has(s, what, alts=()):
        for cand in (s,) + tuple(alts):
            c = _norm(cand)
            if any(c in l for l in lines) or c in whole:
                return True
        problems.append("%s not printed: %r" % (what, s))
        return False

    def money(x, what):
        x_m = doc.m(x, cur=False)
        alt = doc.m(-x, cur=False)
        return has(x_m, what, (alt,))

    sup = doc.supplier
    has(sup["name"], "VENDOR_NAME")
    for a in sup["addr"]:
        a2 = " ".join(a.replace(",", " ").split())
        if not any(a2 in l for l in flat):
            problems.append("address line not printed: %r" % a)
    if sup.get("vat"):
        has(sup.get("vat_print", sup["vat"]), "VAT number")
    t = doc.truth("x")
    f = t["fields"]
    if f["INVOICE_RECEIPT_ID"]:
        has(f["INVOICE_RECEIPT_ID"], "INVOICE_RECEIPT_ID")
    if f["INVOICE_RECEIPT_DATE"]:
        has(doc.d(doc.date), "date")
    if f["DUE_DATE"]:
        has(doc.d(doc.due), "due date")
    if f["PO_NUMBER"]:
        has(f["PO_NUMBER"], "PO")
    has(doc.cust_name, "RECEIVER_NAME")
    for k, v in (("SUBTOTAL", "subtotal"), ("TAX", "tax"), ("TOTAL", "total"), ("AMOUNT_DUE", "amount_due")):
        if f[k] is not None:
            money(getattr(doc, v), k)
    qstyle = doc.money.style
    for l, li in zip(doc.lines, t["lineItems"]):
        for frag in (l.frags or [l.item]):
            has(frag, "ITEM fragment")
        if li["PRODUCT_CODE"]:
            has(li["PRODUCT_CODE"], "PRODUCT_CODE")
        if l.qty is not None:
            has(fmt.qty_str(l.qty, qstyle), "QUANTITY")
        if l.unit is not None:
            money(l.unit, "UNIT_PRICE")
        money(l.price, "PRICE")
    for s in doc.extra_checks:
        has(s, "extra")
    return problems
