package io.barback.platform;

import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.springframework.stereotype.Component;

/**
 * Projections commit a record's offset only once it has been applied (or parked): never the
 * position of records that were polled but not yet processed, so stopping mid-batch loses
 * nothing. The commit handle is kept as an exchange property because publishing a dead letter
 * replaces the message headers.
 */
@Component("kafkaCommits")
public class KafkaCommits {

    static final String HANDLE = "barbackKafkaCommit";

    /** First step of a projection route. */
    public void remember(Exchange exchange) {
        exchange.setProperty(HANDLE, exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class));
    }

    /** Last step of a projection route, and of its dead-letter path. */
    public void commit(Exchange exchange) {
        KafkaManualCommit handle = exchange.getProperty(HANDLE, KafkaManualCommit.class);
        if (handle == null) {
            throw new IllegalStateException("no Kafka commit handle on " + exchange.getFromRouteId()
                    + ": the route must consume with allowManualCommit=true and call kafkaCommits.remember first");
        }
        handle.commit();
    }
}
