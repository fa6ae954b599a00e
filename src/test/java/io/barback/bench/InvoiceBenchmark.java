package io.barback.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.invoices.InvoiceMail;
import io.barback.invoices.TruthCheck;
import io.barback.platform.Json;

/**
 * Invoices end to end against a running local Barback: mails every sample invoice of one kind
 * (text PDFs, then scans and photos) to the demo venue, one invoice per mail, and waits until each
 * has reached its end state (applied, in review, duplicate, rejected) in the API. Prints invoices
 * per minute by kind. Mail in to figures out includes the mailbox poll interval. The load
 * benchmark uses the same {@link #mailAndWait}.
 */
public final class InvoiceBenchmark {

    private InvoiceBenchmark() {
    }

    /** One kind of invoice, mailed and handled: how long it took, and each invoice's end state by id. */
    record Batch(String label, int count, double mailedSeconds, double seconds, Map<String, String> done) {
        double perMinute() {
            return done.size() * 60 / seconds;
        }

        long withStatus(String status) {
            return done.values().stream().filter(status::equals).count();
        }
    }

    /**
     * {@code bench/invoices.sh [FOLDER...]}: every document of each folder with a truth file beside
     * it, mailed one per mail, text PDFs first (their suppliers then in the venue's books), then
     * scans and photos (alone with {@code SCANS_ONLY=1}); then the straight-through report, whose
     * last line is {@code straight-through: A of N applied, R review, W wrong}.
     */
    public static void main(String[] args) throws Exception {
        List<Path> folders = args.length > 0 ? Stream.of(args).map(Path::of).toList() : List.of(Path.of("sample-invoices"));
        InvoiceMail mail = new InvoiceMail(Integer.getInteger("bench.smtp-port", 3025), Integer.getInteger("bench.imap-port", 3143));
        HttpClient http = HttpClient.newHttpClient();
        String venue = "http://localhost:8080/api/v1/venues/the-local";
        String key = "local-demo-key";
        Map<String, JsonNode> truths = new HashMap<>();
        Map<String, String> kindOf = new HashMap<>();
        Map<String, String> statusById = new HashMap<>();
        // SCANS_ONLY=1: the scans and photos alone, from suppliers the venue's books do not know yet
        // (on a wiped local run); by default the text PDFs go first and put their suppliers in the books
        boolean scansOnly = "1".equals(System.getenv("SCANS_ONLY"));
        for (Path folder : folders) {
            List<Batch> batches = new java.util.ArrayList<>();
            if (!scansOnly) {
                batches.add(mailAndWait(http, venue, key, mail, folder, "text", "text"));
            }
            batches.add(mailAndWait(http, venue, key, mail, folder, "scan+photo", "scan", "photo"));
            for (Batch b : batches) {
                System.out.printf(Locale.ROOT, "%s %s: %d invoices in %.1f s = %.1f invoices/minute (%d applied, %d held for review)%n%n",
                        folder, b.label(), b.done().size(), b.seconds(), b.perMinute(), b.withStatus("applied"),
                        b.withStatus("review"));
                statusById.putAll(b.done());
            }
            for (Document d : documents(folder, "text", "scan", "photo")) {
                if (d.truth() != null) {
                    truths.put(d.path().getFileName().toString(), d.truth());
                    kindOf.put(d.path().getFileName().toString(), d.kind());
                }
            }
        }
        straightThrough(invoices(http, venue, key), statusById.keySet(), truths, kindOf);
    }

    /** Applied, held (reasons counted) and applied wrong, by kind, of the invoices this run mailed. */
    private static void straightThrough(List<JsonNode> invoices, Set<String> mailed, Map<String, JsonNode> truths,
                                        Map<String, String> kindOf) {
        Map<String, int[]> byKind = new java.util.TreeMap<>();
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        List<String> wrong = new java.util.ArrayList<>();
        List<String> byLetterhead = new java.util.ArrayList<>();
        List<String> held = new java.util.ArrayList<>();
        int[] notBills = new int[2];
        for (JsonNode i : invoices) {
            String file = i.path("fileName").asText();
            JsonNode truth = truths.get(file);
            if (!mailed.contains(i.get("invoiceId").asText()) || truth == null) {
                continue;
            }
            int[] k = byKind.computeIfAbsent(kindOf.get(file), x -> new int[4]);
            k[3]++;
            String status = i.get("status").asText();
            if (TruthCheck.notABill(truth)) {
                notBills[1]++;
            }
            if (!status.equals("applied")) {
                k[1]++;
                List<String> said = new java.util.ArrayList<>();
                i.path("problems").forEach(p -> said.add(p.asText()));
                if (TruthCheck.notABill(truth)) {
                    notBills[0]++;
                } else {
                    held.add(file + ": " + (said.isEmpty() ? status : String.join("; ", said)));
                }
                for (JsonNode p : i.path("problems")) {
                    reasons.merge(TruthCheck.reasonKind(p.asText()), 1, Integer::sum);
                }
                if (i.path("problems").isEmpty()) {
                    reasons.merge(status + (i.hasNonNull("reason") ? ": " + i.get("reason").asText() : ""), 1, Integer::sum);
                }
                continue;
            }
            k[0]++;
            List<String> differs = TruthCheck.notABill(truth) ? List.of("booked, but it is no invoice")
                    : TruthCheck.differences(truth, i.path("supplier").path("name").asText(null),
                            i.path("invoiceNumber").asText(null),
                            i.hasNonNull("invoiceDate") ? java.time.LocalDate.parse(i.get("invoiceDate").asText()) : null,
                            decimal(i.path("totals").path("gross")), decimal(i.path("totals").path("vat")));
            if (!differs.isEmpty()) {
                k[2]++;
                wrong.add(file + " " + differs);
            } else if (TruthCheck.onlyByLegalForm(truth, i.path("supplier").path("name").asText(null))) {
                // booked right, but say so: the truth gives the imprint's legal name, the books the letterhead's
                byLetterhead.add(file + " [" + i.path("supplier").path("name").asText() + " for " + truth.path("fields").path("VENDOR_NAME").asText() + "]");
            }
        }
        held.stream().sorted().forEach(h -> System.out.println("held: " + h));
        reasons.forEach((r, n) -> System.out.printf(Locale.ROOT, "review reason %4d × %s%n", n, r));
        if (notBills[1] > 0) {
            // pro-formas, quotations, delivery notes and statements belong in review: held, they are the reader right, not a miss
            System.out.printf(Locale.ROOT, "not bills (pro-formas, quotations, delivery notes, statements): %d of %d held, as they must be%n", notBills[0],
                    notBills[1]);
        }
        byLetterhead.forEach(w -> System.out.println("applied by the letterhead's name, the legal form left off: " + w));
        wrong.forEach(w -> System.out.println("applied wrong: " + w));
        int[] all = new int[4];
        byKind.forEach((kind, k) -> {
            System.out.printf(Locale.ROOT, "%-6s %d of %d applied, %d review, %d wrong%n", kind, k[0], k[3], k[1], k[2]);
            for (int x = 0; x < 4; x++) {
                all[x] += k[x];
            }
        });
        System.out.printf(Locale.ROOT, "straight-through: %d of %d applied, %d review, %d wrong%n", all[0], all[3], all[1],
                all[2]);
    }

    private static java.math.BigDecimal decimal(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : new java.math.BigDecimal(n.asText());
    }

    /** A document of the folder, with its truth file when it has one. */
    record Document(Path path, String kind, JsonNode truth) {
    }

    /**
     * The folder's documents of these kinds: by their truth files' {@code kind} where they have
     * them, else by the kind in their name ("…-scan.png").
     */
    static List<Document> documents(Path folder, String... kinds) throws java.io.IOException {
        List<Document> out = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".md") || name.startsWith("LICENSE")) {
                    continue;
                }
                Path truthFile = f.resolveSibling(name.replaceFirst("\\.[^.]+$", "") + ".json");
                JsonNode truth = Files.exists(truthFile) ? Json.read(Files.readString(truthFile)) : null;
                if (truth != null && !truth.has("file")) {
                    truth = null;
                }
                String kind = truth != null ? truth.path("kind").asText("text")
                        : Stream.of(kinds).filter(k -> name.contains("-" + k + ".")).findFirst().orElse(null);
                if (kind != null && Stream.of(kinds).anyMatch(kind::equals)) {
                    out.add(new Document(f, kind, truth));
                }
            }
        }
        return out;
    }

    /**
     * Mails every invoice of the given kinds in the folder to the demo venue, one per mail, and
     * waits (at most 10 minutes) until the venue's API shows each in an end state.
     */
    static Batch mailAndWait(HttpClient http, String venueApi, String key, InvoiceMail mail, Path folder, String label,
                             String... kinds) throws Exception {
        List<Path> docs = documents(folder, kinds).stream().map(Document::path).toList();
        System.out.printf(Locale.ROOT, "%s: mailing %d invoices, one per mail%n", label, docs.size());
        Set<String> before = handled(http, venueApi, key).keySet();
        long t0 = System.nanoTime();
        for (Path doc : docs) {
            String name = doc.getFileName().toString();
            String type = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".png") ? "image/png"
                    : name.endsWith(".jpg") ? "image/jpeg" : "image/tiff";
            mail.send(mail.mail("publican@the-local.ie", "invoices+the-local@barback.local", "Fwd: " + name,
                    List.of(new InvoiceMail.File(name, type, Files.readAllBytes(doc)))));
        }
        double mailedIn = (System.nanoTime() - t0) / 1e9;
        Map<String, String> done = Map.of();
        int reported = 0;
        while (done.size() < docs.size() && System.nanoTime() - t0 < Duration.ofMinutes(10).toNanos()) {
            Thread.sleep(200);
            Map<String, String> now = handled(http, venueApi, key);
            before.forEach(now::remove);
            done = now;
            if (done.size() / 5 > reported / 5 || done.size() == docs.size()) {
                reported = done.size();
                System.out.printf(Locale.ROOT, "  %d/%d handled after %.1f s%n", done.size(), docs.size(),
                        (System.nanoTime() - t0) / 1e9);
            }
        }
        if (done.size() < docs.size()) {
            System.out.printf("  gave up after 10 minutes: %d not handled%n", docs.size() - done.size());
        }
        return new Batch(label, docs.size(), mailedIn, (System.nanoTime() - t0) / 1e9, done);
    }

    /** The venue's invoices in an end state, by id, with their status. */
    private static Map<String, String> handled(HttpClient http, String venueApi, String key) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (JsonNode i : invoices(http, venueApi, key)) {
            if (!"received".equals(i.get("status").asText())) {
                out.put(i.get("invoiceId").asText(), i.get("status").asText());
            }
        }
        return out;
    }

    /** The venue's invoices as its API lists them. */
    private static List<JsonNode> invoices(HttpClient http, String venueApi, String key) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(venueApi + "/invoices"))
                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + venueApi + "/invoices → " + r.statusCode() + " " + r.body());
        }
        List<JsonNode> out = new java.util.ArrayList<>();
        Json.read(r.body()).get("items").forEach(out::add);
        return out;
    }
}
