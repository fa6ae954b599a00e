package io.barback.inventory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.support.Api;
import io.barback.support.Deliveries;
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
        assertThat(d(first.at("/lines/0/counted"))).isEqualByComparingTo("125000");
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
        assertThat(d(late.at("/lines/0/expected"))).isEqualByComparingTo("123296");
        assertThat(d(late.at("/lines/0/variance"))).isEqualByComparingTo("-568");
        assertThat(late.at("/lines/0/serving").asText()).isEqualTo("pint");
        assertThat(d(late.at("/lines/0/varianceServings"))).isEqualByComparingTo("-1");
        // on hand: the count plus what moved since it was taken (the keg in, the pint out)
        awaitStock("GUINNESS-DRAUGHT", "172160");
        JsonNode item = api.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json();
        assertThat(Instant.parse(item.get("countedAt").asText())).isEqualTo(second);
        // the two kegs cost 180.00 each: 0.0036 a ml, and the stock is worth 172160 × 0.0036
        assertThat(d(item.get("unitCost"))).isEqualByComparingTo("0.0036");
        assertThat(d(item.get("stockValue"))).isEqualByComparingTo("619.78");

        // the variance between the two counts: 3 pints sold between them, nothing delivered or wasted
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get(venue.path("/variance"), venue.key()).json().at("/products/0/closingCountedAt").asText())
                        .isEqualTo(second.toString()));
        JsonNode report = api.get(venue.path("/variance"), venue.key()).json();
        JsonNode guinness = report.at("/products/0");
        assertThat(guinness.get("sku").asText()).isEqualTo("GUINNESS-DRAUGHT");
        assertThat(d(guinness.get("opening"))).isEqualByComparingTo("125000");
        assertThat(d(guinness.get("sold"))).isEqualByComparingTo("1704");
        assertThat(d(guinness.get("delivered"))).isEqualByComparingTo("0");
        assertThat(d(guinness.get("wasted"))).isEqualByComparingTo("0");
        assertThat(d(guinness.get("expected"))).isEqualByComparingTo("123296");
        assertThat(d(guinness.get("counted"))).isEqualByComparingTo("122728");
        assertThat(d(guinness.get("variance"))).isEqualByComparingTo("-568");
        assertThat(d(guinness.get("varianceServings"))).isEqualByComparingTo("-1");
        assertThat(d(guinness.get("variancePercent"))).isEqualByComparingTo("-33.33");
        assertThat(d(guinness.get("varianceRetail"))).isEqualByComparingTo("-5.90");
        assertThat(d(guinness.get("varianceCost"))).isEqualByComparingTo("-2.04");
        assertThat(d(report.at("/totals/varianceRetail"))).isEqualByComparingTo("-5.90");
        assertThat(d(report.at("/totals/varianceCost"))).isEqualByComparingTo("-2.04");
        // no allowance set: the whole loss is unexplained
        assertThat(d(guinness.get("allowed"))).isEqualByComparingTo("0");
        assertThat(d(guinness.get("unexplainedRetail"))).isEqualByComparingTo("-5.90");

        // the publican allows 20 % of draught usage: 20 % of 1704 ml is 340.8 ml of the 568 lost;
        // 340.8 × 0.0036 = 1.23 at cost (of 2.04), 340.8 / 568 × 5.90 = 3.54 at retail (of 5.90)
        Api.Reply set = api.put(venue.path("/settings"), venue.key(), """
                {"varianceAllowancePercent": {"draught": "20"}}""");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().at("/varianceAllowancePercent/draught").asText()).isEqualTo("20");
        JsonNode allowed = api.get(venue.path("/variance"), venue.key()).json();
        guinness = allowed.at("/products/0");
        assertThat(d(guinness.get("allowancePercent"))).isEqualByComparingTo("20");
        assertThat(d(guinness.get("allowed"))).isEqualByComparingTo("340.8");
        assertThat(d(guinness.get("unexplained"))).isEqualByComparingTo("-227.2");
        assertThat(d(guinness.get("allowedCost"))).isEqualByComparingTo("-1.23");
        assertThat(d(guinness.get("unexplainedCost"))).isEqualByComparingTo("-0.81");
        assertThat(d(guinness.get("allowedRetail"))).isEqualByComparingTo("-3.54");
        assertThat(d(guinness.get("unexplainedRetail"))).isEqualByComparingTo("-2.36");
        assertThat(d(guinness.get("variance"))).as("the variance itself is what it was").isEqualByComparingTo("-568");
        assertThat(d(allowed.at("/totals/allowedRetail"))).isEqualByComparingTo("-3.54");
        assertThat(d(allowed.at("/totals/unexplainedRetail"))).isEqualByComparingTo("-2.36");
        assertThat(d(allowed.at("/totals/unexplainedCost"))).isEqualByComparingTo("-0.81");

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
        items.forEach(i -> assertThat(d(i.get("onHand")).signum()).as(i.toString()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void wastageTakesStockOutInItsServings() {
        Instant at = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        count("""
                {"kind": "spot", "countedAt": "%s", "lines": [{"sku": "JAMESON-70", "packs": 2}]}""".formatted(at), null);
        String spilt = """
                {"sku": "JAMESON-70", "quantity": 2, "serving": "measure", "reason": "spillage", "note": "knocked over",
                 "wastedAt": "%s"}""".formatted(at.plusSeconds(40));
        Api.Reply wasted = api.post(venue.path("/wastage"), venue.key(), spilt, "application/json", "waste-1");
        assertThat(wasted.status()).as(wasted.body()).isEqualTo(201);
        assertThat(d(wasted.json().get("stockUnits"))).isEqualByComparingTo("71");
        awaitStock("JAMESON-70", "1329");
        // sent again: once
        Api.Reply again = api.post(venue.path("/wastage"), venue.key(), spilt, "application/json", "waste-1");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("wastageId").asText()).isEqualTo(wasted.json().get("wastageId").asText());
        // line cleaning in stock units
        assertThat(api.post(venue.path("/wastage"), venue.key(), """
                {"sku": "GUINNESS-DRAUGHT", "quantity": 1500, "reason": "line-cleaning"}""").status()).isEqualTo(201);
        sale("JAMESON-70", 1, at.plusSeconds(30));
        awaitStock("JAMESON-70", "1293.5");
        awaitStock("GUINNESS-DRAUGHT", "-1500");
        assertThat(jdbc.queryForObject("select count(*) from wastage where venue_id = ?", Integer.class, venue.id())).isEqualTo(2);

        // counted a minute after: 1400 − 35.5 sold − 71 wasted = 1293.5 expected, 1250 found
        count("""
                {"kind": "spot", "countedAt": "%s", "lines": [{"sku": "JAMESON-70", "counted": 1250}]}"""
                .formatted(at.plusSeconds(60)), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode jameson = api.get(venue.path("/variance"), venue.key()).json().at("/products/0");
            assertThat(jameson.path("sku").asText()).isEqualTo("JAMESON-70");
            assertThat(d(jameson.get("sold"))).isEqualByComparingTo("35.5");
            assertThat(d(jameson.get("wasted"))).isEqualByComparingTo("71");
            assertThat(d(jameson.get("expected"))).isEqualByComparingTo("1293.5");
            assertThat(d(jameson.get("variance"))).isEqualByComparingTo("-43.5");
            assertThat(d(jameson.get("varianceServings"))).isEqualByComparingTo("-1.23");
            assertThat(jameson.get("costKnown").asBoolean()).isFalse();
        });
        awaitStock("JAMESON-70", "1250");
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

    @Test
    void grossProfitCostsWhatWasSoldAtTheAverageDeliveredCostAndNeverAtZero() {
        delivery(LocalDate.now(ZoneOffset.UTC), "50000");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                d(api.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json().path("unitCost")))
                .isEqualByComparingTo("0.0036"));
        // 10 pints at 5.90 (59.00 with 23 % VAT: 47.97 net), 4 bags of Tayto at 2.00 (8.00: 6.50 net), never delivered
        sale("GUINNESS-DRAUGHT", 10, null, "5.90");
        sale("TAYTO-CHEESE-ONION", 4, null, "2.00");
        awaitStock("TAYTO-CHEESE-ONION", "-4");
        awaitStock("GUINNESS-DRAUGHT", "44320");
        LocalDate today = io.barback.finance.TradingCalendar.tradingDay(Instant.now(), java.time.ZoneId.of("Europe/Dublin"),
                java.time.LocalTime.of(4, 0));
        JsonNode gp = api.get(venue.path("/finance/gross-profit?from=" + today + "&to=" + today), venue.key()).json();

        // cost of sales: 10 × 568 ml × 0.0036 = 20.448 → 20.45; GP 47.97 − 20.45 = 27.52, 57.37 % of 47.97
        JsonNode day = gp.at("/days/0");
        assertThat(day.get("date").asText()).isEqualTo(today.toString());
        assertThat(d(day.get("netSales"))).isEqualByComparingTo("54.47");
        assertThat(d(day.get("costOfSales"))).isEqualByComparingTo("20.45");
        assertThat(d(day.get("grossProfit"))).isEqualByComparingTo("27.52");
        assertThat(d(day.get("gpPercent"))).isEqualByComparingTo("57.37");
        assertThat(day.get("costKnown").asBoolean()).isFalse();
        assertThat(d(day.get("netSalesWithoutCost"))).isEqualByComparingTo("6.50");

        JsonNode guinness = gp.at("/products/0");
        assertThat(guinness.get("sku").asText()).isEqualTo("GUINNESS-DRAUGHT");
        assertThat(d(guinness.get("unitsSold"))).isEqualByComparingTo("5680");
        assertThat(d(guinness.get("netSales"))).isEqualByComparingTo("47.97");
        assertThat(d(guinness.get("costOfSales"))).isEqualByComparingTo("20.45");
        assertThat(d(guinness.get("gpPercent"))).isEqualByComparingTo("57.37");
        JsonNode tayto = gp.at("/products/1");
        assertThat(tayto.get("sku").asText()).isEqualTo("TAYTO-CHEESE-ONION");
        assertThat(tayto.get("costKnown").asBoolean()).isFalse();
        assertThat(tayto.has("costOfSales")).isFalse();
        assertThat(tayto.has("gpPercent")).isFalse();

        List<String> categories = new ArrayList<>();
        gp.get("categories").forEach(c -> categories.add(c.get("category").asText() + " " + c.get("costKnown").asBoolean()
                + " " + c.path("grossProfit").asText()));
        assertThat(categories).containsExactly("draught true 27.52", "snacks false ");
        assertThat(d(gp.at("/totals/gpPercent"))).isEqualByComparingTo("57.37");
    }

    @Test
    void aKegDearerThanTheLastOneAlertsOnceWithItsGrossProfitBeforeAndAfter() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        delivery(today, "50000", "180.00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                d(api.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json().path("unitCost")))
                .isEqualByComparingTo("0.0036"));
        delivery(today, "50000", "190.00");    // 0.0038 a ml: 5.56 % up, past 3 %
        awaitStock("GUINNESS-DRAUGHT", "100000");
        delivery(today, "50000", "191.00");    // 0.5 % up from the last: no alert
        awaitStock("GUINNESS-DRAUGHT", "150000");
        awaitInventoryCaughtUp();

        JsonNode items = api.get(venue.path("/price-changes"), venue.key()).json().get("items");
        assertThat(items).hasSize(1);
        JsonNode change = items.get(0);
        assertThat(change.get("sku").asText()).isEqualTo("GUINNESS-DRAUGHT");
        assertThat(change.get("supplier").asText()).isEqualTo("Liffey Drinks");
        assertThat(d(change.get("oldUnitCost"))).isEqualByComparingTo("0.0036");
        assertThat(d(change.get("newUnitCost"))).isEqualByComparingTo("0.0038");
        assertThat(d(change.get("changePercent"))).isEqualByComparingTo("5.56");
        // a pint at 5.90 is 4.7967 net: 2.0448 of Guinness before (57.37 %), 2.1584 after (55.00 %)
        assertThat(change.get("serving").asText()).isEqualTo("pint");
        assertThat(d(change.get("sellingPrice"))).isEqualByComparingTo("5.90");
        assertThat(d(change.get("gpPercentBefore"))).isEqualByComparingTo("57.37");
        assertThat(d(change.get("gpPercentAfter"))).isEqualByComparingTo("55.00");
        // once on the alerts topic, with its deterministic id
        assertThat(topics.readAll("barback.alerts.v1", r -> {
            String id = Topics.header(r, "ce_id");
            return id != null && id.startsWith("price/" + venue.id() + "/");
        })).hasSize(1);
    }

    @Test
    void settingsAreCheckedNamingTheFieldAndAVenuesOwnThresholdDecidesWhatAlerts() {
        JsonNode defaults = api.get(venue.path("/settings"), venue.key()).json();
        assertThat(defaults.get("priceChangePercent").asText()).isEqualTo("3");
        assertThat(defaults.get("priceChangePercentIsDefault").asBoolean()).isTrue();
        assertThat(defaults.get("varianceAllowancePercent")).isEmpty();
        assertThat(defaults.get("categories").toString()).contains("\"draught\"").contains("\"spirits\"");

        record Bad(String body, int status, String field) {
        }
        for (Bad bad : List.of(
                new Bad("{\"varianceAllowancePercent\": {\"kegs of gold\": \"2\"}}", 422, "/varianceAllowancePercent/kegs of gold"),
                new Bad("{\"varianceAllowancePercent\": {\"draught\": \"-1\"}}", 422, "/varianceAllowancePercent/draught"),
                new Bad("{\"varianceAllowancePercent\": {\"draught\": \"40\"}}", 422, "/varianceAllowancePercent/draught"),
                new Bad("{\"varianceAllowancePercent\": {\"draught\": \"two\"}}", 422, "/varianceAllowancePercent/draught"),
                new Bad("{\"varianceAllowancePercent\": [\"draught\"]}", 422, "/varianceAllowancePercent"),
                new Bad("{\"priceChangePercent\": \"0\"}", 422, "/priceChangePercent"),
                new Bad("{\"priceChangePercent\": \"2.555\"}", 422, "/priceChangePercent"),
                new Bad("{\"priceChangePercentage\": \"5\"}", 422, "/priceChangePercentage"),
                new Bad("[]", 400, null))) {
            Api.Reply reply = api.put(venue.path("/settings"), venue.key(), bad.body());
            assertThat(reply.status()).as(bad.body() + " → " + reply.body()).isEqualTo(bad.status());
            if (bad.field() != null) {
                assertThat(reply.json().get("field").asText()).as(bad.body()).isEqualTo(bad.field());
            }
        }
        assertThat(api.get(venue.path("/settings"), venue.key()).json().get("priceChangePercentIsDefault").asBoolean())
                .as("nothing stored by a refused change").isTrue();

        // at 10 % a 5.56 % dearer keg is no news; at 5 % a 5.26 % one is
        assertThat(api.put(venue.path("/settings"), venue.key(), "{\"priceChangePercent\": 10}").status()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        delivery(today, "50000", "180.00");
        delivery(today, "50000", "190.00");
        awaitStock("GUINNESS-DRAUGHT", "100000");
        awaitInventoryCaughtUp();
        assertThat(api.get(venue.path("/price-changes"), venue.key()).json().get("items")).isEmpty();
        Api.Reply five = api.put(venue.path("/settings"), venue.key(), "{\"priceChangePercent\": \"5\"}");
        assertThat(five.json().get("priceChangePercent").asText()).isEqualTo("5");
        assertThat(five.json().get("priceChangePercentIsDefault").asBoolean()).isFalse();
        delivery(today, "50000", "200.00");
        awaitStock("GUINNESS-DRAUGHT", "150000");
        awaitInventoryCaughtUp();
        JsonNode items = api.get(venue.path("/price-changes"), venue.key()).json().get("items");
        assertThat(items).hasSize(1);
        assertThat(d(items.get(0).get("changePercent"))).isEqualByComparingTo("5.26");
    }

    /** A decimal as the API writes it: quantities as JSON numbers, money and costs as decimal strings. */
    static BigDecimal d(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : new BigDecimal(node.asText());
    }

    JsonNode count(String body, String key) {
        Api.Reply reply = api.post(venue.path("/stock-counts"), venue.key(), body, "application/json", key);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1" + venue.path("/stock-counts/" + reply.json().get("countId").asText()));
        return reply.json();
    }

    String sale(String sku, int quantity, Instant occurredAt) {
        return sale(sku, quantity, occurredAt, "5.00");
    }

    String sale(String sku, int quantity, Instant occurredAt, String unitPrice) {
        String serving = switch (sku) {
            case "GUINNESS-DRAUGHT" -> "\"serving\": \"pint\", ";
            case "JAMESON-70" -> "\"serving\": \"measure\", ";
            default -> "";
        };
        Api.Reply reply = api.post(venue.path("/sales"), venue.key(), """
                {"lines": [{"sku": "%s", %s"quantity": %d, "unitPrice": "%s"}]%s}""".formatted(sku, serving, quantity, unitPrice,
                occurredAt == null ? "" : ", \"occurredAt\": \"" + occurredAt + "\""));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("saleId").asText();
    }

    void delivery(LocalDate invoiceDate, String stockUnits) {
        delivery(invoiceDate, stockUnits, "180.00");
    }

    void delivery(LocalDate invoiceDate, String stockUnits, String net) {
        Deliveries.keg(topics, venue.id(), invoiceDate, stockUnits, net);
    }

    BigDecimal stock(String sku) {
        return d(api.get(venue.path("/inventory/" + sku), venue.key()).json().get("onHand"));
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
