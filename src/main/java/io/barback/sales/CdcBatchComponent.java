package io.barback.sales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

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
 * are read from the slot again when it starts again.
 *
 * <p>The engine is started again whenever it stops by itself (PostgreSQL stopped, restarted, hung
 * or failed over), from the same slot and offsets; a slot that was lost is not replaced, and CDC
 * stays stopped until an operator decides (see {@link CdcSlot}).
 */
@Component("barback-cdc")
public class CdcBatchComponent extends DefaultComponent {

    private final CdcSlot slot;

    public CdcBatchComponent(CdcSlot slot) {
        this.slot = slot;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        Endpoint delegate = getCamelContext().getEndpoint(remaining, new LinkedHashMap<>(parameters));
        parameters.clear();
        if (!(delegate instanceof DebeziumEndpoint<?> debezium)) {
            throw new IllegalArgumentException("barback-cdc wraps a Debezium endpoint, not " + remaining);
        }
        return new BatchEndpoint(uri, this, debezium, slot);
    }

    static final class BatchEndpoint extends DefaultEndpoint {
        private final DebeziumEndpoint<?> debezium;
        private final CdcSlot slot;

        BatchEndpoint(String uri, CdcBatchComponent component, DebeziumEndpoint<?> debezium, CdcSlot slot) {
            super(uri, component);
            this.debezium = debezium;
            this.slot = slot;
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
        /** The first wait before the engine is started again after it stopped; doubled each time, to MAX_RETRY. */
        static final Duration FIRST_RETRY = Duration.ofSeconds(1);
        static final Duration MAX_RETRY = Duration.ofSeconds(30);
        /** An engine that ran this long before it stopped starts the waits from the first again. */
        static final Duration STEADY = Duration.ofMinutes(1);

        private final BatchEndpoint endpoint;
        private ExecutorService executor;
        private volatile DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine;
        private volatile CountDownLatch stopping = new CountDownLatch(1);
        /** Whether this run has seen the slot recorded in cdc_slot. */
        private volatile boolean slotRemembered;

        BatchConsumer(BatchEndpoint endpoint, Processor processor) {
            super(endpoint, processor);
            this.endpoint = endpoint;
        }

        @Override
        protected void doStart() throws Exception {
            super.doStart();
            stopping = new CountDownLatch(1);
            executor = getEndpoint().getCamelContext().getExecutorServiceManager().newSingleThreadExecutor(this,
                    "DebeziumConsumer");
            executor.submit(this::supervise);
        }

        /**
         * Runs the Debezium engine, and runs it again whenever it stops by itself (PostgreSQL went
         * away, restarted or hung, and the engine gave up), after a wait that grows from a second
         * to half a minute. Each run resumes from the offsets recorded, in the same slot, so what
         * was committed meanwhile is published, and what is read twice is skipped by the
         * projections. A slot that was lost is never replaced (see {@link CdcSlot}).
         */
        private void supervise() {
            Duration wait = FIRST_RETRY;
            while (stopping.getCount() > 0) {
                CdcSlot.State state;
                try {
                    state = endpoint.slot.check();
                } catch (RuntimeException e) {
                    LOG.warn("CDC cannot check replication slot '{}' ({}); trying again in {} s", endpoint.slot.name(),
                            e.getMessage(), wait.toSeconds());
                    if (pause(wait)) {
                        return;
                    }
                    wait = longer(wait);
                    continue;
                }
                if (state == CdcSlot.State.LOST) {
                    LOG.error("Replication slot '{}' existed and is missing on this PostgreSQL (a failover to a server"
                            + " without it?). CDC stays stopped rather than create a new slot and skip what was committed"
                            + " in between; sales are still stored. See README, Operate, 'CDC slot missing'.",
                            endpoint.slot.name());
                    return;
                }
                if (state == CdcSlot.State.NEW) {
                    rememberSlotOnceCreated();
                }
                long started = System.nanoTime();
                String[] why = {"it stopped"};
                engine = DebeziumEngine.create(Connect.class)
                        .using(endpoint.debezium.getConfiguration().createDebeziumConfiguration().asProperties())
                        .notifying(this)
                        .using((success, message, error) -> why[0] = message + (error == null ? "" : ": " + error))
                        .build();
                try {
                    engine.run();
                } catch (Throwable e) {
                    why[0] = e.toString();
                }
                if (stopping.getCount() == 0) {
                    return;
                }
                if (System.nanoTime() - started > STEADY.toNanos()) {
                    wait = FIRST_RETRY;
                }
                LOG.warn("The Debezium engine stopped ({}); starting it again in {} s", why[0], wait.toSeconds());
                if (pause(wait)) {
                    return;
                }
                wait = longer(wait);
            }
        }

        /** On the first start Debezium creates the slot: it is remembered as soon as it is there. */
        private void rememberSlotOnceCreated() {
            Thread watch = new Thread(() -> {
                while (!pause(FIRST_RETRY)) {
                    try {
                        if (endpoint.slot.check() == CdcSlot.State.PRESENT) {
                            return;
                        }
                    } catch (RuntimeException e) {
                        // PostgreSQL away for a moment: asked again in a second
                    }
                }
            }, "barback-cdc-slot");
            watch.setDaemon(true);
            watch.start();
        }

        /** Waits, or returns true at once when the consumer is stopping. */
        private boolean pause(Duration wait) {
            try {
                return stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }

        private static Duration longer(Duration wait) {
            Duration twice = wait.multipliedBy(2);
            return twice.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : twice;
        }

        @Override
        protected void doStop() throws Exception {
            stopping.countDown();
            DebeziumEngine<?> running = engine;
            if (running != null) {
                running.close();
            }
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(executor);
            super.doStop();
        }

        @Override
        public void handleBatch(List<ChangeEvent<SourceRecord, SourceRecord>> records,
                                DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer)
                throws InterruptedException {
            if (!records.isEmpty()) {
                if (!slotRemembered) {
                    // the slot streams, so it exists: remembered before its first position is saved, so that a
                    // stop right after the first start cannot leave a slot Barback would not miss if it went
                    slotRemembered = endpoint.slot.check() == CdcSlot.State.PRESENT;
                }
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
