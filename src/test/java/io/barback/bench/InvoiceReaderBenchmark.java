package io.barback.bench;

import java.net.URI;
import java.nio.file.Path;

import io.barback.textract.ReaderAccuracy;
import io.barback.textract.TextractServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.textract.TextractClient;

/**
 * The invoice reader's accuracy report: every invoice in a folder (with its truth file) through
 * AnalyzeExpense with the AWS SDK, then per-field accuracy, line-item precision/recall/F1 and
 * seconds per page by kind. Against an endpoint given with --endpoint=URL, or against an
 * offline endpoint started in this process.
 */
public final class InvoiceReaderBenchmark {

    private InvoiceReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of("sample-invoices");
        String endpoint = null;
        for (String arg : args) {
            if (arg.startsWith("--endpoint=")) {
                endpoint = arg.substring("--endpoint=".length());
            } else {
                folder = Path.of(arg);
            }
        }
        TextractServer server = null;
        if (endpoint == null) {
            server = TextractServer.start("127.0.0.1", 0, Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
            endpoint = server.url();
        }
        long heapBefore = usedHeap();
        try (TextractClient textract = TextractClient.builder().endpointOverride(URI.create(endpoint))
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .build()) {
            System.out.println("Invoice reader accuracy: " + folder.toAbsolutePath() + " via " + endpoint);
            // one document at a time: the figure is the time a page takes
            ReaderAccuracy.Report report = ReaderAccuracy.run(folder, textract, System.out, 1);
            report.print(System.out);
        } finally {
            if (server != null) {
                server.close();
            }
        }
        System.out.printf("%nheap used: %d MB before, %d MB after; machine: %d cores, %s%n", heapBefore / 1_048_576,
                usedHeap() / 1_048_576, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
