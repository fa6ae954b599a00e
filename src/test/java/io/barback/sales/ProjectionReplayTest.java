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

/** Replaying a topic from offset 0 through its projections leaves every figure exactly as it was. */
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
    @Value("${barback.mail.smtp-port}")
    int smtpPort;
    @Value("${barback.mail.port}")
    int imapPort;

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
        // a count and wastage travel the same log, and replay to the same stock
        assertThat(api.post(venue.path("/stock-counts"), venue.key(),
                "{\"kind\": \"spot\", \"lines\": [{\"sku\": \"POWERS-70\", \"packs\": 3, \"partial\": \"0.5\"}]}").status())
                .isEqualTo(201);
        assertThat(api.post(venue.path("/wastage"), venue.key(),
                "{\"sku\": \"POWERS-70\", \"quantity\": 1, \"serving\": \"measure\", \"reason\": \"spillage\"}").status())
                .isEqualTo(201);

        awaitSettled(topics);
        List<Document> before = figures(venue.id());
        assertThat(before).isNotEmpty();

        replay(topics, List.of("inventory-apply-sales", "finance-apply-sales"),
                List.of("barback-inventory", "barback-finance"), "barback.sales.v1");
        awaitSettled(topics);

        assertThat(figures(venue.id())).isEqualTo(before);
    }

    /** The same for the invoice projections: stock brought in, purchases, VAT reclaimable, spend per supplier. */
    @Test
    void replayOfTheInvoicesFromTheStartChangesNoFigure() throws Exception {
        Topics topics = new Topics(bootstrap);
        TestVenue venue = TestVenues.create(jdbc);
        io.barback.invoices.InvoiceMail mail = new io.barback.invoices.InvoiceMail(smtpPort, imapPort);
        for (String sample : List.of("01-liffey-drinks-text.pdf", "21-boyne-hygiene-text.pdf", "13-kingdom-snacks-text.pdf")) {
            mail.send(mail.mail("publican@the-local.ie", "invoices+" + venue.id() + "@barback.local", "Fwd: " + sample,
                    List.of(new io.barback.invoices.InvoiceMail.File(sample, "application/pdf",
                            java.nio.file.Files.readAllBytes(java.nio.file.Path.of("sample-invoices", sample))))));
        }
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                api.get(venue.path("/invoices?status=applied"), venue.key()).json().get("items").size() == 3);
        awaitInvoicesSettled(topics);
        List<Document> before = figures(venue.id());
        // stock brought in, the purchases' days, and the spend per supplier are all in the comparison
        assertThat(before).extracting(d -> d.get("_id").toString())
                .contains(venue.id() + "|HEINEKEN-DRAUGHT", venue.id() + "|liffey drinks distribution ltd");

        replay(topics, List.of("inventory-apply-invoices", "finance-apply-invoices"),
                List.of("barback-inventory-invoices", "barback-finance-invoices"), "barback.invoices.v1");
        awaitInvoicesSettled(topics);

        assertThat(figures(venue.id())).isEqualTo(before);
    }

    /** Stops the routes, moves their groups back to offset 0 once the groups have left, and starts them again. */
    void replay(Topics topics, List<String> routes, List<String> groups, String topic) throws Exception {
        for (String route : routes) {
            camel.getRouteController().stopRoute(route);
        }
        // the group must have left before its offsets can be moved
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String group : groups) {
                topics.rewind(group, topic);
            }
        });
        for (String route : routes) {
            camel.getRouteController().startRoute(route);
        }
    }

    void awaitInvoicesSettled(Topics topics) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                topics.caughtUp("barback-inventory-invoices", "barback.invoices.v1")
                        && topics.caughtUp("barback-finance-invoices", "barback.invoices.v1"));
    }

    void awaitSettled(Topics topics) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                topics.caughtUp("barback-inventory", "barback.sales.v1") && topics.caughtUp("barback-finance", "barback.sales.v1"));
    }

    List<Document> figures(String venueId) {
        List<Document> all = new ArrayList<>();
        for (String c : List.of("inventory", "inventory_daily", "finance_daily", "vat_periods", "supplier_spend")) {
            mongo.getCollection(c).find(Filters.eq("venueId", venueId)).sort(new Document("_id", 1)).into(all);
        }
        return all;
    }
}
