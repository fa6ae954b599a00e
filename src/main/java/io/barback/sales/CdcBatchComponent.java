package io.barback.sales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import io.debezium.embedded.Connect;
import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.debezium.DebeziumEndpoint;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code barback-cdc:debezium-postgres:NAME?…}: the Debezium endpoint it wraps, configured as
 * usual, but handing the route each batch Debezium polled as one exchange (body: the changes, a
 * {@code List<Message>} with camel-debezium's headers each) rather than one change at a time.
 *
 * <p>Why: the route can then publish a whole batch with every send in flight at once and be
 * done when Kafka has acknowledged all of them. Only then are the batch's records marked
 * processed, so Debezium never records a position past an event Kafka has not got. A batch the
 * route could not store (only when Camel stops mid-retry) stops the engine instead; its changes
 * are read from the slot again on the next start.
 */
@Component("barback-cdc")
public class CdcBatchComponent extends DefaultComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        Endpoint delegate = getCamelContext().getEndpoint(remaining, new LinkedHashMap<>(parameters));
        parameters.clear();
        if (!(delegate instanceof DebeziumEndpoint<?> debezium)) {
            throw new IllegalArgumentException("barback-cdc wraps a Debezium endpoint, not " + remaining);
        }
        return new BatchEndpoint(uri, this, debezium);
    }

    static final class BatchEndpoint extends DefaultEndpoint {
        private final DebeziumEndpoint<?> debezium;

        BatchEndpoint(String uri, CdcBatchComponent component, DebeziumEndpoint<?> debezium) {
            super(uri, component);
            this.debezium = debezium;
        }

        @Override
        public Producer createProducer() {
            throw new UnsupportedOperationException("barback-cdc only consumes");
        }

        @Override
        public Consumer createConsumer(Processor processor) throws Exception {
            BatchConsumer consumer = new BatchConsumer(this, processor);
            configureConsumer(consumer);
            return consumer;
        }
    }

    static final class BatchConsumer extends DefaultConsumer
            implements DebeziumEngine.ChangeConsumer<ChangeEvent<SourceRecord, SourceRecord>> {

        private static final Logger LOG = LoggerFactory.getLogger(BatchConsumer.class);

        private final BatchEndpoint endpoint;
        private ExecutorService executor;
        private DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine;

        BatchConsumer(BatchEndpoint endpoint, Processor processor) {
            super(endpoint, processor);
            this.endpoint = endpoint;
        }

        @Override
        protected void doStart() throws Exception {
            super.doStart();
            executor = getEndpoint().getCamelContext().getExecutorServiceManager().newSingleThreadExecutor(this,
                    "DebeziumConsumer");
            engine = DebeziumEngine.create(Connect.class)
                    .using(endpoint.debezium.getConfiguration().createDebeziumConfiguration().asProperties())
                    .notifying(this)
                    .build();
            executor.submit(() -> {
                try {
                    engine.run();
                } catch (Throwable e) {
                    LOG.error("Debezium engine has failed: {}", e.getMessage(), e);
                }
            });
        }

        @Override
        protected void doStop() throws Exception {
            if (engine != null) {
                engine.close();
            }
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(executor);
            super.doStop();
        }

        @Override
        public void handleBatch(List<ChangeEvent<SourceRecord, SourceRecord>> records,
                                DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer)
                throws InterruptedException {
            if (!records.isEmpty()) {
                List<Message> changes = new ArrayList<>(records.size());
                for (ChangeEvent<SourceRecord, SourceRecord> r : records) {
                    changes.add(endpoint.debezium.createDbzExchange(null, r.value()).getIn());
                }
                Exchange exchange = createExchange(false);
                exchange.getIn().setBody(changes);
                try {
                    getProcessor().process(exchange);
                } catch (Exception e) {
                    exchange.setException(e);
                }
                Exception failed = exchange.getException();
                releaseExchange(exchange, false);
                if (failed != null) {
                    LOG.warn("A batch of {} sale changes was not stored ({}); stopping CDC before its position is saved."
                            + " It is read again on the next start.", changes.size(), failed.toString());
                    throw new IllegalStateException("sale changes not stored; CDC must not move past them", failed);
                }
            }
            for (ChangeEvent<SourceRecord, SourceRecord> r : records) {
                committer.markProcessed(r);
            }
            committer.markBatchFinished();
        }
    }
}
