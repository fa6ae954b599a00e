"""French wine exporter: bilingual FACTURE / INVOICE, 1.234,56 € number format, reverse charge."""
import common
import data
import fmt
import vatno
from pdfkit import Pdf, table

ID = "l14-euro-format"
DESC = ("Continental format: '1.234,56 €' (comma decimals, dot thousands, € after), dates 04.12.2026, "
        "bilingual FACTURE / INVOICE from French wine house 'Domaine Laurent Frères' with FR VAT number "
        "(spaced) and the customer's IE VAT number, intra-EU reverse charge (0% VAT), FA2026-00123 numbers.")
SCAN_FORMAT = "pdf"

SIREN = vatno.luhn_complete("44231876")
SUPPLIER = {
    "name": "Domaine Laurent Frères",
    "addr": ["12 rue des Tonneliers", "21200 Beaune", "France"],
    "vat": vatno.fr_number(SIREN),
}
v = SUPPLIER["vat"]
SUPPLIER["vat_print"] = "%s %s %s %s %s" % (v[:2], v[2:4], v[4:7], v[7:10], v[10:])


def make(rng, variant, kind):
    m = fmt.Money("eu", "€", "post")
    cat = data.FR_WINE
    doc = common.new_doc(rng, ID, variant, kind, SUPPLIER, m, "dots", cat, n=(3, 6), terms=45)
    from model import Line
    doc.lines.append(Line("Transport palette Beaune - Irlande / Pallet freight to Ireland", "TRANS", 1,
                          rng.choice(["145.00", "165.00", "185.00"]), "0"))
    doc.lines[-1].uom = ""
    doc.number = "FA2026-%05d" % rng.randint(100, 2999)
    doc.cust_vat = vatno.ie_new("%07d" % rng.randint(3000000, 9999999))
    doc.po = None
    doc.show["po"] = False
    doc.extra_checks = [doc.cust_vat]
    return doc.compute()


def render(doc, path):
    p = Pdf(path, "Facture " + doc.number, SUPPLIER["name"])
    L, R = 50, p.W - 50
    p.text(L, 60, "Domaine Laurent", "SerifI", 22, color="#5a1e32")
    p.text(L, 80, "Frères", "SerifI", 16, color="#5a1e32")
    p.text(L, 96, "Négociants-éleveurs depuis 1911", "Serif", 8, color="#777777")
    p.lines(R, 50, SUPPLIER["addr"] + ["Tél. +33 3 80 22 14 56", "N° TVA intracommunautaire : " + SUPPLIER["vat_print"],
                                       "SIREN " + SIREN], "Sans", 8, 10.5, "r")
    p.text(L, 150, "FACTURE / INVOICE", "SansB", 15)
    rows = [("N° de facture / Invoice no.", doc.number), ("Date / Date", doc.d(doc.date)),
            ("Échéance / Due date", doc.d(doc.due))]
    for i, (k, vv) in enumerate(rows):
        p.text(L, 172 + i * 13, k, "Sans", 8.5)
        p.text(L + 150, 172 + i * 13, vv, "SansB", 8.5)
    p.text(330, 150, "Client / Customer", "SansB", 8.5)
    p.lines(330, 164, [doc.cust_name] + doc.cust_addr + ["Ireland", "N° TVA / VAT no. " + doc.cust_vat], "Sans", 9, 11.5)

    cols = [("Réf.", 48, "l"), ("Désignation / Description", 226, "l", True), ("Qté", 36, "r"),
            ("P.U. HT", 70, "r"), ("Montant HT", R - L - 380, "r")]
    rws = [([l.code, l.item, fmt.qty_str(l.qty, "eu"), doc.m(l.unit), doc.m(l.price)], l) for l in doc.lines]
    y = table(p, L, 270, cols, rws, font="Sans", bold="SansB", size=8.6, head_fill="#efe4e8", rule="h",
              rule_color="#cdb4bd", row_gap=4)
    y += 18
    for i, (k, vv) in enumerate([("Total HT / Net total", doc.m(doc.subtotal)),
                                 ("TVA / VAT %s" % fmt.rate_pct(doc.vat_rows[0][0], "eu"), doc.m(doc.tax)),
                                 ("Total TTC / Total", doc.m(doc.total)),
                                 ("Net à payer / Amount due", doc.m(doc.amount_due))]):
        f = "SansB" if i >= 2 else "Sans"
        p.text(R - 230, y + i * 15, k, f, 9)
        p.text(R, y + i * 15, vv, f, 9, "r")
    y += 80
    p.lines(L, y, ["Autoliquidation - article 196 de la directive 2006/112/CE.",
                   "Reverse charge: VAT to be accounted for by the customer (Art. 196 Directive 2006/112/EC).",
                   "Exonération de TVA, article 262 ter I du CGI - livraison intracommunautaire.",
                   "Paiement par virement / Payment by transfer: IBAN FR76 3000 4008 2800 0123 4567 890 - BIC BNPAFRPPXXX",
                   "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €."],
            "Sans", 7.6, 10.5, color="#333333")
    p.text(p.W / 2, p.H - 36, "Domaine Laurent Frères - SAS au capital de 150.000 € - RCS Dijon " + SIREN,
           "Sans", 7, "c", "#777777")
    return p.save()
