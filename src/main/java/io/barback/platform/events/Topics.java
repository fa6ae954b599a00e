package io.barback.platform.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Kafka topics Barback writes and reads, named once ({@code barback.topics} in
 * application.yaml; the routes name them by the same keys). Each event carries its topic, so the
 * code that makes an event takes it from here.
 *
 * @param sales          SaleRecorded, SaleVoided, StockCounted, StockWasted (key venueId)
 * @param invoices       InvoiceReceived
 * @param invoicesReview InvoiceNeedsReview
 * @param alerts         StockBelowReorderLevel, SupplierPriceChanged
 * @param deadletter     input that could not be applied, with its reason
 */
@ConfigurationProperties("barback.topics")
public record Topics(String sales, String invoices, String invoicesReview, String alerts, String deadletter) {

    public Topics {
        String[][] named = {{"sales", sales}, {"invoices", invoices}, {"invoices-review", invoicesReview},
                {"alerts", alerts}, {"deadletter", deadletter}};
        for (String[] topic : named) {
            if (topic[1] == null || topic[1].isBlank()) {
                throw new IllegalArgumentException("barback.topics." + topic[0] + " must name a Kafka topic");
            }
        }
    }
}
