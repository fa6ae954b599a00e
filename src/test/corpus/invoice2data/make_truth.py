#!/usr/bin/python3
"""Map invoice2data's expected tests/compare/*.json onto partial truth files.

Run from anywhere:  /usr/bin/python3 src/test/corpus/invoice2data/make_truth.py
Only fields invoice2data itself asserts are written; everything else is left out
(unknown), hence "partial": true.
"""
import json, os, subprocess, glob
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
VAT_NUMBER_KEYS = ("vat", "static_vat")   # in these files "vat" holds a VAT number


def money(v):
    return str(Decimal(str(v)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def vatno(v):
    return "".join(str(v).split()).upper()


def pdf_kind_pages(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = next(int(l.split()[1]) for l in info.splitlines() if l.startswith("Pages:"))
    return ("text" if "".join(out.split()) else "scan"), pages


def main():
    for pdf in sorted(glob.glob(os.path.join(HERE, "*.pdf"))):
        base = os.path.splitext(os.path.basename(pdf))[0]
        with open(os.path.join(HERE, base + ".json"), encoding="utf-8") as fh:
            src = json.load(fh)[0]
        kind, pages = pdf_kind_pages(pdf)
        f = {}
        if "issuer" in src:
            f["VENDOR_NAME"] = src["issuer"]
        for k in VAT_NUMBER_KEYS:
            if isinstance(src.get(k), str) and any(c.isalpha() for c in src[k]):
                f["VENDOR_VAT_NUMBER"] = vatno(src[k])
        if "invoice_number" in src:
            f["INVOICE_RECEIPT_ID"] = str(src["invoice_number"])
        if "date" in src:
            f["INVOICE_RECEIPT_DATE"] = src["date"][:10]
        if "date_due" in src:
            f["DUE_DATE"] = src["date_due"][:10]
        if "amount_untaxed" in src:
            f["SUBTOTAL"] = money(src["amount_untaxed"])
        if "amount_tax" in src:
            f["TAX"] = money(src["amount_tax"])
        elif isinstance(src.get("vat"), (int, float)):
            f["TAX"] = money(src["vat"])
        if "amount" in src:
            f["TOTAL"] = money(src["amount"])
        truth = {"file": base + ".pdf", "kind": kind, "layout": "invoice2data-" + base,
                 "pages": pages, "documentType": "invoice", "partial": True, "fields": f}
        with open(os.path.join(HERE, base + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(base, kind, pages, f)


if __name__ == "__main__":
    main()
