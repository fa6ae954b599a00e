#!/usr/bin/python3
"""Independent consistency check of ../unseen: truth keys, arithmetic, VAT numbers, sizes.

    /usr/bin/python3 src/test/corpus/generator/validate.py
"""
import glob
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vatno  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "unseen"))
TOP = ["file", "kind", "layout", "pages", "documentType", "fields", "vatAnalysis", "lineItems"]
FIELDS = ["VENDOR_NAME", "VENDOR_ADDRESS", "VENDOR_VAT_NUMBER", "INVOICE_RECEIPT_ID", "INVOICE_RECEIPT_DATE",
          "DUE_DATE", "PO_NUMBER", "RECEIVER_NAME", "SUBTOTAL", "TAX", "TOTAL", "AMOUNT_DUE"]
ITEM = ["ITEM", "PRODUCT_CODE", "QUANTITY", "UNIT_PRICE", "PRICE"]
C = Decimal("0.01")


def r2(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def main():
    errs, n, kinds = [], 0, {}
    for jf in sorted(glob.glob(os.path.join(OUT, "*.json"))):
        t = json.load(open(jf, encoding="utf-8"))
        n += 1
        e = lambda m: errs.append("%s: %s" % (os.path.basename(jf), m))
        if list(t) != TOP:
            e("top keys %s" % list(t))
        if list(t["fields"]) != FIELDS:
            e("field keys")
        f = t["fields"]
        if not os.path.exists(os.path.join(OUT, t["file"])):
            e("missing file " + t["file"])
        elif os.path.splitext(t["file"])[0] != os.path.splitext(os.path.basename(jf))[0]:
            e("base name mismatch")
        size = os.path.getsize(os.path.join(OUT, t["file"]))
        if t["kind"] != "text" and size > 1_500_000:
            e("too big %d" % size)
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
        if f["VENDOR_VAT_NUMBER"] and not vatno.valid(f["VENDOR_VAT_NUMBER"]):
            e("invalid VAT " + f["VENDOR_VAT_NUMBER"])
        for k in ("SUBTOTAL", "TAX", "TOTAL", "AMOUNT_DUE"):
            if f[k] is not None and Decimal(f[k]) != r2(Decimal(f[k])) or (f[k] and "." not in f[k]):
                e("money format " + k)
        if t["documentType"] == "statement":
            if t["lineItems"] or f["TOTAL"] is not None or f["AMOUNT_DUE"] is None:
                e("statement shape")
            continue
        sub = Decimal("0.00")
        for li in t["lineItems"]:
            if list(li) != ITEM:
                e("item keys")
            p = Decimal(li["PRICE"])
            if li["QUANTITY"] is not None and li["UNIT_PRICE"] is not None:
                calc = r2(Decimal(li["QUANTITY"]) * Decimal(li["UNIT_PRICE"]))
                if t["documentType"] == "credit-note":
                    calc = -calc
                if calc != p:
                    e("line %s: %s x %s != %s" % (li["ITEM"], li["QUANTITY"], li["UNIT_PRICE"], p))
            sub += p
        vsum, nsum = Decimal("0.00"), Decimal("0.00")
        for v in t["vatAnalysis"]:
            if r2(Decimal(v["net"]) * Decimal(v["rate"])) != Decimal(v["vat"]):
                e("vat row %s" % v)
            vsum += Decimal(v["vat"])
            nsum += Decimal(v["net"])
        if nsum != sub:
            e("vat nets %s != lines %s" % (nsum, sub))
        if f["SUBTOTAL"] is not None and Decimal(f["SUBTOTAL"]) != sub:
            e("subtotal %s != %s" % (f["SUBTOTAL"], sub))
        if f["TAX"] is not None and Decimal(f["TAX"]) != vsum:
            e("tax")
        if Decimal(f["TOTAL"]) != sub + vsum:
            e("total")
        if t["documentType"] == "credit-note" and Decimal(f["TOTAL"]) >= 0:
            e("credit note not negative")
    total = sum(os.path.getsize(p) for p in glob.glob(os.path.join(OUT, "*")))
    print("truth files: %d  kinds: %s  folder: %.1f MB" % (n, kinds, total / 1e6))
    if total > 40_000_000:
        errs.append("folder over 40 MB")
    for x in errs:
        print("  " + x)
    print("OK" if not errs else "%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
