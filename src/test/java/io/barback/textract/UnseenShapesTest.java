package io.barback.textract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.barback.documents.PrintedValues;
import io.barback.textract.ExpenseModel.ExpenseDocument;
import io.barback.textract.ExpenseModel.ExpenseField;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of invoice the reader was not written for, drawn here with figures worked by hand: a
 * supplier with neither a legal form nor a trade word, a brand on the letterhead and the legal
 * name in the imprint, VAT at three rates, a French invoice in European number format, a
 * description wrapped onto a second line, a VAT receipt numbered as a receipt, an address in
 * small print beside a large name, an address sharing its line with the phone, and a remittance
 * slip addressed to the supplier.
 */
class UnseenShapesTest {

    private static OfflineTextract reader;

    @BeforeAll
    static void start() {
        reader = new OfflineTextract(1);
    }

    @AfterAll
    static void stop() {
        reader.close();
    }

    @Test
    void aSupplierWithNoLegalFormAndNoTradeWordIsReadAndTrusted() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "Harrington & Kelly");
        p.text(10, 50, 770, "14 Quay Street");
        p.text(10, 50, 757, "Galway H91 X2Y3");
        p.invoiceHeader("HK-4471", "04/12/2026");
        p.table(List.<String[]>of(new String[] {"Oak barrel planter", "2", "45.00", "90.00"}));
        p.totals("90.00", "VAT 23%", "20.70", "110.70");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Harrington & Kelly");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).as("confidence").isGreaterThanOrEqualTo(80f);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("HK-4471");
    }

    @Test
    void anUnlabelledAddressBlockBesideTheLetterheadIsTheCustomerAndTheLetterheadIsNot() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Brennan Drinks Ltd");
        p.text(10, 50, 774, "Unit 5 Ballymount Road");
        p.text(10, 50, 761, "Dublin 12 D12 K2X4");
        p.text(10, 50, 748, "Tel 01 456 7890");
        // the window-envelope block: no "Bill to" over it
        p.text(11, 350, 760, "The Harbour Bar");
        p.text(11, 350, 746, "12 Strand Road");
        p.text(11, 350, 732, "Bundoran");
        p.text(11, 350, 718, "Co. Donegal F94 X2C3");
        numberAndDate(p, "BD-2210", "02/12/2026");
        p.table(List.<String[]>of(new String[] {"Cola 24 x 330ml", "2", "18.00", "36.00"}));
        p.totals("36.00", "VAT 23%", "8.28", "44.28");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("The Harbour Bar");
        assertThat(fields.get("RECEIVER_NAME").valueDetection().confidence()).as("a guess from the layout")
                .isLessThan(90f);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Brennan Drinks Ltd");
        assertThat(value(fields, "VENDOR_ADDRESS")).doesNotContain("Harbour", "Strand");
    }

    @Test
    void aLetterheadWithNoAddressTakesItFromTheImprintNotFromTheFormBesideIt() throws IOException {
        Page p = new Page();
        p.text(24, 50, 790, "Lumenbright");
        p.text(9, 50, 776, "energy for business");
        p.invoiceHeader("60210457", "04/04/2026");
        // the bill's particulars, labels and values in two columns: no address, though they have figures
        p.text(9, 330, 730, "Account number");
        p.text(9, 420, 730, "55 21 908 114");
        p.text(9, 330, 717, "Billing period");
        p.text(9, 420, 717, "3 Mar 2026 - 2 Apr 2026");
        p.text(9, 330, 704, "Days in period");
        p.text(9, 420, 704, "31");
        p.text(9, 330, 691, "Tariff");
        p.text(9, 420, 691, "Business 24hr");
        p.table(List.<String[]>of(new String[] {"Day units", "1,200", "0.2500", "300.00"}));
        p.totals("300.00", "VAT 9%", "27.00", "327.00");
        p.text(8, 50, 120, "Lumenbright Energy DAC, 7 Canal Quay, Dublin 4, D04 X2Y6. VAT No. IE6388047V. Registered in Ireland No. 612345");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_ADDRESS")).isEqualTo("7 Canal Quay, Dublin 4, D04 X2Y6");
    }

    @Test
    void aCentredLetterheadsPostcodeBesideItsPhoneIsPartOfTheAddress() throws IOException {
        Page p = new Page();
        p.centre(20, 297, 800, "STACKWELL");
        p.centre(12, 297, 784, "CASH & CARRY");
        p.centre(9, 297, 770, "Harbour Road, Dungloe");
        // the row is centred, its postcode and phone set apart
        p.text(9, 222, 758, "F94 T2K8");
        p.text(9, 300, 758, "Tel 074 952 1100");
        numberAndDate(p, "0411-2207", "13/03/2026");
        p.table(List.<String[]>of(new String[] {"Still water 24x500ml", "1", "6.99", "6.99"}));
        p.totals("6.99", "VAT 23%", "1.61", "8.60");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_ADDRESS").replaceAll("\\s+", " ")).isEqualTo("Harbour Road, Dungloe F94 T2K8");
    }

    /** A one-word logo, and under it the rest of the name before a tagline set off by a long dash. */
    @Test
    void aLogoOverTheRestOfItsNameAndATaglineAfterALongDash() throws IOException {
        Page p = new Page();
        p.text(24, 80, 790, "Pleatwell");
        p.text(9, 80, 772, "LAUNDRY SERVICES LTD \u2014 hire \u00b7 laundry \u00b7 workwear");
        p.right(9, 545, 790, "9 Mill Road, Athlone N37 X2Y4");
        p.invoiceHeader("PW-1102", "05/03/2026");
        p.table(List.<String[]>of(new String[] {"Napkins, white (doz)", "12", "1.10", "13.20"}));
        p.totals("13.20", "VAT 23%", "3.04", "16.24");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Pleatwell LAUNDRY SERVICES LTD");
    }

    /**
     * A one-word logo over the rest of its name and a tagline with a year in it, the legal form closing
     * the name part ("Supplies Ltd – CO2 & mixed gas"); or over words the page prints with the logo's
     * as one name elsewhere ("payable to Hartwell Family Butchers"). Words under a logo that the page
     * never prints with it are no part of the name.
     */
    @Test
    void aLogosNameCarriedOnPastATaglineWithFiguresOrConfirmedElsewhere() throws IOException {
        Page gas = new Page();
        gas.text(24, 80, 790, "TAPGAS");
        gas.text(9, 80, 772, "Supplies Ltd – CO2 & mixed gas for beer dispense");
        gas.right(9, 545, 790, "9 Hebron Road, Kilkenny R95 X2Y4");
        gas.invoiceHeader("TG-077164", "15/01/2027");
        gas.table(List.<String[]>of(new String[] {"CO2 refill 6.35 kg", "3", "38.00", "114.00"}));
        gas.totals("114.00", "VAT 13.5%", "15.39", "129.39");
        assertThat(value(fields(gas), "VENDOR_NAME")).isEqualTo("TAPGAS Supplies Ltd");

        for (boolean confirmed : new boolean[] {true, false}) {
            Page butcher = new Page();
            butcher.text(24, 80, 790, "HARTWELL");
            butcher.text(9, 80, 772, "FAMILY BUTCHERS · CRAFT & WHOLESALE · EST. 1962");
            butcher.right(9, 545, 790, "18 Bank Place, Mallow P51 X2Y4");
            butcher.invoiceHeader("20442", "02/02/2027");
            butcher.table(List.<String[]>of(new String[] {"Lamb shanks", "8", "6.10", "48.80"}));
            butcher.totals("48.80", "VAT 0%", "0.00", "48.80");
            butcher.text(8, 50, 400, confirmed ? "Please make cheques payable to Hartwell Family Butchers."
                    : "Please make cheques payable to the firm.");
            assertThat(value(fields(butcher), "VENDOR_NAME")).as("confirmed: %s", confirmed)
                    .isEqualTo(confirmed ? "Hartwell Family Butchers" : "HARTWELL");
        }
    }

    /**
     * A letterhead on the page's right, set flush right, its logo on the row of the customer's
     * "Invoice to:" far to its left: the logo is no value of that label, and the line under it,
     * printed with it elsewhere on the page, carries its name on.
     */
    @Test
    void aLetterheadOnTheRightBesideTheCustomersLabel() throws IOException {
        Page p = new Page();
        p.text(10, 50, 790, "Invoice to:");
        p.right(22, 500, 790, "BRIGHTMOOR");
        p.right(11, 500, 772, "Signs & Print");
        p.text(10, 50, 776, "The Old Forge Bar");
        p.text(10, 50, 762, "4 Station Road, Portarlington");
        p.right(9, 545, 750, "27 Pearse Road, Sligo F91 T434");
        p.text(14, 50, 720, "INVOICE");
        p.text(10, 50, 704, "Invoice No: BM-1204");
        p.text(10, 250, 704, "Date: 16/01/2027");
        p.table(List.<String[]>of(new String[] {"Fascia sign, aluminium", "1", "850.00", "850.00"}));
        p.totals("850.00", "VAT 23%", "195.50", "1,045.50");
        p.text(8, 50, 400, "Brightmoor Signs & Print · fascia · vinyl · large format print");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Brightmoor Signs & Print");
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("The Old Forge Bar");
    }

    /**
     * A letterhead of two words over a line that says the name again with its legal form, then the
     * address: nothing carries the letterhead's name on (the name is not said twice over).
     */
    @Test
    void aLineThatSaysTheNameAgainCarriesNothingOn() throws IOException {
        Page p = new Page();
        p.text(22, 80, 790, "REELWAY BOOKINGS");
        p.text(9, 80, 772, "Reelway Bookings Ltd \u00b7 Studio 5, 41 Quay Street, Cork T12 D951");
        p.invoiceHeader("RB-2211", "05/03/2026");
        p.table(List.<String[]>of(new String[] {"Trad session, Friday night", "1", "450.00", "450.00"}));
        p.totals("450.00", "VAT 23%", "103.50", "553.50");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Reelway Bookings");
    }

    /** A one-word logo over the rest of the name in capitals, then a tagline in small letters. */
    @Test
    void aLogoOverTheRestOfItsNameBeforeATaglineInSmallLetters() throws IOException {
        Page p = new Page();
        p.text(24, 80, 790, "MOTHGARD");
        p.text(9, 80, 772, "Pest Solutions \u00b7 commercial pest control & hygiene");
        p.right(9, 545, 790, "22 Abbey Court, Ennis V95 R2X1");
        p.invoiceHeader("MG-26-1063", "28/01/2026");
        p.table(List.<String[]>of(new String[] {"Quarterly contract visit", "1", "185.00", "185.00"}));
        p.totals("185.00", "VAT 23%", "42.55", "227.55");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("MOTHGARD Pest Solutions");
    }

    /**
     * The letterhead's "PRINTERS LIMITED" under its logo, and the imprint's "Printers Ltd": the
     * imprint's spelling. A list of services under a logo ("Service · Repair · Installation") is no
     * part of the name.
     */
    @Test
    void aNameWhoseLegalFormTheImprintWritesShortAndAListOfServicesIsNoName() throws IOException {
        Page p = new Page();
        p.text(24, 80, 790, "Inkhorn");
        p.text(9, 80, 772, "PRINTERS LIMITED \u2014 menus \u00b7 beer mats \u00b7 signage");
        p.invoiceHeader("IH5659", "19/04/2026");
        p.table(List.<String[]>of(new String[] {"Beer mats 95mm round", "1,000", "0.109", "109.00"}));
        p.totals("109.00", "VAT 23%", "25.07", "134.07");
        p.text(8, 150, 100, "Inkhorn Printers Ltd \u00b7 Registered in Ireland 449102");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Inkhorn Printers Ltd");

        Page list = new Page();
        list.text(24, 80, 790, "FRYWELL");
        list.text(9, 80, 772, "Service \u00b7 Repair \u00b7 Installation \u2014 24/7 breakdown line 021 431 9927");
        list.text(9, 80, 760, "Unit 4 Kinsale Road, Cork T12 F2KN");
        list.invoiceHeader("JC-41305", "02/05/2026");
        list.table(List.<String[]>of(new String[] {"Fryer thermostat", "1", "45.00", "45.00"}));
        list.totals("45.00", "VAT 13.5%", "6.08", "51.08");
        Map<String, ExpenseField> listed = fields(list);
        assertThat(value(listed, "VENDOR_NAME")).isEqualTo("FRYWELL");
        // a breakdown line's phone number and hours are no house number
        assertThat(value(listed, "VENDOR_ADDRESS")).isEqualTo("Unit 4 Kinsale Road, Cork T12 F2KN");

        Page year = new Page();
        year.text(24, 80, 790, "STILLHOUSE");
        year.text(9, 80, 772, "CRAFT DISTILLERY \u00b7 EST . 2 0 1 7");
        year.text(9, 80, 760, "4 Silverbrook Road \u00b7 Nenagh \u00b7 E45 K2F5");
        year.invoiceHeader("SD-2026-0151", "08/12/2026");
        year.table(List.<String[]>of(new String[] {"Single pot still 70cl", "6", "38.00", "228.00"}));
        year.totals("228.00", "VAT 23%", "52.44", "280.44");
        // a year set letter-spaced is history, no address line
        assertThat(value(fields(year), "VENDOR_ADDRESS")).isEqualTo("4 Silverbrook Road Nenagh E45 K2F5");
    }

    /** A job card's box of headings beside the customer's label is no customer. */
    @Test
    void anotherBoxsHeadingsBesideTheCustomersLabelAreNoCustomer() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Grillmend Engineers Ltd");
        p.text(9, 50, 776, "Unit 4 Kinsale Road, Cork T12 F2KN");
        numberAndDate(p, "JC-41305", "02/05/2026");
        p.text(9, 50, 650, "CUSTOMER / SITE");
        p.text(9, 250, 650, "EQUIPMENT / FAULT / WORK");
        p.text(9, 50, 638, "Dowdall's Bar");
        p.text(9, 250, 638, "Equipment:");
        p.text(9, 310, 638, "Twin-tank fryer");
        p.text(9, 50, 626, "29 Main Street, Abbeyleix");
        p.table(List.<String[]>of(new String[] {"Fryer thermostat", "1", "45.00", "45.00"}));
        p.totals("45.00", "VAT 13.5%", "6.08", "51.08");
        assertThat(value(fields(p), "RECEIVER_NAME")).isEqualTo("Dowdall's Bar");
    }

    /**
     * A van-sales till roll: each line stacked over rows of its own, the name with its code first,
     * the count times the price, then the amount with its VAT code ("28.80 A"); or the count, price
     * and amount on one row under the name. Read up from the net total, over a printed ruling and
     * the count of items.
     */
    @Test
    void aTillRollsStackedLinesAreRead() throws IOException {
        for (boolean oneRow : new boolean[] {false, true}) {
            Page p = new Page();
            p.text(10, 40, 800, "FURZEHILL SNACKS LTD");
            p.text(9, 40, 788, "Unit 2, Dundalk Road, Ardee A92 X4T1");
            p.text(9, 40, 776, "VAT No: IE6433192T");
            p.text(10, 40, 756, "VAN SALES INVOICE");
            p.text(9, 40, 744, "Inv No: VS-204-0117");
            p.text(9, 40, 732, "Date: 04/07/26");
            p.text(9, 40, 716, "--------------------------------------------");
            String[][] lines = {{"SC204 Sea Salt Crisps 24x32g", "2 x 14.40", "28.80", "A"},
                    {"BS701 Cream Crackers 12x200g", "4 x 15.60", "62.40", "Z"},
                    {"NT410 Dry Roasted Peanuts 24x50g", "1 x 16.80", "16.80", "A"}};
            float y = 702;
            for (String[] line : lines) {
                p.text(9, 40, y, line[0]);
                y -= 12;
                if (oneRow) {
                    p.text(9, 40, y, line[1]);
                    p.right(9, 170, y, line[2]);
                    p.text(9, 180, y, line[3]);
                } else {
                    p.text(9, 40, y, line[1]);
                    y -= 12;
                    p.right(9, 170, y, line[2]);
                    p.text(9, 180, y, line[3]);
                }
                y -= 12;
            }
            p.text(9, 40, y, "--------------------------------------------");
            p.text(9, 40, y - 12, "Items: 3  Units: 7");
            p.text(9, 40, y - 24, "NET");
            p.right(9, 170, y - 24, "108.00");
            p.text(9, 40, y - 36, "VAT");
            p.right(9, 170, y - 36, "10.49");
            p.text(9, 40, y - 48, "TOTAL EUR");
            p.right(9, 170, y - 48, "118.49");
            List<Map<String, String>> items = items(read(p));
            assertThat(items).as("one row: %s", oneRow).extracting(i -> i.get("ITEM"))
                    .containsExactly("Sea Salt Crisps 24x32g", "Cream Crackers 12x200g", "Dry Roasted Peanuts 24x50g");
            assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("SC204", "BS701", "NT410");
            assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("2", "4", "1");
            assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("28.80", "62.40", "16.80");
        }
    }

    /**
     * A sole trader's letter, not registered for VAT: no VAT figure printed, the sentence saying so
     * gives 0.00, and the paragraphs over the total, each closing with its amount, are the lines.
     */
    @Test
    void aTraderNotRegisteredForVatChargesNoneAndItsParagraphsMakeTheTotal() throws IOException {
        Page p = new Page();
        p.text(16, 200, 800, "CATHAL MORRISSEY");
        p.text(9, 180, 786, "Plumbing & Heating · 4 Abbey Lane, Cashel E25 K2P7");
        p.text(10, 60, 740, "The Proprietor");
        p.text(10, 430, 740, "20 August 2026");
        p.text(10, 60, 726, "Rafferty's Bar");
        p.text(10, 60, 712, "23 Main Street, Thurles");
        p.text(10, 60, 690, "INVOICE No. 2026/135");
        p.text(10, 60, 668, "For works carried out at the above premises, as follows:");
        p.text(10, 60, 648, "Replace the cellar's hot water cylinder thermostat and");
        p.text(10, 60, 634, "bleed the radiators in the lounge.");
        p.right(10, 540, 634, "€165.00");
        p.text(10, 60, 614, "Materials as per attached list.");
        p.right(10, 540, 614, "€46.40");
        p.text(10, 420, 594, "Total");
        p.right(10, 540, 594, "€211.40");
        p.text(10, 60, 570, "Not registered for VAT.");
        ExpenseDocument doc = read(p);
        assertThat(value(fields(doc), "TAX")).isEqualTo("0.00");
        assertThat(items(doc)).extracting(i -> i.get("PRICE")).containsExactly("€165.00", "€46.40");
        assertThat(ExpenseExtractor.notRegisteredForVat("Not registeredfor VAT.")).as("as OCR runs it together").isTrue();
        assertThat(ExpenseExtractor.notRegisteredForVat("Non-VAT registered trader")).isTrue();
        assertThat(ExpenseExtractor.notRegisteredForVat("VAT registered in Ireland")).isFalse();
        // a sentence to the customer is not the supplier's own word
        assertThat(ExpenseExtractor.notRegisteredForVat("If you are not VAT registered, prices include VAT.")).isFalse();
        assertThat(ExpenseExtractor.notRegisteredForVat("Non-VAT registered customers pay the gross price.")).isFalse();
    }

    /**
     * A weekly grid whose last row totals it ("Week totals", each day's count and the week's amount):
     * the lines' total, not one more line. A line whose amount only happens to equal those above it
     * is still a line when it does not say total.
     */
    @Test
    void aRowThatTotalsTheLinesAboveItIsNoLine() throws IOException {
        for (String last : List.of("Week totals", "Sourdough sliced")) {
            Page p = new Page();
            p.text(18, 50, 790, "Millrace Bakehouse");
            p.text(9, 50, 776, "2 Mill Street, Mallow P51 X2Y7");
            numberAndDate(p, "MB-0912", "09/03/2026");
            p.titles(10, 620, new float[] {50, 250, 290, 330, 400, 450, 510}, "Product", "Mon", "Tue", "Wed", "Week", "Price", "Amount");
            p.rows(600, 16, new String[][] {{"Brown soda bread", "3", "2", "4", "9", "2.95", "26.55"},
                    {"Batch loaf, large", "6", "6", "4", "16", "2.60", "41.60"},
                    {last, "9", "8", "8", "25", "2.73", "68.15"}},
                    left(50), right(262), right(302), right(342), right(420), right(480), right(540));
            boolean total = last.contains("total");
            p.totals(total ? "68.15" : "136.30", "VAT 0%", "0.00", total ? "68.15" : "136.30");
            assertThat(items(read(p))).as(last).hasSize(total ? 2 : 3);
        }
    }

    /** A job sheet's "Work carried out" is its lines' description, the date and technician before it notes. */
    @Test
    void aJobSheetsWorkCarriedOutIsTheDescription() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Gullyway Drain Services Ltd");
        p.text(9, 50, 776, "4 Dock Road, Naas W91 K2T3");
        numberAndDate(p, "GD-2207", "22/10/2026");
        p.titles(10, 620, new float[] {50, 110, 190, 400, 450, 510}, "Date", "Technician", "Work carried out", "Hours",
                "Rate", "Amount");
        p.rows(600, 16, new String[][] {{"20/10/2026", "K. Dunne", "CCTV drain survey and report", "4", "85.00", "340.00"},
                {"21/10/2026", "A. Mac Giolla", "Unblock cellar floor gully", "2.5", "68.00", "170.00"}},
                left(50), left(110), left(190), right(425), right(485), right(540));
        // the materials under it, a table of their own
        p.text(10, 50, 560, "MATERIALS");
        p.titles(10, 544, new float[] {50, 120, 400, 450, 510}, "Code", "Item", "Qty", "Unit price", "Amount");
        p.rows(526, 16, new String[][] {{"PVC-110B", "110mm PVC bend", "4", "7.40", "29.60"}},
                left(50), left(120), right(425), right(485), right(540));
        p.totals("539.60", "VAT 13.5%", "72.85", "612.45");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM"))
                .containsExactly("CCTV drain survey and report", "Unblock cellar floor gully", "110mm PVC bend");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("4", "2.5", "4");
    }

    /** A due date in a letter's sentence ("Kindly settle this account by …") or a direct debit's ("We will collect … on or after …"). */
    @Test
    void aDueDateInALettersOrADirectDebitsSentence() throws IOException {
        String[][] sentences = {{"Kindly settle this account by 25 April 2026 by bank transfer to:", "2026-04-25"},
                {"We will collect €324.10 from your account on or after 17 Oct 2026.", "2026-10-17"}};
        for (String[] sentence : sentences) {
            Page p = new Page();
            p.text(18, 50, 790, "Fernhill Electrical Ltd");
            p.text(9, 50, 776, "22 Mill Street, Ennis V95 T6K3");
            p.invoiceHeader("2026/135", "11/04/2026");
            p.table(List.<String[]>of(new String[] {"Replace RCBO", "1", "165.00", "165.00"}));
            p.totals("165.00", "VAT 13.5%", "22.28", "187.28");
            p.text(9, 50, 420, sentence[0]);
            String due = value(fields(p), "DUE_DATE");
            assertThat(due).as(sentence[0]).isNotNull();
            assertThat(PrintedValues.date(due)).as(sentence[0]).contains(java.time.LocalDate.parse(sentence[1]));
        }
    }

    /** A price's title printed with spaces about its slash ("Price / case") is one title, not a price and a count of cases. */
    @Test
    void aTitleWithSpacesAboutItsSlashIsOneTitle() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Hawksmoor Wine Importers Ltd");
        p.text(9, 50, 776, "Unit 7, Quay Yard, Kinsale P17 H4R9");
        numberAndDate(p, "HWI-2658", "13/05/2026");
        p.titles(10, 620, new float[] {50, 110, 330, 390, 500}, "Code", "Description", "Qty", "Price / case", "Amount");
        p.rows(600, 16, new String[][] {{"FR-RH-112", "Côtes du Rhône Villages 2022", "1 cs", "94.80", "94.80"},
                {"FR-BX-305", "Bordeaux Supérieur 2021", "4 cs", "117.60", "470.40"}},
                left(50), left(110), right(350), right(450), right(540));
        p.totals("565.20", "VAT 23%", "130.00", "695.20");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("1", "4");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("94.80", "117.60");
    }

    /**
     * A bill in two languages: the buyer on the left and the seller on the right under headings in
     * both ("Nabywca / Buyer", "Sprzedawca / Seller"), labels whose first language the reader does
     * not know, and column titles in both over the lines.
     */
    @Test
    void aBillInTwoLanguagesBuyerLeftSellerRight() throws IOException {
        Page p = new Page();
        p.text(16, 50, 790, "Faktura VAT / Invoice");
        p.text(9, 360, 790, "Data wystawienia / Issue date: 14.10.2026");
        p.text(9, 50, 772, "nr / no. FV/2026/10/0207");
        p.text(10, 50, 740, "Nabywca / Buyer");
        p.text(10, 360, 740, "Sprzedawca / Seller");
        p.text(10, 50, 714, "The Wren's Nest");
        p.text(10, 360, 714, "Odra Provisions Ireland Ltd");
        p.text(9, 50, 700, "4 Quay Street, Westport");
        p.text(9, 360, 700, "Unit 3, Ballycoolin Business Park, Dublin 15");
        p.text(9, 360, 686, "NIP / VAT No: IE9825781P");
        p.titles(9, 620, new float[] {50, 80, 290, 350, 410, 480, 530}, "Lp.", "Nazwa towaru / Description", "Kod / Code",
                "Ilosc / Qty", "Cena netto", "Wartosc netto", "VAT");
        p.rows(600, 16, new String[][] {{"1.", "Pickled herring 500g", "SL500", "12", "3,10", "37,20", "0%"},
                {"2.", "Rye bread 800g", "CH800", "20", "2,45", "49,00", "0%"}},
                left(50), left(80), left(290), right(380), right(450), right(510), right(560));
        p.text(9, 360, 540, "Razem / Total     86,20     0,00     86,20");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "INVOICE_RECEIPT_DATE")).isEqualTo("14.10.2026");
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("The Wren's Nest");
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Odra Provisions Ireland Ltd");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).as("confidence").isGreaterThanOrEqualTo(80f);
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Pickled herring 500g", "Rye bread 800g");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("12", "20");
        assertThat(items).extracting(i -> new java.math.BigDecimal(i.get("PRICE").replace(',', '.')))
                .containsExactly(new java.math.BigDecimal("37.20"), new java.math.BigDecimal("49.00"));
    }

    /**
     * A wine merchant's description titled with a note in brackets ("Description (producer,
     * appellation, vintage, size)"), a word of it a column title of its own elsewhere ("vintage"):
     * the note is the description's title, and the lines are read under it.
     */
    @Test
    void aTitlesNoteInBracketsIsPartOfTheTitle() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Tidewater Cellars Ltd");
        p.text(9, 50, 776, "2 Harbour Row, Dungarvan X35 K2T8");
        numberAndDate(p, "TC-4410", "02/12/2026");
        p.titles(8, 620, new float[] {30, 80, 300, 340, 410, 470, 510}, "Code", "Description (producer, appellation, vintage, size)",
                "Bottles", "Price/btl duty paid", "of which excise", "VAT", "Net amount");
        p.rows(600, 16, new String[][] {{"RH-22", "Cotes du Rhone rouge, 2022, 75cl", "6", "12.40", "19.14", "23%", "74.40"},
                {"PR-NV", "Prosecco Extra Dry, NV, 75cl", "12", "11.90", "76.44", "23%", "142.80"}},
                left(30), left(80), right(325), right(390), right(450), right(490), right(550));
        p.totals("217.20", "VAT 23%", "49.96", "267.16");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Cotes du Rhone rouge, 2022, 75cl",
                "Prosecco Extra Dry, NV, 75cl");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("6", "12");
    }

    /**
     * A description whose last word is a year (", 2023,") ending under the quantity's title, the
     * quantity a figure of its own further right: the year stays in the description, and the
     * quantity is the figure read, not one worked out.
     */
    @Test
    void aYearAtTheEndOfADescriptionUnderTheQuantitysTitleIsTheDescriptions() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Tidewater Cellars Ltd");
        p.text(9, 50, 776, "2 Harbour Row, Dungarvan X35 K2T8");
        numberAndDate(p, "TC-4411", "02/12/2026");
        p.titles(9, 620, new float[] {50, 110, 330, 420, 500}, "Code", "Item", "Quantity", "Unit", "Amount");
        p.rows(600, 16, new String[][] {{"RH-23", "Domaine des Treilles, Cotes du Rhone \"Galets\", 2023,", "3", "13.04", "39.12"},
                {"RH-22", "Cotes du Rhone Villages", "2", "14.10", "28.20"}},
                left(50), left(110), right(380), right(460), right(540));
        p.totals("67.32", "VAT 23%", "15.48", "82.80");
        ExpenseDocument doc = read(p);
        assertThat(items(doc)).extracting(i -> i.get("ITEM"))
                .containsExactly("Domaine des Treilles, Cotes du Rhone \"Galets\", 2023,", "Cotes du Rhone Villages");
        assertThat(items(doc)).extracting(i -> i.get("QUANTITY")).containsExactly("3", "2");
        assertThat(doc.lineItemGroups().get(0).lineItems().get(0).lineItemExpenseFields()).filteredOn(f -> f.type().text().equals("QUANTITY"))
                .allMatch(f -> f.valueDetection().confidence() > 80f);
    }

    /**
     * A fee note whose paragraphs wrap mid-sentence: a line begun with a capital in the middle of a
     * sentence ("… for the year ended 30" over "September 2026, …"), and a paragraph whose last line
     * is only the year that ends it ("2026.") beside its amount. Each paragraph is one line, whole.
     */
    @Test
    void aFeeNotesParagraphWrappedBeforeAMonthOrEndingInAYear() throws IOException {
        Page p = new Page();
        p.text(16, 150, 790, "HARRINGTON COADY & LYNCH");
        p.text(9, 150, 776, "9 Castle Street, Roscrea, Co. Tipperary E53 K2R7");
        p.text(14, 250, 740, "FEE NOTE");
        p.text(10, 50, 715, "The Old Mill Inn");
        p.text(10, 380, 715, "Date:");
        p.text(10, 460, 715, "11 September 2026");
        p.text(10, 380, 701, "Our ref:");
        p.text(10, 460, 701, "HCL/FN/0533");
        p.text(10, 50, 665, "To our professional charges in respect of the following services:");
        p.text(10, 50, 640, "Preparation of the financial statements of the company for the year ended 30");
        p.text(10, 50, 627, "June 2026 and filing of the corporation tax return.");
        p.right(10, 545, 627, "2,075.00");
        p.text(10, 50, 605, "Payroll bureau services for the quarter to 31 August");
        p.text(10, 50, 592, "2026.");
        p.right(10, 545, 592, "700.00");
        p.right(10, 460, 560, "Fees");
        p.right(10, 545, 560, "2,775.00");
        p.right(10, 460, 546, "VAT @ 23%");
        p.right(10, 545, 546, "638.25");
        p.right(10, 460, 520, "Total");
        p.right(10, 545, 520, "3,413.25");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("2,075.00", "700.00");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly(
                "Preparation of the financial statements of the company for the year ended 30 June 2026 and filing of the corporation tax return.",
                "Payroll bureau services for the quarter to 31 August 2026.");
    }

    /**
     * A software firm's bill: its wordmark in small letters after its logo's letter ("q  quillet"),
     * its company and VAT number only in the footer, and the customer's own VAT number closing the
     * customer's address. The supplier is the footer's company, its VAT number the footer's.
     */
    @Test
    void aWordmarkInSmallLettersAndTheCustomersVatNumberInItsAddress() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "q");
        p.text(22, 80, 790, "quillet");
        p.text(10, 50, 750, "Invoice number");
        p.text(10, 160, 750, "INV-QL-000917");
        p.text(10, 50, 736, "Date of issue");
        p.text(10, 160, 736, "Nov 2, 2026");
        p.text(10, 50, 700, "Billed to");
        p.text(10, 50, 686, "Harbour Lights Taverns Ltd");
        p.text(10, 50, 672, "The Salty Dog");
        p.text(10, 50, 658, "3 Quay Road");
        p.text(10, 50, 644, "Dungarvan X35 R2T4");
        p.text(10, 50, 630, "VAT IE6433961V");
        p.table(List.of(new String[] {"Quillet POS terminal licence (monthly)", "2", "39.00", "78.00"},
                new String[] {"Card transactions processed", "1000", "0.04", "40.00"}));
        p.totals("118.00", "VAT (23%)", "27.14", "145.14");
        p.text(8, 50, 80, "Quillet Limited \u00b7 Registered in Ireland, company no. 648113 \u00b7 Floor 2, 9 Grand Canal Quay, Dublin 2");
        p.text(8, 50, 68, "VAT No. IE8325431UA \u00b7 Directors: A. Byrne, K. Nolan");
        Map<String, ExpenseField> fields = fields(read(p));
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Quillet Limited");
        assertThat(value(fields, "VENDOR_VAT_NUMBER")).isEqualTo("IE8325431UA");
    }

    /**
     * A Danish distillery's bill: its title "Faktura" at the top right, its name set in capitals on
     * two lines, and its company with its legal form in the footer's first column, its VAT number in
     * the next ("Kragsø Brænderi ApS    CVR/Moms-nr.: DK…"). The customer's "Moms-nr." under its
     * address is the customer's.
     */
    @Test
    void aDanishBillsTitleIsNoNameAndItsFootersColumnsNameTheCompany() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "SKOVLUND");
        p.text(20, 50, 768, "DESTILLERI");
        p.text(20, 450, 790, "Faktura");
        p.text(10, 50, 720, "The Salty Dog");
        p.text(10, 50, 706, "3 Quay Road, Dungarvan X35 R2T4");
        p.text(10, 50, 692, "Irland");
        p.text(10, 50, 664, "Moms-nr.: IE6433961V");
        p.text(10, 360, 720, "Fakturanr.");
        p.right(10, 545, 720, "20771");
        p.text(10, 360, 706, "Fakturadato");
        p.right(10, 545, 706, "10-11-2026");
        p.text(10, 360, 692, "Forfaldsdato");
        p.right(10, 545, 692, "10-12-2026");
        p.titles(10, 620, new float[] {50, 110, 330, 400, 500}, "Varenr.", "Beskrivelse", "Antal", "Stk.pris", "Bel\u00f8b");
        p.rows(600, 16, new String[][] {{"AQ-120", "Ravsnaps 45 %, 70 cl", "12", "26,50", "318,00"},
                {"AQ-101", "Dild Akvavit 42 %, 70 cl", "6", "17,80", "106,80"}},
                left(50), left(110), right(345), right(450), right(540));
        p.text(10, 400, 540, "Subtotal");
        p.right(10, 540, 540, "424,80");
        p.text(10, 400, 526, "Moms 0 %");
        p.right(10, 540, 526, "0,00");
        p.text(10, 400, 512, "I alt EUR");
        p.right(10, 540, 512, "424,80");
        p.text(8, 50, 80, "Skovlund Destilleri ApS");
        p.text(8, 250, 80, "CVR/Moms-nr.: DK94644488");
        p.text(8, 50, 68, "Skovlundvej 4, 8883 Gjern, Danmark");
        Map<String, ExpenseField> fields = fields(read(p));
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Skovlund Destilleri ApS");
        assertThat(value(fields, "VENDOR_VAT_NUMBER")).isEqualTo("DK94644488");
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("20771");
        assertThat(value(fields, "TOTAL")).isEqualTo("424,80");
    }

    /**
     * A fuel merchant's bags and the weight of one bag, the two titles in one segment ("BAGS KG/BAG"):
     * the bags are the quantity the price makes the amount with, the weight per bag the pack's size.
     */
    @Test
    void aWeightPerBagBesideTheBagsIsThePacksSize() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Kilbrack Fuels Ltd");
        p.text(9, 50, 776, "Station Yard, Kilbrack, Co. Clare V15 R6N4");
        numberAndDate(p, "58244", "03/12/2026");
        p.text(10, 50, 620, "CODE   DESCRIPTION");
        p.text(10, 300, 620, "BAGS KG/BAG");
        p.text(10, 400, 620, "PRICE");
        p.text(10, 500, 620, "AMOUNT");
        p.rows(600, 16, new String[][] {{"PC40", "HOUSE COAL 40KG BAG", "12", "40", "27.90", "334.80"},
                {"KIN3", "KINDLING NETS 3KG", "5", "3", "3.20", "16.00"}},
                left(50), left(95), right(320), right(360), right(430), right(540));
        p.totals("350.80", "VAT 13.5%", "47.36", "398.16");
        ExpenseDocument doc = read(p);
        assertThat(items(doc)).extracting(i -> i.get("QUANTITY")).containsExactly("12", "5");
        assertThat(doc.lineItemGroups().get(0).lineItems()).allMatch(li -> li.lineItemExpenseFields().stream()
                .filter(f -> f.type().text().equals("QUANTITY")).allMatch(f -> f.valueDetection().confidence() > 80f));
    }

    /**
     * A butcher's catch weights: the pieces counted and the weight charged, each under a title of
     * its own, and a price per kilo. The weight makes the amount with the price, so it is the
     * quantity; the pieces are a note.
     */
    @Test
    void ofTwoQuantitiesTheOneThePriceMakesTheAmountWithIsCharged() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Hollybank Meats Ltd");
        p.text(9, 50, 776, "3 Fair Green, Kanturk, Co. Cork P51 K2W7");
        numberAndDate(p, "20117", "04/12/2026");
        // the two titles close enough to be read as one column's
        p.titles(10, 620, new float[] {50, 300, 338, 450, 510}, "Description", "Units", "Weight (kg)", "€/kg", "Amount");
        p.rows(600, 16, new String[][] {{"Chicken fillets", "10", "1.718", "10.40", "17.87"},
                {"Lamb shanks", "8", "3.696", "13.20", "48.79"},
                {"Pork belly, boneless", "6", "14.035", "8.60", "120.70"}},
                left(50), right(325), right(410), right(480), right(540));
        p.totals("187.36", "VAT 0%", "0.00", "187.36");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("1.718", "3.696", "14.035");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("17.87", "48.79", "120.70");
    }

    /**
     * A greengrocer's "DELIVERY DOCKET / INVOICE" numbered only by its docket: the docket's number
     * is the invoice's. A page titled a docket alone has no invoice number.
     */
    @Test
    void aDocketThatIsTheInvoiceIsNumberedByItsDocket() throws IOException {
        for (String title : List.of("DELIVERY DOCKET / INVOICE", "DELIVERY DOCKET")) {
            Page p = new Page();
            p.text(16, 50, 790, "Orchardgate Produce");
            p.text(9, 50, 776, "8 Mill Lane, Tullow, Co. Carlow R93 C4F2");
            p.text(14, 330, 790, title);
            p.text(10, 330, 770, "Docket No.");
            p.text(10, 420, 770, "0041205");
            p.text(10, 330, 756, "Date");
            p.text(10, 420, 756, "08/11/26");
            p.text(10, 50, 700, "Deliver to:");
            p.text(10, 50, 686, "The Local");
            p.table(List.<String[]>of(new String[] {"Lemons (box of 80)", "4", "19.50", "78.00"}));
            p.totals("78.00", "VAT 0%", "0.00", "78.00");
            assertThat(value(fields(p), "INVOICE_RECEIPT_ID")).as(title).isEqualTo(title.contains("INVOICE") ? "0041205" : null);
        }
    }

    /** A parts table whose "Qty" and "Price" titles were lost, its amount's kept: the figures that make the amount are its quantity and price. */
    @Test
    void aQuantityAndPriceWhoseTitlesWereLostAreToldByTheAmountTheyMake() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Grillmend Engineers Ltd");
        p.text(9, 50, 776, "Unit 4 Kinsale Road, Cork T12 F2KN");
        numberAndDate(p, "JC-40323", "24/09/2026");
        p.text(10, 50, 620, "Part no.");
        p.text(10, 120, 620, "Description");
        p.text(10, 500, 620, "Amount");
        p.rows(600, 16, new String[][] {{"FN-1120", "Convection fan motor", "1", "158.50", "158.50"},
                {"HX-2231", "Door gasket, combi oven", "nt", "80.50", "80.50"},
                {"CM-9001", "Sundries", "2", "8.00", "16.00"}},
                left(50), left(120), right(350), right(440), right(540));
        // the labour section under it, its titles whole
        p.text(10, 50, 540, "Engineer");
        p.text(10, 200, 540, "Date");
        p.text(10, 320, 540, "Hours");
        p.text(10, 410, 540, "Rate");
        p.text(10, 500, 540, "Amount");
        p.rows(522, 16, new String[][] {{"Aoife Brennock", "18/09/26", "2.5", "68.00", "170.00"}},
                left(50), left(200), right(350), right(440), right(540));
        p.totals("425.00", "VAT 13.5%", "57.38", "482.38");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("158.50", "80.50", "16.00", "170.00");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("158.50", "80.50", "8.00", "68.00");
    }

    /**
     * An accountant's fee note: its number labelled "Fee Note No.", each fee a paragraph that opens
     * with "To …" and has its amount on its last line, an outlay under a heading of its own.
     */
    @Test
    void aFeeNotesParagraphsWithTheirAmountsOnTheirLastLines() throws IOException {
        Page p = new Page();
        p.text(18, 150, 790, "Quilligan Dunphy & Co.");
        p.text(9, 150, 776, "12 Church Street, Tullamore R35 X2C4");
        p.text(14, 250, 740, "FEE NOTE");
        p.text(10, 50, 715, "To:");
        p.text(10, 80, 715, "The Old Mill Inn");
        p.text(10, 380, 715, "Date:");
        p.text(10, 460, 715, "11 September 2026");
        p.text(10, 380, 701, "Fee Note No.:");
        p.text(10, 460, 701, "QD/FN/0419");
        p.text(10, 60, 640, "To professional services rendered in the preparation of the");
        p.text(10, 60, 627, "financial statements for the year ended 31 December 2025.");
        p.right(10, 545, 627, "2,075.00");
        p.text(10, 60, 605, "To payroll bureau services for the quarter, including payslips");
        p.text(10, 60, 592, "for bar and kitchen staff.");
        p.right(10, 545, 592, "700.00");
        p.text(10, 60, 570, "Outlay");
        p.text(10, 60, 557, "Companies Registration Office annual return fee");
        p.right(10, 545, 557, "20.00");
        p.right(10, 460, 530, "Total excluding VAT");
        p.right(10, 545, 530, "2,795.00");
        p.right(10, 460, 516, "VAT @ 23% on fees of \u20ac2,775.00");
        p.right(10, 545, 516, "638.25");
        p.right(10, 460, 502, "Total");
        p.right(10, 545, 502, "\u20ac3,433.25");
        ExpenseDocument doc = read(p);
        assertThat(value(fields(doc), "INVOICE_RECEIPT_ID")).isEqualTo("QD/FN/0419");
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("2,075.00", "700.00", "20.00");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly(
                "To professional services rendered in the preparation of the financial statements for the year ended 31 December 2025.",
                "To payroll bureau services for the quarter, including payslips for bar and kitchen staff.",
                "Companies Registration Office annual return fee");
    }

    /**
     * The period a subscription's line covers, printed alone under it in smaller print, is a note on
     * the line, no part of its description; in the description's own print it is part of it.
     */
    @Test
    void thePeriodUnderASubscriptionsLineIsNoPartOfItsDescription() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Tillbright Systems Ltd");
        p.text(9, 50, 776, "48 Canal Row, Dublin 2 D02 X2Y4");
        p.invoiceHeader("INV-2026-00110", "15/03/2026");
        p.table(List.<String[]>of(new String[] {"Growth plan (monthly)", "1", "89.00", "89.00"},
                new String[] {"Handheld device licence", "3", "9.50", "28.50"},
                new String[] {"Cooler rental", "1", "16.00", "16.00"}));
        p.text(8, 110, 590, "Mar 15, 2026 \u2013 Apr 14, 2026");
        p.text(8, 110, 562, "15 Mar 2026 - 14 Apr 2026");
        // in the description's own print, the period is part of it
        p.text(10, 110, 532, "01-03-2026 to 31-03-2026");
        p.rows(516, 28, new String[][] {{"Till rental", "1", "20.00", "20.00"}}, left(110), right(345), right(450), right(540));
        // words with the dates: no period alone
        p.text(8, 110, 506, "Hire 01/03/2026 - 31/03/2026");
        p.totals("153.50", "VAT 23%", "35.31", "188.81");
        assertThat(items(read(p))).extracting(i -> i.get("ITEM")).containsExactly("Growth plan (monthly)",
                "Handheld device licence", "Cooler rental 01-03-2026 to 31-03-2026", "Till rental Hire 01/03/2026 - 31/03/2026");
    }

    /** A greeting that names the customer ("Thank you for your order, … of Main Street") is no address of the supplier's. */
    @Test
    void aGreetingNamingTheCustomerIsNoAddressOfTheSuppliers() throws IOException {
        Page p = new Page();
        p.text(16, 50, 790, "Fizzgrove Beverages Ltd");
        p.text(9, 50, 776, "Soft drinks & mixers distribution");
        p.text(10, 60, 760, "Thank you for your order, Hanley's of Main Street");
        p.text(10, 50, 700, "BILLED TO");
        p.text(10, 50, 686, "Hanley's of Main Street");
        p.text(10, 50, 673, "44 Main Street, Tullow");
        p.text(10, 350, 700, "Invoice number");
        p.text(10, 450, 700, "FB-261502");
        p.text(10, 350, 686, "Issue date");
        p.text(10, 450, 686, "15/07/2026");
        p.table(List.<String[]>of(new String[] {"Still water 500ml x24", "3", "9.80", "29.40"}));
        p.totals("29.40", "VAT 23%", "6.76", "36.16");
        p.text(8, 50, 120, "Fizzgrove Beverages Ltd \u00b7 Block C, Harbour Park, Carlow R93 X2Y4 \u00b7 VAT IE6388047V");
        assertThat(value(fields(p), "VENDOR_ADDRESS")).isEqualTo("Block C, Harbour Park, Carlow R93 X2Y4");
    }

    /** The VAT's and the total's labels lost to OCR ("VATE", "OTA R"): the figures under the subtotal that it makes are they. */
    @Test
    void theVatAndTotalUnderTheSubtotalWhoseLabelsWereLostAreToldByTheirSum() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Drumlane Brewing Co. Ltd");
        p.text(9, 50, 776, "Unit 6 Ferris Lane, Banbridge BT32 4RN");
        p.invoiceHeader("DBC/26/1032", "04/08/2026");
        p.table(List.<String[]>of(new String[] {"Red Brae Ale 30L keg", "4", "112.00", "448.00"}));
        p.text(10, 400, 500, "Net total");
        p.right(10, 540, 500, "448.00");
        p.text(10, 400, 486, "VATE");
        p.right(10, 540, 486, "103.04");
        p.text(10, 400, 472, "OTA R");
        p.right(10, 540, 472, "551.04");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "TAX")).isEqualTo("103.04");
        assertThat(value(fields, "TOTAL")).isEqualTo("551.04");
    }

    /** A summary of boxes side by side over the lines, each title over its figure set to its right. */
    @Test
    void aSummaryOfBoxesAtTheTopEachFigureRightOfItsTitle() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Mopright Hygiene Supplies Ltd");
        p.text(9, 50, 776, "Unit 9 Ridgeway Park, Portlaoise R32 N2F4");
        p.text(10, 380, 790, "Invoice no.");
        p.text(10, 470, 790, "MH-552526");
        p.text(10, 380, 776, "Date");
        p.text(10, 470, 776, "14/10/2026");
        p.text(9, 50, 740, "NET VALUE EUR");
        p.text(9, 220, 740, "VAT @ 23%");
        p.text(9, 390, 740, "INVOICE TOTAL EUR");
        p.right(10, 195, 726, "82.00");
        p.right(10, 370, 726, "18.86");
        p.right(10, 545, 726, "100.86");
        p.table(List.<String[]>of(new String[] {"Glass polishing cloths", "4", "14.00", "56.00"},
                new String[] {"Thick bleach 12x750ml", "2", "13.00", "26.00"}));
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("82.00");
        assertThat(value(fields, "TAX")).isEqualTo("18.86");
        assertThat(value(fields, "TOTAL")).isEqualTo("100.86");
    }

    /** With its date's line lost, a bill's service period is no date of the bill. */
    @Test
    void aServicePeriodIsNoDateOfTheBill() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Skiphaven Waste Services Ltd");
        p.text(9, 50, 776, "Quarry Road, Macroom P12 X2Y4");
        p.text(10, 350, 740, "Invoice no.");
        p.text(10, 450, 740, "SW-INV-60637");
        p.text(10, 350, 726, "Service period");
        p.text(10, 440, 726, "2026-03-01 to 2026-03-31");
        p.table(List.<String[]>of(new String[] {"General waste 1100L lift", "4", "14.50", "58.00"}));
        p.totals("58.00", "VAT 13.5%", "7.83", "65.83");
        assertThat(fields(p)).doesNotContainKey("INVOICE_RECEIPT_DATE");
    }

    /** A service's line with a paragraph of notes on the work under it, longer than a description wraps. */
    @Test
    void aParagraphOfNotesUnderAServicesLineIsNoPartOfIt() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Vermstop Services");
        p.text(9, 50, 776, "22 Abbey Court, Ennis V95 R2X1");
        numberAndDate(p, "VS-26-1063", "28/01/2026");
        p.text(10, 60, 640, "Services provided");
        p.right(10, 545, 640, "Amount (\u20ac)");
        p.text(10, 60, 620, "Quarterly pest control contract visit \u2013 Q1 2026");
        p.right(10, 545, 620, "185.00");
        p.text(10, 60, 606, "Routine inspection of cellar, kitchen, bar and yard under the service contract.");
        p.text(10, 60, 593, "Ten external bait stations and six internal monitoring points inspected and");
        p.text(10, 60, 580, "serviced; fly killer tubes checked. Light mouse activity noted behind the cooler;");
        p.text(10, 60, 567, "two more stations fitted. Report left with the duty manager.");
        p.right(10, 460, 540, "Net");
        p.right(10, 545, 540, "185.00");
        p.right(10, 460, 526, "VAT 23 %");
        p.right(10, 545, 526, "42.55");
        p.right(10, 460, 512, "Total");
        p.right(10, 545, 512, "\u20ac227.55");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Quarterly pest control contract visit \u2013 Q1 2026");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("185.00");
    }

    /** A logo's monogram printed apart before the name is no part of it; a person's initial is. */
    @Test
    void aMonogramBeforeTheNameIsNoPartOfIt() throws IOException {
        Page p = new Page();
        // the monogram a few spaces before the name, in the text layer's one line
        p.text(12, 80, 790, "T   TUNDRAWAY HYGIENE SUPPLIES LTD");
        p.text(9, 80, 772, "Unit 9 Ridgeway Park, Portlaoise R32 N2F4");
        p.invoiceHeader("SH-2207", "05/03/2026");
        p.table(List.<String[]>of(new String[] {"Glasswash detergent 5L", "2", "18.75", "37.50"}));
        p.totals("37.50", "VAT 23%", "8.63", "46.13");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("TUNDRAWAY HYGIENE SUPPLIES LTD");

        Page person = new Page();
        person.text(16, 80, 790, "M Mangan Electrical Ltd");
        person.text(9, 80, 772, "Unit 2 Quay Road, Wexford Y35 X2C4");
        person.invoiceHeader("ME-0410", "05/03/2026");
        person.table(List.<String[]>of(new String[] {"Call-out", "1", "60.00", "60.00"}));
        person.totals("60.00", "VAT 13.5%", "8.10", "68.10");
        assertThat(value(fields(person), "VENDOR_NAME")).isEqualTo("M Mangan Electrical Ltd");
    }

    @Test
    void twoUnlabelledAddressBlocksAreNoCustomer() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Brennan Drinks Ltd");
        p.text(11, 50, 750, "The Harbour Bar");
        p.text(11, 50, 736, "12 Strand Road");
        p.text(11, 50, 722, "Bundoran F94 X2C3");
        p.text(11, 350, 750, "The Anchor Inn");
        p.text(11, 350, 736, "3 Main Street");
        p.text(11, 350, 722, "Sligo F91 A2B3");
        numberAndDate(p, "BD-2211", "02/12/2026");
        p.table(List.<String[]>of(new String[] {"Cola 24 x 330ml", "2", "18.00", "36.00"}));
        p.totals("36.00", "VAT 23%", "8.28", "44.28");
        assertThat(fields(p)).doesNotContainKey("RECEIVER_NAME");
    }

    @Test
    void aSmallAddressBesideALargeNameIsReadLineByLine() throws IOException {
        Page p = new Page();
        // the name in large print on the left, the address right-aligned beside it in small print:
        // its three lines all lie within the name's height
        p.text(30, 50, 775, "Ashford Ales");
        p.right(8, 545, 792, "Unit 9 Kilcoole Business Park");
        p.right(8, 545, 782, "Kilcoole");
        p.right(8, 545, 772, "Co. Wicklow A63 X2T4");
        p.right(8, 545, 752, "VAT IE 3344556TH");
        numberAndDate(p, "AA-0193", "01/12/2026");
        p.table(List.<String[]>of(new String[] {"Pale ale 30L keg", "2", "140.00", "280.00"}));
        p.totals("280.00", "VAT 23%", "64.40", "344.40");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Ashford Ales");
        // in reading order, not interleaved ("Unit 9 Co. Kilcoole Wicklow ...")
        assertThat(value(fields, "VENDOR_ADDRESS").replaceAll("\\s+", " "))
                .isEqualTo("Unit 9 Kilcoole Business Park Kilcoole Co. Wicklow A63 X2T4");
    }

    @Test
    void anAddressSharingItsLineWithThePhoneIsTheSuppliersAndTheCustomersLinesAreNot() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Clare Coast Provisions");
        p.text(9, 50, 772, "Main Street, Ennistymon, Co. Clare, V95 K3P2 \u00b7 Tel 065 707 1234");
        // the customer's street and town start under its name, not under the label
        p.text(10, 50, 740, "SOLD TO");
        p.text(10, 110, 740, ": THE ROCK BAR");
        p.text(10, 116, 726, "9 STRAND STREET");
        p.text(10, 116, 712, "KILKEE");
        p.text(10, 116, 698, "CO. CLARE V15 D2X8");
        p.text(10, 350, 740, "Hire agreement:");
        p.text(10, 440, 740, "HA-7731");
        numberAndDate(p, "CCP-5520", "03/12/2026");
        p.table(List.<String[]>of(new String[] {"Chest freezer hire, 1 week", "1", "60.00", "60.00"}));
        p.text(10, 380, 500, "Hire charges (net)");
        p.right(10, 540, 500, "60.00");
        p.text(10, 380, 486, "VAT 23%");
        p.right(10, 540, 486, "13.80");
        p.text(10, 380, 472, "Total");
        p.right(10, 540, 472, "73.80");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_ADDRESS")).isEqualTo("Main Street, Ennistymon, Co. Clare, V95 K3P2");
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("THE ROCK BAR");
        assertThat(value(fields, "PO_NUMBER")).isEqualTo("HA-7731");
        assertThat(PrintedValues.amount(value(fields, "SUBTOTAL"))).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("60.00"));
    }

    @Test
    void aRemittanceSlipAddressedToTheSupplierDoesNotMakeItTheCustomer() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Shannon Valley Foods Ltd");
        p.text(10, 50, 774, "Dock Road, Limerick V94 K2P6");
        numberAndDate(p, "SVF-3310", "02/12/2026");
        p.table(List.<String[]>of(new String[] {"Sliced ham 2kg", "3", "14.50", "43.50"}));
        p.totals("43.50", "VAT 0%", "0.00", "43.50");
        // the slip at the foot of the page: the payee first, then the customer
        p.text(10, 50, 150, "REMITTANCE ADVICE - please return with your payment");
        p.text(10, 50, 130, "To: Shannon Valley Foods Ltd");
        p.text(10, 50, 116, "Customer: The Anchor Inn");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Shannon Valley Foods Ltd");
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("The Anchor Inn");
    }

    /**
     * A slip that labels its customer ("Customer: The Anchor Tavern") and prints the supplier's name
     * alone at its right, as whom it goes back to: that is the supplier, sure, not a customer named
     * again.
     */
    @Test
    void aSlipThatLabelsItsCustomerPrintsTheSupplierAlone() throws IOException {
        Page p = new Page();
        p.text(10, 50, 800, "Customer");
        p.text(10, 50, 786, "The Anchor Tavern");
        p.text(10, 50, 773, "Harbour Road, Howth");
        p.right(14, 545, 800, "Gleann Beag Teoranta");
        p.right(9, 545, 786, "Clifden Road, Oughterard H91 X3F6");
        p.right(9, 545, 774, "VAT No: IE4736683V");
        p.text(10, 400, 740, "Invoice Number");
        p.text(10, 480, 740, "GB/26/5772");
        p.text(10, 400, 726, "Date of issue");
        p.text(10, 480, 726, "13/04/2026");
        p.table(List.<String[]>of(new String[] {"Brown soda bread", "13", "3.20", "41.60"}));
        p.totals("41.60", "VAT 0%", "0.00", "41.60");
        p.text(8, 200, 200, "- - please detach and return with your payment - -");
        p.text(10, 50, 180, "REMITTANCE ADVICE");
        p.right(10, 545, 180, "Gleann Beag Teoranta");
        p.text(10, 50, 166, "Customer: The Anchor Tavern");
        p.text(10, 300, 166, "Amount: 41.60");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Gleann Beag Teoranta");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).isGreaterThanOrEqualTo(80f);
    }

    /** The invoice's number and date under the address blocks, and no party label anywhere. */
    /**
     * OCR drops accents ("Echéance", "Net a payer"): the labels are read all the same. And a
     * letterhead name whose end the next line and the imprint (in two pieces, the legal form
     * apart) spell differently ("Freres", "Fréres") is a name read two ways: not trusted.
     */
    @Test
    void labelsWithoutTheirAccentsAreReadAndANameSpeltTwoWaysIsNotTrusted() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "Maison Dubois");
        p.text(10, 50, 766, "Freres");
        p.text(10, 400, 790, "8 place du Marché");
        p.text(10, 400, 777, "69001 Lyon France");
        p.text(10, 330, 720, "N° de facture / Invoice no.");
        p.text(10, 470, 720, "FD-2291");
        p.text(10, 330, 706, "Date / Date");
        p.text(10, 470, 706, "15.12.2026");
        p.text(10, 330, 692, "Echeance / Due date");
        p.text(10, 470, 692, "14.01.2027");
        p.titles(9, 620, new float[] {50, 100, 330, 400, 490}, "Réf.", "Désignation / Description", "Qté", "P.U. HT", "Montant HT");
        p.text(10, 50, 604, "BJL24");
        p.text(10, 100, 604, "Beaujolais Villages 2024");
        p.right(10, 345, 604, "2");
        p.right(10, 440, 604, "48,00 €");
        p.right(10, 540, 604, "96,00 €");
        p.text(10, 330, 560, "Total HT / Net total");
        p.right(10, 540, 560, "96,00 €");
        p.text(10, 330, 546, "TVA / VAT 0%");
        p.right(10, 540, 546, "0,00 €");
        p.text(10, 330, 532, "Total TTC / Total");
        p.right(10, 540, 532, "96,00 €");
        p.text(10, 330, 518, "Net a payer / Amount due");
        p.right(10, 540, 518, "96,00 €");
        p.text(7, 150, 60, "Maison Dubois Fréres");
        p.text(7, 300, 60, "SAS au capital de 10.000 €");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(PrintedValues.date(value(fields, "DUE_DATE")).orElseThrow()).hasToString("2027-01-14");
        assertThat(PrintedValues.amount(value(fields, "AMOUNT_DUE")).orElseThrow()).isEqualByComparingTo("96.00");
        assertThat(value(fields, "VENDOR_NAME")).startsWith("Maison Dubois Fr");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).as("read two ways").isLessThan(80f);
    }

    /** A letterhead name set wide, its words apart like a logo's: the whole name, not its largest word. */
    @Test
    void aNameSetWideIsReadWhole() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "HARBOUR");
        p.text(22, 195, 790, "ALES");
        p.text(10, 50, 770, "Unit 2 Quay Road");
        p.text(10, 50, 757, "Dungarvan X35 K2W1");
        p.text(10, 50, 744, "Tel 058 41 200");
        p.invoiceHeader("HA-0192", "02/12/2026");
        p.table(List.<String[]>of(new String[] {"Pale Ale 30L keg", "2", "95.00", "190.00"}));
        p.totals("190.00", "VAT 23%", "43.70", "233.70");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("HARBOUR ALES");
        assertThat(value(fields, "VENDOR_ADDRESS")).contains("Quay Road");
    }

    /** A name wrapped over two lines, the second its legal form alone: the name is both, never the legal form. */
    @Test
    void aLegalFormWrappedOntoALineOfItsOwnEndsTheNameAbove() throws IOException {
        Page p = new Page();
        p.text(16, 50, 790, "Slaney Valley Wine Merchants");
        p.text(15, 50, 772, "Unlimited Company");
        p.text(10, 50, 750, "The Old Mill, Enniscorthy");
        p.text(10, 50, 737, "Co. Wexford Y21 K2X8");
        p.invoiceHeader("SV-3310", "01/12/2026");
        p.table(List.<String[]>of(new String[] {"Rioja Crianza 6 x 75cl", "2", "54.00", "108.00"}));
        p.totals("108.00", "VAT 23%", "24.84", "132.84");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Slaney Valley Wine Merchants Unlimited Company");
    }

    /**
     * A name wrapped in a narrow band down the page's side, the title beside its first line: the
     * short line closed by the legal form carries on the line over it, printed the same size.
     */
    @Test
    void aNameWrappedInASideBandIsBothItsLines() throws IOException {
        Page p = new Page();
        p.text(13, 20, 800, "Ardcarne Laundry");
        p.text(13, 20, 784, "Services Ltd");
        p.text(9, 20, 762, "Boyle Road");
        p.text(9, 20, 751, "Carrick-on-Shannon N41 K2X8");
        p.text(20, 170, 798, "Invoice");
        p.text(10, 400, 770, "Invoice No:");
        p.text(10, 480, 770, "ACL-2291");
        p.text(10, 400, 756, "Date:");
        p.text(10, 480, 756, "02/12/2026");
        p.text(10, 170, 700, "Bill To:");
        p.text(10, 170, 686, "The Local");
        p.table(List.<String[]>of(new String[] {"Bar towels laundered x 50", "4", "9.00", "36.00"}));
        p.totals("36.00", "VAT 13.5%", "4.86", "40.86");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Ardcarne Laundry Services Ltd");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).as("confidence").isGreaterThanOrEqualTo(80f);
    }

    /** A comma or a full stop after the invoice number (a speck, a phrase's end) is no part of it. */
    @Test
    void aMarkAfterTheInvoiceNumberIsNoPartOfIt() throws IOException {
        for (String printed : List.of("CCS-INV-55045,", "CCS-INV-55045.")) {
            Page p = new Page();
            p.text(20, 50, 790, "Corravilla Catering Supplies Ltd");
            p.text(10, 50, 774, "Unit 2, Dock Road, Galway H91 K2X8");
            p.invoiceHeader(printed, "02/12/2026");
            p.table(List.<String[]>of(new String[] {"Blue roll x 6", "2", "12.00", "24.00"}));
            p.totals("24.00", "VAT 23%", "5.52", "29.52");
            assertThat(value(fields(p), "INVOICE_RECEIPT_ID")).as(printed).isEqualTo("CCS-INV-55045");
        }
    }

    /**
     * An item whose name says "(net)" as a total's label may ("Kindling (net)", a net bag of it):
     * its count times its price makes its amount, so it is an item, and the table goes on past it.
     */
    @Test
    void anItemNamedLikeATotalIsAnItemWhenItsFiguresPriceOut() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Fairgreen Fuels");
        p.text(10, 50, 774, "Fair Green, Ballinasloe H53 K2X8");
        p.invoiceHeader("3497", "07/07/2026");
        p.table(List.<String[]>of(new String[] {"Butane cylinder 11kg", "3", "41.50", "124.50"},
                new String[] {"Kindling (net)", "12", "3.50", "42.00"}, new String[] {"Coal doubles 40kg", "8", "24.50", "196.00"}));
        p.totals("362.50", "VAT 13.5%", "48.94", "411.44");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Butane cylinder 11kg", "Kindling (net)", "Coal doubles 40kg");
        assertThat(value(fields(p), "SUBTOTAL")).isEqualTo("362.50");
    }

    /**
     * Lines priced with VAT in them, and the VAT analysis under them with one rate's row headed
     * "Net | VAT | Gross", which adds up by itself: the totals are the net amount, the VAT and the
     * total payable, which the lines make, not that rate's row.
     */
    @Test
    void linesPricedWithVatMakeTheTotalPayableNotOneRatesRow() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Moyvalley Ales Co.");
        p.text(10, 50, 774, "Church Street, Birr R42 K2X8");
        p.invoiceHeader("MA-26-118", "05/12/2026");
        p.text(10, 110, 620, "Description");
        p.text(10, 330, 620, "Qty");
        p.text(10, 390, 620, "Price incl. VAT");
        p.text(10, 480, 620, "Total incl. VAT");
        p.rows(600, 20, new String[][] {{"Stout 12 x 500ml", "1", "61.50", "61.50"}, {"Brown bread x 10", "1", "8.00", "8.00"},
                {"Red ale 24 x 330ml", "1", "36.90", "36.90"}}, left(110), right(345), right(450), right(540));
        p.text(10, 300, 520, "Total payable (incl. VAT) EUR");
        p.right(10, 540, 520, "106.40");
        p.text(10, 110, 490, "Rate");
        p.text(10, 200, 490, "Net");
        p.text(10, 300, 490, "VAT");
        p.text(10, 400, 490, "Gross");
        p.rows(476, 14, new String[][] {{"23%", "80.00", "18.40", "98.40"}, {"0%", "8.00", "0.00", "8.00"}},
                left(110), right(230), right(330), right(430));
        p.text(10, 110, 440, "Net amount");
        p.right(10, 230, 440, "88.00");
        p.text(10, 110, 426, "VAT amount");
        p.right(10, 230, 426, "18.40");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("88.00");
        assertThat(value(fields, "TAX")).isEqualTo("18.40");
        assertThat(value(fields, "TOTAL")).isEqualTo("106.40");
    }

    /**
     * "Customer:" with the invoice's own label and number on its row to the right and the
     * customer's name under it: the name is the customer, not the word "Invoice".
     */
    @Test
    void aTitleWordBesideThePartysLabelIsNoName() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Lisnagry Foodservice Ltd");
        p.text(10, 50, 774, "Annacotty Business Park, Limerick V94 X3R1");
        p.text(10, 50, 720, "Customer:");
        p.text(10, 230, 720, "Invoice");
        p.text(10, 320, 720, "LF-40812");
        p.text(10, 230, 706, "Date");
        p.text(10, 320, 706, "11/07/2026");
        p.text(10, 50, 706, "The Tolsel Bar");
        p.text(10, 50, 692, "Market Square, Gort");
        p.table(List.<String[]>of(new String[] {"Rapeseed oil 20L", "2", "41.50", "83.00"}));
        p.totals("83.00", "VAT 0%", "0.00", "83.00");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("The Tolsel Bar");
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("LF-40812");
    }

    /**
     * A pre-printed form filled in by a dot-matrix printer: the number printed in its box under
     * "DOCUMENT No." but to the left of it, a line of the letterhead between them. It is the
     * number; two things printed in that half of the row below are no number of the label's.
     */
    @Test
    void aNumberPrintedAskewInItsBoxIsTheLabelsValue() throws IOException {
        Page p = askewForm("40817", null);
        assertThat(value(fields(p), "INVOICE_RECEIPT_ID")).isEqualTo("40817");
        Page two = askewForm("40817", "ROUTE 7");
        assertThat(value(fields(two), "INVOICE_RECEIPT_ID")).isNull();
    }

    private static Page askewForm(String number, String besideIt) {
        Page p = new Page();
        p.text(16, 50, 790, "CLOONEEN WHOLESALE LTD");
        p.text(10, 50, 772, "The Square, Moylough, H53 R2T8");
        p.text(10, 460, 762, "DOCUMENT No.");
        p.text(10, 50, 758, "VAT REG NO IE6433141T");
        p.text(10, 385, 742, number);
        if (besideIt != null) {
            p.text(10, 310, 742, besideIt);
        }
        p.text(10, 50, 720, "ACCOUNT: THE CORNER HOUSE");
        p.text(10, 330, 720, "DATE : 14/10/26");
        p.table(List.<String[]>of(new String[] {"STOUT 50L KEG", "2", "176.40", "352.80"}));
        p.totals("352.80", "VAT 23%", "81.14", "433.94");
        return p;
    }

    /**
     * A letterhead with the firm's name in Irish over its name in English, each with its legal form:
     * the English name is no line of the address under them.
     */
    @Test
    void aFirmsNameInItsOtherLanguageIsNoLineOfItsAddress() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Seoltóirí Dhoire Bhuí Teo.");
        p.text(10, 50, 774, "Derryvee Dealers Ltd");
        p.text(10, 50, 760, "Bóthar na Trá");
        p.text(10, 50, 748, "An Cheathrú Rua, H91 C4X2");
        p.invoiceHeader("DD-2207", "09/10/2026");
        p.table(List.<String[]>of(new String[] {"Turf briquettes 40", "10", "6.40", "64.00"}));
        p.totals("64.00", "VAT 13.5%", "8.64", "72.64");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Seoltóirí Dhoire Bhuí Teo.");
        assertThat(value(fields, "VENDOR_ADDRESS")).isEqualTo("Bóthar na Trá An Cheathrú Rua, H91 C4X2");
    }

    /**
     * Goods sold by weight: the weight to three places under "Qty", the unit of measure under
     * "Unit", the price of a kilo to three places under "Price/kg". The price is the price of one,
     * the unit no price.
     */
    @Test
    void aPricePerKiloBesideTheUnitOfMeasureIsThePriceOfOne() throws IOException {
        // as printed, and as OCR reads its slash: the letter l
        for (String title : List.of("Price/kg", "Pricelkg")) {
            pricedPerKilo(title);
        }
    }

    private static void pricedPerKilo(String priceTitle) throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Carrowkeel Victuallers");
        p.text(10, 50, 774, "Quay Street, Kinvara H91 X2P4");
        p.invoiceHeader("CV-5512", "14/10/2026");
        p.titles(9, 620, new float[] {50, 300, 350, 410, 470, 520}, "Description", "Qty", "Unit", priceTitle, "VAT", "Amount");
        p.rows(600, 20, new String[][] {{"Hake fillets", "7.420", "kg", "14.950", "0%", "110.93"},
                {"Smoked bacon", "3.105", "kg", "9.800", "0%", "30.43"}, {"Charcoal 10kg", "2.000", "ea", "18.500", "13.5%", "37.00"}},
                left(50), right(335), left(350), right(450), right(500), right(560));
        p.totals("178.36", "VAT", "5.00", "183.36");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Hake fillets", "Smoked bacon", "Charcoal 10kg");
        assertThat(items).extracting(i -> i.get("QUANTITY")).as(priceTitle).containsExactly("7.420", "3.105", "2.000");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).as(priceTitle).containsExactly("14.950", "9.800", "18.500");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("110.93", "30.43", "37.00");
    }

    /**
     * Titles that say VAT is in their figures, each in one piece ("Unit price incl. VAT", "Amount
     * incl. VAT"), and a footer that gives the VAT inside the total ("of which VAT 23 %"): the lines
     * are read, the VAT is the VAT.
     */
    @Test
    void titlesQualifiedByVatAndTheVatInsideTheTotalAreRead() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Ballintra Bar Supplies");
        p.text(10, 50, 774, "Mill Road, Donegal F94 K7T2");
        p.invoiceHeader("BBS/26/0412", "02/11/2026");
        p.titles(9, 620, new float[] {50, 110, 330, 380, 470}, "Item No.", "Description", "Qty", "Unit price incl. VAT", "Amount incl. VAT");
        p.rows(600, 20, new String[][] {{"GL-104", "Tumbler 10oz, 24 pcs", "2", "36.90", "73.80"},
                {"HY-220", "Glass wash 5L", "1", "24.60", "24.60"}}, left(50), left(110), right(345), right(450), right(540));
        p.text(10, 380, 500, "Total incl. VAT");
        p.right(10, 540, 500, "98.40");
        p.text(10, 380, 486, "of which VAT 23 %");
        p.right(10, 540, 486, "18.40");
        p.text(10, 380, 472, "Net amount");
        p.right(10, 540, 472, "80.00");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "TAX")).isEqualTo("18.40");
        assertThat(value(fields, "TOTAL")).isEqualTo("98.40");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Tumbler 10oz, 24 pcs", "Glass wash 5L");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("36.90", "24.60");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("73.80", "24.60");
    }

    /**
     * A brand of one word over the kind of firm it is: the kind is part of the name the firm goes by
     * ("KELLMORE" over "WHOLESALE - TRADE COUNTER"), the slogan after it is not; over a slogan alone,
     * the brand is the name.
     */
    @Test
    void aOneWordBrandOverTheKindOfFirmItIsIsNamedWithIt() throws IOException {
        for (String[] variant : List.of(new String[] {"WHOLESALE - TRADE COUNTER", "KELLMORE WHOLESALE"},
                new String[] {"Cash & Carry | Members only", "KELLMORE Cash & Carry"},
                new String[] {"Serving the west since the fifties", "KELLMORE"})) {
            Page p = new Page();
            p.text(20, 50, 790, "KELLMORE");
            p.text(10, 50, 774, variant[0]);
            p.text(9, 50, 760, "Ballinrobe Road, Castlebar F23 W6K2");
            p.invoiceHeader("KW-88120", "03/12/2026");
            p.table(List.<String[]>of(new String[] {"Bar towels x 50", "2", "18.00", "36.00"}));
            p.totals("36.00", "VAT 23%", "8.28", "44.28");
            assertThat(value(fields(p), "VENDOR_NAME")).as(variant[0]).isEqualTo(variant[1]);
        }
    }

    /** A column the supplier titles in its own word, beside the description, keeps its text out of the description. */
    @Test
    void aColumnOfItsOwnBesideTheDescriptionStaysOutOfIt() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Clearview Glass Ltd");
        p.text(10, 50, 774, "Unit 3 Harbour Road, Cobh, P24 X2R6");
        p.invoiceHeader("CN-1021", "03/12/2026");
        p.titles(10, 620, new float[] {50, 110, 260, 390, 430, 510}, "Code", "Description", "Reason", "Qty", "Unit price", "Amount");
        String[][] rows = {
            {"GL-IB", "Ice Bucket 3L", "Returned - duplicate order", "2", "18.50", "37.00"},
            {"GL-RK", "Rocks Glass 10oz", "Broken on delivery", "1", "41.40", "41.40"},
        };
        p.rows(600, 22, rows, left(50), left(110), left(260), right(405), right(480), right(545));
        p.totals("78.40", "VAT 23%", "18.03", "96.43");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Ice Bucket 3L", "Rocks Glass 10oz");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("37.00", "41.40");
    }

    /**
     * A fish merchant's table: the catch area in a column titled "Origin", the quantity with its
     * unit under "Qty Unit", and the price of one under "€/Unit". The origin is no part of the
     * description, and "€/Unit" is the price column.
     */
    @Test
    void anOriginColumnAndAPricePerUnitWithItsCurrencyAreRead() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Roaringwater Fish Ltd");
        p.text(10, 50, 774, "The Pier, Schull, P81 X2K4");
        p.invoiceHeader("RF-2093", "22/09/2026");
        p.titles(9, 620, new float[] {45, 95, 280, 370, 440, 505}, "Code", "Description", "Origin", "Qty Unit", "€/Unit", "Amount");
        String[][] rows = {
            {"CD02", "Fresh cod loins, skinless", "FAO 27 IIa", "8 kg", "21.89", "175.12"},
            {"CR07", "White crab meat, 500g tub", "Beara", "6 tub", "22.84", "137.04"},
            {"OY12", "Rock oysters, bag of 50", "Galway Bay", "1 bag", "42.06", "42.06"},
        };
        p.rows(600, 20, rows, left(45), left(95), left(280), right(405), right(475), right(545));
        p.totals("354.22", "VAT 0%", "0.00", "354.22");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM"))
                .containsExactly("Fresh cod loins, skinless", "White crab meat, 500g tub", "Rock oysters, bag of 50");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("21.89", "22.84", "42.06");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("8", "6", "1");
    }

    /**
     * A waste collector's table: each line's billing period first, the service it did, the bin it
     * served, then quantity, unit, rate and amount. "Service" names the description; the period
     * and the bin are columns of their own, and the period is no product code.
     */
    @Test
    void aServiceFirmsTableWithItsPeriodAndContainerIsRead() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Ballinacurra Waste Ltd");
        p.text(10, 50, 774, "Industrial Estate, Midleton, P25 X2T4");
        p.invoiceHeader("BW-2026-0476", "30/10/2026");
        p.titles(9, 620, new float[] {40, 125, 270, 340, 375, 430, 470, 510}, "Period", "Service", "Container", "Qty",
                "Unit", "Rate", "VAT %", "Net Amount");
        String[][] rows = {
            {"01/09-30/09/26", "Food waste weight", "240L", "148.9", "kg", "0.1475", "13.5", "21.96"},
            {"01/09-30/09/26", "Residual waste lifts", "1100L", "3.00", "lift", "18.5000", "13.5", "55.50"},
            {"01/09-30/09/26", "Bin rental - monthly", "240L", "3.00", "each", "4.5000", "13.5", "13.50"},
        };
        p.rows(600, 20, rows, left(40), left(125), left(270), right(360), left(375), right(460), right(495), right(555));
        p.totals("90.96", "VAT @ 13.5%", "12.28", "103.24");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM"))
                .containsExactly("Food waste weight", "Residual waste lifts", "Bin rental - monthly");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("21.96", "55.50", "13.50");
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsOnlyNulls();
    }

    /**
     * A brewery whose letterhead is its initials and a slogan, and whose name is printed only in
     * the footer band, with its address, VAT number and an order address at its own domain. The
     * domain spelt like the name confirms it; the same footer with a mail address at a webmail
     * domain leaves it a doubt for a person.
     */
    @Test
    void aFootersNameIsConfirmedByAMailDomainSpeltLikeIt() throws IOException {
        Map<String, ExpenseField> own = fields(footerOnly("orders@glencullenbrewing.ie"));
        assertThat(value(own, "VENDOR_NAME")).isEqualTo("Glencullen Brewing Co. Ltd");
        assertThat(own.get("VENDOR_NAME").valueDetection().confidence()).as("confirmed by its domain")
                .isGreaterThanOrEqualTo(80f);
        Map<String, ExpenseField> webmail = fields(footerOnly("glencullen.orders@gmail.com"));
        assertThat(value(webmail, "VENDOR_NAME")).isEqualTo("Glencullen Brewing Co. Ltd");
        assertThat(webmail.get("VENDOR_NAME").valueDetection().confidence()).as("nothing confirms it").isLessThan(80f);
    }

    private static Page footerOnly(String mail) {
        Page p = new Page();
        p.text(16, 470, 808, "INVOICE");
        p.text(10, 120, 790, "small-batch ales, stouts & lagers");
        p.text(16, 50, 781, "GB");
        p.text(10, 120, 781, "brewed & kegged in the Dublin hills");
        p.text(10, 360, 781, "Invoice No.");
        p.text(10, 450, 781, "INV-20456");
        p.text(10, 360, 767, "Invoice Date");
        p.text(10, 450, 767, "23/09/2026");
        p.text(10, 50, 720, "Invoice To");
        p.text(10, 50, 706, "The Cooper's Rest");
        p.text(10, 50, 692, "14 Parliament Street, Kilkenny");
        p.table(List.<String[]>of(new String[] {"Botanical Gin 70cl", "6", "32.37", "194.22"}));
        p.totals("194.22", "VAT 23%", "44.67", "238.89");
        p.text(11, 170, 80, "Glencullen Brewing Co. Ltd");
        p.text(9, 170, 66, "Unit 4, Ballybrack Road, Glencullen, Co. Dublin, D18 F2K8");
        p.text(9, 170, 54, "VAT No. IE3141592S  |  Tel 01 295 4218  |  " + mail);
        return p;
    }

    /**
     * An entertainment agency's table: "Qty | Description | Fee | Amount". With a line amount beside
     * it and no price column, the fee is the fee for one: two quiz nights at 167.07 make 334.14.
     */
    @Test
    void aFeeBesideTheAmountIsThePriceOfOne() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Claddagh Live Agency");
        p.text(10, 50, 774, "7 Dominick Street, Galway, H91 C2W8");
        p.invoiceHeader("CL/2026/425", "07/11/2026");
        p.titles(10, 620, new float[] {60, 90, 400, 500}, "Qty", "Description", "Fee", "Amount");
        String[][] rows = {
            {"1", "Live trad session, 3-piece", "455.70", "455.70"},
            {"2", "Table quiz host", "167.07", "334.14"},
        };
        p.rows(600, 22, rows, left(60), left(90), right(425), right(545));
        p.totals("789.84", "VAT @ 23%", "181.66", "971.50");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("455.70", "334.14");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("455.70", "167.07");
    }

    /** "Customer Ref:" above "PO Number:": the order's number is the one its label names. */
    @Test
    void thePurchaseOrderIsTheOneItsLabelNamesNotTheCustomersReference() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Rampart Alarms Ltd");
        p.text(10, 50, 774, "Unit 12, Greenogue Close, Rathcoole, D24 Y8P1");
        p.invoiceHeader("10482", "10/10/2026");
        p.text(10, 400, 742, "Customer Ref:");
        p.text(10, 480, 742, "CUS-3307");
        p.text(10, 400, 728, "PO Number:");
        p.text(10, 480, 728, "4500021");
        p.table(List.<String[]>of(new String[] {"Fire alarm service visit", "1", "173.98", "173.98"}));
        p.totals("173.98", "VAT 13.5%", "23.49", "197.47");
        assertThat(value(fields(p), "PO_NUMBER")).isEqualTo("4500021");
    }

    /**
     * A pest controller counts its visits: "Service | Visits | Rate | Line Total", one of each, so
     * that only the title, not the arithmetic, says which figure is the quantity.
     */
    @Test
    void visitsAreTheQuantityOfAService() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Burren Pest Solutions");
        p.text(10, 50, 774, "Main Street, Kinvara, H91 KX72");
        p.invoiceHeader("BP-1207", "12/01/2026");
        p.titles(10, 620, new float[] {110, 400, 460, 510}, "Service", "Visits", "Rate", "Line Total");
        String[][] rows = {
            {"Quarterly pest prevention contract", "1", "186.00", "186.00"},
            {"Wasp nest treatment", "1", "95.00", "95.00"},
        };
        p.rows(600, 22, rows, left(110), right(425), right(490), right(555));
        p.totals("281.00", "VAT 23%", "64.63", "345.63");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Quarterly pest prevention contract", "Wasp nest treatment");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("1", "1");
    }

    /**
     * A quantity column whose title was lost (OCR drops a letter-spaced "Q T Y"): a number standing
     * left of the price column's title, too far left to be right-aligned under it, is the line's
     * quantity when quantity × unit price is the amount, read (not worked out from the prices); one
     * the prices do not confirm is no quantity.
     */
    @Test
    void aQuantityColumnWithNoTitleIsReadWhenThePricesConfirmIt() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Mourne Snacks");
        p.text(10, 50, 774, "4 Quay Road, Newry BT34 1AA");
        p.invoiceHeader("MS-3310", "03/12/2026");
        p.titles(10, 620, new float[] {110, 430, 510}, "Description", "Price", "Amount");
        String[][] rows = {
            {"Cheese & Onion Crisps 50 x 37g", "7", "27.50", "192.50"},
            {"Sea Salt Crisps 24 x 50g", "2", "23.40", "46.80"},
        };
        p.rows(600, 22, rows, left(110), right(385), right(470), right(545));
        p.totals("239.30", "VAT 0%", "0.00", "239.30");
        ExpenseDocument doc = read(p);
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Cheese & Onion Crisps 50 x 37g", "Sea Salt Crisps 24 x 50g");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("7", "2");
        assertThat(doc.lineItemGroups().get(0).lineItems()).allSatisfy(li -> assertThat(li.lineItemExpenseFields().stream()
                .filter(f -> f.type().text().equals("QUANTITY")).findFirst().orElseThrow().valueDetection().confidence())
                .as("read, not worked out from the prices").isGreaterThan(90f));
    }

    /**
     * A bill whose only number is its bare "Reference": that is the invoice's number; beside an
     * "Invoice No" neither it nor "Our ref" is, the customer's "Your ref" never is, nor a column's
     * "Reference" over the entries under it.
     */
    @Test
    void aBareReferenceIsTheNumberOnlyWhenNothingElseNamesIt() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Corrib Linen Services Ltd");
        p.text(10, 50, 774, "Unit 9, Ballybrit Business Park, Galway H91 P2C4");
        p.text(16, 50, 740, "INVOICE");
        p.text(10, 400, 790, "Reference");
        p.text(10, 480, 790, "CLS-28052");
        p.text(10, 400, 776, "Issued");
        p.text(10, 480, 776, "02/09/2026");
        p.text(10, 400, 762, "Your ref");
        p.text(10, 480, 762, "HH-31");
        p.table(List.<String[]>of(new String[] {"Entrance mat hire", "8", "11.25", "90.00"}));
        p.totals("90.00", "VAT 23%", "20.70", "110.70");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("CLS-28052");
        assertThat(value(fields, "PO_NUMBER")).isEqualTo("HH-31");

        p.text(10, 400, 748, "Invoice No");
        p.text(10, 480, 748, "40021");
        p.text(10, 400, 734, "Our ref");
        p.text(10, 480, 734, "71376");
        assertThat(value(fields(p), "INVOICE_RECEIPT_ID")).isEqualTo("40021");

        // a statement's "Reference" column names the invoices it lists, none of them its own number
        Page statement = new Page();
        statement.text(20, 50, 790, "Corrib Linen Services Ltd");
        statement.text(16, 50, 740, "STATEMENT");
        statement.titles(10, 620, new float[] {50, 150, 250, 500}, "Date", "Reference", "Details", "Debit");
        statement.rows(600, 22, new String[][] {{"19/08/2026", "SW-561194", "Invoice", "184.19"}},
                left(50), left(150), left(250), right(540));
        assertThat(value(fields(statement), "INVOICE_RECEIPT_ID")).isNull();
    }

    /** A logo whose full stops are set apart from their letters ("BREWING CO . LTD"): the name as it is spelt. */
    @Test
    void aLogosFullStopSetApartIsPartOfTheWordBeforeIt() throws IOException {
        Page p = new Page();
        p.text(18, 50, 815, "MOURNE HOLLOW BREWING CO");
        p.right(18, 400, 815, ". LTD");
        p.text(10, 50, 772, "Unit 4, Carrickbawn Business Park, Newry BT34 9QX");
        p.invoiceHeader("MHB-5742", "18/09/2026");
        p.table(List.<String[]>of(new String[] {"Bramble Sour 20L keg", "2", "91.25", "182.50"}));
        p.totals("182.50", "VAT 20%", "36.50", "219.00");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("MOURNE HOLLOW BREWING CO. LTD");
    }

    /**
     * A logo of initials, large at the top left, over a tagline, and the name they stand for heading
     * the address block on the right: the supplier is the name in full, the initials read from the
     * capitals of its words with "&" and the legal form aside. Initials that stand for nothing on the
     * page stay the name read.
     */
    @Test
    void aLogoOfInitialsIsTheNameItStandsFor() throws IOException {
        Page p = new Page();
        p.text(28, 50, 780, "BWR");
        p.text(8, 52, 766, "waste · recycle");
        p.right(11, 545, 810, "Ballyvane Waste & Recycling Ltd");
        p.right(9, 545, 797, "Ballyvane Cross");
        p.right(9, 545, 785, "Gort, Co. Galway");
        p.right(9, 545, 773, "VAT No: IE1234567T");
        p.text(14, 50, 720, "CREDIT NOTE");
        p.text(10, 330, 740, "Credit Note No.");
        p.text(10, 430, 740, "CN-635670");
        p.text(10, 330, 727, "Date");
        p.text(10, 430, 727, "13/01/2026");
        p.text(10, 50, 700, "Customer:");
        p.text(10, 50, 687, "Doyle's of Ballymore");
        p.table(List.<String[]>of(new String[] {"Missed collection 1100L bin", "3", "18.50", "55.50"}));
        p.totals("55.50", "VAT 13.5%", "7.49", "62.99");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Ballyvane Waste & Recycling Ltd");

        Page other = new Page();
        other.text(28, 50, 780, "BWR");
        other.text(9, 380, 788, "Ballyvane Cross, Gort, Co. Galway");
        other.text(9, 380, 776, "VAT No: IE1234567T");
        other.invoiceHeader("CN-635671", "13/01/2026");
        other.table(List.<String[]>of(new String[] {"Missed collection 1100L bin", "3", "18.50", "55.50"}));
        other.totals("55.50", "VAT 13.5%", "7.49", "62.99");
        assertThat(value(fields(other), "VENDOR_NAME")).isEqualTo("BWR");
    }

    /**
     * A cash-and-carry's till invoice: "VAT Inv No:" with its number, the till's stamp first on the
     * line under it ("01/02/26 09:28  Till 6"), and the customer after "Account:". The number, the
     * day and the customer are read; an account's number after "Account:", or "Account summary", is
     * no customer.
     */
    @Test
    void aTillInvoicesNumberStampAndAccountAreRead() throws IOException {
        for (String account : List.of("Account: The Mill Tavern", "Account: 40510", "Account summary")) {
            Page p = new Page();
            p.text(14, 200, 790, "ROSSMORE CASH & CARRY");
            p.text(9, 220, 776, "Portlaoise Road, Abbeyleix");
            p.text(9, 220, 764, "VAT No: IE1234567T");
            p.text(12, 230, 740, "VAT INVOICE");
            p.text(9, 50, 720, "VAT Inv No: 3-004417");
            p.text(9, 50, 708, "01/02/26 09:28");
            p.text(9, 300, 708, "Till 6");
            p.text(9, 50, 696, account);
            p.table(List.<String[]>of(new String[] {"Bleach thick 5L", "6", "4.35", "26.10"}));
            p.totals("26.10", "VAT 23%", "6.00", "32.10");
            Map<String, ExpenseField> fields = fields(p);
            assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("3-004417");
            assertThat(value(fields, "INVOICE_RECEIPT_DATE")).isEqualTo("01/02/26");
            if (account.endsWith("Tavern")) {
                assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("The Mill Tavern");
            } else {
                // an account's number, or a heading that starts with the word, is no customer
                assertThat(value(fields, "RECEIVER_NAME")).isNotIn("40510", "summary");
            }
        }
    }

    /**
     * An accounting package's layout: "TAX INVOICE" and the customer's address at the top left, the
     * supplier's name and address at the top right in smaller print, and under the table "Bank
     * transfer to" the supplier with its IBAN. The one the bank details pay is the supplier, not
     * the name at the top left.
     */
    @Test
    void theFirmABankTransferPaysIsTheSupplier() throws IOException {
        Page p = new Page();
        p.text(9, 50, 790, "TAX INVOICE");
        p.text(11, 50, 760, "The Stag's Head Tavern");
        p.text(11, 50, 746, "Main Street");
        p.text(11, 50, 732, "Abbeyleix, Co. Laois");
        p.text(9, 250, 790, "Invoice Date");
        p.text(9, 250, 778, "23 Jan 2026");
        p.text(9, 250, 760, "Invoice Number");
        p.text(9, 250, 748, "INV-0582");
        p.text(9, 250, 730, "VAT Number");
        p.text(9, 250, 718, "IE1234567T");
        p.right(9, 545, 790, "Rathcoole Bean Roasters");
        p.right(9, 545, 776, "4 Mill Lane");
        p.right(9, 545, 762, "Dublin 24");
        p.right(9, 545, 748, "D24 X2P8");
        p.table(List.<String[]>of(new String[] {"Espresso beans 1kg", "4", "21.00", "84.00"}));
        p.totals("84.00", "VAT 13.5%", "11.34", "95.34");
        p.text(9, 50, 420, "Bank transfer to Rathcoole Bean Roasters IBAN IE64 BOFI 9000 1723 4410 92");
        ExpenseField name = fields(p).get("VENDOR_NAME");
        assertThat(name.valueDetection().text()).isEqualTo("Rathcoole Bean Roasters");
        assertThat(name.valueDetection().confidence()).isGreaterThan(80f);
    }

    /**
     * A bill with no table: each item written out on a line of its own, the count first ("5 ×
     * Smokeless coal 20kg @ €14.80 = €74.00", the "=" sometimes left out). Each is an item; a line
     * whose figures do not make its amount is none.
     */
    @Test
    void itemsWrittenOutCountFirstAreRead() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Ballykeel Fuels");
        p.text(10, 50, 774, "The Yard, Ballykeel, Co. Wexford Y25 X4T2 · VAT Reg. No. IE1234567T");
        p.invoiceHeader("BF/2026/0311", "04/11/2026");
        p.text(10, 60, 620, "5 × Smokeless coal 20kg @ €14.80 = €74.00");
        p.text(10, 60, 604, "2 x Kindling net bag @ €4.20 €8.40");
        p.text(10, 60, 588, "3 × Turf bale @ €6.20 = €99.00");
        p.text(10, 300, 560, "Net");
        p.right(10, 540, 560, "€82.40");
        p.text(10, 300, 546, "VAT @ 13.5%");
        p.right(10, 540, 546, "€11.12");
        p.text(10, 300, 532, "Total due");
        p.right(10, 540, 532, "€93.52");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Smokeless coal 20kg", "Kindling net bag");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("5", "2");
    }

    /**
     * A bill in two sections, goods and services, each under the same column titles with its own
     * subtotal: the lines of both are the bill's, and its net is the total of both.
     */
    @Test
    void aBillInSectionsUnderTheSameTitlesIsReadWhole() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Kilteely Cellar Care");
        p.text(10, 50, 774, "Mill Road, Kilteely V35 K2D8 · VAT No. IE1234567T");
        p.invoiceHeader("KCC/0412", "05/11/2026");
        String[] titles = {"Description", "Qty", "Rate", "Net amount"};
        float[] xs = {50, 330, 400, 480};
        p.text(11, 50, 640, "Goods");
        p.titles(9, 622, xs, titles);
        p.rows(604, 16, new String[][] {{"CO2 cylinder refill", "2", "32.00", "64.00"}, {"Line cleaner 5L", "1", "18.75", "18.75"}},
                left(50), right(345), right(440), right(545));
        p.text(10, 380, 566, "Goods subtotal");
        p.right(10, 545, 566, "82.75");
        p.text(11, 50, 540, "Services");
        p.titles(9, 522, xs, titles);
        p.rows(504, 16, new String[][] {{"Line cleaning, per line", "6", "12.50", "75.00"}, {"Cellar inspection", "1", "60.00", "60.00"}},
                left(50), right(345), right(440), right(545));
        p.text(10, 380, 466, "Services subtotal");
        p.right(10, 545, 466, "135.00");
        p.text(10, 380, 446, "Total net");
        p.right(10, 545, 446, "217.75");
        p.text(10, 380, 432, "VAT");
        p.right(10, 545, 432, "37.26");
        p.text(10, 380, 418, "Total");
        p.right(10, 545, 418, "255.01");
        assertThat(items(read(p))).extracting(i -> i.get("ITEM"))
                .containsExactly("CO2 cylinder refill", "Line cleaner 5L", "Line cleaning, per line", "Cellar inspection");
        assertThat(value(fields(p), "SUBTOTAL")).isEqualTo("217.75");
    }

    /**
     * Quantities printed as cases of so many units ("4 x 24") and a deposit column whose deposits
     * are in the line totals: the quantity is the cases, whether the price is per case or per unit
     * (the figures confirm it either way), and a price is no misread figure for the deposit.
     */
    @Test
    void casesOfUnitsAndADepositInTheLineTotalAreRead() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Rathglas Craft Ales Ltd");
        p.text(10, 50, 774, "Mill Lane, Carrick-on-Shannon N41 F6T3");
        p.invoiceHeader("CCA-26-0917", "03/11/2026");
        p.titles(9, 620, new float[] {50, 280, 360, 430, 500}, "Description", "Qty (cs x units)", "Price", "Deposit", "Line Total");
        p.rows(600, 20, new String[][] {{"Red ale 330ml bottle", "4 x 24", "30.00", "12.00", "132.00"},
                {"Stout 50L keg", "2 x 1", "150.00", "80.00", "380.00"}, {"Tonic 200ml", "6 x 12", "1.50", "0.00", "108.00"}},
                left(50), right(320), right(400), right(465), right(545));
        p.totals("620.00", "VAT", "112.70", "732.70");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("4", "2", "6");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("30.00", "150.00", "1.50");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("132.00", "380.00", "108.00");

        // the cases and the units in two columns side by side, the price per unit to three places
        Page two = new Page();
        two.text(18, 50, 790, "Rathglas Cash & Carry");
        two.text(10, 50, 774, "Dublin Road, Carrick-on-Shannon N41 F6T3");
        two.invoiceHeader("0724112", "03/11/2026");
        two.titles(9, 620, new float[] {50, 270, 320, 380, 500}, "Description", "Case Qty", "Units", "Price per unit", "Amount");
        two.rows(600, 20, new String[][] {{"Milk 1L", "2", "12", "1.090", "26.16"}, {"Cola 330ml can", "1", "24", "0.610", "14.64"}},
                left(50), right(300), right(345), right(440), right(545));
        two.totals("40.80", "VAT", "3.37", "44.17");
        List<Map<String, String>> units = items(read(two));
        assertThat(units).extracting(i -> i.get("QUANTITY")).containsExactly("2", "1");
        assertThat(units).extracting(i -> i.get("UNIT_PRICE")).containsExactly("1.090", "0.610");

        // a hire firm's items by the day: "Qty | Hire days | Rate/day", the amount quantity × days × rate
        Page hire = new Page();
        hire.text(18, 50, 790, "Rathglas Event Hire");
        hire.text(10, 50, 774, "Station Road, Carrick-on-Shannon N41 F6T3");
        hire.invoiceHeader("CEH-2211", "03/11/2026");
        hire.titles(9, 620, new float[] {50, 295, 320, 400, 500}, "Item", "Qty", "Hire days", "Rate/day", "Amount");
        // ten for three days: thirty is one figure from ten, and no misread one
        hire.rows(600, 20, new String[][] {{"Chafing dish 9L", "4", "3", "6.50", "78.00"}, {"Round table 5ft", "9", "2", "9.00", "162.00"},
                {"Banquet chair", "10", "3", "2.45", "73.50"}},
                left(50), right(310), right(370), right(440), right(545));
        hire.totals("313.50", "VAT 23%", "72.11", "385.61");
        ExpenseDocument hireBill = read(hire);
        List<Map<String, String>> hired = items(hireBill);
        assertThat(hired).extracting(i -> i.get("QUANTITY")).containsExactly("4", "9", "10");
        assertThat(hired).extracting(i -> i.get("UNIT_PRICE")).containsExactly("6.50", "9.00", "2.45");
        assertThat(hireBill.lineItemGroups().get(0).lineItems()).allSatisfy(line -> assertThat(line.lineItemExpenseFields().stream()
                .filter(f -> f.type().text().equals("QUANTITY")).findFirst().orElseThrow().valueDetection().confidence())
                .as("a count and days, not a guess").isGreaterThan(80f));
    }

    /**
     * A window envelope's bill: the customer's block alone at the top, the firm's logo of initials
     * beside it, its name only in the footer with its VAT number. The logo's initials are the first
     * of the footer's name ("TBR" for "Tullagh Bottling & Rewards Wine Shippers"): the footer's name is the
     * supplier, surely; without the logo it stays a doubt.
     */
    @Test
    void aLogoOfInitialsConfirmsTheFootersName() throws IOException {
        // the logo large (the page's most prominent print), small, or not there
        for (int logoSize : List.of(24, 9, 0)) {
            boolean logo = logoSize > 0;
            Page p = new Page();
            if (logo) {
                p.text(logoSize, 470, 790, "TBR");
            }
            p.text(12, 50, 760, "The Weighbridge Bar");
            p.text(10, 50, 746, "Quay Road");
            p.text(10, 50, 732, "Kinsale, Co. Cork");
            p.text(10, 50, 718, "P17 X2F8");
            p.text(10, 330, 746, "Invoice");
            p.text(10, 430, 746, "INV 2026 0311");
            p.text(10, 330, 732, "Date");
            p.text(10, 430, 732, "02/11/2026");
            p.table(List.<String[]>of(new String[] {"Rioja Crianza 75cl", "6", "11.40", "68.40"}));
            p.totals("68.40", "VAT 23%", "15.73", "84.13");
            p.text(11, 150, 80, "Tullagh Bottling & Rewards Wine Shippers");
            p.text(9, 150, 68, "4 Castle Street, Bandon, P72 W2K6");
            p.text(9, 150, 56, "Tel 023 884 1120 · VAT No. IE1234567T");
            ExpenseField name = fields(p).get("VENDOR_NAME");
            if (logo) {
                assertThat(name.valueDetection().text()).as("logo of " + logoSize + " pt").isEqualTo("Tullagh Bottling & Rewards Wine Shippers");
                assertThat(name.valueDetection().confidence()).as("logo of " + logoSize + " pt").isGreaterThan(80f);
            } else {
                // whichever name is taken, it is a doubt for a person
                assertThat(name.valueDetection().confidence()).isLessThan(80f);
            }
        }
    }

    /**
     * Two columns titled as quantities, a pack's count ("Btls/ Case", its title on two lines) and the cases charged ("Cases"):
     * the one that times the price per case makes the amount is the quantity, the other a figure
     * of the pack, whichever comes first.
     */
    @Test
    void ofTwoQuantityColumnsTheOneThePricesConfirmIsTheQuantity() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Mourne Spirits");
        p.text(10, 50, 774, "4 Quay Road, Newry BT34 1AA");
        p.invoiceHeader("MS-3314", "03/12/2026");
        p.titles(10, 620, new float[] {60, 355, 408, 445, 539}, "Description", "Btls/", "Cases", "Price per Case", "Ext.");
        p.text(10, 355, 608, "Case");
        String[][] rows = {
            {"Whiskey Cask Strength 70cl", "6", "3", "264.60", "793.80"},
            {"Ice Bucket", "1", "2", "24.50", "49.00"},
            {"Coffee Liqueur 70cl", "6", "4", "101.40", "405.60"},
        };
        p.rows(590, 22, rows, left(60), left(362), left(423), right(500), right(560));
        p.totals("1248.40", "VAT 23%", "287.13", "1535.53");
        ExpenseDocument doc = read(p);
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("3", "2", "4");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("793.80", "49.00", "405.60");
        assertThat(doc.lineItemGroups().get(0).lineItems()).allSatisfy(li -> assertThat(li.lineItemExpenseFields().stream()
                .filter(f -> f.type().text().equals("QUANTITY")).findFirst().orElseThrow().valueDetection().confidence())
                .as("read, not worked out from the prices").isGreaterThan(90f));
    }

    /**
     * A carriage charge printed in the totals block between the net and the VAT: reported beside the
     * totals as Textract reports a labelled amount it cannot name (OTHER), and the net, carriage and
     * VAT making the total, the totals are read with the confidence of figures that agree.
     */
    @Test
    void aChargeInTheTotalsBlockIsReportedAndMakesTheTotalsAgree() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Mourne Snacks");
        p.text(10, 50, 774, "4 Quay Road, Newry BT34 1AA");
        p.invoiceHeader("MS-3313", "03/12/2026");
        p.table(List.<String[]>of(new String[] {"Sea Salt Crisps 24 x 50g", "2", "23.40", "46.80"},
                new String[] {"Dry Roasted Peanuts 24 x 50g", "1", "21.20", "21.20"}));
        p.text(10, 400, 500, "Net");
        p.right(10, 540, 500, "68.00");
        p.text(10, 400, 486, "Carriage");
        p.right(10, 540, 486, "9.50");
        p.text(10, 400, 472, "VAT @ 20%");
        p.right(10, 540, 472, "15.50");
        p.text(10, 400, 458, "Total");
        p.right(10, 540, 458, "93.00");
        p.text(8, 50, 300, "Carriage free on orders over 750.00 net.");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("68.00");
        assertThat(value(fields, "TOTAL")).isEqualTo("93.00");
        assertThat(fields.get("TOTAL").valueDetection().confidence()).as("figures that agree").isGreaterThan(80f);
        assertThat(doc.summaryFields()).filteredOn(f -> f.type().text().equals("OTHER"))
                .extracting(f -> f.labelDetection().text() + " " + f.valueDetection().text()).containsExactly("Carriage 9.50");
    }

    /**
     * A credit note that marks only its total as credited ("163.89 CR") over an unsigned net and VAT:
     * the three still add up, so the totals are read with the confidence of figures that agree.
     */
    @Test
    void aCreditNotesTotalMarkedCrAgreesWithItsUnsignedNetAndVat() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Mourne Snacks");
        p.text(10, 50, 774, "4 Quay Road, Newry BT34 1AA");
        p.text(16, 400, 790, "CREDIT NOTE");
        p.text(10, 400, 770, "Credit Note No:");
        p.text(10, 480, 770, "CN-3312");
        p.text(10, 400, 756, "Date:");
        p.text(10, 480, 756, "03/12/2026");
        p.table(List.<String[]>of(new String[] {"Missed collection", "3", "18.50", "55.50"},
                new String[] {"Duplicate lift", "1", "88.90", "88.90"}));
        p.text(10, 400, 500, "Net credit");
        p.right(10, 540, 500, "144.40");
        p.text(10, 400, 486, "VAT @ 13.5%");
        p.right(10, 540, 486, "19.49");
        p.text(10, 400, 472, "Total credit");
        p.right(10, 540, 472, "163.89 CR");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("144.40");
        assertThat(value(fields, "TAX")).isEqualTo("19.49");
        assertThat(value(fields, "TOTAL")).isEqualTo("163.89 CR");
        assertThat(fields.get("TOTAL").valueDetection().confidence()).as("figures that agree").isGreaterThan(80f);
    }

    /**
     * A quantity the OCR lost from its column (a lone "1" is the mark it drops most): worked out
     * from the prices, a whole number is trusted above a bare guess, as the amounts bear it out
     * (the review passes it only when the lines add up to a total that adds up), though less than a
     * quantity read; a half unit worked out is a guess.
     */
    @Test
    void aWholeQuantityLostFromItsCellIsWorkedOutAndTrustedAboveAGuess() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Mourne Snacks");
        p.text(10, 50, 774, "4 Quay Road, Newry BT34 1AA");
        p.invoiceHeader("MS-3311", "03/12/2026");
        p.titles(10, 620, new float[] {110, 385, 470, 545}, "Description", "Qty", "Price", "Amount");
        String[][] rows = {
            {"Cheese & Onion Crisps 50 x 37g", "7", "27.50", "192.50"},
            {"Delivery", "", "15.00", "15.00"},
            {"Sliced Ham 1kg", "", "9.80", "24.50"},
        };
        p.rows(600, 22, rows, left(110), right(385), right(470), right(545));
        p.totals("232.00", "VAT 0%", "0.00", "232.00");
        ExpenseDocument doc = read(p);
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("7", "1", "2.5");
        List<Float> confidence = doc.lineItemGroups().get(0).lineItems().stream().map(li -> li.lineItemExpenseFields()
                .stream().filter(f -> f.type().text().equals("QUANTITY")).findFirst().orElseThrow()
                .valueDetection().confidence()).toList();
        assertThat(confidence.get(0)).as("read").isGreaterThan(90f);
        assertThat(confidence.get(1)).as("a whole quantity worked out: above the guesses' review line of 50, below a reading")
                .isGreaterThan(50f).isLessThan(confidence.get(0));
        assertThat(confidence.get(2)).as("a half unit worked out: a guess").isLessThan(50f);
    }

    /**
     * A bill whose top prints only the customer, large, under "BILLED TO", beside a column of labels
     * with their values (one of them in the supplier's own words, "Service period"), a sentence
     * closed by a colon and a bank's line, and whose supplier is named only in the footer, over the line with its VAT
     * number: the footer's name is the supplier, for sure, as nothing at the top contests it and
     * the customer is labelled; neither the customer nor a label ever is.
     */
    @Test
    void aSupplierNamedOnlyInTheFooterOverItsVatNumberIsRead() throws IOException {
        Page p = new Page();
        p.text(16, 40, 805, "INVOICE");
        p.text(8, 330, 805, "BILLED TO");
        p.text(16, 330, 785, "Mourne View Bar");
        p.text(9, 40, 762, "Invoice no.");
        p.text(9, 125, 762, "SDS/2026/1920");
        p.text(9, 330, 762, "5 Harbour Road");
        p.text(9, 40, 749, "Invoice date");
        p.text(9, 125, 749, "02.11.2026");
        p.text(9, 330, 749, "Kilkeel, Co. Down BT34 4AX");
        p.text(9, 40, 736, "Service period");
        p.text(9, 125, 736, "03.10.2026 - 30.10.2026");
        p.text(9, 40, 723, "Due date");
        p.text(9, 125, 723, "16.11.2026");
        p.table(List.<String[]>of(new String[] {"Head doorman - Saturday late", "6", "21.00", "126.00"}));
        p.totals("126.00", "VAT @ 20%", "25.20", "151.20");
        p.text(9, 300, 520, "Payment by BACS within 14 days:");
        p.text(9, 300, 508, "Lough Bank plc Sort code 95-04-21");
        p.text(11, 230, 48, "Sentinel Door Security Ltd");
        p.text(8, 150, 36, "88 Shore Road, Larne BT40 1AA - 028 2827 7114 - VAT Reg No GB 402 7719 85");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Sentinel Door Security Ltd");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).isGreaterThanOrEqualTo(80f);
        // its address on the line under it, up to its postcode, the phone number after it none of it
        assertThat(value(fields, "VENDOR_ADDRESS")).isEqualTo("88 Shore Road, Larne BT40 1AA");
    }

    /**
     * A letterhead whose name is only in its logo (an image), its text beginning with the street
     * ("Unit 4B, Ardee Business Park"): an address line is no supplier's name, and with no name
     * printed there is none to book.
     */
    @Test
    void anAddressLineHeadingTheLetterheadIsNoSuppliersName() throws IOException {
        Page p = new Page();
        p.text(9, 440, 805, "Unit 4B, Ardee Business Park");
        p.text(9, 440, 794, "Ardee, Co. Louth A92 V6C3");
        p.text(9, 440, 783, "T: 041 685 3302");
        p.text(9, 440, 772, "E: accounts@cleanpour.ie");
        p.invoiceHeader("CP-20541", "03/12/2026");
        p.table(List.<String[]>of(new String[] {"Wash arm bearing kit", "1", "22.40", "22.40"}));
        p.totals("22.40", "VAT 23%", "5.15", "27.55");
        assertThat(value(fields(p), "VENDOR_NAME")).isNull();
    }

    /**
     * A utility-style bill: the supplier's helpline, web and VAT number on one line ("Customer care
     * … · VAT Reg IE…", no customer's), a permit number after the Eircode, an account summary of
     * the balance brought forward and a "Total amount due" with arrears in it, and the bill's own
     * totals at the foot ("Total charges excl. VAT"): each figure is the one its label names.
     */
    @Test
    void aBillsAccountSummaryAndItsOwnTotalsAreToldApart() throws IOException {
        Page p = new Page();
        p.text(18, 80, 805, "Riverside Waste Services Ltd");
        p.text(8, 80, 790, "Station Road, Ballina, Co. Mayo F26 X2K4 · Permit NWCPO-21-00412-02");
        p.text(8, 80, 780, "Customer care 1850 555 123 · billing@riverside.ie · VAT Reg IE6388475T");
        p.text(10, 40, 745, "The Anchor Bar");
        p.text(10, 40, 732, "Quay Street, Westport");
        p.text(9, 330, 750, "YOUR ACCOUNT SUMMARY");
        p.text(8, 330, 738, "Previous bill");
        p.right(8, 545, 738, "198.65");
        p.text(8, 330, 727, "Payment received - thank you");
        p.right(8, 545, 727, "-137.28");
        p.text(8, 330, 716, "Balance brought forward");
        p.right(8, 545, 716, "61.37");
        p.text(10, 330, 700, "Total amount due");
        p.right(10, 545, 700, "€166.36");
        p.text(9, 40, 700, "Invoice No");
        p.text(9, 120, 700, "RW48823805");
        p.text(9, 40, 688, "Bill date");
        p.text(9, 120, 688, "03/11/2026");
        p.table(List.<String[]>of(new String[] {"General waste 1100L - lift", "5", "18.50", "92.50"}));
        p.text(10, 360, 500, "Total charges excl. VAT");
        p.right(10, 540, 500, "92.50");
        p.text(10, 360, 486, "VAT @ 13.5% on €92.50");
        p.right(10, 540, 486, "12.49");
        p.text(10, 360, 472, "Total charges this bill");
        p.right(10, 540, 472, "104.99");
        p.text(9, 40, 120, "Amount €166.36 will be collected on or after 17/11/2026.");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "DUE_DATE")).isEqualTo("17/11/2026.");
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("92.50");
        assertThat(value(fields, "TOTAL")).isEqualTo("104.99");
        assertThat(value(fields, "AMOUNT_DUE")).isEqualTo("€166.36");
        assertThat(value(fields, "VENDOR_VAT_NUMBER")).isEqualTo("IE6388475T");
        assertThat(value(fields, "VENDOR_ADDRESS")).doesNotContain("Permit").contains("F26 X2K4");
    }

    /**
     * A marketplace's invoice: the platform's wordmark is the largest print, the seller is named
     * under "Sold by" with its VAT number in its block (the platform's own VAT number in the footer),
     * the lines give a unit price without VAT and another with it (their titles' second line on the
     * row below) and an item subtotal, and each item's code is on a line of its own under it.
     */
    @Test
    void aMarketplacesSellerItsVatNumberAndItsLinesAreRead() throws IOException {
        Page p = new Page();
        p.text(22, 50, 800, "streamcart");
        p.text(12, 470, 800, "Tax Invoice");
        p.text(9, 40, 765, "Sold by");
        p.text(9, 40, 753, "Harbourline Supplies Ltd");
        p.text(9, 40, 741, "Unit 5 Docklands Business Park, Cork T12 X4Y6");
        p.text(9, 40, 729, "VAT number: IE6388475T");
        p.text(9, 250, 765, "Billing address");
        p.text(9, 250, 753, "The Anchor Bar");
        p.text(9, 40, 700, "Invoice number");
        p.text(9, 150, 700, "HS-2026-1177");
        p.text(9, 40, 688, "Invoice date");
        p.text(9, 150, 688, "08/11/2026");
        p.titles(9, 620, new float[] {40, 290, 330, 400, 450, 510}, "Description", "Qty", "Unit price", "VAT", "Unit price",
                "Item subtotal");
        p.titles(9, 610, new float[] {330, 450, 510}, "(excl. VAT)", "(incl. VAT)", "(excl. VAT)");
        p.rows(590, 28, new String[][] {
            {"Pint glass rack, 49 compartment", "1", "16.75", "23%", "20.60", "16.75"},
            {"Boston cocktail shaker set", "2", "18.40", "23%", "22.63", "36.80"},
        }, left(40), right(300), right(375), right(470), right(495), right(555));
        p.text(8, 40, 578, "SSN: B0KP5120");
        p.text(8, 40, 550, "SSN: B0KP2210");
        p.totals("53.55", "VAT 23%", "12.32", "65.87");
        p.text(7, 40, 60, "Streamcart Marketplace Europe S.a r.l., 12 rue du Fort, L-2714 Luxembourg, VAT LU28840120");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Harbourline Supplies Ltd");
        assertThat(value(fields, "VENDOR_VAT_NUMBER")).isEqualTo("IE6388475T");
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("16.75", "18.40");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("16.75", "36.80");
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("B0KP5120", "B0KP2210");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Pint glass rack, 49 compartment", "Boston cocktail shaker set");
    }

    /**
     * The customer's block labelled at the left ("DELIVER TO / INVOICE TO") on the row of the
     * supplier's address set flush right: the customer is the name under the label, not the
     * supplier's street; and a quantity printed with its unit ("3 case") under "Qty", the unit's
     * own column beside it, is the quantity as printed.
     */
    @Test
    void aCustomersLabelBesideTheLetterheadAndQuantitiesWithTheirUnitsAreRead() throws IOException {
        Page p = new Page();
        p.right(10, 555, 810, "Ballyvourney Fine Foods Ltd");
        p.text(9, 40, 798, "DELIVER TO / INVOICE TO");
        p.right(9, 555, 798, "Unit 12, Coolea Food Park");
        p.right(8, 555, 787, "Macroom, Co. Cork P12 FH20");
        p.text(11, 40, 774, "The Anchor Bar");
        p.right(8, 555, 776, "Tel 026 84 310 accounts@bvfoods.ie");
        p.text(10, 40, 760, "Quay Street");
        p.text(10, 40, 747, "Westport, Co. Mayo F28 K3P9");
        p.text(9, 400, 720, "Invoice No.");
        p.text(9, 480, 720, "BV063844");
        p.text(9, 400, 708, "Date");
        p.text(9, 480, 708, "03/12/2026");
        p.titles(9, 620, new float[] {40, 75, 130, 380, 500}, "Qty", "Unit", "Description", "Unit Price", "Line Total");
        p.rows(600, 22, new String[][] {
            {"3 case", "Hand-cooked crisps, sea salt", "16.80", "50.40"},
            {"2 case", "Brioche burger buns", "21.36", "42.72"},
        }, left(50), left(130), right(420), right(545));
        p.totals("93.12", "VAT 23%", "21.42", "114.54");
        ExpenseDocument doc = read(p);
        assertThat(value(fields(doc), "RECEIVER_NAME")).isEqualTo("The Anchor Bar");
        assertThat(value(fields(doc), "VENDOR_ADDRESS")).startsWith("Unit 12, Coolea Food Park");
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> io.barback.documents.PrintedValues.number(i.get("QUANTITY")).orElseThrow())
                .containsExactly(new java.math.BigDecimal("3"), new java.math.BigDecimal("2"));
        assertThat(doc.lineItemGroups().get(0).lineItems()).allSatisfy(li -> assertThat(li.lineItemExpenseFields().stream()
                .filter(f -> f.type().text().equals("QUANTITY")).findFirst().orElseThrow().valueDetection().confidence())
                .as("read, not worked out from the prices").isGreaterThan(90f));
    }

    /**
     * The customer's name printed largest at the top with the label over it lost (as a scan loses
     * a light "BILLED TO"), and another company named with its VAT number in the footer: the name
     * at the top, which nothing confirms, is never taken for sure; the footer's company is the
     * supplier, as a doubt for a person.
     */
    @Test
    void anUnconfirmedNameAtTheTopGivesWayToTheFootersCompanyWithItsVatNumber() throws IOException {
        Page p = new Page();
        p.text(16, 40, 805, "INVOICE");
        p.text(16, 330, 785, "The Drovers Rest");
        p.text(9, 330, 770, "22 Market Street, Enniskillen BT74 7DS");
        p.invoiceHeader("SDS/2026/1113", "05/10/2026");
        p.table(List.<String[]>of(new String[] {"Door supervisor - Friday late", "6", "17.50", "105.00"}));
        p.totals("105.00", "VAT @ 20%", "21.00", "126.00");
        p.text(11, 230, 48, "Sentinel Door Security Ltd");
        p.text(8, 150, 36, "88 Shore Road, Larne BT40 1AA - VAT Reg No GB 402 7719 85");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Sentinel Door Security Ltd");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).as("a doubt for a person").isLessThan(80f);
    }

    /**
     * A quotation's title set letter-spaced as OCR reads it ("Q U OTATI O N") is no name; a label
     * whose slash closes its first word ("DELIVER TO/ INVOICE TO") and "Prepared for" name the customer.
     */
    @Test
    void aLetterSpacedTitleIsNoNameAndSlashedOrQuotationsLabelsNameTheCustomer() throws IOException {
        Page p = new Page();
        p.text(20, 40, 800, "Q U OTATI O N");
        p.text(12, 330, 800, "PestAway Environmental Ltd");
        p.text(9, 330, 787, "Unit 15, Castlebar Enterprise Centre, Co. Mayo F23 W9N4");
        p.text(9, 40, 760, "DELIVER TO/ INVOICE TO");
        p.text(10, 40, 747, "Tigh Ui Bhriain");
        p.text(9, 40, 735, "An Spideal, Co. na Gaillimhe H91 R2C8");
        p.invoiceHeader("Q-2026-924", "03/12/2026");
        p.table(List.<String[]>of(new String[] {"Rodent bait stations, supply and fit", "6", "18.50", "111.00"}));
        p.totals("111.00", "VAT 23%", "25.53", "136.53");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("PestAway Environmental Ltd");
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("Tigh Ui Bhriain");

        Page q = new Page();
        q.text(16, 40, 800, "Harbour Pest Control Ltd");
        q.text(9, 40, 787, "Quay Road, Cobh, Co. Cork P24 X2Y3");
        q.text(9, 40, 760, "Prepared for");
        q.text(10, 40, 747, "The Anchor Bar");
        q.invoiceHeader("Q-2026-925", "03/12/2026");
        q.table(List.<String[]>of(new String[] {"Fly screen, kitchen window", "2", "45.00", "90.00"}));
        q.totals("90.00", "VAT 23%", "20.70", "110.70");
        assertThat(value(fields(q), "RECEIVER_NAME")).isEqualTo("The Anchor Bar");
    }

    /**
     * Two addresses of the supplier's, each after its label ("Brewery & Depot:" first, then
     * "Registered Office:"): the registered office is its address, without its label.
     */
    @Test
    void theRegisteredOfficeIsTheSuppliersAddressOfTwo() throws IOException {
        Page p = new Page();
        p.text(18, 40, 800, "Mourne Craft Brewing Co.");
        p.text(8, 40, 786, "Brewery & Depot: 41 Drumbeg Road, Dungannon, BT71 4QR");
        p.text(8, 40, 776, "Registered Office: Unit 7 Halftown Business Park, Lisburn, BT28 2PX");
        p.text(8, 40, 766, "Tel 028 9266 1840 | orders@mournecraft.co.uk");
        p.invoiceHeader("MCB-26-69533", "03/12/2026");
        p.table(List.<String[]>of(new String[] {"Stout 50L keg", "2", "176.00", "352.00"}));
        p.totals("352.00", "VAT 20%", "70.40", "422.40");
        assertThat(value(fields(p), "VENDOR_ADDRESS")).isEqualTo("Unit 7 Halftown Business Park, Lisburn, BT28 2PX");
    }

    /**
     * The customer's block labelled at the top and the supplier only in a block at the foot, its
     * name in larger print over its street, town and Eircode and its VAT number ("BIC …" of the
     * column beside read between them): the block's name is the supplier, a town in it never is.
     * And "Invoice/Tax Point:" dates the invoice.
     */
    @Test
    void aSupplierBlockAtTheFootEndingInItsVatNumberNamesTheSupplier() throws IOException {
        Page p = new Page();
        p.text(16, 40, 805, "INVOICE");
        p.text(9, 380, 805, "Invoice/Tax Point: 27-08-26");
        p.text(9, 380, 793, "Invoice No: SH-20417");
        p.text(9, 40, 770, "Bill to:");
        p.text(10, 40, 757, "The Anchor Bar");
        p.text(9, 40, 745, "Quay Street, Westport, Co. Mayo F28 K3P9");
        p.table(List.<String[]>of(new String[] {"Glasswasher detergent 20L", "2", "38.50", "77.00"}));
        p.totals("77.00", "VAT 23%", "17.71", "94.71");
        p.text(11, 40, 110, "Shannonside Hygiene Supplies");
        p.text(8, 40, 98, "Gort Road Industrial Estate");
        p.text(8, 420, 92, "BIC AIBKIE2D");
        p.text(8, 40, 86, "Ennis");
        p.text(8, 40, 74, "Co. Clare V95 T8N4");
        p.text(8, 40, 62, "VAT Reg. No. IE6388475T");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Shannonside Hygiene Supplies");
        assertThat(value(fields, "INVOICE_RECEIPT_DATE")).isEqualTo("27-08-26");
    }

    /** A quotation's title, its largest print, is no supplier: the name under it is. */
    @Test
    void aQuotationsTitleIsNoSupplier() throws IOException {
        Page p = new Page();
        p.text(24, 40, 800, "Quotation");
        p.text(12, 40, 775, "PestAway Environmental Ltd");
        p.text(9, 40, 762, "Unit 15, Castlebar Enterprise Centre, Castlebar, Co. Mayo F23 W9N4");
        p.invoiceHeader("Q-2026-467", "03/12/2026");
        p.table(List.<String[]>of(new String[] {"Rodent bait stations, supply and fit", "6", "18.50", "111.00"}));
        p.totals("111.00", "VAT 23%", "25.53", "136.53");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("PestAway Environmental Ltd");
    }

    /**
     * Labels in two languages, Irish before the slash and English after it ("Uimhir Sonraisc /
     * Invoice No.", "Dáta dlite / Due date", "Iomlán / Total"), and dates with Irish months: each
     * read as its English label is.
     */
    @Test
    void labelsInTwoLanguagesAndIrishMonthsAreRead() throws IOException {
        Page p = new Page();
        p.text(18, 380, 800, "Glanadh Geal Teo.");
        p.text(9, 380, 785, "Aonad 6, Pairc Ghno, Co. na Gaillimhe H91 C2T4");
        p.text(9, 40, 740, "Custaiméir / Customer");
        p.text(9, 40, 727, "Tigh Uí Bhriain");
        p.text(9, 40, 714, "An Spidéal");
        p.text(9, 300, 740, "Uimhir Sonraisc / Invoice No.");
        p.text(9, 480, 740, "GG-434/26");
        p.text(9, 300, 727, "Dáta / Date");
        p.text(9, 480, 727, "3 Nollaig 2026");
        p.text(9, 300, 714, "Dáta dlite / Due date");
        p.text(9, 480, 714, "2 Eanáir 2027");
        p.table(List.<String[]>of(new String[] {"Kitchen extraction hood degrease", "1", "140.00", "140.00"}));
        p.text(10, 400, 500, "Glan / Net");
        p.right(10, 540, 500, "140.00");
        p.text(10, 400, 486, "CBL / VAT 13.5%");
        p.right(10, 540, 486, "18.90");
        p.text(10, 400, 472, "Iomlán / Total");
        p.right(10, 540, 472, "158.90");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("GG-434/26");
        assertThat(value(fields, "INVOICE_RECEIPT_DATE")).isEqualTo("3 Nollaig 2026");
        assertThat(value(fields, "DUE_DATE")).isEqualTo("2 Eanáir 2027");
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("Tigh Uí Bhriain");
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("140.00");
        assertThat(value(fields, "TOTAL")).isEqualTo("158.90");
    }

    /** A line's own date, set flush left under a "Date" title, is no part of its description. */
    @Test
    void aLinesDateUnderADateTitleIsNoPartOfItsDescription() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Sentinel Door Security Ltd");
        p.text(10, 50, 774, "88 Shore Road, Larne BT40 1AA");
        p.invoiceHeader("SDS/2026/1524", "03/12/2026");
        p.titles(10, 620, new float[] {45, 105, 370, 430, 500}, "Date", "Description", "Rate", "Hours", "Amount");
        String[][] rows = {
            {"12.11.2026", "Head doorman - Saturday late", "21.00", "12", "252.00"},
            {"19.11.2026", "Head doorman - Saturday late", "21.00", "6.25", "131.25"},
        };
        p.rows(600, 22, rows, left(45), left(105), right(400), right(455), right(540));
        p.totals("383.25", "VAT @ 20%", "76.65", "459.90");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Head doorman - Saturday late", "Head doorman - Saturday late");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("12", "6.25");
    }

    /**
     * A French invoice: its number under "N°" in a row of labels, and amounts whose thousands are
     * set apart by a no-break space, the euro sign after another ("1 911,30 €"): read whole.
     */
    @Test
    void aNumberUnderNoAndAmountsSpacedByNoBreakSpacesAreRead() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Domaine Vasseur-Lemoine");
        p.text(9, 50, 774, "12 chemin des Graves, 33720 Podensac, France");
        p.text(18, 50, 700, "FACTURE");
        p.text(9, 50, 680, "N°");
        p.text(9, 150, 680, "Date");
        p.text(9, 50, 668, "F2026-0356");
        p.text(9, 150, 668, "04/11/2026");
        p.table(List.<String[]>of(new String[] {"Graves rouge 2021", "36", "53,09", "1\u00A0911,30"}));
        p.text(10, 400, 500, "Total HT");
        p.right(10, 540, 500, "1\u00A0911,30\u00A0€");
        p.text(10, 400, 486, "TVA 0 %");
        p.right(10, 540, 486, "0,00\u00A0€");
        p.text(10, 400, 472, "Total TTC");
        p.right(10, 540, 472, "1\u00A0911,30\u00A0€");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("F2026-0356");
        assertThat(io.barback.documents.PrintedValues.amount(value(fields, "SUBTOTAL"))).contains(new java.math.BigDecimal("1911.30"));
        assertThat(io.barback.documents.PrintedValues.amount(value(fields, "TOTAL"))).contains(new java.math.BigDecimal("1911.30"));
    }

    /**
     * Lines printed Net | VAT % | VAT | Gross, the net's and the VAT's titles misread by OCR ("Neteé",
     * "VATE" for "Net £" and "VAT £") and the gross's read: the line amount is the column that
     * quantity × unit price makes on every row, not the titled gross, which it makes on none.
     */
    @Test
    void aLineAmountWhoseTitleTheOcrMisreadIsToldByQuantityTimesPrice() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Lagan Catering Supplies Ltd");
        p.text(10, 50, 774, "42 Knock Road, Lisburn BT28 2EJ");
        p.invoiceHeader("108563", "06/09/2025");
        p.titles(9, 620, new float[] {50, 100, 300, 335, 385, 430, 470, 520}, "Code", "Description", "Qty", "Unit £", "Neteé",
                "VAT%", "VATE", "Gross £");
        String[][] rows = {
            {"NAP2K", "Napkins 2 ply 33cm (2000)", "3", "16.30", "48.90", "20", "9.78", "58.68"},
            {"CF450", "Cling film 450mm x 300m", "6", "9.49", "56.94", "20", "11.39", "68.33"},
            {"TEA11", "Tea bags (1100)", "4", "19.50", "78.00", "0", "0.00", "78.00"},
        };
        p.rows(600, 22, rows, left(50), left(100), right(315), right(370), right(415), right(450), right(500), right(560));
        p.totals("183.84", "VAT", "21.17", "205.01");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("48.90", "56.94", "78.00");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Napkins 2 ply 33cm (2000)", "Cling film 450mm x 300m",
                "Tea bags (1100)");
    }

    /**
     * A table with no quantity column whose quantities the prices imply, one unit price of which
     * the OCR read without its decimal point ("150" among "3.50" and "15.60"): that price is read as
     * 1.50, which makes the line's amount a whole number of it, and every line's quantity is worked
     * out, each with a guess's confidence.
     */
    @Test
    void aUnitPriceWhoseDecimalPointWasLostIsReadWithItWhenTheAmountConfirmsIt() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Glenasmole Mineral Waters Ltd");
        p.text(10, 50, 774, "Unit 4, Bohernabreena, Dublin 24");
        p.invoiceHeader("CN-2231", "03/12/2026");
        p.titles(10, 620, new float[] {110, 380, 450, 520}, "Description", "Unit Price", "VAT", "Amount");
        String[][] rows = {
            {"Cloudy lemonade 12x750ml", "150", "23%", "36.00"},
            {"Returnable crate deposit", "3.50", "0%", "14.00"},
            {"Premium tonic 24x200ml", "15.60", "23%", "62.40"},
        };
        p.rows(600, 22, rows, left(110), right(425), right(470), right(550));
        p.totals("112.40", "VAT", "22.63", "135.03");
        ExpenseDocument doc = read(p);
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("24", "4", "4");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("1.50", "3.50", "15.60");
        ExpenseField lemonade = doc.lineItemGroups().get(0).lineItems().get(0).lineItemExpenseFields().stream()
                .filter(f -> f.type().text().equals("UNIT_PRICE")).findFirst().orElseThrow();
        assertThat(lemonade.valueDetection().confidence()).as("a guess, for a person to confirm").isLessThan(50f);
    }

    /**
     * A column of lone digits, one per row and wide apart, which Tesseract took for one word of
     * vertical text on this scan ("PNP" for 1, 2, 1; its box three rows tall): each row's digit is
     * read in its place, so the quantities are read, not worked out from the prices. (The page's
     * letter-spaced "Q T Y" is lost too, so the column has no title.)
     */
    @Test
    void aColumnOfLoneDigitsTakenForVerticalTextIsReadRowByRow() throws IOException {
        byte[] scan = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/corpus/unseen/l16-letterspaced-scan.png"));
        ExpenseDocument doc = reader.analyzeExpense(scan).expenseDocuments().get(0);
        List<Float> read = new ArrayList<>();
        doc.lineItemGroups().forEach(g -> g.lineItems().forEach(li -> li.lineItemExpenseFields().stream()
                .filter(f -> f.type().text().equals("QUANTITY") && f.valueDetection().confidence() > 50f)
                .forEach(f -> read.add(f.valueDetection().confidence()))));
        assertThat(items(doc)).extracting(i -> i.get("QUANTITY")).containsExactly("1", "7", "2", "1", "2", "1");
        assertThat(read).as("quantities read with the OCR's certainty, not worked out from the prices").hasSizeGreaterThanOrEqualTo(4);
    }

    /**
     * A lone "1" in a quantity column that Tesseract's page layout never reads at all (a thin
     * stroke, no word to it): the empty cell of a column of figures, in a row with figures in the
     * other columns, is read again, and the quantity is found, not worked out from the prices.
     */
    @Test
    void aFigureLostFromAColumnOfFiguresIsReadInItsCell() throws IOException {
        byte[] scan = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/corpus/unseen/l01-saas-scan.png"));
        ExpenseDocument doc = reader.analyzeExpense(scan).expenseDocuments().get(0);
        Map<String, ExpenseField> espresso = doc.lineItemGroups().get(0).lineItems().stream()
                .map(li -> {
                    Map<String, ExpenseField> m = new LinkedHashMap<>();
                    li.lineItemExpenseFields().forEach(f -> m.put(f.type().text(), f));
                    return m;
                })
                .filter(m -> m.get("ITEM").valueDetection().text().startsWith("Espresso Machine"))
                .findFirst().orElseThrow();
        assertThat(espresso.get("QUANTITY").valueDetection().text()).isEqualTo("1");
        assertThat(espresso.get("QUANTITY").valueDetection().confidence()).as("read, not worked out from the prices")
                .isGreaterThan(85f);
    }

    /**
     * A phone photo on which the page's reading lost six of the seven quantities under a "Qty"
     * title it did read: each item's cell under that title is read again on its own, and every
     * quantity is found, none worked out from the prices.
     */
    @Test
    void quantitiesAPhotoLostUnderTheirTitleAreReadInTheirCells() throws IOException {
        byte[] photo = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/corpus/unseen/l01-saas-photo.jpg"));
        ExpenseDocument doc = reader.analyzeExpense(photo).expenseDocuments().get(0);
        assertThat(items(doc)).extracting(i -> i.get("QUANTITY")).containsExactly("3", "3", "1", "3", "2", "1", "3");
        assertThat(doc.lineItemGroups().get(0).lineItems()).allSatisfy(li -> assertThat(li.lineItemExpenseFields().stream()
                .filter(f -> f.type().text().equals("QUANTITY")).findFirst().orElseThrow().valueDetection().confidence())
                .as("read, not worked out from the prices").isGreaterThan(85f));
    }

    /**
     * Line items by the alignment of their figures when the header names the description but
     * none of the money (titles in the supplier's own words, or lost from a shaded bar): the
     * rightmost column of money is the amount, the one before it the unit price, whole numbers
     * before them the quantity. Figures that do not make quantity × price = amount are no table.
     */
    @Test
    void itemsAreReadByTheirFiguresWhenNoTitleNamesTheMoney() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Coldwater Hire");
        p.text(10, 50, 774, "Unit 3 Fonthill Park, Dublin 22 D22 R2C8");
        p.invoiceHeader("CH-2107", "04/12/2026");
        p.titles(10, 620, new float[] {50, 110, 330, 390, 500}, "Code", "Description", "Hired", "Weekly", "Charge");
        String[][] rows = {
            {"H-BC3", "Bottle cooler, three-door", "3", "65.00", "195.00"},
            {"H-PY", "Python keg cooler", "2", "120.00", "240.00"},
        };
        p.rows(600, 22, rows, left(50), left(110), right(345), right(430), right(545));
        p.totals("435.00", "VAT 23%", "100.05", "535.05");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Bottle cooler, three-door", "Python keg cooler");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("3", "2");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("65.00", "120.00");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("195.00", "240.00");

        // the same page whose figures do not multiply out: no items are made of them
        Page q = new Page();
        q.text(20, 50, 790, "Coldwater Hire");
        q.invoiceHeader("CH-2108", "04/12/2026");
        q.titles(10, 620, new float[] {110, 330, 390, 500}, "Description", "Hired", "Weekly", "Charge");
        q.text(10, 110, 600, "Bottle cooler, three-door");
        q.right(10, 345, 600, "3");
        q.right(10, 430, 600, "65.00");
        q.right(10, 545, 600, "190.00");
        q.text(10, 110, 578, "Python keg cooler");
        q.right(10, 345, 578, "2");
        q.right(10, 430, 578, "120.00");
        q.right(10, 545, 578, "250.00");
        assertThat(items(read(q))).isEmpty();
    }

    /** Prices titled, the line amount in the supplier's own word ("Refunded"): the amount is told by its figures. */
    @Test
    void anAmountColumnInTheSuppliersOwnWordsIsToldByItsFigures() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Corrib Drinks Ltd");
        p.invoiceHeader("CRN-00321", "03/12/2026");
        p.titles(10, 620, new float[] {50, 110, 380, 430, 490}, "Code", "Description", "Qty", "Price", "Refunded");
        String[][] rows = {{"CD-RM70", "Spiced Rum 70cl", "2", "22.45", "44.90"}, {"CD-GN70", "Dry Gin 70cl", "1", "27.35", "27.35"}};
        p.rows(600, 22, rows, left(50), left(110), right(395), right(460), right(545));
        p.totals("72.25", "VAT 23%", "16.62", "88.87");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Spiced Rum 70cl", "Dry Gin 70cl");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("44.90", "27.35");
    }

    /**
     * No title the reader knows but one: "Lot | Cask | Drums | Per drum | Due". The description
     * is the title over the text of the item rows, the code the title over single codes, the rest
     * told by their figures; and a page whose figures do not multiply out gives no items.
     */
    @Test
    void aHeaderAllInTheSuppliersOwnWordsIsReadByItsFiguresAndTheTextUnderIt() throws IOException {
        String[][] rows = {{"K-204", "Dark cask ale, firkin", "4", "96.50", "386.00"},
                {"K-311", "Golden ale, pin", "2", "58.25", "116.50"}, {"K-090", "Porter, firkin", "1", "101.00", "101.00"}};
        ExpenseDocument doc = read(ownWordsTable(rows));
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("K-204", "K-311", "K-090");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Dark cask ale, firkin", "Golden ale, pin", "Porter, firkin");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("4", "2", "1");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("96.50", "58.25", "101.00");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("386.00", "116.50", "101.00");

        // one line: its quantity, alone in its column, is a quantity all the same when quantity x price makes the amount
        Page one = new Page();
        one.text(20, 50, 790, "Mullach Cellar Services");
        one.invoiceHeader("MCS-88", "01/12/2026");
        one.titles(10, 620, new float[] {50, 340, 420, 515}, "Job done", "Visits", "Each", "Due");
        one.rows(600, 22, new String[][] {{"Quarterly cellar cooler service", "2", "65.00", "130.00"}},
                left(50), right(365), right(455), right(545));
        one.totals("130.00", "VAT 13.5%", "17.55", "147.55");
        assertThat(items(read(one))).singleElement().satisfies(i -> {
            assertThat(i.get("ITEM")).isEqualTo("Quarterly cellar cooler service");
            assertThat(i.get("QUANTITY")).isEqualTo("2");
            assertThat(i.get("PRICE")).isEqualTo("130.00");
        });

        String[][] wrong = {{"K-204", "Dark cask ale, firkin", "4", "96.50", "380.00"},
                {"K-311", "Golden ale, pin", "2", "58.25", "110.50"}, {"K-090", "Porter, firkin", "1", "101.00", "100.00"}};
        assertThat(items(read(ownWordsTable(wrong)))).isEmpty();
    }

    private static Page ownWordsTable(String[][] rows) {
        Page p = new Page();
        p.text(20, 50, 790, "Boherbue Cask Co");
        p.invoiceHeader("BC-7781", "01/12/2026");
        p.titles(10, 620, new float[] {50, 120, 340, 410, 515}, "Lot", "Cask", "Drums", "Per drum", "Due");
        p.rows(600, 22, rows, left(50), left(120), right(365), right(455), right(545));
        p.totals("603.50", "VAT 23%", "138.81", "742.31");
        return p;
    }

    /**
     * "Invoice" alone heads a column of labels with their values beside them ("Invoice  SL-4410 /
     * Dated  … / Pay by  …"): its value is the number; and a total with its thousands set apart by a
     * space ("1 046.12") is read whole.
     */
    @Test
    void aBareInvoiceLabelInAColumnOfLabelsAndATotalWithSpacedThousandsAreRead() throws IOException {
        Page p = new Page();
        p.text(20, 150, 790, "Suirside Wine Cellars");
        p.text(10, 50, 720, "Invoice");
        p.text(10, 110, 720, "SL-4410");
        p.text(10, 50, 706, "Dated");
        p.text(10, 110, 706, "02.12.2026");
        p.text(10, 50, 692, "Pay by");
        p.text(10, 110, 692, "23.12.2026");
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Rioja Reserva 2019", "24", "35.50", "852.00"});
        p.table(lines);
        p.totals("852.00", "VAT 23%", "195.96", "1 047.96");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("SL-4410");
        assertThat(value(fields, "TOTAL")).isEqualTo("1 047.96");
    }

    /**
     * The supplier's address in a column beside a column of labels each over its value ("Invoice
     * Number" over "INV-0942", "Cork" beside it): every line of it is the address. The customer's
     * account number before its name and the town after it are not the name; a purchase order
     * printed "PO 5521" under "Reference" is kept whole.
     */
    @Test
    void anAddressBesideStackedLabelsIsWholeAndTheCustomersNameLosesItsAccountAndTown() throws IOException {
        Page p = new Page();
        p.text(14, 50, 790, "TAX INVOICE");
        p.text(10, 300, 790, "Invoice Date");
        p.text(10, 400, 790, "Glenmore Catering Supplies Limited");
        p.text(10, 300, 778, "19 Nov 2026");
        p.text(10, 400, 778, "Unit 4 Eastgate Retail Park");
        p.text(10, 400, 766, "Little Island");
        p.text(10, 300, 754, "Invoice Number");
        p.text(10, 400, 754, "Cork");
        p.text(10, 300, 742, "GCS-2231");
        p.text(10, 400, 742, "T45 KX21");
        p.text(10, 50, 742, "Customer: 318204 Mulligan's Tavern, Ballincollig");
        p.text(10, 300, 724, "Reference");
        p.text(10, 300, 712, "PO 5521");
        p.table(List.<String[]>of(new String[] {"Glass washer tablets", "2", "18.40", "36.80"},
                new String[] {"Blue roll 6 pack", "3", "9.90", "29.70"}));
        p.totals("66.50", "VAT 23%", "15.30", "81.80");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Glenmore Catering Supplies Limited");
        assertThat(value(fields, "VENDOR_ADDRESS")).isEqualTo("Unit 4 Eastgate Retail Park Little Island Cork T45 KX21");
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("GCS-2231");
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("Mulligan's Tavern");
        assertThat(value(fields, "PO_NUMBER")).isEqualTo("PO 5521");
    }

    /** Lines priced with VAT in them add up to the total, not the net subtotal under it: they are confirmed all the same. */
    @Test
    void linesPricedWithVatAreConfirmedByTheTotal() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Suirside Wine Cellars");
        p.invoiceHeader("SWC-1190", "02/12/2026");
        p.table(List.<String[]>of(new String[] {"Rioja Reserva 2019", "6", "18.45", "110.70"},
                new String[] {"Albarino 2023", "12", "14.76", "177.12"}));
        p.text(10, 400, 500, "Total (incl. VAT)");
        p.right(10, 540, 500, "287.82");
        p.text(10, 400, 486, "VAT included @ 23%");
        p.right(10, 540, 486, "53.82");
        p.text(10, 400, 472, "Net of VAT");
        p.right(10, 540, 472, "234.00");
        ExpenseDocument doc = read(p);
        assertThat(value(fields(doc), "TOTAL")).isEqualTo("287.82");
        assertThat(doc.lineItemGroups().get(0).lineItems()).hasSize(2).allSatisfy(li -> assertThat(li.lineItemExpenseFields())
                .filteredOn(f -> f.type().text().equals("PRICE")).singleElement()
                .satisfies(f -> assertThat(f.valueDetection().confidence()).as("confirmed by the total").isGreaterThan(95f)));
    }

    /**
     * No total printed, only the amount due under the goods and the VAT: the amount due is the
     * total when they make it, and is not when they do not (a balance with older debts in it).
     */
    @Test
    void theAmountDueIsTheTotalWhenNoTotalIsPrintedAndTheSumsMakeIt() throws IOException {
        assertThat(value(fields(dueOnly("1,298.02")), "TOTAL")).isEqualTo("1,298.02");
        Map<String, ExpenseField> owing = fields(dueOnly("1,512.40"));
        assertThat(value(owing, "AMOUNT_DUE")).isEqualTo("1,512.40");
        assertThat(value(owing, "TOTAL")).isNull();
    }

    private static Page dueOnly(String due) {
        Page p = new Page();
        p.text(20, 50, 790, "Slaneyside Brewing Co. Ltd");
        p.invoiceHeader("BRW 3600", "15/06/2026");
        p.table(List.<String[]>of(new String[] {"Harbour Lager 50L", "5", "176.40", "882.00"},
                new String[] {"Stout 12x500ml", "4", "31.25", "125.00"}, new String[] {"Session IPA 12x440ml", "1", "48.30", "48.30"}));
        p.text(10, 400, 500, "Goods Total");
        p.right(10, 540, 500, "1,055.30");
        p.text(10, 400, 486, "VAT @ 23%");
        p.right(10, 540, 486, "242.72");
        p.text(10, 400, 472, "Amount Due EUR");
        p.right(10, 540, 472, due);
        return p;
    }

    /**
     * A scanned cash-and-carry bill: its columns of short figures and VAT letters stand far apart,
     * and Tesseract's page layout may make vertical text or nothing of them. The rows under the
     * header are read again as lines; the barcode before each description is its code.
     */
    @Test
    void aScannedTableOfFarApartFiguresIsReadRowByRowWithItsBarcodes() throws IOException {
        Page p = new Page();
        p.text(18, 40, 800, "LOUGHREA CASH & CARRY LTD");
        p.text(8, 40, 784, "Galway Road, Loughrea, Co. Galway, H62 X2Y1  VAT Reg IE6388052V");
        p.text(8, 400, 784, "Invoice No: 0912/44810");
        p.text(8, 500, 784, "Date: 02/12/26");
        p.text(8, 40, 764, "Customer: Hanlon's Lounge");
        p.titles(8, 740, new float[] {120, 235, 290, 335, 395, 530}, "Description", "Pack", "Qty", "Price", "VAT", "Value");
        String[][] rows = {
            {"5391234500017", "Orange Cordial", "12x1L", "2", "14.20", "A", "28.40"},
            {"5391234500024", "Bar Towels", "1x10", "3", "6.75", "A", "20.25"},
            {"5391234500031", "Cocktail Cherries", "6x950g", "1", "22.90", "B", "22.90"},
            {"5391234500048", "Sea Salt Crisps", "36x25g", "4", "15.60", "A", "62.40"},
            {"5391234500055", "Bottled Water", "24x500ml", "5", "7.99", "Z", "39.95"},
            {"5391234500062", "Paper Straws", "1x250", "2", "4.50", "A", "9.00"},
            {"5391234500079", "Tomato Juice", "24x200ml", "3", "13.80", "Z", "41.40"},
            {"5391234500086", "Limes Loose", "1x50", "1", "11.25", "Z", "11.25"},
        };
        p.rows(722, 17, rows, left(40), left(120), left(235), right(300), right(360), left(398), right(555));
        p.text(8, 360, 560, "Goods (ex VAT)");
        p.right(8, 555, 560, "235.55");
        p.text(8, 360, 546, "VAT");
        p.right(8, 555, 546, "37.53");
        p.text(8, 360, 532, "INVOICE TOTAL");
        p.right(8, 555, 532, "273.08");
        List<Map<String, String>> items = items(reader.analyzeExpense(p.png()).expenseDocuments().get(0));
        assertThat(items).hasSize(8);
        assertThat(items).extracting(i -> i.get("PRICE"))
                .containsExactly("28.40", "20.25", "22.90", "62.40", "39.95", "9.00", "41.40", "11.25");
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).allMatch(c -> c != null && c.matches("53912345000\\d\\d"));
    }

    /**
     * A cloud-accounting layout: the customer's name top left, as large as the supplier's top
     * right (its "Ltd" wrapped onto the next line), and again on the payment slip beside
     * "Customer". The slip's naming is no confirmation of a supplier: with nothing else, the name
     * at the top is a doubt for a person; with "Please pay by bank transfer to …" the payee is the
     * supplier and the customer is the customer.
     */
    @Test
    void theCustomersNameTopLeftIsNeverTheSupplierForSureAndThePayeeIsTheSupplier() throws IOException {
        Map<String, ExpenseField> unsure = fields(cloudLayout(false));
        assertThat(value(unsure, "VENDOR_NAME")).isNotNull();
        if (!value(unsure, "VENDOR_NAME").startsWith("Kilcrohane Glassware")) {
            assertThat(unsure.get("VENDOR_NAME").valueDetection().confidence()).as("a guess, for a person").isLessThan(80f);
        }
        // a customer with a legal form of its own: still no supplier for sure
        Map<String, ExpenseField> limited = fields(cloudLayout(false, "Hegarty's Bars Ltd"));
        if (!value(limited, "VENDOR_NAME").startsWith("Kilcrohane Glassware")) {
            assertThat(limited.get("VENDOR_NAME").valueDetection().confidence()).as("a guess, for a person").isLessThan(80f);
        }
        Map<String, ExpenseField> paid = fields(cloudLayout(true));
        assertThat(value(paid, "VENDOR_NAME")).isEqualTo("Kilcrohane Glassware Ltd");
        assertThat(value(paid, "RECEIVER_NAME")).isEqualTo("Hegarty's Corner Bar");
    }

    private static Page cloudLayout(boolean payee) {
        return cloudLayout(payee, "Hegarty's Corner Bar");
    }

    private static Page cloudLayout(boolean payee, String customer) {
        Page p = new Page();
        p.text(24, 50, 790, "TAX INVOICE");
        p.text(10, 50, 750, customer);
        p.text(10, 50, 738, "4 Bridge Street");
        p.text(10, 50, 726, "Bantry");
        p.text(10, 280, 750, "Invoice Date");
        p.text(10, 280, 738, "02 Dec 2026");
        p.text(10, 280, 720, "Invoice Number");
        p.text(10, 280, 708, "INV-5521");
        p.text(10, 420, 750, "Kilcrohane Glassware");
        p.text(10, 420, 738, "Ltd");
        p.text(10, 420, 726, "Pier Road, Kilcrohane");
        p.text(10, 420, 714, "Co. Cork P75 KX20");
        p.table(List.<String[]>of(new String[] {"Pint glasses, 24", "3", "21.00", "63.00"},
                new String[] {"Wine glasses, 12", "2", "18.50", "37.00"}));
        p.totals("100.00", "VAT 23%", "23.00", "123.00");
        if (payee) {
            p.text(10, 50, 440, "Please pay by bank transfer to Kilcrohane Glassware Ltd");
        }
        p.text(10, 50, 426, "IBAN: IE12 BOFI 9000 0112 3456 78  BIC: BOFIIE2D");
        p.text(10, 50, 200, "PAYMENT ADVICE");
        p.text(10, 280, 200, "Customer");
        p.text(10, 380, 200, customer);
        p.text(10, 50, 186, "To:");
        p.text(10, 75, 186, "Kilcrohane Glassware Ltd");
        p.text(10, 280, 186, "Amount Due");
        p.text(10, 380, 186, "123.00");
        return p;
    }

    /** An "EAN" column whose barcodes run out under a "Description" set close beside it: each barcode is its line's code. */
    @Test
    void barcodesRunningUnderTheDescriptionsTitleAreTheCodes() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Midland Wholesale Cash & Carry Ltd");
        p.invoiceHeader("C-20931", "02/12/2026");
        p.titles(8, 620, new float[] {40, 100, 330, 420, 520}, "EAN", "Description", "Qty", "Price", "Value");
        String[][] rows = {{"5391234500017", "ORANGE CORDIAL 12X1L", "2", "14.20", "28.40"},
                {"5391234500024", "BAR TOWELS 10 PACK", "3", "6.75", "20.25"}};
        p.rows(600, 14, rows, left(40), left(125), right(345), right(445), right(545));
        p.totals("48.65", "VAT 23%", "11.19", "59.84");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("5391234500017", "5391234500024");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("ORANGE CORDIAL 12X1L", "BAR TOWELS 10 PACK");
    }

    /** "Issued" names the invoice's date and "Value Added Tax" its VAT, as "Invoice date" and "VAT" do. */
    @Test
    void otherWordingsOfTheDateAndTheVatAreRead() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Clashmore Keg Services");
        p.text(10, 400, 770, "Invoice No:");
        p.text(10, 480, 770, "CKS-310");
        p.text(10, 400, 756, "Issued:");
        p.text(10, 480, 756, "3 Nov 2026");
        p.table(List.<String[]>of(new String[] {"Keg coupler service", "4", "22.50", "90.00"},
                new String[] {"Python flush", "1", "60.00", "60.00"}));
        p.text(10, 400, 500, "Net");
        p.right(10, 540, 500, "150.00");
        p.text(10, 400, 486, "Value Added Tax");
        p.right(10, 540, 486, "20.25");
        p.text(10, 400, 472, "Total");
        p.right(10, 540, 472, "170.25");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_DATE")).isEqualTo("3 Nov 2026");
        assertThat(value(fields, "TAX")).isEqualTo("20.25");
    }

    /** "Qty | Unit | Product | Price | Amount": a column titled "Unit" beside a price column holds units of measure, not prices. */
    @Test
    void aUnitColumnBesideAPriceIsTheUnitOfMeasureNotPartOfTheDescription() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Slaney Brewing Ltd");
        p.invoiceHeader("BRW 3599", "15/06/2026");
        p.titles(10, 620, new float[] {50, 90, 130, 420, 510}, "Qty", "Unit", "Product", "Price", "Amount");
        String[][] rows = {{"3", "CS", "Alcohol Free Lager 24x330ml", "27.80", "83.40"}, {"2", "KEG", "Harbour Lager 50L", "176.40", "352.80"}};
        p.rows(600, 22, rows, right(60), left(90), left(130), right(450), right(545));
        p.totals("436.20", "VAT 23%", "100.33", "536.53");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Alcohol Free Lager 24x330ml", "Harbour Lager 50L");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("27.80", "176.40");
    }

    /**
     * A statement of account: its date is the statement's, and what is due is the balance due,
     * not the balance brought forward from the last statement (the first "Balance" on the page).
     * The customer's block carries the customer's name, so it is not the supplier's address.
     */
    @Test
    void aStatementGivesItsOwnDateAndTheBalanceDueNotTheBalanceBroughtForward() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Shannon Ales Ltd");
        p.text(9, 50, 774, "Unit 4 Dock Road Business Park, Limerick, V94 X2K1");
        p.text(9, 50, 763, "Tel 061 400 100 · accounts@shannonales.ie");
        p.text(16, 380, 790, "STATEMENT OF ACCOUNT");
        // the customer's block, unlabelled, and named again on the remittance slip below
        p.text(10, 50, 730, "The Local");
        p.text(10, 50, 716, "12 Main Street");
        p.text(10, 50, 702, "Lahinch Road");
        p.text(10, 50, 688, "Ennis");
        p.text(10, 50, 674, "Co. Clare");
        p.text(10, 50, 660, "V95 X2Y3");
        p.text(10, 50, 200, "REMITTANCE ADVICE - please return with your payment");
        p.text(10, 50, 184, "To: Shannon Ales Ltd");
        p.text(10, 50, 170, "Customer: The Local");
        p.text(10, 380, 730, "Statement date");
        p.right(10, 540, 730, "30 Nov 2026");
        p.titles(10, 620, new float[] {60, 150, 330, 410, 490}, "Date", "Details", "Debit", "Credit", "Balance");
        p.text(10, 60, 600, "28 Oct 2026");
        p.text(10, 150, 600, "Balance brought forward");
        p.right(10, 540, 600, "210.40");
        p.text(10, 60, 582, "5 Nov 2026");
        p.text(10, 150, 582, "Invoice SA-1182");
        p.right(10, 370, 582, "315.00");
        p.right(10, 540, 582, "525.40");
        p.text(10, 60, 564, "20 Nov 2026");
        p.text(10, 150, 564, "Payment - thank you");
        p.right(10, 450, 564, "210.40");
        p.right(10, 540, 564, "315.00");
        p.text(11, 380, 530, "Balance due");
        p.right(11, 540, 530, "€315.00");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_DATE")).isEqualTo("30 Nov 2026");
        assertThat(PrintedValues.amount(value(fields, "AMOUNT_DUE"))).hasValue(new BigDecimal("315.00"));
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Shannon Ales Ltd");
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("The Local");
        assertThat(value(fields, "VENDOR_ADDRESS")).contains("Dock Road").doesNotContain("Main Street");
    }

    /**
     * An old wholesale system's header: "INVOICE" as a title beside "PAGE 1 OF 2", then a block of
     * labels with their colons set apart ("INVOICE NO : A-7715/26", "ACCOUNT : TOI003", "YOUR
     * ORD: 90902"). The label naming the number wins over the title, whatever stands under the
     * title; the abbreviated order is the order.
     */
    @Test
    void aLabelNamingTheNumberWinsOverTheTitleAboveIt() throws IOException {
        Page p = new Page();
        p.text(11, 50, 800, "TARRAGH SNACK SUPPLIES LTD");
        p.text(9, 50, 788, "UNIT 4, KILBEG BUSINESS PARK, NAVAN, CO. MEATH, C15 R2X8");
        p.text(10, 50, 760, "INVOICE");
        p.text(10, 200, 760, "PAGE 1 OF 1");
        p.text(10, 50, 746, "INVOICE NO : B-3312/26");
        p.text(10, 300, 746, "DATE    : 10.11.26");
        p.text(10, 50, 732, "ACCOUNT    : KEL044");
        p.text(10, 300, 732, "YOUR ORD: 71150");
        p.text(10, 50, 700, "INVOICE TO:");
        p.text(10, 50, 686, "KELLY'S BAR");
        p.table(List.<String[]>of(new String[] {"SALTED PEANUTS 50G X 24", "2", "15.60", "31.20"}));
        p.totals("31.20", "VAT 23%", "7.18", "38.38");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("B-3312/26");
        assertThat(value(fields, "PO_NUMBER")).isEqualTo("71150");
    }

    /**
     * "Qty | List € | Disc % | Net € | Total €": the net is the price of one after the discount, the
     * total the line's amount, as the quantity times the net makes the total on every line.
     */
    @Test
    void aNetColumnTheQuantityMultipliesIntoTheTotalIsThePriceOfOne() throws IOException {
        Page p = new Page();
        p.text(16, 50, 790, "Corrabeg Wine Merchants Ltd");
        numberAndDate(p, "CW/26/0551", "21/10/2026");
        p.titles(9, 620, new float[] {50, 120, 300, 350, 410, 470, 520}, "Item", "Description", "Qty", "List €",
                "Disc %", "Net €", "Total €");
        p.rows(600, 18, new String[][] {{"SP210", "Irish Whiskey Blended", "3", "142.80", "5.0", "135.66", "406.98"},
                {"SP243", "Triple Sec", "3", "92.40", "10.0", "83.16", "249.48"},
                {"WFR170", "Chablis 2021", "1", "109.77", "", "109.77", "109.77"},
                {"WES100", "Rioja Crianza 2022", "2", "121.00", "12.5", "105.88", "211.76"}},
                left(50), left(120), right(320), right(390), right(445), right(500), right(560));
        p.text(10, 400, 500, "Subtotal");
        p.right(10, 560, 500, "977.99");
        p.text(10, 400, 486, "VAT 23%");
        p.right(10, 560, 486, "224.94");
        p.text(10, 400, 472, "Total");
        p.right(10, 560, 472, "1,202.93");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("406.98", "249.48", "109.77", "211.76");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("135.66", "83.16", "109.77", "105.88");
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("SP210", "SP243", "WFR170", "WES100");
    }

    /** "Product" and "Description" titled apart: the product's column holds the code, not half the description. */
    @Test
    void productAndDescriptionTitledApartAreTheCodeAndTheName() throws IOException {
        Page p = new Page();
        p.text(16, 50, 790, "Ardnacrusha Foodservice Ltd");
        numberAndDate(p, "AF-22031", "06/12/2026");
        p.titles(9, 620, new float[] {50, 98, 330, 400, 500}, "Product", "Description", "Qty", "Price", "Value");
        p.rows(600, 18, new String[][] {{"S10612", "Kitchen Roll 2ply", "1", "17.90", "17.90"},
                {"Z11002", "Wraps Plain 12in", "3", "22.10", "66.30"}},
                left(50), left(98), right(345), right(450), right(540));
        p.totals("84.20", "VAT 23%", "19.37", "103.57");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("S10612", "Z11002");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Kitchen Roll 2ply", "Wraps Plain 12in");
    }

    /**
     * The totals block at the left with the bank's details beside it at the right: the account
     * discount between the goods and the net is a charge of the totals block, the goods total the
     * subtotal the lines make.
     */
    @Test
    void aDiscountInATotalsBlockAtTheLeftIsFoundBesideTheBanksDetails() throws IOException {
        Page p = new Page();
        p.text(16, 50, 790, "Hartwell & Crane Barware Ltd");
        numberAndDate(p, "HC026097", "22/11/2026");
        p.table(List.<String[]>of(new String[] {"Hi-ball tumbler 12oz", "6", "23.37", "140.22"},
                new String[] {"Pint water jug 1L", "5", "4.18", "20.90"}));
        p.text(10, 50, 500, "Goods Total");
        p.right(10, 250, 500, "161.12");
        p.text(10, 330, 500, "BANK DETAILS");
        p.text(10, 50, 486, "Less 2% account discount");
        p.right(10, 250, 486, "-3.22");
        p.text(10, 330, 486, "Lloyds Bank plc, Stoke-on-Trent");
        p.text(10, 50, 472, "Net Total");
        p.right(10, 250, 472, "157.90");
        p.text(10, 330, 472, "Sort code 54-53-41");
        p.text(10, 50, 458, "VAT @ 0%");
        p.right(10, 250, 458, "0.00");
        p.text(10, 50, 444, "TOTAL");
        p.right(10, 250, 444, "157.90");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("161.12");
        assertThat(value(fields, "TOTAL")).isEqualTo("157.90");
        assertThat(value(fields, "OTHER")).isEqualTo("-3.22");
    }

    /**
     * A summary box at the top ("Goods | VAT | TOTAL DUE €") and a VAT analysis below whose row of
     * totals ("Total  235.68  50.07") ends in the VAT: the amount due is the total, as it is the
     * one the goods and the VAT make.
     */
    @Test
    void anAmountDueThatTheFiguresMakeIsTheTotalOverAVatAnalysissTotalsRow() throws IOException {
        Page p = new Page();
        p.text(16, 50, 790, "Kilmacrenan Minerals Ltd");
        p.text(10, 350, 790, "Goods (excl. VAT)");
        p.right(10, 540, 790, "235.68");
        p.text(10, 350, 776, "VAT");
        p.right(10, 540, 776, "50.07");
        p.text(10, 350, 762, "TOTAL DUE €");
        p.right(10, 540, 762, "285.75");
        numberAndDate(p, "100586", "23/10/2026");
        p.table(List.<String[]>of(new String[] {"Dry Ginger Ale 24x200ml", "10", "21.768", "217.68"},
                new String[] {"Returnable crate deposit", "6", "3.00", "18.00"}));
        p.text(10, 50, 500, "VAT ANALYSIS");
        p.titles(9, 486, new float[] {50, 120, 200, 280}, "Code", "Rate", "Goods", "VAT");
        p.rows(472, 14, new String[][] {{"1", "23%", "217.68", "50.07"}, {"3", "0%", "18.00", "0.00"}},
                left(50), left(120), right(240), right(310));
        p.text(10, 50, 444, "Total");
        p.right(10, 240, 444, "235.68");
        p.right(10, 310, 444, "50.07");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "TOTAL")).isEqualTo("285.75");
        assertThat(value(fields, "TAX")).isEqualTo("50.07");
    }

    /**
     * A supplier named only in its footer, on one line of parts ("Name Ltd · Unit 7, … X91 APK2"), the
     * phone and VAT number on the next: its address is the parts after its name.
     */
    @Test
    void aFootersNameHeadsItsAddressOnItsOwnLine() throws IOException {
        Page p = new Page();
        p.text(20, 400, 800, "INVOICE");
        p.invoiceHeader("QP 2026/151", "20/09/2026");
        p.table(List.<String[]>of(new String[] {"A4 menus, 350gsm silk", "250", "0.95", "237.50"}));
        p.totals("237.50", "VAT 13.5%", "32.06", "269.56");
        p.text(8, 60, 80, "Quillan & Pryce Printers Ltd · Unit 7, Cleaboy Business Park, Waterford, X91 APK2");
        p.text(8, 60, 68, "T 051 875 640 · studio@quillanpryce.ie · VAT No. IE 3089157L");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Quillan & Pryce Printers Ltd");
        assertThat(value(fields, "VENDOR_ADDRESS")).isEqualTo("Unit 7, Cleaboy Business Park, Waterford, X91 APK2");
    }

    /**
     * What the firm does set out as a list of parts ("Beverage CO2 · Mixed Gas · Cellar Cooling ·
     * Line Cleaning") between its name and its address: figures in it make no place of it.
     */
    @Test
    void aListOfWhatTheFirmDoesWithFiguresInItIsNoAddressLine() throws IOException {
        Page p = new Page();
        p.text(16, 50, 800, "Coolattin Cellar Gases Ltd");
        p.text(9, 50, 786, "Beverage CO2 · Mixed Gas · Cellar Cooling · Line Cleaning");
        p.text(9, 50, 772, "Unit 12, Old Naas Road Industrial Estate, Dublin 12, D12 W5K9");
        p.text(9, 50, 758, "Tel 01 456 2290");
        p.invoiceHeader("G210698", "09/10/2026");
        p.table(List.<String[]>of(new String[] {"Beverage CO2 refill 3.2kg", "3", "26.90", "80.70"}));
        p.totals("80.70", "VAT 23%", "18.56", "99.26");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_ADDRESS")).isEqualTo("Unit 12, Old Naas Road Industrial Estate, Dublin 12, D12 W5K9");
    }

    /**
     * A letter's layout: the supplier's name at the top left and its details at the right, the
     * customer's address unlabelled in the window at the left well under it, and a remittance slip
     * that names the supplier again beside "Payee". The supplier is sure; the window's first line
     * is the customer.
     */
    @Test
    void aLettersWindowIsTheCustomerAndTheSlipsPayeeTheSupplier() throws IOException {
        Page p = new Page();
        p.text(16, 50, 800, "Ballyroan Fire & Security Ltd");
        p.text(9, 420, 800, "Unit 7, Gortnafleur Business Park");
        p.text(9, 420, 788, "Clonmel, Co. Tipperary E91 D2V6");
        p.text(9, 420, 776, "VAT No. IE1755160S");
        p.text(10, 50, 700, "Quigley's Bridge Bar");
        p.text(10, 50, 686, "Bridge Street");
        p.text(10, 50, 672, "Carrick-on-Shannon");
        p.text(10, 50, 658, "N41 P2W6");
        p.text(16, 350, 700, "INVOICE");
        p.text(10, 350, 680, "Invoice No.");
        p.text(10, 450, 680, "2026-0678");
        p.text(10, 350, 666, "Invoice Date");
        p.text(10, 450, 666, "31/10/2026");
        p.table(List.<String[]>of(new String[] {"Replacement PIR detector", "6", "48.00", "288.00"}));
        p.totals("288.00", "VAT 23%", "66.24", "354.24");
        p.text(9, 50, 200, "REMITTANCE - please detach and return with your payment");
        p.text(9, 50, 186, "Invoice No.");
        p.text(9, 150, 186, "2026-0678");
        p.text(9, 330, 186, "Payee");
        p.text(9, 400, 186, "Ballyroan Fire & Security Ltd");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Ballyroan Fire & Security Ltd");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).isGreaterThanOrEqualTo(80f);
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("Quigley's Bridge Bar");
    }

    /**
     * The last page of a long invoice, its lines only brought forward: the discount in its totals
     * block is still a charge for the books to find, and the totals' figures are no address.
     */
    @Test
    void aLastPageWithOnlyTheLinesBroughtForwardStillGivesItsDiscount() throws IOException {
        Page p = new Page();
        p.text(14, 50, 800, "Corrabeg Wine Merchants");
        p.text(9, 50, 786, "14 Parliament Street, Kilkenny, R95 H6C3");
        p.text(9, 380, 800, "Invoice CW/26/0380 · Page 2 of 2");
        p.titles(9, 740, new float[] {50, 120, 300, 470, 520}, "Item", "Description", "Qty", "Net €", "Total €");
        p.text(10, 120, 722, "Brought forward");
        p.right(10, 560, 722, "1,000.00");
        p.text(10, 50, 700, "Payment by bank transfer to:");
        p.text(10, 350, 700, "Goods Total");
        p.right(10, 560, 700, "1,000.00");
        p.text(10, 50, 686, "AIB Kilkenny");
        p.text(10, 350, 686, "Less Trade Discount 2.5%");
        p.right(10, 560, 686, "-25.00");
        p.text(10, 350, 672, "Net after Discount");
        p.right(10, 560, 672, "975.00");
        p.text(10, 350, 658, "VAT @ 23%");
        p.right(10, 560, 658, "224.25");
        p.text(10, 350, 644, "Invoice Total €");
        p.right(10, 560, 644, "1,199.25");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "OTHER")).isEqualTo("-25.00");
        assertThat(value(fields, "TOTAL")).isEqualTo("1,199.25");
        assertThat(value(fields, "VENDOR_ADDRESS")).doesNotContain("975.00").doesNotContain("224.25");
    }

    /**
     * What OCR makes of a number's surroundings and its first letter: an equals sign left of it (a
     * rule's end), a dollar sign for its S. No invoice number starts with either.
     */
    @Test
    void anEqualsSignBeforeTheNumberAndADollarForItsSAreOcrs() throws IOException {
        for (String[] read : List.of(new String[] {"= SB-2610-00106", "SB-2610-00106"},
                new String[] {"$I-004929", "SI-004929"}, new String[] {"SI-004929", "SI-004929"})) {
            Page p = new Page();
            p.text(16, 50, 790, "Lisnagry Systems Ltd");
            p.text(16, 50, 700, "INVOICE");
            p.text(10, 300, 700, "Invoice No:");
            p.text(10, 370, 700, read[0]);
            p.text(10, 300, 686, "Date:");
            p.text(10, 370, 686, "02/11/2026");
            p.table(List.<String[]>of(new String[] {"EPOS licence, per terminal", "2", "39.00", "78.00"}));
            p.totals("78.00", "VAT 23%", "17.94", "95.94");
            assertThat(value(fields(p), "INVOICE_RECEIPT_ID")).as(read[0]).isEqualTo(read[1]);
        }
    }

    private static void numberAndDate(Page p, String number, String date) {
        p.text(16, 50, 680, "INVOICE");
        p.text(10, 200, 682, "Invoice No:");
        p.text(10, 270, 682, number);
        p.text(10, 350, 682, "Date:");
        p.text(10, 400, 682, date);
    }

    @Test
    void aHeaderOfOneSizeIsALetterheadAndItsFirstLineTheTrustedSupplier() throws IOException {
        Page p = new Page();
        // every line of the header is printed in one size, set flush right
        p.right(12, 400, 800, "HARBOUR CASH & CARRY");
        p.right(12, 400, 785, "DOCK ROAD");
        p.right(12, 400, 770, "LIMERICK V94 E2X5");
        p.right(12, 400, 755, "TEL 061 400 500");
        p.right(12, 400, 740, "VAT NO IE 9512244M");
        p.text(10, 50, 700, "Receipt No:");
        p.text(10, 130, 700, "0014/2643");
        p.text(10, 50, 686, "Date:");
        p.text(10, 130, 686, "04/12/2026");
        p.table(List.<String[]>of(new String[] {"Firelighters 24 pack", "7", "2.60", "18.20"}));
        p.totals("18.20", "VAT 23%", "4.19", "22.39");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("HARBOUR CASH & CARRY");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).as("confirmed by its letterhead")
                .isGreaterThanOrEqualTo(90f);
    }

    @Test
    void aVatReceiptsNumberIsTheInvoiceNumber() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "Harrington & Kelly");
        p.text(10, 50, 770, "14 Quay Street");
        p.text(16, 400, 790, "VAT RECEIPT");
        p.text(10, 400, 770, "Receipt No:");
        p.text(10, 480, 770, "0014/264386");
        p.text(10, 400, 756, "Date:");
        p.text(10, 480, 756, "04/12/2026");
        p.table(List.<String[]>of(new String[] {"Oak barrel planter", "2", "45.00", "90.00"}));
        p.totals("90.00", "VAT 23%", "20.70", "110.70");
        assertThat(value(fields(p), "INVOICE_RECEIPT_ID")).isEqualTo("0014/264386");
    }

    @Test
    void aBrandOnTheLetterheadIsCompletedFromTheLegalNameInTheImprint() throws IOException {
        Page p = new Page();
        p.text(26, 50, 785, "COLDSTREAM");
        p.text(10, 50, 765, "Unit 3 Fonthill Road");
        p.text(10, 50, 752, "Dublin 22 D22 R2C8");
        p.invoiceHeader("CS-0091", "2026-11-10");
        p.table(List.<String[]>of(new String[] {"Ice machine hire, one week", "1", "55.00", "55.00"}));
        p.totals("55.00", "VAT 23%", "12.65", "67.65");
        p.text(8, 50, 60, "Coldstream Equipment Hire Ltd · Registered in Ireland No. 512345");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Coldstream Equipment Hire Ltd");
    }

    @Test
    void vatAtThreeRatesIsTheSumOfItsRowsNotTheBaseItIsChargedOn() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Ballyhale Wholesale Ltd");
        p.invoiceHeader("BW-7", "01/12/2026");
        p.table(List.<String[]>of(new String[] {"Cola 24 x 330ml", "5", "20.00", "100.00"},
                new String[] {"Firelogs net", "10", "20.00", "200.00"}, new String[] {"Milk 2L", "25", "2.00", "50.00"}));
        p.text(10, 330, 500, "Subtotal");
        p.text(10, 500, 500, "€350.00");
        // 23 % of 100.00 = 23.00; 13.5 % of 200.00 = 27.00; 0 % of 50.00 = 0.00: VAT 50.00, total 400.00
        p.text(10, 330, 486, "VAT 23% on €100.00");
        p.text(10, 500, 486, "€23.00");
        p.text(10, 330, 472, "VAT 13.5% on €200.00");
        p.text(10, 500, 472, "€27.00");
        p.text(10, 330, 458, "VAT 0% on €50.00");
        p.text(10, 500, 458, "€0.00");
        p.text(10, 330, 444, "Total");
        p.text(10, 500, 444, "€400.00");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(PrintedValues.amount(value(fields, "TAX"))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50.00"));
        assertThat(PrintedValues.amount(value(fields, "SUBTOTAL"))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("350.00"));
        assertThat(fields.get("TOTAL").valueDetection().confidence()).as("the arithmetic agrees").isGreaterThan(90f);
    }

    @Test
    void theAmountAVatRateIsChargedOnIsNeverTheVatEvenWhenTheVatIsNotThere() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Ballyhale Wholesale Ltd");
        p.invoiceHeader("BW-8", "01/12/2026");
        p.table(List.<String[]>of(new String[] {"Cola 24 x 330ml", "5", "20.00", "100.00"}));
        p.text(10, 330, 500, "Subtotal");
        p.text(10, 500, 500, "€100.00");
        // the VAT's own figure lost (as OCR loses a faint column): only the base it is charged on is left
        p.text(10, 330, 486, "VAT A 23% ON 100.00");
        p.text(10, 330, 472, "VAT B 13.5% on € 0.00");
        assertThat(fields(p)).doesNotContainKey("TAX");
    }

    @Test
    void aFrenchInvoiceInEuropeanNumbersHasItsLinesAndTotals() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Domaine Laurent Frères");
        p.text(10, 50, 770, "12 rue des Tonneliers");
        p.text(10, 50, 757, "21200 Beaune France");
        p.text(10, 330, 720, "N° de facture / Invoice no.");
        p.text(10, 470, 720, "FA2026-00866");
        p.text(10, 330, 706, "Date / Date");
        p.text(10, 470, 706, "15.12.2026");
        p.titles(9, 620, new float[] {50, 100, 330, 400, 490}, "Réf.", "Désignation / Description", "Qté", "P.U. HT", "Montant HT");
        p.text(10, 50, 604, "BDX21");
        p.text(10, 100, 604, "Bordeaux Supérieur 2021");
        p.right(10, 345, 604, "3");
        p.right(10, 440, 604, "56,40 €");
        p.right(10, 540, 604, "169,20 €");
        p.text(10, 330, 560, "Total HT / Net total");
        p.right(10, 540, 560, "169,20 €");
        p.text(10, 330, 546, "TVA / VAT 0%");
        p.right(10, 540, 546, "0,00 €");
        p.text(10, 330, 532, "Total TTC / Total");
        p.right(10, 540, 532, "169,20 €");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("FA2026-00866");
        assertThat(PrintedValues.date(value(fields, "INVOICE_RECEIPT_DATE")).orElseThrow()).hasToString("2026-12-15");
        assertThat(PrintedValues.amount(value(fields, "TOTAL")).orElseThrow()).isEqualByComparingTo("169.20");
        assertThat(PrintedValues.amount(value(fields, "TAX")).orElseThrow()).isEqualByComparingTo("0.00");
        List<Map<String, String>> items = items(doc);
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).containsEntry("ITEM", "Bordeaux Supérieur 2021").containsEntry("QUANTITY", "3");
        assertThat(PrintedValues.amount(items.get(0).get("PRICE")).orElseThrow()).isEqualByComparingTo("169.20");
    }

    @Test
    void aDescriptionWrappedOntoASecondLineIsOneItem() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Fonthill Hire Ltd");
        p.invoiceHeader("FH-12", "10/11/2026");
        p.table(List.<String[]>of(new String[] {"Glass washer 450mm basket, drain pump,", "1", "48.00", "48.00"}));
        p.text(10, 110, 586, "break tank. Hire 10/11 to 17/11");
        p.totals("48.00", "VAT 23%", "11.04", "59.04");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).singleElement().satisfies(i -> assertThat(i.get("ITEM"))
                .isEqualTo("Glass washer 450mm basket, drain pump, break tank. Hire 10/11 to 17/11"));
    }

    @Test
    void aWrappedLineThatStartsWithALabelsWordIsStillTheDescription() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Beaune Wine Freight Ltd");
        p.invoiceHeader("BWF-88", "12/11/2026");
        p.table(List.<String[]>of(new String[] {"Pallet freight Beaune - Dublin, delivered", "1", "165.00", "165.00"}));
        // "to" is also the customer's label ("To: ..."), but here it carries on the description
        p.text(10, 110, 586, "to the door, tail-lift");
        p.totals("165.00", "VAT 0%", "0.00", "165.00");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).singleElement().satisfies(i -> assertThat(i.get("ITEM"))
                .isEqualTo("Pallet freight Beaune - Dublin, delivered to the door, tail-lift"));
    }

    @Test
    void quantitiesHiddenFromTheTableAreWorkedOutFromWholeMultiplesOfThePrice() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Mourne Snacks Ltd");
        p.invoiceHeader("MS-5120", "11/12/2026");
        // no quantity column (its heading lost, or never printed): the amounts are whole multiples of the prices
        p.titles(10, 620, new float[] {110, 400, 500}, "Description", "Unit Price", "Amount");
        p.text(10, 110, 600, "Cheese & onion crisps 50 x 37g");
        p.right(10, 450, 600, "27.50");
        p.right(10, 540, 600, "192.50");
        p.text(10, 110, 572, "Cola 24 x 330ml");
        p.right(10, 450, 572, "18.00");
        p.right(10, 540, 572, "18.00");
        p.totals("210.50", "VAT 0%", "0.00", "210.50");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("7", "1");
    }

    @Test
    void aLetterSpacedHeadingReadsAsItsWords() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Mourne Crisps Ltd");
        p.text(16, 50, 740, "I N V O I C E");
        p.text(9, 330, 720, "N U M B E R");
        p.text(10, 470, 720, "MCS013237");
        p.text(9, 330, 706, "D A T E");
        p.text(10, 470, 706, "06/02/2027");
        p.table(List.<String[]>of(new String[] {"Sea Salt Crisps 24 x 50g", "2", "22.80", "45.60"}));
        p.totals("45.60", "VAT 23%", "10.49", "56.09");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("MCS013237");
        assertThat(PrintedValues.date(value(fields, "INVOICE_RECEIPT_DATE")).orElseThrow()).hasToString("2027-02-06");
    }

    @Test
    void aVatAnalysisWithNoVatTotalGivesTheVatThatMakesTheTotal() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Gleeson Foodservice Ltd");
        p.invoiceHeader("GF-88", "02/12/2026");
        p.table(List.<String[]>of(new String[] {"Cod fillets 5kg", "2", "74.50", "149.00"},
                new String[] {"Kitchen roll", "1", "26.60", "26.60"}));
        // 23 % of 26.60 = 6.118 → 6.12; 0 % of 149.00 = 0.00; 175.60 + 6.12 = 181.72
        p.titles(9, 520, new float[] {300, 380, 450, 500}, "VAT rate", "Goods", "VAT", "Incl. VAT");
        p.text(10, 300, 506, "Goods @ 23%");
        p.right(10, 410, 506, "26.60");
        p.right(10, 470, 506, "6.12");
        p.right(10, 540, 506, "32.72");
        p.text(10, 300, 492, "Goods @ 0%");
        p.right(10, 410, 492, "149.00");
        p.right(10, 470, 492, "0.00");
        p.right(10, 540, 492, "149.00");
        p.text(10, 300, 470, "INVOICE TOTAL €");
        p.right(10, 540, 470, "181.72");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(PrintedValues.amount(value(fields, "TAX")).orElseThrow()).isEqualByComparingTo("6.12");
        assertThat(PrintedValues.amount(value(fields, "TOTAL")).orElseThrow()).isEqualByComparingTo("181.72");
    }

    /** A cash-and-carry receipt: "Tax Inv No:" is its number's label, and the product's number opening each line its code. */
    @Test
    void aReceiptsNumberAndItsLinesProductNumbersAreRead() throws IOException {
        Page p = new Page();
        p.text(16, 80, 800, "KILCOLE CASH & CARRY");
        p.text(9, 60, 786, "Ballymount Road, Dublin 12 D12 X2Y3");
        p.text(9, 60, 760, "Tax Inv No: 0417-046832");
        p.text(9, 60, 748, "Date: 2026-12-03");
        p.text(9, 60, 720, "5014010 KILN DRIED LOGS 40L");
        p.text(9, 70, 708, "3 @ 8.49");
        p.right(9, 300, 708, "25.47 B");
        p.text(9, 60, 694, "5011315 CRISPS SALT&VIN 32X25G");
        p.text(9, 70, 682, "1 @ 12.49");
        p.right(9, 300, 682, "12.49 A");
        p.text(9, 60, 650, "TOTAL EUR");
        p.right(9, 300, 650, "37.96");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("0417-046832");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("5014010", "5011315");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("KILN DRIED LOGS 40L", "CRISPS SALT&VIN 32X25G");
    }

    @Test
    void aReceiptsQuantityAtPriceRowsAreItsItemsWithoutAnyHeader() throws IOException {
        Page p = new Page();
        p.text(14, 60, 800, "ROSCREA TRADE CENTRE");
        p.text(9, 60, 786, "Limerick Road, Roscrea");
        p.text(9, 60, 760, "BILL NO: 77/10293");
        p.text(9, 60, 748, "DATE: 02/12/2026");
        // a description over its figures, and one on the same row as them
        p.text(9, 60, 720, "HEINEKEN 24X330ML BOTTLES");
        p.text(9, 70, 708, "4 @ 29.90");
        p.right(9, 300, 708, "119.60 A");
        p.text(9, 60, 694, "LEMONS LOOSE  12 x 0.35");
        p.right(9, 300, 694, "4.20 Z");
        // a line whose figures do not multiply out is not taken for an item
        p.text(9, 60, 680, "CASE DEPOSIT");
        p.text(9, 70, 668, "3 @ 1.50");
        p.right(9, 300, 668, "4.00");
        p.text(9, 60, 640, "NET TOTAL");
        p.right(9, 300, 640, "123.80");
        p.text(9, 60, 628, "VAT A 23% ON 119.60");
        p.right(9, 300, 628, "27.51");
        p.text(9, 60, 616, "TOTAL EUR");
        p.right(9, 300, 616, "151.31");
        p.text(9, 60, 600, "VISA DEBIT");
        p.right(9, 300, 600, "151.31");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).containsEntry("ITEM", "HEINEKEN 24X330ML BOTTLES").containsEntry("QUANTITY", "4")
                .containsEntry("UNIT_PRICE", "29.90").containsEntry("PRICE", "119.60");
        assertThat(items.get(1)).containsEntry("ITEM", "LEMONS LOOSE").containsEntry("QUANTITY", "12")
                .containsEntry("UNIT_PRICE", "0.35").containsEntry("PRICE", "4.20");
    }

    /**
     * A letterhead whose name is a picture, a logo, with the address and VAT number in the text
     * layer: the name is read from the picture, as Textract reads the page as it looks. A picture
     * with no words in it (a barcode) adds none.
     */
    @Test
    void aSuppliersNameInALogoPictureIsRead() throws IOException {
        Page p = new Page();
        java.awt.image.BufferedImage logo = new java.awt.image.BufferedImage(880, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = logo.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 880, 200);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new java.awt.Color(20, 110, 120));
        g.fillOval(10, 30, 140, 140);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 84));
        g.drawString("Lisnagry Meats", 170, 120);
        g.setColor(java.awt.Color.DARK_GRAY);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 34));
        g.drawString("FAMILY BUTCHERS SINCE 1961", 175, 180);
        g.dispose();
        java.awt.image.BufferedImage barcode = new java.awt.image.BufferedImage(400, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D b = barcode.createGraphics();
        b.setColor(java.awt.Color.WHITE);
        b.fillRect(0, 0, 400, 80);
        b.setColor(java.awt.Color.BLACK);
        for (int x = 10, i = 0; x < 390; x += 3 + (i * 7) % 5, i++) {
            b.fillRect(x, 5, 1 + (i * 3) % 3, 70);
        }
        b.dispose();
        p.picture(50, 752, 264, 60, logo);
        p.text(9, 50, 738, "Unit 7, Lisnagry Business Park, Cavan H12 R6T4");
        p.text(9, 50, 726, "VAT No. IE4815162G");
        p.invoiceHeader("KM-30417", "12/11/2026");
        p.table(List.of(new String[] {"Striploin steak 10oz", "20", "6.40", "128.00"},
                new String[] {"Pork sausages 5kg", "2", "21.50", "43.00"}));
        p.totals("171.00", "VAT @ 0%", "0.00", "171.00");
        p.picture(50, 300, 160, 32, barcode);
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Lisnagry Meats");
        assertThat(value(fields, "VENDOR_VAT_NUMBER")).isEqualTo("IE4815162G");
        assertThat(items(doc)).extracting(i -> i.get("PRICE")).containsExactly("128.00", "43.00");
        assertThat(doc.blocks()).filteredOn(bl -> "LINE".equals(bl.blockType()))
                .noneSatisfy(bl -> assertThat(bl.geometry().boundingBox().top()).isBetween(0.60f, 0.65f));
    }

    /**
     * A logo of light letters on a dark ground ("Heron & Vale" on bottle green), the address set
     * flush right at the top: the name is read from the logo, ampersand and all. Without the logo,
     * neither the address's first line ("The Old Maltings, Dock Road", a building and its road) nor
     * the town under it is a name to book: the supplier's name is the footer's, or a doubt.
     */
    @Test
    void aLogoOfLightLettersOnADarkGroundIsReadAndAnAddressIsNoName() throws IOException {
        java.awt.image.BufferedImage logo = new java.awt.image.BufferedImage(880, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = logo.createGraphics();
        g.setColor(new java.awt.Color(28, 64, 48));
        g.fillRect(0, 0, 880, 200);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new java.awt.Color(236, 224, 190));
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.BOLD, 80));
        g.drawString("Heron & Vale", 120, 115);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 30));
        g.drawString("craft spirits & fine wines", 230, 170);
        g.dispose();
        for (boolean withLogo : new boolean[] {true, false}) {
            Page p = new Page();
            if (withLogo) {
                p.picture(50, 752, 264, 60, logo);
            }
            p.right(9, 545, 800, "The Old Maltings, Dock Road");
            p.right(9, 545, 789, "Limerick");
            p.right(9, 545, 778, "V94 E2T7");
            p.right(9, 545, 767, "VAT No. IE6240679AD");
            p.text(10, 50, 700, "Bill To:");
            p.text(10, 50, 686, "The Local");
            p.text(14, 250, 720, "INVOICE 064593");
            p.text(10, 400, 700, "Date:");
            p.text(10, 480, 700, "18/03/2026");
            p.table(List.<String[]>of(new String[] {"Irish dry gin 70cl", "15", "31.50", "472.50"}));
            p.totals("472.50", "VAT 23%", "108.68", "581.18");
            p.text(7, 50, 60, "Registered office: Heron & Vale, The Old Maltings, Dock Road, Limerick, V94 E2T7. VAT No. IE6240679AD");
            ExpenseField name = fields(p).get("VENDOR_NAME");
            if (withLogo) {
                assertThat(name.valueDetection().text()).isEqualTo("Heron & Vale");
            } else {
                assertThat(name.valueDetection().text().equals("Heron & Vale") || name.valueDetection().confidence() < 80f)
                        .as("read %s at %s", name.valueDetection().text(), name.valueDetection().confidence()).isTrue();
            }
        }
    }

    /**
     * A receipt's lines keep the VAT code printed after their amount (what its VAT analysis explains),
     * and a promotion printed between two items is a line of its own, taken off; a negative figure
     * below the last item is the totals block's.
     */
    @Test
    void aReceiptsVatCodesAndAPromotionBetweenItsItemsAreRead() throws IOException {
        Page p = new Page();
        p.text(14, 60, 800, "DROMAHANE TRADE DEPOT");
        p.text(9, 60, 786, "Mallow Road, Dromahane");
        p.text(9, 60, 760, "Tax Inv No: 0622-118204");
        p.text(9, 60, 748, "Date: 2026-11-21");
        p.text(9, 60, 720, "7720014 ORANGE JUICE 12X1L");
        p.text(9, 70, 708, "3 @ 14.60");
        p.right(9, 300, 708, "43.80 A");
        p.text(9, 60, 696, "MULTIBUY ORANGE JUICE 3 FOR 2");
        p.right(9, 300, 696, "-14.60 A");
        p.text(9, 60, 684, "7730221 FIRELIGHTERS 24PK");
        p.text(9, 70, 672, "2 @ 5.75");
        p.right(9, 300, 672, "11.50 B");
        p.text(9, 60, 660, "STAFF DISCOUNT");
        p.right(9, 300, 660, "-2.00");
        p.text(9, 60, 640, "TOTAL EUR");
        p.right(9, 300, 640, "38.70");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM"))
                .containsExactly("ORANGE JUICE 12X1L", "MULTIBUY ORANGE JUICE 3 FOR 2", "FIRELIGHTERS 24PK");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("43.80", "-14.60", "11.50");
        assertThat(items).extracting(i -> i.get("OTHER")).containsExactly("A", "A", "B");
        assertThat(items.get(1)).doesNotContainKey("QUANTITY");
    }

    /**
     * A saving after the receipt's last item ("MULTIBUY SAVING  -2.50"), then its count of items and
     * the net total the lines make with the saving: the saving is a line, taken off.
     */
    @Test
    void aSavingAfterTheLastItemThatTheNetTotalTakesIn() throws IOException {
        Page p = new Page();
        p.text(14, 60, 800, "CLOGHERANE CASH & CARRY");
        p.text(9, 60, 786, "Dock Road, Clogherane · VAT IE3141592S");
        p.text(9, 60, 760, "Invoice No: 0405-200725");
        p.text(9, 60, 748, "Date: 13/03/25");
        p.text(9, 60, 720, "STILL WATER 24X500ML");
        p.text(9, 70, 708, "1 x 6.99");
        p.right(9, 300, 708, "6.99 A");
        p.text(9, 60, 696, "BIN LINERS HD X200");
        p.text(9, 70, 684, "6 x 16.40");
        p.right(9, 300, 684, "98.40 A");
        p.text(9, 70, 672, "MULTIBUY SAVING");
        p.right(9, 300, 672, "-2.50 A");
        p.text(9, 60, 660, "ITEMS: 7");
        p.text(9, 60, 648, "NET TOTAL");
        p.right(9, 300, 648, "102.89");
        p.text(9, 60, 636, "TOTAL VAT");
        p.right(9, 300, 636, "23.66");
        p.text(9, 60, 624, "TOTAL TO PAY");
        p.right(9, 300, 624, "126.55");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("6.99", "98.40", "-2.50");
    }

    /**
     * A till's bill with its column titles over two rows and each item over two lines (code and
     * description, then "quantity @ price  amount code"), weighed lines among them: the items are
     * the receipt's rows, whatever the titles make of them; and the date the till stamps after the
     * number, with its time and no label, is the bill's date.
     */
    @Test
    void aTillsBillWithTitlesOverTwoRowsAndADateStampedAfterItsNumberIsRead() throws IOException {
        Page p = new Page();
        p.text(12, 60, 800, "CORRAFIN TRADE CENTRE LTD");
        p.text(9, 60, 786, "Quarry Road, Corrafin, Co. Laois R32 E4D1");
        p.text(9, 60, 760, "Inv #: 0318-204411");
        p.text(9, 220, 760, "14/11/2026 10:52");
        p.text(9, 60, 736, "CODE    DESCRIPTION");
        p.text(9, 80, 724, "QTY     PRICE");
        p.right(9, 280, 724, "AMOUNT");
        p.text(9, 290, 724, "VAT");
        String[][] lines = {{"410021 KITCHEN ROLL 2PLY X12", "3 @ 9.49", "28.47 A"},
                {"221047 HAM COOKED SLICED", "2.150kg @ 11.40/kg", "24.51 Z"},
                {"140355 GAS CYL 11KG REFILL", "1 @ 39.99", "39.99 B"}};
        float y = 706;
        for (String[] l : lines) {
            p.text(9, 60, y, l[0]);
            p.text(9, 80, y - 12, l[1]);
            p.right(9, 300, y - 12, l[2]);
            y -= 28;
        }
        p.text(9, 60, y - 10, "TOTAL EUR");
        p.right(9, 300, y - 10, "92.97");
        ExpenseDocument doc = read(p);
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("KITCHEN ROLL 2PLY X12", "HAM COOKED SLICED",
                "GAS CYL 11KG REFILL");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("28.47", "24.51", "39.99");
        assertThat(PrintedValues.number(items.get(1).get("QUANTITY")).orElseThrow()).isEqualByComparingTo("2.150");
        assertThat(PrintedValues.date(value(fields(doc), "INVOICE_RECEIPT_DATE")).orElseThrow())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 14));
    }

    /**
     * Column titles given as alternatives ("Hrs/Qty") name the column either names, beside a
     * column of each line's date; an amount marked "CR" is credited.
     */
    @Test
    void aTitleOfTwoAlternativesAndAnAmountMarkedCrAreRead() throws IOException {
        Page p = new Page();
        p.text(20, 50, 800, "Glenbrack Event Staffing Ltd");
        p.invoiceHeader("GES-1184", "01/12/2026");
        p.titles(10, 620, new float[] {50, 130, 350, 420, 500}, "Date", "Description", "Hrs/Qty", "Rate", "Amount");
        p.rows(600, 20, new String[][] {{"Fri 06/11/2026", "Door staff, 2 persons", "12.00", "24.50", "294.00"},
                {"Sat 07/11/2026", "Cloakroom attendant", "6.00", "18.00", "108.00"},
                {"Sat 07/11/2026", "Refund: late arrival", "1.00", "24.50", "24.50 CR"}},
                left(50), left(130), right(385), right(450), right(540));
        p.totals("377.50", "VAT 23%", "86.83", "464.33");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("12.00", "6.00", "1.00");
        assertThat(items).extracting(i -> PrintedValues.amount(i.get("PRICE")).orElseThrow().toPlainString())
                .containsExactly("294.00", "108.00", "-24.50");
    }

    /**
     * A supplier named only in a block in the page's bottom right corner, set flush right, its name
     * in large print over two lines above its address and VAT number: both lines are the name.
     */
    @Test
    void aSupplierBlockSetFlushRightAtTheFootWithItsNameOverTwoLinesNamesTheSupplier() throws IOException {
        Page p = new Page();
        p.text(16, 40, 805, "Invoice");
        p.text(9, 40, 780, "Our Ref");
        p.text(9, 110, 780, "DK/26/0412");
        p.text(9, 40, 768, "Date");
        p.text(9, 110, 768, "21/11/26");
        p.text(9, 380, 805, "Invoice to");
        p.text(10, 380, 792, "The Weir Bar");
        p.text(9, 380, 780, "Mill Street, Dungiven BT47 4LX");
        p.table(List.<String[]>of(new String[] {"Malbec Reserva 75cl", "12", "11.20", "134.40"}));
        p.totals("134.40", "VAT @ 20%", "26.88", "161.28");
        p.right(26, 545, 140, "Drumkeeran");
        p.right(13, 545, 122, "Wine Cellars");
        p.right(8, 545, 108, "7 Abbey Lane, Newry BT35 6DQ");
        p.right(8, 545, 98, "T 028 3026 7781");
        p.right(8, 545, 88, "VAT No. GB 310 2207 34");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Drumkeeran Wine Cellars");
    }

    /**
     * Column titles printed over two rows ("Unit" over "Price €", "Qty" over "Ordered", "Product"
     * over "Code"), with a unit of measure's column titled "Unit" on the lower row only: one header,
     * each column what its two words name together. A note under a line (its batch and best-before
     * date, or one so called) is neither an item nor part of the line's description.
     */
    @Test
    void titlesOverTwoRowsAreOneHeaderAndNotesUnderALineAreNotItsDescription() throws IOException {
        Page p = new Page();
        p.text(20, 50, 800, "Lisnagry Fine Foods Ltd");
        p.invoiceHeader("LF-20931", "05/12/2026");
        p.titles(9, 632, new float[] {50, 340, 440, 500}, "Product", "Qty", "Unit", "Line");
        p.titles(9, 621, new float[] {50, 110, 340, 380, 440, 500}, "Code", "Description", "Ordered", "Unit", "Price €",
                "Total €");
        p.rows(600, 30, new String[][] {{"CH-12", "Farmhouse cheddar 2.5kg", "4", "each", "18.40", "73.60"},
                {"OL-05", "Green olives 1kg tub", "6", "tub", "7.25", "43.50"}},
                left(50), left(110), right(360), left(380), right(470), right(540));
        p.text(9, 120, 588, "Batch LF2611-07 · Best before 19/12/2026");
        p.text(9, 120, 558, "Note: delivered to the side door");
        p.totals("117.10", "VAT 0%", "0.00", "117.10");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).hasSize(2);
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("CH-12", "OL-05");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Farmhouse cheddar 2.5kg", "Green olives 1kg tub");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("4", "6");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("18.40", "7.25");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("73.60", "43.50");
    }

    /** The customer's VAT number under a label OCR misread ("Custamer VAT No:") is still the customer's, never the supplier's. */
    @Test
    void aCustomersVatNumberUnderAMisreadLabelIsNotTheSuppliers() throws IOException {
        Page p = new Page();
        p.text(20, 50, 800, "Corrafin Ales Ltd");
        p.text(9, 50, 786, "Quarry Road, Corrafin, Co. Laois R32 E4D1");
        p.invoiceHeader("CA-7710", "02/12/2026");
        p.text(9, 400, 740, "Custamer VAT No: IE4102003I");
        p.table(List.<String[]>of(new String[] {"Red ale 30L keg", "2", "120.00", "240.00"}));
        p.totals("240.00", "VAT 23%", "55.20", "295.20");
        assertThat(value(fields(p), "VENDOR_VAT_NUMBER")).isNull();
    }

    /**
     * What names a table's column, and so never a supplier (a photo's lost table can leave its
     * "PRICE" the largest print at the top): a title of any kind, one of two alternatives, the
     * quantity's with a word of the supplier's own; not two titles run together, nor a name.
     */
    @Test
    void columnTitlesAreToldFromNames() {
        assertThat(LineItemTable.isColumnTitle("PRICE")).isTrue();
        assertThat(LineItemTable.isColumnTitle("Amount €")).isTrue();
        assertThat(LineItemTable.isColumnTitle("Hrs/Qty")).isTrue();
        assertThat(LineItemTable.isColumnTitle("Qty Req'd")).isTrue();
        assertThat(LineItemTable.isColumnTitle("Qty Description")).isFalse();
        assertThat(LineItemTable.isColumnTitle("Corrafin Glass Supplies")).isFalse();
        assertThat(LineItemTable.isColumnTitle("Price/Corrafin")).isFalse();
    }

    /** A mark printed after a line's amount, which a footnote explains ("€9.99 *"), goes out with the line. */
    @Test
    void aMarkAfterALinesAmountGoesOutWithTheLine() throws IOException {
        Page p = new Page();
        p.text(20, 50, 800, "Ardnagee Wine Cellars Ltd");
        p.invoiceHeader("AW-5520", "18/11/2026");
        p.table(List.of(new String[] {"Rioja Crianza 75cl", "12", "14.50", "174.00"},
                new String[] {"Ice bucket hire", "2", "6.25", "12.50"}));
        p.text(10, 555, 572, "*");
        p.text(9, 50, 530, "* Equipment hire: VAT @ 13.5%. All other items VAT @ 23%.");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("174.00", "12.50");
        assertThat(items.get(0)).doesNotContainKey("OTHER");
        assertThat(items.get(1)).containsEntry("OTHER", "*");
    }

    @Test
    void columnTitlesWithACurrencySignAndLineNumbersBesideTheCodesAreReadAsColumns() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "Ballintra Cash and Carry");
        p.invoiceHeader("BC-20931", "04/12/2026");
        // "Ln" printed so close to "Code" that each line's number runs into its code
        p.titles(10, 620, new float[] {50, 64, 130, 330, 390, 490}, "Ln", "Code", "Description", "Qty", "Price€", "Value €");
        String[][] rows = {{"1", "200311", "Fresh Milk 2L", "19", "2.49", "47.31"},
                {"2", "200477", "Butter 454g", "9", "4.35", "39.15"},
                {"3", "305188", "Coal 40kg Bag", "3", "29.50", "88.50"}};
        p.rows(600, 28, rows, left(52), left(64), left(130), right(345), right(425), right(530));
        p.totals("174.96", "VAT 0%", "0.00", "174.96");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).hasSize(3);
        assertThat(items.get(0)).containsEntry("PRODUCT_CODE", "200311").containsEntry("ITEM", "Fresh Milk 2L")
                .containsEntry("QUANTITY", "19").containsEntry("UNIT_PRICE", "2.49").containsEntry("PRICE", "47.31");
        assertThat(items.get(2)).containsEntry("PRODUCT_CODE", "305188").containsEntry("UNIT_PRICE", "29.50");
    }

    @Test
    void aNameInCapitalsOnTheLetterheadIsSpeltAsTheFooterSpellsIt() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "MOYLAN FOODSERVICE LTD");
        p.text(10, 50, 770, "Kilbarry Industrial Park, Cork T23 KX90");
        p.invoiceHeader("MF-5520", "04/12/2026");
        p.table(List.<String[]>of(new String[] {"Mature cheddar 5kg", "2", "41.75", "83.50"}));
        p.totals("83.50", "VAT 0%", "0.00", "83.50");
        p.text(7, 50, 40, "Moylan Foodservice Ltd · Registered in Ireland No. 318844");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Moylan Foodservice Ltd");

        // with no other spelling on the page, the capitals stand
        Page alone = new Page();
        alone.text(22, 50, 790, "MOYLAN FOODSERVICE LTD");
        alone.text(10, 50, 770, "Kilbarry Industrial Park, Cork T23 KX90");
        alone.invoiceHeader("MF-5521", "04/12/2026");
        alone.table(List.<String[]>of(new String[] {"Mature cheddar 5kg", "2", "41.75", "83.50"}));
        alone.totals("83.50", "VAT 0%", "0.00", "83.50");
        assertThat(value(fields(alone), "VENDOR_NAME")).isEqualTo("MOYLAN FOODSERVICE LTD");
    }

    @Test
    void aLabelWhoseSlashWasLostIsStillTheLabel() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "Pennard Hygiene Supplies Ltd");
        p.text(16, 400, 790, "INVOICE");
        p.text(9, 330, 770, "Invoice No.");
        p.text(9, 450, 770, "Invoice Tax Date");
        p.text(10, 330, 756, "22013");
        p.text(10, 450, 756, "10/12/2026");
        p.text(10, 50, 700, "Invoice Address:");
        p.text(10, 50, 686, "The Local");
        p.table(List.<String[]>of(new String[] {"Blue roll 2ply x 6", "2", "17.90", "35.80"}));
        p.totals("35.80", "VAT 23%", "8.23", "44.03");
        assertThat(value(fields(p), "INVOICE_RECEIPT_DATE")).isEqualTo("10/12/2026");
    }

    @Test
    void anEircodeWhoseLetterCameBackInSmallPrintStillEndsTheAddress() throws IOException {
        Page p = new Page();
        p.text(30, 50, 775, "Brightwater Linen");
        p.right(8, 545, 792, "Unit 12 Raheen Business Park");
        p.right(8, 545, 782, "Limerick");
        p.right(8, 545, 772, "v94 H6Y2");
        numberAndDate(p, "BL-0391", "27/10/2026");
        p.table(List.<String[]>of(new String[] {"Bar towels x 50", "2", "18.00", "36.00"}));
        p.totals("36.00", "VAT 23%", "8.28", "44.28");
        assertThat(value(fields(p), "VENDOR_ADDRESS").replaceAll("\\s+", " "))
                .isEqualTo("Unit 12 Raheen Business Park Limerick V94 H6Y2");
    }

    @Test
    void aScannedDashOrSlashBetweenWordsIsKeptAndAnAddressLineCutByDashesIsItsLines() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "Maison Corbel");
        p.text(10, 50, 770, "Unit 4 Kilcullen Road - Naas - Co. Kildare W91 K2X4");
        p.invoiceHeader("MC-2207", "04/12/2026");
        p.table(List.<String[]>of(new String[] {"Chablis 2023 - carton 6 x 75cl", "3", "97.80", "293.40"},
                new String[] {"Freight Beaune - Naas / pallet", "1", "165.00", "165.00"}));
        p.totals("458.40", "VAT 0%", "0.00", "458.40");
        ExpenseDocument scan = reader.analyzeExpense(p.png()).expenseDocuments().get(0);
        List<Map<String, String>> items = items(scan);
        assertThat(items).extracting(i -> i.get("ITEM"))
                .containsExactly("Chablis 2023 - carton 6 x 75cl", "Freight Beaune - Naas / pallet");
        assertThat(fields(scan).get("VENDOR_ADDRESS").valueDetection().text())
                .isEqualTo("Unit 4 Kilcullen Road\nNaas\nCo. Kildare W91 K2X4");
    }

    @Test
    void withNoLetterheadTheLegalNameBesideTheVatNumberIsTheSupplierAsADoubtAndAKindOfInvoiceIsNoName() throws IOException {
        Page p = new Page();
        // the letterhead lost (cut off a photo): the title is the top line, then the invoice's details
        p.text(16, 50, 790, "HIRE INVOICE");
        p.text(10, 50, 770, "Invoice number:");
        p.text(10, 140, 770, "QH/3310");
        p.text(10, 50, 756, "Invoice date:");
        p.text(10, 140, 756, "4 December 2026");
        p.table(List.<String[]>of(new String[] {"Keg cooler, 2 days", "1", "120.00", "120.00"}));
        p.totals("120.00", "VAT 23%", "27.60", "147.60");
        p.text(7, 50, 60, "Quayside Event Hire Ltd");
        p.text(7, 200, 60, "VAT Reg. No. IE1234567T");
        p.text(7, 330, 60, "accounts@quaysidehire.ie");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Quayside Event Hire Ltd");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).as("confidence").isLessThan(80f);
    }

    @Test
    void aCustomerBlockWhoseLinesFallBetweenTheNextColumnsIsStillTheCustomers() throws IOException {
        Page p = new Page();
        p.text(26, 50, 790, "Carrow");
        p.right(8, 545, 800, "3 Bridge Street");
        p.right(8, 545, 790, "Mallow");
        p.right(8, 545, 780, "Co. Cork");
        p.text(16, 50, 720, "INVOICE");
        p.text(10, 320, 720, "Deliver & invoice to");
        // the invoice's details on the left sit between the customer's lines: rows of their own
        p.text(10, 50, 699, "Invoice no. C-02101");
        p.text(10, 320, 706, "The Drover's Rest");
        p.text(10, 320, 692, "Fair Green");
        p.text(10, 50, 685, "Date 11 FEB 2027");
        p.text(10, 320, 678, "Ballinasloe");
        p.text(10, 50, 671, "Due 25 FEB 2027");
        p.text(10, 320, 664, "Co. Galway");
        p.text(10, 320, 650, "H53 R8N2");
        p.table(List.<String[]>of(new String[] {"Striploin 2kg", "2", "48.00", "96.00"}));
        p.totals("96.00", "VAT 0%", "0.00", "96.00");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("The Drover's Rest");
        assertThat(value(fields, "VENDOR_ADDRESS")).doesNotContain("Ballinasloe").doesNotContain("H53");
    }

    @Test
    void anInvoicesTitleInAnotherLanguageIsNoNameAndANameHeadingTheKindOfDocumentIsTheName() throws IOException {
        for (String title : List.of("FACTUUR.", "Rechnung", "Kopie factuur", "Retail Invoices/Bill")) {
            Page p = new Page();
            p.text(24, 50, 790, title);
            p.text(14, 50, 755, "Brouwerij De Kade B.V.");
            p.text(9, 50, 741, "Kadestraat 12, 1011 AB Amsterdam");
            p.invoiceHeader("BK-771", "04/12/2026");
            p.table(List.<String[]>of(new String[] {"Kade Blond 20L keg", "2", "96.00", "192.00"}));
            p.totals("192.00", "VAT 0%", "0.00", "192.00");
            assertThat(value(fields(p), "VENDOR_NAME")).as(title).isEqualTo("Brouwerij De Kade B.V.");
        }
        Page heading = new Page();
        heading.text(22, 50, 790, "Quayside Hire Services Invoice");
        heading.invoiceHeader("QH-12", "04/12/2026");
        heading.table(List.<String[]>of(new String[] {"Keg cooler, 2 days", "1", "120.00", "120.00"}));
        heading.totals("120.00", "VAT 23%", "27.60", "147.60");
        assertThat(value(fields(heading), "VENDOR_NAME")).isEqualTo("Quayside Hire Services");
    }

    @Test
    void aGermanOrFrenchInvoicesLabelsAndWrittenMonthsAreRead() throws IOException {
        Page de = new Page();
        de.text(22, 50, 790, "Weinhaus Keller GmbH");
        de.text(10, 50, 720, "Rechnungsnr.");
        de.text(10, 150, 720, "30064443");
        de.text(10, 50, 706, "Rechnungsdatum");
        de.text(10, 150, 706, "7. Mai 2026");
        de.table(List.<String[]>of(new String[] {"Riesling trocken 6 x 75cl", "2", "54,00", "108,00"}));
        de.totals("108,00", "MwSt. 0%", "0,00", "108,00");
        Map<String, ExpenseField> fields = fields(de);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("30064443");
        assertThat(PrintedValues.date(value(fields, "INVOICE_RECEIPT_DATE"))).contains(java.time.LocalDate.of(2026, 5, 7));

        Page fr = new Page();
        fr.text(22, 50, 790, "Domaine Corbel SARL");
        fr.text(10, 50, 720, "Date de facture : 02 juillet 2026");
        fr.text(10, 50, 706, "Date limite de paiement le 05 juillet 2026");
        fr.table(List.<String[]>of(new String[] {"Chablis 2023 carton 6 x 75cl", "1", "97,80", "97,80"}));
        fr.totals("97,80", "TVA 0%", "0,00", "97,80");
        fields = fields(fr);
        assertThat(PrintedValues.date(value(fields, "INVOICE_RECEIPT_DATE"))).contains(java.time.LocalDate.of(2026, 7, 2));
        assertThat(PrintedValues.date(value(fields, "DUE_DATE"))).contains(java.time.LocalDate.of(2026, 7, 5));
    }

    @Test
    void aNumberSignAgainstItsNumberAndADateAfterTheNumberAreRead() throws IOException {
        Page fr = new Page();
        fr.text(22, 50, 790, "Domaine Corbel SARL");
        fr.text(12, 50, 720, "Facture n°562044387 du 02 Juillet 2026");
        fr.table(List.<String[]>of(new String[] {"Chablis 2023 carton 6 x 75cl", "1", "97,80", "97,80"}));
        fr.totals("97,80", "TVA 0%", "0,00", "97,80");
        Map<String, ExpenseField> fields = fields(fr);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("562044387");
        assertThat(PrintedValues.date(value(fields, "INVOICE_RECEIPT_DATE"))).contains(java.time.LocalDate.of(2026, 7, 2));

        Page en = new Page();
        en.text(22, 50, 790, "Harbour Cellars Ltd");
        en.text(12, 50, 720, "Invoice No. HC-4711 dated 3 May 2026");
        en.table(List.<String[]>of(new String[] {"House red 6 x 75cl", "2", "48.00", "96.00"}));
        en.totals("96.00", "VAT 0%", "0.00", "96.00");
        fields = fields(en);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("HC-4711");
        assertThat(PrintedValues.date(value(fields, "INVOICE_RECEIPT_DATE"))).contains(java.time.LocalDate.of(2026, 5, 3));

        // "Invoice No. 788123 Date 01/07/26": the date's own label after the number, in one line
        Page both = new Page();
        both.text(22, 50, 790, "Moyglass Foodservice Ltd");
        both.text(9, 380, 770, "Invoice No. 788123 Date 01/07/26");
        both.table(List.<String[]>of(new String[] {"Brown soda bread", "2", "11.40", "22.80"}));
        both.totals("22.80", "VAT 0%", "0.00", "22.80");
        fields = fields(both);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("788123");
        assertThat(PrintedValues.date(value(fields, "INVOICE_RECEIPT_DATE"))).contains(java.time.LocalDate.of(2026, 7, 1));
    }

    @Test
    void aValueAtTheFarEndOfItsRowIsReadWhenTheBlockAlignsLabelsLeftAndValuesRight() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "Harbour Cellars Ltd");
        p.text(10, 60, 760, "Invoice Number:");
        p.right(10, 560, 760, "HC-4711");
        p.text(10, 60, 746, "Invoice Date:");
        p.right(10, 560, 746, "3 May 2026");
        p.table(List.<String[]>of(new String[] {"House red 6 x 75cl", "2", "48.00", "96.00"}));
        p.totals("96.00", "VAT 0%", "0.00", "96.00");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("HC-4711");
        assertThat(PrintedValues.date(value(fields, "INVOICE_RECEIPT_DATE"))).contains(java.time.LocalDate.of(2026, 5, 3));

        // alone on its row, with nothing aligned above or below it, a far value is not the label's
        Page alone = new Page();
        alone.text(22, 50, 790, "Harbour Cellars Ltd");
        alone.text(10, 60, 760, "Invoice Number:");
        alone.right(10, 560, 760, "HC-4711");
        alone.table(List.<String[]>of(new String[] {"House red 6 x 75cl", "2", "48.00", "96.00"}));
        alone.totals("96.00", "VAT 0%", "0.00", "96.00");
        assertThat(fields(alone)).doesNotContainKey("INVOICE_RECEIPT_ID");
    }

    @Test
    void twoFiguresSideBySideInTheTotalsEachKeepTheirOwnAmount() throws IOException {
        // the net at the left ("Exclusief BTW"), the gross at the right under a "Subtotaal" that includes VAT
        Page p = new Page();
        p.text(22, 50, 790, "Wijnkoperij Van Dam B.V.");
        p.invoiceHeader("992288600", "29/03/2026");
        p.table(List.<String[]>of(new String[] {"Rioja crianza 6 x 75cl", "2", "€ 49,00", "€ 98,00"}));
        p.text(10, 60, 500, "Exclusief BTW");
        p.right(10, 180, 500, "€ 81,00");
        p.text(10, 400, 500, "Subtotaal");
        p.right(10, 540, 500, "€ 98,00");
        p.text(10, 60, 486, "BTW 21%");
        p.right(10, 180, 486, "€ 17,00");
        p.text(10, 400, 472, "Totaal");
        p.right(10, 540, 472, "€ 98,00");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(PrintedValues.amount(value(fields, "SUBTOTAL"))).contains(new java.math.BigDecimal("81.00"));
        assertThat(PrintedValues.amount(value(fields, "TOTAL"))).contains(new java.math.BigDecimal("98.00"));
    }

    @Test
    void aTotalRowUnderNetVatAndGrossHeadingsGivesEachItsFigure() throws IOException {
        // French: one total row, its figures in columns headed HT, TVA and TTC, nothing else names the net
        Page fr = new Page();
        fr.text(22, 50, 790, "Caves Moreau SARL");
        fr.invoiceHeader("F-20931", "14/10/2026");
        fr.table(List.<String[]>of(new String[] {"Muscadet sur lie 75cl", "12", "7,50", "90,00"},
                new String[] {"Cidre brut 33cl", "24", "1,25", "30,00"}));
        fr.titles(9, 520, new float[] {300, 400, 480}, "Montant EUR HT", "Montant TVA", "Montant EUR TTC");
        fr.text(10, 60, 500, "Total facture");
        fr.right(10, 360, 500, "120,00");
        fr.right(10, 450, 500, "24,00");
        fr.right(10, 550, 500, "144,00");
        Map<String, ExpenseField> f = fields(fr);
        assertThat(PrintedValues.amount(value(f, "SUBTOTAL"))).contains(new java.math.BigDecimal("120.00"));
        assertThat(PrintedValues.amount(value(f, "TAX"))).contains(new java.math.BigDecimal("24.00"));
        assertThat(PrintedValues.amount(value(f, "TOTAL"))).contains(new java.math.BigDecimal("144.00"));

        // German, the headings over a row per rate and the total row under them; the gross first
        Page de = new Page();
        de.text(22, 50, 790, "Weinhaus Keller GmbH");
        de.invoiceHeader("RE-55102", "02.11.2026");
        de.table(List.<String[]>of(new String[] {"Riesling trocken 0,75l", "6", "9,00", "54,00"},
                new String[] {"Apfelsaft 1l", "10", "1,60", "16,00"}));
        de.titles(9, 520, new float[] {268, 370, 492}, "Brutto", "Netto", "MwSt.");
        de.text(9, 60, 506, "19 %");
        de.right(10, 300, 506, "64,26");
        de.right(10, 400, 506, "54,00");
        de.right(10, 520, 506, "10,26");
        de.text(9, 60, 492, "7 %");
        de.right(10, 300, 492, "17,12");
        de.right(10, 400, 492, "16,00");
        de.right(10, 520, 492, "1,12");
        de.text(10, 60, 476, "Gesamtbetrag");
        de.right(10, 300, 476, "81,38");
        de.right(10, 400, 476, "70,00");
        de.right(10, 520, 476, "11,38");
        Map<String, ExpenseField> g = fields(de);
        assertThat(PrintedValues.amount(value(g, "SUBTOTAL"))).contains(new java.math.BigDecimal("70.00"));
        assertThat(PrintedValues.amount(value(g, "TAX"))).contains(new java.math.BigDecimal("11.38"));
        assertThat(PrintedValues.amount(value(g, "TOTAL"))).contains(new java.math.BigDecimal("81.38"));
    }

    @Test
    void aColumnHeadingOnTwoLinesIsNoTotalsLabelOverTheFirstItem() throws IOException {
        // "Amount" over "excl. VAT": the heading's second line names the net, and the first item's
        // amount stands under it; the page prints only a total
        Page p = new Page();
        p.text(22, 50, 790, "Hosting Partners AG");
        p.invoiceHeader("30064443", "07/05/2026");
        p.table(List.<String[]>of(new String[] {"Exchange mailbox, standard", "1", "3,89", "3,89"},
                new String[] {"Exchange mailbox, large", "1", "5,39", "5,39"}));
        p.text(9, 500, 609, "excl. VAT");
        p.text(10, 400, 500, "Total EUR");
        p.right(10, 540, 500, "9,28");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(PrintedValues.amount(value(fields, "TOTAL"))).contains(new java.math.BigDecimal("9.28"));
        assertThat(value(fields, "SUBTOTAL")).as("the first item's amount is no subtotal: " + fields.get("SUBTOTAL")).isNull();
    }

    @Test
    void aSloganPrintedLargerThanTheNameIsNotTheSupplier() throws IOException {
        Page p = new Page();
        p.text(18, 50, 805, "Wine you will want again.");
        p.text(10, 250, 780, "Wijnhandel Vinoteca B.V.");
        p.text(9, 250, 768, "Kadestraat 12");
        p.text(9, 250, 756, "1011 AB Amsterdam");
        p.invoiceHeader("VF-20931", "14/10/2026");
        p.table(List.<String[]>of(new String[] {"Rioja crianza 6 x 75cl", "2", "49.00", "98.00"}));
        p.totals("98.00", "VAT 0%", "0.00", "98.00");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Wijnhandel Vinoteca B.V.");
    }

    @Test
    void aGermanTableWithPositionDiscountAndSalePriceColumnsIsReadAsItems() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "Weinhaus Keller GmbH");
        p.invoiceHeader("RE-55102", "02.11.2026");
        p.titles(9, 620, new float[] {50, 85, 130, 330, 400, 480}, "Pos.", "Menge", "Beschreibung", "Rabatt %", "VK-Preis", "Zeilenbetrag");
        String[][] rows = {{"1", "6", "Riesling trocken 0,75l", "9,00", "54,00"}, {"2", "10", "Apfelsaft 1l", "1,60", "16,00"}};
        p.rows(600, 22, rows, right(60), right(110), left(130), right(440), right(535));
        p.totals("70,00", "MwSt. 19%", "13,30", "83,30");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Riesling trocken 0,75l", "Apfelsaft 1l");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("54,00", "16,00");
    }

    @Test
    void theReturnAddressOverAnEnvelopesWindowNamesTheSupplierNotTheAddresseeUnderIt() throws IOException {
        Page p = new Page();
        p.text(7, 60, 760, "Weinhaus Keller GmbH - Rheinstraße 12 - D-55116 Mainz");
        p.text(11, 60, 730, "The Local Bar Ltd.");
        p.text(10, 60, 717, "12 Main Street");
        p.text(10, 60, 704, "Ennis, Co. Clare");
        p.text(10, 60, 691, "Ireland");
        p.text(10, 380, 700, "Rechnungsnr.");
        p.text(10, 470, 700, "RE-55102");
        p.text(10, 380, 686, "Rechnungsdatum");
        p.text(10, 470, 686, "02.11.2026");
        p.table(List.<String[]>of(new String[] {"Riesling trocken 0,75l", "6", "9,00", "54,00"}));
        p.totals("54,00", "MwSt. 0%", "0,00", "54,00");
        p.text(7, 60, 60, "Weinhaus Keller GmbH · Rheinstraße 12 · 55116 Mainz · USt-IdNr. DE123456789");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Weinhaus Keller GmbH");
    }

    @Test
    void theAccountHolderPrintedAgainAsTheImprintIsTheSupplierNotTheCustomerAtTheTop() throws IOException {
        for (boolean imprint : List.of(true, false)) {
            Page p = new Page();
            p.text(12, 380, 800, "Bar Mulligan");
            p.text(10, 380, 786, "Mulligan Hospitality");
            p.text(10, 380, 772, "27 Rue Henri Rolland");
            p.text(10, 380, 758, "69100 Villeurbanne");
            p.text(10, 230, 730, "Facture n° 2022089083");
            p.text(10, 50, 716, "Date : 28/11/2022");
            p.table(List.<String[]>of(new String[] {"Annonce légale", "1", "45.93", "45.93"}));
            p.totals("45.93", "TVA 20%", "9.19", "55.12");
            p.text(9, 50, 300, "Virement : Banque Populaire – Titulaire du compte : Annonces Rhône-Alpes");
            p.text(9, 50, 288, "IBAN : FR76 1010 7002 4500 6170 5231 739");
            if (imprint) {
                p.text(7, 260, 60, "Annonces Rhône-Alpes");
            }
            p.text(7, 160, 50, "Siège social : 16 rue Mollien - 92100 Boulogne - SARL au capital de 10 000 €");
            String vendor = value(fields(p), "VENDOR_NAME");
            if (imprint) {
                assertThat(vendor).isEqualTo("Annonces Rhône-Alpes");
            } else {
                // named only in the bank details (a factoring company may be): not taken
                assertThat(vendor).isNotEqualTo("Annonces Rhône-Alpes");
            }
        }
        // a customer's direct-debit block names the customer as account holder, away from the bank's details
        Page debit = new Page();
        debit.text(18, 50, 800, "Caves Moreau");
        debit.text(10, 380, 786, "Mulligan Hospitality");
        debit.text(10, 380, 772, "27 Rue Henri Rolland");
        debit.text(10, 230, 730, "Facture n° 2022089084");
        debit.text(10, 50, 716, "Date : 28/11/2022");
        debit.table(List.<String[]>of(new String[] {"Muscadet 75cl", "12", "7.50", "90.00"}));
        debit.totals("90.00", "TVA 20%", "18.00", "108.00");
        debit.text(9, 50, 300, "Prélèvement mensuel - Account holder: Mulligan Hospitality");
        assertThat(value(fields(debit), "VENDOR_NAME")).isEqualTo("Caves Moreau");
    }

    @Test
    void aVatAnalysisTotalsRowWithoutALabelGivesTheNetAndTheVatByItsSums() throws IOException {
        for (boolean sumRow : List.of(true, false)) {
            Page p = new Page();
            p.text(22, 50, 790, "Brouwerij De Kade");
            p.text(10, 50, 700, "Factuurnummer: VF-771");
            p.text(10, 50, 686, "Factuurdatum: 08-09-2026");
            p.titles(10, 620, new float[] {50, 110, 330, 390, 500}, "Artikel", "Omschrijving", "Prijs", "BTW Aantal", "Bedrag");
            p.text(10, 50, 600, "E1031");
            p.text(10, 110, 600, "Kade Blond 20L");
            p.right(10, 360, 600, "96,00");
            p.text(10, 390, 600, "21 %");
            p.right(10, 460, 600, "1");
            p.right(10, 535, 600, "96,00");
            p.text(10, 50, 586, "E1044");
            p.text(10, 110, 586, "Alcoholvrij 24 x 33cl");
            p.right(10, 360, 586, "24,00");
            p.text(10, 390, 586, "9 %");
            p.right(10, 460, 586, "1");
            p.right(10, 535, 586, "24,00");
            p.titles(9, 520, new float[] {300, 350, 420, 500}, "BTW %", "Grondslag", "BTW bedrag", "Totaal");
            if (sumRow) {
                // with its rates; without them each rate's row is figures only, as a totals row is
                p.text(10, 300, 506, "21 %");
                p.text(10, 300, 492, "9 %");
            }
            p.right(10, 395, 506, "79,34");
            p.right(10, 465, 506, "16,66");
            p.right(10, 535, 506, "96,00");
            p.right(10, 395, 492, "22,02");
            p.right(10, 465, 492, "1,98");
            p.right(10, 535, 492, "24,00");
            if (sumRow) {
                p.right(10, 395, 478, "101,36");
                p.right(10, 465, 478, "18,64");
                p.right(10, 535, 478, "120,00");
            }
            ExpenseDocument doc = read(p);
            // "BTW" titles the rate's column, sharing its segment with the quantity's title
            assertThat(items(doc)).extracting(i -> i.get("ITEM")).containsExactly("Kade Blond 20L", "Alcoholvrij 24 x 33cl");
            Map<String, ExpenseField> fields = fields(doc);
            if (sumRow) {
                assertThat(PrintedValues.amount(value(fields, "SUBTOTAL"))).contains(new java.math.BigDecimal("101.36"));
                assertThat(PrintedValues.amount(value(fields, "TAX"))).contains(new java.math.BigDecimal("18.64"));
            } else {
                // a rate's row is no total: its figures are not the sums of those above them
                assertThat(value(fields, "SUBTOTAL")).isNotIn("79,34", "22,02");
            }
        }
    }

    @Test
    void aSupplierNamedByALabelIsTakenWithoutItsLabel() throws IOException {
        Page p = new Page();
        p.text(20, 200, 805, "Retail Invoice");
        p.text(12, 50, 780, "Sold By : Harbour Online Retail Ltd.,");
        p.text(8, 50, 768, "Warehouse Address: Unit 4, Dock Road, Galway, H91 X2K1");
        p.invoiceHeader("HOR-2210", "20/10/2026");
        p.table(List.<String[]>of(new String[] {"Bar blender 2L", "1", "89.00", "89.00"}));
        p.totals("89.00", "VAT 0%", "0.00", "89.00");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Harbour Online Retail Ltd.");

        // a supplier's number under a label is no name: the letterhead stays the supplier
        Page q = new Page();
        q.text(20, 50, 805, "Harbour Ales Ltd");
        q.text(9, 50, 780, "Supplier No: 4711");
        q.invoiceHeader("HA-1", "20/10/2026");
        q.table(List.<String[]>of(new String[] {"Harbour Pale 30L keg", "1", "120.00", "120.00"}));
        q.totals("120.00", "VAT 0%", "0.00", "120.00");
        assertThat(value(fields(q), "VENDOR_NAME")).isEqualTo("Harbour Ales Ltd");
    }

    @Test
    void aDutchInvoicesPartyDateAndVatLabelsAreRead() throws IOException {
        Page p = new Page();
        p.text(10, 50, 800, "Factuuradres");
        p.text(10, 50, 786, "The Local");
        p.text(10, 50, 772, "12 Main Street, Ennis");
        p.text(18, 330, 800, "Brouwerij De Kade");
        p.text(9, 330, 786, "Kadestraat 12, 1011 AB Amsterdam");
        p.text(9, 330, 772, "BTW-nummer: NL123456782B01");
        p.titles(10, 720, new float[] {50, 160, 300}, "Klant", "Factuur datum", "Factuurnummer");
        p.text(10, 50, 706, "SCO0303006");
        p.text(10, 160, 706, "8-9-2026");
        p.text(10, 300, 706, "VF1005193039");
        p.table(List.<String[]>of(new String[] {"Kade Blond 20L vat", "2", "96,00", "192,00"}));
        p.totals("192,00", "BTW 0%", "0,00", "192,00");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Brouwerij De Kade");
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("The Local");
        assertThat(PrintedValues.date(value(fields, "INVOICE_RECEIPT_DATE"))).contains(java.time.LocalDate.of(2026, 9, 8));
        assertThat(value(fields, "VENDOR_VAT_NUMBER")).isEqualTo("NL123456782B01");
    }

    @Test
    void aSpeckReadAsATildeOrEqualsBeforeAWordIsNoPartOfIt() {
        assertThat(TesseractOcr.cleanWord("~=Napkins")).isEqualTo("Napkins");
        assertThat(TesseractOcr.cleanWord("=3")).isEqualTo("3");
        assertThat(TesseractOcr.cleanWord("a=b")).isEqualTo("a=b");
    }

    /**
     * A delivery docket: ordered and delivered quantities side by side (the delivered ones are
     * charged), descriptions starting left of their title after the code, and a pre-printed form's
     * values filled in right of their labels, a line lower; "CUSTOMER A/C" and "CUSTOMER SIGNATURE:"
     * name no customer.
     */
    @Test
    void aDocketChargesWhatWasDeliveredAndItsFormsValuesSitBelowRightOfTheirLabels() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Rathmore Drinks Distribution Ltd");
        p.text(9, 50, 774, "Unit 2, Mill Road, Clonmel, Co. Tipperary E91 K2P3");
        p.text(12, 400, 760, "DELIVERY DOCKET / INVOICE");
        p.text(8, 400, 744, "No.");
        p.text(11, 470, 744, "408812");
        p.text(6, 50, 720, "CUSTOMER A/C");
        p.text(6, 300, 720, "DATE");
        p.text(10, 120, 708, "44817");
        p.text(10, 380, 708, "14-11-26");
        p.text(6, 50, 690, "DELIVER TO / INVOICE TO");
        p.text(10, 80, 678, "THE CORNER HOUSE");
        p.text(10, 80, 665, "MAIN STREET, CAHIR");
        p.titles(8, 620, new float[] {50, 170, 290, 350, 420, 500}, "CODE", "DESCRIPTION", "ORDERED", "DELIVERED", "PRICE", "AMOUNT");
        p.rows(600, 18, new String[][] {{"5002", "POST-MIX LEMONADE BIB 10L", "11", "10", "58.90", "589.00"},
                {"2045", "COLA 24X330ML CAN", "4", "3", "15.20", "45.60"}},
                left(50), left(90), right(320), right(390), right(455), right(540));
        p.totals("634.60", "VAT 23%", "145.96", "780.56");
        p.text(7, 50, 420, "CUSTOMER SIGNATURE:");
        ExpenseDocument doc = read(p);
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("5002", "2045");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("POST-MIX LEMONADE BIB 10L", "COLA 24X330ML CAN");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("10", "3");
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "INVOICE_RECEIPT_DATE")).isEqualTo("14-11-26");
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("THE CORNER HOUSE");
    }

    /**
     * Totals in a box beside the table ("SUMMARY" titled in the header's row), each label's amount
     * under it and further right, on the rows of the items: the box is no part of the items, and
     * its amounts are the totals.
     */
    @Test
    void aSummaryBoxBesideTheTableGivesTheTotalsAndNoneOfItIsAnItem() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Golden Furrow Bakery");
        p.invoiceHeader("GFB-2231", "02/12/2026");
        p.titles(9, 620, new float[] {50, 90, 250, 300, 350, 450}, "Code", "Description", "Qty", "Price", "Value", "SUMMARY");
        String[][] rows = {{"B-11", "Sourdough loaf", "6", "4.20", "25.20"}, {"B-12", "Brown soda bread", "4", "3.80", "15.20"},
                {"B-20", "Scones, dozen", "2", "9.60", "19.20"}, {"B-31", "Bagels, six", "3", "5.10", "15.30"}};
        p.rows(600, 18, rows, left(50), left(90), right(270), right(330), right(390));
        // the box: each label right of the values, its amount a line lower, further right
        String[][] box = {{"Net goods", "74.90"}, {"VAT @ 13.5%", "10.11"}, {"Invoice total", "85.01"}};
        float y = 591;
        for (String[] b : box) {
            p.text(9, 430, y, b[0]);
            p.right(9, 545, y - 9, b[1]);
            y -= 18;
        }
        ExpenseDocument doc = read(p);
        assertThat(items(doc)).extracting(i -> i.get("PRICE")).containsExactly("25.20", "15.20", "19.20", "15.30");
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("74.90");
        assertThat(value(fields, "TAX")).isEqualTo("10.11");
        assertThat(value(fields, "TOTAL")).isEqualTo("85.01");
    }

    /** A column title in more words than the title it starts with ("Qty Returned") is as wide as its words. */
    @Test
    void aTitleWithTheSuppliersWordsAfterItIsAsWideAsItsWords() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Slieve Mish Waters Ltd");
        p.invoiceHeader("CN-0091", "02/12/2026");
        p.titles(9, 620, new float[] {50, 120, 300, 380, 500}, "Code", "Description", "Qty Returned", "Unit Price", "Credit");
        p.rows(600, 18, new String[][] {{"SM-200", "Tonic water 24 x 200ml", "2", "17.80", "(35.60)"},
                {"SM-330", "Sparkling water 24 x 330ml", "1", "13.20", "(13.20)"}},
                left(50), left(120), right(358), right(430), right(540));
        p.totals("(48.80)", "VAT 23%", "(11.22)", "(60.02)");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("2", "1");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("17.80", "13.20");
    }

    /**
     * "Corrib Energy is a trading name of Corrib Energy Supply DAC": the letterhead is the name the
     * supplier trades under, not a sentence up to a legal form; "Total charges before VAT" is the
     * subtotal, not the total.
     */
    @Test
    void aTradingNameIsTheSupplierAndATotalBeforeVatIsTheSubtotal() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Ardmore Power");
        p.text(9, 50, 774, "Quay Road, Dungarvan, X35 H2K8");
        p.invoiceHeader("552019", "01/12/2026");
        p.table(List.<String[]>of(new String[] {"Standing charge, 30 days", "30", "0.82", "24.60"},
                new String[] {"Day units kWh", "1200", "0.31", "372.00"}));
        p.text(10, 330, 500, "Total charges before VAT");
        p.right(10, 540, 500, "396.60");
        p.text(10, 330, 486, "VAT @ 9%");
        p.right(10, 540, 486, "35.69");
        p.text(10, 330, 472, "Total charges this period");
        p.right(10, 540, 472, "432.29");
        p.text(7, 100, 60, "Ardmore Power is a trading name of Ardmore Power Supply DAC, registered in Ireland No. 598812.");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Ardmore Power");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).as("the imprint confirms it").isGreaterThanOrEqualTo(80f);
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("396.60");
        assertThat(value(fields, "TOTAL")).isEqualTo("432.29");
    }

    /**
     * A utility-style bill: the customer's name the largest print on the page, its address under
     * it, printed again on the remittance slip; the supplier's small letterhead named as the payee
     * ("Pay to X  IBAN …"). The payee is the supplier; without it, the customer's name is no supplier
     * for sure.
     */
    @Test
    void theCustomersNameInLargePrintRepeatedOnTheRemittanceSlipIsNeverTheSupplierForSure() throws IOException {
        Map<String, ExpenseField> paid = fields(utilityLayout(true));
        assertThat(value(paid, "VENDOR_NAME")).isEqualTo("Lough Mask Linen Ltd");
        assertThat(paid.get("VENDOR_NAME").valueDetection().confidence()).isGreaterThanOrEqualTo(80f);
        Map<String, ExpenseField> unpaid = fields(utilityLayout(false));
        if (value(unpaid, "VENDOR_NAME").startsWith("Geraghty")) {
            assertThat(unpaid.get("VENDOR_NAME").valueDetection().confidence()).as("a guess, for a person").isLessThan(80f);
        }
        // no slip at all: the limited company's name above the largest print leaves it in doubt
        Map<String, ExpenseField> noSlip = fields(utilityLayout(false, false));
        if (value(noSlip, "VENDOR_NAME").startsWith("Geraghty")) {
            assertThat(noSlip.get("VENDOR_NAME").valueDetection().confidence()).as("a guess, for a person").isLessThan(80f);
        }
    }

    private static Page utilityLayout(boolean payee) {
        return utilityLayout(payee, true);
    }

    private static Page utilityLayout(boolean payee, boolean slip) {
        Page p = new Page();
        p.text(11, 50, 800, "Lough Mask Linen Ltd");
        p.text(7, 50, 790, "Linen and workwear for hospitality");
        p.text(22, 50, 750, "Geraghty's Lounge");
        p.text(10, 50, 730, "46 Market Street");
        p.text(10, 50, 718, "Ballinrobe");
        p.text(10, 50, 706, "Co. Mayo F31 K2W8");
        p.text(9, 380, 760, "Invoice number");
        p.text(9, 470, 760, "LML-3307");
        p.text(9, 380, 748, "Invoice date");
        p.text(9, 470, 748, "02/12/2026");
        p.table(List.<String[]>of(new String[] {"Kitchen cloths, bundle of 25", "6", "5.60", "33.60"},
                new String[] {"Floor mat exchange", "4", "6.40", "25.60"}));
        p.totals("59.20", "VAT 23%", "13.62", "72.82");
        p.text(7, 50, 420, "VAT No. IE1234567T | Registered in Ireland No. 596372");
        if (slip) {
            p.text(8, 200, 200, "- - detach and return with your payment - -");
            p.text(10, 50, 180, "REMITTANCE ADVICE");
            p.text(10, 50, 166, "Geraghty's Lounge");
            p.text(10, 300, 166, "Amount due: 72.82");
        }
        if (payee) {
            p.text(8, 50, 140, "Pay to Lough Mask Linen Ltd IBAN IE28 AIBK 9250 8769 0070 42 BIC AIBKIE2D");
        } else {
            p.text(8, 50, 140, "IBAN IE28 AIBK 9250 8769 0070 42 BIC AIBKIE2D");
        }
        return p;
    }

    /**
     * A SaaS invoice: its number under the "INVOICE" title marked "#", the order number after
     * "P.O.#", line numbers under a "#" too short to be a column, and the due date in the terms'
     * sentence.
     */
    @Test
    void aNumberMarkedUnderTheTitleLineNumbersUnderAHashAndADueDateInTheTermsAreRead() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Kilfarboy Coffee Co.");
        p.text(20, 430, 790, "INVOICE");
        p.text(9, 430, 774, "# INV-03553");
        p.text(9, 380, 740, "Invoice Date :");
        p.text(9, 470, 740, "12 Jan 2026");
        p.text(9, 380, 726, "P.O.# :");
        p.text(9, 470, 726, "PO-0683");
        p.text(10, 50, 700, "Bill To");
        p.text(10, 50, 686, "The Stone Bridge Inn");
        p.titles(9, 620, new float[] {55, 75, 330, 400, 500}, "#", "Item & Description", "Qty", "Rate", "Amount");
        p.rows(600, 18, new String[][] {{"1", "Barista training session (2 hrs)", "1", "95.00", "95.00"},
                {"2", "Sip lids 12oz (sleeve of 50)", "4", "3.10", "12.40"}, {"3", "Vanilla syrup 1L", "4", "8.40", "33.60"}},
                left(55), left(75), right(350), right(430), right(540));
        p.totals("141.00", "VAT 23%", "32.43", "173.43");
        p.text(9, 50, 400, "Payment within 14 days of invoice, i.e. by 26.01.26, by transfer please.");
        ExpenseDocument doc = read(p);
        assertThat(items(doc)).extracting(i -> i.get("ITEM"))
                .containsExactly("Barista training session (2 hrs)", "Sip lids 12oz (sleeve of 50)", "Vanilla syrup 1L");
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("INV-03553");
        assertThat(value(fields, "PO_NUMBER")).isEqualTo("PO-0683");
        assertThat(PrintedValues.date(value(fields, "DUE_DATE"))).contains(java.time.LocalDate.of(2026, 1, 26));
    }

    /**
     * The last word of an address line carried onto a line of its own, read a little larger than the
     * rest ("Centre" under "Unit 12, Ringaskiddy Enterprise", as OCR sizes it): it carries on its
     * block, and the same word inside the footer's address is no second print of a name.
     */
    @Test
    void aWordCarryingOnAnAddressIsNoSupplierForSureEvenWhenTheFooterRepeatsIt() throws IOException {
        Page p = new Page();
        p.text(24, 50, 790, "TAX INVOICE");
        p.text(10, 380, 760, "Tidewater Glass & Bar Supplies");
        p.text(11, 380, 746, "Unit 12, Ringaskiddy Enterprise");
        p.text(12, 380, 732, "Centre");
        p.text(10, 380, 718, "Ringaskiddy, Co. Cork P43 DWTX");
        numberAndDate(p, "INV-1968", "15/01/2027");
        p.table(List.<String[]>of(new String[] {"Beer line cleaning fluid 5L", "5", "24.95", "124.75"}));
        p.totals("124.75", "VAT 23%", "28.69", "153.44");
        p.text(7, 100, 60, "Registered office: Unit 12, Ringaskiddy Enterprise Centre, Ringaskiddy, Co. Cork");
        Map<String, ExpenseField> fields = fields(p);
        if ("Centre".equals(value(fields, "VENDOR_NAME"))) {
            assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).as("a guess, for a person").isLessThan(80f);
        }
    }

    /** The payment advice's "To: X" is whom the slip goes to, the supplier: no sign that X is the customer. */
    @Test
    void theSlipsAddresseeIsTheSupplierNotTheCustomer() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "TAX INVOICE");
        p.text(10, 380, 790, "Harbourline Bar Supplies Limited");
        p.text(10, 380, 776, "Unit 12 Kilbarry Enterprise Centre");
        p.text(10, 380, 762, "Dublin Hill, Cork T23 RX4E");
        p.text(10, 50, 740, "Foley's Bar & Lounge");
        p.text(10, 250, 740, "Invoice Number");
        p.text(10, 250, 726, "INV-0942");
        p.table(List.<String[]>of(new String[] {"Rinse aid 5L", "1", "19.90", "19.90"}));
        p.totals("19.90", "VAT 23%", "4.58", "24.48");
        p.text(10, 50, 200, "PAYMENT ADVICE");
        p.text(10, 280, 200, "Customer");
        p.text(10, 380, 200, "Foley's Bar & Lounge");
        p.text(10, 50, 186, "To: Harbourline Bar Supplies Limited");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Harbourline Bar Supplies Limited");
        assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).isGreaterThanOrEqualTo(80f);
    }

    /**
     * A German reverse-charge invoice: "zzgl. USt. 0 %" is the VAT (0,00 €); the customer's VAT
     * number and the supplier's on one line ("USt-IdNr. des Leistungsempfängers: IE… - Unsere
     * USt-IdNr.: DE…"), each by its own label; "Ihre Bestellung" the order; the due date in the
     * sentence asking for the transfer.
     */
    @Test
    void aGermanReverseChargeInvoicesVatOrderAndDueDateAreRead() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Kassenwerk Systems GmbH");
        p.text(10, 380, 740, "Rechnungsnummer");
        p.text(10, 480, 740, "RE-2027-14454");
        p.text(10, 380, 726, "Datum");
        p.text(10, 480, 726, "04.01.2027");
        p.text(10, 380, 712, "Ihre Bestellung");
        p.text(10, 480, 712, "PO-7551");
        p.titles(9, 620, new float[] {50, 120, 360, 440, 500}, "Art.-Nr.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamtpreis");
        p.rows(600, 18, new String[][] {{"KW-TISCH", "Zusatzmodul Tischplan", "2", "14,00 €", "28,00 €"},
                {"KW-MIG", "Datenmigration Artikelstamm", "1", "240,00 €", "240,00 €"}},
                left(50), left(120), right(385), right(480), right(545));
        p.text(10, 360, 540, "Nettobetrag");
        p.right(10, 545, 540, "268,00 €");
        p.text(10, 360, 526, "zzgl. USt. 0 %");
        p.right(10, 545, 526, "0,00 €");
        p.text(10, 360, 512, "Rechnungsbetrag");
        p.right(10, 545, 512, "268,00 €");
        p.text(8, 50, 480, "USt-IdNr. des Leistungsempfängers: IE1234567T - Unsere USt-IdNr.: DE653676074");
        p.text(8, 50, 466, "Bitte überweisen Sie den Rechnungsbetrag bis zum 15.01.2027 ohne Abzug.");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "TAX")).isEqualTo("0,00 €");
        assertThat(value(fields, "VENDOR_VAT_NUMBER")).isEqualTo("DE653676074");
        assertThat(value(fields, "PO_NUMBER")).isEqualTo("PO-7551");
        assertThat(PrintedValues.date(value(fields, "DUE_DATE"))).contains(java.time.LocalDate.of(2027, 1, 15));
    }

    /**
     * The supplier's address without what surrounds it on the letterhead: a slogan of two trades
     * above it ("Craft Brewers & Cider Makers"), the phone number and web address after it on its line.
     */
    @Test
    void anAddressLeavesOutTheSloganAboveAndThePhoneAndWebAfterIt() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Tullyvin Brewing Co.");
        p.text(9, 50, 774, "Craft Brewers & Cider Makers");
        p.text(9, 50, 762, "Unit 7, Tullyvin Business Park, Ballyfinn, Co. Westmeath N91 A5H3");
        numberAndDate(p, "BRW 007316", "24/11/2026");
        p.table(List.<String[]>of(new String[] {"Harbour Lager keg 50L", "2", "124.00", "248.00"}));
        p.totals("248.00", "VAT 23%", "57.04", "305.04");
        assertThat(value(fields(p), "VENDOR_ADDRESS")).isEqualTo("Unit 7, Tullyvin Business Park, Ballyfinn, Co. Westmeath N91 A5H3");

        Page bill = new Page();
        bill.text(20, 50, 790, "Carra Energy");
        bill.text(9, 50, 774, "Dock Road, Galway, H91 YNF8 · 0818 555 400 · carraenergy.ie");
        numberAndDate(bill, "365272912", "03/10/2026");
        bill.table(List.<String[]>of(new String[] {"Day units kWh", "1200", "0.31", "372.00"}));
        bill.totals("372.00", "VAT 9%", "33.48", "405.48");
        assertThat(value(fields(bill), "VENDOR_ADDRESS")).isEqualTo("Dock Road, Galway, H91 YNF8");
    }

    // ---- drawing and reading -------------------------------------------------------------------

    @Test
    void aTableOverTwoPagesCarriesItsSumForwardWithoutMakingALineOfIt() throws IOException {
        Page first = new Page();
        first.text(20, 50, 790, "Rathmore Cellars");
        first.invoiceHeader("RC-2231", "14/11/2026");
        first.table(List.<String[]>of(new String[] {"House red 75cl", "12", "8.50", "102.00"},
                new String[] {"House white 75cl", "6", "8.00", "48.00"},
                new String[] {"Carried forward", "", "", "150.00"}));
        Page second = new Page();
        second.text(10, 400, 770, "Invoice No:");
        second.text(10, 480, 770, "RC-2231");
        second.table(List.<String[]>of(new String[] {"Brought forward", "", "", "150.00"},
                new String[] {"Prosecco 20cl", "24", "2.50", "60.00"}));
        second.totals("210.00", "VAT 23%", "48.30", "258.30");

        List<Map<String, String>> one = items(read(first));
        List<Map<String, String>> two = items(read(second));
        assertThat(one).extracting(i -> i.get("ITEM")).containsExactly("House red 75cl", "House white 75cl");
        assertThat(two).extracting(i -> i.get("ITEM")).containsExactly("Prosecco 20cl");
        // the first page's lines make its carried-forward sum, the second's with it the subtotal
        assertThat(read(first).lineItemGroups().get(0).lineItems()).allSatisfy(li -> assertThat(li.lineItemExpenseFields())
                .allSatisfy(f -> assertThat(f.valueDetection().confidence()).as(f.type().text()).isGreaterThan(95f)));
        assertThat(read(second).lineItemGroups().get(0).lineItems()).allSatisfy(li -> assertThat(li.lineItemExpenseFields())
                .allSatisfy(f -> assertThat(f.valueDetection().confidence()).as(f.type().text()).isGreaterThan(95f)));
    }

    @Test
    void titlesSetFlushLeftOverFiguresSetFlushRightFarBeyondThemKeepTheirColumns() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Rathmore Linen Services");
        p.invoiceHeader("RL-4412", "19/01/2026");
        // "Qty" ends at ~348 and its counts at 370, under where "Unit Price" begins; the prices end under "Net"
        p.titles(10, 620, new float[] {55, 110, 330, 380, 460}, "Code", "Description", "Qty", "Unit Price", "Net");
        p.rows(600, 20, new String[][] {{"AP-CH1", "Chef apron", "20", "0.69", "13.80"},
                {"TC-90", "Tablecloth 90x90", "150", "1.44", "216.00"}, {"NP-W1", "Linen napkin", "4", "0.205", "0.82"}},
                left(55), left(110), right(370), right(450), right(540));
        p.totals("230.62", "VAT 23%", "53.04", "283.66");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("20", "150", "4");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("0.69", "1.44", "0.205");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("13.80", "216.00", "0.82");
    }

    @Test
    void aCodeUnderTheDescriptionWithItsOwnLabelAndNoColonIsTheItemsCode() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Kestrel Coffee Roasters");
        p.invoiceHeader("KC-2207", "17/01/2026");
        p.table(List.<String[]>of(new String[] {"Sip lids 12oz", "8", "4.16", "33.28"},
                new String[] {"Decaf beans 500g", "5", "12.85", "64.25"}, new String[] {"Wooden stirrers", "1", "5.94", "5.94"}));
        p.text(8, 110, 590, "SKU KC-LID-12");
        p.text(8, 110, 562, "SKU KC-DEC-500 · VAT 0%");
        p.text(8, 110, 534, "SKU KC-STIR");
        p.totals("103.47", "VAT", "9.02", "112.49");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("KC-LID-12", "KC-DEC-500", "KC-STIR");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Sip lids 12oz", "Decaf beans 500g", "Wooden stirrers");
    }

    @Test
    void anAccountSummarysFigureUnderAnotherLabelIsNotTheRowsOwn() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Brightfield Power");
        p.text(10, 400, 770, "Bill Number");
        p.text(10, 480, 770, "8112-406");
        p.text(10, 400, 756, "Bill date");
        p.text(10, 480, 756, "07/04/2026");
        p.text(12, 60, 580, "Account summary");
        p.text(10, 60, 560, "Previous balance");
        p.right(10, 250, 560, "€20.00");
        p.text(10, 330, 560, "Amount due");
        p.text(10, 60, 546, "Payment received");
        p.right(10, 250, 546, "-€20.00");
        // "Amount due" owns the figure at the right end of the next row but one
        p.text(10, 60, 532, "Charges this period (excl. VAT)");
        p.right(10, 250, 532, "€105.00");
        p.right(14, 420, 532, "€129.15");
        p.text(10, 60, 518, "VAT @ 23%");
        p.right(10, 250, 518, "€24.15");
        p.text(10, 60, 504, "Total this bill");
        p.right(10, 250, 504, "€129.15");
        p.titles(10, 440, new float[] {60, 330, 400, 500}, "Description", "Quantity", "Rate", "Amount");
        p.rows(420, 20, new String[][] {{"Day units", "300", "0.2500", "75.00"}, {"Night units", "200", "0.1500", "30.00"}},
                left(60), right(370), right(440), right(540));
        Map<String, ExpenseField> fields = fields(p);
        assertThat(PrintedValues.amount(value(fields, "SUBTOTAL"))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("105.00"));
        assertThat(PrintedValues.amount(value(fields, "TOTAL"))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("129.15"));
    }

    @Test
    void theCustomerIsTheNameItTradesUnderBelowItsCompany() throws IOException {
        for (String[] block : new String[][] {{"Harbour Leisure Ltd", "The Anchor Bar", "3 Quay Street", "The Anchor Bar"},
                {"Harbour Leisure Ltd", "T/A The Anchor Bar", "3 Quay Street", "The Anchor Bar"},
                {"Harbour Leisure Ltd", "Main Street", "Kinsale", "Harbour Leisure Ltd"}}) {
            Page p = new Page();
            p.text(20, 50, 790, "Rathmore Cellars");
            p.text(16, 400, 790, "INVOICE");
            p.text(10, 400, 770, "Invoice No:");
            p.text(10, 480, 770, "RC-77");
            p.text(10, 400, 756, "Date:");
            p.text(10, 480, 756, "04/12/2026");
            p.text(10, 50, 700, "Bill To:");
            p.text(10, 50, 686, block[0]);
            p.text(10, 50, 673, block[1]);
            p.text(10, 50, 660, block[2]);
            p.text(10, 50, 647, "Kinsale, Co. Cork P17 X232");
            p.table(List.<String[]>of(new String[] {"House red 75cl", "12", "8.50", "102.00"}));
            p.totals("102.00", "VAT 23%", "23.46", "125.46");
            assertThat(value(fields(p), "RECEIVER_NAME")).as(String.join(" / ", block)).isEqualTo(block[3]);
        }
    }

    @Test
    void aNumberInGroupsOrSetApartByItsOwnColonIsReadWholeAndAPageNumberIsNone() throws IOException {
        Page p = new Page();
        p.text(14, 200, 800, "DOONBEG CASH & CARRY LTD");
        p.text(10, 50, 770, "INVOICE");
        p.text(10, 280, 770, "PAGE 1");
        p.text(10, 280, 756, "INV NO");
        p.text(10, 330, 756, ": 00031288");
        p.text(10, 280, 742, "DATE");
        p.text(10, 330, 742, ": 09.05.26");
        p.table(List.<String[]>of(new String[] {"Cola 24x330ml", "7", "10.06", "70.42"}));
        p.totals("70.42", "VAT 23%", "16.20", "86.62");
        assertThat(value(fields(p), "INVOICE_RECEIPT_ID")).isEqualTo("00031288");

        Page grouped = new Page();
        grouped.text(20, 50, 790, "Rathmore Fine Foods Ltd");
        grouped.invoiceHeader("RFF 47 22318", "31.03.2026");
        grouped.table(List.<String[]>of(new String[] {"Cheddar block 2.5kg", "2", "15.58", "31.16"}));
        grouped.totals("31.16", "VAT 0%", "0.00", "31.16");
        assertThat(value(fields(grouped), "INVOICE_RECEIPT_ID")).isEqualTo("RFF 47 22318");
    }

    @Test
    void pricesWithVatIncludedInPacksAreReadAndTheVatTheyIncludeConfirmsTheTotal() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Kilcrea Hardware Ltd");
        p.invoiceHeader("HS 51730", "01/01/2026");
        // "(incl. VAT)" qualifies "Each"; "12 x 1L" is twelve one-litre packs
        p.titles(10, 620, new float[] {110, 300, 380, 500}, "Item", "Quantity", "Each (incl. VAT)", "Amount");
        p.rows(600, 20, new String[][] {{"Hand soap", "12 x 1L", "€3.06", "€36.72"}, {"Floor cleaner", "4 x 5L", "€12.43", "€49.72"}},
                left(110), right(350), right(460), right(540));
        p.text(10, 380, 540, "Total (incl. VAT)");
        p.right(10, 540, 540, "€86.44");
        p.text(10, 110, 510, "VAT included at 23 %: €16.16");
        ExpenseDocument doc = read(p);
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("12 x 1L", "4 x 5L");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("€3.06", "€12.43");
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(PrintedValues.amount(value(fields, "TAX"))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("16.16"));
        assertThat(fields.get("TOTAL").valueDetection().confidence()).as("the lines make the total, the VAT its 23 %")
                .isGreaterThan(95f);
    }

    @Test
    void aLogosSecondLineClosesTheNamePastALineOfTheOtherColumn() throws IOException {
        Page p = new Page();
        p.text(22, 70, 790, "KESTREL,");
        p.text(10, 400, 778, "Our Ref: KS-26-06381");
        p.text(8, 70, 772, "ALARM SERVICES LTD");
        p.text(10, 400, 764, "Invoice date: 18/11/2026");
        p.text(10, 50, 740, "Block 3, Eastgate Park, Cork T45 YE72");
        p.table(List.<String[]>of(new String[] {"Door contact", "2", "32.00", "64.00"}));
        p.totals("64.00", "VAT 23%", "14.72", "78.72");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualToIgnoringCase("Kestrel Alarm Services Ltd");
    }

    @Test
    void theSuppliersVatNumberAfterASentenceThatSpeaksToTheCustomerIsTheSuppliers() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Rathmore Licensing CLG");
        p.invoiceHeader("RL-0768", "06/08/2026");
        p.table(List.<String[]>of(new String[] {"Jukebox licence", "2", "112.50", "225.00"}));
        p.totals("225.00", "VAT 23%", "51.75", "276.75");
        p.text(9, 50, 80, "Pay by EFT quoting your Licensee No. VAT No. IE6388052V");
        assertThat(value(fields(p), "VENDOR_VAT_NUMBER")).isEqualTo("IE6388052V");
    }

    @Test
    void aVatAnalysisWhoseTitlesShareARowWithATotalIsNoTableOfLines() throws IOException {
        Page p = new Page();
        p.text(10, 50, 800, "Rathmore Fine Foods Ltd - Inv. No. RF 50 14724 - page 2");
        p.titles(10, 760, new float[] {50, 130, 190, 250}, "VAT Code", "Rate", "Goods", "VAT");
        p.text(10, 400, 760, "Goods Total");
        p.right(10, 540, 760, "1,375.70");
        p.rows(745, 15, new String[][] {{"S", "23%", "117.03", "26.92"}, {"Z", "0%", "1,258.67", "0.00"}},
                left(50), right(150), right(230), right(280));
        p.text(10, 400, 745, "Total VAT");
        p.right(10, 540, 745, "26.92");
        p.text(10, 400, 730, "Invoice Total");
        p.right(10, 540, 730, "1,402.62");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(PrintedValues.amount(value(fields, "SUBTOTAL"))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1375.70"));
        assertThat(PrintedValues.amount(value(fields, "TOTAL"))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1402.62"));
    }

    @Test
    void aPartysLabelUnderALogoEndsTheLogosNameAndTheImprintCompletesIt() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "HARBOUR");
        p.text(10, 400, 790, "Credit Note No.");
        p.text(10, 480, 790, "CN-311872");
        p.text(10, 400, 776, "Date");
        p.text(10, 480, 776, "07/11/2026");
        p.text(10, 50, 768, "Customer:");
        p.text(10, 50, 755, "Brookfield Leisure DAC");
        p.text(10, 50, 742, "Mill Lane, Celbridge");
        p.table(List.<String[]>of(new String[] {"Missed collection", "3", "5.75", "17.25"}));
        p.totals("17.25", "VAT 13.5%", "2.33", "19.58");
        p.text(8, 50, 60, "Harbour Waste Services Ltd, registered in Ireland No. 512345");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Harbour Waste Services Ltd");
    }

    @Test
    void withNoNumberLabelledTheWordUnderTheTitleIsTheNumber() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "Slievemore Wine Merchants");
        p.text(14, 380, 790, "TAX INVOICE");
        p.text(9, 400, 768, "SW40715");
        p.text(10, 380, 740, "Dated 11 Mar 2026");
        p.table(List.<String[]>of(new String[] {"Tawny port 10 year", "2", "19.80", "39.60"}));
        p.totals("39.60", "VAT 23%", "9.11", "48.71");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("SW40715");
        assertThat(fields.get("INVOICE_RECEIPT_ID").valueDetection().confidence()).as("unlabelled: less sure")
                .isLessThan(95f).isGreaterThan(80f);

        // a number labelled elsewhere is the number, whatever stands under the title
        p.text(10, 380, 725, "Invoice No: SW-2231");
        assertThat(value(fields(p), "INVOICE_RECEIPT_ID")).isEqualTo("SW-2231");
    }

    /** A caption under a barcode, printed in two parts, with the barcode's height between it and the title. */
    @Test
    void theTitlesNumberUnderABarcodeMayBePrintedInParts() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "Drumlin Bakehouse");
        p.text(14, 400, 800, "TAX INVOICE");
        p.text(9, 400, 750, "DBH 0044817");
        p.text(10, 380, 720, "Date: 05/03/26");
        p.table(List.<String[]>of(new String[] {"Soda farls (6)", "10", "2.40", "24.00"}));
        p.totals("24.00", "VAT 0%", "0.00", "24.00");
        assertThat(value(fields(p), "INVOICE_RECEIPT_ID")).isEqualTo("DBH 0044817");
    }

    /** "Credit Date   :   09-12-2025": the label's colon in a column of its own is the label's, not its value. */
    @Test
    void aColonSetApartFromItsLabelIsTheLabels() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Tullyvin Wine Importers Ltd");
        p.text(14, 400, 800, "CREDIT NOTE");
        p.text(10, 330, 770, "Credit Note No :");
        p.right(10, 540, 770, "TWI-CN-0311");
        p.text(10, 330, 756, "Credit Date");
        p.text(10, 420, 756, ":");
        p.right(10, 540, 756, "09-12-2025");
        p.table(List.<String[]>of(new String[] {"Returned Rioja Reserva", "6", "14.20", "85.20"}));
        p.totals("85.20", "VAT 23%", "19.60", "104.80");
        assertThat(value(fields(p), "INVOICE_RECEIPT_DATE")).isEqualTo("09-12-2025");
    }

    /** A money label that names its currency ("BILL TOTAL EUR :") is a label all the same. */
    @Test
    void aTotalsLabelThatNamesItsCurrencyIsRead() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Keady Meats Ltd");
        p.invoiceHeader("KM-5512", "21.01.2026");
        p.table(List.<String[]>of(new String[] {"Striploin steak", "4", "22.50", "90.00"}));
        p.text(10, 350, 500, "NET TOTAL :");
        p.right(10, 540, 500, "90.00");
        p.text(10, 350, 486, "VAT @ 0% :");
        p.right(10, 540, 486, "0.00");
        p.text(10, 350, 472, "BILL TOTAL EUR :");
        p.right(10, 540, 472, "90.00");
        assertThat(value(fields(p), "TOTAL")).isEqualTo("90.00");
    }

    /**
     * A name wrapped onto a line of its own under its first, in larger print, that the page prints
     * whole elsewhere ("payable to"): the two lines. Printed nowhere whole, the line under it is
     * not taken for the name's.
     */
    @Test
    void aNameWrappedUnderItselfIsWholeWhereThePagePrintsItWhole() throws IOException {
        for (boolean printedWhole : List.of(true, false)) {
            Page p = new Page();
            p.text(12, 50, 800, "CORRIGAN QUALITY");
            p.text(22, 50, 780, "VICTUALLERS");
            p.text(10, 50, 765, "Fair Green");
            p.text(10, 50, 752, "Ballinrobe, Co. Mayo");
            p.table(List.<String[]>of(new String[] {"Lamb shanks", "8", "6.50", "52.00"}));
            p.totals("52.00", "VAT 0%", "0.00", "52.00");
            p.text(10, 400, 720, "Invoice No: CQ-7731");
            p.text(10, 400, 706, "Date: 02/03/2026");
            if (printedWhole) {
                p.text(8, 50, 80, "CHEQUES PAYABLE TO CORRIGAN QUALITY VICTUALLERS. THANK YOU.");
                assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("CORRIGAN QUALITY VICTUALLERS");
            } else {
                assertThat(value(fields(p), "VENDOR_NAME")).isNotEqualTo("CORRIGAN QUALITY VICTUALLERS");
            }
        }
    }

    /**
     * A sidebar of the invoice's details beside a table whose titles stand on two rows ("Price" over
     * "incl. VAT"): the sidebar's "INV. REF" beside the upper titles reads as a header with no items
     * under it, and the table is the header below it. Prices include VAT; each line's rate is in a
     * column of its own, given as Textract gives a column it has no type for; the VAT analysis's
     * totals row, not one rate's, makes the totals.
     */
    @Test
    void aTableBesideASidebarWithTitlesOnTwoRowsAndItsLinesVatRates() throws IOException {
        Page p = new Page();
        p.text(18, 30, 800, "Glenarm Janitorial Supplies");
        p.text(10, 30, 785, "Unit 4, Mill Road, Tuam");
        p.text(10, 200, 760, "All prices include VAT");
        p.text(10, 200, 740, "Bill to");
        p.text(10, 200, 727, "The Crosskeys Inn");
        p.titles(9, 660, new float[] {30, 415, 515}, "INV. REF", "Price", "Total");
        p.titles(9, 650, new float[] {200, 330, 380, 415, 475, 515}, "Description", "Code", "Qty", "incl. VAT", "VAT", "incl. VAT");
        p.text(9, 30, 650, "GJ-1187");
        p.rows(632, 20, new String[][] {{"Floor cleaner 5L", "FC5", "2", "30.75", "23%", "61.50"},
                {"Pest control visit", "PCV", "1", "56.75", "13.5%", "56.75"},
                {"Hand towels x12", "HT12", "3", "12.30", "23%", "36.90"}},
                left(200), left(330), right(390), right(450), right(500), right(555));
        p.text(9, 30, 622, "DATE");
        p.text(9, 30, 602, "09 Mar 2026");
        p.titles(9, 560, new float[] {360, 420, 470, 510}, "Rate", "Net", "VAT", "Gross");
        p.rows(546, 14, new String[][] {{"23%", "80.00", "18.40", "98.40"}, {"13.5%", "50.00", "6.75", "56.75"},
                {"Totals", "130.00", "25.15", "155.15"}}, right(380), right(445), right(490), right(540));
        ExpenseDocument doc = read(p);

        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Floor cleaner 5L", "Pest control visit", "Hand towels x12");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("30.75", "56.75", "12.30");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("61.50", "56.75", "36.90");
        assertThat(items).extracting(i -> i.get("OTHER")).containsExactly("23%", "13.5%", "23%");
        assertThat(doc.lineItemGroups().get(0).lineItems().get(0).lineItemExpenseFields().stream()
                .filter(f -> f.type().text().equals("OTHER")).findFirst().orElseThrow().labelDetection().text()).isEqualTo("VAT");
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("130.00");
        assertThat(value(fields, "TAX")).isEqualTo("25.15");
        assertThat(value(fields, "TOTAL")).isEqualTo("155.15");
    }

    /**
     * A letterhead of several words is the name the supplier goes by, though the footer gives its
     * company with a legal form; a brand of one word stands for the company the footer names.
     */
    @Test
    void aLetterheadOfSeveralWordsIsTheNameAOneWordBrandTheImprints() throws IOException {
        Map<String, String> readAs = new LinkedHashMap<>();
        for (String letterhead : List.of("Carrowkeel Fine Foods", "CARROWKEEL")) {
            Page p = new Page();
            p.text(22, 50, 790, letterhead);
            p.text(10, 50, 770, "The Square, Carrowkeel, Co. Sligo");
            p.invoiceHeader("DFF-2231", "14/03/2026");
            p.table(List.<String[]>of(new String[] {"Smoked salmon 1kg", "2", "24.50", "49.00"}));
            p.totals("49.00", "VAT 0%", "0.00", "49.00");
            p.text(8, 50, 60, "Carrowkeel Fine Foods Ltd · Registered in Ireland No. 612233");
            readAs.put(letterhead, value(fields(p), "VENDOR_NAME"));
        }
        assertThat(readAs).containsEntry("Carrowkeel Fine Foods", "Carrowkeel Fine Foods")
                .containsEntry("CARROWKEEL", "Carrowkeel Fine Foods Ltd");
    }

    @Test
    void aColumnTitledInTwoWordsOfTheSuppliersOwnKeepsItsDatesOutOfTheDescription() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Rathmore Linen Ltd");
        p.invoiceHeader("RL-30917", "02/09/2026");
        p.titles(10, 620, new float[] {50, 190, 330, 400, 500}, "Service period", "Description", "Qty", "Rate", "Amount");
        p.rows(600, 20, new String[][] {{"2026-07-06 – 2026-08-02", "Entrance mat hire", "8", "11.25", "90.00"},
                {"2026-07-07 – 2026-08-03", "Table linen", "1", "1.35", "1.35"}},
                left(50), left(190), right(345), right(440), right(540));
        p.totals("91.35", "VAT 23%", "21.01", "112.36");
        assertThat(items(read(p))).extracting(i -> i.get("ITEM")).containsExactly("Entrance mat hire", "Table linen");
    }

    @Test
    void aSupplierNamedOnlyInAFooterLineOfPartsIsItsFirstPart() throws IOException {
        Page p = new Page();
        p.text(30, 50, 780, "RL");
        p.invoiceHeader("RL-30917", "02/09/2026");
        p.table(List.<String[]>of(new String[] {"Entrance mat hire", "8", "11.25", "90.00"}));
        p.totals("90.00", "VAT 23%", "20.70", "110.70");
        p.text(8, 80, 60, "Rathmore Linen Services Ltd | Unit 9, Ballybrit Park | Galway | VAT No. IE6388052V | Reg. No. 418207");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Rathmore Linen Services Ltd");
    }

    @Test
    void aSupplierNameThatIsTheNameDeliveredToIsTheCustomersAndLeftForAPerson() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "INVOICE");
        p.text(10, 200, 760, "Invoice No: RB-118204");
        p.text(10, 200, 746, "Date: 09/12/2025");
        // the customer's block, its label lost, and the same name under "Delivered to"
        p.text(12, 50, 700, "Moran's Bar & Grocery");
        p.text(10, 50, 686, "4 Fair Green, Ardee A92 T2C7");
        p.text(10, 330, 714, "Delivered to");
        p.text(10, 330, 700, "Moran's Bar & Grocery");
        p.text(10, 330, 686, "Side gate, 4 Fair Green");
        p.table(List.<String[]>of(new String[] {"Pale ale 24 x 500ml", "2", "58.80", "117.60"}));
        p.totals("117.60", "VAT 23%", "27.05", "144.65");
        ExpenseField vendor = fields(p).get("VENDOR_NAME");
        if (vendor != null && Parties.sameName(vendor.valueDetection().text(), "Moran's Bar & Grocery")) {
            assertThat(vendor.valueDetection().confidence()).as("the customer's name is no supplier's").isLessThan(80f);
        } else {
            assertThat(vendor).as("no supplier is printed: none, or not the customer").isNull();
        }
    }

    @Test
    void onAScanASupplierNamePrintedOnceIsForAPersonAndOneItsDomainRepeatsIsNot() throws IOException {
        Page once = new Page();
        once.text(20, 50, 790, "Maison Durand & Fils SARL");
        once.invoiceHeader("MD-4471", "04/12/2026");
        once.table(List.<String[]>of(new String[] {"Pinot noir 75cl", "12", "9.50", "114.00"}));
        once.totals("114.00", "VAT 23%", "26.22", "140.22");
        ExpenseField name = fields(reader.analyzeExpense(once.png()).expenseDocuments().get(0)).get("VENDOR_NAME");
        assertThat(name.valueDetection().text()).isEqualTo("Maison Durand & Fils SARL");
        assertThat(name.valueDetection().confidence()).as("read by OCR, printed once: a letter may be misread")
                .isLessThan(80f);

        Page twice = new Page();
        twice.text(20, 50, 790, "Maison Durand & Fils SARL");
        twice.text(10, 50, 770, "ventes@maisondurand.fr");
        twice.invoiceHeader("MD-4471", "04/12/2026");
        twice.table(List.<String[]>of(new String[] {"Pinot noir 75cl", "12", "9.50", "114.00"}));
        twice.totals("114.00", "VAT 23%", "26.22", "140.22");
        assertThat(fields(reader.analyzeExpense(twice.png()).expenseDocuments().get(0)).get("VENDOR_NAME")
                .valueDetection().confidence()).as("its mail domain spells it again").isGreaterThanOrEqualTo(80f);
        // a text layer is not misread: the name stands
        assertThat(fields(once).get("VENDOR_NAME").valueDetection().confidence()).isGreaterThanOrEqualTo(80f);
    }

    @Test
    void aTableWithABoxOfTotalsBesideItReadsItsOwnLinesAndALinesDateIsNoPartOfItsDescription() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Carrowkeel Music Agency");
        p.text(10, 50, 774, "3 Church Lane, Boyle F52 X2C4");
        p.invoiceHeader("CMA-0412", "04/12/2026");
        // titles of the agency's own words; the box of totals beside the table has its title a little lower
        p.titles(10, 560, new float[] {40, 110, 330, 380, 440}, "Date", "Booking", "Hrs", "Rate", "Fee");
        p.text(10, 490, 554, "Summary");
        p.rows(530, 26, new String[][] {
            {"19.12.2026", "Trad session, four-piece band", "3", "€110.00", "€330.00", "Fees", "€402.00"},
            {"12.12.2026", "Table quiz host and question sets", "1", "€72.00", "€72.00", "VAT 23%", "€92.46"},
            {"", "", "", "", "", "Total", "€494.46"}},
            left(40), left(110), right(345), right(420), right(470), left(490), right(570));
        List<Map<String, String>> items = items(read(p));
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).containsEntry("ITEM", "Trad session, four-piece band").containsEntry("QUANTITY", "3")
                .containsEntry("PRICE", "€330.00");
        assertThat(items.get(1)).containsEntry("ITEM", "Table quiz host and question sets").containsEntry("PRICE", "€72.00");
    }

    @Test
    void aSidebarBesideTheItemsIsNoPartOfTheirDescriptions() throws IOException {
        Page p = new Page();
        p.text(18, 30, 790, "Corrib Pest Care");
        p.invoiceHeader("CPC-2231", "04/12/2026");
        // the supplier's details down the page's left edge, into the rows of the table
        String[] sidebar = {"Unit 4, Ardnagreeve", "Co. Mayo F23 K2X7", "VAT No. IE3141592S", "Registered member",
            "Pest Control Guild"};
        for (int i = 0; i < sidebar.length; i++) {
            p.text(8, 30, 640 - 14 * i, sidebar[i]);
        }
        p.titles(10, 600, new float[] {170, 400, 450, 500}, "Service", "Visits", "Rate", "Line Total");
        p.rows(584, 30, new String[][] {
            {"Quarterly rodent monitoring contract", "1", "186.00", "186.00"},
            {"Wasp nest treatment, beer garden", "1", "95.00", "95.00"}},
            left(170), right(420), right(480), right(550));
        p.totals("281.00", "VAT 23%", "64.63", "345.63");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM"))
                .containsExactly("Quarterly rodent monitoring contract", "Wasp nest treatment, beer garden");
    }

    @Test
    void aDepositListedAmongTheLinesAndInAGridOfTotalsIsTheTotalsDepositNotALine() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Hallinan Gas Supplies Ltd");
        p.invoiceHeader("HG-7710", "04/12/2026");
        p.titles(10, 600, new float[] {50, 110, 330, 400, 480}, "Code", "Description", "Qty", "Price", "Net Value");
        p.rows(580, 18, new String[][] {
            {"CO2-6", "CO2 6.35kg cylinder", "2", "45.00", "90.00"},
            {"MIX-7", "Mixed gas 70/30", "1", "58.50", "58.50"},
            {"DEP", "Cylinder deposit (net out)", "2", "65.00", "130.00"}},
            left(50), left(110), right(345), right(440), right(530));
        // the totals as a grid, each title over its figure: goods + VAT + deposits = total
        p.titles(10, 500, new float[] {50, 170, 300, 420}, "GOODS", "VAT @ 23%", "DEPOSITS", "INVOICE TOTAL");
        p.rows(484, 18, new String[][] {{"148.50", "34.16", "130.00", "312.66"}},
            right(100), right(220), right(350), right(480));
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("148.50");
        assertThat(value(fields, "TOTAL")).isEqualTo("312.66");
        assertThat(doc.summaryFields()).anyMatch(f -> f.type().text().equals("OTHER") && f.valueDetection().text().equals("130.00"));
        assertThat(items(doc)).extracting(i -> i.get("PRICE")).containsExactly("90.00", "58.50");
    }

    @Test
    void aCentredImprintAtTheFootNamesTheSupplierBeforeWhatItDoes() throws IOException {
        Page p = new Page();
        p.text(20, 120, 790, "TAX INVOICE");
        // what the firm does, under the title; a route code as a label's value
        p.text(10, 120, 770, "KEGS - COOLERS - CELLAR SERVICES");
        p.text(10, 400, 790, "INVOICE NO:");
        p.text(10, 480, 790, "KC/00451");
        p.text(10, 400, 776, "DATE:");
        p.text(10, 480, 776, "04-DEC-2026");
        p.text(10, 400, 762, "ROUTE:");
        p.text(10, 480, 762, "R7/JD");
        p.text(10, 50, 720, "DELIVERED TO:");
        p.text(10, 50, 706, "THE CORNER HOUSE");
        p.text(10, 50, 692, "MAIN STREET, BALLINA");
        p.table(List.<String[]>of(new String[] {"Cooler service visit", "1", "85.00", "85.00"}));
        p.totals("85.00", "VAT 23%", "19.55", "104.55");
        // the imprint, centred at the page's foot
        float centre = 297.5f;
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        String[][] foot = {{"11", "Keane & Carroll - Keg & Cooler Services"}, {"9", "Quay Yard, Ballina, Co. Mayo F26 X4C2"},
            {"9", "TEL 096 21 447   VAT NO IE3141592S"}};
        float y = 80;
        for (String[] line : foot) {
            float size = Float.parseFloat(line[0]);
            p.text(size, centre - font.getStringWidth(line[1]) / 1000 * size / 2, y, line[1]);
            y -= 13;
        }
        ExpenseField vendor = fields(p).get("VENDOR_NAME");
        assertThat(vendor.valueDetection().text()).isEqualTo("Keane & Carroll");
        assertThat(vendor.valueDetection().confidence()).as("the customer's block is labelled, nothing else names a firm")
                .isGreaterThanOrEqualTo(80f);
    }

    @Test
    void goodsSoldByWeightHaveTheirWeightAsTheQuantity() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Fahy Family Butchers");
        p.invoiceHeader("FB-3301", "04/12/2026");
        p.titles(10, 620, new float[] {50, 330, 400, 500}, "Product", "Kg/Qty", "Price", "Net");
        p.rows(600, 20, new String[][] {
            {"Cooked ham fillet, sliced", "3.79", "16.90", "64.05"},
            {"Beef burger patties (box)", "1", "46.00", "46.00"}},
            left(50), right(360), right(440), right(540));
        p.totals("110.05", "VAT 0%", "0.00", "110.05");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("3.79", "1");
    }

    @Test
    void aRowOfHeadingsOverBlocksHasEachBlocksValueUnderItsHeading() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "Tobar Coffee Co");
        p.text(10, 400, 790, "Invoice");
        // three blocks side by side, each under its heading: the customer's, the invoice's details, the supplier's
        p.titles(8, 730, new float[] {50, 230, 400}, "BILLED TO", "DETAILS", "FROM");
        p.titles(10, 716, new float[] {50, 230, 260, 400}, "The Drovers Rest", "No.", "TC-2208", "Tobar Coffee Co");
        p.titles(10, 703, new float[] {50, 230, 260, 400}, "Fair Street", "Date", "04/12/2026", "Quay Road, Westport");
        p.table(List.<String[]>of(new String[] {"House blend beans 1kg", "4", "21.00", "84.00"}));
        p.totals("84.00", "VAT 0%", "0.00", "84.00");
        assertThat(value(fields(p), "RECEIVER_NAME")).isEqualTo("The Drovers Rest");
    }

    @Test
    void aCustomersBlockIsReadUnderItsLabelNotBesideItNorFromTheVatNumbersLine() throws IOException {
        // "Bill to" with the amount due's note on the row under it, half a page to the right
        Page q = new Page();
        q.text(18, 50, 790, "Strandhill Linen Services Ltd");
        q.text(10, 50, 770, "Invoice No  SL-0131");
        q.text(10, 50, 756, "Invoice Date  04/12/2026");
        q.text(11, 330, 712, "AMOUNT DUE");
        q.right(11, 540, 712, "€374.78");
        q.text(9, 50, 704, "Bill to");
        q.text(9, 330, 698, "by 2026-12-18 (direct debit)");
        q.text(10, 50, 690, "The Drovers Rest");
        q.text(10, 50, 677, "Fair Street, Westport");
        q.table(List.<String[]>of(new String[] {"Bar towel hire", "40", "0.50", "20.00"}));
        q.totals("20.00", "VAT 13.5%", "2.70", "22.70");
        Map<String, ExpenseField> fromQ = fields(q);
        assertThat(value(fromQ, "RECEIVER_NAME")).isEqualTo("The Drovers Rest");
        // and the note under the amount due gives the day it is due
        assertThat(value(fromQ, "DUE_DATE")).isEqualTo("2026-12-18");
        // the name and the whole address on one line, the customer's VAT number under it
        Page r = new Page();
        r.text(18, 50, 790, "Strandhill Linen Services Ltd");
        r.text(10, 400, 770, "Invoice No: SL-0132");
        r.text(10, 400, 756, "Date: 04/12/2026");
        r.text(9, 50, 712, "Client / Venue");
        r.text(10, 50, 698, "The Drovers Rest, Fair Street, Westport, Co. Mayo, F28 X2C4");
        r.text(9, 50, 684, "Customer VAT No IE3141592S");
        r.table(List.<String[]>of(new String[] {"Bar towel hire", "40", "0.50", "20.00"}));
        r.totals("20.00", "VAT 13.5%", "2.70", "22.70");
        assertThat(value(fields(r), "RECEIVER_NAME")).isEqualTo("The Drovers Rest");
    }

    @Test
    void aSerialNumberNamedInTheMiddleOfAWrappedDescriptionIsStillTheDescription() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Shannon Glasswash Service");
        p.invoiceHeader("SG-0077", "04/12/2026");
        p.titles(10, 620, new float[] {50, 330, 400, 500}, "Description", "Qty", "Price", "Amount");
        p.rows(600, 13, new String[][] {
            {"Quarterly service contract - undercounter", "1", "145.00", "145.00"},
            {"glasswasher GW-450, S/N 88412, incl. descale and", "", "", ""},
            {"wash arm clean", "", "", ""}},
            left(50), right(345), right(440), right(540));
        p.totals("145.00", "VAT 23%", "33.35", "178.35");
        assertThat(items(read(p))).extracting(i -> i.get("ITEM")).containsExactly(
                "Quarterly service contract - undercounter glasswasher GW-450, S/N 88412, incl. descale and wash arm clean");
    }

    @Test
    void aBillOfOneServiceUnderDescriptionAndAmountAloneHasItsLine() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Quayside Software Ltd");
        p.invoiceHeader("QS-0019", "01/12/2026");
        p.text(10, 50, 620, "Description");
        p.text(10, 500, 620, "Amount");
        p.text(10, 50, 600, "Pro plan — 1 Dec–31 Dec 2026");
        p.right(10, 540, 600, "€79.00");
        p.totals("€79.00", "VAT 23%", "€18.17", "€97.17");
        assertThat(items(read(p))).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("ITEM", "Pro plan — 1 Dec–31 Dec 2026");
            assertThat(i).containsEntry("PRICE", "€79.00");
        });
    }

    @Test
    void theSupplierNamedOnlyOnTheRemittanceSlipUnderPleaseMakePaymentTo() throws IOException {
        Page p = new Page();
        p.text(26, 50, 790, "INVOICE");
        p.text(10, 50, 750, "The Drovers Rest");
        p.text(10, 50, 737, "Fair Street, Westport");
        p.text(10, 330, 750, "Invoice No.");
        p.text(10, 420, 750, "WC/26/1182");
        p.text(10, 330, 737, "Invoice Date");
        p.text(10, 420, 737, "8th October 2026");
        p.table(List.<String[]>of(new String[] {"1100L general waste lifts", "13", "14.50", "188.50"}));
        p.totals("188.50", "VAT @ 13.5%", "25.45", "213.95");
        p.text(12, 50, 200, "REMITTANCE ADVICE");
        p.text(9, 50, 184, "Please make payment to:");
        p.text(11, 50, 170, "Clew Bay Waste Services Ltd");
        p.text(10, 50, 157, "Derrinlough Road");
        p.text(10, 50, 144, "Westport, Co. Mayo F28 H3C9");
        p.text(10, 50, 131, "VAT Reg. No. IE3141592S");
        ExpenseField vendor = fields(p).get("VENDOR_NAME");
        assertThat(vendor.valueDetection().text()).isEqualTo("Clew Bay Waste Services Ltd");
        assertThat(vendor.valueDetection().confidence()).isGreaterThanOrEqualTo(80f);
    }

    @Test
    void totalsAtTheTopWithATradeDiscountConfirmTheLinesBelow() throws IOException {
        Page p = new Page();
        p.text(16, 50, 790, "Moylough Cheese Importers Ltd");
        // the summary box at the top right: goods, the discount, the net, VAT, total
        String[][] box = {{"Goods value", "200.00"}, {"Less 5% trade discount", "-10.00"}, {"Net after discount", "190.00"},
            {"VAT 23%", "43.70"}, {"TOTAL EUR", "233.70"}};
        for (int i = 0; i < box.length; i++) {
            p.text(10, 330, 790 - 14 * i, box[i][0]);
            p.right(10, 540, 790 - 14 * i, box[i][1]);
        }
        p.text(10, 50, 700, "Invoice no.");
        p.text(10, 130, 700, "MCI-1732");
        p.text(10, 50, 686, "Invoice date");
        p.text(10, 130, 686, "01/12/2026");
        p.table(List.<String[]>of(new String[] {"Slate cheese boards", "10", "12.00", "120.00"},
                new String[] {"Cheese paper wraps", "4", "20.00", "80.00"}));
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "TOTAL")).isEqualTo("233.70");
        assertThat(doc.summaryFields()).anyMatch(f -> f.type().text().equals("OTHER") && f.valueDetection().text().equals("-10.00"));
        assertThat(doc.lineItemGroups().get(0).lineItems()).allSatisfy(li -> assertThat(li.lineItemExpenseFields())
                .allSatisfy(f -> assertThat(f.valueDetection().confidence()).as("the lines and the discount make the net").isGreaterThanOrEqualTo(95f)));
    }

    @Test
    void aNumberSignAfterALabelClosedByItsColonIsPartOfTheNumber() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "TAX INVOICE");
        p.text(16, 330, 790, "DUNLEER MINERALS");
        p.text(10, 50, 770, "Invoice:");
        p.text(10, 110, 770, "#47440");
        p.text(10, 50, 756, "Date:");
        p.text(10, 110, 756, "22-10-2026");
        p.table(List.<String[]>of(new String[] {"Cola 24 x 330ml", "2", "18.00", "36.00"}));
        p.totals("36.00", "VAT 23%", "8.28", "44.28");
        assertThat(value(fields(p), "INVOICE_RECEIPT_ID")).isEqualTo("#47440");
    }

    @Test
    void vatOnEachLineAndNoSubtotalTheLinesAndTheVatMakeTheAmountPayable() throws IOException {
        Page p = new Page();
        p.text(18, 330, 790, "KILMACOW MINERALS");
        p.text(10, 50, 770, "Invoice No: KM-4471");
        p.text(10, 50, 756, "Date: 01-12-2026");
        p.titles(9, 620, new float[] {50, 90, 300, 360, 410, 460, 510}, "Qty", "Product", "Unit €", "Net €", "VAT%", "VAT €", "Gross €");
        p.rows(600, 16, new String[][] {
            {"8", "Post-mix lemonade 10L", "54.00", "432.00", "23", "99.36", "531.36"},
            {"6", "Blackcurrant cordial 1L", "4.25", "25.50", "23", "5.87", "31.37"},
            {"37", "Returnable crate deposit", "3.50", "129.50", "0", "0.00", "129.50"}},
            right(65), left(90), right(335), right(390), right(430), right(490), right(545));
        p.text(10, 400, 520, "Total VAT");
        p.right(10, 545, 520, "€105.23");
        p.text(10, 400, 504, "AMOUNT PAYABLE");
        p.right(10, 545, 504, "€692.23");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "TOTAL")).isEqualTo("€692.23");
        assertThat(value(fields, "TAX")).isEqualTo("€105.23");
        assertThat(doc.lineItemGroups().get(0).lineItems()).allSatisfy(li -> assertThat(li.lineItemExpenseFields())
                .allSatisfy(f -> assertThat(f.valueDetection().confidence()).as("the lines and the VAT make the total")
                        .isGreaterThanOrEqualTo(95f)));
    }

    @Test
    void twoHeadingsSideBySideEachHaveTheirBlockUnderThem() throws IOException {
        Page p = new Page();
        p.text(12, 50, 800, "Fennor & Shaw");
        p.text(22, 50, 760, "Invoice");
        // "Bill to" and "From" over their blocks, the invoice's number on the same row at the right
        p.titles(8, 720, new float[] {50, 230, 400, 480}, "Bill to", "From", "Invoice number", "INV-26-00480");
        p.titles(10, 706, new float[] {50, 230, 400, 480}, "The Tinker's Rest", "Fennor & Shaw", "Date", "01/12/2026");
        p.titles(10, 693, new float[] {50, 230}, "Quay Street", "Block C, Ballymount Cross");
        p.table(List.<String[]>of(new String[] {"Blue centrefeed rolls (pack of 6)", "5", "14.60", "73.00"}));
        p.totals("73.00", "VAT 23%", "16.79", "89.79");
        assertThat(value(fields(p), "RECEIVER_NAME")).isEqualTo("The Tinker's Rest");
    }

    @Test
    void theSendersLineOverAWindowEnvelopesAddressIsNoPartOfTheCustomersBlock() throws IOException {
        Page p = new Page();
        p.right(16, 545, 790, "Corrib Glass Services");
        p.right(9, 545, 772, "4 Quay Road");
        p.right(9, 545, 761, "Oranmore");
        p.right(9, 545, 750, "Co. Galway H91 K2X4");
        p.right(9, 545, 739, "VAT No. IE3141592S");
        // the return address in small over the window, then the customer's block, no label over it
        p.text(7, 55, 712, "Corrib Glass Services · 4 Quay Road · Oranmore");
        p.text(10, 55, 698, "The Drovers Rest");
        p.text(10, 55, 685, "Main Street");
        p.text(10, 55, 672, "Westport");
        p.text(10, 55, 659, "Co. Mayo F28 X2C4");
        p.text(10, 360, 698, "Invoice no.");
        p.text(10, 470, 698, "RE-2026-0077");
        p.text(10, 360, 685, "Date");
        p.text(10, 470, 685, "09.03.26");
        p.table(List.<String[]>of(new String[] {"Quarterly glasswasher service", "1", "145.00", "145.00"}));
        p.totals("145.00", "VAT 23%", "33.35", "178.35");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("The Drovers Rest");
        assertThat(value(fields, "VENDOR_ADDRESS")).contains("4 Quay Road").doesNotContain("Drovers");
    }

    /**
     * A window envelope's block in the letterhead's own column, under the supplier's return
     * address: the window's, not the letterhead's. Its address ends in the county, no Eircode
     * ("Tullamore, Co. Offaly"), as many a pub's does.
     */
    @Test
    void aWindowBlockUnderTheReturnAddressEndingInItsCountyIsTheCustomer() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Tobercurry Tapware Ltd");
        p.text(9, 50, 776, "taps · founts · cellar cooling");
        p.text(7, 50, 740, "Tobercurry Tapware Ltd · Unit 4 Mill Road · Tubbercurry, Co. Sligo · F91 K2X4");
        p.text(10, 50, 726, "Kinnegad Arms");
        p.text(10, 50, 713, "Main Street");
        p.text(10, 50, 700, "Kinnegad, Co. Westmeath");
        p.text(10, 360, 740, "Invoice no.");
        p.text(10, 470, 740, "TT-26-0311");
        p.text(10, 360, 726, "Date");
        p.text(10, 470, 726, "09.03.26");
        p.text(10, 360, 713, "VAT No.");
        p.text(10, 470, 713, "IE3141592S");
        p.table(List.<String[]>of(new String[] {"Font service and clean", "1", "95.00", "95.00"}));
        p.totals("95.00", "VAT 23%", "21.85", "116.85");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Tobercurry Tapware Ltd");
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("Kinnegad Arms");

        // the same block under a label of the hire trade
        Page hire = new Page();
        hire.text(20, 50, 790, "Tobercurry Marquee Hire");
        hire.text(9, 50, 776, "Unit 4 Mill Road, Tubbercurry, Co. Sligo, F91 K2X4");
        hire.text(10, 50, 740, "Hired to:");
        hire.text(10, 50, 726, "Kinnegad Arms");
        hire.text(10, 50, 713, "Main Street");
        numberAndDate(hire, "TM-0418", "09/03/2026");
        hire.table(List.<String[]>of(new String[] {"Marquee 6m x 12m, one day", "1", "420.00", "420.00"}));
        hire.totals("420.00", "VAT 23%", "96.60", "516.60");
        assertThat(value(fields(hire), "RECEIVER_NAME")).isEqualTo("Kinnegad Arms");
    }

    /**
     * The cloud-accounting stack: each label over its value at mid-page, the supplier's address
     * at the right with its Eircode printed between "Invoice Number" and the number. An Eircode is
     * no invoice number; the number is the one under its label.
     */
    @Test
    void anEircodeBesideTheNumbersLabelIsNotTheNumber() throws IOException {
        Page p = new Page();
        p.text(24, 50, 790, "TAX INVOICE");
        p.text(10, 50, 750, "Maguire's Bar");
        p.text(10, 50, 738, "12 Bridge Street");
        p.text(10, 50, 714, "F28 Y2W9");
        p.text(10, 300, 750, "Invoice Date");
        p.text(10, 300, 738, "11 Oct 2026");
        p.text(10, 300, 720, "Invoice Number");
        p.text(10, 300, 706, "KS-3350");
        p.text(10, 300, 688, "VAT Number");
        p.text(10, 300, 676, "IE3141592S");
        p.text(10, 430, 750, "Kinsale Spirits Ltd");
        p.text(10, 430, 738, "Block C, Raheen Business Park");
        p.text(10, 430, 726, "Limerick");
        p.text(10, 430, 713, "V94 R2T6");
        p.table(List.<String[]>of(new String[] {"Dark Rum 70cl - case of 6", "5", "109.80", "549.00"}));
        p.totals("549.00", "VAT 23%", "126.27", "675.27");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("KS-3350");
    }

    /**
     * A distiller's bill: its labels set flush right against their values ("Invoice", "Date",
     * "Due" in a column beside the customer), a drink's strength, volume and the excise duty on it
     * in columns of their own, and each line's total taking the duty in (18 × 21.60 + 203.83).
     * The word "Invoice" in that column is the number's label, not a title; the table is read.
     */
    @Test
    void exciseInTheLineTotalsAndLabelsSetFlushRight() throws IOException {
        Page p = new Page();
        p.text(18, 180, 790, "ARDNAGREE STILLHOUSE LTD");
        p.text(9, 180, 774, "Quarry Road, Ballinamore, Co. Leitrim N41 X2Y4");
        p.text(12, 50, 740, "Trade Invoice");
        p.right(10, 400, 740, "Invoice");
        p.right(10, 520, 740, "ASH-02215");
        p.right(10, 400, 726, "Date");
        p.right(10, 520, 726, "14/04/2026");
        p.text(10, 50, 720, "The Weir Bar");
        p.right(10, 400, 712, "Due");
        p.right(10, 520, 712, "14/05/2026");
        p.titles(9, 640, new float[] {50, 110, 270, 310, 350, 390, 440, 490}, "Code", "Product", "ABV", "Vol (L)", "Qty",
                "Price", "Excise", "Line total");
        p.rows(620, 18, new String[][] {{"AS-GN70", "Hedgerow Gin", "40.0%", "0.70", "12", "22.40", "143.05", "411.85"},
                {"AS-WH70", "Blended Whiskey", "40.0%", "0.70", "6", "27.00", "71.53", "233.53"}},
                left(50), left(110), right(295), right(335), right(365), right(420), right(470), right(545));
        p.right(10, 470, 560, "Goods");
        p.right(10, 545, 560, "486.00");
        p.right(10, 470, 546, "Excise duty");
        p.right(10, 545, 546, "159.38");
        p.right(10, 470, 532, "MwSt. 23 %");
        p.right(10, 545, 532, "148.46");
        p.right(10, 470, 518, "Total");
        p.right(10, 545, 518, "793.84");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("ASH-02215");
        assertThat(value(fields, "TAX")).isEqualTo("148.46");
        List<Map<String, String>> items = items(doc);
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("AS-GN70", "AS-WH70");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("12", "6");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("411.85", "233.53");
    }

    /**
     * Which of the names a page prints is the supplier's: a person's name in the letterhead and the
     * imprint's "… t/a …" (the trading name); a brand in the logo beside the company's own name with
     * its legal form heading the address block; an Irish name closed by its legal form over the
     * English one (two names, not one in two lines).
     */
    @Test
    void theTradingNameTheCompanysNameBesideItsBrandAndAClosedNameAlone() throws IOException {
        Page sole = new Page();
        sole.text(20, 50, 790, "Niamh Rourke");
        sole.text(9, 50, 776, "Mobile 087 555 0142");
        numberAndDate(sole, "0417", "09/03/2026");
        sole.table(List.<String[]>of(new String[] {"Replace float valve, cellar", "1", "85.00", "85.00"}));
        sole.totals("85.00", "VAT 13.5%", "11.48", "96.48");
        sole.text(8, 50, 60, "Niamh Rourke t/a Rourke Refrigeration Services · Registered F-Gas technician");
        assertThat(value(fields(sole), "VENDOR_NAME")).isEqualTo("Rourke Refrigeration Services");

        Page brand = new Page();
        brand.right(10, 545, 800, "Ardmore Alarm Monitoring Ltd");
        brand.text(22, 50, 786, "ARDMORE SECURITY");
        brand.right(9, 545, 786, "Unit 4, Mill Road");
        brand.right(9, 545, 774, "Naas, Co. Kildare W91 K2X4");
        brand.right(9, 545, 762, "VAT No. IE3141592S");
        numberAndDate(brand, "AS-26-0311", "09/03/2026");
        brand.table(List.<String[]>of(new String[] {"Monitoring, March", "1", "45.00", "45.00"}));
        brand.totals("45.00", "VAT 23%", "10.35", "55.35");
        assertThat(value(fields(brand), "VENDOR_NAME")).isEqualTo("Ardmore Alarm Monitoring Ltd");

        Page two = new Page();
        two.text(16, 50, 790, "Grúdlann an Ghleanna Teo.");
        two.text(16, 50, 772, "Glen Brewing Co. Ltd");
        two.text(9, 50, 756, "An Cheárta, Co. na Gaillimhe H91 X2C4");
        numberAndDate(two, "GG-1526", "09/03/2026");
        two.table(List.<String[]>of(new String[] {"Pale ale 30L keg", "1", "139.00", "139.00"}));
        two.totals("139.00", "VAT 23%", "31.97", "170.97");
        two.text(8, 50, 60, "Grúdlann an Ghleanna Teo. / Glen Brewing Co. Ltd · Registered in Ireland 703318");
        assertThat(value(fields(two), "VENDOR_NAME")).isEqualTo("Grúdlann an Ghleanna Teo.");
    }

    /**
     * A waste collector's lines: a description and an amount, the count and the price written in
     * the description ("– 8 lifts @ 14.50"): the line's quantity and unit price, as they make its
     * amount. A levy's "@ 3.5%" makes no amount and is no price.
     */
    @Test
    void aCountAndPriceWrittenInTheDescriptionAreTheLines() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Clashmore Waste Services Ltd");
        p.text(10, 50, 774, "Quarry Road, Clashmore, Co. Waterford P36 X2C4");
        p.invoiceHeader("CW-2026-00412", "03/02/2026");
        p.titles(9, 620, new float[] {50, 500}, "Description", "Amount");
        p.rows(600, 20, new String[][] {{"1100L general waste – 8 lifts @ 14.50", "116.00"},
                {"Waste by weight – 412 kg @ 0.185 per kg", "76.22"}, {"Environmental levy @ 3.5% of collections", "6.73"}},
                left(50), right(545));
        p.totals("198.95", "VAT 13.5%", "26.86", "225.81");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("8", "412", null);
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("14.50", "0.185", null);
        assertThat(items).extracting(i -> i.get("ITEM")).first().isEqualTo("1100L general waste – 8 lifts @ 14.50");
    }

    /**
     * A booking agent's letter: its number marked "No.", its date alone under it with no label, and
     * no table: each fee a description and an amount (one wrapped over two lines), over a subtotal
     * they make, one with its hours and rate written in its description. Without a subtotal, they
     * make the total less its VAT.
     */
    @Test
    void aLettersDateAndFeesWithNoTableThatMakeTheSubtotal() throws IOException {
        for (boolean subtotal : List.of(true, false)) {
            Page p = new Page();
            p.text(18, 150, 790, "Corrloch Music Bookings Ltd");
            p.text(9, 150, 776, "4 Abbey Street, Ennis, Co. Clare V95 X2C4 · VAT IE3141592S");
            p.text(14, 50, 740, "INVOICE");
            p.right(10, 545, 740, "No. 0517");
            p.right(10, 545, 726, "14th April 2026");
            p.text(10, 50, 700, "To:  The Manager, Hanlon's Bar");
            p.text(10, 50, 650, "Performance fee – The Quay Street Trio, Friday 10th April 2026,");
            p.right(10, 545, 650, "€600.00");
            p.text(10, 50, 637, "9.30pm – 12.30am");
            p.text(10, 50, 610, "Sound engineer – 3 hours @ €50.00 per hour");
            p.right(10, 545, 610, "€150.00");
            if (subtotal) {
                p.right(10, 460, 570, "Subtotal");
                p.right(10, 545, 570, "€750.00");
            }
            p.right(10, 460, 556, "VAT @ 23%");
            p.right(10, 545, 556, "€172.50");
            p.right(10, 460, 542, "Total due");
            p.right(10, 545, 542, "€922.50");
            ExpenseDocument doc = read(p);
            Map<String, ExpenseField> fields = fields(doc);
            assertThat(value(fields, "INVOICE_RECEIPT_DATE")).as("subtotal " + subtotal).isEqualTo("14th April 2026");
            List<Map<String, String>> items = items(doc);
            assertThat(items).as("subtotal " + subtotal).extracting(i -> i.get("PRICE")).containsExactly("€600.00", "€150.00");
            assertThat(items.get(0).get("ITEM")).endsWith("9.30pm – 12.30am");
            // a count and a price written in the description that make the amount
            assertThat(items.get(1)).as("subtotal " + subtotal).containsEntry("QUANTITY", "3").containsEntry("UNIT_PRICE", "€50.00");
            // "Total due" with no other total: the total, and what is due
            assertThat(value(fields, "TOTAL")).isEqualTo("€922.50");
        }
    }

    /**
     * An accounting package's "Invoice Number" and "Reference" side by side: with the number
     * labelled as such, the bare "Reference" is the customer's, the order's reference.
     */
    @Test
    void aBareReferenceBesideTheLabelledNumberIsTheCustomers() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Ballyteige Coffee Roasters");
        p.text(9, 50, 776, "Quay Street, Kilmore, Co. Wexford Y35 X2C4 · VAT IE3141592S");
        p.text(9, 50, 740, "Invoice Number");
        p.text(9, 180, 740, "Reference");
        p.text(9, 300, 740, "Invoice Date");
        p.text(10, 50, 727, "INV-0352");
        p.text(10, 180, 727, "BAR/41");
        p.text(10, 300, 727, "20/04/2026");
        p.table(List.<String[]>of(new String[] {"Espresso beans 1kg", "6", "21.00", "126.00"}));
        p.totals("126.00", "VAT 13.5%", "17.01", "143.01");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("INV-0352");
        assertThat(value(fields, "PO_NUMBER")).isEqualTo("BAR/41");
    }

    /**
     * A hire firm's invoice that carries the account under its total: "This invoice total", then
     * the previous balance, the payments received and the balance now due. The invoice's total is
     * its own; the account's past is no charge of it, and the balance is what is due.
     */
    @Test
    void anAccountsPastUnderTheInvoicesTotalIsNoChargeOfIt() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Rathdowney Mat Hire Ltd");
        p.text(9, 50, 776, "Mill Road, Rathdowney, Co. Laois R32 X2C4 · VAT IE3141592S");
        numberAndDate(p, "RM58267", "02/04/2026");
        p.table(List.<String[]>of(new String[] {"Entrance mat 4x6ft, weekly exchange", "7", "9.80", "68.60"}));
        p.right(9, 460, 560, "Charges (net)");
        p.right(9, 545, 560, "68.60");
        p.right(9, 460, 546, "VAT 23%");
        p.right(9, 545, 546, "15.78");
        p.right(9, 460, 532, "This invoice total");
        p.right(9, 545, 532, "84.38");
        p.right(9, 460, 504, "Previous balance");
        p.right(9, 545, 504, "176.91");
        p.right(9, 460, 490, "Payments received");
        p.right(9, 545, 490, "-120.00");
        p.right(9, 460, 476, "Balance now due €");
        p.right(9, 545, 476, "141.29");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "TOTAL")).isEqualTo("84.38");
        assertThat(value(fields, "AMOUNT_DUE")).isEqualTo("141.29");
        assertThat(doc.summaryFields()).filteredOn(f -> f.type().text().equals("OTHER"))
                .extracting(f -> f.labelDetection().text()).noneMatch(l -> l.contains("balance") || l.contains("Payments"));
    }

    /** A letter to "The Manager" of the pub: whom it is for, over the customer's name. */
    @Test
    void aRoleOverTheCustomersNameIsNoName() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Corrloch Music Bookings Ltd");
        p.text(9, 50, 776, "4 Abbey Street, Ennis, Co. Clare V95 X2C4 · VAT IE3141592S");
        numberAndDate(p, "0517", "14/04/2026");
        p.text(10, 50, 720, "To:");
        p.text(10, 80, 720, "The Manager");
        p.text(10, 80, 707, "Hanlon's Bar");
        p.text(10, 80, 694, "Main Street, Kilrush");
        p.table(List.<String[]>of(new String[] {"Performance fee", "1", "600.00", "600.00"}));
        p.totals("600.00", "VAT 23%", "138.00", "738.00");
        assertThat(value(fields(p), "RECEIVER_NAME")).isEqualTo("Hanlon's Bar");
    }

    /**
     * An ERP's bill: "Sold-to party" with the customer's number beside it and the name under it,
     * "Payer" with its own number beside; "Delivery" among the document's numbers is the delivery
     * note's number, no party; columns "Material" and "Per"; the VAT as "Output tax".
     */
    @Test
    void anErpsPartiesNumbersAndOutputTax() throws IOException {
        Page p = new Page();
        p.text(14, 50, 800, "DERRYLEA BEVERAGES IRELAND LTD");
        p.text(9, 50, 786, "Derrylea House, Little Island, Cork T45 X2C4");
        p.text(9, 50, 774, "VAT Reg. No. IE3141592S");
        p.text(9, 330, 786, "Document No.");
        p.text(9, 430, 786, "9051488732");
        p.text(9, 330, 774, "Document date");
        p.text(9, 430, 774, "18.02.2026");
        p.text(9, 330, 762, "Delivery");
        p.text(9, 430, 762, "8084173585");
        p.text(9, 330, 750, "Currency");
        p.text(9, 430, 750, "EUR");
        p.text(9, 50, 720, "Sold-to party 4049946");
        p.text(9, 230, 720, "Payer 4175842");
        p.text(9, 50, 708, "CASHEL ARMS");
        p.text(9, 230, 708, "CASHEL HOSPITALITY LTD");
        p.text(9, 50, 696, "MAIN STREET");
        p.text(9, 50, 684, "CASHEL E25 X2C4");
        p.titles(9, 640, new float[] {50, 100, 160, 340, 380, 430, 470, 500}, "Item", "Material", "Description", "Qty", "UoM", "Price",
                "Per", "Net value");
        p.rows(620, 16, new String[][] {{"000010", "100231", "DERRYLEA STOUT 50L KEG", "3", "KEG", "196.40", "1", "589.20"},
                {"000020", "200451", "LAGER 24X330ML NRB", "2", "CS", "31.20", "1", "62.40"}},
                left(50), left(100), left(160), right(355), left(380), right(455), right(478), right(545));
        p.right(9, 430, 560, "Total net value");
        p.right(9, 545, 560, "651.60");
        p.right(9, 430, 546, "Output tax   23 %");
        p.right(9, 545, 546, "149.87");
        p.right(9, 430, 532, "Total amount EUR");
        p.right(9, 545, 532, "801.47");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("CASHEL ARMS");
        assertThat(value(fields, "TAX")).isEqualTo("149.87");
        assertThat(items(doc)).extracting(i -> i.get("PRICE")).containsExactly("589.20", "62.40");
    }

    /** A credit's summary in a box beside the table, its title "CREDIT SUMMARY" on the header's row: no column. */
    @Test
    void aSummaryBoxsTitleOnTheHeadersRowIsNoColumn() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Ballyhack Hygiene Ltd");
        p.text(9, 50, 776, "Quay Road, Ballyhack, Co. Wexford Y34 X2C4 · VAT IE3141592S");
        numberAndDate(p, "CR2101", "14/03/2026");
        p.titles(9, 640, new float[] {40, 90, 230, 270, 320, 380}, "Code", "Description", "Qty", "Price", "Amount", "CREDIT SUMMARY");
        p.rows(620, 16, new String[][] {{"DG-20", "Kitchen degreaser 20L", "2", "58.40", "116.80"}, {"BL-5", "Beer line cleaner 5L", "1", "26.90", "26.90"},
                {"OC-5", "Oven cleaner gel 5L", "1", "24.60", "24.60"}}, left(40), left(90), right(245), right(300), right(355));
        p.text(9, 380, 620, "Goods (net)");
        p.right(9, 545, 620, "168.30");
        p.text(9, 380, 604, "VAT @ 23%");
        p.right(9, 545, 604, "38.71");
        p.text(9, 380, 580, "CREDIT TOTAL");
        p.right(9, 545, 580, "207.01");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("116.80", "26.90", "24.60");
    }

    /**
     * A market trader's bill printed with no column titles: count, unit, description, price and
     * amount, each count × price making its amount, over the goods they make.
     */
    @Test
    void untitledColumnsWhoseCountsAndPricesMakeTheGoods() throws IOException {
        Page p = new Page();
        p.text(16, 120, 790, "KILLOWEN FRESH PRODUCE LTD");
        p.text(9, 120, 776, "Market Yard, Killowen, Co. Kilkenny R95 X2C4 · VAT No. IE3141592S");
        p.text(10, 50, 740, "INVOICE 40211");
        p.right(10, 545, 740, "DATE 18/01/26");
        p.rows(680, 16, new String[][] {{"2", "BOX", "TOMATOES LOOSE 6KG", "9.50", "19.00"}, {"12", "EA", "CUCUMBER", "0.65", "7.80"},
                {"3", "KG", "LEMONS", "2.60", "7.80"}}, right(70), left(90), left(140), right(420), right(545));
        p.right(10, 460, 600, "Goods");
        p.right(10, 545, 600, "34.60");
        p.right(10, 460, 586, "VAT");
        p.right(10, 545, 586, "0.00");
        p.right(10, 460, 572, "Total €");
        p.right(10, 545, 572, "34.60");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("TOMATOES LOOSE 6KG", "CUCUMBER", "LEMONS");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("2", "12", "3");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("9.50", "0.65", "2.60");
    }

    /**
     * An engineer's job sheet in two sections, each under titles of its own: the labour's titled with
     * its VAT rate in brackets ("LABOUR & CALL-OUT (VAT 13.5%)") and its time ("Time/Qty"), the parts'
     * with a code column titled "Part code". The bracketed rate is no VAT column, and the parts are read
     * under their own titles, their codes apart from their names.
     */
    @Test
    void aJobSheetsSectionsEachUnderTheirOwnTitles() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Tobernalt Catering Engineers");
        p.text(9, 50, 776, "Unit 7 Mill Road, Tobernalt, Co. Sligo F91 X2C4 · VAT IE3141592S");
        numberAndDate(p, "TE-4410", "09/02/2026");
        p.titles(9, 660, new float[] {40, 330, 400, 480}, "LABOUR & CALL-OUT (VAT 13.5%)", "Time/Qty", "Rate €", "Amount €");
        p.rows(644, 16, new String[][] {{"Call-out charge", "1", "60.00", "60.00"}, {"Labour", "1h 30m", "72.00", "108.00"}},
                left(40), right(370), right(440), right(530));
        p.titles(9, 600, new float[] {40, 120, 330, 400, 480}, "Part code", "PARTS (VAT 23%)", "Qty", "Unit €", "Amount €");
        p.rows(584, 16, new String[][] {{"PX-210", "Drain pump", "1", "88.50", "88.50"}, {"PX-044", "Rinse arm", "2", "21.75", "43.50"}},
                left(40), left(120), right(370), right(440), right(530));
        p.right(9, 460, 530, "Subtotal");
        p.right(9, 530, 530, "300.00");
        p.right(9, 460, 516, "VAT");
        p.right(9, 530, 516, "53.04");
        p.right(9, 460, 502, "Total €");
        p.right(9, 530, 502, "353.04");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Call-out charge", "Labour", "Drain pump", "Rinse arm");
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly(null, null, "PX-210", "PX-044");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("1", "1h 30m", "1", "2");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("60.00", "108.00", "88.50", "43.50");
    }

    /**
     * A wine merchant's lines sold by the case or by the bottle, each count in a column of its own
     * ("Case | Btl") and each priced in its own ("Price/Case | Price/Btl"): a line's quantity is the
     * count it fills, its price the one for that count.
     */
    @Test
    void casesOrBottlesEachPricedInTheirOwnColumn() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Rathcoole Cellars Ltd");
        p.text(9, 50, 776, "3 Abbey Lane, Rathcoole, Co. Dublin D24 X2C4 · VAT IE3141592S");
        numberAndDate(p, "20931", "02/04/2026");
        p.titles(9, 660, new float[] {40, 90, 290, 330, 370, 430, 490}, "Code", "Description", "Case", "Btl", "Price/Case",
                "Price/Btl", "Amount €");
        p.rows(644, 16, new String[][] {{"RSL19", "Riesling Spätlese 2019", "2", "", "96.00", "16.80", "192.00"},
                {"MAL21", "Malbec, Mendoza 2021", "", "5", "84.60", "14.80", "74.00"},
                {"CAV20", "Cava Brut Nature 2020", "1", "", "78.30", "13.70", "78.30"}},
                left(40), left(90), right(310), right(350), right(410), right(470), right(530));
        p.right(9, 460, 580, "Goods Net");
        p.right(9, 530, 580, "344.30");
        p.right(9, 460, 566, "VAT @ 23%");
        p.right(9, 530, 566, "79.19");
        p.right(9, 460, 552, "Invoice Total €");
        p.right(9, 530, 552, "423.49");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("2", "5", "1");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("96.00", "14.80", "78.30");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("192.00", "74.00", "78.30");
    }

    /**
     * The totals in a box over the lines ("Goods | Net Total | VAT @ 23% | Total EUR" over their
     * figures), the lines' own titles under it: the box is no table, its figures are the totals, and
     * the lines are read under their titles.
     */
    @Test
    void theTotalsInABoxOverTheLines() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Glenbrack Catering Supplies Ltd");
        p.text(9, 50, 776, "Quay Road, Glenbrack, Co. Wexford Y35 X2C4 · VAT IE3141592S");
        numberAndDate(p, "GC-20417", "11/04/2026");
        p.text(9, 50, 690, "SUMMARY");
        p.titles(9, 676, new float[] {110, 250, 390, 500}, "Goods", "Net Total", "VAT @ 23%", "Total EUR");
        p.rows(662, 14, new String[][] {{"146.40", "146.40", "33.67", "180.07"}}, right(160), right(300), right(440), right(545));
        p.titles(9, 630, new float[] {40, 110, 390, 440, 500}, "Code", "Description", "Qty", "Unit Price", "Net €");
        p.rows(614, 16, new String[][] {{"GB-301", "Beer line cleaner 5L", "2", "24.60", "49.20"},
                {"GB-118", "Cocktail napkins (2000)", "4", "18.90", "75.60"}, {"GB-502", "Optic measure 35.5ml", "2", "10.80", "21.60"}},
                left(40), left(110), right(410), right(480), right(545));
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("146.40");
        assertThat(value(fields, "TAX")).isEqualTo("33.67");
        assertThat(value(fields, "TOTAL")).isEqualTo("180.07");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("GB-301", "GB-118", "GB-502");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("49.20", "75.60", "21.60");
    }

    /**
     * A logo's brand of one word and, under a tagline, the company's name holding it among words of
     * its own ("KILDRUM" over "Bakkerij Kildrum NV"); and a two-word letterhead over its name's end
     * and a tagline ("CORRIBEG QUAY" over "Fresh Produce Ltd · wholesale fruit & veg") that the imprint
     * gives whole: the company's name, never the tagline.
     */
    @Test
    void theCompanysNameHoldingItsBrandAndANameEndedBeforeItsTagline() throws IOException {
        Page brand = new Page();
        brand.text(22, 50, 790, "KILDRUM");
        brand.text(9, 50, 776, "Wafelbakkerij sinds 1962 – Gaufres & desserts");
        brand.text(10, 50, 762, "Frozen desserts · Bakkerij Kildrum NV");
        brand.text(9, 50, 750, "Brugsesteenweg 14, 8800 Roeselare · BTW BE 0971.149.944");
        numberAndDate(brand, "F26/00433", "29/03/2026");
        brand.table(List.<String[]>of(new String[] {"Waffles 24 x 90 g", "4", "42.00", "168.00"}));
        brand.totals("168.00", "VAT 13.5%", "22.68", "190.68");
        assertThat(value(fields(brand), "VENDOR_NAME")).isEqualTo("Bakkerij Kildrum NV");

        Page tagline = new Page();
        tagline.text(20, 80, 790, "CORRIBEG QUAY");
        tagline.text(9, 80, 774, "Fresh Produce Ltd · wholesale fruit, veg & herbs");
        tagline.text(9, 80, 762, "Unit 12, Food Park, Cork T12 R9D4 · VAT IE3141592S");
        numberAndDate(tagline, "INV-26757", "20/06/2025");
        tagline.table(List.<String[]>of(new String[] {"Lemons (box of 80)", "2", "21.50", "43.00"}));
        tagline.totals("43.00", "VAT 0%", "0.00", "43.00");
        tagline.text(7, 80, 60, "Corribeg Quay Fresh Produce Ltd · Registered in Ireland No. 611874");
        assertThat(value(fields(tagline), "VENDOR_NAME")).isEqualTo("Corribeg Quay Fresh Produce Ltd");
    }

    /**
     * A bakery's weekly bill: each product's count for each day ("Mon Tue | Wed Thu | Fri | Sat | Sun"),
     * the week's count, price and amount; and a printer's amount titled in money words of its own
     * ("Line €"). The days are no quantity, the week's count is.
     */
    @Test
    void aWeeksCountsByDayAndAnAmountTitledInMoney() throws IOException {
        Page week = new Page();
        week.text(18, 50, 790, "Knockaderry Bakery Ltd");
        week.text(9, 50, 776, "Cathedral Street, Thurles, E41 K8W3 · VAT IE3141592S");
        numberAndDate(week, "KB/25/2034", "14/07/2025");
        week.titles(8, 660, new float[] {40, 80, 250, 280, 310, 340, 370, 400, 430, 460, 500},
                "Code", "Product", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Week", "Amount");
        week.rows(644, 16, new String[][] {{"B02", "Brown Soda Loaf", "1", "-", "-", "-", "-", "3", "-", "4", "9.80"},
                {"B03", "Sourdough Bloomer", "-", "-", "5", "5", "3", "-", "3", "16", "57.60"}},
                left(40), left(80), right(262), right(292), right(322), right(352), right(382), right(412), right(442), right(480),
                right(545));
        week.totals("67.40", "VAT 0%", "0.00", "67.40");
        List<Map<String, String>> items = items(read(week));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("4", "16");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("9.80", "57.60");

        Page printer = new Page();
        printer.text(18, 50, 790, "Ballycroy Print Ltd");
        printer.text(9, 50, 776, "Six Cross Roads, Waterford X91 F3C8 · VAT IE3141592S");
        numberAndDate(printer, "PM5659", "19/04/2025");
        printer.titles(9, 660, new float[] {40, 100, 380, 430, 500}, "Ref", "Description", "Qty", "Unit €", "Line €");
        printer.rows(644, 16, new String[][] {{"DS-01", "Design / setup charge", "1", "45.000", "45.00"},
                {"BM95R", "Beer mats 95mm round", "1,000", "0.109", "109.00"}}, left(40), left(100), right(410), right(470), right(545));
        printer.totals("154.00", "VAT 23%", "35.42", "189.42");
        List<Map<String, String>> lines = items(read(printer));
        assertThat(lines).extracting(i -> i.get("QUANTITY")).containsExactly("1", "1,000");
        assertThat(lines).extracting(i -> i.get("PRICE")).containsExactly("45.00", "109.00");
    }

    /**
     * A sole trader's name over what he does ("Plumbing & Heating · Registered Gas Installer"): his
     * trading name is both when his mail address spells them as one; without such an address, his
     * name alone. The tagline's "·" may be read as a dash on a scan.
     */
    @Test
    void aNameOverItsTradeIsTheTradingNameWhenItsAddressSpellsBoth() throws IOException {
        for (String[] c : new String[][] {{"·", "spelt"}, {"-", "spelt"}, {"·", ""}}) {
            boolean spelt = !c[1].isEmpty();
            Page p = new Page();
            p.text(20, 50, 790, "Colm Brennock");
            p.right(9, 545, 790, "4 Bóthar na Trá");
            p.right(9, 545, 778, "Enniscorthy, Co. Wexford Y21 N4K6");
            p.text(9, 50, 766, "Plumbing & Heating " + c[0] + " Registered Gas Installer");
            p.right(9, 545, 766, spelt ? "colmbrennockplumbing@gmail.com" : "Mobile 087 214 6630");
            p.text(9, 50, 754, "VAT Reg. No. IE3141592S");
            numberAndDate(p, "2025/034", "03/05/2025");
            p.table(List.<String[]>of(new String[] {"Replace cistern and flush valve", "1", "247.50", "247.50"}));
            p.totals("247.50", "VAT 13.5%", "33.41", "280.91");
            assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo(spelt ? "Colm Brennock Plumbing & Heating" : "Colm Brennock");
        }
    }

    /** A name printed in capitals, and in small letters only inside a mail address: kept in its capitals. */
    @Test
    void aMailAddressGivesNoCaseToAName() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "KNOCKBRACK");
        p.text(9, 50, 776, "Mountrath Road, Portlaoise R32 P7H5 · VAT IE3141592S");
        p.text(9, 50, 764, "cylinders@knockbrack.ie");
        numberAndDate(p, "CA40678", "17/05/2025");
        p.table(List.<String[]>of(new String[] {"CO2 refill 6.35 kg", "2", "42.00", "84.00"}));
        p.totals("84.00", "VAT 23%", "19.32", "103.32");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("KNOCKBRACK");
    }

    /**
     * A tradesman's letter: his name and trade at the top left, his address at the right, and under
     * them, unlabelled, the window addressed to "The Manager" of the pub. The customer is the pub,
     * and the address at the right is the supplier's, not the pub's.
     */
    @Test
    void aLetterAddressedToTheManager() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Eoin Tallon");
        p.right(9, 545, 790, "9 Ard na Gréine");
        p.right(9, 545, 778, "Enniscorthy, Co. Wexford Y21 N4K6");
        p.text(9, 50, 766, "Plumbing & Heating · Registered Gas Installer");
        p.text(9, 50, 754, "VAT Reg. No. IE3141592S");
        p.text(10, 50, 730, "The Manager");
        p.text(10, 50, 717, "Quilty's Roadhouse");
        p.text(10, 50, 704, "Sligo Road");
        p.text(10, 50, 691, "Carrick-on-Shannon");
        p.text(10, 50, 678, "N41 X3P6");
        p.right(10, 545, 730, "3 May 2025");
        p.text(12, 50, 650, "Invoice");
        p.right(10, 545, 650, "Invoice No. 2025/034");
        p.text(10, 50, 620, "Labour - 4.5 hours @ €55.00 per hour");
        p.right(10, 545, 620, "€247.50");
        p.text(10, 50, 606, "Hire of drain camera - 1 day @ €40.00");
        p.right(10, 545, 606, "€40.00");
        p.right(10, 460, 580, "Total excl. VAT");
        p.right(10, 545, 580, "€287.50");
        p.right(10, 460, 566, "VAT @ 13.5%");
        p.right(10, 545, 566, "€38.81");
        p.right(10, 460, 552, "Total");
        p.right(10, 545, 552, "€326.31");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("Quilty's Roadhouse");
        assertThat(value(fields, "VENDOR_ADDRESS")).contains("Ard na Gréine").doesNotContain("Sligo Road");
    }

    /**
     * A delivery docket's "Qty Ord | Qty Del" beside a unit of measure and a price: a line with
     * nothing delivered is not charged at the quantity ordered, nor priced by its unit's word.
     */
    @Test
    void aLineWithNothingDeliveredIsNotReadByTheQuantityOrdered() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Rathnew Minerals Ltd");
        p.text(9, 50, 776, "Rathnew, Co. Wicklow A67 X2C4 · VAT IE3141592S");
        numberAndDate(p, "DN-5521", "04/02/2026");
        p.titles(9, 660, new float[] {40, 260, 310, 360, 420, 500}, "Description", "Qty Ord", "Qty Del", "Unit", "Price", "Amount");
        p.rows(644, 16, new String[][] {{"Still water 24 x 500ml", "5", "5", "CS", "9.60", "48.00"},
                {"Tonic water 24 x 200ml", "4", "", "CS", "12.00", "0.00"}, {"Cola 24 x 330ml", "3", "3", "CS", "14.20", "42.60"}},
                left(40), right(290), right(340), left(360), right(460), right(545));
        p.totals("90.60", "VAT 23%", "20.84", "111.44");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).doesNotContain("4");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).doesNotContain("CS");
    }

    /**
     * A booking agent's total less the deposit paid, the rest "Payment due on the night:": a due
     * date's label with an amount and no date beside it is the amount due; the total stays the total.
     */
    @Test
    void anAmountDueUnderADueLabelWithNoDate() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Shanagarry Entertainment Ltd");
        p.text(9, 50, 776, "Lavitt's Quay, Cork T12 D951 · VAT IE3141592S");
        numberAndDate(p, "BK-2026-0126", "22/02/2026");
        p.table(List.<String[]>of(new String[] {"Performer fee, three sets", "1", "600.00", "600.00"},
                new String[] {"Booking fee", "1", "75.00", "75.00"}));
        p.totals("675.00", "VAT 23%", "155.25", "830.25");
        p.text(10, 400, 458, "Less deposit paid");
        p.right(10, 540, 458, "-150.00");
        p.text(10, 330, 444, "Payment due on the night:");
        p.right(10, 540, 444, "€680.25");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "TOTAL")).isEqualTo("830.25");
        assertThat(value(fields, "AMOUNT_DUE")).isEqualTo("€680.25");
    }

    @Test
    void aCodeInBracketsClosingADescriptionIsTheItemsCodeAndAGasOrAnOrderInBracketsIsNot() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Linegleam Services");
        p.text(9, 50, 776, "4 Mill Road, Tullow R93 K2D4");
        p.invoiceHeader("LG-3310", "12/03/2026");
        p.table(List.<String[]>of(new String[] {"Cooler annual service (CS-12)", "1", "65.00", "65.00"},
                new String[] {"Tap washer set (TW2040)", "2", "3.50", "7.00"},
                new String[] {"Beverage gas (CO2)", "1", "24.00", "24.00"},
                new String[] {"Pint glasses (PO-4471)", "1", "30.00", "30.00"}));
        p.totals("126.00", "VAT 23%", "28.98", "154.98");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM"))
                .containsExactly("Cooler annual service", "Tap washer set", "Beverage gas (CO2)", "Pint glasses (PO-4471)");
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("CS-12", "TW2040", null, null);
    }

    /**
     * "CUSTOMER COPY" stamped diagonally across an invoice book's page, over its lines: its letters
     * are no part of the figures they cross, and every line keeps its amount.
     */
    @Test
    void aStampAcrossTheLinesIsNoPartOfThem() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Tomás Brereton");
        p.text(9, 50, 776, "Cellar Services · 4 Abbey Row, Roscrea E53 P2K7 · VAT IE3141592S");
        p.invoiceHeader("002671", "14/05/2026");
        p.table(List.<String[]>of(new String[] {"Descale glasswasher", "1", "48.00", "48.00"},
                new String[] {"Clean beer lines, 6 taps", "6", "9.50", "57.00"},
                new String[] {"Replace tap washers", "4", "2.25", "9.00"}));
        p.totals("114.00", "VAT 13.5%", "15.39", "129.39");
        for (float y = 420; y <= 620; y += 50) {
            p.slanted(44, 250, y, 28, "CUSTOMER COPY");
        }
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("48.00", "57.00", "9.00");
        assertThat(items).extracting(i -> i.get("ITEM"))
                .containsExactly("Descale glasswasher", "Clean beer lines, 6 taps", "Replace tap washers");
    }

    /**
     * A broker's schedule titled "Description | Policy No. | VAT | Amount": "No." after a noun is
     * that thing's number, no count, so a line with a policy number in that column is a line.
     */
    @Test
    void aPolicyNumbersColumnIsNoQuantity() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Ardvelle Insurance Brokers Ltd");
        p.text(9, 50, 776, "2 Market Square, Tuam H54 R2C6 · VAT IE3141592S");
        p.invoiceHeader("AIB/26/0412", "03/06/2026");
        p.titles(10, 620, new float[] {50, 300, 400, 480}, "Description", "Policy No.", "VAT", "Amount");
        p.rows(600, 18, new String[][] {{"Public liability, annual premium", "PL/40771", "Exempt", "2,180.00"},
                {"Employers' liability, annual premium", "EL/18820", "Exempt", "640.00"},
                {"Broker fee", "", "23%", "90.00"}},
                left(50), left(300), left(400), right(540));
        p.text(10, 380, 520, "Subtotal");
        p.right(10, 540, 520, "2,910.00");
        p.text(10, 380, 506, "VAT @ 23% on fee");
        p.right(10, 540, 506, "20.70");
        p.text(10, 380, 492, "Total payable");
        p.right(10, 540, 492, "2,930.70");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("2,180.00", "640.00", "90.00");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsOnlyNulls();
    }

    /**
     * A month's delivery dockets billed on one invoice, a line each: "Docket No. | Date | Goods |
     * VAT | Amount", the goods' kind in words under "Goods", the money under "Amount". No
     * quantity or price to multiply: the titles tell the columns.
     */
    @Test
    void aMonthOfDocketsALineEach() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Corrafin Wholesale Ltd");
        p.text(9, 50, 776, "Quay Road, Westport F28 E6X1 · VAT IE3141592S");
        p.invoiceHeader("MI-0611", "30/06/2026");
        p.titles(10, 620, new float[] {50, 130, 220, 420, 500}, "Docket No.", "Date", "Goods", "VAT", "Amount");
        p.rows(600, 16, new String[][] {{"K20411", "03/06/2026", "Minerals & mixers", "23%", "212.40"},
                {"K20466", "10/06/2026", "Bread & rolls", "0%", "64.80"},
                {"K20519", "17/06/2026", "Wines & spirits", "23%", "388.15"},
                {"K20577", "24/06/2026", "Firelighters & logs", "13.5%", "96.00"}},
                left(50), left(130), left(220), left(420), right(540));
        p.text(10, 400, 500, "Goods (net)");
        p.right(10, 540, 500, "761.35");
        p.text(10, 400, 486, "VAT");
        p.right(10, 540, 486, "151.09");
        p.text(10, 400, 472, "Invoice Total");
        p.right(10, 540, 472, "912.44");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM"))
                .containsExactly("Minerals & mixers", "Bread & rolls", "Wines & spirits", "Firelighters & logs");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("212.40", "64.80", "388.15", "96.00");
    }

    /**
     * A Belgian brewery's header in two rows, its own words over the English in brackets:
     * "(Item)" holds the code and "(Description)" the name, as "Item | Description" would.
     */
    @Test
    void titlesInBracketsUnderTheirOwnLanguage() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Brouwerij Het Ganzenhof BV");
        p.text(9, 50, 776, "Kerkstraat 12, 9600 Ronse · BTW BE 0412.345.678");
        p.invoiceHeader("2026/01177", "12-11-2026");
        p.titles(10, 634, new float[] {50, 130, 360, 430, 500}, "Artikel", "Omschrijving", "Aantal", "Eenheidsprijs", "Bedrag");
        p.titles(10, 620, new float[] {50, 130, 360, 430, 500}, "(Item)", "(Description)", "(Qty)", "(Unit price)", "(Amount)");
        p.rows(600, 16, new String[][] {{"GH-DB33", "Ganzenhof Dubbel 33cl (krat 24)", "3", "31,20", "93,60"},
                {"GH-TR20", "Tripel fust 20L", "2", "112,00", "224,00"}},
                left(50), left(130), right(385), right(480), right(540));
        p.text(10, 400, 500, "Totaal (Total)");
        p.right(10, 540, 500, "317,60");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("GH-DB33", "GH-TR20");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Ganzenhof Dubbel 33cl (krat 24)", "Tripel fust 20L");
    }

    /**
     * A French merchant's bill to an Irish pub: the pub's own VAT number printed under its address
     * with no party label over it, the merchant's in its imprint at the foot with its name. Both are
     * labelled and both check: the one printed beside the supplier's name is the supplier's.
     */
    @Test
    void theVatNumberBesideTheSuppliersNameIsItsOwn() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Maison Aubertin-Roche");
        p.text(9, 50, 776, "Négociant · 3 rue du Pressoir, 21200 Beaune, France");
        p.invoiceHeader("FA26-1180", "02/10/2026");
        p.text(9, 50, 660, "TVA intracom. : IE4123456Q");
        p.table(List.<String[]>of(new String[] {"Bourgogne Aligoté 2024", "24", "9.40", "225.60"},
                new String[] {"Transport", "1", "120.00", "120.00"}));
        p.totals("345.60", "TVA 0 %", "0.00", "345.60");
        p.text(8, 50, 80, "Aubertin-Roche SARL au capital de 20 000 € · N° TVA FR23412345678");
        assertThat(value(fields(p), "VENDOR_VAT_NUMBER")).isEqualTo("FR23412345678");
    }

    /**
     * A trading name on the letterhead, the company it belongs to named in full in the imprint
     * with its VAT number: the registered name is the supplier's. Words after the trading name
     * that end in no legal form are no name.
     */
    @Test
    void theTradingNamesRegisteredCompanyBesideItsVatNumber() throws IOException {
        for (String imprint : new String[] {"Corrig & Vale Wine Shippers Ltd · Reg. No. 512200 · VAT IE4123456Q",
                "Corrig & Vale thanks you for your custom · VAT IE4123456Q"}) {
            Page p = new Page();
            p.text(22, 50, 790, "Corrig & Vale");
            p.text(9, 50, 774, "Unit 4, Quarry Road, Dundalk A91 K2P3");
            p.invoiceHeader("CV-20417", "09/11/2026");
            p.table(List.<String[]>of(new String[] {"Rioja Crianza 2021 (case of 6)", "3", "54.00", "162.00"}));
            p.totals("162.00", "VAT 23%", "37.26", "199.26");
            p.text(8, 50, 80, imprint);
            String expected = imprint.contains("Ltd") ? "Corrig & Vale Wine Shippers Ltd" : "Corrig & Vale";
            assertThat(value(fields(p), "VENDOR_NAME")).as(imprint).isEqualTo(expected);
        }
    }

    /**
     * A laundry's month: a column of counts for each week ("w/c 02/11"), then the month's count under
     * "Total", its rate and the net. The weeks are columns of their own, and the count whose figures
     * make the net with the rate is the quantity, whatever its title.
     */
    @Test
    void countsForEachWeekAndTheMonthsCountUnderTotal() throws IOException {
        Page p = new Page();
        p.text(20, 40, 790, "MOYVALLEY LINEN SERVICES");
        p.text(9, 40, 776, "Unit 3, Mill Road, Tullamore R35 X2K7 | VAT Reg No IE4123456Q");
        p.invoiceHeader("ML/26/0412", "05/12/2026");
        p.titles(9, 620, new float[] {40, 90, 250, 300, 350, 400, 450, 510}, "Code", "Item", "w/c 02/11", "w/c 09/11",
                "w/c 16/11", "Total", "Rate", "Net EUR");
        p.rows(600, 18, new String[][] {{"TW10", "Tea towel, white", "12", "14", "10", "36", "0.30", "10.80"},
                {"AP22", "Apron, long, black", "6", "5", "7", "18", "0.85", "15.30"},
                {"GC04", "Glass cloth, linen", "40", "35", "45", "120", "0.26", "31.20"}},
                left(40), left(90), right(285), right(335), right(385), right(425), right(480), right(550));
        p.text(10, 400, 500, "Net Total");
        p.right(10, 550, 500, "57.30");
        p.text(10, 400, 486, "VAT @ 13.5%");
        p.right(10, 550, 486, "7.74");
        p.text(10, 400, 472, "Invoice Total");
        p.right(10, 550, 472, "65.04");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).hasSize(3);
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("36", "18", "120");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Tea towel, white", "Apron, long, black", "Glass cloth, linen");
    }

    /**
     * Deliveries by the day: the date, the weekday under "Day", the product, the count under "Bags".
     * The weekday is no part of the product's name, and the bags are the quantity, a returned one negative.
     */
    @Test
    void theWeekdayIsAColumnOfItsOwnAndBagsAreTheQuantity() throws IOException {
        Page p = new Page();
        p.text(20, 40, 790, "GLASHEEN ICE");
        p.text(9, 40, 776, "Unit 8, Quarry Lane, Mallow P51 K2X7 · VAT Reg. IE4123456Q");
        p.invoiceHeader("GI-26-0881", "09/11/2026");
        p.titles(9, 620, new float[] {40, 110, 150, 350, 420, 500}, "Date", "Day", "Product", "Bags", "Price", "Amount");
        p.rows(600, 18, new String[][] {{"02/11/2026", "Mon", "Cubed ice 2kg", "20", "2.10", "42.00"},
                {"04/11/2026", "Wed", "Crushed ice 10kg", "4", "6.80", "27.20"},
                {"06/11/2026", "Fri", "Cubed ice 2kg", "-3", "2.10", "-6.30"},
                {"08/11/2026", "Sun", "Sunday delivery charge", "1", "15.00", "15.00"}},
                left(40), left(110), left(150), right(375), right(450), right(540));
        p.totals("77.90", "VAT @ 23%", "17.92", "95.82");
        List<Map<String, String>> items = items(read(p));
        // the last line's words are titles too ("Sun", "Sunday", "delivery", "charge"), but a header has no amounts
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Cubed ice 2kg", "Crushed ice 10kg", "Cubed ice 2kg",
                "Sunday delivery charge");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("20", "4", "-3", "1");
    }

    /**
     * A landscape-style grid with a VAT code column right of the net, and beside it a "VAT SUMMARY"
     * box whose figures and totals run down the rows beside the lines: the box is no part of any
     * line, every line is read, and the table does not end at the box's "Goods total".
     */
    @Test
    void aSummaryBoxBesideTheLinesPastTheirVatCodes() throws IOException {
        Page p = new Page();
        p.text(18, 30, 800, "KNOCKANORE FRESH PRODUCE LTD");
        p.text(8, 30, 788, "Unit 2, Food Park, Naas W91 X2K7 · VAT IE4123456Q");
        p.text(10, 30, 760, "INVOICE TO: The Local, 12 Main Street, Ennis");
        p.text(10, 380, 760, "INVOICE No.");
        p.text(10, 450, 760, "0513390");
        p.text(10, 380, 748, "Date");
        p.text(10, 450, 748, "04/12/26");
        p.titles(8, 700, new float[] {30, 75, 230, 270, 330, 370, 400, 430}, "Code", "Description", "Qty", "Price", "Net",
                "VAT", "VAT SUMMARY", "");
        p.rows(684, 14, new String[][] {{"LMN1", "Lemons", "3", "24.50", "73.50", "Z", "Code Rate", "Goods"},
                {"LIM2", "Limes", "1", "19.80", "19.80", "Z", "Z 0%", "93.30"},
                {"ORG5", "Navel oranges", "2", "21.00", "42.00", "S", "S 23%", "42.00"},
                {"PTR1", "Rooster potatoes", "4", "9.60", "38.40", "Z", "Goods total", "173.70"},
                {"JCE3", "Fresh orange juice", "3", "16.80", "50.40", "S", "VAT total", "9.66"},
                {"WTR2", "Still water 500ml", "4", "9.60", "38.40", "S", "INVOICE TOTAL", "262.50"}},
                left(30), left(75), right(245), right(300), right(350), left(372), left(400), right(520));
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("LMN1", "LIM2", "ORG5", "PTR1", "JCE3", "WTR2");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("73.50", "19.80", "42.00", "38.40", "50.40", "38.40");
    }

    /** A price per kilo titled with spaces about its slash ("PRICE / KG"), beside the weight under "KG". */
    @Test
    void aPricePerKiloTitledWithSpacesAboutItsSlash() throws IOException {
        Page p = new Page();
        p.text(20, 40, 790, "CARRIGDHOUN ROASTERS");
        p.text(9, 40, 776, "Quay Lane, Ennis V95 A1B2 · VAT No. IE4123456Q");
        p.invoiceHeader("CR-26-0517", "24/10/2026");
        p.titles(9, 620, new float[] {40, 300, 360, 440, 500}, "DESCRIPTION", "KG", "PRICE / KG", "VAT", "AMOUNT");
        p.rows(600, 18, new String[][] {{"House espresso blend", "1.000", "€33.00", "0%", "€33.00"},
                {"Breakfast blend, ground", "0.500", "€22.40", "0%", "€11.20"}},
                left(40), right(325), right(400), left(440), right(550));
        p.totals("44.20", "VAT 0%", "0.00", "44.20");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("1.000", "0.500");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("€33.00", "€22.40");
    }

    /**
     * A utility's bill: its name in small letters at the head ("lisnagry gas & power"), a heading and
     * the customer's block in larger print without a label, the company named in full with its VAT
     * number in the footer. The footer's company, which the head spells, is the supplier, never the
     * customer's block or the heading.
     */
    @Test
    void theImprintsCompanyThatTheLogoSpellsIsTheSupplier() throws IOException {
        Page p = new Page();
        p.text(12, 50, 800, "lisnagry gas & power");
        p.text(8, 50, 786, "Business Energy · 0818 555 010");
        p.text(11, 50, 740, "Harbour View Taverns Ltd");
        p.text(10, 50, 726, "Main Street");
        p.text(10, 50, 713, "Moate, Co. Westmeath N37 A1B2");
        p.text(9, 380, 750, "Bill number");
        p.text(9, 470, 750, "5512093317");
        p.text(9, 380, 736, "Bill date");
        p.text(9, 470, 736, "06 Nov 2026");
        p.text(15, 50, 680, "Your bill at a glance");
        p.table(List.<String[]>of(new String[] {"Gas used", "6200", "0.1180", "731.60"}));
        p.totals("731.60", "VAT @ 13.5%", "98.77", "830.37");
        p.text(7, 50, 60, "Lisnagry Gas & Power DAC, Unit 5, Gasworks Lane, Cork T12 A2B3. VAT No. IE4123456Q.");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Lisnagry Gas & Power DAC");
    }

    /**
     * The supplier's phone line on the right, between the customer's label on the left and the
     * customer's name under it: a way to reach the supplier is no customer's name.
     */
    @Test
    void aPhoneLineBetweenTheCustomersLabelAndItsNameIsNoName() throws IOException {
        Page p = new Page();
        p.text(14, 330, 800, "Hartside & Pyle Bar Supplies Ltd");
        p.text(9, 400, 786, "Unit 2, Mill Yard, Leeds LS11 5AB");
        p.text(9, 50, 770, "Invoice Address");
        p.text(9, 450, 770, "United Kingdom");
        p.text(9, 330, 760, "Tel: +44 113 496 0500");
        p.text(10, 50, 752, "The Salmon Weir Bar");
        p.text(10, 50, 740, "41 Quay Street, Galway");
        p.text(10, 50, 700, "Invoice No:");
        p.text(10, 130, 700, "0071450");
        p.text(10, 50, 686, "Date:");
        p.text(10, 130, 686, "22/09/2026");
        p.table(List.<String[]>of(new String[] {"Bar mat, rubber", "2", "24.90", "49.80"}));
        p.totals("49.80", "VAT 0%", "0.00", "49.80");
        assertThat(value(fields(p), "RECEIVER_NAME")).isEqualTo("The Salmon Weir Bar");
    }

    /**
     * An Italian invoice: "FATTURA", then its number and date in one phrase with no label before it
     * ("n. 118/FE   del 05/11/2026"), Italian column titles and totals. The number is the phrase's,
     * prefix and series whole, the date its date.
     */
    @Test
    void anItalianInvoicesNumberAndDateInOnePhrase() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "FONDERIE VALCAMONICA");
        p.text(8, 50, 772, "Fonderie Valcamonica S.r.l. - Via Roma, 5 - 25040 Darfo (BS) - Italia - P.IVA IT01234567897");
        // a delivery note's number and date in the same phrase is another document's
        p.text(9, 330, 760, "Rif. DDT n. 88 del 28/10/2026");
        p.text(12, 50, 740, "FATTURA");
        p.text(10, 50, 722, "n. 118/FE");
        p.text(10, 110, 722, "del 05/11/2026");
        p.text(9, 330, 740, "SPETT.LE / CUSTOMER");
        p.text(10, 330, 726, "The Local");
        p.text(10, 330, 712, "12 Main Street, Ennis");
        p.titles(8, 620, new float[] {50, 110, 330, 400, 500}, "Cod. articolo", "Descrizione", "Q.tà", "Prezzo unit.", "Importo");
        p.rows(600, 18, new String[][] {{"MC-12", "Macinacaffè professionale", "1,00", "640,00", "640,00"},
                {"TRASP", "Spese di trasporto", "1,00", "60,00", "60,00"}},
                left(50), left(110), right(355), right(450), right(540));
        p.text(10, 330, 520, "Totale imponibile");
        p.right(10, 540, 520, "700,00");
        p.text(10, 330, 506, "Totale IVA");
        p.right(10, 540, 506, "0,00");
        p.text(10, 330, 492, "TOTALE DOCUMENTO €");
        p.right(10, 540, 492, "700,00");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "INVOICE_RECEIPT_ID")).isEqualTo("118/FE");
        assertThat(value(fields, "INVOICE_RECEIPT_DATE")).isEqualTo("05/11/2026");
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("700,00");
        assertThat(items(doc)).extracting(i -> i.get("PRODUCT_CODE")).containsExactly("MC-12", "TRASP");

        // the date written out in Italian
        Page written = new Page();
        written.text(20, 50, 790, "FONDERIE VALCAMONICA");
        written.text(12, 50, 740, "FATTURA");
        written.text(10, 50, 722, "n. 131/FE");
        written.text(10, 110, 722, "del 12 novembre 2026");
        written.table(List.<String[]>of(new String[] {"Macinacaffè professionale", "1", "640.00", "640.00"}));
        written.totals("640.00", "IVA 0%", "0.00", "640.00");
        assertThat(value(fields(written), "INVOICE_RECEIPT_ID")).isEqualTo("131/FE");
    }

    /** A credit note's number of its series and its mark, in groups of capitals before the figures ("KBS CR 26/0042"). */
    @Test
    void aNumberInGroupsOfCapitalsThenFigures() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "KILBRACK BONDED SPIRITS LTD");
        p.text(9, 50, 774, "Bonded Warehouse 2, Dock Road, Limerick V94 A1B2 · VAT No. IE4123456Q");
        p.text(14, 50, 740, "CREDIT NOTE");
        p.text(9, 50, 710, "Customer");
        p.text(10, 50, 696, "The Local");
        p.text(9, 370, 710, "Credit note");
        p.text(9, 450, 710, "KBS CR 26/0042");
        p.text(9, 370, 696, "Date");
        p.text(9, 450, 696, "13-Nov-2026");
        p.text(9, 370, 682, "Original invoice");
        p.text(9, 450, 682, "KBS 26/10457");
        p.table(List.<String[]>of(new String[] {"Single pot still whiskey 70cl", "-2", "41.80", "-83.60"}));
        p.totals("-83.60", "VAT 23%", "-19.23", "-102.83");
        assertThat(value(fields(p), "INVOICE_RECEIPT_ID")).isEqualTo("KBS CR 26/0042");
    }

    /**
     * A continental letter's dateline ("Lyon, le 8 octobre 2026") is the invoice's date, not the
     * delivery's date printed lower down beside its own word.
     */
    @Test
    void aDatelineIsTheInvoicesDate() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Fromagerie Sauvagnat-Lioret");
        p.text(9, 50, 774, "8 rue des Halles, 69002 Lyon, France · TVA FR23412345678");
        p.text(14, 400, 790, "FACTURE");
        p.text(10, 400, 774, "N° FS26-0412");
        p.text(10, 380, 760, "Lyon, le 8 octobre 2026");
        p.text(10, 50, 720, "Livraison effectuée à Lyon, le 7 octobre 2026");
        p.table(List.<String[]>of(new String[] {"Comté AOP 18 mois", "2", "21.00", "42.00"}));
        p.totals("42.00", "TVA 5,5 %", "2.31", "44.31");
        assertThat(value(fields(p), "INVOICE_RECEIPT_DATE")).isEqualTo("8 octobre 2026");
    }

    /**
     * A brand of one word in capitals over a line of capitals that finishes its name ("BALLINTRA" over
     * "WASTE & RECYCLING"): the name is both. A list of trades set apart by marks under it is not.
     */
    @Test
    void aBrandOverTheRestOfItsNameInCapitals() throws IOException {
        for (String under : new String[] {"WASTE & RECYCLING", "SKIPS • BINS • RECYCLING"}) {
            Page p = new Page();
            p.text(24, 50, 790, "BALLINTRA");
            p.text(11, 50, 772, under);
            p.text(9, 50, 756, "Quin Road, Ennis V95 A1B2 | VAT Reg. IE4123456Q");
            p.invoiceHeader("W/26/1187", "04/11/2026");
            p.table(List.<String[]>of(new String[] {"1100L general waste lift", "4", "12.50", "50.00"}));
            p.totals("50.00", "VAT @ 13.5%", "6.75", "56.75");
            String expected = under.contains("•") ? "BALLINTRA" : "BALLINTRA WASTE & RECYCLING";
            Map<String, ExpenseField> fields = fields(p);
            assertThat(value(fields, "VENDOR_NAME")).as(under).isEqualTo(expected);
            if (!under.contains("•")) {
                // nothing else on the page spells the two lines as one name: a person confirms it
                assertThat(fields.get("VENDOR_NAME").valueDetection().confidence()).as("confidence").isLessThan(80f);
            }
        }
        // a town and county under the brand is its address, not more of its name
        Page town = new Page();
        town.text(24, 50, 790, "BALLINTRA");
        town.text(11, 50, 772, "TRALEE CO KERRY");
        town.text(9, 50, 756, "VAT Reg. IE4123456Q");
        town.invoiceHeader("W/26/1188", "04/11/2026");
        town.table(List.<String[]>of(new String[] {"1100L general waste lift", "4", "12.50", "50.00"}));
        town.totals("50.00", "VAT @ 13.5%", "6.75", "56.75");
        assertThat(value(fields(town), "VENDOR_NAME")).isEqualTo("BALLINTRA");
    }

    /**
     * The letterhead's name over the company's own line that carries it on across a dash and a comma to
     * its legal form ("… – Vinhos, Lda."): the company's name whole is the supplier.
     */
    @Test
    void theLetterheadsNameCarriedOnToItsLegalFormAcrossADash() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Quinta da Serra Alta");
        p.text(9, 50, 774, "Quinta da Serra Alta – Vinhos, Lda.");
        p.text(9, 50, 762, "Lugar do Outeiro, 5 5100-200 Lamego · NIF: PT500000000");
        p.invoiceHeader("FT SA2026/118", "10/11/2026");
        p.table(List.<String[]>of(new String[] {"Douro Tinto 2022 75 cl", "24", "8.50", "204.00"}));
        p.totals("204.00", "IVA 0%", "0.00", "204.00");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Quinta da Serra Alta – Vinhos, Lda.");
    }

    /** A logo that runs the company's first words together ("lisheenprint"), the company in full in the footer. */
    @Test
    void aLogoOfTheCompanysWordsRunTogether() throws IOException {
        Page p = new Page();
        p.text(26, 50, 790, "lisheenprint");
        p.text(9, 50, 772, "litho · digital · large format");
        p.text(9, 380, 772, "VAT Reg. No. IE4123456Q");
        p.invoiceHeader("SI/26/0412", "24/10/2026");
        p.table(List.<String[]>of(new String[] {"A5 flyers, 150gsm gloss", "5000", "0.02", "100.00"}));
        p.totals("100.00", "VAT 13.5%", "13.50", "113.50");
        p.text(7, 50, 60, "Lisheen Print Works Ltd · Registered in Ireland 401177 · Directors A. Lisheen");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Lisheen Print Works Ltd");
    }

    /**
     * A utility's lines: each figure with its unit, set flush right under its title ("4,699 kWh"
     * under "Quantity", "€0.3124 per kWh" under "Rate"): each is its column's, however far left its
     * words begin.
     */
    @Test
    void figuresWithTheirUnitsSetFlushRightUnderTheirTitles() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Carnmore Energy DAC");
        p.text(9, 50, 774, "Unit 4, Business Park, Galway H91 A1B2 · VAT Reg. No. IE4123456Q");
        p.invoiceHeader("7703741100", "05/09/2026");
        p.text(9, 50, 620, "Description");
        p.right(9, 330, 620, "Quantity");
        p.right(9, 440, 620, "Rate");
        p.right(9, 550, 620, "Amount");
        p.rows(600, 16, new String[][] {{"Day units", "4,699 kWh", "€0.3124 per kWh", "€1,467.97"},
                {"Standing charge", "62 days", "€1.1534 per day", "€71.51"}},
                left(50), right(330), right(440), right(550));
        p.totals("1539.48", "VAT @ 9%", "138.55", "1678.03");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("€1,467.97", "€71.51");
        assertThat(items).extracting(i -> i.get("UNIT_PRICE")).containsExactly("€0.3124", "€1.1534");
    }

    /**
     * A door-security firm's nights: the date run into the line's detail under "Date" and "Detail",
     * staff, hours each and the total of hours ("HRS | TOT HRS"), the rate and the amount. The date
     * is a cell of its own, and the total of hours, which makes the amount, is the quantity.
     */
    @Test
    void aLinesDateRunIntoItsDetailAndTheTotalOfHours() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "BALLYROAN DOOR SECURITY LTD");
        p.text(9, 50, 774, "Abbey Court, Ennis V95 A1B2 · VAT NO. IE4123456Q");
        p.invoiceHeader("BDS/26/0412", "03/08/2026");
        p.titles(8, 620, new float[] {50, 95, 300, 345, 375, 430, 500}, "DATE", "DETAIL", "STAFF", "HRS", "TOT HRS", "RATE", "AMOUNT");
        p.rows(600, 14, new String[][] {{"30.07.26 Door supervisors 21:00-00:00", "3", "3.00", "9.00", "26.50", "238.50"},
                {"30.07.26 Overtime after midnight", "3", "2.00", "6.00", "35.00", "210.00"}},
                left(50), right(320), right(360), right(410), right(460), right(540));
        p.totals("448.50", "VAT @ 23%", "103.16", "551.66");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Door supervisors 21:00-00:00", "Overtime after midnight");
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("9.00", "6.00");
    }

    /**
     * A sole trader's imprint saying what name the firm trades under ("… is the trading name of …"),
     * with its VAT number: that name in full is the supplier's, not the shorter one on the
     * letterhead. The owner's own name after it is no supplier's name.
     */
    @Test
    void theNameAnImprintSaysTheFirmTradesUnder() throws IOException {
        for (String imprint : new String[] {"Marram & Slate Joinery is the trading name of Ciarán Hegarty · VAT IE4123456Q",
                "Marram & Slate is a trading name of Ciarán Hegarty · VAT IE4123456Q"}) {
            Page p = new Page();
            p.text(22, 50, 790, "Marram & Slate");
            p.text(9, 50, 774, "The Old Forge, Bridge Street, Westport F28 K2P3");
            p.invoiceHeader("MS-0412", "09/11/2026");
            p.table(List.<String[]>of(new String[] {"Oak bar shelf, fitted", "2", "185.00", "370.00"}));
            p.totals("370.00", "VAT 13.5%", "49.95", "419.95");
            p.text(8, 50, 80, imprint);
            String expected = imprint.contains("Joinery") ? "Marram & Slate Joinery" : "Marram & Slate";
            assertThat(value(fields(p), "VENDOR_NAME")).as(imprint).isEqualTo(expected);
        }
    }

    /**
     * A receipt book's page filled in by a sole trader: the euros and the cents in columns of their
     * own under "€" and "c", the total the same way, and "Not registered for VAT" as the last item of
     * a line parted by marks. The amounts are read whole, the lines make the total and the VAT is nil.
     */
    @Test
    void euroAndCentColumnsOfAReceiptBook() throws IOException {
        Page p = new Page();
        p.text(18, 40, 790, "DERMOT FAHERTY CHIMNEY SWEEP");
        p.text(9, 40, 776, "8 Bohermore, Tuam, Co. Galway H54 E6T2 · Mob. 087 555 0142");
        p.text(10, 480, 790, "No.");
        p.text(10, 500, 776, "0217");
        p.text(12, 380, 750, "INVOICE / RECEIPT");
        p.text(10, 40, 726, "Date");
        p.text(10, 90, 726, "14/1/26");
        p.text(10, 40, 710, "To");
        p.text(10, 90, 710, "The Stone Bridge Inn, Tuam");
        p.text(10, 45, 680, "Particulars");
        p.text(10, 470, 680, "€");
        p.text(10, 515, 680, "c");
        String[][] lines = {{"Sweep lounge chimney", "55", "00"}, {"Sweep bar stove flue", "40", "00"}, {"Bird guard fitted", "27", "50"}};
        float y = 662;
        for (String[] line : lines) {
            p.text(10, 48, y, line[0]);
            p.right(10, 495, y, line[1]);
            p.right(10, 525, y, line[2]);
            y -= 18;
        }
        p.text(10, 400, y - 6, "TOTAL €");
        p.right(10, 495, y - 6, "122");
        p.right(10, 525, y - 6, "50");
        p.text(8, 300, y - 40, "Thank you · Not registered for VAT");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "TOTAL")).isEqualTo("122.50");
        assertThat(value(fields, "TAX")).isEqualTo("0.00");
        assertThat(items(doc)).extracting(i -> i.get("PRICE")).containsExactly("55.00", "40.00", "27.50");
    }

    /**
     * A door-security firm's shifts: "Date | Night | Staff | Hours | Rate €/hr | Amount €", the
     * staff counted in a column of their own beside the hours charged. The hours are the quantity,
     * the night the description.
     */
    @Test
    void aCountBesideTheTitledQuantityIsNoQuantity() throws IOException {
        Page p = new Page();
        p.text(18, 50, 790, "Bulwark Door Services Ltd");
        p.text(9, 50, 776, "4 Ferry Lane, Athlone N37 K2W9 · VAT IE3141592S");
        p.invoiceHeader("BDS-0311", "02/11/2026");
        p.titles(10, 620, new float[] {50, 120, 300, 350, 400, 490}, "Date", "Night", "Staff", "Hours", "Rate €/hr", "Amount €");
        p.rows(600, 16, new String[][] {{"24/10/2026", "Friday - late bar", "3", "16.5", "26.00", "429.00"},
                {"25/10/2026", "Saturday - band", "4", "22.0", "26.00", "572.00"},
                {"26/10/2026", "Sunday", "1", "6.0", "26.00", "156.00"}},
                left(50), left(120), right(315), right(375), right(440), right(540));
        p.totals("1,157.00", "VAT 23%", "266.11", "1,423.11");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("QUANTITY")).containsExactly("16.5", "22.0", "6.0");
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Friday - late bar", "Saturday - band", "Sunday");
    }

    /**
     * An accountant's fee note: the customer's name over "Attn: The Directors" over its street; the
     * services in a paragraph, "Our fee for the above services ........ €1,400.00", then "Fee",
     * VAT on it, their sum, and outlays that bear no VAT before the total. The fee is the subtotal and
     * the line, its leader dots no words of it; the outlay is a charge after VAT.
     */
    @Test
    void anAccountantsFeeNoteWithOutlaysAfterVat() throws IOException {
        Page p = new Page();
        p.text(16, 180, 790, "NUALLÁIN  KEEGAN  &  CO.");
        p.text(9, 150, 774, "14 High Street, Birr, Co. Offaly R42 F6C1 · Tel 057 912 0417");
        p.text(10, 60, 740, "The Anchor Bar");
        p.text(10, 60, 727, "Attn: The Directors");
        p.text(10, 60, 714, "Quay Street");
        p.text(10, 60, 701, "Banagher");
        p.text(10, 350, 740, "Date:");
        p.text(10, 420, 740, "3rd November 2026");
        p.text(10, 350, 727, "Fee Note No.:");
        p.text(10, 420, 727, "2026/311");
        p.text(10, 60, 660, "To professional services rendered, including the preparation of the annual accounts");
        p.text(10, 80, 646, "and the corporation tax return for the year ended 31st July 2026.");
        p.text(10, 80, 620, "Our fee for the above services ..............................................");
        p.right(10, 540, 620, "€1,400.00");
        p.text(10, 300, 596, "Fee");
        p.right(10, 540, 596, "1,400.00");
        p.text(10, 300, 582, "VAT @ 23%");
        p.right(10, 540, 582, "322.00");
        p.right(10, 540, 568, "1,722.00");
        p.text(10, 300, 552, "Outlays (not subject to VAT):");
        p.text(10, 310, 538, "Companies Office annual return fee");
        p.right(10, 540, 538, "20.00");
        p.text(10, 300, 520, "TOTAL");
        p.right(10, 540, 520, "€1,742.00");
        p.text(8, 60, 80, "Nualláin Keegan & Co. · VAT Reg. No. IE4123456Q");
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(doc);
        assertThat(value(fields, "RECEIVER_NAME")).isEqualTo("The Anchor Bar");
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("1,400.00");
        assertThat(value(fields, "TAX")).isEqualTo("322.00");
        assertThat(value(fields, "TOTAL")).isEqualTo("€1,742.00");
        assertThat(items(doc)).extracting(i -> i.get("ITEM")).containsExactly("Our fee for the above services");
    }

    /**
     * A French merchant's letterhead "Maison Aubier-Roche", its imprint opening with the company
     * registered to its VAT number, "Aubier-Roche Vins Fins SARL au capital de …": the company, named
     * by the letterhead's own word, is the supplier. An imprint naming another company is not.
     */
    @Test
    void theRegisteredCompanyThatBearsTheLetterheadsWord() throws IOException {
        for (String company : new String[] {"Aubier-Roche Vins Fins SARL", "Domaines Réunis SARL"}) {
            Page p = new Page();
            p.text(20, 50, 790, "Maison Aubier-Roche");
            p.text(9, 50, 776, "Négociant-éleveur · 5 rue des Caves, 21200 Beaune, France");
            p.invoiceHeader("FA26-0712", "05/10/2026");
            p.table(List.<String[]>of(new String[] {"Savigny-lès-Beaune 2022", "12", "18.50", "222.00"}));
            p.totals("222.00", "TVA 0 %", "0.00", "222.00");
            p.text(8, 50, 80, company + " au capital de 50 000 € · N° TVA FR23412345678");
            String expected = company.startsWith("Aubier") ? company : "Maison Aubier-Roche";
            assertThat(value(fields(p), "VENDOR_NAME")).as(company).isEqualTo(expected);
        }
    }

    /**
     * An energy firm's logo in small letters over the company's own line, its name and legal form
     * before its address, the VAT number on the line under it: the company's name.
     */
    @Test
    void aLogoInSmallLettersOverTheCompanysLineWithItsAddress() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "ballyroan energy");
        p.text(8, 50, 768, "Ballyroan Energy DAC, Unit 4, Dock Road, Limerick, V94 X2Y3");
        p.text(8, 50, 758, "Customer care 061 555 0100 | VAT No. IE4123456Q");
        p.invoiceHeader("7703741100", "05/09/2026");
        p.table(List.<String[]>of(new String[] {"Electricity 1 Jul - 31 Aug", "1", "1000.00", "1000.00"}));
        p.totals("1000.00", "VAT @ 9%", "90.00", "1090.00");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Ballyroan Energy DAC");
    }

    /** The same with the logo's words run together ("ballyroanenergy"): the company's name in full. */
    @Test
    void aRunTogetherLogoOverTheCompanysLineWithItsAddress() throws IOException {
        Page p = new Page();
        p.text(22, 50, 790, "ballyroanenergy");
        p.text(8, 50, 768, "Ballyroan Energy DAC, Unit 4, Dock Road, Limerick, V94 X2Y3");
        p.text(8, 50, 758, "VAT No. IE4123456Q · Registered in Ireland No. 600123");
        p.invoiceHeader("7703741100", "05/09/2026");
        p.table(List.<String[]>of(new String[] {"Electricity 1 Jul - 31 Aug", "1", "1000.00", "1000.00"}));
        p.totals("1000.00", "VAT @ 9%", "90.00", "1090.00");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Ballyroan Energy DAC");
    }

    /**
     * A British maker's totals in euro and in sterling side by side under "EUR" and "GBP": the
     * euro's figures, whichever stands at the right.
     */
    @Test
    void totalsInEuroAndSterlingSideBySide() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Hartside Snacks Ltd");
        p.text(9, 50, 774, "Skipton BD23 2QR · VAT Reg No: GB 980 7806 84");
        p.invoiceHeader("HP-100231", "07/11/2026");
        p.table(List.<String[]>of(new String[] {"Hand cooked crisps 24x40g", "25", "17.28", "432.00"},
                new String[] {"Tortilla chips 24x40g", "10", "17.74", "177.40"}));
        p.right(9, 460, 516, "EUR");
        p.right(9, 540, 516, "GBP");
        p.text(10, 330, 500, "Net Total");
        p.right(10, 460, 500, "609.40");
        p.right(10, 540, 500, "532.25");
        p.text(10, 330, 486, "VAT @ 0%");
        p.right(10, 460, 486, "0.00");
        p.right(10, 540, 486, "0.00");
        p.text(10, 330, 472, "Invoice Total");
        p.right(10, 460, 472, "€609.40");
        p.right(10, 540, 472, "£532.25");
        p.text(10, 330, 450, "BALANCE DUE (EUR)");
        p.right(10, 540, 450, "€609.40");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "SUBTOTAL")).isEqualTo("609.40");
        assertThat(value(fields, "TOTAL")).isEqualTo("€609.40");
    }

    /** A utility's table whose first column is titled "Charge", its amount under "Amount €": each charge a line. */
    @Test
    void aUtilitysChargesUnderCharge() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Ballyroan Energy DAC");
        p.text(9, 50, 774, "Unit 4, Dock Road, Limerick · VAT Reg. No. IE4123456Q");
        p.invoiceHeader("7703741100", "05/09/2026");
        p.text(9, 50, 620, "Charge");
        p.right(9, 330, 620, "Qty Unit");
        p.right(9, 440, 620, "Rate €");
        p.right(9, 550, 620, "Amount €");
        p.rows(600, 16, new String[][] {{"Day units", "3,654 kWh", "0.2986", "1,091.08"},
                {"Standing charge", "60 days", "0.9041", "54.25"}},
                left(50), right(330), right(440), right(550));
        p.totals("1145.33", "VAT @ 9%", "103.08", "1248.41");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("ITEM")).containsExactly("Day units", "Standing charge");
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("1,091.08", "54.25");
    }

    /**
     * A roaster's logo, "Anselm & Kolb", and the company named with its trade before it on the sender's
     * line and in the footer ("Rösterei Anselm & Kolb GmbH"): that name, and its UID as the VAT number.
     */
    @Test
    void theCompanyNamedWithItsTradeBeforeTheLogosWords() throws IOException {
        Page p = new Page();
        p.text(20, 50, 800, "Anselm & Kolb");
        p.text(8, 50, 740, "Rösterei Anselm & Kolb GmbH · Hauptstraße 4 · 1060 Wien");
        p.invoiceHeader("2026-1180", "14.09.2026");
        p.table(List.<String[]>of(new String[] {"Espresso Bohne 1 kg", "20", "24.80", "496.00"}));
        p.totals("496.00", "USt 0 %", "0.00", "496.00");
        p.text(7, 50, 70, "Rösterei Anselm & Kolb GmbH");
        p.text(7, 300, 70, "UID-Nr. ATU12345675");
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "VENDOR_NAME")).isEqualTo("Rösterei Anselm & Kolb GmbH");
        assertThat(value(fields, "VENDOR_VAT_NUMBER")).isEqualTo("ATU12345675");
    }

    /** A Belgian bank account's IBAN is no VAT number, though it opens with the country and ten digits. */
    @Test
    void anIbanIsNoVatNumber() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Brouwerij Kilbrack BV");
        p.text(9, 50, 774, "Dorpsstraat 4, 2460 Kasterlee");
        p.invoiceHeader("F2026-0101", "05/09/2026");
        p.table(List.<String[]>of(new String[] {"Tripel 33cl bak 24", "4", "44.60", "178.40"}));
        p.totals("178.40", "BTW 0%", "0.00", "178.40");
        p.text(8, 50, 80, "IBAN BE10 0000 0000 0404 · BIC GEBABEBB");
        assertThat(value(fields(p), "VENDOR_VAT_NUMBER")).isNull();
    }

    /** A payment slip's account holder ("Kontoinhaber Anselm & Kolb GmbH") printed twice is no trade before the name. */
    @Test
    void anAccountHoldersLabelIsNoTradeBeforeTheName() throws IOException {
        Page p = new Page();
        p.text(20, 50, 800, "Anselm & Kolb");
        p.text(8, 50, 740, "Kontoinhaber Anselm & Kolb GmbH · IBAN AT59 2011 1829 1736 4502");
        p.invoiceHeader("2026-1180", "14.09.2026");
        p.table(List.<String[]>of(new String[] {"Espresso Bohne 1 kg", "20", "24.80", "496.00"}));
        p.totals("496.00", "USt 0 %", "0.00", "496.00");
        p.text(7, 50, 70, "Kontoinhaber Anselm & Kolb GmbH");
        assertThat(value(fields(p), "VENDOR_NAME")).doesNotStartWith("Kontoinhaber");
    }

    /**
     * A sterling bill that shows the euro beside its own figures ("EUR  GBP", the balance due in
     * GBP): its own currency's figures, not the euro's.
     */
    @Test
    void aSterlingBillWithItsEuroEquivalentsKeepsItsOwnFigures() throws IOException {
        Page p = new Page();
        p.text(20, 50, 790, "Hartside Snacks Ltd");
        p.text(9, 50, 774, "Skipton BD23 2QR · VAT Reg No: GB 980 7806 84");
        p.invoiceHeader("HP-100232", "07/11/2026");
        p.table(List.<String[]>of(new String[] {"Hand cooked crisps 24x40g", "35", "15.2071", "532.25"}));
        p.right(9, 460, 516, "EUR");
        p.right(9, 540, 516, "GBP");
        p.text(10, 330, 500, "Net Total");
        p.right(10, 460, 500, "609.40");
        p.right(10, 540, 500, "532.25");
        p.text(10, 330, 486, "VAT @ 0%");
        p.right(10, 460, 486, "0.00");
        p.right(10, 540, 486, "0.00");
        p.text(10, 330, 472, "Invoice Total");
        p.right(10, 460, 472, "€609.40");
        p.right(10, 540, 472, "£532.25");
        p.text(10, 330, 450, "BALANCE DUE (GBP)");
        p.right(10, 540, 450, "£532.25");
        assertThat(value(fields(p), "TOTAL")).isEqualTo("£532.25");
    }

    /** A one-word brand over the company's own line, its legal form stopped ("Kaasboerderij Kilbrack B.V."): the company. */
    @Test
    void aBrandOverTheCompanyWithAStoppedLegalForm() throws IOException {
        Page p = new Page();
        p.text(20, 50, 800, "KILBRACK");
        p.text(10, 50, 770, "Kaasboerderij Kilbrack B.V.");
        p.text(8, 50, 758, "Molenweg 3, 3441 AB Woerden · BTW-nr. NL001234567B01");
        p.invoiceHeader("F2026-1001", "12/11/2026");
        p.table(List.<String[]>of(new String[] {"Goudse kaas jong, 12 kg", "2", "96.00", "192.00"}));
        p.totals("192.00", "BTW 0%", "0.00", "192.00");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Kaasboerderij Kilbrack B.V.");
    }

    /** A brewery's letterhead ending "CO." and its imprint spelling it out: the name as spelt out. */
    @Test
    void aLetterheadsCoSpeltOutInTheImprint() throws IOException {
        Page p = new Page();
        p.text(22, 50, 800, "CARNMORE");
        p.text(10, 50, 780, "BREWING CO. · Clonmel, Tipperary");
        p.text(8, 50, 766, "Carnmore Brewing Company Limited · Unit 4, Business Park, Clonmel, Co. Tipperary");
        p.text(8, 50, 756, "VAT Reg. No. IE4123456Q");
        p.invoiceHeader("CBC-26-0101", "05/11/2026");
        p.table(List.<String[]>of(new String[] {"Pale ale 50L keg", "2", "165.00", "330.00"}));
        p.totals("330.00", "VAT @ 23%", "75.90", "405.90");
        assertThat(value(fields(p), "VENDOR_NAME")).isEqualTo("Carnmore Brewing Company Limited");
    }

    /**
     * A distillery's totals set out across the top of the page, their labels over their figures
     * ("Goods & services | Net (excl. VAT) | VAT @ 23% | TOTAL DUE"), the lines below: the totals, and the lines.
     */
    @Test
    void totalsAcrossTheTopOverTheirFigures() throws IOException {
        Page p = new Page();
        p.text(20, 50, 800, "Carnmore Distilling Co. Ltd");
        p.text(8, 50, 786, "VAT No. IE4123456Q");
        p.text(9, 60, 740, "Goods & services");
        p.text(9, 170, 740, "Net (excl. VAT)");
        p.text(9, 300, 740, "VAT @ 23%");
        p.text(9, 420, 740, "TOTAL DUE");
        p.text(11, 60, 726, "€300.00");
        p.text(11, 170, 726, "€300.00");
        p.text(11, 300, 726, "€69.00");
        p.text(11, 420, 726, "€369.00");
        p.text(16, 400, 700, "INVOICE");
        p.text(10, 400, 686, "Invoice No:");
        p.text(10, 480, 686, "INV-10401");
        p.text(10, 400, 672, "Date:");
        p.text(10, 480, 672, "07/11/2026");
        p.table(List.<String[]>of(new String[] {"Single pot still whiskey 70cl", "6", "30.00", "180.00"},
                new String[] {"Botanical gin 70cl", "6", "20.00", "120.00"}));
        ExpenseDocument doc = read(p);
        Map<String, ExpenseField> fields = fields(p);
        assertThat(value(fields, "TOTAL")).isEqualTo("€369.00");
        assertThat(value(fields, "TAX")).isEqualTo("€69.00");
        assertThat(items(doc)).extracting(i -> i.get("PRICE")).containsExactly("180.00", "120.00");
    }

    /**
     * A butcher's month, a line per delivery under "Goods delivered" beside "Net €", "VAT €" and
     * "Total €", its totals on the next page: each delivery a line.
     */
    @Test
    void aLinePerDeliveryUnderGoodsDelivered() throws IOException {
        Page p = new Page();
        p.text(20, 50, 800, "Hartside Craft Butchers Ltd");
        p.text(8, 50, 786, "VAT No. IE4123456Q");
        p.invoiceHeader("HB-2644M", "02/11/2026");
        p.text(9, 50, 620, "Date");
        p.text(9, 110, 620, "Docket");
        p.text(9, 170, 620, "Goods delivered");
        p.right(9, 440, 620, "Net €");
        p.right(9, 500, 620, "VAT €");
        p.right(9, 560, 620, "Total €");
        p.rows(600, 30, new String[][] {{"Mon 05/10", "D23103", "Bacon loin 9.5kg, Sirloin 10oz x18, Chicken", "336.96", "0.00", "336.96"},
                {"Tue 06/10", "D23113", "Back rashers 10.7kg, Black & white pudding", "392.38", "0.00", "392.38"}},
                left(50), left(110), left(170), right(440), right(500), right(560));
        p.text(10, 170, 588, "wings 2.3kg, Lamb shanks x6");
        p.text(10, 170, 558, "8.4kg, Striploin 9.9kg");
        // the month goes on over the page: its totals are on the next
        p.text(9, 460, 60, "Page 1 of 2 - continued");
        List<Map<String, String>> items = items(read(p));
        assertThat(items).extracting(i -> i.get("PRICE")).containsExactly("336.96", "392.38");
        assertThat(items).extracting(i -> i.get("ITEM")).allMatch(item -> item.startsWith("Bacon loin") || item.startsWith("Back rashers"));
    }

    private static ExpenseDocument read(Page p) throws IOException {
        return reader.analyzeExpense(p.pdf()).expenseDocuments().get(0);
    }

    private static Map<String, ExpenseField> fields(Page p) throws IOException {
        return fields(read(p));
    }

    private static Map<String, ExpenseField> fields(ExpenseDocument doc) {
        Map<String, ExpenseField> fields = new LinkedHashMap<>();
        doc.summaryFields().forEach(f -> fields.putIfAbsent(f.type().text(), f));
        return fields;
    }

    private static String value(Map<String, ExpenseField> fields, String type) {
        ExpenseField f = fields.get(type);
        return f == null ? null : f.valueDetection().text().replace('\n', ' ');
    }

    private static List<Map<String, String>> items(ExpenseDocument doc) {
        List<Map<String, String>> items = new ArrayList<>();
        doc.lineItemGroups().forEach(g -> g.lineItems().forEach(li -> {
            Map<String, String> item = new LinkedHashMap<>();
            li.lineItemExpenseFields().forEach(f -> item.put(f.type().text(), f.valueDetection().text()));
            items.add(item);
        }));
        return items;
    }

    /** One column of a table drawn by {@link Page#rows}: its x, words starting there or figures ending there. */
    private record At(float x, boolean right) {
    }

    private static At left(float x) {
        return new At(x, false);
    }

    private static At right(float x) {
        return new At(x, true);
    }

    /** One A4 page of text placed by hand. */
    private static final class Page {
        private record Text(float size, float x, float y, String text, boolean right, float degrees) {
            Text(float size, float x, float y, String text, boolean right) {
                this(size, x, y, text, right, 0);
            }
        }

        private final List<Text> texts = new ArrayList<>();
        private final List<Picture> pictures = new ArrayList<>();

        private record Picture(float x, float y, float width, float height, java.awt.image.BufferedImage image) {
        }

        /** A picture drawn with its lower left corner at (x, y), in points. */
        void picture(float x, float y, float width, float height, java.awt.image.BufferedImage image) {
            pictures.add(new Picture(x, y, width, height, image));
        }

        void text(float size, float x, float y, String text) {
            texts.add(new Text(size, x, y, text, false));
        }

        void right(float size, float x, float y, String text) {
            texts.add(new Text(size, x, y, text, true));
        }

        /** Text turned about its start at (x, y) by the given degrees, as a stamp across the page. */
        void slanted(float size, float x, float y, float degrees, String text) {
            texts.add(new Text(size, x, y, text, false, degrees));
        }

        /** Text in Helvetica centred on x. */
        void centre(float size, float x, float y, String text) throws IOException {
            float width = new PDType1Font(Standard14Fonts.FontName.HELVETICA).getStringWidth(text) / 1000 * size;
            texts.add(new Text(size, x - width / 2, y, text, false));
        }

        /** A table's column titles on one row at y, the i-th starting at the i-th x. */
        void titles(float size, float y, float[] xs, String... titles) {
            for (int i = 0; i < titles.length; i++) {
                text(size, xs[i], y, titles[i]);
            }
        }

        /** Rows of cells in 10 pt from y down, {@code step} apart, the i-th cell of a row in the i-th column. */
        void rows(float y, float step, String[][] rows, At... columns) {
            for (String[] r : rows) {
                for (int i = 0; i < columns.length; i++) {
                    texts.add(new Text(10, columns[i].x(), y, r[i], columns[i].right()));
                }
                y -= step;
            }
        }

        void invoiceHeader(String number, String date) {
            text(16, 400, 790, "INVOICE");
            text(10, 400, 770, "Invoice No:");
            text(10, 480, 770, number);
            text(10, 400, 756, "Date:");
            text(10, 480, 756, date);
            text(10, 50, 700, "Bill To:");
            text(10, 50, 686, "The Local");
            text(10, 50, 673, "12 Main Street, Ennis");
        }

        /** Description, quantity, unit price and amount, one row each from y = 600 down. */
        void table(List<String[]> rows) {
            text(10, 110, 620, "Description");
            text(10, 330, 620, "Qty");
            text(10, 400, 620, "Unit Price");
            text(10, 500, 620, "Amount");
            rows(600, 28, rows.toArray(String[][]::new), UnseenShapesTest.left(110), UnseenShapesTest.right(345),
                    UnseenShapesTest.right(450), UnseenShapesTest.right(540));
        }

        void totals(String subtotal, String vatLabel, String vat, String total) {
            text(10, 400, 500, "Subtotal");
            right(10, 540, 500, subtotal);
            text(10, 400, 486, vatLabel);
            right(10, 540, 486, vat);
            text(10, 400, 472, "Total");
            right(10, 540, 472, total);
        }

        /** The page as a 300 dpi greyscale PNG, like a clean scan: read by OCR, not from a text layer. */
        byte[] png() throws IOException {
            try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf())) {
                java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc)
                        .renderImageWithDPI(0, 300, org.apache.pdfbox.rendering.ImageType.GRAY);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                javax.imageio.ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
        }

        byte[] pdf() throws IOException {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    for (Picture pic : pictures) {
                        c.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, pic.image()),
                                pic.x(), pic.y(), pic.width(), pic.height());
                    }
                    for (Text t : texts) {
                        float x = t.right() ? t.x() - font.getStringWidth(t.text()) / 1000 * t.size() : t.x();
                        c.beginText();
                        c.setFont(font, t.size());
                        if (t.degrees() != 0) {
                            c.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.toRadians(t.degrees()), x, t.y()));
                        } else {
                            c.newLineAtOffset(x, t.y());
                        }
                        c.showText(t.text());
                        c.endText();
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            }
        }
    }
}
