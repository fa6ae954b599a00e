package io.barback.sales;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.barback.platform.local.LocalStack;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import io.barback.support.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka or MongoDB goes away for a while: the till keeps selling (PostgreSQL takes the sales),
 * the pipeline waits, and when the part is back every sale is counted exactly once.
 */
@StackTest
class OutageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LocalStack stack;
    @Autowired
    org.apache.camel.CamelContext camel;
    @Value("${barback.kafka.bootstrap-servers}")
    String bootstrap;

    Api api;
    TestVenue venue;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        venue = TestVenues.create(jdbc);
    }

    @Test
    void mongoDownProjectionsWaitAndResumeWithoutSkipping() {
        pint();
        awaitPints(1);
        Topics topics = new Topics(bootstrap);
        await().atMost(Duration.ofSeconds(30)).until(() -> topics.caughtUp("barback-inventory", "barback.sales.v1")
                && topics.caughtUp("barback-finance", "barback.sales.v1"));
        long inventoryBefore = topics.committed("barback-inventory", "barback.sales.v1");
        long financeBefore = topics.committed("barback-finance", "barback.sales.v1");

        stack.stopMongo();
        try {
            for (int i = 0; i < 5; i++) {
                pint();
            }
            // the events are on Kafka while the projections cannot write them anywhere
            topics.await("barback.sales.v1", r -> venue.id().equals(r.key()), found -> found.size() >= 6,
                    Duration.ofSeconds(30));
            // and the projections stand still: nothing applied, nothing committed, for as long as MongoDB is away
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).untilAsserted(() -> {
                assertThat(topics.committed("barback-inventory", "barback.sales.v1")).isEqualTo(inventoryBefore);
                assertThat(topics.committed("barback-finance", "barback.sales.v1")).isEqualTo(financeBefore);
            });
        } finally {
            stack.startMongo();
        }
        // and catch up once it is back
        awaitPints(6);
        awaitTakings("35.40", 6);
    }

    @Test
    void kafkaDownSalesAreStillTakenAndArriveWhenItIsBack() {
        pint();
        awaitPints(1);

        List<Integer> statuses = new ArrayList<>();
        stack.stopKafka();
        try {
            for (int i = 0; i < 4; i++) {
                statuses.add(pint());
            }
            await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
        } finally {
            stack.startKafka();
        }
        assertThat(statuses).containsOnly(201);
        awaitPints(5);
        awaitTakings("29.50", 5);
        // and each sale is on the topic as one logical event (a re-sent duplicate would carry the same ce_id)
        List<String> ids = new Topics(bootstrap).readAll("barback.sales.v1", r -> venue.id().equals(r.key()))
                .stream().map(r -> Topics.header(r, "ce_id")).distinct().toList();
        assertThat(ids).hasSize(5);
    }

    @Test
    void cdcStoppedWhileKafkaIsDownLosesNoSale() throws Exception {
        pint();
        awaitPints(1);

        stack.stopKafka();
        try {
            pint();
            // the route is retrying the change; stopping it now must not save Debezium's position past it
            camel.getRouteController().stopRoute("sales-cdc", 5, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            stack.startKafka();
        }
        camel.getRouteController().startRoute("sales-cdc");
        awaitPints(2);
        awaitTakings("11.80", 2);
    }

    /**
     * Kafka away for 30 s while a till sells about 20 sales a second: every sale is still taken
     * (PostgreSQL is the system of record), readiness stays 200 but DEGRADED so the load balancer
     * keeps the tills, and once Kafka is back the pipeline catches up with every sale counted once.
     */
    @Test
    void kafkaAwayForThirtySecondsUnderLoadEverySaleIsTakenAndCountedOnce() throws Exception {
        record Taken(int status, long millis, boolean pint) {
        }
        List<Taken> taken = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean outage = new java.util.concurrent.atomic.AtomicBoolean();
        List<Taken> duringOutage = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService till = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.ScheduledExecutorService clock = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        // a sale every 50 ms for 45 s: pints of Guinness and bags of crisps, alternately
        clock.scheduleAtFixedRate(() -> till.submit(() -> {
            boolean pint = n.getAndIncrement() % 2 == 0;
            long t0 = System.nanoTime();
            Api.Reply reply = api.post(venue.path("/sales"), venue.key(), pint
                    ? "{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"pint\", \"unitPrice\": \"5.90\"}]}"
                    : "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"unitPrice\": \"2.00\"}]}");
            Taken t = new Taken(reply.status(), (System.nanoTime() - t0) / 1_000_000, pint);
            taken.add(t);
            if (outage.get()) {
                duringOutage.add(t);
            }
        }), 0, 50, java.util.concurrent.TimeUnit.MILLISECONDS);
        long kafkaBack;
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> taken.size() >= 100);
            stack.stopKafka();
            outage.set(true);
            long down = System.nanoTime();
            // what the figures said when Kafka went: while it is away they stand still
            await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofSeconds(2)).until(() -> true);
            int onHandWhileAway = api.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json().get("onHand").asInt();
            try {
                // the tills' load balancer keeps Barback: ready, but degraded
                java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
                await().atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    var ready = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                    "http://localhost:" + port + "/actuator/health/readiness")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    assertThat(ready.statusCode()).isEqualTo(200);
                    assertThat(ready.body()).contains("\"DEGRADED\"");
                });
                await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    assertThat(api.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json().get("onHand").asInt())
                            .as("stock while Kafka is away").isEqualTo(onHandWhileAway);
                    assertThat(System.nanoTime() - down).isGreaterThanOrEqualTo(30_000_000_000L);
                });
            } finally {
                outage.set(false);
                stack.startKafka();
                kafkaBack = System.nanoTime();
            }
            int atBack = taken.size();
            await().atMost(Duration.ofSeconds(30)).until(() -> taken.size() >= atBack + 200);
        } finally {
            clock.shutdownNow();
            till.shutdown();
            till.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        assertThat(taken).extracting(Taken::status).containsOnly(201);
        assertThat(duringOutage).as("sales taken while Kafka was away").hasSizeGreaterThan(400);
        int pints = (int) taken.stream().filter(Taken::pint).count();
        int crisps = taken.size() - pints;
        java.math.BigDecimal gross = new java.math.BigDecimal("5.90").multiply(java.math.BigDecimal.valueOf(pints))
                .add(new java.math.BigDecimal("2.00").multiply(java.math.BigDecimal.valueOf(crisps)));
        awaitPints(pints);
        long caughtUp = (System.nanoTime() - kafkaBack) / 1_000_000;
        awaitTakings(gross.toPlainString(), taken.size());
        assertThat(api.get(venue.path("/inventory/TAYTO-CHEESE-ONION"), venue.key()).json().get("onHand").asInt())
                .isEqualTo(-crisps);
        // each sale reached the topic, and the figures hold still: nothing is applied twice
        java.util.Set<String> ids = new java.util.HashSet<>();
        new Topics(bootstrap).readAll("barback.sales.v1", r -> venue.id().equals(r.key()))
                .forEach(r -> ids.add(Topics.header(r, "ce_id")));
        assertThat(ids).hasSize(taken.size());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTakings(
                gross.toPlainString(), taken.size()));
        long[] accept = duringOutage.stream().mapToLong(Taken::millis).sorted().toArray();
        System.out.printf("kafka outage under load: %d sales, %d taken during the 30 s outage (accept p50 %d ms, max %d ms), "
                + "figures caught up %d ms after Kafka came back%n", taken.size(), duringOutage.size(),
                accept[accept.length / 2], accept[accept.length - 1], caughtUp);
    }

    int pint() {
        Api.Reply reply = api.post(venue.path("/sales"), venue.key(),
                "{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"pint\", \"unitPrice\": \"5.90\"}]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.status();
    }

    void awaitPints(int pints) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                api.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json().get("onHand").asInt())
                .isEqualTo(-568 * pints));
    }

    void awaitTakings(String gross, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertTakings(gross, count));
    }

    void assertTakings(String gross, int count) {
        Api.Reply reply = api.get(venue.path("/finance/daily?from=" + java.time.LocalDate.now().minusDays(1)), venue.key());
        var days = reply.json().get("days");
        int total = 0;
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (var d : days) {
            total += d.at("/sales/count").asInt();
            sum = sum.add(new java.math.BigDecimal(d.at("/sales/gross").asText()));
        }
        assertThat(total).as(reply.body()).isEqualTo(count);
        assertThat(sum).isEqualByComparingTo(gross);
    }
}
