package io.barback.invoices;

/** A mail that failed before and is waiting out its back-off: left where it is for a later poll. */
public class MailNotDueYet extends RuntimeException {

    public MailNotDueYet(String message) {
        super(message, null, false, false);
    }
}
