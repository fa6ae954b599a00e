package io.barback.sales;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.barback.catalog.CatalogRepository;
import io.barback.platform.Totals;
import io.barback.platform.Uuids;
import io.barback.platform.health.PostgresHealth;
import io.barback.platform.web.ApiProblem;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Group commit: sales queued while a statement runs are stored together in the next one, in one
 * transaction, and each keeps its own outcome. A writer is held up by locking the sale table from
 * another connection, so that the sales behind it queue.
 */
@StackTest
class SaleWritesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    SaleRepository sales;
    @Autowired
    CatalogRepository catalog;
    @Autowired
    PostgresHealth postgres;

    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    SaleWrites writes;
    TestVenue venue;
    long version;
    byte[] key;
    ExecutorService tills = Executors.newCachedThreadPool();

    @BeforeEach
    void setUp() {
        writes = new SaleWrites(sales, postgres, meters, 1, 64, Duration.ofSeconds(5));
        venue = TestVenues.create(jdbc);
        version = catalog.catalog(venue.id()).version();
        key = SaleStatementTest.hash(venue.key());
    }

    @AfterEach
    void tearDown() {
        tills.shutdownNow();
    }

    @Test
    void salesQueuedBehindAStatementShareTheNextOneAndItsCommit() throws Exception {
        List<Future<SaleRepository.Stored>> queued = new ArrayList<>();
        List<Sale> behind = List.of(sale("4.00"), sale("6.00"), sale("2.00"));
        Future<SaleRepository.Stored> first;
        try (Connection blocker = tableLocked()) {
            first = send(pending(sale("4.00"), null));
            awaitBlockedOnTheLock();
            for (Sale s : behind) {
                queued.add(send(pending(s, "receipt-" + s.totals().gross())));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> writes.queued() == 3);
            blocker.rollback();
        }
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(SaleRepository.Stored.STORED);
        for (Future<SaleRepository.Stored> f : queued) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(SaleRepository.Stored.STORED);
        }
        // one statement for the three behind the first, one transaction (the same xmin), each with its lines and key
        assertThat(meters.summary("barback.sales.store.batch").max()).isEqualTo(3.0);
        List<String> xmins = jdbc.queryForList("select xmin::text from sale where id = any(?::uuid[])", String.class,
                (Object) behind.stream().map(s -> s.saleId().toString()).toArray(String[]::new));
        assertThat(xmins).hasSize(3);
        assertThat(new HashSet<>(xmins)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from sale_line where sale_id = any(?::uuid[])", Integer.class,
                (Object) behind.stream().map(s -> s.saleId().toString()).toArray(String[]::new))).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where venue_id = ?", Integer.class, venue.id()))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select gross from sale where id = ?", BigDecimal.class, behind.get(1).saleId()))
                .isEqualByComparingTo("6.00");
    }

    @Test
    void eachSaleInASharedStatementKeepsItsOwnOutcome() throws Exception {
        Sale good = sale("4.00");
        Sale sameKey = sale("2.00");
        Sale stale = sale("6.00");
        Future<SaleRepository.Stored> first;
        Future<SaleRepository.Stored> goodOne;
        Future<SaleRepository.Stored> sameKeyOne;
        Future<SaleRepository.Stored> staleOne;
        try (Connection blocker = tableLocked()) {
            first = send(pending(sale("4.00"), null));
            awaitBlockedOnTheLock();
            goodOne = send(pending(good, "receipt-1"));
            await().atMost(Duration.ofSeconds(5)).until(() -> writes.queued() == 1);
            sameKeyOne = send(pending(sameKey, "receipt-1"));
            await().atMost(Duration.ofSeconds(5)).until(() -> writes.queued() == 2);
            staleOne = send(new SaleRepository.Pending(stale, key, version - 1, null, null));
            await().atMost(Duration.ofSeconds(5)).until(() -> writes.queued() == 3);
            blocker.rollback();
        }
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(SaleRepository.Stored.STORED);
        assertThat(goodOne.get(30, TimeUnit.SECONDS)).isEqualTo(SaleRepository.Stored.STORED);
        // in the same statement as the sale queued before it with its key: it finds the key taken
        assertThat(sameKeyOne.get(30, TimeUnit.SECONDS)).isEqualTo(SaleRepository.Stored.KEY_TAKEN);
        assertThat(staleOne.get(30, TimeUnit.SECONDS)).isEqualTo(SaleRepository.Stored.STALE);
        assertThat(meters.summary("barback.sales.store.batch").max()).isEqualTo(3.0);
        assertThat(jdbc.queryForList("select id from sale where venue_id = ?", UUID.class, venue.id()))
                .hasSize(2).contains(good.saleId()).doesNotContain(sameKey.saleId(), stale.saleId());
        assertThat(jdbc.queryForObject("select sale_id from idempotency_key where venue_id = ? and key = 'receipt-1'",
                UUID.class, venue.id())).isEqualTo(good.saleId());
    }

    @Test
    void aSaleThePostgresTableRefusesFailsAloneAndTheOthersAreStored() throws Exception {
        Sale good = sale("4.00");
        Totals t = Totals.fromGross(new BigDecimal("4.00"), new BigDecimal("0.23"));
        // a sale whose figures do not add up: the table's check refuses it, and only it
        Sale broken = new Sale(Uuids.timeOrdered(), venue.id(), Sale.RECORDED, good.occurredAt(), good.recordedAt(), null, null,
                "card", null, good.lines(), new Totals(t.net(), t.vat(), new BigDecimal("9.99")));
        Future<SaleRepository.Stored> goodOne;
        Future<SaleRepository.Stored> brokenOne;
        try (Connection blocker = tableLocked()) {
            send(pending(sale("4.00"), null));
            awaitBlockedOnTheLock();
            goodOne = send(pending(good, "receipt-1"));
            await().atMost(Duration.ofSeconds(5)).until(() -> writes.queued() == 1);
            brokenOne = send(pending(broken, null));
            await().atMost(Duration.ofSeconds(5)).until(() -> writes.queued() == 2);
            blocker.rollback();
        }
        assertThat(goodOne.get(30, TimeUnit.SECONDS)).isEqualTo(SaleRepository.Stored.STORED);
        assertThatThrownBy(() -> brokenOne.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(DataIntegrityViolationException.class);
        assertThat(meters.summary("barback.sales.store.batch").max()).isEqualTo(2.0);
        assertThat(jdbc.queryForList("select id from sale where venue_id = ?", UUID.class, venue.id()))
                .hasSize(2).contains(good.saleId()).doesNotContain(broken.saleId());
    }

    @Test
    void aSaleBehindStuckWritersIsAnsweredWithoutBeingSent() throws Exception {
        SaleWrites impatient = new SaleWrites(sales, postgres, meters, 1, 64, Duration.ofMillis(300));
        Sale behind = sale("2.00");
        Future<SaleRepository.Stored> stuck;
        Future<SaleRepository.Stored> gaveUp;
        long sent;
        try (Connection blocker = tableLocked()) {
            stuck = tills.submit(() -> impatient.store(pending(sale("4.00"), null)));
            awaitBlockedOnTheLock();
            sent = System.nanoTime();
            gaveUp = tills.submit(() -> impatient.store(pending(behind, "receipt-9")));
            assertThatThrownBy(() -> gaveUp.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(ApiProblem.class)
                    .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(503))
                    .hasMessageContaining("Nothing was stored");
            // answered while the statement ahead of it still waits on the lock
            assertThat(stuck).isNotDone();
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(1));
            blocker.rollback();
        }
        assertThat(stuck.get(30, TimeUnit.SECONDS)).isEqualTo(SaleRepository.Stored.STORED);
        assertThat(impatient.queued()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sale where id = ?", Integer.class, behind.saleId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where venue_id = ?", Integer.class, venue.id()))
                .isZero();
    }

    @Test
    void manyTillsAtOnceEachGetTheirOwnAnswer() throws Exception {
        SaleWrites two = new SaleWrites(sales, postgres, meters, 2, 8, Duration.ofSeconds(5));
        ExecutorService many = Executors.newFixedThreadPool(16);
        try {
            Map<Integer, List<Future<SaleRepository.Stored>>> byKey = new ConcurrentHashMap<>();
            List<Future<SaleRepository.Stored>> all = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int k = i % 300; // a hundred keys sent twice: the second finds its key taken
                Future<SaleRepository.Stored> f = many.submit(() -> two.store(pending(sale("2.00"), "till-" + k)));
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
                all.add(f);
            }
            int stored = 0;
            for (List<Future<SaleRepository.Stored>> sameKey : byKey.values()) {
                List<SaleRepository.Stored> outcomes = new ArrayList<>();
                for (Future<SaleRepository.Stored> f : sameKey) {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes).containsOnlyOnce(SaleRepository.Stored.STORED);
                assertThat(outcomes).doesNotContain(SaleRepository.Stored.STALE);
                stored++;
            }
            assertThat(stored).isEqualTo(300);
            assertThat(all).allMatch(Future::isDone);
            assertThat(jdbc.queryForObject("select count(*) from sale where venue_id = ?", Integer.class, venue.id())).isEqualTo(300);
            assertThat(jdbc.queryForObject("select count(*) from sale_line l join sale s on s.id = l.sale_id where s.venue_id = ?",
                    Integer.class, venue.id())).isEqualTo(300);
            assertThat(two.queued()).isZero();
        } finally {
            many.shutdownNow();
        }
    }

    private Future<SaleRepository.Stored> send(SaleRepository.Pending pending) {
        return tills.submit(() -> writes.store(pending));
    }

    /** A connection holding the sale table in share mode: inserts wait until it rolls back. */
    private Connection tableLocked() throws Exception {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("lock table sale in share mode");
        }
        return c;
    }

    private void awaitBlockedOnTheLock() {
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%with input as%'",
                Integer.class) > 0);
    }

    private SaleRepository.Pending pending(Sale sale, String idempotencyKey) {
        return new SaleRepository.Pending(sale, key, version, idempotencyKey,
                idempotencyKey == null ? null : new byte[] {1});
    }

    private Sale sale(String gross) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Totals t = Totals.fromGross(new BigDecimal(gross), new BigDecimal("0.23"));
        Sale.SaleLine line = new Sale.SaleLine(1, "TAYTO-CHEESE-ONION", "Tayto Cheese & Onion", null, 1, new BigDecimal("1"), "each",
                new BigDecimal(gross), new BigDecimal("0.23"), t.net(), t.vat(), t.gross());
        return new Sale(Uuids.timeOrdered(), venue.id(), Sale.RECORDED, now, now, null, null, "card", null, List.of(line), t);
    }
}
