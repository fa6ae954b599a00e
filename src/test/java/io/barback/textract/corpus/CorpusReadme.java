package io.barback.textract.corpus;

import java.util.List;

/** The corpus README: what it is, the truth-file format, how to regenerate it, and the table of files. */
final class CorpusReadme {

    private CorpusReadme() {
    }

    static String text(List<String> rows) {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Sample supplier invoices

                A generated corpus of supplier invoices as an Irish pub receives them, for measuring the invoice \
                reader. Eight fictional suppliers, one invoice design each (drinks distributor, brewery, wine \
                merchant, cash & carry, snacks, minerals, cleaning, glassware), billing five fictional pubs. Each \
                document comes as one of three kinds:

                - `text`: the PDF as the supplier's software drew it (text layer, standard 14 fonts, A4);
                - `scan`: the PDF rendered and degraded like a flatbed scan (grey paper, skew of 0.5-3 degrees either \
                way, blur, noise, dust), stored as PNG, TIFF (LZW grey or CCITT T.6 black and white) or an \
                image-only PDF; one is upside down, one sideways;
                - `photo`: a phone photo of the printout on a counter (keystone, tilt up to 4 degrees, uneven light, \
                JPEG quality 0.8).

                Scans and photos are fresh invoices, not copies of the text ones. Nothing here is a real company, \
                person, VAT number or bank account (the IBANs have valid check digits but are made up).

                ## Truth files

                Beside every document `NN-<supplier>-<kind>.<ext>` is `NN-<supplier>-<kind>.json`:

                ```json
                {
                  "file": "01-liffey-drinks-text.pdf",
                  "kind": "text",
                  "layout": "drinks-distributor",
                  "pages": 1,
                  "fields": { "VENDOR_NAME": "...", "VENDOR_ADDRESS": "...", "VENDOR_VAT_NUMBER": "...",
                              "INVOICE_RECEIPT_ID": "...", "INVOICE_RECEIPT_DATE": "2026-11-03", "DUE_DATE": null,
                              "PO_NUMBER": null, "RECEIVER_NAME": "The Local", "SUBTOTAL": "1234.50",
                              "TAX": "283.94", "TOTAL": "1518.44", "AMOUNT_DUE": "1518.44" },
                  "lineItems": [ { "ITEM": "...", "PRODUCT_CODE": "GUI50", "QUANTITY": "3",
                                   "UNIT_PRICE": "189.00", "PRICE": "567.00" } ]
                }
                ```

                - Every field key is present; a value the document does not print is `null` (no PO, no due date, \
                no "Amount Due"/"Balance Due" line, no product-code column, no quantity on a discount row).
                - Text is exactly as printed. `VENDOR_ADDRESS` is the supplier's printed address lines joined by \
                one space (the cash & carry prints its address on one line with commas), without name, phone or \
                email. `RECEIVER_NAME` is the pub in the bill-to / invoice-to / customer block.
                - Dates are ISO `yyyy-MM-dd` (the documents print them day first in eight styles).
                - Amounts are plain decimals with two places, no symbol or separator, a leading minus when \
                negative (credit note, returned empties, discount). Line amounts are net; VAT per rate is net x rate \
                rounded half-up to the cent; `TOTAL` = `SUBTOTAL` + `TAX`. `QUANTITY` is a plain number ("3", \
                "-2", "1.5"); `UNIT_PRICE` on the snacks layout is the price per case before the line discount.
                - The two-page invoice has `"pages": 2` and its truth covers both pages.

                ## Regenerating

                The generator is deterministic (fixed seeds, fixed PDF dates and IDs), in \
                `src/test/java/io/barback/textract/corpus/`:

                ```
                ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
                -Dexec.mainClass=io.barback.textract.corpus.SampleInvoiceGenerator -Dexec.args=sample-invoices
                ```

                ## Files

                | file | supplier layout | kind | what is special |
                |---|---|---|---|
                """);
        rows.forEach(row -> md.append(row).append('\n'));
        return md.toString();
    }
}
