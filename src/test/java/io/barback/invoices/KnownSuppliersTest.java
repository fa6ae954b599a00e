package io.barback.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.barback.invoices.KnownSuppliers.Recognition;
import io.barback.invoices.KnownSuppliers.Supplier;
import org.junit.jupiter.api.Test;

class KnownSuppliersTest {

    private static final BigDecimal SURE = new BigDecimal("80");
    private static final List<Supplier> BOOKS = List.of(
            new Supplier("Glenmore Bakeries Ltd", "IE8123456K", true),
            new Supplier("Ó Riada Fresh Foods Ltd", "IE2468135T", true),
            new Supplier("Tonra Kegs & Casks", null, false));

    private static ExtractedInvoice read(String name, float nameConfidence, String vat, float vatConfidence) {
        Map<String, Float> confidence = new LinkedHashMap<>();
        confidence.put("VENDOR_NAME", nameConfidence);
        if (vat != null) {
            confidence.put("VENDOR_VAT_NUMBER", vatConfidence);
        }
        confidence.put("TOTAL", 99f);
        List<ExtractedInvoice.Line> lines = List.of(new ExtractedInvoice.Line(1, "Sourdough loaves", null,
                new BigDecimal("10"), new BigDecimal("4.00"), new BigDecimal("40.00"), 99f));
        return new ExtractedInvoice(name, vat, "GB-7731", LocalDate.of(2026, 11, 2), null, "EUR", false, lines,
                new BigDecimal("40.00"), new BigDecimal("3.60"), new BigDecimal("43.60"), confidence, null);
    }

    /** A scan whose letterhead OCR made an address of: the VAT number, read surely, is a booked supplier's. */
    @Test
    void aSureVatNumberOfABookedSupplierNamesTheSupplierWhateverTheNameWasReadAs() {
        Recognition r = KnownSuppliers.recognise(read("Kilbeggan Rd, Co. Westmeath", 58f, "IE 8123456K", 97f), BOOKS, SURE);

        assertThat(r.doubt()).isNull();
        assertThat(r.vouched()).isTrue();
        assertThat(r.invoice().supplierName()).isEqualTo("Glenmore Bakeries Ltd");
        assertThat(r.invoice().supplierVat()).isEqualTo("IE 8123456K");
        assertThat(r.invoice().confidence().get("VENDOR_NAME")).isEqualTo(100f);
        assertThat(InvoiceChecks.problems(r.invoice(), SURE)).isEmpty();
        assertThat(r.invoice().gross()).isEqualByComparingTo("43.60");
    }

    /** The same VAT number beside another firm's name, read surely: which one it is is a person's call. */
    @Test
    void aBookedSuppliersVatNumberBesideAnotherNameReadSurelyIsForAPerson() {
        Recognition r = KnownSuppliers.recognise(read("Ashgrove Catering Equipment", 96f, "IE8123456K", 97f), BOOKS, SURE);

        assertThat(r.invoice().supplierName()).isEqualTo("Ashgrove Catering Equipment");
        assertThat(r.doubt()).contains("IE8123456K").contains("Glenmore Bakeries Ltd").contains("Ashgrove Catering Equipment");
    }

    /**
     * OCR's confidence in a VAT number is low on a photo, but one that is a booked supplier's to
     * the letter (its check letter agreeing) is theirs; one read unsurely that is nobody's is no
     * evidence against a name.
     */
    @Test
    void aVatNumberReadUnsurelyThatIsABookedSuppliersNamesThem() {
        Recognition r = KnownSuppliers.recognise(read("Kilbeggan Rd, Co. Westmeath", 58f, "IE8123456K", 40f), BOOKS, SURE);
        assertThat(r.doubt()).isNull();
        assertThat(r.vouched()).isTrue();
        assertThat(r.invoice().supplierName()).isEqualTo("Glenmore Bakeries Ltd");

        Recognition other = KnownSuppliers.recognise(read("Kilbeggan Rd, Co. Westmeath", 58f, "IE8123457K", 40f), BOOKS, SURE);
        assertThat(other.vouched()).isFalse();
        assertThat(other.invoice().supplierName()).isEqualTo("Kilbeggan Rd, Co. Westmeath");
        assertThat(other.invoice().confidence().get("VENDOR_NAME")).isEqualTo(58f);
    }

    /** Legal form, accents, case and punctuation aside, the name is the booked supplier's: booked under the books' name. */
    @Test
    void aNameReadAsABookedSuppliersIsBookedUnderTheNameInTheBooks() {
        Recognition r = KnownSuppliers.recognise(read("O RIADA FRESH FOODS LIMITED", 76f, null, 0f), BOOKS, SURE);

        assertThat(r.doubt()).isNull();
        assertThat(r.invoice().supplierName()).isEqualTo("Ó Riada Fresh Foods Ltd");
        assertThat(r.invoice().supplierVat()).as("the books' VAT number where the page gave none").isEqualTo("IE2468135T");
        assertThat(InvoiceChecks.problems(r.invoice(), SURE)).isEmpty();
    }

    /** A misread VAT number on a recognised name gives way to the books' one; a sure one of the page's own is kept. */
    @Test
    void theBooksVatNumberReplacesOneReadUnsurely() {
        assertThat(KnownSuppliers.recognise(read("Glenmore Bakeries", 90f, "IE8123458K", 30f), BOOKS, SURE)
                .invoice().supplierVat()).isEqualTo("IE8123456K");
    }

    /** The same name with another VAT number, both read surely, is another firm: nothing is renamed. */
    @Test
    void theSameNameWithAnotherVatNumberIsAnotherFirm() {
        Recognition r = KnownSuppliers.recognise(read("Glenmore Bakeries", 70f, "IE9988776W", 95f), BOOKS, SURE);

        assertThat(r.doubt()).isNull();
        assertThat(r.invoice().supplierName()).isEqualTo("Glenmore Bakeries");
        assertThat(r.invoice().confidence().get("VENDOR_NAME")).isEqualTo(70f);
    }

    /** One letter off a known supplier, read however surely: a misreading or a new firm, and a person says which. */
    @Test
    void aNameALetterOffAKnownSuppliersIsAskedAbout() {
        Recognition r = KnownSuppliers.recognise(read("Glenmore Bakerles Ltd", 95f, null, 0f), BOOKS, SURE);

        assertThat(r.invoice().supplierName()).isEqualTo("Glenmore Bakerles Ltd");
        assertThat(r.doubt()).contains("Glenmore Bakerles Ltd").contains("close to Glenmore Bakeries Ltd");
    }

    /** A name from the catalog's supplier codes confirms the name read, but does not rename it. */
    @Test
    void aCatalogSuppliersNameConfirmsWithoutRenaming() {
        Recognition r = KnownSuppliers.recognise(read("TONRA KEGS AND CASKS", 72f, null, 0f), BOOKS, SURE);
        assertThat(r.doubt()).isNull();
        assertThat(r.invoice().supplierName()).isEqualTo("TONRA KEGS AND CASKS");
        assertThat(r.invoice().confidence().get("VENDOR_NAME")).isEqualTo(100f);
    }

    /** A name read surely as the books have it needs no vouching: the number is not held to the books' shapes. */
    @Test
    void aNameReadAsTheBooksHaveItIsNotVouchedFor() {
        Recognition r = KnownSuppliers.recognise(read("Glenmore Bakeries Ltd", 97f, "IE8123456K", 97f), BOOKS, SURE);
        assertThat(r.doubt()).isNull();
        assertThat(r.vouched()).isFalse();
        assertThat(r.invoice().supplierName()).isEqualTo("Glenmore Bakeries Ltd");
    }

    /** Letters for letters, digits for digits: a number shaped like none of the supplier's booked ones is asked about. */
    @Test
    void aNumberShapedLikeNoneOfTheSuppliersOthersIsAskedAbout() {
        List<KnownSuppliers.Booked> booked = List.of(invoice("GB-7702"), invoice("GB-7731"), invoice("CR-118"));
        assertThat(KnownSuppliers.unlikeItsNumbers("GB-7750", false, "Glenmore Bakeries Ltd", booked)).isNull();
        assertThat(KnownSuppliers.unlikeItsNumbers("CR-121", false, "Glenmore Bakeries Ltd", booked)).isNull();
        assertThat(KnownSuppliers.unlikeItsNumbers("GBs-7750", false, "Glenmore Bakeries Ltd", booked))
                .contains("GBs-7750").contains("Glenmore Bakeries Ltd").contains("GB-7702");
        assertThat(KnownSuppliers.unlikeItsNumbers("GB-775O", false, "Glenmore Bakeries Ltd", booked)).isNotNull();
        assertThat(KnownSuppliers.unlikeItsNumbers("GB-775", false, "Glenmore Bakeries Ltd", List.of())).isNull();
        assertThat(KnownSuppliers.unlikeItsNumbers(null, false, "Glenmore Bakeries Ltd", booked)).isNull();
    }

    /**
     * A supplier's credit notes have a series of their own: an invoice is held to the shape of its
     * invoices, never to a credit note booked first, and a credit note to its credit notes.
     */
    @Test
    void creditNotesAndInvoicesAreEachHeldToTheirOwnSeries() {
        List<KnownSuppliers.Booked> onlyACredit = List.of(new KnownSuppliers.Booked("SCN-01216", true));
        assertThat(KnownSuppliers.unlikeItsNumbers("SI-004443", false, "Glenmore Bakeries Ltd", onlyACredit)).isNull();
        List<KnownSuppliers.Booked> both = List.of(new KnownSuppliers.Booked("SCN-01216", true), invoice("SI-004443"));
        assertThat(KnownSuppliers.unlikeItsNumbers("SCN-01247", true, "Glenmore Bakeries Ltd", both)).isNull();
        assertThat(KnownSuppliers.unlikeItsNumbers("SI-004490", false, "Glenmore Bakeries Ltd", both)).isNull();
        assertThat(KnownSuppliers.unlikeItsNumbers("$1-004490", false, "Glenmore Bakeries Ltd", both))
                .isEqualTo("the invoice number read, $1-004490, is shaped like none of those booked from"
                        + " Glenmore Bakeries Ltd (SI-004443)");
        assertThat(KnownSuppliers.unlikeItsNumbers("SCN-0125", true, "Glenmore Bakeries Ltd", both))
                .startsWith("the credit note number read, SCN-0125,");
    }

    private static KnownSuppliers.Booked invoice(String number) {
        return new KnownSuppliers.Booked(number, false);
    }

    /** A supplier nobody knows, and short names that differ by a letter, are left as read. */
    @Test
    void aNewSupplierIsLeftAsRead() {
        Recognition r = KnownSuppliers.recognise(read("Brosna Valley Dairies", 88f, "IE1357924B", 96f), BOOKS, SURE);
        assertThat(r.doubt()).isNull();
        assertThat(r.invoice().supplierName()).isEqualTo("Brosna Valley Dairies");
        assertThat(r.invoice().confidence().get("VENDOR_NAME")).isEqualTo(88f);

        List<Supplier> shortNames = List.of(new Supplier("Bar Co", null, true));
        assertThat(KnownSuppliers.recognise(read("Bag Co", 90f, null, 0f), shortNames, SURE).doubt()).isNull();
        assertThat(KnownSuppliers.nearly("mallow meats", "mallow malts")).isFalse();
        assertThat(KnownSuppliers.nearly("glenmore bakeries", "glenmore bakerles")).isTrue();
    }

    @Test
    void vatNumbersAreComparedWithoutSpacesOrTheirCountry() {
        assertThat(KnownSuppliers.vatKey("IE 8123456 K")).isEqualTo("8123456K");
        assertThat(KnownSuppliers.vatKey("XI123456789")).isEqualTo(KnownSuppliers.vatKey("GB 123 4567 89"));
        assertThat(KnownSuppliers.vatKey("8123456K")).isEqualTo("8123456K");
        assertThat(KnownSuppliers.vatKey("IE12")).isNull();
        assertThat(KnownSuppliers.vatKey(null)).isNull();
    }
}
