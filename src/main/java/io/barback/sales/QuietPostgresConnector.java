package io.barback.sales;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import io.debezium.connector.base.ChangeEventQueue;
import io.debezium.connector.postgresql.PostgresConnector;
import io.debezium.connector.postgresql.PostgresConnectorTask;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debezium's PostgreSQL connector, with a task that does not spin while nothing changes.
 *
 * <p>Why: Debezium 3.4's change queue, asked for changes while it has none, waits for its poll
 * interval and spends the last millisecond of the wait in a busy loop with its lock held (the time
 * left is counted in whole milliseconds, so under one it loops without waiting until the clock
 * moves on). With the 5 ms interval the quiet pub's latency needs, an idle Barback's engine thread
 * used 15 % of a core doing nothing (measured from /proc over 30 s of an idle local run), and under
 * load the spin was 3-6 % of Barback's CPU and held up the WAL reader's next change behind the lock.
 *
 * <p>This task first waits outside the queue, parked a millisecond at a time, until a change is
 * queued, and only then asks the queue, which hands it over at once (the route's batch is one
 * change). After {@link #IDLE_ASK} with nothing queued it asks the queue anyway, as Debezium would,
 * so an error of the WAL reader (which the queue reports when asked) still stops the engine within a
 * tenth of a second. Everything else is Debezium's own task. If a later Debezium keeps its queue
 * elsewhere, the task says so once and behaves exactly as Debezium's.
 */
public class QuietPostgresConnector extends PostgresConnector {

    @Override
    public Class<? extends Task> taskClass() {
        return QuietTask.class;
    }

    /** Debezium's task, waiting parked rather than in its queue's busy loop. */
    public static class QuietTask extends PostgresConnectorTask {

        private static final Logger LOG = LoggerFactory.getLogger(QuietTask.class);
        /** How long the task waits parked for a change before it asks the queue anyway. */
        static final Duration IDLE_ASK = Duration.ofMillis(100);
        /** How often a waiting task looks whether a change has been queued. */
        static final long LOOK_NANOS = Duration.ofMillis(1).toNanos();
        /** Debezium's task's change queue; null if a later Debezium keeps it elsewhere. */
        static final Field QUEUE = queueField();

        @Override
        public List<SourceRecord> doPoll() throws InterruptedException {
            ChangeEventQueue<?> queue = queue();
            if (queue != null) {
                long deadline = System.nanoTime() + IDLE_ASK.toNanos();
                while (queue.remainingCapacity() == queue.totalCapacity() && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(LOOK_NANOS);
                    if (Thread.interrupted()) {
                        throw new InterruptedException("stopped while waiting for a change");
                    }
                }
            }
            return super.doPoll();
        }

        private ChangeEventQueue<?> queue() {
            if (QUEUE == null) {
                return null;
            }
            try {
                return (ChangeEventQueue<?>) QUEUE.get(this);
            } catch (IllegalAccessException e) {
                return null;
            }
        }

        private static Field queueField() {
            try {
                Field field = PostgresConnectorTask.class.getDeclaredField("queue");
                field.setAccessible(true);
                return field;
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warn("Debezium's PostgreSQL task keeps no change queue where"
                        + " Barback looks for it ({}); CDC runs as Debezium's own task, spinning while idle", e.toString());
                return null;
            }
        }
    }
}
