package io.barback.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Invoices end to end against a running local Barback: mails every sample invoice of one kind
 * (text PDFs, then scans and photos) to the demo venue, one invoice per mail, and waits until each
 * has reached its end state (applied, in review, duplicate, rejected) in the API. Prints invoices
 * per minute by kind. Mail in to figures out includes the mailbox poll interval.
 */
public final class InvoiceBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "http://localhost:8080/api/v1/venues/the-local/invoices";

    private InvoiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-invoices");
        Properties p = new Properties();
        p.put("mail.smtp.host", "localhost");
        p.put("mail.smtp.port", System.getProperty("bench.smtp-port", "3025"));
        Session session = Session.getInstance(p);
        HttpClient http = HttpClient.newHttpClient();
        for (List<String> kind : List.of(List.of("text"), List.of("scan", "photo"))) {
            List<Path> docs;
            try (Stream<Path> files = Files.list(folder)) {
                docs = files.filter(f -> !f.toString().endsWith(".json") && !f.toString().endsWith(".md"))
                        .filter(f -> kind.stream().anyMatch(k -> f.getFileName().toString().contains("-" + k + ".")))
                        .sorted().toList();
            }
            Set<String> before = handled(http, null);
            Instant t0 = Instant.now();
            for (Path doc : docs) {
                send(session, doc);
            }
            System.out.printf(Locale.ROOT, "%s: %d invoices mailed in %d ms%n", String.join("+", kind), docs.size(),
                    Duration.between(t0, Instant.now()).toMillis());
            int done = 0;
            while (done < docs.size()) {
                Thread.sleep(250);
                Set<String> now = handled(http, before);
                if (now.size() != done) {
                    done = now.size();
                    System.out.printf(Locale.ROOT, "  %d/%d handled after %.1f s%n", done, docs.size(),
                            Duration.between(t0, Instant.now()).toMillis() / 1000.0);
                }
                if (Duration.between(t0, Instant.now()).toMinutes() >= 10) {
                    System.out.println("  gave up after 10 minutes");
                    break;
                }
            }
            double seconds = Duration.between(t0, Instant.now()).toMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "%s: %d invoices in %.1f s = %.1f invoices/minute%n%n", String.join("+", kind),
                    done, seconds, done * 60 / seconds);
        }
    }

    private static void send(Session session, Path doc) throws Exception {
        String name = doc.getFileName().toString();
        String type = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".png") ? "image/png"
                : name.endsWith(".jpg") ? "image/jpeg" : "image/tiff";
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("publican@the-local.ie"));
        m.setRecipients(Message.RecipientType.TO, "invoices+the-local@barback.local");
        m.setSubject("Bench " + name);
        MimeMultipart body = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Invoice attached.");
        body.addBodyPart(text);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(Files.readAllBytes(doc), type)));
        file.setFileName(name);
        body.addBodyPart(file);
        m.setContent(body);
        Transport.send(m);
    }

    /** The ids of the venue's invoices in an end state, less those already there before. */
    private static Set<String> handled(HttpClient http, Set<String> before) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(API))
                .header("Authorization", "Bearer local-demo-key").build(), HttpResponse.BodyHandlers.ofString());
        Set<String> ids = new HashSet<>();
        for (JsonNode i : JSON.readTree(r.body()).get("items")) {
            if (!"received".equals(i.get("status").asText())) {
                ids.add(i.get("invoiceId").asText());
            }
        }
        if (before != null) {
            ids.removeAll(before);
        }
        return ids;
    }
}
