package io.barback.invoices;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import io.barback.invoices.ExtractedInvoice.Line;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.textract.TextractClient;
import software.amazon.awssdk.services.textract.model.AnalyzeExpenseResponse;
import software.amazon.awssdk.services.textract.model.Block;
import software.amazon.awssdk.services.textract.model.BlockType;
import software.amazon.awssdk.services.textract.model.ExpenseDocument;
import software.amazon.awssdk.services.textract.model.ExpenseField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real AWS AnalyzeExpense responses (src/test/resources/textract), as the AWS SDK parses them off
 * the wire, mapped to Barback's invoice: repeated fields, labels inside values, amounts with
 * currency symbols and separators, American dates, a two-page invoice merged.
 */
class ExpenseMappingTest {

    private HttpServer server;

    @Test
    void aOnePageAwsInvoice() throws Exception {
        ExtractedInvoice inv = ExpenseMapping.map(read("invoice-expense-response.json").expenseDocuments());

        assertThat(inv.invoiceNumber()).isEqualTo("123PQR456");
        assertThat(inv.invoiceDate()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(inv.dueDate()).isEqualTo(LocalDate.of(2021, 1, 31));
        assertThat(inv.net()).isEqualByComparingTo("6169.40");
        assertThat(inv.vat()).isEqualByComparingTo("61.69");
        assertThat(inv.gross()).isEqualByComparingTo("6231.09");
        assertThat(inv.creditNote()).isFalse();
        assertThat(inv.lines()).hasSize(4).allSatisfy(l -> assertThat(l.amount()).isNotNull());
    }

    @Test
    void aTwoPageAwsInvoiceIsOneInvoice() throws Exception {
        ExtractedInvoice inv = ExpenseMapping.map(read("analyzeExpenseResponse-multipage.json").expenseDocuments());

        assertThat(inv.invoiceNumber()).isEqualTo("00000135");
        assertThat(inv.supplierName()).isEqualTo("META -");
        assertThat(inv.invoiceDate()).isEqualTo(LocalDate.of(2020, 3, 12));
        assertThat(inv.dueDate()).isEqualTo(LocalDate.of(2020, 3, 26));
        assertThat(inv.gross()).isEqualByComparingTo("5715.00");
        assertThat(inv.lines()).hasSize(8);
        assertThat(inv.lines()).extracting(Line::lineNo).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aReceiptWithRepeatedTotalsKeepsTheSurestOne() throws Exception {
        AnalyzeExpenseResponse response = read("test_trp2_expense_sample4.json");
        long totals = response.expenseDocuments().get(0).summaryFields().stream()
                .filter(f -> f.type().text().equals("TOTAL")).count();
        assertThat(totals).isGreaterThan(1);

        ExtractedInvoice inv = ExpenseMapping.map(response.expenseDocuments());

        BigDecimal surest = response.expenseDocuments().get(0).summaryFields().stream()
                .filter(f -> f.type().text().equals("TOTAL"))
                .max((a, b) -> Float.compare(a.valueDetection().confidence(), b.valueDetection().confidence()))
                .map(f -> io.barback.documents.PrintedValues.amount(f.valueDetection().text()).orElse(null)).orElseThrow();
        assertThat(inv.gross()).isEqualByComparingTo(surest);
    }

    /** The fixture served as Textract would serve it, read back by the real SDK client. */
    private AnalyzeExpenseResponse read(String fixture) throws Exception {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/textract/" + fixture)) {
            body = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (TextractClient client = TextractClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
            return client.analyzeExpense(r -> r.document(d -> d.bytes(SdkBytes.fromUtf8String("%PDF-"))));
        }
    }

    @Test
    void anInvoiceNumberKeepsItsOwnPrefixWhileALabelPrintedInsideTheValueIsDropped() {
        assertThat(ExpenseMapping.map(List.of(page("INV-2026-00417"))).invoiceNumber()).isEqualTo("INV-2026-00417");
        assertThat(ExpenseMapping.map(List.of(page("INV2026/17"))).invoiceNumber()).isEqualTo("INV2026/17");
        assertThat(ExpenseMapping.map(List.of(page("Invoice #1258"))).invoiceNumber()).isEqualTo("1258");
        assertThat(ExpenseMapping.map(List.of(page("Inv. No: A-7781"))).invoiceNumber()).isEqualTo("A-7781");
        // read apart from its label ("Invoice #" over it), a word before the figures is the number's own prefix
        assertThat(ExpenseMapping.map(List.of(labelled("Invoice #", "INV 2207-C"))).invoiceNumber()).isEqualTo("INV 2207-C");
        assertThat(ExpenseMapping.map(List.of(labelled("Invoice", "Inv. No: A-7781"))).invoiceNumber()).isEqualTo("A-7781");
        assertThat(ExpenseMapping.map(List.of(labelled("Number", "Invoice # 2231"))).invoiceNumber()).isEqualTo("2231");
    }

    private static ExpenseDocument labelled(String label, String invoiceNumber) {
        return ExpenseDocument.builder().expenseIndex(1)
                .summaryFields(ExpenseField.builder().type(t -> t.text("INVOICE_RECEIPT_ID").confidence(99f))
                        .labelDetection(d -> d.text(label).confidence(99f))
                        .valueDetection(d -> d.text(invoiceNumber).confidence(99f)).pageNumber(1).build()).build();
    }

    @Test
    void aProFormaOrAStatementSaysWhatItIsAndAnInvoiceThatMentionsOneIsStillAnInvoice() {
        assertThat(ExpenseMapping.map(List.of(page("PF-12", "PRO-FORMA INVOICE", "Invoice No:"))).notAnInvoice())
                .isEqualTo("a pro-forma invoice");
        assertThat(ExpenseMapping.map(List.of(page("S-1", "Statement of Account"))).notAnInvoice())
                .isEqualTo("a statement of account");
        assertThat(ExpenseMapping.map(List.of(page("1001", "TAX INVOICE", "A statement follows at month end",
                "Statement"))).notAnInvoice()).isNull();
        assertThat(ExpenseMapping.map(List.of(page("1002", "Quotation"))).notAnInvoice()).isEqualTo("a quotation");
        // a title printed letter-spaced, which OCR breaks in the wrong places
        assertThat(ExpenseMapping.map(List.of(page("1748336", "PRO FOR M. A INVOICE"))).notAnInvoice())
                .isEqualTo("a pro-forma invoice");
        assertThat(ExpenseMapping.map(List.of(page("Q-31", "Q U O T A T I O N"))).notAnInvoice()).isEqualTo("a quotation");
        // in the languages of EU suppliers, a delivery note, and a document that says so in a line of its own
        assertThat(ExpenseMapping.map(List.of(page("PF2026-628", "FACTURE PRO FORMA"))).notAnInvoice())
                .isEqualTo("a pro-forma invoice");
        assertThat(ExpenseMapping.map(List.of(page("D-77", "Devis"))).notAnInvoice()).isEqualTo("a quotation");
        assertThat(ExpenseMapping.map(List.of(page("DD-4410", "DELIVERY DOCKET"))).notAnInvoice()).isEqualTo("a delivery note");
        assertThat(ExpenseMapping.map(List.of(page("121034", "DELIVERY DOCKET", "/ INVOICE"))).notAnInvoice()).isNull();
        assertThat(ExpenseMapping.map(List.of(page("DD-4411", "INVOICE", "This is not a VAT invoice"))).notAnInvoice())
                .isEqualTo("one that says it is not a VAT invoice");
        // Portuguese: a pro-forma with its accent, a quotation, a delivery note, and the sentence that says so
        assertThat(ExpenseMapping.map(List.of(page("PF 2026/031", "FATURA PRÓ-FORMA"))).notAnInvoice())
                .isEqualTo("a pro-forma invoice");
        assertThat(ExpenseMapping.map(List.of(page("ORC 2026/12", "ORÇAMENTO"))).notAnInvoice()).isEqualTo("a quotation");
        assertThat(ExpenseMapping.map(List.of(page("GR 2026/88", "GUIA DE REMESSA"))).notAnInvoice()).isEqualTo("a delivery note");
        assertThat(ExpenseMapping.map(List.of(page("FT 2026/1", "FATURA", "Este documento não serve de fatura."))).notAnInvoice())
                .isEqualTo("one that says it is not a VAT invoice");
    }

    /**
     * A title in two languages on one line ("PROFORMA-RECHNUNG / PRO FORMA INVOICE", "RECHNUNG /
     * INVOICE"), and a sentence after another on a line that says the document is no VAT invoice:
     * each part is read on its own.
     */
    @Test
    void aTitleInTwoLanguagesAndASentenceThatSaysSoAreEachReadOnTheirOwn() {
        assertThat(ExpenseMapping.map(List.of(page("PF-2026-0112", "PROFORMA-RECHNUNG / PRO FORMA INVOICE")))
                .notAnInvoice()).isEqualTo("a pro-forma invoice");
        assertThat(ExpenseMapping.map(List.of(page("AN-7", "ANGEBOT / QUOTATION"))).notAnInvoice()).isEqualTo("a quotation");
        assertThat(ExpenseMapping.map(List.of(page("RE-2026-118", "RECHNUNG / INVOICE"))).notAnInvoice()).isNull();
        assertThat(ExpenseMapping.map(List.of(page("DD-121", "DELIVERY DOCKET / INVOICE"))).notAnInvoice()).isNull();
        assertThat(ExpenseMapping.map(List.of(page("RE-2026-119", "RECHNUNG / INVOICE",
                "Keine Rechnung im Sinne des § 14 UStG – this pro forma is not a VAT invoice."))).notAnInvoice())
                .isEqualTo("one that says it is not a VAT invoice");
        // an invoice's title beside another document's says nothing for sure; a slip's sentence is the slip's
        assertThat(ExpenseMapping.map(List.of(page("DB-0117", "INVOICE / QUOTATION"))).notAnInvoice()).isNull();
        assertThat(ExpenseMapping.map(List.of(page("Q-2231", "Quotation No. Q-2231 / Job No. 445", "INVOICE")))
                .notAnInvoice()).isNull();
        assertThat(ExpenseMapping.map(List.of(page("INV-88", "INVOICE", "REMITTANCE ADVICE – This is not a VAT invoice")))
                .notAnInvoice()).isNull();
    }

    @Test
    void linesPricedWithVatAreTakenNetOfItAtOneRateAndLeftAsPrintedOtherwise() {
        List<ExtractedInvoice.Line> gross = List.of(line(1, "307.20", "12.80"), line(2, "59.40", "19.80"),
                line(3, "35.70", "11.90"), line(4, "65.70", "10.95"));
        List<ExtractedInvoice.Line> net = ExpenseMapping.netOfVat(gross, new BigDecimal("380.49"),
                new BigDecimal("87.51"), new BigDecimal("468.00"));
        // each over 1.23, to the cent; the cent of rounding on the largest line, so that they make the subtotal
        assertThat(net).extracting(l -> l.amount().toPlainString()).containsExactly("249.77", "48.29", "29.02", "53.41");
        assertThat(net).extracting(l -> l.unitPrice().toPlainString()).containsExactly("10.4065", "16.0976", "9.6748", "8.9024");
        assertThat(net).extracting(ExtractedInvoice.Line::quantity).containsExactly(BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE);

        // lines that already make the subtotal, or VAT at no single rate (food at 0 % beside drink at 23 %): as printed
        List<ExtractedInvoice.Line> netLines = List.of(line(1, "100.00", "100.00"), line(2, "50.00", "50.00"));
        assertThat(ExpenseMapping.netOfVat(netLines, new BigDecimal("150.00"), new BigDecimal("34.50"),
                new BigDecimal("184.50"))).isEqualTo(netLines);
        List<ExtractedInvoice.Line> mixed = List.of(line(1, "123.00", "123.00"), line(2, "50.00", "50.00"));
        assertThat(ExpenseMapping.netOfVat(mixed, new BigDecimal("150.00"), new BigDecimal("23.00"),
                new BigDecimal("173.00"))).isEqualTo(mixed);
    }

    /**
     * A web shop's bill: lines priced with VAT in them, a subtotal printed without it, then a
     * discount that moves the total. The lines make the subtotal with one rate's VAT on it: each is
     * taken net of that rate, the cent of rounding on the largest line. Lines that make the subtotal
     * already, or the total, or fit two rates or none, stay as printed.
     */
    @Test
    void linesWithVatOverASubtotalWithoutItAreTakenNetOfIt() {
        List<ExtractedInvoice.Line> gross = List.of(line(1, "61.50", "30.75"), line(2, "24.60", "24.60"), line(3, "9.99", "9.99"));
        // 96.09 / 1.23 = 78.12; printed subtotal 78.12, discount -7.81, VAT 16.17, total 86.48
        List<ExtractedInvoice.Line> net = ExpenseMapping.grossOverSubtotal(gross, new BigDecimal("78.12"), new BigDecimal("86.48"));
        assertThat(net).extracting(l -> l.amount().toPlainString()).containsExactly("50.00", "20.00", "8.12");
        assertThat(net.stream().map(ExtractedInvoice.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("78.12");

        List<ExtractedInvoice.Line> netLines = List.of(line(1, "50.00", "50.00"), line(2, "28.12", "28.12"));
        assertThat(ExpenseMapping.grossOverSubtotal(netLines, new BigDecimal("78.12"), new BigDecimal("86.48"))).isEqualTo(netLines);
        assertThat(ExpenseMapping.grossOverSubtotal(gross, new BigDecimal("78.12"), new BigDecimal("96.09"))).isEqualTo(gross);
        // 10 % over the subtotal: no rate of these
        List<ExtractedInvoice.Line> tenPercent = List.of(line(1, "110.00", "110.00"));
        assertThat(ExpenseMapping.grossOverSubtotal(tenPercent, new BigDecimal("100.00"), new BigDecimal("120.00"))).isEqualTo(tenPercent);
    }

    /**
     * Lines priced with VAT in them at two rates, each line's own printed beside it: each is taken
     * net of its own rate (one rate for the whole invoice fits neither), the cent of rounding on the
     * largest line. Without every line's rate they stay as printed.
     */
    @Test
    void linesPricedWithVatAtTwoRatesAreEachTakenNetOfTheirOwn() {
        // 61.50 = 50.00 at 23 %; 56.75 = 50.00 at 13.5 %; 36.90 = 30.00 at 23 %: net 130.00, VAT 18.40 + 6.75
        List<ExtractedInvoice.Line> gross = List.of(line(1, "61.50", "61.50"), line(2, "56.75", "56.75"),
                line(3, "36.90", "36.90"));
        Map<Integer, BigDecimal> rates = Map.of(1, new BigDecimal("0.23"), 2, new BigDecimal("0.135"), 3, new BigDecimal("0.23"));
        List<ExtractedInvoice.Line> net = ExpenseMapping.netOfVat(gross, new BigDecimal("130.00"), new BigDecimal("25.15"),
                new BigDecimal("155.15"), rates);
        assertThat(net).extracting(l -> l.amount().toPlainString()).containsExactly("50.00", "50.00", "30.00");

        assertThat(ExpenseMapping.netOfVat(gross, new BigDecimal("130.00"), new BigDecimal("25.15"),
                new BigDecimal("155.15"), Map.of(1, new BigDecimal("0.23"), 2, new BigDecimal("0.135")))).isEqualTo(gross);
        assertThat(ExpenseMapping.netOfVat(gross, new BigDecimal("130.00"), new BigDecimal("25.15"),
                new BigDecimal("155.15"))).as("no rate of its own: as printed").isEqualTo(gross);
    }

    /**
     * A cash-and-carry receipt priced with VAT, each line marked with a code its VAT analysis
     * explains, as Textract gives it: the code as the line's OTHER field, the analysis as LINE
     * blocks split at its wide gaps. Each line is taken net of its code's rate; a code the legend
     * does not explain leaves the lines as printed for a person.
     */
    @Test
    void linesMarkedWithVatCodesAreTakenNetOfTheRatesTheLegendGives() {
        // A 23 %: 61.50 - 12.30 = 49.20 gross → 40.00 net; B 13.5 %: 22.70 → 20.00; Z 0 %: 8.00
        ExpenseDocument receipt = receipt("B", List.of(
                coded("ORANGE JUICE 12X1L", "61.50", "A"), coded("MULTIBUY ORANGE JUICE", "-12.30", "A"),
                coded("FIRELIGHTERS 24PK", "22.70", "B"), coded("SODA BREAD", "8.00", "Z")));
        ExtractedInvoice inv = ExpenseMapping.map(List.of(receipt));
        assertThat(inv.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("50.00", "-10.00", "20.00", "8.00");
        assertThat(InvoiceChecks.sumsAgree(inv)).isTrue();

        ExpenseDocument unexplained = receipt("Q", List.of(
                coded("ORANGE JUICE 12X1L", "61.50", "A"), coded("MULTIBUY ORANGE JUICE", "-12.30", "A"),
                coded("FIRELIGHTERS 24PK", "22.70", "B"), coded("SODA BREAD", "8.00", "Z")));
        assertThat(ExpenseMapping.map(List.of(unexplained)).lines()).extracting(l -> l.amount().toPlainString())
                .as("B explained by no row: as printed").containsExactly("61.50", "-12.30", "22.70", "8.00");
    }

    /**
     * A bill priced with VAT in its lines at two rates that marks no line with its rate, but prints
     * its VAT analysis ("23%  80.00  18.40  98.40"): the one choice of lines that makes each rate's
     * amount with VAT is at that rate, and each line is taken net of its own. When two choices make
     * it (two lines of 9.84, one at each rate), the lines stay as printed for a person.
     */
    @Test
    void linesPricedWithVatAtRatesNoLineMarksAreTakenNetOfTheRatesTheAnalysisGives() {
        // 61.50 = 50.00 and 36.90 = 30.00 at 23 %; bread at 0 %
        ExpenseDocument bill = analysed(new String[][] {{"Rate", "Net", "VAT", "Gross"},
                {"23%", "80.00", "18.40", "98.40"}, {"0%", "8.00", "0.00", "8.00"}},
                "88.00", "18.40", "106.40", List.of(item("Stout 12 x 500ml", "1", "61.50", "61.50"),
                        item("Brown bread x 10", "1", "8.00", "8.00"), item("Red ale 24 x 330ml", "1", "36.90", "36.90")));
        ExtractedInvoice inv = ExpenseMapping.map(List.of(bill));
        assertThat(inv.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("50.00", "8.00", "30.00");
        assertThat(InvoiceChecks.sumsAgree(inv)).isTrue();

        // a till's summary giving each rate's VAT before its net ("A @ 23 % incl. VAT: 98.40  VAT included: 18.40  Net: 80.00")
        ExpenseDocument vatFirst = analysed(new String[][] {{"A @ 23 % incl. VAT:", "98.40", "VAT included:", "18.40", "Net:", "80.00"},
                {"Z @ 0 % incl. VAT:", "8.00", "VAT included:", "0.00", "Net:", "8.00"}},
                "88.00", "18.40", "106.40", List.of(item("Stout 12 x 500ml", "1", "61.50", "61.50"),
                        item("Brown bread x 10", "1", "8.00", "8.00"), item("Red ale 24 x 330ml", "1", "36.90", "36.90")));
        assertThat(ExpenseMapping.map(List.of(vatFirst)).lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("50.00", "8.00", "30.00");

        // 61.50 + 9.84 = 58.00 net at 23 %, the other 9.84 at 0 %: which 9.84 is which, nothing says
        ExpenseDocument twoWays = analysed(new String[][] {{"23%", "58.00", "13.34", "71.34"}, {"0%", "9.84", "0.00", "9.84"}},
                "67.84", "13.34", "81.18", List.of(item("Stout 12 x 500ml", "1", "61.50", "61.50"),
                        item("Crisps x 24", "1", "9.84", "9.84"), item("Crisps x 24", "1", "9.84", "9.84")));
        assertThat(ExpenseMapping.map(List.of(twoWays)).lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("61.50", "9.84", "9.84");
    }

    /**
     * A bakery's lines priced with VAT, a column of one-letter codes the reader took for the product's
     * ("Code": Z, R), and a VAT analysis by code. Which lines are at which rate the amounts alone
     * cannot say (two ways make each rate's amount); the codes, which the analysis explains, do.
     */
    @Test
    void lettersUnderACodeColumnThatTheAnalysisExplainsAreTheLinesVatCodes() {
        String[][] analysis = {{"Code", "Rate", "Goods excl. VAT", "VAT", "Incl. VAT"},
                {"Z", "0%", "34.05", "0.00", "34.05"}, {"R", "13.5%", "30.00", "4.05", "34.05"}};
        ExpenseDocument bill = analysed(analysis, "64.05", "4.05", "68.10", List.of(codedItem("Fruit scones (6)", "R", "11.35"),
                codedItem("Soda bread", "Z", "11.35"), codedItem("Apple tart", "R", "22.70"), codedItem("Burger buns (12)", "Z", "22.70")));
        ExtractedInvoice inv = ExpenseMapping.map(List.of(bill));
        assertThat(inv.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("10.00", "11.35", "20.00", "22.70");
        assertThat(InvoiceChecks.sumsAgree(inv)).isTrue();

        // a letter the analysis does not explain: not the lines' VAT codes, and the lines stay as printed
        ExpenseDocument unexplained = analysed(analysis, "64.05", "4.05", "68.10", List.of(codedItem("Fruit scones (6)", "R", "11.35"),
                codedItem("Soda bread", "Z", "11.35"), codedItem("Apple tart", "R", "22.70"), codedItem("Burger buns (12)", "Q", "22.70")));
        assertThat(ExpenseMapping.map(List.of(unexplained)).lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("11.35", "11.35", "22.70", "22.70");
    }

    /**
     * A phone bill: its summary on page one (charges 184.89 + VAT 42.52 = 227.41), its itemised calls
     * after, closed by their own sum "excl. VAT" on the last page. The totals come from the last page
     * that gives them, but a later subtotal that does not make the total with the VAT, where page
     * one's does, is a part's sum: page one's is the bill's.
     */
    @Test
    void aLaterPagesSumOfAPartIsNotTheBillsSubtotal() {
        ExpenseDocument summary = ExpenseDocument.builder().expenseIndex(1).summaryFields(money("SUBTOTAL", "184.89"),
                money("TAX", "42.52"), money("TOTAL", "227.41")).lineItemGroups(g -> g.lineItems(
                        item("Fibre and line rental", "1", "135.50", "135.50"), item("Call charges", "1", "49.39", "49.39"))).build();
        ExpenseDocument calls = ExpenseDocument.builder().expenseIndex(2).summaryFields(money("SUBTOTAL", "49.39")).build();
        assertThat(ExpenseMapping.map(List.of(summary, calls)).net()).isEqualByComparingTo("184.89");
        // a last page whose subtotal does make the total is the one taken, as before
        ExpenseDocument last = ExpenseDocument.builder().expenseIndex(2).summaryFields(money("SUBTOTAL", "184.89"),
                money("TAX", "42.52"), money("TOTAL", "227.41")).lineItemGroups(g -> g.lineItems(
                        item("Fibre and line rental", "1", "135.50", "135.50"), item("Call charges", "1", "49.39", "49.39"))).build();
        ExpenseDocument first = ExpenseDocument.builder().expenseIndex(1).summaryFields(money("SUBTOTAL", "120.00")).build();
        assertThat(ExpenseMapping.map(List.of(first, last)).net()).isEqualByComparingTo("184.89");
        // an earlier subtotal the lines do not make is no proof: the figures stay as read, for a person
        ExpenseDocument unlined = ExpenseDocument.builder().expenseIndex(1).summaryFields(money("SUBTOTAL", "184.89"),
                money("TAX", "42.52"), money("TOTAL", "227.41")).build();
        assertThat(ExpenseMapping.map(List.of(unlined, calls)).net()).isEqualByComparingTo("49.39");
    }

    /**
     * A bill's summary page lists its charges by kind, its detail page the same charges line by line:
     * both read as lines, they add up to twice the subtotal. The detail is booked, the summary not.
     */
    @Test
    void aSummaryPagesChargesRestatedLineByLineOnTheNextAreBookedOnce() {
        ExpenseDocument summary = ExpenseDocument.builder().expenseIndex(1).summaryFields(money("SUBTOTAL", "803.50"),
                money("TAX", "184.81"), money("TOTAL", "988.31")).lineItemGroups(g -> g.lineItems(
                        item("Packages and add-ons", "1", "658.50", "658.50"), item("One-off charges", "1", "145.00", "145.00"))).build();
        ExpenseDocument detail = ExpenseDocument.builder().expenseIndex(2).summaryFields(money("SUBTOTAL", "803.50"),
                money("TAX", "184.81"), money("TOTAL", "988.31")).lineItemGroups(g -> g.lineItems(
                        item("Sports pack", "1", "512.00", "512.00"), item("Racing add-on", "1", "64.50", "64.50"),
                        item("Golf add-on", "1", "38.00", "38.00"), item("Multiroom box", "2", "22.00", "44.00"),
                        item("Installation", "1", "145.00", "145.00"))).build();
        var invoice = ExpenseMapping.map(List.of(summary, detail));
        assertThat(invoice.lines()).extracting(ExtractedInvoice.Line::description)
                .containsExactly("Sports pack", "Racing add-on", "Golf add-on", "Multiroom box", "Installation");
        assertThat(invoice.lines()).extracting(ExtractedInvoice.Line::lineNo).containsExactly(1, 2, 3, 4, 5);
        // the summary after the detail is found the same way
        assertThat(ExpenseMapping.map(List.of(detail, summary)).lines()).hasSize(5);
        // two sides of as many lines: which is the summary is not known, and every line stays for the sum's check
        ExpenseDocument even = ExpenseDocument.builder().expenseIndex(2).lineItemGroups(g -> g.lineItems(
                item("Sports pack and add-ons", "1", "658.50", "658.50"), item("Installation", "1", "145.00", "145.00"))).build();
        assertThat(ExpenseMapping.map(List.of(summary, even)).lines()).hasSize(4);
        // lines of two pages that make the subtotal together are all booked
        ExpenseDocument rest = ExpenseDocument.builder().expenseIndex(2).summaryFields(money("SUBTOTAL", "803.50"),
                money("TAX", "184.81"), money("TOTAL", "988.31")).lineItemGroups(g -> g.lineItems(
                        item("Sports pack", "1", "512.00", "512.00"), item("Racing add-on", "1", "64.50", "64.50"),
                        item("Golf add-on", "1", "38.00", "38.00"), item("Installation", "1", "189.00", "189.00"))).build();
        ExpenseDocument first = ExpenseDocument.builder().expenseIndex(1).lineItemGroups(g -> g.lineItems(
                item("Multiroom box", "2", "22.00", "44.00"))).build();
        assertThat(ExpenseMapping.map(List.of(first, rest)).lines()).hasSize(5);
    }

    private static software.amazon.awssdk.services.textract.model.LineItemFields codedItem(String description, String code,
            String amount) {
        return software.amazon.awssdk.services.textract.model.LineItemFields.builder().lineItemExpenseFields(
                money("ITEM", description), money("PRODUCT_CODE", code), money("QUANTITY", "1"), money("UNIT_PRICE", amount),
                money("PRICE", amount)).build();
    }

    /** A bill of these lines and totals, with its VAT analysis printed under them, a block to each figure. */
    private static ExpenseDocument analysed(String[][] analysis, String net, String vat, String gross,
            List<software.amazon.awssdk.services.textract.model.LineItemFields> items) {
        List<Block> blocks = new ArrayList<>();
        for (int r = 0; r < analysis.length; r++) {
            for (int c = 0; c < analysis[r].length; c++) {
                float top = 0.7f + r * 0.015f;
                float left = 0.1f + c * 0.1f;
                blocks.add(Block.builder().blockType(BlockType.LINE).text(analysis[r][c]).confidence(99f)
                        .geometry(g -> g.boundingBox(b -> b.left(left).top(top).width(0.05f).height(0.01f))).build());
            }
        }
        return ExpenseDocument.builder().expenseIndex(1)
                .summaryFields(money("SUBTOTAL", net), money("TAX", vat), money("TOTAL", gross))
                .lineItemGroups(g -> g.lineItemGroupIndex(1).lineItems(items))
                .blocks(blocks).build();
    }

    /** A receipt of these lines, its VAT analysis by code (the B row under {@code secondCode}) in blocks split at the gaps. */
    private static ExpenseDocument receipt(String secondCode,
            List<software.amazon.awssdk.services.textract.model.LineItemFields> items) {
        List<Block> blocks = new ArrayList<>();
        String[][] analysis = {{"CODE", "RATE", "NET", "VAT", "GROSS"}, {"A", "23%", "40.00", "9.20", "49.20"},
                {secondCode, "13.5%", "20.00", "2.70", "22.70"}, {"Z", "0%", "8.00", "0.00", "8.00"},
                {"TOTAL", "", "68.00", "11.90", "79.90"}};
        for (int r = 0; r < analysis.length; r++) {
            for (int c = 0; c < analysis[r].length; c++) {
                if (analysis[r][c].isEmpty()) {
                    continue;
                }
                float top = 0.6f + r * 0.015f + (c % 2) * 0.001f;
                float left = 0.1f + c * 0.08f;
                blocks.add(Block.builder().blockType(BlockType.LINE).text(analysis[r][c]).confidence(99f)
                        .geometry(g -> g.boundingBox(b -> b.left(left).top(top).width(0.05f).height(0.01f))).build());
            }
        }
        return ExpenseDocument.builder().expenseIndex(1)
                .summaryFields(money("SUBTOTAL", "68.00"), money("TAX", "11.90"), money("TOTAL", "79.90"))
                .lineItemGroups(g -> g.lineItemGroupIndex(1).lineItems(items))
                .blocks(blocks).build();
    }

    private static software.amazon.awssdk.services.textract.model.LineItemFields coded(String description, String amount,
            String code) {
        return software.amazon.awssdk.services.textract.model.LineItemFields.builder().lineItemExpenseFields(
                money("ITEM", description), money("PRICE", amount),
                ExpenseField.builder().type(t -> t.text("OTHER").confidence(95f))
                        .labelDetection(d -> d.text("VAT").confidence(90f))
                        .valueDetection(d -> d.text(code).confidence(95f)).pageNumber(1).build()).build();
    }

    /** Textract reports a second page's "Brought forward" as a line item: it is the first page's lines, not one more. */
    @Test
    void aRunningTotalReportedAsALineIsNotBooked() {
        ExpenseDocument first = ExpenseDocument.builder().expenseIndex(1)
                .lineItemGroups(g -> g.lineItemGroupIndex(1).lineItems(item("Stout 50L keg", "2", "180.00", "360.00"),
                        software.amazon.awssdk.services.textract.model.LineItemFields.builder().lineItemExpenseFields(
                                money("ITEM", "Carried forward"), money("PRICE", "360.00")).build())).build();
        ExpenseDocument second = ExpenseDocument.builder().expenseIndex(2)
                .summaryFields(money("SUBTOTAL", "384.00"), money("TAX", "88.32"), money("TOTAL", "472.32"))
                .lineItemGroups(g -> g.lineItemGroupIndex(1).lineItems(
                        software.amazon.awssdk.services.textract.model.LineItemFields.builder().lineItemExpenseFields(
                                money("ITEM", "Brought forward"), money("PRICE", "360.00")).build(),
                        item("Lime cordial 1L", "4", "6.00", "24.00"))).build();
        ExtractedInvoice inv = ExpenseMapping.map(List.of(first, second));
        assertThat(inv.lines()).extracting(ExtractedInvoice.Line::description).containsExactly("Stout 50L keg", "Lime cordial 1L");
        assertThat(InvoiceChecks.sumsAgree(inv)).isTrue();
    }

    /**
     * A line's confidence is the lesser of its quantity's and its amount's (both move stock or
     * money); its amount's own is kept apart, for the sums that check amounts alone.
     */
    @Test
    void aLineKeepsItsAmountsConfidenceApartFromItsQuantitys() {
        ExpenseDocument page = ExpenseDocument.builder().expenseIndex(1)
                .summaryFields(money("SUBTOTAL", "24.00"), money("TAX", "5.52"), money("TOTAL", "29.52"))
                .lineItemGroups(g -> g.lineItemGroupIndex(1).lineItems(
                        software.amazon.awssdk.services.textract.model.LineItemFields.builder().lineItemExpenseFields(
                                money("ITEM", "Lime cordial 1L"),
                                ExpenseField.builder().type(t -> t.text("QUANTITY").confidence(95f))
                                        .valueDetection(d -> d.text("4").confidence(51f)).pageNumber(1).build(),
                                ExpenseField.builder().type(t -> t.text("PRICE").confidence(95f))
                                        .valueDetection(d -> d.text("24.00").confidence(93f)).pageNumber(1).build())
                                .build())).build();
        ExtractedInvoice.Line line = ExpenseMapping.map(List.of(page)).lines().get(0);
        assertThat(line.confidence()).isEqualTo(51f);
        assertThat(line.amountConfidence()).isEqualTo(93f);
    }

    /** A credit note that marks only its total as credited ("163.89 CR"): its subtotal, VAT and lines are credited too. */
    @Test
    void aCreditNoteThatMarksOnlyItsTotalCreditsItsSubtotalVatAndLines() {
        ExpenseDocument page = ExpenseDocument.builder().expenseIndex(1)
                .summaryFields(money("SUBTOTAL", "144.40"), money("TAX", "19.49"), money("TOTAL", "-163.89"))
                .lineItemGroups(g -> g.lineItemGroupIndex(1).lineItems(item("Missed collection", "3", "18.50", "55.50"),
                        item("Duplicate lift", "1", "88.90", "88.90")))
                .blocks(Block.builder().blockType(BlockType.LINE).text("CREDIT NOTE").confidence(99f).build()).build();
        ExtractedInvoice credit = ExpenseMapping.map(List.of(page));
        assertThat(credit.creditNote()).isTrue();
        assertThat(credit.net()).isEqualByComparingTo("-144.40");
        assertThat(credit.vat()).isEqualByComparingTo("-19.49");
        assertThat(credit.gross()).isEqualByComparingTo("-163.89");
        assertThat(credit.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("-55.50", "-88.90");
        assertThat(InvoiceChecks.sumsAgree(credit)).as("the lines make the subtotal, subtotal + VAT the total").isTrue();
    }

    /**
     * A credit note titled in two languages ("NÓTA CREIDMHEASA / CREDIT NOTE", its first word lost to
     * a scan) is a credit note, its bare amounts credited; a sentence that mentions a credit note
     * in passing makes no invoice one.
     */
    @Test
    void aCreditNoteTitledInTwoLanguagesIsCredited() {
        for (String title : List.of("NÓTA CREIDMHEASA / CREDIT NOTE", "CREIDMHEASA/ CREDIT NOTE",
                "Credit Note | Nóta Creidmheasa")) {
            ExtractedInvoice read = ExpenseMapping.map(List.of(titled(title, "38.20", "8.79", "46.99")));
            assertThat(read.creditNote()).as(title).isTrue();
            assertThat(read.gross()).as(title).isEqualByComparingTo("-46.99");
        }
        String sentence = "Goods returned within 14 days are refunded by a credit note / voucher on your account";
        ExtractedInvoice invoice = ExpenseMapping.map(List.of(titled(sentence, "38.20", "8.79", "46.99")));
        assertThat(invoice.creditNote()).isFalse();
        assertThat(invoice.gross()).isEqualByComparingTo("46.99");
    }

    /**
     * A pre-printed form headed for both ("INVOICE / CREDIT NOTE") says neither: filled in with
     * positive amounts it is an invoice, never booked as a credit; with the amounts credited it is
     * a credit note by them.
     */
    @Test
    void aFormHeadedInvoiceOrCreditNoteIsAnInvoiceUnlessItsAmountsAreCredited() {
        for (String heading : List.of("INVOICE / CREDIT NOTE", "Tax Invoice | Credit Note")) {
            ExtractedInvoice invoice = ExpenseMapping.map(List.of(titled(heading, "38.20", "8.79", "46.99")));
            assertThat(invoice.creditNote()).as(heading).isFalse();
            assertThat(invoice.gross()).as(heading).isEqualByComparingTo("46.99");
            ExtractedInvoice credited = ExpenseMapping.map(List.of(titled(heading, "-38.20", "-8.79", "-46.99")));
            assertThat(credited.creditNote()).as(heading).isTrue();
        }
        // the form's own word for what it is, set off by marks, says so
        ExtractedInvoice marked = ExpenseMapping.map(List.of(titled("** CREDIT NOTE **", "38.20", "8.79", "46.99")));
        assertThat(marked.creditNote()).isTrue();
    }

    private static ExpenseDocument titled(String line, String net, String vat, String gross) {
        return ExpenseDocument.builder().expenseIndex(1)
                .summaryFields(money("SUBTOTAL", net), money("TAX", vat), money("TOTAL", gross))
                .lineItemGroups(g -> g.lineItemGroupIndex(1).lineItems(item("Tablecloths large", "12", "2.60", "31.20"),
                        item("Linen napkins", "2", "3.50", "7.00")))
                .blocks(Block.builder().blockType(BlockType.LINE).text(line).confidence(99f).build()).build();
    }

    /**
     * Charges printed in the totals block rather than as lines, found by the sums they make: before
     * the subtotal, between the subtotal and the total, or already among the lines; none taken when
     * two would fit equally or when the figures add up as printed.
     */
    @Test
    void chargesInTheTotalsBlockAreFoundByTheSumsTheyMake() {
        List<ExtractedInvoice.Line> lines = List.of(line(1, "14.10", "2.35"), line(2, "23.95", "23.95"));
        ExpenseMapping.Charge delivery = new ExpenseMapping.Charge("Delivery charge", new BigDecimal("7.50"), 99f);
        ExpenseMapping.Charge other = new ExpenseMapping.Charge("Account balance", new BigDecimal("120.00"), 99f);

        // lines 38.05 + delivery 7.50 = subtotal 45.55; + VAT 3.59 = 49.14: the charge becomes a line
        ExpenseMapping.Adjusted before = ExpenseMapping.withCharges(lines, new BigDecimal("45.55"), new BigDecimal("3.59"),
                new BigDecimal("49.14"), List.of(other, delivery), 95f);
        assertThat(before.net()).isEqualByComparingTo("45.55");
        assertThat(before.lines()).extracting(ExtractedInvoice.Line::description).containsExactly("Wine 1", "Wine 2", "Delivery charge");
        assertThat(before.lines().get(2).quantity()).isNull();

        // a charge read faintly that makes the figures add up is as sure as the figures it was checked against
        ExpenseMapping.Charge faint = new ExpenseMapping.Charge("Delivery charge", new BigDecimal("7.50"), 42f);
        ExpenseMapping.Adjusted confirmed = ExpenseMapping.withCharges(lines, new BigDecimal("45.55"),
                new BigDecimal("3.59"), new BigDecimal("49.14"), List.of(faint), 91f);
        assertThat(confirmed.lines().get(2).confidence()).isEqualTo(91f);

        // net 38.05 = the lines; 38.05 + carriage 7.50 + VAT 3.59 = 49.14: a line, and in the subtotal
        ExpenseMapping.Adjusted after = ExpenseMapping.withCharges(lines, new BigDecimal("38.05"), new BigDecimal("3.59"),
                new BigDecimal("49.14"), List.of(delivery, other), 95f);
        assertThat(after.net()).isEqualByComparingTo("45.55");
        assertThat(after.lines()).hasSize(3);

        // deposits among the lines and again in the totals: goods 48.05 - deposits 10.00 = lines 38.05; + VAT = total
        ExpenseMapping.Charge deposits = new ExpenseMapping.Charge("Container deposits", new BigDecimal("-10.00"), 99f);
        ExpenseMapping.Adjusted among = ExpenseMapping.withCharges(lines, new BigDecimal("48.05"), new BigDecimal("3.59"),
                new BigDecimal("41.64"), List.of(deposits), 95f);
        assertThat(among.net()).isEqualByComparingTo("38.05");
        assertThat(among.lines()).isEqualTo(lines);

        // two charges that would each fit: neither is taken, and the figures stay as printed for a person
        ExpenseMapping.Charge same = new ExpenseMapping.Charge("Fuel surcharge", new BigDecimal("7.50"), 99f);
        ExpenseMapping.Adjusted ambiguous = ExpenseMapping.withCharges(lines, new BigDecimal("38.05"),
                new BigDecimal("3.59"), new BigDecimal("49.14"), List.of(delivery, same), 95f);
        assertThat(ambiguous.net()).isEqualByComparingTo("38.05");
        assertThat(ambiguous.lines()).isEqualTo(lines);

        // a VAT analysis's second row, its rate on an amount, is no charge, though it makes up the VAT read short:
        // the figures stay as printed and the checks hold the invoice for a person
        List<ExtractedInvoice.Line> twoRates = List.of(line(1, "256.00", "256.00"), line(2, "278.00", "278.00"));
        for (String label : List.of("23% on 278.00", "VAT @ 23%", "IVA 22%")) {
            ExpenseMapping.Charge rateRow = new ExpenseMapping.Charge(label, new BigDecimal("63.94"), 99f);
            ExpenseMapping.Adjusted vatRow = ExpenseMapping.withCharges(twoRates, new BigDecimal("534.00"),
                    new BigDecimal("34.56"), new BigDecimal("632.50"), List.of(rateRow), 95f);
            assertThat(vatRow.lines()).as(label).isEqualTo(twoRates);
            assertThat(vatRow.net()).as(label).isEqualByComparingTo("534.00");
        }

        // a charge that only names a tax or a rate is still a charge: a levy, a discount on an amount
        for (String label : List.of("Carbon tax", "Settlement discount 2.5% on 400.00", "VAT-free keg deposits")) {
            ExpenseMapping.Charge levy = new ExpenseMapping.Charge(label, new BigDecimal("7.50"), 99f);
            assertThat(ExpenseMapping.withCharges(lines, new BigDecimal("38.05"), new BigDecimal("3.59"),
                    new BigDecimal("49.14"), List.of(levy), 95f).lines()).as(label).hasSize(3);
        }

        // figures that add up as printed take no charge
        ExpenseMapping.Adjusted printed = ExpenseMapping.withCharges(lines, new BigDecimal("38.05"), new BigDecimal("3.59"),
                new BigDecimal("41.64"), List.of(delivery), 95f);
        assertThat(printed.lines()).isEqualTo(lines);
    }

    private static ExpenseField money(String type, String value) {
        return ExpenseField.builder().type(t -> t.text(type).confidence(95f))
                .valueDetection(d -> d.text(value).confidence(95f)).pageNumber(1).build();
    }

    private static software.amazon.awssdk.services.textract.model.LineItemFields item(String description, String quantity,
            String unitPrice, String amount) {
        return software.amazon.awssdk.services.textract.model.LineItemFields.builder().lineItemExpenseFields(
                money("ITEM", description), money("QUANTITY", quantity), money("UNIT_PRICE", unitPrice),
                money("PRICE", amount)).build();
    }

    private static ExtractedInvoice.Line line(int no, String amount, String unitPrice) {
        return new ExtractedInvoice.Line(no, "Wine " + no, null, BigDecimal.ONE, new BigDecimal(unitPrice),
                new BigDecimal(amount), 99f);
    }

    private static ExpenseDocument page(String invoiceNumber, String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines) {
            blocks.add(Block.builder().blockType(BlockType.LINE).text(line).confidence(99f).build());
        }
        return ExpenseDocument.builder().expenseIndex(1)
                .summaryFields(ExpenseField.builder().type(t -> t.text("INVOICE_RECEIPT_ID").confidence(99f))
                        .valueDetection(d -> d.text(invoiceNumber).confidence(99f)).pageNumber(1).build())
                .blocks(blocks).build();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
