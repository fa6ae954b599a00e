package io.barback.textract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.barback.documents.PrintedValues;
import io.barback.textract.Layout.Segment;

/**
 * The labels invoices print before their values, in the wordings suppliers really use, and the
 * matching of a segment's first words against them (the longest wording wins, so "Invoice
 * Date" is a date and not an invoice number, and "VAT Reg No" is not the VAT amount).
 */
final class Labels {

    /** Accents, once a letter is decomposed: declared first, the wordings below are folded with it. */
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    /**
     * Declared first too, for the same reason: where words OCR ran together keep their capitals apart
     * ("Credit NoteNo.", "UnitPrice"); a word's second letter is no word ("MwSt.", "IdNr." are one each).
     */
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{Ll})");

    /** A currency's code OCR ran into the word before it ("Invoice TotalEUR", "Balance DueGBP"): a token of its own. */
    private static final Pattern CURRENCY_RUN_ON = Pattern.compile("(?<=\\p{Ll}{2})(?=(?:EUR|GBP|STG)(?!\\p{L}))");

    /** The currency tokens a label's last word may carry after it, run on ("TotalEUR"). */
    private static final Set<String> CURRENCY_TOKENS = Set.of("eur", "gbp", "stg");

    /**
     * Marks a label drops: '.', ':' and brackets, a colon OCR read as ';' or '?' ("DATE?"), a scan's
     * specks read as marks ("_Date", "~Total"), and a slash closing a word ("DELIVER TO/ INVOICE TO"),
     * not one inside it ("A/C"), or a comma closing one (a scan's speck: "Invoice date,"); a quote
     * mark that is not an apostrophe between letters (a speck: "‘Total", "due’").
     */
    private static final Pattern DROPPED_MARKS = Pattern.compile("[.:;?()\\[\\]_~`»«]|[/,](?=[\\s.:()\\[\\]]|$)"
            + "|(?<!\\p{L})['‘’“”\"„]|['‘’“”\"„](?!\\p{L})");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A hyphen between two words of letters ("INVOICE-DATE", "Sub-Total"), printed or read by OCR for
     * a space: the two words; not one in a reference ("INV-2026") nor after a single letter ("e-mail").
     */
    private static final Pattern HYPHEN_BETWEEN_WORDS = Pattern.compile("(?<=\\p{L}{2})-(?=\\p{L}{2})");

    /**
     * A word spelt in initials of three letters or more ("V.A.T.", "T.B.C."): one token, as the
     * word is written without its points. Two ("P.O.") stay two, as the wordings spell them.
     */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.){2,}\\p{L}\\.?");

    enum Kind {
        INVOICE_ID, INVOICE_DATE, DUE_DATE, PO_NUMBER, SUBTOTAL, TAX, TOTAL, AMOUNT_DUE, VAT_NUMBER,
        BILL_TO, SHIP_TO, OTHER
    }

    /** A label found at the start of a segment: what it names and the words after it. */
    record Match(Kind kind, Segment segment, int labelWords, boolean valueMustFollowInSegment) {

        String labelText() {
            return Layout.join(segment.words().subList(0, labelWords));
        }

        /** The words after the label in the same segment, with separators such as ':' or '#' dropped. */
        String remainder() {
            String rest = Layout.join(segment.words().subList(labelWords, segment.words().size())).strip();
            // "#" before a digit is part of the number ("Invoice No. #81268"); elsewhere a separator
            return rest.replaceFirst("^(?:[:.\\-\u2013\u2014]|#(?!\\d))+\\s*", "").strip();
        }

        List<Word> remainderWords() {
            return segment.words().subList(labelWords, segment.words().size());
        }
    }

    private record Wording(Kind kind, String[] tokens, boolean sameSegmentOnly) {
    }

    private static final List<Wording> WORDINGS = new ArrayList<>();
    /** A label that says, in brackets at its end, that its amount is before VAT. */
    private static final Pattern NET_IN_BRACKETS = Pattern.compile(
            "(?i)\\p{L}[\\p{L} ]{0,30}\\(\\s*(net|nett|ex\\.?\\s*vat|excl?\\.?\\s*vat|excluding vat|before vat)\\s*\\)\\s*:?\\s*");

    /** A sum of what the bill charges for, said to be before VAT ("Charges excl. VAT", "Fees before VAT", "Goods ex VAT"). */
    private static final Pattern NET_OF_VAT_SAID = Pattern.compile(
            "(?i)(?:this bill's |total )?(?:charges|fees|goods|services|supplies|sales|net amount)\\s+"
                    + "(?:ex\\.?|excl?\\.?|excluding|before|net of)\\s*vat\\s*:?\\s*");

    static {
        add(Kind.INVOICE_ID, "invoice no", "invoice number", "invoice #", "invoice num", "inv no", "inv #",
                "inv number", "tax invoice no", "tax invoice number", "tax invoice #", "tax inv no", "tax inv #", "tax inv number", "document no",
                "document number", "doc no", "credit note no", "credit note number", "credit note #", "credit no", "credit #", "credit number",
                "invoice ref", "invoice id", "invoice reference", "sales invoice no", "credit note ref", "no", "nr",
                "number", "pro-forma no", "pro forma no", "proforma no", "pro-forma number", "proforma number",
                "document n°", "document nº", "doc n°", "credit note n°",
                // a professional's invoice, an accountant's or a solicitor's, is its fee note
                "fee note no", "fee note number", "fee note #", "fee note ref",
                // the document's own reference, bare (taken only when no label names the invoice's number)
                "reference", "ref", "ref no", "reference no", "our ref", "our reference",
                // a quotation's own number (the document is held, but its number is what a person looks for)
                "quote ref", "quote no", "quote number", "quotation no", "quotation number", "quotation ref",
                "estimate no", "estimate number",
                // a cash-and-carry's VAT receipt or a bill is the invoice: its number is the receipt's
                "receipt no", "receipt number", "receipt #", "vat receipt no", "bill no", "bill number",
                "vat invoice no", "vat invoice number", "vat inv no", "vat invoice #", "vat inv #",
                // the same in the languages of the EU suppliers a pub buys from
                "n° de facture", "n° facture", "numéro de facture", "facture n°", "rechnungsnummer", "rechnung nr",
                "rechnungs-nr", "rechnungsnr", "factuurnummer", "factuur nr", "factuurnr", "fattura n", "numero fattura", "factura n°",
                "número de factura", "n°", "nº", "nº factura", "n° factura", "núm factura", "fattura nr", "n fattura", "numero documento",
                "fatura n.º", "fatura nº", "fatura n", "n.º fatura", "nº fatura", "número da fatura", "fatura-recibo n.º", "n.º",
                // an Italian or Portuguese grid's bare "Numero" over the number
                "numero", "número",
                // a credit note's own number in the same languages
                "creditnotanummer", "creditnota nr", "creditnotanr", "creditnota nummer", "gutschriftsnummer", "gutschrift nr",
                "gutschrift-nr", "gutschriftnr", "n° d'avoir", "numéro d'avoir", "avoir n°", "nota di credito n",
                "nota de crédito n.º", "nota de crédito nº", "nota de crédito n");
        addInSegment(Kind.INVOICE_ID, "invoice", "tax invoice", "credit note", "inv", "sales invoice");
        add(Kind.INVOICE_DATE, "date", "invoice date", "dated", "tax point", "tax date", "document date",
                "date of invoice", "issue date", "date of issue", "tax point date", "invoice/tax point date",
                "credit note date", "credit date", "date of credit", "credit note/tax date", "credit note / tax date",
                "credit note/tax point", "credit note / tax point", "credit/tax date",
                "statement date", "date/tax point", "inv date", "doc date", "invoice / tax date", "invoice/tax date", "invoice / tax point", "invoice/tax point", "date de facture", "rechnungsdatum",
                "datum", "factuurdatum", "factuur datum", "data fattura", "fecha", "fecha de factura",
                "data documento", "data", "fecha factura", "fecha de emisión", "fecha emisión", "data de emissão", "data da fatura",
                // other wordings of the day the invoice was made
                "date issued", "issued", "issued on", "invoice issued", "billing date", "bill date", "invoice dated",
                "date of supply", "supply date", "tax point (date of supply)");
        add(Kind.DUE_DATE, "due date", "payment due", "due", "pay by", "payment due date", "due by", "date due",
                "please pay by", "payment date", "due on", "terms / due", "terms / due date", "payment required by", "payment due by", "payable by",
                "to be paid by", "pay before", "payment by",
                // the day a direct debit takes the money
                "direct debit on", "direct debit date", "debit date", "collection date",
                "échéance", "date d'échéance", "date limite de paiement",
                "date limite", "fälligkeitsdatum", "fällig am", "zahlbar bis",
                "vervaldatum", "scadenza", "vencimiento",
                "scadenze", "data scadenza", "dáta dlite", "data di scadenza", "data scad", "data limite de pagamento", "fecha de vencimiento", "fecha vencimiento", "vencimientos", "data de vencimento");
        add(Kind.PO_NUMBER, "po", "po no", "po number", "po #", "p.o.", "p.o. #", "p.o. no", "p.o. number", "p/o", "p/o no", "purchase order",
                "purchase order no", "purchase order number", "your order no", "your order", "order no",
                "your ref", "customer order no", "customer order", "cust order", "order number", "your po", "cust order no", "order ref",
                "your order number", "your po no", "customer po", "customer ref", "cust ref", "cust. ref", "your reference", "your ref no",
                // "order" cut short, as old wholesale systems print it
                "your ord", "your ord no", "ord no", "cust ord", "cust ord no", "cust po", "cust po no",
                "client po", "client order", "client order no",
                "customer reference", "order", "hire agreement", "agreement no", "agreement number", "rental agreement",
                "contract no", "contract number", "contract ref",
                // the customer's order in the languages of the EU suppliers a pub buys from
                "ihre bestellung", "ihre bestellnr", "ihre bestellnummer", "bestellnummer", "bestellnr", "bestell-nr",
                "votre commande", "n° de commande", "uw bestelling", "uw bestelnummer", "vostro ordine", "su pedido",
                "vs. ordine", "vs ordine", "vostro ordine n", "rif. ordine", "nº pedido", "n° pedido", "número de pedido",
                "v/ ref.ª encomenda", "v/ ref.ª", "v/ encomenda", "vossa encomenda", "sua encomenda", "n.º encomenda", "encomenda n.º");
        add(Kind.SUBTOTAL, "sub total", "subtotal", "sub-total", "net total", "goods value", "goods total",
                "total excl vat", "total ex vat", "total excluding vat", "total net", "net amount", "net",
                "total before vat", "nett total", "net value", "total goods", "total exc vat", "nett",
                "total excl", "net goods", "goods", "total ht", "montant ht", "nettobetrag", "netto", "subtotaal",
                "summe netto", "nettosumme", "netto summe", "zwischensumme", "warenwert netto", "nettowarenwert",
                "totaal excl btw", "imponibile",
                "totale imponibile", "base imponibile", "base imponible", "total base imponible", "importe neto", "total neto",
                "total s/ iva", "total sem iva",
                // a professional's fee note: the fee, then VAT on it, then outlays that bear none
                "fee", "fees", "total fees",
                // the amount before VAT named by that alone ("Exclusief BTW € 4.053,67")
                "excl vat", "ex vat", "excluding vat", "exclusief btw", "excl btw", "exkl mwst", "ohne mwst",
                "hors taxes", "total hors taxes", "hors tva");
        add(Kind.TAX, "vat", "vat total", "total vat", "output tax", "output vat", "tax", "vat amount", "total tax", "vat @",
                "tax total", "tva",
                "montant tva", "total tva", "mwst", "ust", "umsatzsteuer", "btw", "iva",
                "totale iva", "totale imposta", "imposta iva", "cuota iva", "total iva", "importe iva",
                "vat charged", "vat due", "vat payable",
                // the VAT inside a total that includes it ("Total incl. VAT … of which VAT 23 %")
                "of which vat", "thereof vat", "incl vat of", "includes vat of", "vat included", "vat content",
                "total vat amount", "value added tax", "plus vat", "add vat",
                // German "plus VAT" ("zzgl. USt. 19 %")
                "zzgl ust", "zzgl mwst", "zzgl umsatzsteuer", "zuzüglich ust", "zuzüglich mwst", "plus ust", "plus mwst");
        add(Kind.TOTAL, "total", "this invoice total", "total this invoice", "total for this invoice", "this invoice", "totals",
                "invoice total", "total incl vat", "total inc vat", "total including vat",
                "total vat incl", "total vat inc", "total vat included", "total incl of vat",
                "grand total", "gross total", "total gross", "total eur", "bill total", "total amount", "credit total",
                "total credit", "credit note total", "refund total", "total refund", "total value", "total incl", "gross", "invoice value",
                "total (eur)", "total inc", "total credit note", "total ttc", "montant ttc", "gesamtbetrag",
                "rechnungsbetrag", "totaal", "totaal incl btw", "totale",
                "totaal creditnota", "gutschriftsbetrag", "summe brutto", "bruttobetrag",
                "totale documento", "totale fattura", "total factura", "importe total",
                // a total "VAT included", not the VAT
                "totale iva inclusa", "totale ivato", "total iva incluido", "total iva incluida",
                // the document's own name before "total", on a quotation or an order as on an invoice
                "quotation total", "quote total", "estimate total", "order total", "pro forma total", "proforma total",
                // a hire-purchase or subscription bill's instalment, its total with VAT
                "instalment total", "installment total", "total this instalment", "total this installment");
        add(Kind.AMOUNT_DUE, "amount due", "balance due", "amount payable", "total due", "total amount due", "total balance due", "balance",
                "total payable", "to pay", "amount owing", "please pay", "balance outstanding", "now due",
                "amount to pay", "credit due", "amount to refund", "refund due", "amount to be refunded",
                "amount to be credited", "net à payer", "reste à payer", "montant à régler", "à régler", "zahlbetrag", "te betalen",
                "netto a pagare", "totale da pagare", "importo da pagare", "importe a pagar", "total a pagar");
        add(Kind.VAT_NUMBER, "vat reg no", "vat reg", "vat registration no", "vat registration number", "vat no",
                "vat number", "vat id", "vat reg number", "our vat no", "supplier vat", "vat reg #", "vat #",
                "vat registration",
                // the same in the languages of the EU suppliers a pub buys from
                "n° tva", "numéro de tva", "tva intracommunautaire", "n° tva intracommunautaire", "ust-idnr", "ust-id",
                "ust id nr", "ust-id-nr", "umsatzsteuer-id", "btw nummer", "btw-nummer", "btw nr", "btw-nr", "btw id",
                "partita iva", "p. iva", "nif", "cif", "p iva", "nif-iva", "nif iva", "n.i.f.", "c.i.f.",
                // Austria's VAT number (UID) as its suppliers label their own
                "uid-nr", "uid nr", "uid-nummer", "unsere uid-nr", "unsere uid", "unsere ust-idnr", "nif / vat");
        add(Kind.BILL_TO, "bill to", "billed to", "invoice to", "invoiced to", "sold to", "customer", "to", "prepared for",
                "invoice address", "billing address", "customer address", "client address", "customer name", "account name",
                "bill-to", "client", "sold-to", "sold-to party", "sold to party", "buyer", "purchaser", "nabywca",
                // a party label naming the customer in other words, or the customer and the site together
                "credit to", "credited to", "hirer", "hired to", "supplied to", "charged to", "charge to", "licensee",
                "name & address", "name and address", "customer name & address",
                // a letter's addressee
                "for the attention of", "attn", "fao",
                "customer name and address", "client / customer", "customer / client", "site / client",
                "customer / site", "site / customer",
                "client / site", "deliver & invoice to", "deliver and invoice to", "invoice & deliver to",
                "invoice and deliver to", "bill & ship to", "bill and ship to", "deliver to / invoice to",
                "invoice to / deliver to",
                "factuuradres", "facturatieadres", "leveradres / facturatieadres", "facturatie- en leveradres",
                "rechnungsadresse", "adresse de facturation", "indirizzo di fatturazione",
                "dirección de facturación",
                // "bill to" in the languages of the EU suppliers a pub buys from
                "facturer à", "facturé à", "rechnung an", "rechnungsempfänger", "factuur aan",
                "gefactureerd aan", "fatturare a", "fatturato a", "facturar a", "facturado a",
                // an Italian letter's "Messrs" over the customer, and "customer" in Spanish and Italian
                "spett.le", "spettabile", "cliente", "destinatario",
                // a Portuguese letter's "Dear Sirs" over the customer
                "exmo.(s) sr.(s)", "exmo. sr.", "exmos. srs.", "exmo(s) sr(s)", "exmos. senhores", "exmo. senhor", "exma. sra.",
                "exma. senhora");
        add(Kind.SHIP_TO, "deliver to", "delivery to", "ship to", "delivery address", "delivered to", "ship-to party",
                "ship to party",
                "deliver address", "delivery", "ship-to", "delivery point",
                // where a service was done: the site, not the customer billed
                "site address", "job address", "installation address", "service address", "supply address", "afleveradres", "lieferadresse",
                "adresse de livraison", "indirizzo di consegna", "dirección de entrega",
                "livrer à", "livré à", "lieferung an", "lieferanschrift", "leveren aan", "geleverd aan", "consegnare a",
                "entregar a");
        add(Kind.OTHER, "vat rate", "vat analysis", "vat code", "vat %", "vat summary", "vat breakdown",
                "customer no", "customer number", "customer account", "customer account no", "account no",
                "account number", "customer id", "account", "acc no", "customer a/c", "cust a/c", "a/c", "a/c no",
                "customer acc", "cust no", "cust acc", "page", "tel", "phone", "email", "e-mail",
                "iban", "bic", "swift", "sort code", "company reg", "company registration", "registered",
                "reg no", "total qty", "total quantity", "total items", "total cases", "total units", "rate",
                "terms", "your vat no", "customer vat", "customer vat no", "your vat number", "delivery date",
                "delivery note", "delivery docket", "docket no", "order date", "despatch date", "dispatch date",
                "rep", "route", "driver", "vat rate %", "total lines", "goods received", "signed", "signature",
                "customer signature", "customer's signature", "received by", "print name",
                "web", "www", "mobile", "fax", "directors", "bank",
                // a customer's number in the languages of the EU suppliers a pub buys from
                "klant", "klantnummer", "klantnr", "kunde", "kundennummer", "kundennr", "n° client", "numéro client",
                "codice cliente", "n° cliente", "cód. cliente", "cod. cliente",
                "cliente n.º", "cliente nº", "cliente n°", "n.º cliente", "n.º contribuinte", "contribuinte",
                "v/ n.º contribuinte", "n.º guia", "guia n.º",
                // the customer's own VAT number, not the supplier's
                "ihre uid-nr", "ihre uid", "ihre ust-idnr", "uid des empfängers", "btw-nr klant", "btw nr klant", "btw-nummer klant", "riepilogo iva", "aliquota", "codice fiscale",
                // Italy's stamp duty on a bill without VAT: no VAT
                "imposta di bollo", "bollo",
                // a Portuguese bill's total before its discounts, and the discounts already in its lines
                "total ilíquido", "total iliquido", "total descontos",
                // a helpline is no customer, and an account's past is no figure of this invoice
                "customer care", "customer service", "customer services", "customer support", "customer helpline",
                "balance brought forward", "brought forward", "balance b/f", "balance carried forward", "previous balance",
                "previous bill", "opening balance", "account balance");
        // Danish, Norwegian and Swedish, whose suppliers a pub buys spirits and smoked fish from
        add(Kind.INVOICE_ID, "fakturanr", "fakturanr.", "fakturanummer", "faktura nr", "faktura nr.", "kreditnota nr",
                "kreditnotanr", "kreditnotanr.", "kreditnotanummer", "kreditfaktura nr");
        add(Kind.INVOICE_DATE, "fakturadato", "fakturadatum", "dato", "datum");
        add(Kind.DUE_DATE, "forfaldsdato", "forfallsdato", "förfallodatum", "forfald", "forfall", "betalingsfrist",
                "sidste rettidige betalingsdag");
        add(Kind.PO_NUMBER, "deres ordrenr", "deres ordrenr.", "jeres ordrenr", "ordrenr", "ordrenr.", "rekvisitionsnr",
                "deres ref", "er referens", "ert ordernr", "bestillingsnr");
        add(Kind.SUBTOTAL, "i alt ekskl. moms", "beløb ekskl. moms", "netto i alt", "nettobeløb", "sum ekskl. mva",
                "summa exkl. moms", "netto");
        add(Kind.TAX, "moms", "moms i alt", "mva", "merverdiavgift", "momsbeløb");
        add(Kind.TOTAL, "i alt", "i alt inkl. moms", "total inkl. moms", "totalt", "totalt inkl. mva", "summa", "att betala",
                "å betale", "at betale");
        add(Kind.VAT_NUMBER, "moms-nr", "moms nr", "momsnr", "cvr/moms-nr", "cvr-nr", "cvr nr", "se-nr", "mva-nr",
                "org.nr", "momsreg.nr", "momsregistreringsnummer", "vat/moms-nr");
        add(Kind.OTHER, "kundenr", "kundenr.", "kundenummer", "kundnummer", "valuta");
    }

    /** An account's past printed under an invoice's total: its previous balance, payments received, arrears. */
    private static final Pattern ACCOUNTS_PAST = Pattern.compile("(?i)\\b(?:previous|opening|account|old)\\s+balance"
            + "|brought\\s+forward|\\bb/f\\b|payments?\\s+(?:received|made|since)|amount\\s+paid|less\\s+payments?"
            + "|\\barrears\\b");

    /** Whether a label names the account's past rather than a figure of this invoice. */
    static boolean accountsPast(String label) {
        return ACCOUNTS_PAST.matcher(label).find();
    }

    private Labels() {
    }

    /** Words that say an amount is before VAT, as tokens: "before vat", "excl vat", "ex vat", "net of vat". */
    private static final List<List<String>> NET_OF_VAT = Stream.of("before vat", "excl vat", "ex vat", "excluding vat",
            "exclusive of vat", "net of vat", "before tax", "excl tax", "excluding tax").map(Labels::tokens).toList();

    /**
     * How many of a label's first words run up to words that say its amount is before VAT (a label
     * of a few words, figures not among them); 0 when they do not say so.
     */
    private static int netOfVatWords(List<List<String>> perWord) {
        List<String> tokens = new ArrayList<>();
        List<Integer> wordOf = new ArrayList<>();
        for (int w = 0; w < perWord.size() && w < 6; w++) {
            for (String t : perWord.get(w)) {
                if (t.chars().anyMatch(Character::isDigit)) {
                    return 0;
                }
                tokens.add(t);
                wordOf.add(w);
            }
        }
        for (List<String> words : NET_OF_VAT) {
            int at = Collections.indexOfSubList(tokens, words);
            if (at >= 0) {
                return wordOf.get(at + words.size() - 1) + 1;
            }
        }
        return 0;
    }

    private static void add(Kind kind, String... wordings) {
        for (String w : wordings) {
            WORDINGS.add(new Wording(kind, tokens(w).toArray(String[]::new), false));
            if (w.indexOf('/') > 0 && w.indexOf('/') < w.length() - 1) {
                // a thin slash between words is often lost to OCR: "Invoice/Tax Date" read "Invoice Tax Date"
                WORDINGS.add(new Wording(kind, tokens(w.replace('/', ' ')).toArray(String[]::new), false));
            }
        }
    }

    private static void addInSegment(Kind kind, String... wordings) {
        for (String w : wordings) {
            WORDINGS.add(new Wording(kind, tokens(w).toArray(String[]::new), true));
        }
    }

    /** The label this segment starts with, or null. */
    static Match match(Segment segment) {
        List<List<String>> perWord = new ArrayList<>();
        for (Word w : segment.words()) {
            perWord.add(tokens(w.text()));
        }
        Match best = matchFrom(perWord, 0, segment);
        // where the other language begins: after a slash of its own ("Dáta / Date") or one closing a word ("TO/ INVOICE TO")
        int other = -1;
        boolean ownWord = false;
        for (int w = 0; w < segment.words().size() && other < 0; w++) {
            String t = segment.words().get(w).text();
            if (t.equals("/") || t.length() > 1 && t.endsWith("/")) {
                other = w + 1;
                ownWord = t.equals("/");
            }
        }
        // a grid's bare word with words after it ("Data wystawienia / Issue date"): no label of its own, so the
        // other language's may be
        boolean bare = best != null && bareWithWordsAfter(best);
        if ((best == null || bare) && other >= (ownWord ? 2 : 1) && other <= MAX_WORDS_BEFORE_SLASH + 1 && other < perWord.size()
                && segment.words().subList(0, other).stream().noneMatch(w -> w.text().chars().anyMatch(Character::isDigit))) {
            // a label in two languages, the one the reader knows after the slash ("Uimhir Sonraisc /
            // Invoice No.", "Dáta dlite / Due date"): the whole of it is the label
            Match after = matchFrom(perWord, other, segment);
            best = after != null || !bare ? after : best;
        } else if (best != null && other > 0 && other == best.labelWords() + (ownWord ? 1 : 0)) {
            // the label the reader knows first, its other language after the slash ("Invoice No. /
            // Uimhir Sonraisc"): words without figures, the label's too
            int end = other;
            while (end < perWord.size() && end - other < MAX_WORDS_BEFORE_SLASH && !perWord.get(end).isEmpty()
                    && segment.words().get(end).text().chars().noneMatch(Character::isDigit) && !segment.words().get(end).text().contains("/")) {
                end++;
            }
            if (end > other) {
                best = new Match(best.kind(), segment, end, best.valueMustFollowInSegment());
            }
        }
        if (best == null || best.labelWords() == 1) {
            // "Invoice and delivery address": not the invoice's label followed by words
            Match parties = twoParties(perWord, segment);
            best = parties != null ? parties : best;
        }
        Match translated = inBrackets(perWord, segment, best);
        if (translated != null && takesTranslation(best, translated, segment)) {
            // the translation names what the supplier's word does not, or names it again: never a money
            // word or a party in brackets after words the reader does not know ("Carriage (Delivery)",
            // "return (fee)"), nor a label the reader knows turned into another ("VAT (Total)")
            best = translated;
        }
        if (best != null && best.kind() == Kind.SUBTOTAL && FEE.matcher(best.labelText()).matches()
                && !best.remainder().isBlank() && PrintedValues.amount(best.remainder()).isEmpty()) {
            // "Fee for preparation of accounts", "Fees paid on your behalf": a line, not the fee's total
            best = null;
        }
        if (best == null && other < 0 && speck(segment)) {
            // a speck OCR read as a character or two before the label ("4 Total due"): not part of it
            best = matchFrom(perWord, 1, segment);
        }
        if (best != null && MONEY.contains(best.kind()) && best.labelWords() < segment.words().size()
                && CURRENCY_WORD.matcher(segment.words().get(best.labelWords()).text()).matches()) {
            // the currency the amount is in, after its label ("BILL TOTAL EUR :", "Net (€)"): the label's
            best = new Match(best.kind(), segment, best.labelWords() + 1, best.valueMustFollowInSegment());
        }
        if (best != null && best.kind() == Kind.PO_NUMBER && initialsBeforeAName(best)) {
            // "P.O. Box 4471", "P. Ó Ceallaigh & Sons": initials before a word, not an order's label
            best = null;
        }
        if (best != null && best.kind() == Kind.TOTAL) {
            // a total its own words say is before VAT ("Total charges before VAT", "Total goods excl. VAT")
            int net = netOfVatWords(perWord);
            if (net > 0) {
                best = new Match(Kind.SUBTOTAL, segment, net, false);
            }
        }
        if (best == null && (NET_IN_BRACKETS.matcher(segment.text()).matches() || NET_OF_VAT_SAID.matcher(segment.text()).matches())) {
            // a sum of whatever the invoice charges for, marked net: "Hire charges (net)", "Fees (excl. VAT)"
            best = new Match(Kind.SUBTOTAL, segment, segment.words().size(), false);
        }
        if (best != null && bareWithWordsAfter(best)) {
            // a word that names the number or the date only standing alone over its value ("Numero" over
            // "2026/0412"): with words after it, it names another's ("Numero cliente", "Data di scadenza")
            best = new Match(Kind.OTHER, segment, best.labelWords(), false);
        }
        return best;
    }

    private static boolean bareWithWordsAfter(Match match) {
        return BARE_ONLY.contains(String.join(" ", tokens(match.labelText())))
                && !match.remainder().isEmpty() && Character.isLetter(match.remainder().codePointAt(0));
    }

    /** The bare words of a grid's titles ("Numero", "Data", "N.º"), labels only where no word of another follows them. */
    private static final Set<String> BARE_ONLY = Stream.of("numero", "número", "data", "n.º").map(w -> String.join(" ", tokens(w)))
            .collect(java.util.stream.Collectors.toSet());

    /** Below this certainty, a character or two alone is more likely a speck than a word. */
    private static final float SPECK_CONFIDENCE = 50f;

    /**
     * Whether the segment opens with a mark or a figure or two OCR is unsure of, more words after it;
     * never a letter, which may be a label's own word read faintly ("Ph No", "No VAT").
     */
    private static boolean speck(Segment segment) {
        if (segment.words().size() < 2) {
            return false;
        }
        Word first = segment.words().get(0);
        return first.text().length() <= 2 && first.confidence() < SPECK_CONFIDENCE
                && first.text().chars().noneMatch(Character::isLetter);
    }

    private static final Set<Kind> MONEY = Set.of(Kind.SUBTOTAL, Kind.TAX, Kind.TOTAL, Kind.AMOUNT_DUE);

    /** A currency named after an amount's label, alone or in brackets, with or without the label's colon. */
    private static final Pattern CURRENCY_WORD = Pattern.compile("(?i)\\(?(eur|gbp|stg|€|£)\\)?:?");

    /** Words after an order's initials that still name its number ("PO Ref 4471", "P.O. Number"). */
    private static final Set<String> NUMBER_WORDS = Set.of("ref", "reference", "number", "num", "nr", "no", "nos");

    /** Whether a label of letters two at a time ("PO", "P. O.") runs on into a word of letters that names no number. */
    private static boolean initialsBeforeAName(Match m) {
        List<Word> label = m.segment().words().subList(0, m.labelWords());
        List<Word> rest = m.remainderWords();
        if (rest.isEmpty() || label.stream().anyMatch(w -> w.text().chars().filter(Character::isLetter).count() > 2)) {
            return false;
        }
        String next = rest.get(0).text();
        return next.chars().filter(Character::isLetter).count() >= 3 && next.chars().noneMatch(Character::isDigit)
                && !NUMBER_WORDS.contains(next.replaceAll("\\P{L}", "").toLowerCase(Locale.ROOT));
    }

    /** A label's other language is at most this many words ("Uimhir Sonraisc", "Dáta dlite"). */
    private static final int MAX_WORDS_BEFORE_SLASH = 4;

    /** The longest wording that the words from {@code from} start with, counted from the segment's first word; null for none. */
    /**
     * Two party labels sharing their last words ("Billing & delivery address", "Invoice and ship to"):
     * the customer's label, as each of them would be. Null when the segment is no such label.
     */
    private static Match twoParties(List<List<String>> perWord, Segment segment) {
        if (perWord.size() < 4 || perWord.get(0).isEmpty() || !AND.matcher(segment.words().get(1).text()).matches()) {
            return null;
        }
        Match second = matchFrom(perWord, 2, segment);
        if (second == null || !PARTIES.contains(second.kind()) || second.labelWords() < 4) {
            return null;
        }
        List<List<String>> firstWithTail = new ArrayList<>();
        firstWithTail.add(perWord.get(0));
        firstWithTail.addAll(perWord.subList(3, perWord.size()));
        Match first = matchFrom(firstWithTail, 0, segment);
        if (first == null || !PARTIES.contains(first.kind()) || first.labelWords() != second.labelWords() - 2) {
            return null;
        }
        Kind kind = first.kind() == Kind.BILL_TO || second.kind() == Kind.BILL_TO ? Kind.BILL_TO : Kind.SHIP_TO;
        return new Match(kind, segment, second.labelWords(), second.valueMustFollowInSegment());
    }

    /**
     * A label followed by its translation in brackets ("Klant (Customer)", "Omschrijving
     * (Description)"), or words the reader does not know followed by one it does: the translation
     * says what the label names, and the whole is the label. Null when there is no such bracket.
     */
    private static Match inBrackets(List<List<String>> perWord, Segment segment, Match best) {
        List<Word> words = segment.words();
        int open = best != null ? best.labelWords() : 1;
        while (best == null && open < words.size() && open <= MAX_WORDS_BEFORE_SLASH && !words.get(open).text().startsWith("(")) {
            open++;
        }
        if (open >= words.size() || !words.get(open).text().startsWith("(")
                || words.subList(0, open).stream().anyMatch(w -> w.text().chars().anyMatch(Character::isDigit))) {
            return null;
        }
        int close = open;
        while (close < words.size() && close - open < MAX_WORDS_BEFORE_SLASH && !words.get(close).text().endsWith(")")) {
            close++;
        }
        if (close >= words.size() || !words.get(close).text().endsWith(")")) {
            return null;
        }
        Match inner = matchFrom(perWord.subList(0, close + 1), open, segment);
        return inner == null || inner.labelWords() != close + 1 ? null
                : new Match(inner.kind(), segment, close + 1, inner.valueMustFollowInSegment());
    }

    private static boolean takesTranslation(Match best, Match translated, Segment segment) {
        if (best != null) {
            return best.kind() == Kind.OTHER || best.kind() == translated.kind();
        }
        return translated.labelWords() - bracketWords(segment, translated) <= WORDS_BEFORE_TRANSLATION
                && !MONEY.contains(translated.kind()) && !PARTIES.contains(translated.kind());
    }

    /** How many of a segment's words, from the end of the label, are the bracket holding its translation. */
    private static int bracketWords(Segment segment, Match m) {
        int open = m.labelWords() - 1;
        while (open > 0 && !segment.words().get(open).text().startsWith("(")) {
            open--;
        }
        return m.labelWords() - open;
    }

    /** At most this many words of the supplier's own before a translation in brackets that alone is known. */
    private static final int WORDS_BEFORE_TRANSLATION = 2;
    /** A fee note's subtotal label: the fee, alone. */
    private static final Pattern FEE = Pattern.compile("(?i)\\s*fees?\\s*:?\\s*");

    private static final Pattern AND = Pattern.compile("(?i)&|and|\\+");
    private static final Set<Kind> PARTIES = EnumSet.of(Kind.BILL_TO, Kind.SHIP_TO);

    private static Match matchFrom(List<List<String>> perWord, int from, Segment segment) {
        Match best = null;
        int bestLength = 0;
        List<List<String>> words = perWord.subList(from, perWord.size());
        for (Wording wording : WORDINGS) {
            int consumed = consumed(words, wording.tokens());
            if (consumed > 0 && wording.tokens().length > bestLength) {
                best = new Match(wording.kind(), segment, from + consumed, wording.sameSegmentOnly());
                bestLength = wording.tokens().length;
            }
        }
        return best;
    }

    /** Whether the whole segment is nothing but a label (so it is not somebody's value). */
    static boolean isOnlyLabel(Segment segment) {
        Match m = match(segment);
        // "INVOICE" alone is a title, not a label waiting for a value
        return m != null && m.remainder().isEmpty() && !m.valueMustFollowInSegment();
    }

    /** How many words the wording takes from the start of the segment, or 0 when it does not match. */
    private static int consumed(List<List<String>> perWord, String[] wording) {
        int t = 0;
        for (int w = 0; w < perWord.size(); w++) {
            List<String> tokens = perWord.get(w);
            if (tokens.isEmpty()) {
                if (t == wording.length) {
                    return w;
                }
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (t == wording.length) {
                    // the label ended inside this word: "No:LDD-1" is the value's; "TotalEUR" is the label's
                    // with its currency run on; anything else run on is some other word
                    return i == 0 ? w : CURRENCY_TOKENS.containsAll(tokens.subList(i, tokens.size())) ? w + 1 : -1;
                }
                if (!tokens.get(i).equals(wording[t])) {
                    return -1;
                }
                t++;
            }
            if (t == wording.length) {
                return w + 1;
            }
        }
        return -1;
    }

    /** Lower-case tokens of a label, with '.', ':' and brackets dropped and '#' and '@' kept as their own token. */
    static List<String> tokens(String text) {
        if (INITIALS.matcher(text.strip()).matches()) {
            text = text.replace(".", "");
        }
        String t = CAMEL_CASE.matcher(CURRENCY_RUN_ON.matcher(text).replaceAll(" ")).replaceAll(" ").toLowerCase(Locale.ROOT)
                .replace("\u2013", "-").replace("\u2014", "-").replace('\u2019', '\'');
        t = DROPPED_MARKS.matcher(HYPHEN_BETWEEN_WORDS.matcher(t).replaceAll(" ")).replaceAll(" ")
                .replace("#", " # ").replace("@", " @ ")
                .strip();
        List<String> out = new ArrayList<>();
        for (String s : SPACES.split(t)) {
            if (!s.isEmpty()) {
                out.add(fold(s));
            }
        }
        return out;
    }

    /**
     * OCR reads I as l, 1 or | and O as 0 in labels ("lnv #", "N0."), runs two narrow letters into
     * one wide one ("nv" as "w": "Iwoice No"; "rn" as "m"), and often drops an accent ("Echéance",
     * "Net a payer"): compare labels with those folded together.
     */
    private static String fold(String token) {
        if (!token.chars().anyMatch(Character::isLetter)) {
            return token;
        }
        return withoutAccents(token).replace('l', 'i').replace('1', 'i').replace('|', 'i').replace('0', 'o')
                .replace("nv", "w").replace("vv", "w").replace("rn", "m");
    }

    /** The text with its accents taken off ("Fréres" → "Freres"), as OCR often gives it. */
    static String withoutAccents(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        return ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
