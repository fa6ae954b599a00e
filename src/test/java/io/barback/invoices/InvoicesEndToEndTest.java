package io.barback.invoices;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.documents.PageSize;
import io.barback.platform.local.LocalStack;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import io.barback.support.Topics;
import io.barback.textract.TestDocuments;
import jakarta.mail.internet.MimeMessage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A publican forwards supplier invoices to the venue's mailbox: real SMTP in, real IMAP out
 * (GreenMail), the real offline Textract endpoint through the AWS SDK, real Kafka and the
 * MongoDB-wire server. Each invoice ends in the right stock and money figures and its mail in
 * the right folder; every bad mail is rejected with its reason; nothing is applied twice.
 */
@StackTest
class InvoicesEndToEndTest {

    private static final String PUBLICAN = "publican@the-local.ie";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LocalStack stack;
    @Value("${barback.mail.smtp-port}")
    int smtpPort;
    @Value("${barback.mail.port}")
    int imapPort;
    @Value("${barback.kafka.bootstrap-servers}")
    String bootstrap;

    Api api;
    TestVenue venue;
    InvoiceMail mail;
    String to;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        venue = TestVenues.create(jdbc);
        mail = new InvoiceMail(smtpPort, imapPort);
        to = "invoices+" + venue.id() + "@barback.local";
    }

    @Test
    void aTextPdfInvoiceBringsStockInAndPurchasesIntoTheBooks() throws Exception {
        String subject = "Invoice LDD-206382 " + venue.id();
        mail.send(mail.mail(PUBLICAN, to, subject, List.of(sample("01-liffey-drinks-text.pdf"))));

        JsonNode invoice = awaitInvoice("LDD-206382", "applied");
        assertThat(invoice.get("supplier").get("name").asText()).isEqualTo("Liffey Drinks Distribution Ltd");
        assertThat(invoice.get("supplier").get("vatNumber").asText()).isEqualTo("IE6388047V");
        assertThat(invoice.get("invoiceDate").asText()).isEqualTo("2026-12-04");
        assertThat(invoice.get("dueDate").asText()).isEqualTo("2027-01-03");
        assertThat(invoice.get("totals").get("gross").asText()).isEqualTo("1754.96");
        assertThat(invoice.get("lines")).hasSize(4);
        // the keg by the supplier's code; the 50 L Hop House is no 30 L keg, the cans no keg: unmatched
        assertThat(invoice.get("lines").get(0).get("sku").asText()).isEqualTo("HEINEKEN-DRAUGHT");
        assertThat(invoice.get("lines").get(1).has("sku")).isFalse();

        awaitOnHand("HEINEKEN-DRAUGHT", "150000");
        JsonNode day = awaitDay("2026-12-04", d -> d.get("purchases").get("count").asInt() == 1);
        assertThat(day.get("purchases").get("net").asText()).isEqualTo("1426.80");
        assertThat(day.get("purchases").get("vat").asText()).isEqualTo("328.16");
        assertThat(day.get("purchases").get("gross").asText()).isEqualTo("1754.96");
        JsonNode due = awaitDay("2027-01-03", d -> !d.get("cash").get("out").asText().equals("0.00"));
        assertThat(due.get("cash").get("out").asText()).isEqualTo("1754.96");
        JsonNode vat = api.get(venue.path("/finance/vat?period=2026-11/2026-12"), venue.key()).json();
        assertThat(vat.toString()).contains("\"vatOnPurchases\":\"328.16\"");
        awaitFolder("Barback.Processed", subject);
        JsonNode suppliers = api.get(venue.path("/finance/suppliers"), venue.key()).json().get("suppliers");
        assertThat(suppliers.get(0).get("name").asText()).isEqualTo("Liffey Drinks Distribution Ltd");
        assertThat(suppliers.get(0).get("gross").asText()).isEqualTo("1754.96");

        byte[] original = api.getBytes(venue.path("/invoices/" + invoice.get("invoiceId").asText() + "/document"),
                venue.key());
        assertThat(original).isEqualTo(Files.readAllBytes(Path.of("sample-invoices/01-liffey-drinks-text.pdf")));
    }

    @Test
    void aScanForwardedAsAttachmentAndTwoInvoicesInOneMailAreAllApplied() throws Exception {
        MimeMessage supplierMail = mail.mail("accounts@liffeydrinks.ie", PUBLICAN, "Your invoice LDD-204767",
                List.of(sample("25-liffey-drinks-scan.png")));
        String forwarded = "Fwd scan " + venue.id();
        MimeMessage fwd = mail.forward(PUBLICAN, to, supplierMail);
        fwd.setSubject(forwarded);
        mail.send(fwd);
        String two = "Two invoices " + venue.id();
        mail.send(mail.mail(PUBLICAN, to, two, List.of(sample("02-liffey-drinks-text.pdf"),
                sample("03-liffey-drinks-text.pdf"))));

        awaitInvoice("LDD-204767", "applied");
        awaitInvoice("LDD-211604", "applied");
        awaitInvoice("LDD-206100", "applied");
        // Jameson: 3 (02) + 6 (03) bottles of 700 ml; Smirnoff 3 (the scan) + 6 (03); Heineken cases 2 + 4 of 24
        awaitOnHand("JAMESON-70", "6300");
        awaitOnHand("SMIRNOFF-70", "6300");
        awaitOnHand("HEINEKEN-330-BTL", "144");
        awaitFolder("Barback.Processed", forwarded);
        awaitFolder("Barback.Processed", two);
    }

    /**
     * A scanner's colour TIFF, uncompressed, is larger than the 10 MB Textract takes in one call:
     * it is saved again to fit and read like the PNG of the same scan, not rejected.
     */
    @Test
    void aScanLargerThanTheReaderTakesIsMadeToFitAndApplied() throws Exception {
        BufferedImage grey = ImageIO.read(Path.of("sample-invoices", "25-liffey-drinks-scan.png").toFile());
        BufferedImage colour = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
        colour.getGraphics().drawImage(grey, 0, 0, null);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        assertThat(ImageIO.write(colour, "tiff", tiff)).isTrue();
        assertThat(tiff.size()).as("larger than Textract's limit").isGreaterThan(PageSize.TEXTRACT_LIMIT);

        String subject = "Big scan " + venue.id();
        mail.send(mail.mail(PUBLICAN, to, subject,
                List.of(new InvoiceMail.File("scan.tif", "image/tiff", tiff.toByteArray()))));

        awaitInvoice("LDD-204767", "applied");
        awaitOnHand("SMIRNOFF-70", "2100");
        awaitFolder("Barback.Processed", subject);
    }

    /**
     * A phone photo whose letterhead OCR lost (the supplier's town read, unsurely, as its name) from
     * a supplier already in the venue's books: its VAT number names the supplier, so the invoice is
     * under the name the books know, and the API says what the page was read as. The number the
     * photo gave is shaped like none of the supplier's, which the name's doubt no longer catches: a
     * person corrects it, and the supplier's spend stays in one ledger.
     */
    @Test
    void aPhotoFromASupplierInTheBooksIsKnownByItsVatNumber() throws Exception {
        mail.send(mail.mail(PUBLICAN, to, "Snacks " + venue.id(), List.of(sample("13-kingdom-snacks-text.pdf"))));
        JsonNode first = awaitInvoice("KSW87030", "applied");
        assertThat(first.get("supplier").has("readAs")).isFalse();

        mail.send(mail.mail(PUBLICAN, to, "Snacks photo " + venue.id(), List.of(sample("38-kingdom-snacks-photo.jpg"))));
        JsonNode photo = awaitStatus("249.75", "review");
        assertThat(photo.get("supplier").get("name").asText()).isEqualTo("Kingdom Snacks Wholesale Ltd");
        assertThat(photo.get("supplier").get("vatNumber").asText()).isEqualTo("IE4471920L");
        assertThat(photo.get("supplier").get("readAs").asText()).isNotBlank().isNotEqualTo("Kingdom Snacks Wholesale Ltd");
        // the shape of the number holds it, whether or not a second reading of the number doubts it too
        List<String> problems = new java.util.ArrayList<>();
        photo.get("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains("is shaped like none of those booked from Kingdom Snacks Wholesale Ltd (KSW87030)"));
        assertThat(problems).allSatisfy(p -> assertThat(p).containsAnyOf("is shaped like none", "unsure of INVOICE_RECEIPT_ID"));

        Api.Reply approved = api.post(venue.path("/invoices/" + photo.get("invoiceId").asText() + "/approve"),
                venue.key(), "{\"invoiceNumber\":\"KSW80121\",\"approvedBy\":\"Mary\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        // one supplier's spend, not two ledgers for one firm
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode suppliers = api.get(venue.path("/finance/suppliers"), venue.key()).json().get("suppliers");
            assertThat(suppliers).hasSize(1);
            assertThat(suppliers.get(0).get("gross").asText()).isEqualTo("451.12");
        });
    }

    @Test
    void aTwoPageInvoiceIsReadPageByPageAndACreditNoteReducesPurchases() throws Exception {
        String subject = "Cash and carry and a credit " + venue.id();
        mail.send(mail.mail(PUBLICAN, to, subject, List.of(sample("12-shannonside-cc-text.pdf"),
                sample("21-boyne-hygiene-text.pdf"))));

        JsonNode twoPages = awaitInvoice("D0052457", "applied");
        assertThat(twoPages.get("lines")).hasSize(50);
        assertThat(twoPages.get("totals").get("gross").asText()).isEqualTo("983.96");
        JsonNode credit = awaitInvoice("CN-3547", "applied");
        assertThat(credit.get("totals").get("gross").asText()).isEqualTo("-58.06");

        JsonNode creditDay = awaitDay("2026-10-16", d -> !d.get("purchases").get("gross").asText().equals("0.00"));
        assertThat(creditDay.get("purchases").get("gross").asText()).isEqualTo("-58.06");
        assertThat(creditDay.get("purchases").get("vat").asText()).isEqualTo("-10.86");
        // a credit note is no purchase: it takes money off, it does not count as one more invoice
        assertThat(creditDay.get("purchases").get("count").asInt()).isZero();
        awaitFolder("Barback.Processed", subject);
    }

    @Test
    void everyUnusableMailIsRejectedWithItsReason() throws Exception {
        byte[] tooLarge = new byte[11 * 1024 * 1024];
        new Random(1).nextBytes(tooLarge);
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, tooLarge, 0, 9);
        String tag = venue.id();
        mail.send(mail.mail(PUBLICAN, to, "No attachment " + tag, List.of()));
        mail.send(mail.mail(PUBLICAN, "invoices+nobody-" + tag + "@barback.local", "Unknown venue " + tag,
                List.of(sample("01-liffey-drinks-text.pdf"))));
        mail.send(mail.mail("stranger@example.com", to, "Stranger " + tag, List.of(sample("01-liffey-drinks-text.pdf"))));
        mail.send(mail.mail(PUBLICAN, to, "Encrypted " + tag,
                List.of(new InvoiceMail.File("locked.pdf", "application/pdf", TestDocuments.encryptedPdf()))));
        mail.send(mail.mail(PUBLICAN, to, "Word file " + tag,
                List.of(new InvoiceMail.File("invoice.docx", "application/octet-stream", "PK\u0003\u0004 not an invoice".getBytes()))));
        mail.send(mail.mail(PUBLICAN, to, "Too large " + tag,
                List.of(new InvoiceMail.File("huge.pdf", "application/pdf", tooLarge))));

        for (String s : List.of("No attachment", "Unknown venue", "Stranger", "Encrypted", "Word file", "Too large")) {
            awaitFolder("Barback.Rejected", s + " " + tag);
        }
        JsonNode rejected = api.get(venue.path("/invoices?status=rejected"), venue.key()).json().get("items");
        assertThat(rejected).hasSize(5);
        assertThat(rejected.toString())
                .contains("the mail has no attachment")
                .contains("the sender stranger@example.com is not one of the venue's allowed forwarders")
                .contains("'locked.pdf' is encrypted with a password")
                .contains("'invoice.docx' is not a PDF, PNG, JPEG or TIFF")
                .contains("'huge.pdf' is larger than 10 MB");
        assertThat(jdbc.queryForObject("select reason from invoice where mail_subject = ?", String.class,
                "Unknown venue " + tag)).contains("no venue has the invoice address").contains("invoices+nobody-" + tag);
        assertThat(api.get(venue.path("/inventory/HEINEKEN-DRAUGHT"), venue.key()).json().get("onHand").asText())
                .isEqualTo("0");
    }

    @Test
    void theSameInvoiceSentTwiceIsAppliedOnce() throws Exception {
        mail.send(mail.mail(PUBLICAN, to, "First " + venue.id(), List.of(sample("03-liffey-drinks-text.pdf"))));
        awaitInvoice("LDD-206100", "applied");
        awaitOnHand("JAMESON-70", "4200");
        mail.send(mail.mail(PUBLICAN, to, "Again " + venue.id(), List.of(sample("03-liffey-drinks-text.pdf"))));
        awaitFolder("Barback.Processed", "Again " + venue.id());

        JsonNode all = api.get(venue.path("/invoices"), venue.key()).json().get("items");
        assertThat(all).hasSize(2);
        assertThat(all.toString()).contains("\"status\":\"duplicate\"").contains("the same document as invoice");
        // and it stays there: the second copy moves nothing
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.get(venue.path("/inventory/JAMESON-70"), venue.key()).json().get("onHand").asText()
                        .equals("4200"));
        JsonNode day = awaitDay("2026-10-24", d -> d.get("purchases").get("count").asInt() >= 1);
        assertThat(day.get("purchases").get("count").asInt()).isEqualTo(1);
        assertThat(day.get("purchases").get("gross").asText()).isEqualTo("663.22");
    }

    /**
     * The From header names an allowed forwarder, but the mailbox provider's DMARC check failed for
     * that domain: anybody can write a From header. A perfectly read invoice is held for review,
     * with the reason, and moves no stock until a person approves it.
     */
    @Test
    void aMailWhoseSenderFailedDmarcIsHeldForReviewNotBooked() throws Exception {
        var forged = mail.mail(PUBLICAN, to, "Forged " + venue.id(), List.of(sample("01-liffey-drinks-text.pdf")));
        forged.addHeader("Authentication-Results", "mx.barback.local; spf=pass smtp.mailfrom=bounce.example.net;"
                + " dkim=none; dmarc=fail (p=quarantine dis=none) header.from=the-local.ie");
        forged.saveChanges();
        mail.send(forged);

        JsonNode held = awaitInvoice("LDD-206382", "review");
        assertThat(held.get("reason").asText()).contains("may not come from " + PUBLICAN).contains("DMARC fail for the-local.ie");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(api.get(venue.path("/inventory/HEINEKEN-DRAUGHT"), venue.key()).json().get("onHand").asInt())
                        .isZero());
        assertThat(awaitDayOrNull("2026-12-04")).isNull();
    }

    @Test
    void anInvoiceThatFailsItsChecksIsHeldForReviewUntilApproved() throws Exception {
        String subject = "Odd totals " + venue.id();
        mail.send(mail.mail(PUBLICAN, to, subject, List.of(new InvoiceMail.File("sm-10442.pdf", "application/pdf",
                TestDocuments.invoicePdf(1, "173.76")))));

        JsonNode held = awaitInvoice("SM-10442", "review");
        assertThat(held.get("reason").asText()).contains("subtotal 112.00 + VAT 25.76 is not the total 173.76");
        new Topics(bootstrap).await("barback.invoices.review.v1", r -> venue.id().equals(r.key()), f -> f.size() == 1,
                Duration.ofSeconds(30));
        assertThat(awaitDayOrNull("2026-11-14")).isNull();

        Api.Reply approved = api.post(venue.path("/invoices/" + held.get("invoiceId").asText() + "/approve"),
                venue.key(), "{\"gross\":\"137.76\",\"approvedBy\":\"Mary\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("applied");
        JsonNode day = awaitDay("2026-11-14", d -> d.get("purchases").get("count").asInt() == 1);
        assertThat(day.get("purchases").get("gross").asText()).isEqualTo("137.76");
        Api.Reply again = api.post(venue.path("/invoices/" + held.get("invoiceId").asText() + "/approve"),
                venue.key(), "{}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void theReaderAwayForAWhileTheMailIsRetriedThenApplied() throws Exception {
        stack.stopTextract();
        String subject = "While the reader is away " + venue.id();
        Timestamp sent = jdbc.queryForObject("select now()", Timestamp.class);
        try {
            mail.send(mail.mail(PUBLICAN, to, subject, List.of(sample("01-liffey-drinks-text.pdf"))));
            // its first failed try (not another test's: the stack may have run others before)
            await().atMost(WAIT).until(() -> jdbc.queryForList("select attempts from mail_attempt"
                    + " where last_error like '%Textract%' and updated_at >= ?", Integer.class, sent).size() > 0);
            assertThat(mail.subjects("INBOX")).contains(subject);
            // the failing mail waits in the inbox; the mails behind it are not held up
            String behind = "Behind it " + venue.id();
            mail.send(mail.mail(PUBLICAN, to, behind, List.of()));
            awaitFolder("Barback.Rejected", behind);
            assertThat(mail.subjects("INBOX")).contains(subject);
        } finally {
            stack.startTextract();
        }
        awaitInvoice("LDD-206382", "applied");
        awaitOnHand("HEINEKEN-DRAUGHT", "150000");
        awaitFolder("Barback.Processed", subject);
    }

    @Test
    void aMailThatKeepsFailingIsParkedInFailedWithADeadLetter() throws Exception {
        stack.stopTextract();
        String subject = "Reader gone " + venue.id();
        try {
            mail.send(mail.mail(PUBLICAN, to, subject, List.of(sample("02-liffey-drinks-text.pdf"))));
            awaitFolder("Barback.Failed", subject);
        } finally {
            stack.startTextract();
        }
        JsonNode failed = api.get(venue.path("/invoices?status=failed"), venue.key()).json().get("items");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("reason").asText()).startsWith("gave up after 4 tries").contains("Textract");
        new Topics(bootstrap).await("barback.deadletter.v1", r -> venue.id().equals(r.key()), f -> f.size() == 1,
                Duration.ofSeconds(30));

        // sent again once the reader is back, the parked invoice is read and applied (no "duplicate" of a dead one)
        mail.send(mail.mail(PUBLICAN, to, "Again " + subject, List.of(sample("02-liffey-drinks-text.pdf"))));
        awaitInvoice("LDD-211604", "applied");
        awaitOnHand("JAMESON-70", "2100");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static InvoiceMail.File sample(String name) throws Exception {
        String type = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".png") ? "image/png" : "image/jpeg";
        return new InvoiceMail.File(name, type, Files.readAllBytes(Path.of("sample-invoices", name)));
    }

    /** The invoice of this total in this status, once it is (for one whose number was misread). */
    private JsonNode awaitStatus(String gross, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            for (JsonNode i : api.get(venue.path("/invoices"), venue.key()).json().get("items")) {
                if (gross.equals(i.path("totals").path("gross").asText()) && status.equals(i.get("status").asText())) {
                    found[0] = i;
                    return true;
                }
            }
            return false;
        });
        return api.get(venue.path("/invoices/" + found[0].get("invoiceId").asText()), venue.key()).json();
    }

    private JsonNode awaitInvoice(String number, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            for (JsonNode i : api.get(venue.path("/invoices"), venue.key()).json().get("items")) {
                if (number.equals(i.path("invoiceNumber").asText()) && status.equals(i.get("status").asText())) {
                    found[0] = i;
                    return true;
                }
            }
            return false;
        });
        return api.get(venue.path("/invoices/" + found[0].get("invoiceId").asText()), venue.key()).json();
    }

    private void awaitOnHand(String sku, String onHand) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(api.get(venue.path("/inventory/" + sku), venue.key()).json().get("onHand").asText())
                        .isEqualTo(onHand));
    }

    private JsonNode awaitDay(String date, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] day = new JsonNode[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            day[0] = awaitDayOrNull(date);
            return day[0] != null && ready.test(day[0]);
        });
        return day[0];
    }

    private JsonNode awaitDayOrNull(String date) {
        JsonNode days = api.get(venue.path("/finance/daily?from=" + date + "&to=" + date), venue.key()).json().get("days");
        for (JsonNode d : days) {
            boolean moved = d.get("purchases").get("count").asInt() != 0
                    || !d.get("purchases").get("gross").asText().equals("0.00")
                    || !d.get("cash").get("out").asText().equals("0.00");
            if (date.equals(d.get("date").asText()) && moved) {
                return d;
            }
        }
        return null;
    }

    private void awaitFolder(String folder, String subject) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> mail.subjects(folder).contains(subject));
    }
}
