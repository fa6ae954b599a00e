package io.barback.invoices;

/** A failure that will pass (the reader or Kafka is away): the mail is tried again later. */
public class TransientInvoiceFailure extends RuntimeException {

    public TransientInvoiceFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
