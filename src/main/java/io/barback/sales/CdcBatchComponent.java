package io.barback.sales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import io.debezium.connector.postgresql.PostgresConnector;
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

import static io.debezium.embedded.EmbeddedEngineConfig.CONNECTOR_CLASS;

/**
 * {@code barback-cdc:debezium-postgres:NAME?…}: the Debezium endpoint it wraps, configured as
 * usual, but handing the route the changes as batches (body: a {@code List<Message>} with
 * camel-debezium's headers each, at most {@code publishBatchSize} of them) rather than one change
 * at a time.
 *
 * <p>Why: the route can then publish a whole batch with every send in flight at once and be
 * done when Kafka has acknowledged all of them. Only then are the batch's changes marked
 * processed, so Debezium never records a position past an event Kafka has not got. A batch the
 * route could not store (only when Camel stops mid-retry) stops the engine instead; its changes
 * are read from the slot again when it starts again.
 *
 * <p>Debezium hands each change over as soon as it has read it (the route sets its batch to one
 * change), into a queue of this consumer's; a thread of its own publishes what has gathered there
 * while the last batch waits for Kafka. Debezium's change queue waits out its poll interval unless
 * a whole batch is waiting, and spends the last millisecond of every wait spinning with its lock
 * held (its timer counts whole milliseconds); with its batch reached at every change it never
 * waits under load, and the batches form here instead, as large as the time Kafka takes to
 * acknowledge the last one (bench/load.sh's profile: the spin was a third of the engine thread).
 * While nothing changes, the engine runs {@link QuietPostgresConnector}'s task, which waits parked
 * until a change is queued instead of in that spin.
 *
 * <p>The engine is started again whenever it stops by itself (PostgreSQL stopped, restarted, hung
 * or failed over), from the same slot and offsets; a slot that was lost is not replaced, and CDC
 * stays stopped until an operator decides (see {@link CdcSlot}). Changes the last run handed over
 * and did not get published are not marked, so the next run reads them again.
 */
@Component("barback-cdc")
public class CdcBatchComponent extends DefaultComponent {

    private final CdcSlot slot;

    public CdcBatchComponent(CdcSlot slot) {
        this.slot = slot;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        Object publish = parameters.remove("publishBatchSize");
        int publishBatchSize = publish == null ? DEFAULT_PUBLISH_BATCH : Integer.parseInt(publish.toString());
        if (publishBatchSize < 1) {
            throw new IllegalArgumentException("publishBatchSize must be at least 1, not " + publish);
        }
        Endpoint delegate = getCamelContext().getEndpoint(remaining, new LinkedHashMap<>(parameters));
        parameters.clear();
        if (!(delegate instanceof DebeziumEndpoint<?> debezium)) {
            throw new IllegalArgumentException("barback-cdc wraps a Debezium endpoint, not " + remaining);
        }
        return new BatchEndpoint(uri, this, debezium, slot, publishBatchSize);
    }

    /** The most changes published as one exchange when the endpoint does not say. */
    static final int DEFAULT_PUBLISH_BATCH = 512;

    static final class BatchEndpoint extends DefaultEndpoint {
        private final DebeziumEndpoint<?> debezium;
        private final CdcSlot slot;
        private final int publishBatchSize;

        BatchEndpoint(String uri, CdcBatchComponent component, DebeziumEndpoint<?> debezium, CdcSlot slot,
                      int publishBatchSize) {
            super(uri, component);
            this.debezium = debezium;
            this.slot = slot;
            this.publishBatchSize = publishBatchSize;
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

        /** How long a hand-over or the publisher waits before it looks whether CDC is stopping. */
        private static final long LOOK_MS = 200;

        private final BatchEndpoint endpoint;
        /** Changes Debezium handed over, in WAL order, waiting to be published. */
        private final BlockingQueue<Handed> handed;
        private ExecutorService executor;
        private ExecutorService publisher;
        private volatile DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine;
        /** The engine's run now handing over changes. */
        private volatile Run run = new Run();
        private volatile CountDownLatch stopping = new CountDownLatch(1);
        /** Whether this run has seen the slot recorded in cdc_slot. */
        private volatile boolean slotRemembered;

        BatchConsumer(BatchEndpoint endpoint, Processor processor) {
            super(endpoint, processor);
            this.endpoint = endpoint;
            this.handed = new ArrayBlockingQueue<>(4 * endpoint.publishBatchSize);
        }

        /** A change handed over by one run of the engine, with what marks it processed in that run. */
        private record Handed(Run run, ChangeEvent<SourceRecord, SourceRecord> event, Message change,
                              DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer) {
        }

        /** One run of the engine: what it handed over is marked processed only while it runs, and never after a failure. */
        private static final class Run {
            volatile boolean over;
            volatile Exception failed;
        }

        @Override
        protected void doStart() throws Exception {
            super.doStart();
            stopping = new CountDownLatch(1);
            handed.clear();
            executor = getEndpoint().getCamelContext().getExecutorServiceManager().newSingleThreadExecutor(this,
                    "DebeziumConsumer");
            publisher = getEndpoint().getCamelContext().getExecutorServiceManager().newSingleThreadExecutor(this,
                    "CdcPublisher");
            publisher.submit(this::publish);
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
                Run thisRun = new Run();
                run = thisRun;
                engine = DebeziumEngine.create(Connect.class)
                        .using(quiet(endpoint.debezium.getConfiguration().createDebeziumConfiguration().asProperties()))
                        .notifying(this)
                        .using((success, message, error) -> why[0] = message + (error == null ? "" : ": " + error))
                        .build();
                try {
                    engine.run();
                } catch (Throwable e) {
                    why[0] = e.toString();
                }
                thisRun.over = true;
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

        /** PostgreSQL's connector becomes the one whose task does not spin while idle ({@link QuietPostgresConnector}). */
        static Properties quiet(Properties config) {
            if (PostgresConnector.class.getName().equals(config.getProperty(CONNECTOR_CLASS.name()))) {
                config.setProperty(CONNECTOR_CLASS.name(), QuietPostgresConnector.class.getName());
            }
            return config;
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
            // the batch being published is let go (a send waiting for a Kafka that is away would hold the
            // stop, and its producer's close, for the send's whole timeout): neither it nor what waits
            // behind it is marked, so the next start reads them again and the projections skip what they have
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(publisher);
            publisher.awaitTermination(LOOK_MS * 10, TimeUnit.MILLISECONDS);
            DebeziumEngine<?> running = engine;
            if (running != null) {
                try {
                    running.close();
                } catch (IllegalStateException e) {
                    // it stopped by itself as the stop began (its hand-over saw the stop): nothing left to close
                }
            }
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(executor);
            super.doStop();
        }

        /**
         * Takes the changes Debezium read into the publisher's queue and returns: they are marked
         * processed once Kafka has them (see {@link #publish}). Waits while the queue is full (Kafka
         * slow or away), so the WAL is read no faster than it is published.
         */
        @Override
        public void handleBatch(List<ChangeEvent<SourceRecord, SourceRecord>> records,
                                DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer)
                throws InterruptedException {
            Run current = run;
            if (!records.isEmpty() && !slotRemembered) {
                // the slot streams, so it exists: remembered before its first position is saved, so that a
                // stop right after the first start cannot leave a slot Barback would not miss if it went
                slotRemembered = endpoint.slot.check() == CdcSlot.State.PRESENT;
            }
            for (ChangeEvent<SourceRecord, SourceRecord> r : records) {
                Handed change = new Handed(current, r, endpoint.debezium.createDbzExchange(null, r.value()).getIn(),
                        committer);
                while (!handed.offer(change, LOOK_MS, TimeUnit.MILLISECONDS)) {
                    failedOrStopping(current);
                }
                failedOrStopping(current);
            }
        }

        private void failedOrStopping(Run current) throws InterruptedException {
            if (current.failed != null) {
                throw new IllegalStateException("sale changes not stored; CDC must not move past them", current.failed);
            }
            if (stopping.getCount() == 0) {
                throw new InterruptedException("CDC is stopping; changes not yet published are read again on the next start");
            }
        }

        /**
         * The publisher: takes what has gathered in the queue (at most publishBatchSize changes, all
         * in WAL order), has the route publish it, and marks the changes processed once Kafka has
         * acknowledged every one; then the next. A batch the route could not store stops the engine
         * and nothing after it is marked, so the next run reads it again.
         */
        private void publish() {
            List<Handed> batch = new ArrayList<>(endpoint.publishBatchSize);
            while (stopping.getCount() > 0) {
                batch.clear();
                try {
                    Handed first = handed.poll(LOOK_MS, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                handed.drainTo(batch, endpoint.publishBatchSize - 1);
                // a run that ended or failed is read again from its last recorded position by the next
                batch.removeIf(h -> h.run().over || h.run().failed != null);
                if (batch.isEmpty()) {
                    continue;
                }
                try {
                    publishAndMark(batch);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    fail(batch.get(0).run(), batch.size(), e);
                }
            }
        }

        /** One batch: published, and marked processed once Kafka has every event of it. */
        private void publishAndMark(List<Handed> batch) throws InterruptedException {
            Run current = batch.get(0).run();
            List<Message> changes = new ArrayList<>(batch.size());
            for (Handed h : batch) {
                changes.add(h.change());
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
                fail(current, changes.size(), failed);
                return;
            }
            if (current.over) {
                // published, but its run has ended: the next run reads these again and the projections skip them
                return;
            }
            try {
                for (Handed h : batch) {
                    h.committer().markProcessed(h.event());
                }
                batch.get(batch.size() - 1).committer().markBatchFinished();
            } catch (RuntimeException e) {
                // the engine stopped meanwhile: its position stays where it was, and the next run reads these again
                LOG.info("The position after {} published sale changes was not recorded ({}); they are read again"
                        + " when CDC starts again, and skipped by the projections.", batch.size(), e.toString());
            }
        }

        /** A batch not stored: nothing of its run is marked any more, and the engine is stopped so that a new run reads it again. */
        private void fail(Run current, int changes, Exception failed) {
            current.failed = failed;
            LOG.warn("A batch of {} sale changes was not stored ({}); stopping CDC before its position is saved."
                    + " It is read again on the next start.", changes, failed.toString());
            DebeziumEngine<?> running = engine;
            if (running != null && stopping.getCount() > 0) {
                Thread closing = new Thread(() -> closeQuietly(running), "barback-cdc-close");
                closing.setDaemon(true);
                closing.start();
            }
        }

        private static void closeQuietly(DebeziumEngine<?> engine) {
            try {
                engine.close();
            } catch (Exception e) {
                LOG.warn("The Debezium engine did not close cleanly ({})", e.toString());
            }
        }
    }
}
