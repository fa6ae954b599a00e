package io.barback.invoices;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.Json;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import io.barback.support.Topics;
import io.barback.textract.TestDocuments;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mail a hostile or careless world sends: each one ends in the folder the design names, with
 * its reason where it is refused, and Barback stays healthy and keeps taking invoices after
 * them. A mail that breaks the MIME parser itself is retried (the failure could be passing),
 * then parked in Failed with a dead letter, and is listed with its reason. (InvoicesEndToEndTest has the everyday refusals: no attachment, unknown venue, a
 * stranger, encrypted, a Word file, over 10 MB.)
 */
@StackTest
class HostileMailTest {

    private static final String PUBLICAN = "publican@the-local.ie";
    private static final Duration WAIT = Duration.ofSeconds(120);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${barback.mail.smtp-port}")
    int smtpPort;
    @Value("${barback.mail.port}")
    int imapPort;
    @Value("${barback.kafka.bootstrap-servers}")
    String bootstrap;
    @Value("${barback.topics.deadletter}")
    String deadletterTopic;

    @Test
    void everyHostileMailEndsInItsFolderWithAReasonAndBarbackKeepsWorking() throws Exception {
        Api api = new Api(port);
        TestVenue venue = TestVenues.create(jdbc);
        InvoiceMail mail = new InvoiceMail(smtpPort, imapPort);
        String to = "invoices+" + venue.id() + "@barback.local";
        String tag = " " + venue.id();

        // subject -> {folder, what the reason must say (null: none, the mail is processed)}
        Map<String, String[]> expected = new LinkedHashMap<>();

        MimeMessage html = mail.mail(PUBLICAN, to, "HTML only" + tag, List.of());
        MimeMultipart htmlBody = new MimeMultipart("alternative");
        MimeBodyPart page = new MimeBodyPart();
        page.setContent("<html><body><p>Invoice <b>INV-1</b>: &euro;120.00</p><img src=\"cid:x\"></body></html>",
                "text/html; charset=utf-8");
        htmlBody.addBodyPart(page);
        html.setContent(htmlBody);
        html.saveChanges();
        mail.send(html);
        expected.put("HTML only" + tag, new String[] {"Barback.Rejected", "the mail has no attachment"});

        byte[] exe = new byte[64 * 1024];
        new Random(2).nextBytes(exe);
        exe[0] = 'M';
        exe[1] = 'Z';
        mail.send(mail.mail(PUBLICAN, to, "Executable" + tag,
                List.of(new InvoiceMail.File("invoice.pdf", "application/pdf", exe))));
        expected.put("Executable" + tag, new String[] {"Barback.Rejected", "'invoice.pdf' is not a PDF, PNG, JPEG or TIFF"});

        byte[] corrupt = new byte[40 * 1024];
        new Random(3).nextBytes(corrupt);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, corrupt, 0, 9);
        mail.send(mail.mail(PUBLICAN, to, "Corrupt PDF" + tag,
                List.of(new InvoiceMail.File("scan.pdf", "application/pdf", corrupt))));
        expected.put("Corrupt PDF" + tag, new String[] {"Barback.Rejected", "'scan.pdf' is a damaged PDF"});

        mail.send(mail.mail(PUBLICAN, to, "300 pages" + tag,
                List.of(new InvoiceMail.File("statement.pdf", "application/pdf", TestDocuments.invoicePdf(300)))));
        expected.put("300 pages" + tag, new String[] {"Barback.Rejected", "'statement.pdf' has 300 pages"});

        mail.send(mail.mail(PUBLICAN, to, "Pixel bomb" + tag,
                List.of(new InvoiceMail.File("photo.png", "image/png", pixelBomb()))));
        expected.put("Pixel bomb" + tag, new String[] {"Barback.Rejected", "'photo.png': The image is 30000 x 30000 px"});

        byte[] huge = new byte[30 * 1024 * 1024];
        new Random(4).nextBytes(huge);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 9);
        mail.send(mail.mail(PUBLICAN, to, "30 MB" + tag, List.of(new InvoiceMail.File("big.pdf", "application/pdf", huge))));
        expected.put("30 MB" + tag, new String[] {"Barback.Rejected", "'big.pdf' is larger than 10 MB"});

        // twenty invoices in one mail: each read and applied, the mail processed once
        List<InvoiceMail.File> twenty = new ArrayList<>();
        try (var files = Files.list(Path.of("sample-invoices"))) {
            for (Path p : files.filter(f -> f.toString().endsWith("-text.pdf")).sorted().limit(20).toList()) {
                twenty.add(new InvoiceMail.File(p.getFileName().toString(), "application/pdf", Files.readAllBytes(p)));
            }
        }
        assertThat(twenty).hasSize(20);
        mail.send(mail.mail(PUBLICAN, to, "Twenty attachments" + tag, twenty));
        expected.put("Twenty attachments" + tag, new String[] {"Barback.Processed", null});

        // two different mails that claim the same Message-ID: neither is lost
        for (String s : new String[] {"Same id one" + tag, "Same id two" + tag}) {
            mail.send(withFixedId(mail.mail(PUBLICAN, to, s, List.of()), "<same-" + venue.id() + "@example.com>"));
            expected.put(s, new String[] {"Barback.Rejected", "the mail has no attachment"});
        }

        // headers in another charset (an old mail client): read as such, the mail handled normally
        MimeMessage latin = mail.mail(PUBLICAN, to, "x", List.of(sample("05-burren-hill-brewing-text.pdf")));
        latin.setSubject("Fáctúr Éire" + tag, "ISO-8859-1");
        latin.setHeader("X-Note", "=?windows-1252?Q?caf=E9_=80?=");
        latin.saveChanges();
        mail.send(latin);
        expected.put("Fáctúr Éire" + tag, new String[] {"Barback.Processed", null});

        // broken MIME: a multipart whose boundary never appears, and a PDF part whose base64 is not base64
        mail.sendRaw(PUBLICAN, to, "From: " + PUBLICAN + "\nTo: " + to + "\nSubject: Broken MIME" + tag
                + "\nMessage-ID: <broken-" + venue.id() + "@example.com>\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"never-used\"\n\nNo parts here at all.\n");
        expected.put("Broken MIME" + tag, new String[] {"Barback.Failed", "gave up after 4 tries: jakarta.mail.internet.ParseException: Missing start boundary"});
        mail.sendRaw(PUBLICAN, to, "From: " + PUBLICAN + "\nTo: " + to + "\nSubject: Bad base64" + tag
                + "\nMessage-ID: <base64-" + venue.id() + "@example.com>\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nInvoice attached.\n"
                + "--b\nContent-Type: application/pdf; name=\"invoice.pdf\"\nContent-Transfer-Encoding: base64\n"
                + "Content-Disposition: attachment; filename=\"invoice.pdf\"\n\n%%%% this is not base64 !!!! ####\n--b--\n");
        expected.put("Bad base64" + tag, new String[] {"Barback.Failed", "BASE64Decoder: Error in encoded stream"});

        // each mail in its folder
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            await(e.getKey()).atMost(WAIT).pollInterval(Duration.ofMillis(500))
                    .until(() -> mail.subjects(e.getValue()[0]).contains(e.getKey()));
        }
        // with its reason, in the venue's invoice list
        JsonNode rejected = api.get(venue.path("/invoices?status=rejected"), venue.key()).json().get("items");
        JsonNode failed = api.get(venue.path("/invoices?status=failed"), venue.key()).json().get("items");
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            String reason = e.getValue()[1];
            if (reason != null) {
                assertThat(e.getValue()[0].equals("Barback.Failed") ? failed : rejected).as(e.getKey()).anySatisfy(i -> {
                    assertThat(i.get("subject").asText()).isEqualTo(e.getKey());
                    assertThat(i.get("reason").asText()).contains(reason);
                });
            }
        }
        // each mail given up on is also a dead letter (the route publishes it before filing the mail), with
        // its reason and where the mail went
        Topics topics = new Topics(bootstrap);
        for (String subject : List.of("Broken MIME" + tag, "Bad base64" + tag)) {
            List<ConsumerRecord<String, String>> letters = topics.await(deadletterTopic,
                    r -> subject.equals(Json.read(r.value()).at("/origin/subject").asText()), f -> !f.isEmpty(), Duration.ofSeconds(30));
            JsonNode letter = Json.read(letters.get(0).value());
            assertThat(Topics.header(letters.get(0), "ce_type")).isEqualTo("io.barback.platform.DeadLettered.v1");
            assertThat(letter.get("route").asText()).isEqualTo("invoices-mailbox");
            assertThat(letter.get("venueId").asText()).isEqualTo(venue.id());
            assertThat(letter.get("reason").asText()).startsWith("gave up after 4 tries");
            assertThat(letter.at("/origin/folder").asText()).isEqualTo("Barback.Failed");
        }
        // the twenty are all there, each read once
        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from invoice where venue_id = ? and mail_subject = ? and status in ('applied', 'review')",
                Integer.class, venue.id(), "Twenty attachments" + tag)).isEqualTo(20));
        assertThat(jdbc.queryForObject("select count(*) from invoice where venue_id = ? and mail_subject = ?",
                Integer.class, venue.id(), "Fáctúr Éire" + tag)).isEqualTo(1);

        // and Barback is healthy and still takes an ordinary invoice
        assertThat(api.health().get("status").asText()).isEqualTo("UP");
        mail.send(mail.mail(PUBLICAN, to, "After the storm" + tag, List.of(sample("24-suir-glass-text.pdf"))));
        await().atMost(WAIT).until(() -> mail.subjects("Barback.Processed").contains("After the storm" + tag));
    }

    /** A PNG of 30000 × 30000 white pixels: a few hundred kilobytes that would be 900 megapixels decoded. */
    private static byte[] pixelBomb() throws Exception {
        // ImageIO would need the whole image in memory first, so the PNG is built by hand: IHDR (1-bit grey),
        // one IDAT of deflated rows, IEND
        int side = 30000;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(raw,
                new java.util.zip.Deflater(9));
        byte[] row = new byte[1 + (side + 7) / 8]; // a filter byte, then 1 bit a pixel
        for (int y = 0; y < side; y++) {
            z.write(row);
        }
        z.close();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", raw.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(type.getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** JavaMail rewrites Message-ID on saveChanges; this one keeps the given id. */
    private static MimeMessage withFixedId(MimeMessage m, String id) throws Exception {
        return new MimeMessage(m) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", id);
            }
        };
    }

    private static InvoiceMail.File sample(String name) throws Exception {
        return new InvoiceMail.File(name, "application/pdf", Files.readAllBytes(Path.of("sample-invoices", name)));
    }
}
