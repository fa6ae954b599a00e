package io.barback.textract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** VAT numbers found in printed text and checked by their countries' published rules (worked by hand below). */
class VatNumbersTest {

    @Test
    void irishNumbersOfBothFormsPassRevenuesCheckAndAMisreadDigitFails() {
        // 1·8 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 = 112; 112 mod 23 = 20 → T
        assertThat(VatNumbers.in("VAT No: IE 1234567T")).singleElement()
                .satisfies(v -> {
                    assertThat(v.number()).isEqualTo("IE1234567T");
                    assertThat(v.checked()).isTrue();
                });
        // with a second letter A (1): 112 + 9 = 121; mod 23 = 6 → F
        assertThat(VatNumbers.in("IE1234567FA").get(0).checked()).isTrue();
        // the old form 8Z49289F is 0492898 + F: 167 mod 23 = 6 → F
        assertThat(VatNumbers.in("VAT Reg 8Z49289F IE8Z49289F").get(0).checked()).isTrue();
        assertThat(VatNumbers.in("IE1234557T").get(0).checked()).isFalse();
    }

    @Test
    void aNumberDoesNotRunIntoTheNextWordsCapital() {
        // IE1234567T checks; IE1234567TC would need a check letter of 112 + 27 = 139 mod 23 = 1 (A), not T
        assertThat(VatNumbers.in("VAT No. IE1234567T Company Reg. No. 330991")).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo("IE1234567T");
            assertThat(v.checked()).isTrue();
        });
    }

    @Test
    void ocrsOneForTheIOfIeIsReadAsIe() {
        assertThat(VatNumbers.in("VAT: 1E1234567T")).extracting(VatNumbers.Found::number).containsExactly("IE1234567T");
    }

    /**
     * An Italian partita IVA passes its check (the odd places' digits and the even places' doubled
     * make a multiple of ten with the last); its "IT" read by OCR as "1T" is Italian only when it does.
     */
    @Test
    void italianNumbersAreCheckedAndOcrsOneForTheIOfItOnlyWhenTheyPass() {
        assertThat(VatNumbers.in("P.IVA IT01234567897").get(0).checked()).isTrue();
        assertThat(VatNumbers.in("P.IVA IT01234567898").get(0).checked()).isFalse();
        assertThat(VatNumbers.in("P.IVA / VAT 1T01234567897 - C.F. 01234567897")).extracting(VatNumbers.Found::number)
                .containsExactly("IT01234567897");
        assertThat(VatNumbers.in("P.IVA / VAT 1T01234567898")).isEmpty();
        // without a VAT label before it, "|T" and figures are no Italian number, check or not
        assertThat(VatNumbers.in("Line | 1T01234567897")).isEmpty();
    }

    /** Northern Ireland's "XI" read "Xl" is XI, not a British number for the digits after it. */
    @Test
    void anLForTheIOfXiIsReadAsXi() {
        assertThat(VatNumbers.in("VAT Reg. No. Xl 980 7806 84")).extracting(VatNumbers.Found::number)
                .containsExactly("XI980780684");
    }

    @Test
    void anIrishCheckLetterReadAsTheDigitItLooksLikeIsTheLetterWhenTheDigitsCallForIt() {
        // 4·8 + 1·7 + 0·6 + 2·5 + 0·4 + 0·3 + 3·2 = 55; 55 mod 23 = 9 → I
        assertThat(VatNumbers.in("VAT No. IE41020031")).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo("IE4102003I");
            assertThat(v.checked()).isTrue();
        });
        // 4102004 calls for 57 mod 23 = 11 → K: a 1 there is no I
        assertThat(VatNumbers.in("VAT No. IE41020041")).extracting(VatNumbers.Found::number).doesNotContain("IE4102004I");
    }

    @Test
    void anIrishCheckLetterOReadAsZeroIsTheLetterWhenTheDigitsCallForIt() {
        // 4·8 + 3·2 = 38; 38 mod 23 = 15 → O
        assertThat(VatNumbers.in("VAT IE40000030")).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo("IE4000003O");
            assertThat(v.checked()).isTrue();
        });
        // 4·8 + 4·2 = 40; 40 mod 23 = 17 → Q, not O: the zero is not the check letter
        assertThat(VatNumbers.in("VAT IE40000040")).extracting(VatNumbers.Found::number).doesNotContain("IE4000004O");
    }

    @Test
    void aMarkOcrReadAsADigitBeforeThePrefixIsPassedOverOnlyForANumberThatChecks() {
        assertThat(VatNumbers.in("VAT 1IE1234567T")).extracting(VatNumbers.Found::number).containsExactly("IE1234567T");
        assertThat(VatNumbers.in("VAT 1IE1234557T")).isEmpty();
    }

    @Test
    void ukAndGermanNumbersAreCheckedOthersOnlyByTheirFormat() {
        // 9·8 + 8·7 + 0·6 + 7·5 + 8·4 + 0·3 + 6·2 + 84 = 291 = 3 · 97
        assertThat(VatNumbers.in("VAT Reg No GB 980 7806 84").get(0)).satisfies(v -> {
            assertThat(v.number()).isEqualTo("GB980780684");
            assertThat(v.checked()).isTrue();
        });
        assertThat(VatNumbers.in("GB980780685").get(0).checked()).isFalse();
        assertThat(VatNumbers.in("USt-IdNr. DE136695976").get(0).checked()).isTrue();
        assertThat(VatNumbers.in("USt-IdNr. DE136695977").get(0).checked()).isFalse();
        assertThat(VatNumbers.in("Momsreg.nr SE556677889901")).extracting(VatNumbers.Found::number)
                .containsExactly("SE556677889901");
        assertThat(VatNumbers.in("BTW NL123456789B01")).extracting(VatNumbers.Found::number)
                .containsExactly("NL123456789B01");
    }

    @Test
    void wordsAndNumbersThatOnlyLookAlikeAreNotVatNumbers() {
        assertThat(VatNumbers.in("DELIVERY 12 CASES")).isEmpty();
        assertThat(VatNumbers.in("Invoice IE-2026-001")).isEmpty();
        assertThat(VatNumbers.in("PRODE123456789")).isEmpty();
        assertThat(VatNumbers.in("GB12345")).isEmpty();
    }

    @Test
    void aNumberAfterAVatLabelWithoutItsPrefixIsTakenWhenItsCountrysCheckHolds() {
        // Irish: 1·8 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 = 112 → T (see above)
        assertThat(VatNumbers.in("VAT Reg: 1234567T · Excise Reg. 0417")).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo("IE1234567T");
            assertThat(v.checked()).isTrue();
        });
        // British: 980 7806 84 checks (see above)
        assertThat(VatNumbers.in("VAT Registration No: 980 7806 84   Terms: 30 days"))
                .extracting(VatNumbers.Found::number).containsExactly("GB980780684");
        // without the prefix nothing but the check says the digits are a VAT number: one that fails is not taken
        assertThat(VatNumbers.in("VAT Reg: 1234557T")).isEmpty();
        assertThat(VatNumbers.in("VAT Registration No: 980 7806 85")).isEmpty();
        // nor digits after "VAT" that are something else, nor digits with no VAT label before them
        assertThat(VatNumbers.in("VAT Invoice No 980780684")).isEmpty();
        assertThat(VatNumbers.in("Order 980780684")).isEmpty();
        // a prefixed number is read once
        assertThat(VatNumbers.in("VAT No: IE 1234567T")).hasSize(1);
    }

    /**
     * Austria's UID (U1234567 and a check: 1 + 4 + 3 + 8 + 5 + 3 + 7 = 31, (10 − (31 + 4) mod 10) mod 10 = 5),
     * Belgium's (97 less the first eight digits mod 97: 1234567 mod 97 = 48, 49), Portugal's NIF (weights
     * 9..2: 156 mod 11 = 2, 11 − 2 = 9) and France's numeric key ((12 + 3 × (123456789 mod 97 = 39)) mod 97
     * = 32): each passes its check, and a digit off fails it.
     */
    @Test
    void austrianBelgianPortugueseAndFrenchNumbersAreChecked() {
        assertThat(VatNumbers.in("UID-Nr. ATU12345675").get(0).checked()).isTrue();
        assertThat(VatNumbers.in("UID-Nr. ATU12345674").get(0).checked()).isFalse();
        assertThat(VatNumbers.in("BTW BE 0123.456.749").get(0).checked()).isTrue();
        assertThat(VatNumbers.in("BTW BE 0123.456.748").get(0).checked()).isFalse();
        assertThat(VatNumbers.in("NIF PT123456789").get(0).checked()).isTrue();
        assertThat(VatNumbers.in("NIF PT123456788").get(0).checked()).isFalse();
        assertThat(VatNumbers.in("TVA FR32123456789").get(0).checked()).isTrue();
        assertThat(VatNumbers.in("TVA FR33123456789").get(0).checked()).isFalse();
    }
}
