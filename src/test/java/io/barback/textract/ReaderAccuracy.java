package io.barback.textract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.barback.documents.PageSize;
import io.barback.documents.PrintedValues;
import io.barback.invoices.TruthCheck;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdmodel.PDDocument;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.textract.TextractClient;
import software.amazon.awssdk.services.textract.model.AnalyzeExpenseResponse;
import software.amazon.awssdk.services.textract.model.ExpenseDocument;
import software.amazon.awssdk.services.textract.model.ExpenseField;
import software.amazon.awssdk.services.textract.model.LineItemFields;
import software.amazon.awssdk.services.textract.model.TextractException;

/**
 * Measures an AnalyzeExpense endpoint on a folder of invoices with truth files beside them:
 * per-field accuracy (exact after normalising whitespace, currency symbols and date formats),
 * line-item precision / recall / F1 (an item counts when its description, quantity and amount
 * are all right) and seconds per page, split by text PDF, scan and photo. Multi-page PDFs are
 * split into pages and merged back, as the invoice route does.
 */
public final class ReaderAccuracy {

    public static final List<String> FIELDS = List.of("VENDOR_NAME", "VENDOR_ADDRESS", "VENDOR_VAT_NUMBER",
            "INVOICE_RECEIPT_ID", "INVOICE_RECEIPT_DATE", "DUE_DATE", "PO_NUMBER", "RECEIVER_NAME", "SUBTOTAL", "TAX",
            "TOTAL", "AMOUNT_DUE");
    private static final List<String> TOTALS = List.of("SUBTOTAL", "TAX", "TOTAL", "AMOUNT_DUE");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The figures of one kind of document (text, scan, photo). */
    public static final class KindFigures {
        int documents;
        int pages;
        double seconds;
        double slowestPage;
        int fieldsRight;
        int fieldsTotal;
        int itemsTruePositive;
        int itemsExtracted;
        int itemsTruth;
        final Map<String, int[]> perField = new TreeMap<>();

        public double headerAccuracy() {
            return fieldsTotal == 0 ? 1 : (double) fieldsRight / fieldsTotal;
        }

        public double itemPrecision() {
            return itemsExtracted == 0 ? 1 : (double) itemsTruePositive / itemsExtracted;
        }

        public double itemRecall() {
            return itemsTruth == 0 ? 1 : (double) itemsTruePositive / itemsTruth;
        }

        public double itemF1() {
            double p = itemPrecision();
            double r = itemRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double secondsPerPage() {
            return pages == 0 ? 0 : seconds / pages;
        }

        public int documents() {
            return documents;
        }
    }

    /** One document as read: its truth file and the endpoint's answer for each page. */
    public record Read(String file, String kind, JsonNode truth, List<ExpenseDocument> pages) {
    }

    /** The whole run: figures by kind and every wrong value, for the report. */
    public static final class Report {
        public final Map<String, KindFigures> byKind = new TreeMap<>();
        public final List<String> mistakes = new ArrayList<>();
        /** Each document's truth and what the endpoint answered for its pages, for checks beyond the reader. */
        public final List<Read> documents = new ArrayList<>();

        public KindFigures kind(String kind) {
            return byKind.getOrDefault(kind, new KindFigures());
        }

        public void print(PrintStream out) {
            out.println();
            out.printf(Locale.ROOT, "%-6s %5s %5s %9s %8s %8s %8s %9s %9s%n", "kind", "docs", "pages", "header",
                    "items P", "items R", "items F1", "s/page", "max s/pg");
            for (var e : byKind.entrySet()) {
                KindFigures k = e.getValue();
                out.printf(Locale.ROOT, "%-6s %5d %5d %8.1f%% %7.1f%% %7.1f%% %7.1f%% %9.3f %9.3f%n", e.getKey(),
                        k.documents, k.pages, 100 * k.headerAccuracy(), 100 * k.itemPrecision(),
                        100 * k.itemRecall(), 100 * k.itemF1(), k.secondsPerPage(), k.slowestPage);
            }
            out.println();
            out.printf(Locale.ROOT, "%-22s", "field");
            byKind.keySet().forEach(k -> out.printf(Locale.ROOT, " %12s", k));
            out.println();
            for (String field : FIELDS) {
                out.printf(Locale.ROOT, "%-22s", field);
                for (KindFigures k : byKind.values()) {
                    int[] f = k.perField.getOrDefault(field, new int[2]);
                    out.printf(Locale.ROOT, " %12s", f[0] + "/" + f[1]);
                }
                out.println();
            }
            if (!mistakes.isEmpty()) {
                out.println();
                out.println("wrong values (" + mistakes.size() + "):");
                mistakes.forEach(m -> out.println("  " + m));
            }
        }
    }

    private ReaderAccuracy() {
    }

    /**
     * Runs every document in {@code folder} that has a truth file through {@code textract}, as
     * many at a time as the machine has cores (the endpoint must have as many OCR workers to
     * gain from it); scores and prints them in the folder's order.
     */
    public static Report run(Path folder, TextractClient textract, PrintStream progress) throws IOException {
        return run(folder, textract, progress, Runtime.getRuntime().availableProcessors());
    }

    /** {@link #run(Path, TextractClient, PrintStream)} with {@code parallel} documents in flight. */
    public static Report run(Path folder, TextractClient textract, PrintStream progress, int parallel)
            throws IOException {
        List<Path> truths;
        try (Stream<Path> files = Files.list(folder)) {
            truths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<JsonNode> documents = new ArrayList<>();
        for (Path truthFile : truths) {
            JsonNode truth = JSON.readTree(truthFile.toFile());
            if (truth.has("file")) {
                documents.add(truth);
            }
        }
        ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, parallel));
        try {
            List<Future<Reading>> readings = new ArrayList<>();
            for (JsonNode truth : documents) {
                Path document = folder.resolve(truth.get("file").asText());
                readings.add(readers.submit(() -> read(document, textract)));
            }
            Report report = new Report();
            for (int i = 0; i < documents.size(); i++) {
                JsonNode truth = documents.get(i);
                Reading reading = result(readings.get(i));
                Path document = folder.resolve(truth.get("file").asText());
                String kind = truth.path("kind").asText("text");
                KindFigures k = report.byKind.computeIfAbsent(kind, x -> new KindFigures());
                k.documents++;
                k.pages += reading.pageCount();
                k.seconds += reading.seconds();
                k.slowestPage = Math.max(k.slowestPage, reading.slowestPage());
                int[] score = score(truth, reading.pages(), k, report.mistakes, document.getFileName().toString());
                report.documents.add(new Read(document.getFileName().toString(), kind, truth, reading.pages()));
                progress.printf(Locale.ROOT, "[%d/%d] %-34s %-5s %d page(s) %6.2f s  fields %d/%d  items %d/%d%n",
                        i + 1, documents.size(), document.getFileName(), kind, reading.pageCount(), reading.seconds(),
                        score[0], score[1], score[2], score[3]);
            }
            return report;
        } finally {
            readers.shutdownNow();
        }
    }

    /** One document as the endpoint read it, page by page, with how long that took. */
    private record Reading(List<ExpenseDocument> pages, int pageCount, double seconds, double slowestPage) {
    }

    private static Reading read(Path document, TextractClient textract) throws IOException {
        // as the product sends them: a scan or photo larger than Textract takes saved again to fit
        List<byte[]> pages = new ArrayList<>();
        for (byte[] page : pages(Files.readAllBytes(document))) {
            pages.add(PageSize.toFit(page, PageSize.TEXTRACT_LIMIT));
        }
        List<ExpenseDocument> read = new ArrayList<>();
        long t0 = System.nanoTime();
        double slowest = 0;
        for (byte[] page : pages) {
            long p0 = System.nanoTime();
            try {
                AnalyzeExpenseResponse response = textract.analyzeExpense(r -> r.document(d -> d.bytes(
                        SdkBytes.fromByteArray(page))));
                read.addAll(response.expenseDocuments());
            } catch (TextractException e) {
                // refused (too large, unreadable): scored as a page read as nothing, and said
                System.err.println(document.getFileName() + ": refused: " + e.awsErrorDetails().errorMessage());
            }
            slowest = Math.max(slowest, (System.nanoTime() - p0) / 1e9);
        }
        return new Reading(read, pages.size(), (System.nanoTime() - t0) / 1e9, slowest);
    }

    private static Reading result(Future<Reading> reading) throws IOException {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the documents were being read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    private static int[] score(JsonNode truth, List<ExpenseDocument> pages, KindFigures k, List<String> mistakes,
            String file) {
        Map<String, String> got = merge(pages);
        // a partial truth (another project's expected output) gives only some fields: only those count
        boolean partial = truth.path("partial").asBoolean(false);
        // a credit note's truth is signed; the page prints its amounts without the sign
        boolean credit = TruthCheck.creditNote(truth);
        int right = 0;
        int total = 0;
        for (String field : FIELDS) {
            JsonNode expectedNode = truth.path("fields").path(field);
            if (partial && (expectedNode.isMissingNode() || expectedNode.isNull())) {
                continue;
            }
            total++;
            String expected = expectedNode.isNull() || expectedNode.isMissingNode() ? null : expectedNode.asText();
            String actual = got.get(field);
            if (credit && expected != null && actual != null && TOTALS.contains(field)) {
                // a credit note prints its amounts with a minus, in brackets, with "CR" or bare: the
                // size is what is read
                expected = expected.replaceFirst("^-", "");
                String printed = actual;
                actual = PrintedValues.amount(printed).map(a -> a.abs().toPlainString()).orElse(printed);
            }
            boolean ok = same(field, expected, actual);
            int[] f = k.perField.computeIfAbsent(field, x -> new int[2]);
            f[1]++;
            if (ok) {
                f[0]++;
                right++;
            } else {
                mistakes.add(file + " " + field + ": expected " + quote(expected) + ", read " + quote(actual));
            }
        }
        k.fieldsRight += right;
        k.fieldsTotal += total;
        if (partial && !truth.has("lineItems")) {
            return new int[] {right, total, 0, 0};
        }

        List<Map<String, String>> items = new ArrayList<>();
        for (ExpenseDocument page : pages) {
            page.lineItemGroups().forEach(g -> g.lineItems().forEach(li -> items.add(item(li))));
        }
        List<JsonNode> expectedItems = new ArrayList<>();
        truth.path("lineItems").forEach(expectedItems::add);
        int tp = 0;
        List<Map<String, String>> unmatched = new ArrayList<>(items);
        if (credit) {
            unmatched.replaceAll(ReaderAccuracy::unsignedRead);
        }
        for (JsonNode e : expectedItems) {
            JsonNode expectedItem = credit ? unsigned(e) : e;
            Iterator<Map<String, String>> it = unmatched.iterator();
            boolean found = false;
            while (it.hasNext()) {
                Map<String, String> a = it.next();
                if (sameItem(expectedItem, a)) {
                    it.remove();
                    tp++;
                    found = true;
                    break;
                }
            }
            if (!found) {
                mistakes.add(file + " item missed: " + e);
            }
        }
        unmatched.forEach(a -> mistakes.add(file + " item not on the invoice (or misread): " + a));
        k.itemsTruePositive += tp;
        k.itemsExtracted += items.size();
        k.itemsTruth += expectedItems.size();
        return new int[] {right, total, tp, expectedItems.size()};
    }

    /** A credit note's line as read, its figures without their sign however printed ("-44.90", "(44.90)", "44.90 CR"). */
    private static Map<String, String> unsignedRead(Map<String, String> item) {
        Map<String, String> copy = new LinkedHashMap<>(item);
        copy.replaceAll((k, v) -> v == null ? null
                : (k.equals("PRICE") || k.equals("UNIT_PRICE")) && PrintedValues.amount(v).isPresent()
                        ? PrintedValues.amount(v).get().abs().toPlainString()
                        : v.strip().replaceFirst("^-", ""));
        return copy;
    }

    /** A credit note's truth line with its amounts as printed, without the sign. */
    private static JsonNode unsigned(JsonNode item) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = item.deepCopy();
        for (String f : List.of("PRICE", "UNIT_PRICE", "QUANTITY")) {
            String v = text(item, f);
            if (v != null && v.startsWith("-")) {
                copy.put(f, v.substring(1));
            }
        }
        return copy;
    }

    /** One value per field: header fields from the first page that has them, totals from the last. */
    static Map<String, String> merge(List<ExpenseDocument> pages) {
        Map<String, String> merged = new LinkedHashMap<>();
        List<String> subtotals = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Map<String, ExpenseField> best = new LinkedHashMap<>();
            for (ExpenseField f : pages.get(i).summaryFields()) {
                String type = f.type() == null ? "" : f.type().text();
                ExpenseField seen = best.get(type);
                if (f.valueDetection() != null && (seen == null
                        || f.valueDetection().confidence() > seen.valueDetection().confidence())) {
                    best.put(type, f);
                }
            }
            for (var e : best.entrySet()) {
                if (!merged.containsKey(e.getKey()) || TOTALS.contains(e.getKey())) {
                    merged.put(e.getKey(), e.getValue().valueDetection().text());
                }
            }
            if (best.containsKey("SUBTOTAL")) {
                subtotals.add(best.get("SUBTOTAL").valueDetection().text());
            }
        }
        // as the books do (ExpenseMapping): an earlier page's subtotal that makes the total with the VAT,
        // when the last page's does not (a part's sum under an itemised list)
        Optional<BigDecimal> net = amountOf(merged.get("SUBTOTAL"));
        Optional<BigDecimal> vat = amountOf(merged.get("TAX"));
        Optional<BigDecimal> gross = amountOf(merged.get("TOTAL"));
        if (net.isPresent() && vat.isPresent() && gross.isPresent() && net.get().add(vat.get()).compareTo(gross.get()) != 0) {
            for (int i = subtotals.size() - 1; i >= 0; i--) {
                Optional<BigDecimal> candidate = amountOf(subtotals.get(i));
                if (candidate.isPresent() && candidate.get().add(vat.get()).compareTo(gross.get()) == 0) {
                    merged.put("SUBTOTAL", subtotals.get(i));
                    break;
                }
            }
        }
        return merged;
    }

    private static Optional<BigDecimal> amountOf(String printed) {
        return printed == null ? Optional.empty() : PrintedValues.amount(printed.replaceAll("^[A-Z]{3}\\s*", ""));
    }

    private static Map<String, String> item(LineItemFields li) {
        Map<String, String> item = new LinkedHashMap<>();
        for (ExpenseField f : li.lineItemExpenseFields()) {
            if (f.type() != null && f.valueDetection() != null && !f.type().text().equals("EXPENSE_ROW")) {
                item.put(f.type().text(), f.valueDetection().text());
            }
        }
        return item;
    }

    private static boolean sameItem(JsonNode expected, Map<String, String> actual) {
        return same("ITEM", text(expected, "ITEM"), actual.get("ITEM"))
                && sameNumber(text(expected, "QUANTITY"), actual.get("QUANTITY"))
                && same("PRICE", text(expected, "PRICE"), actual.get("PRICE"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    /** Equal after normalising: whitespace; dates to ISO; amounts to plain decimals; ids without spaces. */
    static boolean same(String field, String expected, String actual) {
        if (expected == null || actual == null || actual.isBlank()) {
            return expected == null && (actual == null || actual.isBlank());
        }
        return switch (field) {
            case "INVOICE_RECEIPT_DATE", "DUE_DATE" -> PrintedValues.date(actual).map(Object::toString)
                    .map(expected::equals).orElse(false);
            case "SUBTOTAL", "TAX", "TOTAL", "AMOUNT_DUE", "PRICE", "UNIT_PRICE" -> PrintedValues.amount(actual)
                    .map(a -> a.compareTo(new BigDecimal(expected)) == 0).orElse(false);
            case "INVOICE_RECEIPT_ID", "PO_NUMBER", "VENDOR_VAT_NUMBER", "PRODUCT_CODE" ->
                    expected.replaceAll("\\s+", "").equalsIgnoreCase(actual.replaceAll("\\s+", ""));
            // an address's line breaks may be printed as commas: compare its words
            case "VENDOR_ADDRESS" -> expected.replace(",", " ").replaceAll("\\s+", " ").strip()
                    .equals(actual.replace(",", " ").replaceAll("\\s+", " ").strip());
            default -> expected.replaceAll("\\s+", " ").strip().equals(actual.replaceAll("\\s+", " ").strip());
        };
    }

    private static boolean sameNumber(String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        // a quantity the truth gives as printed, not a number ("1h 30m"): the same words
        java.util.Optional<BigDecimal> wanted = PrintedValues.number(expected);
        if (wanted.isEmpty()) {
            return expected.strip().equalsIgnoreCase(actual.strip());
        }
        return PrintedValues.number(actual).map(a -> a.compareTo(wanted.get()) == 0).orElse(false);
    }

    /** A PDF's pages as one-page PDFs; any other document as it is. */
    static List<byte[]> pages(byte[] document) throws IOException {
        if (io.barback.documents.DocumentFormat.of(document) != io.barback.documents.DocumentFormat.PDF) {
            return List.of(document);
        }
        try (PDDocument pdf = Loader.loadPDF(document)) {
            if (pdf.getNumberOfPages() == 1) {
                return List.of(document);
            }
            List<byte[]> pages = new ArrayList<>();
            for (PDDocument page : new Splitter().split(pdf)) {
                try (page) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    page.save(out);
                    pages.add(out.toByteArray());
                }
            }
            return pages;
        }
    }

    private static String quote(String s) {
        return s == null ? "(nothing)" : "\"" + s.replace("\n", "\\n") + "\"";
    }
}
