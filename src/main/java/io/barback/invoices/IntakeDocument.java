package io.barback.invoices;

import java.util.UUID;

/** A document taken from a mail and kept, waiting to be read: its invoice, venue, hash and bytes. */
public record IntakeDocument(UUID invoiceId, String venueId, String sha256, String fileName, byte[] bytes) {
}
