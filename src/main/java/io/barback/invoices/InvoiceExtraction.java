package io.barback.invoices;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.catalog.CatalogRepository;
import io.barback.catalog.Product;
import io.barback.catalog.Venue;
import io.barback.documents.DocumentFormat;
import io.barback.documents.PageSize;
import io.barback.finance.TradingCalendar;
import io.barback.invoices.InvoiceEvents.EventLine;
import io.barback.invoices.InvoiceEvents.InvoiceNeedsReview;
import io.barback.invoices.InvoiceEvents.InvoiceReceived;
import io.barback.invoices.InvoiceEvents.Supplier;
import io.barback.platform.Json;
import io.barback.platform.Totals;
import io.barback.platform.events.OutboundEvent;
import io.barback.platform.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.textract.TextractClient;
import software.amazon.awssdk.services.textract.model.AnalyzeExpenseResponse;
import software.amazon.awssdk.services.textract.model.BadDocumentException;
import software.amazon.awssdk.services.textract.model.DocumentTooLargeException;
import software.amazon.awssdk.services.textract.model.ExpenseDocument;
import software.amazon.awssdk.services.textract.model.InvalidParameterException;
import software.amazon.awssdk.services.textract.model.TextractException;
import software.amazon.awssdk.services.textract.model.UnsupportedDocumentException;

/**
 * Reads one kept document through Textract's AnalyzeExpense (page by page), maps it to an
 * invoice, matches its lines to the venue's catalog and checks it: a sound invoice becomes an
 * {@code InvoiceReceived} and goes into the books, a doubtful one an {@code InvoiceNeedsReview}
 * and waits for a person. A document the reader cannot read is rejected with its reason; the
 * reader or Kafka being away is a passing failure the mail route retries.
 */
@Component("invoiceExtraction")
public class InvoiceExtraction {

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceExtraction.class);

    public enum Outcome { APPLIED, REVIEW, DUPLICATE, REJECTED }

    private final TextractClient textract;
    private final InvoiceStore store;
    private final CatalogRepository catalog;
    private final InvoicesProperties settings;
    private final String invoicesTopic;
    private final String reviewTopic;

    public InvoiceExtraction(TextractClient textract, InvoiceStore store, CatalogRepository catalog,
                             InvoicesProperties settings,
                             Topics topics) {
        this.textract = textract;
        this.store = store;
        this.catalog = catalog;
        this.settings = settings;
        this.invoicesTopic = topics.invoices();
        this.reviewTopic = topics.invoicesReview();
    }

    /**
     * What reading one document came to. A sound or doubtful invoice carries the event to publish
     * ({@code InvoiceReceived} or {@code InvoiceNeedsReview}), recorded by {@link #record} once
     * Kafka has it; a rejected or duplicate document is recorded already and carries none.
     */
    public record Reading(Outcome outcome, OutboundEvent event, IntakeDocument document, ExtractedInvoice invoice,
                          String supplierReadAs,
                          List<EventLine> lines, List<String> problems, int pages, long startedNanos) {
    }

    /** Reads a kept document through Textract, checks it and matches its lines: the event it makes, if any. */
    public Reading read(IntakeDocument doc) {
        long t0 = System.nanoTime();
        List<ExpenseDocument> pages;
        try {
            pages = readPages(doc.bytes());
        } catch (UnsupportedDocumentException | BadDocumentException | DocumentTooLargeException
                 | InvalidParameterException e) {
            String reason = "the reader cannot read " + name(doc) + ": " + e.awsErrorDetails().errorMessage();
            store.setStatus(doc.invoiceId(), "rejected", reason);
            LOG.info("Invoice {} rejected: {}", doc.invoiceId(), reason);
            return new Reading(Outcome.REJECTED, null, doc, null, null, List.of(), List.of(), 0, t0);
        } catch (IOException e) {
            String reason = name(doc) + " is not a readable PDF: " + e.getMessage();
            store.setStatus(doc.invoiceId(), "rejected", reason);
            return new Reading(Outcome.REJECTED, null, doc, null, null, List.of(), List.of(), 0, t0);
        }
        ExtractedInvoice read = ExpenseMapping.map(pages);
        Venue venue = catalog.venue(doc.venueId()).orElseThrow();
        Map<String, Product> products = catalog.products(doc.venueId());
        KnownSuppliers.Recognition recognition = KnownSuppliers.recognise(read, knownSuppliers(doc.venueId(), products),
                settings.reviewConfidence());
        ExtractedInvoice invoice = recognition.invoice();

        Optional<InvoiceStore.InvoiceRow> same = store.bySupplierNumber(doc.venueId(), invoice.supplierName(),
                invoice.invoiceNumber(), doc.invoiceId());
        List<EventLine> lines = match(invoice, products);
        List<String> problems = new ArrayList<>(InvoiceChecks.problems(invoice, settings.reviewConfidence()));
        if (doc.doubt() != null) {
            problems.add(0, doc.doubt());
        }
        if (InvoiceChecks.venuesOwnName(read.supplierName(), venue.name())) {
            problems.add("the supplier read is " + venue.name() + " itself: the reader took the customer's name for the supplier's");
        }
        if (recognition.doubt() != null) {
            problems.add(recognition.doubt());
        }
        if (recognition.vouched()) {
            String unlike = KnownSuppliers.unlikeItsNumbers(invoice.invoiceNumber(), invoice.creditNote(),
                    invoice.supplierName(), store.bookedNumbers(doc.venueId(), invoice.supplierName(), 20));
            if (unlike != null) {
                problems.add(unlike);
            }
        }
        String readAs = Objects.equals(read.supplierName(), invoice.supplierName()) ? null : read.supplierName();
        if (readAs != null) {
            LOG.info("Invoice {}: the supplier read as {} is {}, a supplier in the books", doc.invoiceId(), readAs,
                    invoice.supplierName());
        }
        if (same.isPresent()) {
            String reason = "duplicate of invoice " + same.get().invoiceId() + " (" + invoice.supplierName() + " "
                    + invoice.invoiceNumber() + ")";
            store.recordExtraction(doc.invoiceId(), "duplicate", reason, invoice,
                    extracted(invoice, readAs, lines, problems));
            LOG.info("Invoice {} is a {}", doc.invoiceId(), reason);
            return new Reading(Outcome.DUPLICATE, null, doc, invoice, readAs, lines, problems, pages.size(), t0);
        }
        if (problems.isEmpty()) {
            return new Reading(Outcome.APPLIED, received(doc.invoiceId(), doc.sha256(), venue, invoice, lines, null),
                    doc, invoice, readAs, lines, problems, pages.size(), t0);
        }
        return new Reading(Outcome.REVIEW, review(doc.invoiceId(), doc.sha256(), venue.id(), invoice, problems),
                doc, invoice, readAs, lines, problems, pages.size(), t0);
    }

    /** After its event was published (the route's step before): the document's outcome is kept with what was read. */
    public Outcome record(Reading reading) {
        if (reading.event() == null) {
            return reading.outcome();
        }
        IntakeDocument doc = reading.document();
        ExtractedInvoice invoice = reading.invoice();
        List<String> problems = reading.problems();
        JsonNode extracted = extracted(invoice, reading.supplierReadAs(), reading.lines(), problems);
        if (reading.outcome() == Outcome.APPLIED) {
            store.recordExtraction(doc.invoiceId(), "applied", null, invoice, extracted);
        } else {
            store.recordExtraction(doc.invoiceId(), "review", String.join("; ", problems), invoice, extracted);
        }
        LOG.info("Invoice {} from {} no. {}: {} in {} ms ({} page(s), {} lines, {} matched){}", doc.invoiceId(),
                invoice.supplierName(), invoice.invoiceNumber(), reading.outcome(),
                (System.nanoTime() - reading.startedNanos()) / 1_000_000, reading.pages(), reading.lines().size(),
                reading.lines().stream().filter(l -> l.sku() != null).count(),
                problems.isEmpty() ? "" : ": " + String.join("; ", problems));
        return reading.outcome();
    }

    /**
     * An approval taken (the invoice moved from review to applied, so a second approval finds it
     * taken) and the InvoiceReceived it makes, which the route (invoices-approve) publishes before
     * {@link #applied} records it, or gives back to {@link #notPublished} when Kafka does not take it.
     */
    public record Approval(String venueId, UUID invoiceId, String reviewReason, String by, ExtractedInvoice invoice,
                           List<EventLine> lines, OutboundEvent event) {
    }

    /**
     * Takes the approval of an invoice in review, with a person's corrections.
     *
     * @throws IllegalStateException    the invoice is not (or no longer) in review
     * @throws IllegalArgumentException the corrected invoice still lacks a field, or does not add up
     */
    public Approval approve(String venueId, UUID invoiceId, Corrections corrections, String by) {
        InvoiceStore.InvoiceRow row = store.get(venueId, invoiceId)
                .orElseThrow(() -> new IllegalArgumentException("no invoice " + invoiceId));
        if (!"review".equals(row.status())) {
            throw new IllegalStateException("invoice " + invoiceId + " is " + row.status() + ", not in review");
        }
        ExtractedInvoice read = Json.MAPPER.convertValue(row.extracted().get("invoice"), ExtractedInvoice.class);
        ExtractedInvoice invoice = read.corrected(corrections.supplierName(), corrections.invoiceNumber(),
                corrections.invoiceDate(), corrections.dueDate(), corrections.net(), corrections.vat(),
                corrections.gross());
        List<String> missing = new ArrayList<>();
        if (invoice.supplierName() == null) {
            missing.add("supplierName");
        }
        if (invoice.invoiceNumber() == null) {
            missing.add("invoiceNumber");
        }
        if (invoice.invoiceDate() == null) {
            missing.add("invoiceDate");
        }
        if (invoice.gross() == null || invoice.vat() == null) {
            missing.add(invoice.gross() == null ? "gross" : "vat");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the invoice still lacks " + String.join(", ", missing)
                    + ": give it in the approval");
        }
        if (invoice.net() == null) {
            invoice = invoice.corrected(null, null, null, null, invoice.gross().subtract(invoice.vat()), null, null);
        }
        if (invoice.net().add(invoice.vat()).compareTo(invoice.gross()) != 0) {
            throw new IllegalArgumentException("net " + invoice.net() + " + VAT " + invoice.vat() + " is not the total "
                    + invoice.gross() + ": correct them so that they add up");
        }
        // one approval wins: a second, at the same moment, finds the invoice no longer in review
        if (!store.moveStatus(invoiceId, "review", "applied", "approved by " + by)) {
            throw new IllegalStateException("invoice " + invoiceId + " was approved at the same moment by someone else");
        }
        Venue venue = catalog.venue(venueId).orElseThrow();
        List<EventLine> lines = match(invoice, catalog.products(venueId));
        return new Approval(venueId, invoiceId, row.reason(), by, invoice, lines,
                received(invoiceId, row.documentSha256(), venue, invoice, lines, by));
    }

    /** The approval's event is in Kafka: what was approved is recorded with the invoice. */
    public InvoiceStore.InvoiceRow applied(Approval approval) {
        store.recordExtraction(approval.invoiceId(), "applied", "approved by " + approval.by(), approval.invoice(),
                extracted(approval.invoice(), null, approval.lines(), List.of()));
        return store.get(approval.venueId(), approval.invoiceId()).orElseThrow();
    }

    /** Kafka did not take the approval's event: the invoice is back in review, to be approved again. */
    public void notPublished(Approval approval) {
        store.moveStatus(approval.invoiceId(), "applied", "review", approval.reviewReason());
    }

    /** What a person may correct when approving an invoice; nulls keep what was read. */
    public record Corrections(String supplierName, String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate,
                              BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }

    private List<ExpenseDocument> readPages(byte[] document) throws IOException {
        // a scan or photo larger than Textract takes is saved again to fit (a 300 dpi colour PNG)
        List<byte[]> pages = DocumentFormat.of(document) == DocumentFormat.PDF ? PdfPages.split(document)
                : List.of(PageSize.toFit(document, PageSize.TEXTRACT_LIMIT));
        List<ExpenseDocument> read = new ArrayList<>();
        for (byte[] page : pages) {
            try {
                AnalyzeExpenseResponse response = textract.analyzeExpense(r -> r.document(d -> d.bytes(
                        SdkBytes.fromByteArray(page))));
                read.addAll(response.expenseDocuments());
            } catch (UnsupportedDocumentException | BadDocumentException | DocumentTooLargeException
                     | InvalidParameterException e) {
                throw e;
            } catch (TextractException | SdkClientException e) {
                throw new TransientInvoiceFailure("Textract is unavailable: " + e.getMessage(), e);
            }
        }
        return read;
    }

    /** The venue's booked suppliers, then those its catalog's supplier codes name. */
    private List<KnownSuppliers.Supplier> knownSuppliers(String venueId, Map<String, Product> products) {
        List<KnownSuppliers.Supplier> known = new ArrayList<>(store.bookedSuppliers(venueId));
        products.values().stream().flatMap(p -> p.supplierCodes().keySet().stream()).distinct()
                .forEach(name -> known.add(new KnownSuppliers.Supplier(name, null, false)));
        return known;
    }

    private List<EventLine> match(ExtractedInvoice invoice, Map<String, Product> products) {
        List<EventLine> lines = new ArrayList<>();
        for (ExtractedInvoice.Line line : invoice.lines()) {
            Optional<CatalogMatcher.Match> m = CatalogMatcher.match(line, invoice.supplierName(), products.values());
            if (m.isPresent()) {
                Product p = m.get().product();
                lines.add(new EventLine(line.lineNo(), line.description(), line.productCode(), line.quantity(),
                        cents(line.unitPrice()), cents(line.amount()), p.sku(), p.name(), p.stockUnit(),
                        CatalogMatcher.stockUnits(line, p), p.reorderLevel(), m.get().how().name()));
            } else {
                lines.add(new EventLine(line.lineNo(), line.description(), line.productCode(), line.quantity(),
                        cents(line.unitPrice()), cents(line.amount()), null, null, null, null, null, null));
            }
        }
        return lines;
    }

    private OutboundEvent received(UUID invoiceId, String sha256, Venue venue, ExtractedInvoice inv,
                                   List<EventLine> lines, String approvedBy) {
        LocalDate day = inv.invoiceDate();
        BigDecimal net = inv.net() != null ? inv.net() : inv.gross().subtract(inv.vat());
        InvoiceReceived event = new InvoiceReceived(invoiceId.toString(), venue.id(), sha256,
                new Supplier(inv.supplierName(), inv.supplierVat()), inv.invoiceNumber(), day, inv.dueDate(), day,
                TradingCalendar.vatPeriod(day, venue.vatPeriodMonths()), inv.dueDate() != null ? inv.dueDate() : day,
                inv.creditNote(), inv.currency(), Instant.now(), lines,
                new Totals(cents(net), cents(inv.vat()), cents(inv.gross())), approvedBy);
        return new OutboundEvent(invoicesTopic, venue.id(), InvoiceEvents.receivedId(venue.id(), sha256),
                InvoiceEvents.RECEIVED_TYPE, "/barback/venues/" + venue.id() + "/invoices/" + invoiceId,
                event.occurredAt(), event);
    }

    private OutboundEvent review(UUID invoiceId, String sha256, String venueId, ExtractedInvoice inv,
                                 List<String> problems) {
        Totals totals = inv.gross() == null || inv.vat() == null || inv.net() == null ? null
                : new Totals(cents(inv.net()), cents(inv.vat()), cents(inv.gross()));
        InvoiceNeedsReview event = new InvoiceNeedsReview(invoiceId.toString(), venueId, sha256,
                new Supplier(inv.supplierName(), inv.supplierVat()), inv.invoiceNumber(), inv.invoiceDate(), totals,
                problems, Instant.now());
        return new OutboundEvent(reviewTopic, venueId, InvoiceEvents.reviewId(venueId, sha256), InvoiceEvents.REVIEW_TYPE,
                "/barback/venues/" + venueId + "/invoices/" + invoiceId, event.occurredAt(), event);
    }

    private static JsonNode extracted(ExtractedInvoice invoice, String supplierReadAs, List<EventLine> lines,
                                      List<String> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("invoice", invoice);
        if (supplierReadAs != null) {
            // the name the page gave, where the books named the supplier otherwise
            out.put("supplierReadAs", supplierReadAs);
        }
        out.put("lines", lines);
        out.put("problems", problems);
        return Json.MAPPER.valueToTree(out);
    }

    private static BigDecimal cents(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    private static String name(IntakeDocument doc) {
        return doc.fileName() == null ? "the attachment" : "'" + doc.fileName() + "'";
    }
}
