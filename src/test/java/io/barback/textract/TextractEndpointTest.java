package io.barback.textract;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.textract.TextractClient;
import software.amazon.awssdk.services.textract.model.AnalyzeExpenseResponse;
import software.amazon.awssdk.services.textract.model.BadDocumentException;
import software.amazon.awssdk.services.textract.model.Block;
import software.amazon.awssdk.services.textract.model.BlockType;
import software.amazon.awssdk.services.textract.model.DetectDocumentTextResponse;
import software.amazon.awssdk.services.textract.model.Document;
import software.amazon.awssdk.services.textract.model.DocumentTooLargeException;
import software.amazon.awssdk.services.textract.model.ExpenseDocument;
import software.amazon.awssdk.services.textract.model.ExpenseField;
import software.amazon.awssdk.services.textract.model.InvalidParameterException;
import software.amazon.awssdk.services.textract.model.S3Object;
import software.amazon.awssdk.services.textract.model.UnsupportedDocumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real AWS SDK v2 TextractClient against the running offline endpoint: answers and errors as AWS gives them. */
class TextractEndpointTest {

    private static TextractServer server;
    private static TextractClient textract;

    @BeforeAll
    static void start() throws Exception {
        server = TextractServer.start("127.0.0.1", 0, 1);
        textract = TextractClient.builder()
                .endpointOverride(URI.create(server.url()))
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "thing")))
                .build();
    }

    @AfterAll
    static void stop() {
        textract.close();
        server.close();
    }

    @Test
    void analyzeExpenseReadsTheInvoiceFieldsAndLinesOfATextPdf() throws Exception {
        byte[] pdf = pdf();
        AnalyzeExpenseResponse response = textract.analyzeExpense(r -> r.document(bytes(pdf)));

        assertThat(response.documentMetadata().pages()).isEqualTo(1);
        ExpenseDocument doc = response.expenseDocuments().get(0);
        Map<String, String> fields = summary(doc);
        assertThat(fields).containsEntry("VENDOR_NAME", "Shannon Minerals Ltd")
                .containsEntry("VENDOR_VAT_NUMBER", "IE3344556T")
                .containsEntry("INVOICE_RECEIPT_ID", "SM-10442")
                .containsEntry("INVOICE_RECEIPT_DATE", "14/11/2026")
                .containsEntry("RECEIVER_NAME", "The Local")
                .containsEntry("SUBTOTAL", "112.00")
                .containsEntry("TAX", "25.76")
                .containsEntry("TOTAL", "137.76");
        assertThat(fields.get("VENDOR_ADDRESS")).isEqualTo("Unit 7, Dock Road\nLimerick V94 K2T8");
        ExpenseField total = doc.summaryFields().stream().filter(f -> f.type().text().equals("TOTAL")).findFirst().orElseThrow();
        assertThat(total.labelDetection().text()).isEqualTo("Total");
        assertThat(total.valueDetection().confidence()).isGreaterThan(95f);
        assertThat(total.valueDetection().geometry().boundingBox().left()).isBetween(0.75f, 0.9f);

        List<Map<String, String>> items = doc.lineItemGroups().get(0).lineItems().stream()
                .map(li -> li.lineItemExpenseFields().stream()
                        .collect(Collectors.toMap(f -> f.type().text(), f -> f.valueDetection().text())))
                .toList();
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).containsEntry("ITEM", "Tonic Water 24 x 200ml").containsEntry("PRODUCT_CODE", "TON24")
                .containsEntry("QUANTITY", "5").containsEntry("UNIT_PRICE", "14.50").containsEntry("PRICE", "72.50");
        assertThat(items.get(1)).containsEntry("ITEM", "Cola 24 x 330ml").containsEntry("PRICE", "39.50");
        assertThat(doc.blocks()).anyMatch(b -> b.blockType() == BlockType.WORD && b.text().equals("SM-10442"));
    }

    @Test
    void totalsThatDoNotAddUpComeBackWithALowConfidence() throws Exception {
        byte[] agreeing = pdf();
        byte[] disagreeing = TestDocuments.invoicePdf(1, "173.76");

        float sure = confidence(textract.analyzeExpense(r -> r.document(bytes(agreeing))), "TOTAL");
        float doubtful = confidence(textract.analyzeExpense(r -> r.document(bytes(disagreeing))), "TOTAL");

        assertThat(sure).isGreaterThan(95f);
        assertThat(doubtful).isLessThan(60f);
    }

    private static float confidence(AnalyzeExpenseResponse response, String type) {
        return response.expenseDocuments().get(0).summaryFields().stream()
                .filter(f -> f.type().text().equals(type)).findFirst().orElseThrow().valueDetection().confidence();
    }

    @Test
    void analyzeExpenseReadsAScannedImageThroughOcr() throws Exception {
        byte[] png = TestDocuments.invoicePng();
        AnalyzeExpenseResponse response = textract.analyzeExpense(r -> r.document(bytes(png)));

        Map<String, String> fields = summary(response.expenseDocuments().get(0));
        assertThat(fields).containsEntry("INVOICE_RECEIPT_ID", "SM-10442").containsEntry("TOTAL", "137.76")
                .containsEntry("VENDOR_NAME", "Shannon Minerals Ltd");
    }

    @Test
    void detectDocumentTextGivesPageLinesAndWordsLinkedAsChildren() throws Exception {
        byte[] pdf = pdf();
        DetectDocumentTextResponse response = textract.detectDocumentText(r -> r.document(bytes(pdf)));

        List<Block> blocks = response.blocks();
        Block page = blocks.get(0);
        assertThat(page.blockType()).isEqualTo(BlockType.PAGE);
        List<Block> lines = blocks.stream().filter(b -> b.blockType() == BlockType.LINE).toList();
        assertThat(lines).extracting(Block::text).contains("Shannon Minerals Ltd", "Tonic Water 24 x 200ml");
        assertThat(page.relationships().get(0).ids()).hasSize(lines.size());
        Block line = lines.stream().filter(l -> l.text().equals("Shannon Minerals Ltd")).findFirst().orElseThrow();
        List<String> children = line.relationships().get(0).ids();
        assertThat(blocks.stream().filter(b -> children.contains(b.id())).map(Block::text))
                .containsExactly("Shannon", "Minerals", "Ltd");
    }

    @Test
    void aMultiPagePdfIsUnsupportedForTheSynchronousCall() throws Exception {
        byte[] twoPages = TestDocuments.invoicePdf(2);
        assertThatThrownBy(() -> textract.analyzeExpense(r -> r.document(bytes(twoPages))))
                .isInstanceOf(UnsupportedDocumentException.class)
                .hasMessageContaining("2 pages")
                .satisfies(e -> assertThat(((UnsupportedDocumentException) e).statusCode()).isEqualTo(400));
    }

    @Test
    void aFileThatIsNoPdfOrImageIsUnsupported() {
        byte[] gif = "GIF89a not an invoice".getBytes();
        assertThatThrownBy(() -> textract.analyzeExpense(r -> r.document(bytes(gif))))
                .isInstanceOf(UnsupportedDocumentException.class);
        byte[] word = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4};
        assertThatThrownBy(() -> textract.detectDocumentText(r -> r.document(bytes(word))))
                .isInstanceOf(UnsupportedDocumentException.class);
    }

    @Test
    void anEncryptedOrCorruptDocumentIsABadDocument() throws Exception {
        byte[] encrypted = TestDocuments.encryptedPdf();
        assertThatThrownBy(() -> textract.analyzeExpense(r -> r.document(bytes(encrypted))))
                .isInstanceOf(BadDocumentException.class).hasMessageContaining("encrypted");
        byte[] truncated = Arrays.copyOf(pdf(), 300);
        assertThatThrownBy(() -> textract.analyzeExpense(r -> r.document(bytes(truncated))))
                .isInstanceOf(BadDocumentException.class);
        byte[] png = TestDocuments.invoicePng();
        byte[] brokenPng = Arrays.copyOf(png, 200);
        assertThatThrownBy(() -> textract.analyzeExpense(r -> r.document(bytes(brokenPng))))
                .isInstanceOf(BadDocumentException.class);
    }

    @Test
    void aDocumentOverTenMegabytesIsTooLarge() throws Exception {
        byte[] big = Arrays.copyOf(pdf(), 10 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> textract.analyzeExpense(r -> r.document(bytes(big))))
                .isInstanceOf(DocumentTooLargeException.class);
    }

    @Test
    void anS3ReferenceOrAMissingDocumentIsAnInvalidParameter() {
        assertThatThrownBy(() -> textract.analyzeExpense(r -> r.document(Document.builder()
                .s3Object(S3Object.builder().bucket("invoices").name("a.pdf").build()).build())))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("S3");
        assertThatThrownBy(() -> textract.analyzeExpense(r -> r.document(Document.builder().build())))
                .isInstanceOf(InvalidParameterException.class);
    }

    private static byte[] pdf() throws Exception {
        return TestDocuments.invoicePdf(1);
    }

    private static Document bytes(byte[] b) {
        return Document.builder().bytes(SdkBytes.fromByteArray(b)).build();
    }

    static Map<String, String> summary(ExpenseDocument doc) {
        return doc.summaryFields().stream().collect(Collectors.toMap(f -> f.type().text(),
                f -> f.valueDetection().text(), (a, b) -> a));
    }
}
