package io.barback.inventory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import io.barback.support.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stock counts and wastage on the real stack: POST → PostgreSQL → Debezium → Kafka → the
 * inventory projection → GET …/inventory. The figures are worked by hand from the demo catalog:
 * Guinness Draught in ml (a pint is 568, a keg 50,000), Jameson in ml (a measure is 35.5, a bottle
 * 700), Tayto each.
 */
@StackTest
class StockCountsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${barback.kafka.bootstrap-servers}")
    String bootstrap;

    Api api;
    Topics topics;
    TestVenue venue;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        topics = new Topics(bootstrap);
        venue = TestVenues.create(jdbc);
    }

    @Test
    void aSpotCountIsTheStockAtItsMomentWhateverArrivesBeforeOrAfterIt() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant opening = now.minus(Duration.ofMinutes(30));

        // sold before the opening count: in what was counted
        sale("GUINNESS-DRAUGHT", 2, opening.minus(Duration.ofMinutes(5)));
        JsonNode first = count("""
                {"kind": "spot", "countedAt": "%s", "countedBy": "Aoife",
                 "lines": [{"sku": "GUINNESS-DRAUGHT", "packs": 2, "partial": "0.5"}]}""".formatted(opening), null);
        assertThat(first.at("/lines/0/counted").decimalValue()).isEqualByComparingTo("125000");
        assertThat(first.at("/lines/0/opening").asBoolean()).isTrue();
        assertThat(first.at("/lines/0/expected").isMissingNode()).isTrue();
        awaitStock("GUINNESS-DRAUGHT", "125000");

        // 3 pints after the count apply; 1 pint sold before it, sent late, does not count twice
        sale("GUINNESS-DRAUGHT", 3, opening.plus(Duration.ofMinutes(2)));
        sale("GUINNESS-DRAUGHT", 1, opening.minus(Duration.ofMinutes(1)));
        awaitStock("GUINNESS-DRAUGHT", "123296");

        // a keg invoiced today arrives now: in; one invoiced three days ago arrives now: it was in the count
        delivery(LocalDate.now(ZoneOffset.UTC), "50000");
        delivery(LocalDate.now(ZoneOffset.UTC).minusDays(3), "50000");
        awaitStock("GUINNESS-DRAUGHT", "173296");
        awaitInventoryCaughtUp();

        // a second count taken 10 minutes ago and sent now, after a pint sold since it was taken
        Instant second = now.minus(Duration.ofMinutes(10));
        sale("GUINNESS-DRAUGHT", 1, second.plus(Duration.ofMinutes(1)));
        awaitStock("GUINNESS-DRAUGHT", "172728");
        awaitInventoryCaughtUp();
        JsonNode late = count("""
                {"kind": "spot", "countedAt": "%s", "lines": [{"sku": "GUINNESS-DRAUGHT", "counted": 122728}]}"""
                .formatted(second), null);
        // expected at its moment: 125000 − 3 pints (1704) = 123296 (the keg came after, the late pint after too)
        assertThat(late.at("/lines/0/expected").decimalValue()).isEqualByComparingTo("123296");
        assertThat(late.at("/lines/0/variance").decimalValue()).isEqualByComparingTo("-568");
        assertThat(late.at("/lines/0/serving").asText()).isEqualTo("pint");
        assertThat(late.at("/lines/0/varianceServings").decimalValue()).isEqualByComparingTo("-1");
        // on hand: the count plus what moved since it was taken (the keg in, the pint out)
        awaitStock("GUINNESS-DRAUGHT", "172160");
        JsonNode item = api.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json();
        assertThat(Instant.parse(item.get("countedAt").asText())).isEqualTo(second);

        // a count placed before the newest one is refused, naming it, and stores nothing
        Api.Reply older = api.post(venue.path("/stock-counts"), venue.key(), """
                {"kind": "spot", "countedAt": "%s", "lines": [{"sku": "GUINNESS-DRAUGHT", "counted": 1}]}"""
                .formatted(second.minus(Duration.ofMinutes(1))));
        assertThat(older.status()).as(older.body()).isEqualTo(409);
        assertThat(older.json().get("detail").asText()).contains(late.get("countId").asText()).contains("GUINNESS-DRAUGHT");
        assertThat(older.json().get("field").asText()).isEqualTo("/lines/0/sku");
        assertThat(counts()).isEqualTo(2);
    }

    @Test
    void theSameCountSentTwiceWithItsKeyCountsOnce() {
        Instant at = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"kind": "spot", "countedAt": "%s", "lines": [{"sku": "TAYTO-CHEESE-ONION", "counted": 48}]}""".formatted(at);
        Api.Reply first = api.post(venue.path("/stock-counts"), venue.key(), body, "application/json", "cellar-1");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        sale("TAYTO-CHEESE-ONION", 2, at.plusSeconds(10));
        awaitStock("TAYTO-CHEESE-ONION", "46");

        // the phone lost the answer and sends the same count again
        Api.Reply again = api.post(venue.path("/stock-counts"), venue.key(), body, "application/json", "cellar-1");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("countId").asText()).isEqualTo(first.json().get("countId").asText());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(api.get(first.header("Location").substring("/api/v1".length()), venue.key()).json().get("countId").asText())
                .isEqualTo(first.json().get("countId").asText());
        // a different count under the same key is refused
        Api.Reply other = api.post(venue.path("/stock-counts"), venue.key(), body.replace("48", "49"), "application/json", "cellar-1");
        assertThat(other.status()).isEqualTo(422);
        sale("TAYTO-CHEESE-ONION", 1, at.plusSeconds(20));
        awaitStock("TAYTO-CHEESE-ONION", "45");
        assertThat(counts()).isEqualTo(1);
    }

    @Test
    void aFullCountZeroesTheActiveProductsItLeavesOut() {
        Instant at = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        sale("TAYTO-CHEESE-ONION", 3, at.minusSeconds(60));
        awaitStock("TAYTO-CHEESE-ONION", "-3");
        JsonNode full = count("""
                {"kind": "full", "countedAt": "%s", "lines": [{"sku": "GUINNESS-DRAUGHT", "packs": 1}]}""".formatted(at), null);
        List<String> leftOut = new ArrayList<>();
        full.get("leftOut").forEach(n -> leftOut.add(n.asText()));
        Integer active = jdbc.queryForObject("select count(*) from product where venue_id = ? and active", Integer.class, venue.id());
        assertThat(leftOut).hasSize(active - 1).contains("TAYTO-CHEESE-ONION").doesNotContain("GUINNESS-DRAUGHT");
        awaitStock("TAYTO-CHEESE-ONION", "0");
        awaitStock("GUINNESS-DRAUGHT", "50000");
        // the stock list reads true after it: nothing is below its reorder level for having gone negative
        JsonNode items = api.get(venue.path("/inventory"), venue.key()).json().get("items");
        items.forEach(i -> assertThat(i.get("onHand").decimalValue().signum()).as(i.toString()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void wastageTakesStockOutInItsServings() {
        Instant at = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        count("""
                {"kind": "spot", "countedAt": "%s", "lines": [{"sku": "JAMESON-70", "packs": 2}]}""".formatted(at), null);
        Api.Reply wasted = api.post(venue.path("/wastage"), venue.key(), """
                {"sku": "JAMESON-70", "quantity": 2, "serving": "measure", "reason": "spillage", "note": "knocked over"}""",
                "application/json", "waste-1");
        assertThat(wasted.status()).as(wasted.body()).isEqualTo(201);
        assertThat(wasted.json().get("stockUnits").decimalValue()).isEqualByComparingTo("71");
        awaitStock("JAMESON-70", "1329");
        // sent again: once
        Api.Reply again = api.post(venue.path("/wastage"), venue.key(), """
                {"sku": "JAMESON-70", "quantity": 2, "serving": "measure", "reason": "spillage", "note": "knocked over"}""",
                "application/json", "waste-1");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("wastageId").asText()).isEqualTo(wasted.json().get("wastageId").asText());
        // line cleaning in stock units
        assertThat(api.post(venue.path("/wastage"), venue.key(), """
                {"sku": "GUINNESS-DRAUGHT", "quantity": 1500, "reason": "line-cleaning"}""").status()).isEqualTo(201);
        sale("JAMESON-70", 1, at.plusSeconds(30));
        awaitStock("JAMESON-70", "1293.5");
        awaitStock("GUINNESS-DRAUGHT", "-1500");
        assertThat(jdbc.queryForObject("select count(*) from wastage where venue_id = ?", Integer.class, venue.id())).isEqualTo(2);
    }

    @Test
    void aVoidAfterACountPutsTheSaleBack() {
        Instant at = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        count("""
                {"kind": "spot", "countedAt": "%s", "lines": [{"sku": "GUINNESS-DRAUGHT", "counted": 50000}]}""".formatted(at), null);
        String saleId = sale("GUINNESS-DRAUGHT", 2, at.plusSeconds(30));
        awaitStock("GUINNESS-DRAUGHT", "48864");
        assertThat(api.post(venue.path("/sales/" + saleId + "/void"), venue.key(), null).status()).isEqualTo(200);
        awaitStock("GUINNESS-DRAUGHT", "50000");
    }

    @Test
    void badCountsAndWastageAreProblemsNamingTheFieldAndStoreNothing() {
        Instant future = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        Instant tooOld = Instant.now().minus(Duration.ofHours(49)).truncatedTo(ChronoUnit.SECONDS);
        String[][] counts = {
                {"{\"kind\": \"spot\", \"lines\": [{\"sku\": \"NO-SUCH-THING\", \"counted\": 1}]}", "/lines/0/sku"},
                {"{\"kind\": \"spot\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"counted\": -5}]}", "/lines/0/counted"},
                {"{\"kind\": \"spot\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"counted\": 90000000}]}", "/lines/0"},
                {"{\"kind\": \"spot\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"packs\": 1, \"partial\": \"1.2\"}]}", "/lines/0/partial"},
                {"{\"kind\": \"spot\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"packs\": 1.5}]}", "/lines/0/packs"},
                {"{\"kind\": \"spot\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"packs\": 1, \"counted\": 3}]}", "/lines/0"},
                {"{\"kind\": \"spot\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"counted\": \"lots\"}]}", "/lines/0/counted"},
                {"{\"kind\": \"spot\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"counted\": 1}, {\"sku\": \"GUINNESS-DRAUGHT\", \"counted\": 2}]}", "/lines/1/sku"},
                {"{\"kind\": \"spot\", \"countedAt\": \"" + future + "\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"counted\": 1}]}", "/countedAt"},
                {"{\"kind\": \"spot\", \"countedAt\": \"" + tooOld + "\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"counted\": 1}]}", "/countedAt"},
                {"{\"kind\": \"spot\", \"countedAt\": \"yesterday\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"counted\": 1}]}", "/countedAt"},
                {"{\"kind\": \"weekly\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"counted\": 1}]}", "/kind"},
                {"{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"counted\": 1}]}", "/kind"},
                {"{\"kind\": \"spot\", \"lines\": []}", "/lines"},
        };
        for (String[] c : counts) {
            Api.Reply reply = api.post(venue.path("/stock-counts"), venue.key(), c[0]);
            assertThat(reply.status()).as(c[0] + " → " + reply.body()).isEqualTo(422);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().get("field").asText()).as(c[0]).isEqualTo(c[1]);
        }
        String[][] wastage = {
                {"{\"sku\": \"NO-SUCH-THING\", \"quantity\": 1, \"reason\": \"spillage\"}", "/sku"},
                {"{\"sku\": \"GUINNESS-DRAUGHT\", \"quantity\": 0, \"reason\": \"spillage\"}", "/quantity"},
                {"{\"sku\": \"GUINNESS-DRAUGHT\", \"quantity\": -1, \"reason\": \"spillage\"}", "/quantity"},
                {"{\"sku\": \"GUINNESS-DRAUGHT\", \"quantity\": 1, \"serving\": \"bucket\", \"reason\": \"spillage\"}", "/serving"},
                {"{\"sku\": \"GUINNESS-DRAUGHT\", \"quantity\": 1, \"reason\": \"thirst\"}", "/reason"},
                {"{\"sku\": \"GUINNESS-DRAUGHT\", \"quantity\": 1}", "/reason"},
                {"{\"sku\": \"GUINNESS-DRAUGHT\", \"quantity\": 9000000, \"reason\": \"breakage\"}", "/quantity"},
                {"{\"sku\": \"GUINNESS-DRAUGHT\", \"quantity\": 1, \"reason\": \"spillage\", \"wastedAt\": \"" + future + "\"}", "/wastedAt"},
        };
        for (String[] w : wastage) {
            Api.Reply reply = api.post(venue.path("/wastage"), venue.key(), w[0]);
            assertThat(reply.status()).as(w[0] + " → " + reply.body()).isEqualTo(422);
            assertThat(reply.json().get("field").asText()).as(w[0]).isEqualTo(w[1]);
        }
        assertThat(api.post(venue.path("/stock-counts"), venue.key(), "{not json").status()).isEqualTo(400);
        assertThat(api.post(venue.path("/stock-counts"), venue.key(), "{}", "text/plain", null).status()).isEqualTo(415);
        assertThat(api.post(venue.path("/stock-counts"), "not-a-key", "{\"kind\": \"spot\"}").status()).isEqualTo(401);
        assertThat(counts()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from wastage where venue_id = ?", Integer.class, venue.id())).isZero();
    }

    JsonNode count(String body, String key) {
        Api.Reply reply = api.post(venue.path("/stock-counts"), venue.key(), body, "application/json", key);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1" + venue.path("/stock-counts/" + reply.json().get("countId").asText()));
        return reply.json();
    }

    String sale(String sku, int quantity, Instant occurredAt) {
        String serving = switch (sku) {
            case "GUINNESS-DRAUGHT" -> "\"serving\": \"pint\", ";
            case "JAMESON-70" -> "\"serving\": \"measure\", ";
            default -> "";
        };
        Api.Reply reply = api.post(venue.path("/sales"), venue.key(), """
                {"lines": [{"sku": "%s", %s"quantity": %d, "unitPrice": "5.00"}]%s}""".formatted(sku, serving, quantity,
                occurredAt == null ? "" : ", \"occurredAt\": \"" + occurredAt + "\""));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("saleId").asText();
    }

    /**
     * A keg of Guinness delivered, as the invoice pipeline publishes it (the mailbox, the reader and
     * the checks have their own end-to-end tests): stock in at the invoice's moment.
     */
    void delivery(LocalDate invoiceDate, String stockUnits) {
        String invoiceId = UUID.randomUUID().toString();
        String sha = (invoiceId.replace("-", "") + invoiceId.replace("-", "")).substring(0, 64);
        String json = """
                {"invoiceId": "%s", "venueId": "%s", "documentSha256": "%s", "supplier": {"name": "Liffey Drinks"},
                 "invoiceNumber": "INV-%s", "invoiceDate": "%s", "tradingDay": "%s", "vatPeriod": "2026-11/2026-12",
                 "cashOutDate": "%s", "creditNote": false, "currency": "EUR", "occurredAt": "%s",
                 "lines": [{"lineNo": 1, "description": "Guinness Draught 50L keg", "quantity": 1, "unitPrice": "180.00",
                            "net": "180.00", "sku": "GUINNESS-DRAUGHT", "name": "Guinness Draught", "stockUnit": "ml",
                            "stockUnits": %s}],
                 "totals": {"net": "180.00", "vat": "41.40", "gross": "221.40"}}""".formatted(invoiceId, venue.id(), sha,
                invoiceId.substring(0, 8), invoiceDate, invoiceDate, invoiceDate, Instant.now(), stockUnits);
        ProducerRecord<String, String> record = new ProducerRecord<>("barback.invoices.v1", venue.id(), json);
        record.headers().add("ce_id", ("invoice/" + venue.id() + "/" + sha + "/received").getBytes())
                .add("ce_type", "io.barback.invoices.InvoiceReceived.v1".getBytes())
                .add("ce_source", ("/barback/venues/" + venue.id() + "/invoices/" + invoiceId).getBytes())
                .add("ce_specversion", "1.0".getBytes())
                .add("ce_time", Instant.now().toString().getBytes())
                .add("content-type", "application/json".getBytes());
        topics.send(record);
    }

    BigDecimal stock(String sku) {
        return api.get(venue.path("/inventory/" + sku), venue.key()).json().get("onHand").decimalValue();
    }

    void awaitStock(String sku, String expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stock(sku)).isEqualByComparingTo(expected));
    }

    void awaitInventoryCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                topics.caughtUp("barback-inventory", "barback.sales.v1")
                        && topics.caughtUp("barback-inventory-invoices", "barback.invoices.v1"));
    }

    int counts() {
        return jdbc.queryForObject("select count(*) from stock_count where venue_id = ?", Integer.class, venue.id());
    }
}
