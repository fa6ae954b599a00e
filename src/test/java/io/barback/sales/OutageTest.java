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

        stack.stopMongo();
        try {
            for (int i = 0; i < 5; i++) {
                pint();
            }
            // the events are on Kafka while the projections cannot write them anywhere
            new Topics(bootstrap).await("barback.sales.v1", r -> venue.id().equals(r.key()), found -> found.size() >= 6,
                    Duration.ofSeconds(30));
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        } finally {
            stack.startMongo();
        }
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
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
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
        });
    }
}
