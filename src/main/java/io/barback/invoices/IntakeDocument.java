package io.barback.invoices;

import java.util.UUID;

/**
 * A document taken from a mail and kept, waiting to be read: its invoice, venue, hash and bytes,
 * and, when the mail's sender is in doubt, why (the invoice then goes to review, whatever it says).
 */
public record IntakeDocument(UUID invoiceId, String venueId, String sha256, String fileName, byte[] bytes, String doubt) {
}
