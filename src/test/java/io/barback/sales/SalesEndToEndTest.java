package io.barback.sales;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.Json;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import io.barback.support.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * The whole sales path on the real stack: REST → PostgreSQL → Debezium (WAL) → Kafka →
 * projections in MongoDB → read API.
 */
@StackTest
class SalesEndToEndTest {

    static final String SALES = "barback.sales.v1";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${barback.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    MeterRegistry meters;

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
    void postedSaleBecomesOneSaleRecordedEventWithAllItsLines() {
        Api.Reply reply = api.post(venue.path("/sales"), venue.key(), """
                {"lines": [
                  {"sku": "GUINNESS-DRAUGHT", "serving": "pint", "quantity": 2, "unitPrice": "5.90"},
                  {"sku": "JAMESON-70", "serving": "measure", "quantity": 1, "unitPrice": "6.20"},
                  {"sku": "TAYTO-CHEESE-ONION", "quantity": 3, "unitPrice": "2.00"}],
                 "paymentMethod": "cash", "tillRef": "T1-0001"}""");
        assertThat(reply.status()).isEqualTo(201);
        String saleId = reply.json().get("saleId").asText();
        assertThat(reply.header("Location")).isEqualTo("/api/v1" + venue.path("/sales/" + saleId));

        List<ConsumerRecord<String, String>> events = topics.await(SALES,
                r -> ("sale/" + saleId + "/recorded").equals(Topics.header(r, "ce_id")),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        ConsumerRecord<String, String> event = events.get(0);
        assertThat(event.key()).isEqualTo(venue.id());
        assertThat(Topics.header(event, "ce_type")).isEqualTo("io.barback.sales.SaleRecorded.v1");
        assertThat(Topics.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(Topics.header(event, "ce_source")).isEqualTo("/barback/venues/" + venue.id() + "/sales");
        assertThat(Topics.header(event, "content-type")).isEqualTo("application/json");
        JsonNode payload = Json.read(event.value());
        assertThat(payload.get("saleId").asText()).isEqualTo(saleId);
        assertThat(payload.get("paymentMethod").asText()).isEqualTo("cash");
        assertThat(payload.get("lines")).hasSize(3);
        assertThat(payload.at("/lines/0/stockUnits").decimalValue()).isEqualByComparingTo("1136");
        assertThat(payload.at("/lines/1/stockUnits").decimalValue()).isEqualByComparingTo("35.5");
        assertThat(payload.at("/lines/2/stockUnits").decimalValue()).isEqualByComparingTo("3");
        assertThat(payload.at("/totals/gross").asText()).isEqualTo("24.00");
        assertThat(payload.at("/totals/net").asText()).isEqualTo("19.51");
        assertThat(payload.at("/totals/vat").asText()).isEqualTo("4.49");

        // exactly one event for the sale, even after the projections have run
        awaitStock("TAYTO-CHEESE-ONION", "-3");
        assertThat(topics.readAll(SALES, r -> saleId.equals(Json.read(r.value()).path("saleId").asText()))).hasSize(1);
    }

    @Test
    void saleMovesStockTakingsAndVatToTheCent() {
        Api.Reply reply = api.post(venue.path("/sales"), venue.key(), """
                {"lines": [
                  {"sku": "GUINNESS-DRAUGHT", "serving": "pint", "quantity": 3, "unitPrice": "5.90"},
                  {"sku": "GUINNESS-DRAUGHT", "serving": "half", "quantity": 1, "unitPrice": "3.10"},
                  {"sku": "TEA-CUP", "quantity": 1, "unitPrice": "2.80"}]}""");
        assertThat(reply.status()).isEqualTo(201);
        // per line, half-up: 17.70 @23% → 14.39 + 3.31; 3.10 @23% → 2.52 + 0.58; 2.80 @9% → 2.57 + 0.23
        assertThat(reply.json().at("/lines/0/net").asText()).isEqualTo("14.39");
        assertThat(reply.json().at("/lines/0/vat").asText()).isEqualTo("3.31");
        assertThat(reply.json().at("/lines/1/net").asText()).isEqualTo("2.52");
        assertThat(reply.json().at("/lines/2/net").asText()).isEqualTo("2.57");
        assertThat(reply.json().at("/lines/2/vat").asText()).isEqualTo("0.23");
        assertThat(reply.json().at("/totals/net").asText()).isEqualTo("19.48");
        assertThat(reply.json().at("/totals/vat").asText()).isEqualTo("4.12");
        assertThat(reply.json().at("/totals/gross").asText()).isEqualTo("23.60");

        awaitStock("GUINNESS-DRAUGHT", "-1988");
        JsonNode item = api.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json();
        assertThat(item.get("stockUnit").asText()).isEqualTo("ml");
        assertThat(item.get("belowReorder").asBoolean()).isTrue();

        JsonNode today = awaitDay(today(), d -> d.at("/sales/count").asInt() == 1);
        assertThat(today.at("/sales/gross").asText()).isEqualTo("23.60");
        assertThat(today.at("/sales/net").asText()).isEqualTo("19.48");
        assertThat(today.at("/sales/vat").asText()).isEqualTo("4.12");
        assertThat(today.at("/sales/byVatRate/0.23/gross").asText()).isEqualTo("20.80");
        assertThat(today.at("/sales/byVatRate/0.09/vat").asText()).isEqualTo("0.23");
        assertThat(today.at("/cash/in").asText()).isEqualTo("23.60");

        JsonNode vat = api.get(venue.path("/finance/vat"), venue.key()).json();
        assertThat(vat.get("vatOnSales").asText()).isEqualTo("4.12");
        assertThat(vat.get("vatDue").asText()).isEqualTo("4.12");
    }

    @Test
    void bothProjectionsReadEachSaleOnce() {
        // once the records of earlier tests are read by both projections, this sale's is the only one
        double[] before = {-1, -1};
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            double[] now = {reads("parsed"), reads("shared")};
            boolean still = now[0] == before[0] && now[1] == before[1];
            System.arraycopy(now, 0, before, 0, 2);
            return still;
        });
        Api.Reply reply = api.post(venue.path("/sales"), venue.key(), """
                {"lines": [{"sku": "GUINNESS-DRAUGHT", "serving": "pint", "quantity": 2, "unitPrice": "5.90"}]}""");
        assertThat(reply.status()).isEqualTo(201);

        awaitStock("GUINNESS-DRAUGHT", "-1136");
        awaitDay(today(), d -> d.at("/sales/count").asInt() == 1);
        // one projection read the record; the other took the event it read
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(reads("parsed")).isEqualTo(before[0] + 1);
            assertThat(reads("shared")).isEqualTo(before[1] + 1);
        });
    }

    double reads(String by) {
        return meters.counter("barback.events.read", "by", by).count();
    }

    @Test
    void voidRestoresStockAndReversesTakings() {
        String keep = saleOf("HEINEKEN-DRAUGHT", "pint", 1, "6.20");
        String voided = saleOf("HEINEKEN-DRAUGHT", "pint", 2, "6.20");
        awaitStock("HEINEKEN-DRAUGHT", "-1704");

        Api.Reply reply = api.post(venue.path("/sales/" + voided + "/void"), venue.key(), "{\"reason\": \"rang up twice\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("voided");
        assertThat(reply.json().get("voidReason").asText()).isEqualTo("rang up twice");

        awaitStock("HEINEKEN-DRAUGHT", "-568");
        JsonNode day = awaitDay(today(), d -> d.at("/sales/count").asInt() == 1);
        assertThat(day.at("/sales/gross").asText()).isEqualTo("6.20");
        assertThat(api.get(venue.path("/finance/vat"), venue.key()).json().get("vatOnSales").asText()).isEqualTo("1.16");

        List<ConsumerRecord<String, String>> voids = topics.await(SALES,
                r -> ("sale/" + voided + "/voided").equals(Topics.header(r, "ce_id")), f -> !f.isEmpty(), Duration.ofSeconds(10));
        assertThat(Json.read(voids.get(0).value()).get("reason").asText()).isEqualTo("rang up twice");

        // voiding again changes nothing
        assertThat(api.post(venue.path("/sales/" + voided + "/void"), venue.key(), null).status()).isEqualTo(200);
        assertThat(api.get(venue.path("/sales/" + keep), venue.key()).json().get("status").asText()).isEqualTo("recorded");
        saleOf("TAYTO-CHEESE-ONION", null, 1, "2.00");
        awaitStock("TAYTO-CHEESE-ONION", "-1");
        assertThat(stock("HEINEKEN-DRAUGHT")).isEqualByComparingTo("-568");
    }

    @Test
    void voidOfABigSaleCarriesAllItsLinesEvenWhenPostgresKeepsThemOutOfLine() {
        // 100 lines make the row's lines value large enough for PostgreSQL to TOAST it; an
        // UPDATE then reaches Debezium without it and the mapper must read the lines back
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"sku\": \"").append(i % 2 == 0 ? "COKE-200-BTL" : "CLUB-ORANGE-200")
                    .append("\", \"quantity\": ").append(1 + i % 5).append(", \"unitPrice\": \"3.").append(10 + i % 90).append("\"}");
        }
        Api.Reply reply = api.post(venue.path("/sales"), venue.key(), "{\"lines\": [" + lines + "]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String saleId = reply.json().get("saleId").asText();
        // the premise: stored out of line (over the ~2 kB TOAST threshold even compressed)
        assertThat(jdbc.queryForObject("select pg_column_size(lines) from sale where id = ?::uuid", Integer.class, saleId))
                .isGreaterThan(2100);
        assertThat(api.post(venue.path("/sales/" + saleId + "/void"), venue.key(), null).status()).isEqualTo(200);

        ConsumerRecord<String, String> voided = topics.await(SALES,
                r -> ("sale/" + saleId + "/voided").equals(Topics.header(r, "ce_id")), f -> !f.isEmpty(),
                Duration.ofSeconds(30)).get(0);
        JsonNode payload = Json.read(voided.value());
        assertThat(payload.get("lines")).hasSize(100);
        assertThat(payload.at("/totals/gross").asText()).isEqualTo(reply.json().at("/totals/gross").asText());
        awaitStock("COKE-200-BTL", "0");
        awaitStock("CLUB-ORANGE-200", "0");
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        String saleId = saleOf("SMIRNOFF-70", "double", 1, "10.80");
        awaitStock("SMIRNOFF-70", "-71");
        ConsumerRecord<String, String> original = topics.await(SALES,
                r -> ("sale/" + saleId + "/recorded").equals(Topics.header(r, "ce_id")), f -> !f.isEmpty(),
                Duration.ofSeconds(10)).get(0);

        // the same event again at a new offset, as a CDC restart re-reading the WAL would publish it
        ProducerRecord<String, String> again = new ProducerRecord<>(SALES, original.partition(), original.key(), original.value());
        original.headers().forEach(h -> again.headers().add(h));
        topics.send(again);
        // a later sale of the same venue (same partition) is applied after the duplicate
        saleOf("SMIRNOFF-70", "measure", 1, "5.70");

        awaitStock("SMIRNOFF-70", "-106.5");
        JsonNode day = awaitDay(today(), d -> d.at("/sales/count").asInt() == 2);
        assertThat(day.at("/sales/gross").asText()).isEqualTo("16.50");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> stock("SMIRNOFF-70").compareTo(new BigDecimal("-106.5")) == 0);
    }

    @Test
    void tradingDayRunsToTheCutOffInTheVenuesTimeZone() {
        ZoneId dublin = ZoneId.of("Europe/Dublin");
        LocalDate calendarDay = LocalDate.now(dublin).minusDays(3);
        // 01:30 belongs to the evening before; 04:00 opens the new trading day
        String late = calendarDay.atTime(1, 30).atZone(dublin).toOffsetDateTime().toString();
        String early = calendarDay.atTime(4, 0).atZone(dublin).toOffsetDateTime().toString();
        assertThat(api.post(venue.path("/sales"), venue.key(), "{\"occurredAt\": \"" + late
                + "\", \"lines\": [{\"sku\": \"BULMERS-DRAUGHT\", \"serving\": \"pint\", \"unitPrice\": \"6.30\"}]}").status())
                .isEqualTo(201);
        assertThat(api.post(venue.path("/sales"), venue.key(), "{\"occurredAt\": \"" + early
                + "\", \"lines\": [{\"sku\": \"BULMERS-DRAUGHT\", \"serving\": \"half\", \"unitPrice\": \"3.40\"}]}").status())
                .isEqualTo(201);

        JsonNode before = awaitDay(calendarDay.minusDays(1), d -> d.at("/sales/count").asInt() == 1);
        assertThat(before.at("/sales/gross").asText()).isEqualTo("6.30");
        JsonNode same = awaitDay(calendarDay, d -> d.at("/sales/count").asInt() == 1);
        assertThat(same.at("/sales/gross").asText()).isEqualTo("3.40");
    }

    @Test
    void stockBelowReorderLevelIsAlertedOncePerCrossing() {
        // reorder level of a Heineken case is 24 bottles; no stock yet, so the first sale is a crossing
        saleOf("HEINEKEN-330-BTL", null, 2, "5.80");
        saleOf("HEINEKEN-330-BTL", null, 1, "5.80");
        awaitStock("HEINEKEN-330-BTL", "-3");
        // a later event of the venue: once it is applied, everything before it has been handled
        saleOf("KP-DRY-ROASTED", null, 1, "2.50");
        awaitStock("KP-DRY-ROASTED", "-1");
        // the alert is sent before the triggering event's trace is written, so by now it is on the topic
        List<ConsumerRecord<String, String>> alerts = topics.readAll("barback.alerts.v1",
                r -> venue.id().equals(r.key()) && r.value().contains("HEINEKEN-330-BTL"));
        assertThat(alerts).hasSize(1);
        JsonNode alert = Json.read(alerts.get(0).value());
        assertThat(alert.get("sku").asText()).isEqualTo("HEINEKEN-330-BTL");
        assertThat(alert.get("reorderLevel").decimalValue()).isEqualByComparingTo("24");
        assertThat(Topics.header(alerts.get(0), "ce_type")).isEqualTo("io.barback.inventory.StockBelowReorderLevel.v1");

        // more trade below the level is not a new crossing
        saleOf("KP-DRY-ROASTED", null, 1, "2.50");
        awaitStock("KP-DRY-ROASTED", "-2");
        assertThat(topics.readAll("barback.alerts.v1",
                r -> venue.id().equals(r.key()) && r.value().contains("HEINEKEN-330-BTL"))).hasSize(1);
    }

    @Test
    void unmappableChangeIsDeadLetteredAndTheStreamGoesOn() {
        UUID broken = UUID.randomUUID();
        // a sale row with no lines, written behind the API's back
        jdbc.update("""
                insert into sale (id, venue_id, status, occurred_at, payment_method, net, vat, gross)
                values (?, ?, 'recorded', now(), 'card', 1.00, 0.23, 1.23)""", broken, venue.id());
        String good = saleOf("CORONA-330-BTL", null, 1, "6.00");

        List<ConsumerRecord<String, String>> parked = topics.await("barback.deadletter.v1",
                r -> r.value().contains(broken.toString()), f -> !f.isEmpty(), Duration.ofSeconds(30));
        JsonNode dead = Json.read(parked.get(0).value());
        assertThat(dead.get("reason").asText()).contains("has no lines");
        assertThat(dead.get("route").asText()).isEqualTo("sales-cdc");
        assertThat(dead.at("/original/after/id").asText()).isEqualTo(broken.toString());
        assertThat(dead.at("/origin/operation").asText()).isIn("c", "r");

        awaitStock("CORONA-330-BTL", "-1");
        assertThat(topics.readAll(SALES, r -> r.value().contains(broken.toString()))).isEmpty();
        assertThat(topics.readAll(SALES, r -> ("sale/" + good + "/recorded").equals(Topics.header(r, "ce_id")))).hasSize(1);
    }

    @Test
    void anEventThatFailsItsSchemaIsParkedByEachProjectionAndTheRestFlows() {
        ProducerRecord<String, String> bad = new ProducerRecord<>(SALES, venue.id(),
                "{\"saleId\": \"not-a-sale\", \"venueId\": \"" + venue.id() + "\", \"lines\": []}");
        bad.headers().add("ce_id", "poison/1".getBytes()).add("ce_type", "io.barback.sales.SaleRecorded.v1".getBytes())
                .add("ce_specversion", "1.0".getBytes());
        topics.send(bad);
        saleOf("REDBULL-250", null, 1, "4.20");

        awaitStock("REDBULL-250", "-1");
        List<ConsumerRecord<String, String>> parked = topics.await("barback.deadletter.v1",
                r -> r.value().contains("not-a-sale"), f -> f.size() >= 2, Duration.ofSeconds(30));
        assertThat(parked).extracting(r -> Json.read(r.value()).get("route").asText())
                .containsExactlyInAnyOrder("inventory-apply-sales", "finance-apply-sales");
        assertThat(Json.read(parked.get(0).value()).get("reason").asText()).contains("fails its schema");
        awaitDay(today(), d -> d.at("/sales/count").asInt() == 1);
    }

    @Test
    void simulatedSalesFlowThroughToTheFigures() {
        Api.Reply reply = api.post(venue.path("/sales/simulate?count=120&seed=7"), venue.key(), null, null, null);
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("count").asInt()).isEqualTo(120);
        String gross = reply.json().at("/totals/gross").asText();
        assertThat(jdbc.queryForObject("select count(*) from sale where venue_id = ? and simulated", Integer.class, venue.id()))
                .isEqualTo(120);
        JsonNode day = awaitDay(today(), d -> d.at("/sales/count").asInt() == 120);
        assertThat(day.at("/sales/gross").asText()).isEqualTo(gross);
        BigDecimal storedGross = jdbc.queryForObject("select sum(gross) from sale where venue_id = ?", BigDecimal.class, venue.id());
        assertThat(storedGross).isEqualByComparingTo(gross);
    }

    String saleOf(String sku, String serving, int quantity, String price) {
        String line = "{\"sku\": \"" + sku + "\", " + (serving == null ? "" : "\"serving\": \"" + serving + "\", ")
                + "\"quantity\": " + quantity + ", \"unitPrice\": \"" + price + "\"}";
        Api.Reply reply = api.post(venue.path("/sales"), venue.key(), "{\"lines\": [" + line + "]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("saleId").asText();
    }

    BigDecimal stock(String sku) {
        return api.get(venue.path("/inventory/" + sku), venue.key()).json().get("onHand").decimalValue();
    }

    void awaitStock(String sku, String expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(stock(sku)).isEqualByComparingTo(expected));
    }

    LocalDate today() {
        return io.barback.finance.TradingCalendar.tradingDay(java.time.Instant.now(), ZoneId.of("Europe/Dublin"),
                java.time.LocalTime.of(4, 0));
    }

    JsonNode awaitDay(LocalDate date, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode days = api.get(venue.path("/finance/daily?from=" + date + "&to=" + date), venue.key()).json().get("days");
            found[0] = days.get(0);
            return ready.test(found[0]);
        });
        return found[0];
    }
}
