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

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-invoices");
        InvoiceMail mail = new InvoiceMail(Integer.getInteger("bench.smtp-port", 3025), Integer.getInteger("bench.imap-port", 3143));
        HttpClient http = HttpClient.newHttpClient();
        String venue = "http://localhost:8080/api/v1/venues/the-local";
        for (Batch b : List.of(mailAndWait(http, venue, "local-demo-key", mail, folder, "text", "text"),
                mailAndWait(http, venue, "local-demo-key", mail, folder, "scan+photo", "scan", "photo"))) {
            System.out.printf(Locale.ROOT, "%s: %d invoices in %.1f s = %.1f invoices/minute (%d applied, %d held for review)%n%n",
                    b.label(), b.done().size(), b.seconds(), b.perMinute(), b.withStatus("applied"), b.withStatus("review"));
        }
    }

    /**
     * Mails every invoice of the given kinds in the folder to the demo venue, one per mail, and
     * waits (at most 10 minutes) until the venue's API shows each in an end state.
     */
    static Batch mailAndWait(HttpClient http, String venueApi, String key, InvoiceMail mail, Path folder, String label,
                             String... kinds) throws Exception {
        List<Path> docs;
        try (Stream<Path> files = Files.list(folder)) {
            docs = files.filter(f -> Stream.of(kinds).anyMatch(k -> f.getFileName().toString().contains("-" + k + ".")))
                    .filter(f -> !f.toString().endsWith(".json")).sorted().toList();
        }
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
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(venueApi + "/invoices"))
                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + venueApi + "/invoices → " + r.statusCode() + " " + r.body());
        }
        Map<String, String> out = new HashMap<>();
        for (JsonNode i : Json.read(r.body()).get("items")) {
            if (!"received".equals(i.get("status").asText())) {
                out.put(i.get("invoiceId").asText(), i.get("status").asText());
            }
        }
        return out;
    }
}
