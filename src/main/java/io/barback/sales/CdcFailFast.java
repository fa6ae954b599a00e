package io.barback.sales;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The sales-cdc route retries a change until it is stored on Kafka (or parked), so the only
 * way a change can still fail is Camel refusing further retries while it stops. The Debezium
 * consumer would log that and carry on, and the engine would then save an offset past a change
 * that never reached Kafka. This handler makes the failure stop the engine instead: the change
 * is not marked processed and is read from the slot again on the next start.
 */
@Component("cdcFailFast")
public class CdcFailFast implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CdcFailFast.class);

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        LOG.warn("A sale change was not stored ({}); stopping CDC before its position is saved. It is read again on the"
                + " next start.", exception == null ? message : exception.toString());
        throw new IllegalStateException("sale change not stored; CDC must not move past it", exception);
    }
}
