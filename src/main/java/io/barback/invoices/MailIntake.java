package io.barback.invoices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.barback.documents.DocumentFormat;
import io.barback.invoices.InvoiceStore.MailOrigin;
import io.barback.invoices.MimeDocuments.Attachment;
import io.barback.platform.events.DeadLetters;
import io.barback.platform.events.OutboundEvent;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a mail from the venue's invoice mailbox: finds the venue from the recipient
 * ({@code invoices+{venue}@…}), checks the sender is one of the venue's forwarders, keeps every
 * usable attachment (PDF, PNG, JPEG, TIFF by content, also inside forwarded mails) by its
 * SHA-256, and says what became of the mail: its documents to read, Rejected (with the reason
 * recorded) or, after too many failed tries, Failed with its dead letter. The route
 * (invoices-mailbox) publishes the dead letter and files the mail in its folder; a mail is never
 * deleted.
 */
@Component("mailIntake")
public class MailIntake {

    private static final Logger LOG = LoggerFactory.getLogger(MailIntake.class);
    /** A mail this large (its attachments base64-encoded) is refused without being downloaded. */
    static final int MAX_MAIL_BYTES = 50 * 1024 * 1024;
    /** A PDF with more pages than this is no supplier invoice (and each page is a Textract call). */
    static final int MAX_PAGES = 20;

    private final InvoiceStore store;
    private final JdbcTemplate jdbc;
    private final InvoicesProperties settings;
    private final DeadLetters deadLetters;

    /**
     * What became of a mail: READ, its documents to read (none when every one was read before);
     * REJECTED, no invoice (the reason recorded); PARKED, given up after too many failed tries,
     * with the dead letter that says so.
     */
    public record Intake(Outcome outcome, List<IntakeDocument> documents, OutboundEvent deadLetter) {
        public enum Outcome { READ, REJECTED, PARKED }

        static Intake read(List<IntakeDocument> documents) {
            return new Intake(Outcome.READ, documents, null);
        }
    }

    public MailIntake(InvoiceStore store, JdbcTemplate jdbc, InvoicesProperties settings, DeadLetters deadLetters) {
        this.store = store;
        this.jdbc = jdbc;
        this.settings = settings;
        this.deadLetters = deadLetters;
    }

    /** What becomes of this mail: its documents to read, in order, or why it is filed without reading. */
    public Intake accept(Exchange exchange) throws MessagingException, IOException {
        Message original = exchange.getIn(MailMessage.class).getOriginalMessage();
        // the key first, so that a mail that cannot even be parsed is counted and, in the end, parked
        String key = messageKey(original);
        exchange.setProperty("barbackMailKey", key);
        MailOrigin origin = new MailOrigin(key, sender(original), original.getSubject());

        Optional<InvoiceStore.Attempt> attempt = store.attempt(key);
        if (attempt.isPresent() && attempt.get().attempts() >= settings.maxAttempts()) {
            return park(exchange, key, origin, attempt.get().attempts());
        }
        if (attempt.isPresent() && attempt.get().nextAttemptAt().isAfter(Instant.now())) {
            throw new MailNotDueYet("mail " + key + " waits until " + attempt.get().nextAttemptAt());
        }
        if (original.getSize() > MAX_MAIL_BYTES) {
            return reject(venue(original).orElse(null), origin, "the mail is larger than "
                    + MAX_MAIL_BYTES / (1024 * 1024) + " MB");
        }
        // the whole mail in one fetch, parsed here: also the parts inside forwarded mails, which
        // IMAP servers serve badly part by part
        Message mail = new MimeMessage((MimeMessage) original);

        Optional<String> venueId = venue(mail);
        if (venueId.isEmpty()) {
            return reject(null, origin, "no venue has the invoice address this mail was sent to ("
                    + String.join(", ", recipients(mail)) + ")");
        }
        if (!allowed(venueId.get(), origin.from())) {
            return reject(venueId.get(), origin, "the sender " + origin.from()
                    + " is not one of the venue's allowed forwarders");
        }
        // the From header is the sender's word; the receiving server's SPF and DMARC results are not
        String doubt = MailAuthentication.doubt(headers(original, "Authentication-Results"), origin.from()).orElse(null);
        List<Attachment> attachments = MimeDocuments.of(mail);
        List<IntakeDocument> documents = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Attachment a : attachments) {
            String name = a.fileName() == null ? "an unnamed " + a.declaredType() + " attachment" : "'" + a.fileName() + "'";
            Optional<String> problem = problem(a, name);
            if (problem.isPresent()) {
                refused.add(problem.get());
                continue;
            }
            documents.add(keep(venueId.get(), a, origin, doubt));
        }
        documents.removeIf(Objects::isNull);
        if (documents.isEmpty()) {
            String reason = attachments.isEmpty() ? "the mail has no attachment" : String.join("; ", refused);
            boolean duplicatesOnly = refused.isEmpty() && !attachments.isEmpty();
            if (duplicatesOnly) {
                // every document was seen before: handled, nothing more to read
                return Intake.read(List.of());
            }
            return reject(venueId.get(), origin, reason);
        }
        if (!refused.isEmpty()) {
            LOG.info("Mail {} from {}: {} document(s) kept, skipped: {}", key, origin.from(), documents.size(),
                    String.join("; ", refused));
        }
        return Intake.read(documents);
    }

    /** After the documents were read: the mail is READ, or REJECTED when the reader refused every document of it. */
    public Intake.Outcome settle(Exchange exchange, List<InvoiceExtraction.Outcome> outcomes) {
        forgetTries(exchange);
        return !outcomes.isEmpty() && outcomes.stream().allMatch(o -> o == InvoiceExtraction.Outcome.REJECTED)
                ? Intake.Outcome.REJECTED : Intake.Outcome.READ;
    }

    /** The mail is done with (read, or parked with its dead letter published): its failed tries are no longer counted. */
    public void forgetTries(Exchange exchange) {
        String key = exchange.getProperty("barbackMailKey", String.class);
        if (key != null) {
            store.forgetAttempts(key);
        }
    }

    /** A passing failure: the mail stays in the inbox and is tried again after a growing wait. */
    public void failed(Exchange exchange) {
        String key = exchange.getProperty("barbackMailKey", String.class);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (key == null || cause instanceof MailNotDueYet) {
            return;
        }
        int attempts = store.attempt(key).map(InvoiceStore.Attempt::attempts).orElse(0) + 1;
        Duration wait = settings.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 10));
        store.recordFailure(key, String.valueOf(cause), Instant.now().plus(wait));
        if (attempts >= settings.maxAttempts()) {
            LOG.warn("Mail {} failed (try {} of {}); it goes to {} at the next poll: {}", key, attempts,
                    settings.maxAttempts(), settings.folders().failed(), cause == null ? "?" : cause.getMessage());
        } else {
            LOG.warn("Mail {} failed (try {} of {}), next try in {} s: {}", key, attempts, settings.maxAttempts(),
                    wait.toSeconds(), cause == null ? "?" : cause.getMessage());
        }
    }

    private Intake park(Exchange exchange, String key, MailOrigin origin, int attempts) throws MessagingException {
        String reason = "gave up after " + attempts + " tries: " + jdbc.queryForObject(
                "select last_error from mail_attempt where message_key = ?", String.class, key);
        int invoices = jdbc.update("update invoice set status = 'failed', reason = ?, updated_at = now() "
                + "where mail_message_id = ? and status = 'received'", reason, key);
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("from", origin.from());
        where.put("subject", origin.subject());
        where.put("folder", settings.folders().failed());
        String venueId = venue(exchange.getIn(MailMessage.class).getOriginalMessage()).orElse(null);
        if (invoices == 0 && jdbc.queryForObject("select count(*) from invoice where mail_message_id = ?", Integer.class,
                key) == 0) {
            // it failed before a document was taken from it (a mail that breaks the MIME parser):
            // it is still listed, with its reason, where the publican looks
            store.insert(UUID.randomUUID(), venueId, null, null, "failed", reason, null, origin);
        }
        LOG.error("Mail {} from {} goes to {}: {}", key, origin.from(), settings.folders().failed(), reason);
        return new Intake(Intake.Outcome.PARKED, List.of(), deadLetters.fromMail(key, venueId, where, reason));
    }

    private Intake reject(String venueId, MailOrigin origin, String reason) {
        store.insert(UUID.randomUUID(), venueId, null, null, "rejected", reason, null, origin);
        LOG.info("Mail {} from {} rejected: {}", origin.messageId(), origin.from(), reason);
        return new Intake(Intake.Outcome.REJECTED, List.of(), null);
    }

    /** Why this attachment is no invoice document, or empty when it is one. */
    private Optional<String> problem(Attachment a, String name) {
        // a PDF's limit first: a 35 MB PDF is told the limit it must meet, not the scans' 30 MB
        DocumentFormat format = DocumentFormat.of(a.bytes());
        if (format == DocumentFormat.PDF && a.bytes().length > MimeDocuments.PDF_LIMIT) {
            return Optional.of(name + " is larger than 10 MB");
        }
        if (a.bytes().length >= MimeDocuments.READ_LIMIT) {
            return Optional.of(name + " is larger than 30 MB");
        }
        if (format == null) {
            return Optional.of(name + " is not a PDF, PNG, JPEG or TIFF");
        }
        if (format != DocumentFormat.PDF && a.bytes().length < settings.minAttachmentBytes()) {
            return Optional.of(name + " is too small to be an invoice (a logo or an icon)");
        }
        if (format == DocumentFormat.PDF) {
            try (var pdf = Loader.loadPDF(a.bytes())) {
                if (pdf.getNumberOfPages() == 0) {
                    return Optional.of(name + " has no pages");
                }
                if (pdf.getNumberOfPages() > MAX_PAGES) {
                    return Optional.of(name + " has " + pdf.getNumberOfPages() + " pages, more than an invoice has ("
                            + MAX_PAGES + ")");
                }
            } catch (InvalidPasswordException e) {
                return Optional.of(name + " is encrypted with a password");
            } catch (IOException e) {
                return Optional.of(name + " is a damaged PDF");
            }
        }
        return Optional.empty();
    }

    /** Keeps the document and its invoice; null when this venue already has it (a duplicate, recorded as such). */
    private IntakeDocument keep(String venueId, Attachment a, MailOrigin origin, String doubt) {
        String sha = sha256(a.bytes());
        store.storeDocument(sha, DocumentFormat.of(a.bytes()).mediaType(), a.bytes());
        Optional<InvoiceStore.InvoiceRow> existing = store.byDocument(venueId, sha);
        if (existing.isPresent()) {
            InvoiceStore.InvoiceRow row = existing.get();
            if (List.of("received", "failed", "rejected").contains(row.status())) {
                // tried before and not in the books (this mail's earlier try, or the document sent
                // again after it failed): read it again
                store.setStatus(row.invoiceId(), "received", null);
                return new IntakeDocument(row.invoiceId(), venueId, sha, row.fileName(), a.bytes(), doubt);
            }
            if (origin.messageId().equals(row.mailMessageId())) {
                // this very mail, tried again after another of its documents failed: already done
                return null;
            }
            store.insert(UUID.randomUUID(), venueId, sha, a.fileName(), "duplicate",
                    "the same document as invoice " + row.invoiceId(), row.invoiceId(), origin);
            LOG.info("Mail {}: {} is the same document as invoice {}", origin.messageId(), a.fileName(), row.invoiceId());
            return null;
        }
        UUID id = UUID.randomUUID();
        store.insert(id, venueId, sha, a.fileName(), "received", null, null, origin);
        return new IntakeDocument(id, venueId, sha, a.fileName(), a.bytes(), doubt);
    }

    private static List<String> headers(Message mail, String name) throws MessagingException {
        String[] values = mail.getHeader(name);
        return values == null ? List.of() : List.of(values);
    }

    private Optional<String> venue(Message mail) throws MessagingException {
        for (String address : recipients(mail)) {
            List<String> ids = jdbc.queryForList("select id from venue where lower(invoice_alias) = ?", String.class,
                    address);
            if (!ids.isEmpty()) {
                return Optional.of(ids.get(0));
            }
        }
        return Optional.empty();
    }

    private boolean allowed(String venueId, String sender) {
        Integer n = jdbc.queryForObject("""
                select count(*) from venue, unnest(allowed_forwarders) f where id = ? and lower(f) = ?""",
                Integer.class, venueId, sender);
        return n != null && n > 0;
    }

    /** The addresses a mail was sent to: To, Cc and the headers mail servers add on delivery. */
    static Set<String> recipients(Message mail) throws MessagingException {
        Set<String> out = new LinkedHashSet<>();
        for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
            Address[] addresses = mail.getRecipients(type);
            if (addresses != null) {
                for (Address a : addresses) {
                    if (a instanceof InternetAddress ia) {
                        out.add(ia.getAddress().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        for (String header : List.of("Delivered-To", "X-Original-To")) {
            String[] values = mail.getHeader(header);
            if (values != null) {
                for (String v : values) {
                    out.add(v.strip().replaceAll("^<|>$", "").toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static String sender(Message mail) throws MessagingException {
        Address[] from = mail.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress ia)) {
            return "(no sender)";
        }
        return ia.getAddress().toLowerCase(Locale.ROOT);
    }

    private static String messageKey(Message mail) throws MessagingException {
        String[] ids = mail.getHeader("Message-ID");
        if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
            return ids[0].strip();
        }
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            mail.writeTo(raw);
            return "sha256:" + sha256(raw.toByteArray());
        } catch (IOException e) {
            throw new MessagingException("cannot read the mail", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
