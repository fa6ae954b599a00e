package io.barback.invoices;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.Json;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Invoices and their original documents in PostgreSQL, the system of record: each document kept
 * once by its SHA-256, each invoice with its status and why, and the retry bookkeeping of mails
 * that failed for a passing reason.
 */
@Repository
public class InvoiceStore {

    /** Where a mail came from, kept with each invoice it brought. */
    public record MailOrigin(String messageId, String from, String subject) {
    }

    /** An invoice as stored. */
    public record InvoiceRow(UUID invoiceId, String venueId, String documentSha256, String fileName, String status,
                             String reason, String supplierName, String supplierVat, String invoiceNumber,
                             LocalDate invoiceDate, LocalDate dueDate, String currency, BigDecimal net,
                             BigDecimal vat, BigDecimal gross, JsonNode extracted,
                             UUID duplicateOf, String mailMessageId, String mailFrom, String mailSubject,
                             Instant receivedAt) {
    }

    public record StoredDocument(String mediaType, byte[] content) {
    }

    public record Attempt(int attempts, Instant nextAttemptAt) {
    }

    private final JdbcTemplate jdbc;

    private final MeterRegistry meters;

    public InvoiceStore(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        // the review queue as it stands: what a person still has to look at
        Gauge.builder("barback.invoices.awaiting.review", this::awaitingReview)
                .description("Invoices held for review, in every venue").register(meters);
    }

    /** barback_invoices_total{status}: each time an invoice reaches a status (applied, review, rejected, ...). */
    private void counted(String status) {
        meters.counter("barback.invoices", "status", status).increment();
    }

    private double awaitingReview() {
        try {
            Long n = jdbc.queryForObject("select count(*) from invoice where status = 'review'", Long.class);
            return n == null ? 0 : n;
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }

    void storeDocument(String sha256, String mediaType, byte[] content) {
        jdbc.update("""
                insert into invoice_document (sha256, media_type, size_bytes, content) values (?, ?, ?, ?)
                on conflict (sha256) do nothing""", sha256, mediaType, content.length, content);
    }

    public Optional<StoredDocument> document(String sha256) {
        return jdbc.query("select media_type, content from invoice_document where sha256 = ?",
                (rs, i) -> new StoredDocument(rs.getString(1), rs.getBytes(2)), sha256).stream().findFirst();
    }

    /** The venue's invoice for this document (not counting the duplicates of it). */
    Optional<InvoiceRow> byDocument(String venueId, String sha256) {
        return jdbc.query("select * from invoice where venue_id = ? and document_sha256 = ? and status <> 'duplicate'",
                this::row, venueId, sha256).stream().findFirst();
    }

    /** An invoice of the same supplier and number already in the books or in review, other than this one. */
    Optional<InvoiceRow> bySupplierNumber(String venueId, String supplierName, String number, UUID other) {
        if (supplierName == null || number == null) {
            return Optional.empty();
        }
        return jdbc.query("""
                select * from invoice where venue_id = ? and lower(supplier_name) = lower(?) and invoice_number = ?
                and status in ('applied', 'review') and invoice_id <> ? order by received_at limit 1""",
                this::row, venueId, supplierName, number, other).stream().findFirst();
    }

    /**
     * The suppliers of the venue's invoices in the books (applied, by the reader or a person), each
     * name and VAT number once, the most invoices first.
     */
    List<KnownSuppliers.Supplier> bookedSuppliers(String venueId) {
        return jdbc.query("""
                select supplier_name, supplier_vat from invoice
                where venue_id = ? and status = 'applied' and supplier_name is not null
                group by supplier_name, supplier_vat order by count(*) desc, max(updated_at) desc""",
                (rs, i) -> new KnownSuppliers.Supplier(rs.getString(1), rs.getString(2), true), venueId);
    }

    /** The numbers of the supplier's invoices and credit notes in the venue's books, the latest first. */
    List<KnownSuppliers.Booked> bookedNumbers(String venueId, String supplierName, int limit) {
        return jdbc.query("""
                select invoice_number, coalesce(gross < 0, false) from invoice
                where venue_id = ? and lower(supplier_name) = lower(?) and status = 'applied' and invoice_number is not null
                order by updated_at desc limit ?""",
                (rs, i) -> new KnownSuppliers.Booked(rs.getString(1), rs.getBoolean(2)), venueId, supplierName, limit);
    }

    void insert(UUID id, String venueId, String sha256, String fileName, String status, String reason,
                UUID duplicateOf, MailOrigin mail) {
        jdbc.update("""
                insert into invoice (invoice_id, venue_id, document_sha256, file_name, status, reason, duplicate_of,
                                     mail_message_id, mail_from, mail_subject)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, venueId, sha256, fileName, status, reason, duplicateOf,
                mail.messageId(), mail.from(), mail.subject());
        counted(status);
    }

    void recordExtraction(UUID id, String status, String reason, ExtractedInvoice inv, JsonNode extracted) {
        jdbc.update("""
                update invoice set status = ?, reason = ?, supplier_name = ?, supplier_vat = ?, invoice_number = ?,
                       invoice_date = ?, due_date = ?, currency = ?, net = ?, vat = ?, gross = ?,
                       extracted = cast(? as jsonb), updated_at = now()
                where invoice_id = ?""", status, reason, inv.supplierName(), inv.supplierVat(), inv.invoiceNumber(),
                inv.invoiceDate(), inv.dueDate(), inv.currency(), inv.net(), inv.vat(), inv.gross(),
                Json.write(extracted), id);
        counted(status);
    }

    /** Moves an invoice from one status to another; false when it was not in {@code from} (someone else moved it). */
    boolean moveStatus(UUID id, String from, String to, String reason) {
        boolean moved = jdbc.update("update invoice set status = ?, reason = ?, updated_at = now() where invoice_id = ? and status = ?",
                to, reason, id, from) == 1;
        if (moved) {
            counted(to);
        }
        return moved;
    }

    void setStatus(UUID id, String status, String reason) {
        if (jdbc.update("update invoice set status = ?, reason = ?, updated_at = now() where invoice_id = ?",
                status, reason, id) == 1) {
            counted(status);
        }
    }

    public Optional<InvoiceRow> get(String venueId, UUID id) {
        return jdbc.query("select * from invoice where venue_id = ? and invoice_id = ?", this::row, venueId, id)
                .stream().findFirst();
    }

    /** Mail that reached no venue (an unknown venue alias): rejected, and visible only to the operator. */
    public List<InvoiceRow> unrouted(int limit) {
        return jdbc.query("select * from invoice where venue_id is null order by received_at desc limit ?", this::row, limit);
    }

    public List<InvoiceRow> list(String venueId, String status, int limit) {
        if (status == null) {
            return jdbc.query("select * from invoice where venue_id = ? order by received_at desc limit ?",
                    this::row, venueId, limit);
        }
        return jdbc.query("select * from invoice where venue_id = ? and status = ? order by received_at desc limit ?",
                this::row, venueId, status, limit);
    }

    Optional<Attempt> attempt(String key) {
        return jdbc.query("select attempts, next_attempt_at from mail_attempt where message_key = ?",
                (rs, i) -> new Attempt(rs.getInt(1), rs.getTimestamp(2).toInstant()), key).stream().findFirst();
    }

    void recordFailure(String key, String error, Instant nextAttemptAt) {
        jdbc.update("""
                insert into mail_attempt (message_key, attempts, last_error, next_attempt_at) values (?, 1, ?, ?)
                on conflict (message_key) do update set attempts = mail_attempt.attempts + 1, last_error = excluded.last_error,
                       next_attempt_at = excluded.next_attempt_at, updated_at = now()""",
                key, error, Timestamp.from(nextAttemptAt));
    }

    void forgetAttempts(String key) {
        jdbc.update("delete from mail_attempt where message_key = ?", key);
    }

    private InvoiceRow row(ResultSet rs, int i) throws SQLException {
        String extracted = rs.getString("extracted");
        String dup = rs.getString("duplicate_of");
        return new InvoiceRow(UUID.fromString(rs.getString("invoice_id")), rs.getString("venue_id"),
                rs.getString("document_sha256"), rs.getString("file_name"), rs.getString("status"),
                rs.getString("reason"), rs.getString("supplier_name"), rs.getString("supplier_vat"),
                rs.getString("invoice_number"), date(rs, "invoice_date"), date(rs, "due_date"),
                rs.getString("currency") == null ? null : rs.getString("currency").trim(), rs.getBigDecimal("net"),
                rs.getBigDecimal("vat"), rs.getBigDecimal("gross"), extracted == null ? null : Json.read(extracted),
                dup == null ? null : UUID.fromString(dup), rs.getString("mail_message_id"), rs.getString("mail_from"),
                rs.getString("mail_subject"),
                rs.getTimestamp("received_at").toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
