package io.barback.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A keg of Guinness delivered, published on barback.invoices.v1 as the invoice pipeline publishes
 * an applied invoice (the mailbox, the reader and the checks have their own end-to-end tests): the
 * stock comes in at the invoice's moment, at its cost.
 */
public final class Deliveries {

    private static final BigDecimal VAT = new BigDecimal("0.23");

    private Deliveries() {
    }

    /** @param stockUnits ml delivered (50000 a keg); @param net the line's net amount, a decimal string */
    public static void keg(Topics topics, String venueId, LocalDate invoiceDate, String stockUnits, String net) {
        String invoiceId = UUID.randomUUID().toString();
        String sha = (invoiceId.replace("-", "") + invoiceId.replace("-", "")).substring(0, 64);
        BigDecimal amount = new BigDecimal(net);
        String json = """
                {"invoiceId": "%s", "venueId": "%s", "documentSha256": "%s", "supplier": {"name": "Liffey Drinks"},
                 "invoiceNumber": "INV-%s", "invoiceDate": "%s", "tradingDay": "%s", "vatPeriod": "2026-11/2026-12",
                 "cashOutDate": "%s", "creditNote": false, "currency": "EUR", "occurredAt": "%s",
                 "lines": [{"lineNo": 1, "description": "Guinness Draught 50L keg", "quantity": 1, "unitPrice": "%s",
                            "net": "%s", "sku": "GUINNESS-DRAUGHT", "name": "Guinness Draught", "stockUnit": "ml",
                            "stockUnits": %s}],
                 "totals": {"net": "%s", "vat": "%s", "gross": "%s"}}""".formatted(invoiceId, venueId, sha,
                invoiceId.substring(0, 8), invoiceDate, invoiceDate, invoiceDate, Instant.now(), net, net, stockUnits, net,
                amount.multiply(VAT).setScale(2, RoundingMode.HALF_UP),
                amount.multiply(BigDecimal.ONE.add(VAT)).setScale(2, RoundingMode.HALF_UP));
        ProducerRecord<String, String> record = new ProducerRecord<>("barback.invoices.v1", venueId, json);
        record.headers().add("ce_id", ("invoice/" + venueId + "/" + sha + "/received").getBytes())
                .add("ce_type", "io.barback.invoices.InvoiceReceived.v1".getBytes())
                .add("ce_source", ("/barback/venues/" + venueId + "/invoices/" + invoiceId).getBytes())
                .add("ce_specversion", "1.0".getBytes())
                .add("ce_time", Instant.now().toString().getBytes())
                .add("content-type", "application/json".getBytes());
        topics.send(record);
    }
}
