package io.barback.sales;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.Json;
import io.barback.platform.local.LocalStack;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL, the system of record, goes away under a running Barback while a till sells: first
 * stopped for 20 s and started again (a restart, a maintenance window), then paused for 20 s,
 * every server process stopped (a stalled disk, a partition) and resumed. Every request is
 * answered within two seconds, 201 or 503, never 500; readiness goes DOWN and comes back; when
 * PostgreSQL is back every stored sale is counted once, and every sale whose outcome was unknown,
 * sent again with its Idempotency-Key, is counted once; Debezium went back to the same slot.
 */
@StackTest
class PostgresOutageTest {

    /** A request's answer must come within this, outage or not. */
    static final long ANSWER_WITHIN_MILLIS = 2_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LocalStack stack;

    Api api;
    TestVenue venue;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        venue = TestVenues.create(jdbc);
    }

    /** One till request and what came of it. */
    record Sold(String key, int status, long millis, String title, String saleId) {
    }

    @Test
    void stoppedThenHungEveryTillIsAnsweredFastAndEverySaleIsCountedOnce() throws Exception {
        long slotsCreatedBefore = slotCreations();
        List<Sold> sold = Collections.synchronizedList(new ArrayList<>());
        ExecutorService till = Executors.newFixedThreadPool(8);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger n = new AtomicInteger();
        // a pint every 100 ms, each with its own Idempotency-Key, as a till sends them
        clock.scheduleAtFixedRate(() -> till.submit(() -> sold.add(sell("receipt-" + n.incrementAndGet()))),
                0, 100, TimeUnit.MILLISECONDS);
        Readiness readiness = new Readiness();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> count(sold, 201) >= 20);

            // stopped for 20 s and started again
            stack.stopPostgres();
            long stopped = System.nanoTime();
            readiness.awaitDown(stopped);
            await().pollDelay(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(21)).until(() -> true);
            stack.startPostgres();
            int beforeBack = count(sold, 201);
            readiness.awaitUp();
            await().atMost(Duration.ofSeconds(30)).until(() -> count(sold, 201) >= beforeBack + 20);

            // paused for 20 s (every server process) and resumed
            stack.pausePostgres();
            long paused = System.nanoTime();
            try {
                readiness.awaitDown(paused);
                await().pollDelay(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(21)).until(() -> true);
            } finally {
                stack.resumePostgres();
            }
            int beforeResumed = count(sold, 201);
            readiness.awaitUp();
            await().atMost(Duration.ofSeconds(30)).until(() -> count(sold, 201) >= beforeResumed + 20);
        } finally {
            clock.shutdownNow();
            till.shutdown();
            till.awaitTermination(30, TimeUnit.SECONDS);
        }

        List<Sold> all = List.copyOf(sold);
        System.out.printf("postgres outage: %d requests, %d stored (201), %d not stored (503), %d outcome unknown (503),"
                        + " slowest answer %d ms; readiness down %d ms after the stop and %d ms after the pause%n",
                all.size(), count(all, 201), all.stream().filter(s -> s.status() == 503 && !unknown(s)).count(),
                all.stream().filter(PostgresOutageTest::unknown).count(), all.stream().mapToLong(Sold::millis).max().orElse(0),
                readiness.downAfter.get(0), readiness.downAfter.get(1));
        assertThat(all).extracting(Sold::status).containsOnly(201, 503);
        assertThat(all).allSatisfy(s -> assertThat(s.millis()).as("answer time of %s", s).isLessThan(ANSWER_WITHIN_MILLIS));
        assertThat(all.stream().filter(s -> s.status() == 503)).as("sales refused while PostgreSQL was away").hasSizeGreaterThan(50);
        assertThat(readiness.downAfter).allSatisfy(ms -> assertThat(ms).isLessThan(2_000));

        // a sale whose outcome was unknown is sent again with its key: stored once, or returned if it was
        List<String> stored = new ArrayList<>(all.stream().filter(s -> s.status() == 201).map(Sold::saleId).toList());
        for (Sold s : all.stream().filter(PostgresOutageTest::unknown).toList()) {
            Sold again = sell(s.key());
            assertThat(again.status()).as("retry of %s", s.key()).isEqualTo(201);
            stored.add(again.saleId());
        }
        // a sale refused as not stored left nothing behind, not even its key
        for (Sold s : all.stream().filter(s -> s.status() == 503 && !unknown(s)).toList()) {
            assertThat(jdbc.queryForObject("select count(*) from idempotency_key where venue_id = ? and key = ?",
                    Integer.class, venue.id(), s.key())).as("key %s of a sale said not to be stored", s.key()).isZero();
        }
        assertThat(Set.copyOf(stored)).hasSameSizeAs(stored);
        assertThat(jdbc.queryForObject("select count(*) from sale where venue_id = ?", Integer.class, venue.id()))
                .isEqualTo(stored.size());
        // CDC is back on the same slot and published every one of them, each counted once
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                api.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json().get("onHand").asInt())
                .isEqualTo(-568 * stored.size()));
        BigDecimal gross = new BigDecimal("5.90").multiply(BigDecimal.valueOf(stored.size()));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertTakings(gross, stored.size()));
        assertThat(slotCreations()).as("CREATE_REPLICATION_SLOT in PostgreSQL's log").isEqualTo(slotsCreatedBefore);
    }

    @Test
    void mongoAwayTheReadApiAnswers503FastAndComesBackByItself() {
        assertThat(api.get(venue.path("/inventory"), venue.key()).status()).isEqualTo(200);
        stack.stopMongo();
        try {
            for (String path : List.of("/inventory", "/inventory/GUINNESS-DRAUGHT", "/finance/daily", "/finance/vat")) {
                long t0 = System.nanoTime();
                Api.Reply reply = api.get(venue.path(path), venue.key());
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(503);
                assertThat(millis).as(path).isLessThan(ANSWER_WITHIN_MILLIS);
                assertThat(reply.header("Retry-After")).isNotNull();
                assertThat(reply.json().get("detail").asText()).contains("MongoDB");
            }
            // sales are still taken: PostgreSQL is the system of record
            assertThat(sell("while-mongo-away").status()).isEqualTo(201);
        } finally {
            stack.startMongo();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get(venue.path("/inventory"), venue.key()).status()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                api.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json().get("onHand").asInt()).isEqualTo(-568));
    }

    private Sold sell(String key) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1"
                            + venue.path("/sales"))).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + venue.key()).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"pint\", \"unitPrice\": \"5.90\"}]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            JsonNode body = r.body().isEmpty() ? null : Json.read(r.body());
            if (r.statusCode() == 503) {
                assertThat(r.headers().firstValue("Retry-After")).as(r.body()).isPresent();
            }
            return new Sold(key, r.statusCode(), millis, body == null || !body.has("title") ? null : body.get("title").asText(),
                    r.statusCode() == 201 ? body.get("saleId").asText() : null);
        } catch (IOException e) {
            return new Sold(key, -1, (System.nanoTime() - t0) / 1_000_000, e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sold(key, -1, 0, "interrupted", null);
        }
    }

    private static boolean unknown(Sold s) {
        return s.status() == 503 && "Outcome unknown".equals(s.title());
    }

    private static int count(List<Sold> sold, int status) {
        synchronized (sold) {
            return (int) sold.stream().filter(s -> s.status() == status).count();
        }
    }

    /** Readiness, asked every 100 ms by an orchestrator that gives each probe a second. */
    final class Readiness {
        final List<Long> downAfter = new ArrayList<>();

        void awaitDown(long since) {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> status() == 503);
            downAfter.add((System.nanoTime() - since) / 1_000_000);
        }

        void awaitUp() {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> status() == 200);
        }

        private int status() {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1; // no answer within the second: not ready either, but not the answer asked for
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    private void assertTakings(BigDecimal gross, int count) {
        Api.Reply reply = api.get(venue.path("/finance/daily?from=" + LocalDate.now().minusDays(1)), venue.key());
        int total = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode d : reply.json().get("days")) {
            total += d.at("/sales/count").asInt();
            sum = sum.add(new BigDecimal(d.at("/sales/gross").asText()));
        }
        assertThat(total).as(reply.body()).isEqualTo(count);
        assertThat(sum).isEqualByComparingTo(gross);
    }

    /** CREATE_REPLICATION_SLOT commands in PostgreSQL's own log since it started. */
    private long slotCreations() throws IOException {
        Path logs = stack.postgresLog();
        long found = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.toList()) {
                found += Files.readAllLines(f).stream().filter(l -> l.contains("CREATE_REPLICATION_SLOT")).count();
            }
        }
        return found;
    }
}
