package io.barback.textract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How sure a value found on the page is: the certainty of the words it is made of. */
class ValueConfidenceTest {

    private static Layout.Segment segment(Word... words) {
        return Layout.Segment.of(List.of(words));
    }

    /**
     * A mark OCR read beside a number and left out of it ("=" before "SB-2610-00106", read at 20 %)
     * does not make the number doubtful; a doubtful word of the value itself does.
     */
    @Test
    void onlyTheWordsOfTheValueCount() {
        Word mark = new Word("=", 0.50f, 0.1f, 0.51f, 0.11f, 20);
        Word number = new Word("SB-2610-00106", 0.52f, 0.1f, 0.62f, 0.11f, 95);
        assertThat(ExpenseExtractor.Found.of("SB-2610-00106", segment(mark, number), 1f, null, null).confidence())
                .isEqualTo(95f);

        Word name = new Word("Lisnagry", 0.1f, 0.1f, 0.2f, 0.11f, 96);
        Word doubtful = new Word("Systems", 0.21f, 0.1f, 0.3f, 0.11f, 40);
        assertThat(ExpenseExtractor.Found.of("Lisnagry Systems", segment(name, doubtful), 1f, null, null).confidence())
                .isEqualTo(68f);
        // a value written otherwise than read ("$I-004929" as "SI-004929"): its words as read
        Word dollar = new Word("$I-004929", 0.52f, 0.1f, 0.62f, 0.11f, 70);
        assertThat(ExpenseExtractor.Found.of("SI-004929", segment(mark, dollar), 1f, null, null).confidence())
                .isEqualTo(45f);
    }

    /** One line of words, each given as its left edge and its text, read at the certainty given. */
    private static void line(List<Word> page, float top, float confidence, Object... leftAndText) {
        for (int i = 0; i < leftAndText.length; i += 2) {
            float left = ((Number) leftAndText[i]).floatValue();
            String text = (String) leftAndText[i + 1];
            page.add(new Word(text, left, top, left + 0.012f * text.length(), top + 0.01f, confidence));
        }
    }

    /**
     * The VAT printed twice, on its rate's row and as the total VAT, the first read doubtfully (a
     * typewriter's faint ribbon): the figure is taken as surely as its surer reading.
     */
    @Test
    void aFigurePrintedTwiceIsAsSureAsItsSurerReading() {
        List<Word> words = new java.util.ArrayList<>();
        line(words, 0.05f, 95, 0.1f, "Tierney", 0.2f, "Brothers");
        line(words, 0.08f, 95, 0.6f, "INVOICE", 0.7f, "NO:", 0.8f, "3497");
        line(words, 0.10f, 95, 0.6f, "DATE:", 0.8f, "07/07/2026");
        line(words, 0.20f, 95, 0.1f, "QTY", 0.18f, "DESCRIPTION", 0.62f, "COST/UNIT", 0.82f, "AMOUNT");
        line(words, 0.23f, 95, 0.12f, "3", 0.18f, "Butane", 0.26f, "cylinder", 0.66f, "41.50", 0.82f, "124.50");
        line(words, 0.26f, 95, 0.12f, "8", 0.18f, "Coal", 0.24f, "doubles", 0.66f, "24.50", 0.82f, "196.00");
        line(words, 0.32f, 95, 0.5f, "NET", 0.56f, "TOTAL", 0.82f, "320.50");
        line(words, 0.35f, 60, 0.5f, "VAT", 0.55f, "@", 0.58f, "13.5%", 0.66f, "ON", 0.7f, "320.50", 0.82f, "43.27");
        line(words, 0.38f, 95, 0.5f, "TOTAL", 0.58f, "VAT", 0.82f, "43.27");
        line(words, 0.41f, 95, 0.5f, "INVOICE", 0.6f, "TOTAL", 0.82f, "363.77");
        ExpenseModel.ExpenseDocument doc = ExpenseExtractor.extract(new PageText(words, PageText.Source.OCR, 0, 0, 1.414f), 1);
        ExpenseModel.ExpenseField tax = doc.summaryFields().stream().filter(f -> f.type().text().equals("TAX"))
                .findFirst().orElseThrow();
        assertThat(tax.valueDetection().text()).isEqualTo("43.27");
        assertThat(tax.valueDetection().confidence()).isGreaterThan(90f);
    }

    /**
     * A scan's speck read as a minus before a line's amount ("-€24.00" at 0 % on a line of 2 ×
     * €12.00), the lines then short of the subtotal by twice it: without the minus they make it,
     * so the amount is positive. Faint quantities that make their lines' amounts with the unit
     * prices are borne out by the arithmetic, above a guess; a faint one that does not make it is
     * not.
     */
    @Test
    void aSpeckReadAsAMinusAndFaintQuantitiesTheArithmeticBearsOut() {
        List<Word> words = new java.util.ArrayList<>();
        line(words, 0.05f, 95, 0.1f, "Tillbright", 0.22f, "Systems", 0.32f, "Ltd");
        line(words, 0.08f, 95, 0.6f, "INVOICE", 0.7f, "NO:", 0.8f, "TB-5512");
        line(words, 0.10f, 95, 0.6f, "DATE:", 0.8f, "07/05/2026");
        line(words, 0.20f, 95, 0.1f, "Description", 0.55f, "Qty", 0.66f, "Price", 0.82f, "Amount");
        line(words, 0.23f, 95, 0.1f, "Pro", 0.15f, "plan", 0.66f, "€149.00", 0.82f, "€149.00");
        line(words, 0.23f, 35, 0.56f, "1");
        line(words, 0.26f, 95, 0.1f, "Kitchen", 0.2f, "screen", 0.56f, "2", 0.66f, "€12.00");
        line(words, 0.26f, 0, 0.82f, "-€24.00");
        line(words, 0.29f, 95, 0.1f, "Terminal", 0.2f, "licence", 0.66f, "€19.00", 0.82f, "€76.00");
        line(words, 0.29f, 39, 0.56f, "4");
        line(words, 0.32f, 95, 0.1f, "Handheld", 0.2f, "device", 0.66f, "€9.50", 0.82f, "€38.00");
        line(words, 0.32f, 45, 0.56f, "3");
        line(words, 0.38f, 95, 0.5f, "Subtotal", 0.82f, "€287.00");
        line(words, 0.41f, 95, 0.5f, "VAT", 0.56f, "23%", 0.82f, "€66.01");
        line(words, 0.44f, 95, 0.5f, "Total", 0.82f, "€353.01");
        ExpenseModel.ExpenseDocument doc = ExpenseExtractor.extract(new PageText(words, PageText.Source.OCR, 0, 0, 1.414f), 1);
        List<java.util.Map<String, ExpenseModel.ExpenseDetection>> items = doc.lineItemGroups().get(0).lineItems().stream()
                .map(li -> li.lineItemExpenseFields().stream().collect(java.util.stream.Collectors.toMap(
                        f -> f.type().text(), ExpenseModel.ExpenseField::valueDetection, (a, b) -> a))).toList();
        assertThat(items).hasSize(4);
        assertThat(items.get(1).get("PRICE").text()).isEqualTo("€24.00");
        assertThat(items.get(0).get("QUANTITY").confidence()).isEqualTo(ExpenseExtractor.CORROBORATED_FIGURE_CONFIDENCE);
        assertThat(items.get(2).get("QUANTITY").confidence()).isEqualTo(ExpenseExtractor.CORROBORATED_FIGURE_CONFIDENCE);
        // returned kegs are rightly negative: a faint minus on such a line stays, though the printed
        // subtotal (misread or not) would be made without it
        List<Word> credit = new java.util.ArrayList<>();
        line(credit, 0.05f, 95, 0.1f, "Tillbright", 0.22f, "Systems", 0.32f, "Ltd");
        line(credit, 0.08f, 95, 0.6f, "INVOICE", 0.7f, "NO:", 0.8f, "TB-5513");
        line(credit, 0.10f, 95, 0.6f, "DATE:", 0.8f, "07/05/2026");
        line(credit, 0.20f, 95, 0.1f, "Description", 0.55f, "Qty", 0.66f, "Price", 0.82f, "Amount");
        line(credit, 0.23f, 95, 0.1f, "Lager", 0.17f, "keg", 0.56f, "1", 0.66f, "€120.00", 0.82f, "€120.00");
        line(credit, 0.26f, 95, 0.1f, "Returned", 0.22f, "kegs", 0.56f, "1", 0.66f, "€60.00");
        line(credit, 0.26f, 0, 0.82f, "-€60.00");
        line(credit, 0.32f, 95, 0.5f, "Subtotal", 0.82f, "€180.00");
        line(credit, 0.35f, 95, 0.5f, "VAT", 0.56f, "23%", 0.82f, "€41.40");
        line(credit, 0.38f, 95, 0.5f, "Total", 0.82f, "€221.40");
        ExpenseModel.ExpenseDocument returned = ExpenseExtractor.extract(new PageText(credit, PageText.Source.OCR, 0, 0, 1.414f), 1);
        assertThat(returned.lineItemGroups().get(0).lineItems().get(1).lineItemExpenseFields().stream()
                .filter(f -> f.type().text().equals("PRICE")).findFirst().orElseThrow().valueDetection().text()).isEqualTo("-€60.00");
        // 3 × €9.50 is not €38.00: the prices make it 4, a guess, not borne out
        assertThat(items.get(3).get("QUANTITY").text()).isEqualTo("4");
        assertThat(items.get(3).get("QUANTITY").confidence()).isEqualTo(ExpenseExtractor.GUESSED_FIGURE_CONFIDENCE);
    }

    /** A label's colon printed apart from it, before its value (": PO-06196" beside "PO No."), is no part of the order's number. */
    @Test
    void aColonBeforeAReferenceIsNoPartOfIt() {
        assertThat(ExpenseExtractor.asReference(": PO-06196")).contains("PO-06196");
        assertThat(ExpenseExtractor.asReference("PO-06196")).contains("PO-06196");
        assertThat(ExpenseExtractor.asReference(": 14-12-2026")).isEmpty();
    }

    /** A scan's smudge read as a word ("alee" at 11 %) right over a name closed by its legal form is no part of the name. */
    @Test
    void aSmudgeOverANameIsNoPartOfIt() {
        List<Word> words = new java.util.ArrayList<>();
        line(words, 0.030f, 11, 0.068f, "alee");
        line(words, 0.046f, 96, 0.068f, "Ardgowan", 0.18f, "Foodservice", 0.32f, "Ltd");
        line(words, 0.062f, 95, 0.068f, "Raheen", 0.15f, "Business", 0.25f, "Park,", 0.33f, "Limerick");
        line(words, 0.10f, 95, 0.6f, "INVOICE", 0.7f, "NO:", 0.8f, "INV2606431");
        line(words, 0.12f, 95, 0.6f, "DATE:", 0.8f, "27/11/2026");
        ExpenseModel.ExpenseDocument doc = ExpenseExtractor.extract(new PageText(words, PageText.Source.OCR, 0, 0, 1.414f), 1);
        assertThat(doc.summaryFields().stream().filter(f -> f.type().text().equals("VENDOR_NAME")).findFirst().orElseThrow()
                .valueDetection().text()).isEqualTo("Ardgowan Foodservice Ltd");
    }

    /**
     * A speck read as a dash before a name, and the "Ltd" closing it read "Lid", as OCR gives them:
     * neither is the name's, where the page prints a legal form elsewhere; a name that is a lid on a
     * page with none is left as read.
     */
    @Test
    void aSpeckBeforeANameAndLtdReadAsLidAreMended() {
        String[][] cases = {{"-FURZEHILL", "SNACKS", "LTD", "yes", "FURZEHILL SNACKS LTD"},
                {"Furzehill", "Snacks", "Lid", "yes", "Furzehill Snacks Ltd"},
                {"Furzehill", "Snacks", "Lid", "reg", "Furzehill Snacks Ltd"},
                {"Copperware", "Kettle", "Lid", "no", "Copperware Kettle Lid"},
                {"Copperware", "Kettle", "Lid", "vat", "Copperware Kettle Lid"}};
        for (String[] read : cases) {
            List<Word> words = new java.util.ArrayList<>();
            line(words, 0.046f, 90, 0.068f, read[0], 0.195f, read[1], 0.28f, read[2]);
            line(words, 0.062f, 95, 0.068f, "Raheen", 0.15f, "Business", 0.25f, "Park,", 0.33f, "Limerick");
            line(words, 0.10f, 95, 0.6f, "INVOICE", 0.7f, "NO:", 0.8f, "INV2606431");
            line(words, 0.12f, 95, 0.6f, "DATE:", 0.8f, "27/11/2026");
            if (read[3].equals("yes")) {
                line(words, 0.95f, 95, 0.068f, "Registered", 0.2f, "in", 0.24f, "Ireland", 0.35f, "as", 0.38f, "a", 0.4f, "Ltd",
                        0.45f, "company");
            } else if (read[3].equals("reg")) {
                // every "Ltd" on the page read "Lid", the company's registration beside it
                line(words, 0.95f, 95, 0.068f, "Furzehill", 0.2f, "Snacks", 0.3f, "Lid", 0.36f, "Reg.", 0.42f, "No.", 0.47f, "559018");
            } else if (read[3].equals("vat")) {
                line(words, 0.95f, 95, 0.068f, "VAT", 0.12f, "Reg.", 0.18f, "No.", 0.23f, "IE6092737BW");
            }
            ExpenseModel.ExpenseDocument doc = ExpenseExtractor.extract(new PageText(words, PageText.Source.OCR, 0, 0, 1.414f), 1);
            assertThat(doc.summaryFields().stream().filter(f -> f.type().text().equals("VENDOR_NAME")).findFirst().orElseThrow()
                    .valueDetection().text()).isEqualTo(read[4]);
        }
    }
}
