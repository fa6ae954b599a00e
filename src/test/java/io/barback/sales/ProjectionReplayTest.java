package io.barback.sales;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import io.barback.support.Topics;
import org.apache.camel.CamelContext;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replaying the sales topic from offset 0 through both projections leaves every figure exactly as it was. */
@StackTest
class ProjectionReplayTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoDatabase mongo;
    @Autowired
    CamelContext camel;
    @Value("${barback.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void replayFromTheStartChangesNoFigure() throws Exception {
        Api api = new Api(port);
        Topics topics = new Topics(bootstrap);
        TestVenue venue = TestVenues.create(jdbc);
        assertThat(api.post(venue.path("/sales/simulate?count=60&seed=11"), venue.key(), null, null, null).status()).isEqualTo(201);
        String sale = api.post(venue.path("/sales"), venue.key(),
                "{\"lines\": [{\"sku\": \"POWERS-70\", \"serving\": \"measure\", \"quantity\": 2, \"unitPrice\": \"6.00\"}]}")
                .json().get("saleId").asText();
        assertThat(api.post(venue.path("/sales/" + sale + "/void"), venue.key(), null).status()).isEqualTo(200);

        awaitSettled(topics);
        List<Document> before = figures(venue.id());
        assertThat(before).isNotEmpty();

        List<String> projections = List.of("inventory-apply-sales", "finance-apply-sales");
        for (String route : projections) {
            camel.getRouteController().stopRoute(route);
        }
        // the group must have left before its offsets can be moved
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            topics.rewind("barback-inventory", "barback.sales.v1");
            topics.rewind("barback-finance", "barback.sales.v1");
        });
        for (String route : projections) {
            camel.getRouteController().startRoute(route);
        }
        awaitSettled(topics);

        assertThat(figures(venue.id())).isEqualTo(before);
    }

    void awaitSettled(Topics topics) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                topics.caughtUp("barback-inventory", "barback.sales.v1") && topics.caughtUp("barback-finance", "barback.sales.v1"));
    }

    List<Document> figures(String venueId) {
        List<Document> all = new ArrayList<>();
        for (String c : List.of("inventory", "inventory_daily", "finance_daily", "vat_periods")) {
            mongo.getCollection(c).find(Filters.eq("venueId", venueId)).sort(new Document("_id", 1)).into(all);
        }
        return all;
    }
}
