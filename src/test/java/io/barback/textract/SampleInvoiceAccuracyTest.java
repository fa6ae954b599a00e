package io.barback.textract;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.textract.TextractClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader on the whole sample-invoices corpus, through the endpoint and the AWS SDK: its
 * accuracy must not fall below the goals (header fields 98 % and line items F1 95 % on text
 * PDFs; 95 % and 90 % on scans). Speed is reported by bench/invoice-reader.sh, not tested here.
 */
@Execution(ExecutionMode.CONCURRENT) // beside the stack tests: see junit-platform.properties
class SampleInvoiceAccuracyTest {

    private static final Path CORPUS = Path.of("sample-invoices");
    private static TextractServer server;
    private static TextractClient textract;
    private static ReaderAccuracy.Report report;

    @BeforeAll
    static void readTheCorpus() throws Exception {
        // as many OCR workers as cores: ReaderAccuracy reads that many documents at a time
        server = TextractServer.start("127.0.0.1", 0, Runtime.getRuntime().availableProcessors());
        textract = TextractClient.builder().endpointOverride(URI.create(server.url())).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        report = ReaderAccuracy.run(CORPUS, textract, System.out);
        report.print(System.out);
    }

    @AfterAll
    static void stop() {
        textract.close();
        server.close();
    }

    @Test
    void theCorpusHasTheInvoicesTheIssueAsksFor() throws Exception {
        assertThat(Files.isDirectory(CORPUS)).isTrue();
        int documents = report.byKind.values().stream().mapToInt(ReaderAccuracy.KindFigures::documents).sum();
        assertThat(documents).isGreaterThanOrEqualTo(30);
        assertThat(report.kind("text").documents()).isGreaterThanOrEqualTo(15);
        assertThat(report.kind("scan").documents()).isGreaterThanOrEqualTo(5);
        assertThat(report.kind("photo").documents()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void textPdfsMeetTheGoal() {
        ReaderAccuracy.KindFigures text = report.kind("text");
        assertThat(text.headerAccuracy()).as("header field accuracy on text PDFs").isGreaterThanOrEqualTo(0.98);
        assertThat(text.itemF1()).as("line item F1 on text PDFs").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void scansMeetTheGoal() {
        ReaderAccuracy.KindFigures scan = report.kind("scan");
        assertThat(scan.headerAccuracy()).as("header field accuracy on scans").isGreaterThanOrEqualTo(0.95);
        assertThat(scan.itemF1()).as("line item F1 on scans").isGreaterThanOrEqualTo(0.90);
    }
}
