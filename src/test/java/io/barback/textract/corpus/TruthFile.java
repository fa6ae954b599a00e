package io.barback.textract.corpus;

import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.barback.textract.corpus.Invoice.Line;

/** The expected reading of a document: header fields and line items as the reader should return them. */
final class TruthFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultIndenter NEWLINE = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(NEWLINE)
            .withArrayIndenter(NEWLINE);

    private TruthFile() {
    }

    static String json(String file, String kind, int pages, Invoice inv, InvoiceLayout layout) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file);
        root.put("kind", kind);
        root.put("layout", inv.supplier().layout());
        root.put("pages", pages);
        root.set("fields", fields(inv, layout));
        ArrayNode items = root.putArray("lineItems");
        for (Line line : inv.lines()) {
            items.add(item(line, layout));
        }
        try {
            return JSON.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode fields(Invoice inv, InvoiceLayout layout) {
        Supplier s = inv.supplier();
        ObjectNode f = JSON.createObjectNode();
        f.put("VENDOR_NAME", s.name());
        f.put("VENDOR_ADDRESS", layout.printedVendorAddress(s));
        f.put("VENDOR_VAT_NUMBER", s.vatNumber());
        f.put("INVOICE_RECEIPT_ID", inv.number());
        f.put("INVOICE_RECEIPT_DATE", inv.date().toString());
        f.put("DUE_DATE", inv.dueDate() == null ? null : inv.dueDate().toString());
        f.put("PO_NUMBER", inv.poNumber());
        f.put("RECEIVER_NAME", inv.billTo().name());
        f.put("SUBTOTAL", money(inv.subtotal()));
        f.put("TAX", money(inv.tax()));
        f.put("TOTAL", money(inv.total()));
        f.put("AMOUNT_DUE", layout.printsAmountDue(inv) ? money(inv.total()) : null);
        return f;
    }

    private static ObjectNode item(Line line, InvoiceLayout layout) {
        ObjectNode item = JSON.createObjectNode();
        item.put("ITEM", line.description());
        item.put("PRODUCT_CODE", layout.printsProductCodes() ? line.code() : null);
        item.put("QUANTITY", line.quantity() == null ? null : Formats.quantity(line.quantity()));
        item.put("UNIT_PRICE", money(line.unitPrice()));
        item.put("PRICE", money(line.amount()));
        return item;
    }

    private static String money(BigDecimal value) {
        return value == null ? null : Formats.plain(value);
    }
}
