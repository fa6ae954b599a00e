package io.barback.sales;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.barback.platform.health.PostgresHealth;
import io.barback.platform.web.Outages;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Group commit for the tills' sales. Each request thread queues its priced sale and waits; a
 * thread that finds a writer's place free stores whatever is queued, up to {@code maxBatch} sales,
 * in one statement and one commit ({@link SaleRepository#storeAll}), and hands each sale's own
 * outcome to its thread. When nothing else is being written a sale goes in alone, at once; under
 * load the sales that arrive while a statement runs share the next one. PostgreSQL then spends
 * well under half the CPU per sale (one parse, plan, commit and WAL flush for many), and each
 * till still gets its answer only after its sale is committed.
 * <p>
 * What a shared statement must not change: a sale refused (revoked key, changed catalog, key taken)
 * is refused alone; a statement PostgreSQL refuses for any other reason than being away is
 * tried again one sale at a time, so that one sale's fault is its own; an outage is every queued
 * sale's answer, as it would have been alone; and a sale that has found every writer stuck for
 * {@code queue-timeout} (as long as a till waits for a pooled connection) is answered 503, nothing
 * stored, without being sent. Of two sales with the same Idempotency-Key in one
 * statement, the one queued first claims it and the other finds it taken.
 */
@Component
public class SaleWrites {

    private final SaleRepository sales;
    private final PostgresHealth postgres;
    private final int maxBatch;
    private final long queueTimeoutNanos;
    private final Semaphore writers;
    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final DistributionSummary batches;

    public SaleWrites(SaleRepository sales, PostgresHealth postgres, MeterRegistry meters,
                      @Value("${barback.sales.writers:3}") int writers,
                      @Value("${barback.sales.max-batch:64}") int maxBatch,
                      @Value("${barback.sales.queue-timeout:1s}") Duration queueTimeout) {
        if (writers < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("barback.sales.writers and barback.sales.max-batch must be at least 1");
        }
        this.sales = sales;
        this.postgres = postgres;
        this.maxBatch = maxBatch;
        this.queueTimeoutNanos = queueTimeout.toNanos();
        this.writers = new Semaphore(writers);
        this.batches = DistributionSummary.builder("barback.sales.store.batch")
                .description("Sales stored by one statement (group commit)").baseUnit("sales").register(meters);
    }

    /** Stores one sale, in a statement shared with the sales queued beside it; returns its own outcome. */
    SaleRepository.Stored store(SaleRepository.Pending sale) {
        Waiting me = new Waiting(sale, Thread.currentThread());
        long giveUpAt = System.nanoTime() + queueTimeoutNanos;
        boolean interrupted = false;
        queue.add(me);
        try {
            while (!me.done) {
                if (!me.taken && writers.tryAcquire()) {
                    try {
                        // write the oldest queued sales until this thread's own is in a statement (then it is written)
                        while (!me.taken) {
                            List<Waiting> batch = take();
                            if (batch.isEmpty()) {
                                break;
                            }
                            write(batch);
                        }
                    } finally {
                        writers.release();
                    }
                    // a sale queued while every place was taken: its thread may be parked, so wake it to write
                    Waiting next = queue.peek();
                    if (next != null) {
                        LockSupport.unpark(next.thread);
                    }
                } else if (!me.taken && System.nanoTime() - giveUpAt > 0 && queue.remove(me)) {
                    // every writer has been stuck for as long as a till waits for a connection: nothing was sent
                    throw Outages.problem(Outages.Part.POSTGRES, SaleService.NOT_STORED);
                } else {
                    // woken when its sale is written, or when a writer's place is freed; the timeout only guards a missed wake-up
                    LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(5));
                    // an interrupt would end every park at once: kept for the caller, not spun on
                    interrupted |= Thread.interrupted();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return me.outcome();
    }

    /** Sales waiting for a writer (for tests: the queue is walked to count them). */
    int queued() {
        return queue.size();
    }

    /** The queued sales, oldest first, up to a batch. */
    private List<Waiting> take() {
        List<Waiting> batch = new ArrayList<>();
        Waiting w;
        while (batch.size() < maxBatch && (w = queue.poll()) != null) {
            w.taken = true;
            batch.add(w);
        }
        return batch;
    }

    private void write(List<Waiting> batch) {
        try {
            if (postgres.away()) {
                // found away while these waited behind a statement that hung: nothing is sent, each is told at once
                batch.forEach(w -> w.done(null, Outages.problem(Outages.Part.POSTGRES, SaleService.NOT_STORED)));
                return;
            }
            batches.record(batch.size());
            List<SaleRepository.Stored> outcomes = sales.storeAll(batch.stream().map(w -> w.sale).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done(outcomes.get(i), null);
            }
        } catch (DataAccessException e) {
            if (batch.size() == 1 || Outages.of(e).isPresent()) {
                // alone, or PostgreSQL is away: this is each sale's answer (the statement is atomic: all or none stored)
                batch.forEach(w -> w.done(null, e));
            } else {
                // refused by PostgreSQL, so nothing was stored; each sale alone finds whether the fault is its own
                batch.forEach(w -> write(List.of(w)));
            }
        } catch (RuntimeException | Error e) {
            // not PostgreSQL's refusal (the statement may have committed): answered as it is, never sent again
            batch.forEach(w -> w.done(null, e));
        } finally {
            // whatever else was thrown, no thread is left waiting for a sale that was taken
            for (Waiting w : batch) {
                if (!w.done) {
                    w.done(null, new IllegalStateException("the sale's statement ended without an outcome"));
                }
            }
        }
    }

    /** A sale queued by its request thread, and then its outcome. */
    private static final class Waiting {
        final SaleRepository.Pending sale;
        final Thread thread;
        private SaleRepository.Stored stored;
        private Throwable failure;
        /** In a statement, of this thread's or another's. */
        volatile boolean taken;
        volatile boolean done;

        Waiting(SaleRepository.Pending sale, Thread thread) {
            this.sale = sale;
            this.thread = thread;
        }

        void done(SaleRepository.Stored outcome, Throwable cause) {
            stored = outcome;
            failure = cause;
            done = true; // publishes the two fields above to the waiting thread
            LockSupport.unpark(thread);
        }

        SaleRepository.Stored outcome() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return stored;
        }
    }
}
