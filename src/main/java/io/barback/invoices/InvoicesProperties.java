package io.barback.invoices;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How invoices are taken in: where mail goes once handled, how often a mail that failed for a
 * passing reason is tried again, and how sure the reader must be for an invoice to go into the
 * books without a person looking at it.
 *
 * @param maxAttempts      tries of a mail that fails for a passing reason before it is parked
 * @param retryDelay       the first wait before trying such a mail again; it doubles each time
 * @param reviewConfidence below this confidence (0-100) on a key field the invoice goes to review
 * @param minAttachmentBytes images smaller than this are logos and icons, not invoices
 */
@ConfigurationProperties("barback.invoices")
public record InvoicesProperties(int maxAttempts, Duration retryDelay, BigDecimal reviewConfidence,
                                 int minAttachmentBytes, Folders folders) {

    public InvoicesProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("barback.invoices.max-attempts must be at least 1");
        }
        if (retryDelay == null || retryDelay.isNegative()) {
            throw new IllegalArgumentException("barback.invoices.retry-delay must be a positive duration");
        }
    }

    /** The IMAP folders handled mail is moved to (a mail is never deleted). */
    public record Folders(String processed, String rejected, String failed) {
    }
}
