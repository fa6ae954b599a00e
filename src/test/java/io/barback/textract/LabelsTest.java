package io.barback.textract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels as OCR gives them back: letters read for others, two narrow letters run into one wide one. */
class LabelsTest {

    private static Labels.Kind kind(String text) {
        Labels.Match m = Labels.match(segment(text));
        return m == null ? null : m.kind();
    }

    /** The text as one segment of words on a row, each as wide as its letters. */
    private static Layout.Segment segment(String text) {
        List<Word> words = new ArrayList<>();
        float x = 0.1f;
        for (String w : text.split(" ")) {
            words.add(new Word(w, x, 0.1f, x + 0.01f * w.length(), 0.11f, 90));
            x += 0.01f * w.length() + 0.005f;
        }
        return Layout.Segment.of(words);
    }

    /** The text as one segment, its first word read as faintly as OCR reads a speck. */
    private static Layout.Segment faintFirst(String text, float confidence) {
        List<Word> words = new ArrayList<>(segment(text).words());
        Word first = words.get(0);
        words.set(0, new Word(first.text(), first.left(), first.top(), first.right(), first.bottom(), confidence));
        return Layout.Segment.of(words);
    }

    /**
     * A scan's specks before a label: a quote mark on its first word ("‘Total", "“Invoice no."), or
     * a character or two read faintly apart ("4 Total TTC"). A figure read surely before a label is
     * no speck, and an apostrophe inside a word stays.
     */
    @Test
    void specksReadBeforeALabelAreNotPartOfIt() {
        assertThat(kind("‘Total €325.95")).isEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("“Invoice no. SL-1180")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Amount due’ 1.438,00 €")).isEqualTo(Labels.Kind.AMOUNT_DUE);
        assertThat(kind("Customer’s signature")).isEqualTo(Labels.Kind.OTHER);
        Labels.Match faint = Labels.match(faintFirst("4 Total TTC 1.438,00 €", 30f));
        assertThat(faint).isNotNull();
        assertThat(faint.kind()).isEqualTo(Labels.Kind.TOTAL);
        assertThat(faint.remainder()).isEqualTo("1.438,00 €");
        assertThat(Labels.match(faintFirst("4 Total TTC 1.438,00 €", 95f))).isNull();
        assertThat(Labels.match(faintFirst("Total 1.438,00 €", 30f))).isNotNull();
        // a label's own word read faintly is no speck: "Ph No" is a phone's, not an invoice number's
        assertThat(Labels.match(faintFirst("Ph No 087 1234567", 30f))).isNull();
    }

    /** Italian and Spanish invoices' labels: the totals, the VAT, the amount to pay, the due date and the customer. */
    @Test
    void italianAndSpanishLabels() {
        assertThat(kind("Totale imponibile 2.118,40")).isEqualTo(Labels.Kind.SUBTOTAL);
        assertThat(kind("Base imponible")).isEqualTo(Labels.Kind.SUBTOTAL);
        assertThat(kind("Totale IVA 0,00")).isEqualTo(Labels.Kind.TAX);
        assertThat(kind("Cuota IVA")).isEqualTo(Labels.Kind.TAX);
        assertThat(kind("TOTALE DOCUMENTO € 2.118,40")).isEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("Netto a pagare € 2.118,40")).isEqualTo(Labels.Kind.AMOUNT_DUE);
        assertThat(kind("Importe a pagar: 968,25 €")).isEqualTo(Labels.Kind.AMOUNT_DUE);
        assertThat(kind("Scadenze")).isEqualTo(Labels.Kind.DUE_DATE);
        assertThat(kind("CLIENTE")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("SPETT.LE")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("NIF-IVA: ESB12345674")).isEqualTo(Labels.Kind.VAT_NUMBER);
        // a customer's number is no customer, a stamp duty no VAT, a total with VAT in it no VAT
        assertThat(kind("Cód. cliente")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("Imposta di bollo 2,00")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("Totale IVA inclusa 122,00")).isEqualTo(Labels.Kind.TOTAL);
    }

    /** A Portuguese invoice's labels; its total before discounts ("Total Ilíquido") is no total. */
    @Test
    void portugueseLabels() {
        assertThat(kind("Fatura n.º")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Data de emissão")).isEqualTo(Labels.Kind.INVOICE_DATE);
        assertThat(kind("Data de vencimento")).isEqualTo(Labels.Kind.DUE_DATE);
        assertThat(kind("Total s/ IVA 1.204,50 €")).isEqualTo(Labels.Kind.SUBTOTAL);
        assertThat(kind("Total a Pagar 1.204,50 €")).isEqualTo(Labels.Kind.AMOUNT_DUE);
        assertThat(kind("Exmo.(s) Sr.(s)")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Total Ilíquido 1.230,00 €")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("Total Descontos 25,50 €")).isEqualTo(Labels.Kind.OTHER);
    }

    /**
     * OCR runs the currency into the label before it ("Invoice TotalEUR 1,234.56"): the label is still
     * the total's and the amount its value. Letters run on that are no currency make another word.
     */
    @Test
    void aCurrencyRunIntoItsLabelIsTheLabels() {
        Labels.Match total = Labels.match(segment("Invoice TotalEUR 1,234.56"));
        assertThat(total).isNotNull();
        assertThat(total.kind()).isEqualTo(Labels.Kind.TOTAL);
        assertThat(total.remainder()).isEqualTo("1,234.56");
        Labels.Match due = Labels.match(segment("Balance DueGBP 84.10"));
        assertThat(due).isNotNull();
        assertThat(due.kind()).isEqualTo(Labels.Kind.AMOUNT_DUE);
        assertThat(due.remainder()).isEqualTo("84.10");
        assertThat(kind("TotalEUROPA 12")).isNotEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("Totalling 12")).isNotEqualTo(Labels.Kind.TOTAL);
    }

    /**
     * Two party labels run together over one address ("Billing & delivery address", "Invoice and
     * delivery address") name the customer; words the reader knows neither of, joined the same way,
     * name nobody.
     */
    @Test
    void twoPartiesSharingOneLabelAreTheCustomer() {
        assertThat(kind("Billing & delivery address")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Invoice and delivery address")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Delivery + site address")).isEqualTo(Labels.Kind.SHIP_TO);
        assertThat(kind("Billing & delivery address Main Street")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Salt & pepper address")).isNull();
        assertThat(kind("Fish & chip shop")).isNull();
    }

    /**
     * A label with its translation in brackets: the translation says what it names, even where the
     * supplier's own word would name something else ("Klant" alone is a customer's number).
     */
    @Test
    void aLabelsTranslationInBracketsSaysWhatItNames() {
        assertThat(kind("Klant (Customer)")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Klant")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("Leverdatum (Due date) 12-01-2027")).isEqualTo(Labels.Kind.DUE_DATE);
        Labels.Match m = Labels.match(segment("Vervaldag (Due date) 12-01-2027"));
        assertThat(m.remainder()).isEqualTo("12-01-2027");
        // a bracket that is no label, or a label's qualifier, changes nothing
        assertThat(kind("Total (EUR)")).isEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("Quantity (cases)")).isNull();
        // nor does a translation turn a label the reader knows into another, or a line into a label
        assertThat(kind("Customer (Klant)")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("VAT (Total) 51.75")).isEqualTo(Labels.Kind.TAX);
        assertThat(kind("Carriage (Delivery)")).isNull();
        assertThat(kind("Companies Office annual return (fee) 20.00")).isNull();
    }

    /** A fee note's "Fee" alone is its subtotal; a line that opens with the word is a line. */
    @Test
    void theFeeAloneIsAFeeNotesSubtotal() {
        assertThat(kind("Fee 1,200.00")).isEqualTo(Labels.Kind.SUBTOTAL);
        assertThat(kind("Fees:")).isEqualTo(Labels.Kind.SUBTOTAL);
        assertThat(kind("Fee for preparation of accounts 1,200.00")).isNull();
        assertThat(kind("Fees paid on your behalf")).isNull();
        assertThat(kind("Fee Note No. 2026/114")).isEqualTo(Labels.Kind.INVOICE_ID);
    }

    /** "Bill to" and "deliver to" as suppliers from the continent print them. */
    @Test
    void partiesInTheLanguagesOfTheContinent() {
        assertThat(kind("Facturer à")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Rechnung an")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Factuur aan")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Livrer à")).isEqualTo(Labels.Kind.SHIP_TO);
        assertThat(kind("Lieferung an")).isEqualTo(Labels.Kind.SHIP_TO);
    }

    /** A credit note for a web order calls its total the refund's. */
    @Test
    void aRefundTotalIsTheTotal() {
        assertThat(kind("Refund total")).isEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("Total refund -€12.40")).isEqualTo(Labels.Kind.TOTAL);
    }

    /** A sum of the bill's charges said to be before VAT, in brackets or not, is the subtotal. */
    @Test
    void chargesSaidToBeBeforeVatAreTheSubtotal() {
        assertThat(kind("Charges excl. VAT")).isEqualTo(Labels.Kind.SUBTOTAL);
        assertThat(kind("Fees before VAT:")).isEqualTo(Labels.Kind.SUBTOTAL);
        assertThat(kind("Hire charges (net)")).isEqualTo(Labels.Kind.SUBTOTAL);
        assertThat(kind("Charges for call-outs")).isNull();
        // a hire-purchase instalment's total, VAT in it
        assertThat(kind("Instalment total")).isEqualTo(Labels.Kind.TOTAL);
    }

    @Test
    void initialsBeforeANameAreNoPurchaseOrderLabel() {
        assertThat(kind("P. Ó CEALLAIGH & SONS LTD")).isNull();
        assertThat(kind("PO Box 4471")).isNull();
        assertThat(kind("PO: 4471")).isEqualTo(Labels.Kind.PO_NUMBER);
        assertThat(kind("P.O. Number 4471")).isEqualTo(Labels.Kind.PO_NUMBER);
        assertThat(kind("PO Ref BAR-118")).isEqualTo(Labels.Kind.PO_NUMBER);
        assertThat(kind("CUST.REF : 5521")).isEqualTo(Labels.Kind.PO_NUMBER);
        // the customer's order, not the customer
        assertThat(kind("Customer Order: PO 2307")).isEqualTo(Labels.Kind.PO_NUMBER);
    }

    /**
     * An account's bill names this invoice's total apart from the balance under it; "MwSt." is one
     * word, the German VAT; an ERP's "Sold-to party" is the customer and its "Output tax" the VAT.
     */
    @Test
    void thisInvoicesTotalMwStSoldToPartyAndOutputTax() {
        assertThat(kind("This invoice total")).isEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("Total this invoice")).isEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("MwSt. 23 %")).isEqualTo(Labels.Kind.TAX);
        assertThat(kind("Sold-to party 4049946")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Output tax 23 %")).isEqualTo(Labels.Kind.TAX);
        assertThat(kind("Hired to:")).isEqualTo(Labels.Kind.BILL_TO);
    }

    /**
     * A quotation's or an order's total is its total; a letter's addressee is its customer; "Cust. PO"
     * the order; a fee note's number the invoice's; a job card's "Customer / Site" the customer.
     */
    @Test
    void aDocumentsOwnTotalAndALettersAddressee() {
        assertThat(kind("Quotation total")).isEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("Order total €84.10")).isEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("For the attention of:")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("FAO: The Manager")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Attn: Accounts")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Cust. PO")).isEqualTo(Labels.Kind.PO_NUMBER);
        assertThat(kind("Fee Note No.:")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("CUSTOMER / SITE")).isEqualTo(Labels.Kind.BILL_TO);
    }

    /** "Customer Address" is the customer's label whole: no "Address" left over to be taken for the customer. */
    @Test
    void aCustomersAddressIsOneLabel() {
        for (String label : List.of("Customer Address", "Client Address")) {
            Labels.Match m = Labels.match(segment(label));
            assertThat(m.kind()).isEqualTo(Labels.Kind.BILL_TO);
            assertThat(m.remainder()).as(label).isEmpty();
        }
        assertThat(kind("YOUR ORD: 90902")).isEqualTo(Labels.Kind.PO_NUMBER);
    }

    /** An accounting package's credit note dates itself as its invoices do ("Invoice/Tax Date"). */
    @Test
    void aCreditNotesTaxDateDatesIt() {
        assertThat(kind("Credit Note/Tax Date")).isEqualTo(Labels.Kind.INVOICE_DATE);
        assertThat(kind("Credit Note / Tax Point")).isEqualTo(Labels.Kind.INVOICE_DATE);
        assertThat(kind("Invoice/Tax Date")).isEqualTo(Labels.Kind.INVOICE_DATE);
    }

    @Test
    void aSpeckReadAsAMarkBeforeALabelLeavesTheLabel() {
        assertThat(kind("_Date")).isEqualTo(Labels.Kind.INVOICE_DATE);
        assertThat(kind("~Total")).isEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("Invoice No:_")).isEqualTo(Labels.Kind.INVOICE_ID);
    }

    @Test
    void whereAServiceWasDoneIsADeliveryAddressNotTheCustomer() {
        assertThat(kind("Site address")).isEqualTo(Labels.Kind.SHIP_TO);
        assertThat(kind("Installation address")).isEqualTo(Labels.Kind.SHIP_TO);
        assertThat(kind("Invoice to")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Licensee")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("Payment required by")).isEqualTo(Labels.Kind.DUE_DATE);
    }

    @Test
    void aDocumentsNumberSignAndAQuotationsReferenceNameTheNumber() {
        assertThat(kind("Document n° : FV26-70680")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Quote Ref: Q-0757")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Quotation No Q-0757")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Reference CLS-28052")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Your ref HH-31")).isEqualTo(Labels.Kind.PO_NUMBER);
    }

    @Test
    void theDayADirectDebitTakesTheMoneyIsTheDueDate() {
        assertThat(kind("Direct debit on")).isEqualTo(Labels.Kind.DUE_DATE);
        assertThat(kind("Collection date")).isEqualTo(Labels.Kind.DUE_DATE);
        // the words alone say how, not when
        assertThat(kind("Direct debit")).isNotEqualTo(Labels.Kind.DUE_DATE);
    }

    @Test
    void labelsAreKnownThroughTheLettersOcrConfuses() {
        assertThat(kind("Invoice No 21008")).isEqualTo(Labels.Kind.INVOICE_ID);
        // I read as l, O as 0; "nv" run into "w"; "rn" into "m"
        assertThat(kind("lnv N0. 21008")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Iwoice No 21008")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Invoice Nurnber 21008")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Iwoice Date 16/11/2026")).isEqualTo(Labels.Kind.INVOICE_DATE);
        // a colon read as a question mark or a semicolon
        assertThat(kind("DATE? 07/07/2026")).isEqualTo(Labels.Kind.INVOICE_DATE);
        assertThat(kind("Invoice No; 21008")).isEqualTo(Labels.Kind.INVOICE_ID);
        // a credit note's number, its label short
        assertThat(kind("Credit #: CR0713")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Credit Number CR0713")).isEqualTo(Labels.Kind.INVOICE_ID);
        // a word that only looks like a label is none
        assertThat(kind("Inwards goods")).isNull();
    }

    @Test
    void wordsOcrRanTogetherAreKnownByTheirCapitals() {
        assertThat(kind("Credit NoteNo. CQC-26-0688")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("InvoiceDate 24-Nov-26")).isEqualTo(Labels.Kind.INVOICE_DATE);
        assertThat(kind("McDonald")).isNull();
    }

    /**
     * A label's other language either side of a slash, the slash its own word or closing one
     * ("DELIVER TO/ INVOICE TO"); and words that name no figure of this invoice (a helpline, an
     * account's past) are no customer and no amount due.
     */
    @Test
    void labelsInTwoLanguagesAndLabelsOfNoFigureAreKnown() {
        assertThat(kind("Uimhir Sonraisc / Invoice No.")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Dáta dlite / Due date")).isEqualTo(Labels.Kind.DUE_DATE);
        assertThat(kind("Le híoc / Amount due €")).isEqualTo(Labels.Kind.AMOUNT_DUE);
        assertThat(kind("DELIVER TO/ INVOICE TO")).isIn(Labels.Kind.BILL_TO, Labels.Kind.SHIP_TO);
        assertThat(kind("Customer care 1850 923 446")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("Balance brought forward")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("Total amount due")).isEqualTo(Labels.Kind.AMOUNT_DUE);
        assertThat(kind("Total charges excl. VAT")).isEqualTo(Labels.Kind.SUBTOTAL);
        // a scan's speck read as a comma after the label
        assertThat(kind("Invoice date,")).isEqualTo(Labels.Kind.INVOICE_DATE);
        // a word that is a label only standing alone ("Data") before the words of its own language: the other language's
        assertThat(kind("Data wystawienia / Issue date:")).isEqualTo(Labels.Kind.INVOICE_DATE);
        assertThat(kind("Data di scadenza / Due date")).isEqualTo(Labels.Kind.DUE_DATE);
        assertThat(kind("Data consegna")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("Nabywca / Buyer")).isEqualTo(Labels.Kind.BILL_TO);
        // a credit note's amount handed back, in English after the supplier's own language
        assertThat(kind("K vrácení / Amount to refund")).isEqualTo(Labels.Kind.AMOUNT_DUE);
    }

    /** A Danish supplier's labels (Norwegian and Swedish ones are close kin). */
    @Test
    void danishLabels() {
        assertThat(kind("Fakturanr.")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Fakturadato")).isEqualTo(Labels.Kind.INVOICE_DATE);
        assertThat(kind("Forfaldsdato")).isEqualTo(Labels.Kind.DUE_DATE);
        assertThat(kind("Deres ordrenr.")).isEqualTo(Labels.Kind.PO_NUMBER);
        assertThat(kind("Moms 0 %")).isEqualTo(Labels.Kind.TAX);
        assertThat(kind("I alt EUR")).isEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("CVR/Moms-nr.:")).isEqualTo(Labels.Kind.VAT_NUMBER);
        assertThat(kind("Kundenr.")).isEqualTo(Labels.Kind.OTHER);
    }

    /** VAT spelt in initials, a total that says VAT is in it, and the VAT inside a total. */
    @Test
    void vatInInitialsAndTheVatInsideATotalAreKnown() {
        assertThat(kind("V.A.T. €96.80")).isEqualTo(Labels.Kind.TAX);
        assertThat(kind("TOTAL (VAT incl.) 126.45")).isEqualTo(Labels.Kind.TOTAL);
        assertThat(kind("of which VAT 23 % 18.40")).isEqualTo(Labels.Kind.TAX);
        // two initials stay two, as "P.O." always was
        assertThat(kind("P.O. Number 4471")).isEqualTo(Labels.Kind.PO_NUMBER);
    }

    /** Dutch, German and Portuguese wordings of a credit note's number, the net, the VAT numbers and the customer's. */
    @Test
    void dutchGermanAndPortugueseLabels() {
        assertThat(kind("Creditnotanummer")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Gutschriftsnummer")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("N.º")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Summe netto")).isEqualTo(Labels.Kind.SUBTOTAL);
        assertThat(kind("Unsere UID-Nr.")).isEqualTo(Labels.Kind.VAT_NUMBER);
        // the customer's: its number and its VAT number are no party's name nor the supplier's number
        assertThat(kind("Ihre UID-Nr.")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("Cliente n.º")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("Leveradres / facturatieadres")).isEqualTo(Labels.Kind.BILL_TO);
        assertThat(kind("V/ Ref.ª encomenda")).isEqualTo(Labels.Kind.PO_NUMBER);
        assertThat(kind("Terms / Due")).isEqualTo(Labels.Kind.DUE_DATE);
        // "N.º" alone heads the invoice's number; with a word after it, that word's number
        assertThat(kind("N.º Contribuinte: 501234567")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("N.º Encomenda 4471")).isEqualTo(Labels.Kind.PO_NUMBER);
    }

    /** A hyphen between two words, printed or read for a space, parts them: "INVOICE-DATE" is "Invoice date". */
    @Test
    void aHyphenBetweenWordsPartsThem() {
        assertThat(kind("INVOICE-DATE")).isEqualTo(Labels.Kind.INVOICE_DATE);
        assertThat(kind("Delivery-Address")).isEqualTo(Labels.Kind.SHIP_TO);
    }

    /** An Italian grid's bare titles over their values: "Numero", "Data", "Vs. ordine". */
    @Test
    void anItalianGridsBareTitles() {
        assertThat(kind("Numero")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Data")).isEqualTo(Labels.Kind.INVOICE_DATE);
        assertThat(kind("Vs. ordine")).isEqualTo(Labels.Kind.PO_NUMBER);
        assertThat(kind("Numero 2026/0412")).isEqualTo(Labels.Kind.INVOICE_ID);
        // with words of another's after them, they name that: a customer's number, a due date
        assertThat(kind("Numero cliente: 12345")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("Data consegna 05/11/2026")).isEqualTo(Labels.Kind.OTHER);
        assertThat(kind("Data di scadenza: 30/06/2026")).isEqualTo(Labels.Kind.DUE_DATE);
    }
}
