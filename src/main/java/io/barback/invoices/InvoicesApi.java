package io.barback.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.barback.catalog.TillAuth;
import io.barback.catalog.Venue;
import io.barback.catalog.VenueLogins;
import io.barback.invoices.InvoiceStore.InvoiceRow;
import io.barback.platform.events.OutboundEvent;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.HttpReply;
import io.barback.platform.web.HttpRequests;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * GET …/invoices (by status), GET …/invoices/{id}, GET …/invoices/{id}/document (the original
 * as received) and POST …/invoices/{id}/approve (a reviewed invoice into the books, with the
 * publican's corrections).
 */
@Component("invoicesApi")
public class InvoicesApi {

    private static final Set<String> STATUSES = Set.of("received", "applied", "review", "rejected", "duplicate", "failed");

    private final TillAuth auth;
    private final InvoiceStore store;
    private final InvoiceExtraction extraction;

    public InvoicesApi(TillAuth auth, InvoiceStore store, InvoiceExtraction extraction) {
        this.auth = auth;
        this.store = store;
        this.extraction = extraction;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Invoice(String invoiceId, String status, String reason, String fileName, Map<String, String> supplier,
                          String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, String currency,
                          Map<String, BigDecimal> totals, JsonNode lines, JsonNode problems, String duplicateOf,
                          String from, String subject, Instant receivedAt, String document) {
    }

    public void list(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        String status = exchange.getIn().getHeader("status", String.class);
        if (status != null && !STATUSES.contains(status)) {
            throw ApiProblem.badRequest("status is one of " + String.join(", ", new TreeSet<>(STATUSES)),
                    "status");
        }
        HttpReply.json(exchange, 200, Map.of("items", invoices(venue, status, 500)));
    }

    /** The venue's invoices, newest first; {@code status} null for all. */
    public List<Invoice> invoices(Venue venue, String status, int limit) {
        return store.list(venue.id(), status, limit).stream().map(r -> view(venue, r)).toList();
    }

    public void get(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        HttpReply.json(exchange, 200, view(venue, find(exchange, venue)));
    }

    public void document(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        InvoiceRow row = find(exchange, venue);
        if (row.documentSha256() == null) {
            throw ApiProblem.notFound("Invoice " + row.invoiceId() + " has no document (" + row.reason() + ").");
        }
        InvoiceStore.StoredDocument doc = store.document(row.documentSha256()).orElseThrow();
        String name = row.fileName() == null ? row.documentSha256() : row.fileName().replaceAll("[\"\\\\\\r\\n]", "_");
        HttpReply.send(exchange, 200, doc.mediaType(), doc.content(),
                Map.of("Content-Disposition", "inline; filename=\"" + name + "\"", "ETag", "\"" + row.documentSha256() + "\""));
    }

    private static final String APPROVAL = "approval";
    private static final String VENUE = "venue";

    /**
     * The body of POST …/invoices/{invoiceId}/approve: what the person approving corrects (each
     * left out keeps what was read) and who approves; amounts are decimal strings such as "123.45".
     */
    public record ApprovalRequest(String supplierName, String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate,
                                  BigDecimal net, BigDecimal vat, BigDecimal gross, String approvedBy) {
    }

    /**
     * POST …/invoices/{invoiceId}/approve, the first step of invoices-approve: the approval taken,
     * and the InvoiceReceived it makes for the route to publish.
     */
    public OutboundEvent approve(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        InvoiceRow row = find(exchange, venue);
        ApprovalRequest body = HttpRequests.optionalBody(exchange, ApprovalRequest.class, "an object of corrections (or nothing)",
                ApiProblem::badRequest);
        if (body == null) {
            body = new ApprovalRequest(null, null, null, null, null, null, null, null);
        }
        InvoiceExtraction.Corrections corrections = new InvoiceExtraction.Corrections(text(body.supplierName(), "supplierName"),
                text(body.invoiceNumber(), "invoiceNumber"), body.invoiceDate(), body.dueDate(), money(body.net(), "net"),
                money(body.vat(), "vat"), money(body.gross(), "gross"));
        String by = text(body.approvedBy(), "approvedBy");
        InvoiceExtraction.Approval approval;
        try {
            approval = extraction.approve(venue.id(), row.invoiceId(), corrections,
                    by != null ? by : VenueLogins.currentUser().map(u -> u.getUsername()).orElse("publican"));
        } catch (IllegalStateException e) {
            throw new ApiProblem(409, "Not in review", e.getMessage(), "status");
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(422, "Invoice incomplete", e.getMessage(), null);
        }
        exchange.setVariable(APPROVAL, approval);
        exchange.setVariable(VENUE, venue);
        return approval.event();
    }

    /** The approval's event is in Kafka: the approval is recorded and the invoice answered as it now stands. */
    public void approved(Exchange exchange) {
        InvoiceExtraction.Approval approval = exchange.getVariable(APPROVAL, InvoiceExtraction.Approval.class);
        HttpReply.json(exchange, 200, view(exchange.getVariable(VENUE, Venue.class), extraction.applied(approval)));
    }

    /** Kafka did not take the approval's event: the invoice is back in review and the failure is answered (500). */
    public void notPublished(Exchange exchange) {
        InvoiceExtraction.Approval approval = exchange.getVariable(APPROVAL, InvoiceExtraction.Approval.class);
        extraction.notPublished(approval);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        throw new TransientInvoiceFailure("Kafka did not take " + approval.event().id() + "; the invoice is in review again: "
                + cause, cause);
    }

    private InvoiceRow find(Exchange exchange, Venue venue) {
        String id = exchange.getIn().getHeader("invoiceId", String.class);
        try {
            return store.get(venue.id(), UUID.fromString(id == null ? "" : id))
                    .orElseThrow(() -> ApiProblem.notFound("No invoice " + id + " at venue " + venue.id() + "."));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("invoiceId is a UUID.", "invoiceId");
        }
    }

    /**
     * GET /admin/invoices/unrouted (the operator): mail that named no known venue, with why. The
     * venue's own list cannot show it, and a publican who mistyped the alias asks the operator.
     */
    public void unrouted(Exchange exchange) {
        List<Invoice> items = store.unrouted(500).stream().map(r -> view(null, r)).toList();
        HttpReply.json(exchange, 200, Map.of("items", items));
    }

    private static Invoice view(Venue venue, InvoiceRow r) {
        Map<String, BigDecimal> totals = null;
        if (r.gross() != null) {
            totals = new LinkedHashMap<>();
            totals.put("net", r.net());
            totals.put("vat", r.vat());
            totals.put("gross", r.gross());
        }
        Map<String, String> supplier = r.supplierName() == null ? null : new LinkedHashMap<>();
        if (supplier != null) {
            supplier.put("name", r.supplierName());
            if (r.supplierVat() != null) {
                supplier.put("vatNumber", r.supplierVat());
            }
        }
        JsonNode extracted = r.extracted();
        if (supplier != null && extracted != null && extracted.hasNonNull("supplierReadAs")) {
            supplier.put("readAs", extracted.get("supplierReadAs").asText());
        }
        return new Invoice(r.invoiceId().toString(), r.status(), r.reason(), r.fileName(), supplier, r.invoiceNumber(),
                r.invoiceDate(), r.dueDate(), r.currency(), totals, extracted == null ? null : extracted.get("lines"),
                extracted == null || extracted.get("problems").isEmpty() ? null : extracted.get("problems"),
                r.duplicateOf() == null ? null : r.duplicateOf().toString(), r.mailFrom(), r.mailSubject(), r.receivedAt(),
                r.documentSha256() == null || venue == null ? null
                        : "/api/v1/venues/" + venue.id() + "/invoices/" + r.invoiceId() + "/document");
    }

    private static String text(String value, String field) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw ApiProblem.badRequest(field + " must be a non-empty string.", "/" + field);
        }
        return value.strip();
    }

    private static BigDecimal money(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > 2 || plain.precision() - plain.scale() > 10) {
            throw ApiProblem.badRequest(field + " must be an amount with at most two decimals, such as \"123.45\".", "/" + field);
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
