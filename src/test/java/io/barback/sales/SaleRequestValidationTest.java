package io.barback.sales;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.web.RequestBodyLimitFilter;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Bad input gets an RFC 9457 problem naming the field and the reason, and nothing is written. */
@StackTest
class SaleRequestValidationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RequestBodyLimitFilter.Settings bodyLimits;

    Api api;
    TestVenue venue;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        venue = TestVenues.create(jdbc);
    }

    static final String PINT = "{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"pint\", \"quantity\": 1, \"unitPrice\": \"5.90\"}";

    static Stream<Arguments> badSales() {
        return Stream.of(
                arguments("malformed JSON", "{\"lines\": [", 400, null),
                arguments("not an object", "[1, 2]", 400, null),
                arguments("no lines", "{}", 422, "/lines"),
                arguments("empty lines", "{\"lines\": []}", 422, "/lines"),
                arguments("lines not an array", "{\"lines\": {}}", 422, "/lines"),
                arguments("unknown sku", "{\"lines\": [{\"sku\": \"NO-SUCH\", \"quantity\": 1, \"unitPrice\": \"1.00\"}]}", 422, "/lines/0/sku"),
                arguments("unknown serving", "{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"yard\", \"unitPrice\": \"5.90\"}]}", 422, "/lines/0/serving"),
                arguments("draught without serving", "{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"unitPrice\": \"5.90\"}]}", 422, "/lines/0/serving"),
                arguments("zero quantity", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": 0, \"unitPrice\": \"2.00\"}]}", 422, "/lines/0/quantity"),
                arguments("negative quantity", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": -2, \"unitPrice\": \"2.00\"}]}", 422, "/lines/0/quantity"),
                arguments("absurd quantity", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": 1000000000000, \"unitPrice\": \"2.00\"}]}", 422, "/lines/0/quantity"),
                arguments("fractional quantity", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": 1.5, \"unitPrice\": \"2.00\"}]}", 422, "/lines/0/quantity"),
                arguments("quantity as text", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": \"two\", \"unitPrice\": \"2.00\"}]}", 422, "/lines/0/quantity"),
                arguments("negative price", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": 1, \"unitPrice\": \"-2.00\"}]}", 422, "/lines/0/unitPrice"),
                arguments("price with three decimals", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": 1, \"unitPrice\": \"2.005\"}]}", 422, "/lines/0/unitPrice"),
                arguments("price not a number", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": 1, \"unitPrice\": \"two euro\"}]}", 422, "/lines/0/unitPrice"),
                arguments("huge price", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": 1, \"unitPrice\": 1e300}]}", 422, "/lines/0/unitPrice"),
                arguments("missing price", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": 1}]}", 422, "/lines/0/unitPrice"),
                arguments("bad line among good", "{\"lines\": [" + PINT + ", {\"sku\": \"NO-SUCH\", \"unitPrice\": \"1.00\"}]}", 422, "/lines/1/sku"),
                arguments("unknown payment method", "{\"paymentMethod\": \"iou\", \"lines\": [" + PINT + "]}", 422, "/paymentMethod"),
                arguments("occurredAt in the future", "{\"occurredAt\": \"2099-01-01T00:00:00Z\", \"lines\": [" + PINT + "]}", 422, "/occurredAt"),
                arguments("occurredAt not a time", "{\"occurredAt\": \"yesterday\", \"lines\": [" + PINT + "]}", 422, "/occurredAt"),
                arguments("control characters in tillRef", "{\"tillRef\": \"T1\\u0000\", \"lines\": [" + PINT + "]}", 422, "/tillRef"),
                arguments("deeply nested", "{\"note\": " + "[".repeat(200) + "]".repeat(200) + ", \"lines\": [" + PINT + "]}", 400, null),
                arguments("lines nested in lines", "{\"lines\": " + "[".repeat(200) + "]".repeat(200) + "}", 422, "/lines/0"),
                arguments("empty body", "", 400, null),
                arguments("lines null", "{\"lines\": null}", 422, "/lines"),
                arguments("line not an object", "{\"lines\": [\"GUINNESS-DRAUGHT\"]}", 422, "/lines/0"),
                arguments("SQL injection as sku", "{\"lines\": [{\"sku\": \"'; drop table sale; --\", \"quantity\": 1, \"unitPrice\": \"1.00\"}]}", 422, "/lines/0/sku"),
                arguments("NoSQL operator as sku", "{\"lines\": [{\"sku\": {\"$gt\": \"\"}, \"quantity\": 1, \"unitPrice\": \"1.00\"}]}", 422, "/lines/0/sku"),
                arguments("full-width lookalike sku", "{\"lines\": [{\"sku\": \"ＴＡＹＴＯ-CHEESE-ONION\", \"quantity\": 1, \"unitPrice\": \"2.00\"}]}", 422, "/lines/0/sku"),
                arguments("quantity of 400 digits", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": " + "9".repeat(400) + ", \"unitPrice\": \"2.00\"}]}", 400, null),
                arguments("price of 400 digits", "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": 1, \"unitPrice\": \"" + "9".repeat(400) + "\"}]}", 422, "/lines/0/unitPrice"),
                arguments("payment method a number", "{\"paymentMethod\": 7, \"lines\": [" + PINT + "]}", 422, "/paymentMethod"),
                arguments("tillRef over 64 characters", "{\"tillRef\": \"" + "T".repeat(65) + "\", \"lines\": [" + PINT + "]}", 422, "/tillRef"));
    }

    /** Odd but harmless input is taken as it is: unknown fields are ignored, text is stored verbatim. */
    static Stream<Arguments> oddButValidSales() {
        return Stream.of(
                arguments("unknown fields ignored", "{\"discount\": \"100%\", \"$where\": \"1\", \"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"pint\", \"unitPrice\": \"5.90\", \"free\": true}]}", null),
                arguments("unicode tillRef", "{\"tillRef\": \"Bar 🍺 Ó Súilleabháin\", \"lines\": [" + PINT + "]}", "Bar 🍺 Ó Súilleabháin"),
                arguments("SQL text as tillRef", "{\"tillRef\": \"'; drop table sale; --\", \"lines\": [" + PINT + "]}", "'; drop table sale; --"),
                arguments("NoSQL text as tillRef", "{\"tillRef\": \"{\\\"$ne\\\": null}\", \"lines\": [" + PINT + "]}", "{\"$ne\": null}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddButValidSales")
    void oddButValidSaleIsStoredExactlyAsSent(String name, String body, String tillRef) {
        Api.Reply reply = api.post(venue.path("/sales"), venue.key(), body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().at("/totals/gross").asText()).isEqualTo("5.90");
        assertThat(reply.json().get("lines")).hasSize(1);
        assertThat(salesOfVenue()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select till_ref from sale where venue_id = ?", String.class, venue.id()))
                .isEqualTo(tillRef);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSales")
    void badSaleIsRefusedWithAProblemAndNothingIsStored(String name, String body, int status, String field) {
        Api.Reply reply = api.post(venue.path("/sales"), venue.key(), body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        if (status == 422) {
            // the type the tills' integrations key on
            assertThat(problem.get("type").asText()).isEqualTo("https://barback.io/problems/unprocessable-sale");
        }
        if (field != null) {
            assertThat(problem.get("field").asText()).isEqualTo(field);
        }
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at io.barback");
        assertThat(salesOfVenue()).isZero();
    }

    @Test
    void requestWithoutKeyIs401AndWithAnotherVenuesKeyIs403() {
        Api.Reply none = api.post(venue.path("/sales"), null, "{\"lines\": [" + PINT + "]}");
        assertThat(none.status()).isEqualTo(401);
        Api.Reply wrong = api.post(venue.path("/sales"), "not-a-key", "{\"lines\": [" + PINT + "]}");
        assertThat(wrong.status()).isEqualTo(401);
        Api.Reply demoKey = api.post(venue.path("/sales"), "local-demo-key", "{\"lines\": [" + PINT + "]}");
        assertThat(demoKey.status()).isEqualTo(403);
        assertThat(demoKey.json().get("detail").asText()).contains("another venue");
        assertThat(api.get(venue.path("/inventory"), "local-demo-key").status()).isEqualTo(403);
        assertThat(api.get("/venues/the-local/inventory", venue.key()).status()).isEqualTo(403);
        assertThat(salesOfVenue()).isZero();
    }

    /**
     * A till's path that is not what it seems is refused by the request firewall before any route
     * sees it: Tomcat would drop the {@code ;x=1} and hand the route a plain sales path.
     */
    @Test
    void pathsTheFirewallRefusesAre400AndStoreNothing() {
        String body = "{\"lines\": [" + PINT + "]}";
        for (String path : List.of(
                venue.path(";x=1/sales"),
                venue.path("/sales;jsessionid=1"),
                venue.path("//sales"),
                venue.path("/%2e/sales"))) {
            Api.Reply reply = api.post(path, venue.key(), body);
            assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(reply.body()).as(path).doesNotContain("Exception");
        }
        assertThat(salesOfVenue()).isZero();
        assertThat(api.post(venue.path("/sales"), venue.key(), body).status()).isEqualTo(201);
    }

    @Test
    void unknownVenueIs404() {
        Api.Reply reply = api.post("/venues/no-such-pub/sales", venue.key(), "{\"lines\": [" + PINT + "]}");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("detail").asText()).contains("no-such-pub");
    }

    @Test
    void bodyOver64KbIs413AndWrongContentTypeIs415() {
        String big = "{\"tillRef\": \"" + "x".repeat(70_000) + "\", \"lines\": [" + PINT + "]}";
        Api.Reply tooBig = api.post(venue.path("/sales"), venue.key(), big);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.header("Content-Type")).startsWith("application/problem+json");

        Api.Reply text = api.post(venue.path("/sales"), venue.key(), "{\"lines\": [" + PINT + "]}", "text/plain", null);
        assertThat(text.status()).isEqualTo(415);
        Api.Reply none = api.post(venue.path("/sales"), venue.key(), "{\"lines\": [" + PINT + "]}", null, null);
        assertThat(none.status()).isEqualTo(415);
        assertThat(salesOfVenue()).isZero();
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheFirstSaleAndStoresNothingNew() {
        String body = "{\"lines\": [" + PINT + "]}";
        Api.Reply first = api.post(venue.path("/sales"), venue.key(), body, "application/json", "till-1-receipt-42");
        Api.Reply retry = api.post(venue.path("/sales"), venue.key(), body, "application/json", "till-1-receipt-42");
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("saleId")).isEqualTo(first.json().get("saleId"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(salesOfVenue()).isEqualTo(1);

        Api.Reply different = api.post(venue.path("/sales"), venue.key(),
                "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"unitPrice\": \"2.00\"}]}", "application/json", "till-1-receipt-42");
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.json().get("detail").asText()).contains("different request");
        assertThat(salesOfVenue()).isEqualTo(1);
    }

    @Test
    void unknownSaleIs404AndGetReturnsTheStoredSale() {
        assertThat(api.get(venue.path("/sales/" + java.util.UUID.randomUUID()), venue.key()).status()).isEqualTo(404);
        assertThat(api.get(venue.path("/sales/not-a-uuid"), venue.key()).status()).isEqualTo(404);
        Api.Reply posted = api.post(venue.path("/sales"), venue.key(), "{\"lines\": [" + PINT + "]}");
        Api.Reply got = api.get(venue.path("/sales/" + posted.json().get("saleId").asText()), venue.key());
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json()).isEqualTo(posted.json());
        assertThat(got.header("Authorization")).isNull();
    }

    /** A void's body is optional; when sent, it is bound like a sale's and refused the same way. */
    @Test
    void aVoidsBodyIsCheckedBeforeAnythingIsVoided() {
        Api.Reply posted = api.post(venue.path("/sales"), venue.key(), "{\"lines\": [" + PINT + "]}");
        String voidPath = venue.path("/sales/" + posted.json().get("saleId").asText() + "/void");
        record Bad(String body, String contentType, int status, String field) {
        }
        for (Bad bad : List.of(
                new Bad("{\"reason\": ", "application/json", 400, null),
                new Bad("{\"reason\": 42}", "application/json", 422, "/reason"),
                new Bad("{\"reason\": \"" + "x".repeat(201) + "\"}", "application/json", 422, "/reason"),
                new Bad("{\"reason\": \"rang up twice\"}", "text/plain", 415, null))) {
            Api.Reply reply = api.post(voidPath, venue.key(), bad.body(), bad.contentType(), null);
            assertThat(reply.status()).as(bad + ": " + reply.body()).isEqualTo(bad.status());
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().path("field").asText(null)).as(bad.toString()).isEqualTo(bad.field());
        }
        assertThat(api.get(venue.path("/sales/" + posted.json().get("saleId").asText()), venue.key()).json().get("status").asText())
                .isEqualTo(Sale.RECORDED);

        Api.Reply voided = api.post(voidPath, venue.key(), "{\"reason\": \"rang up twice\"}");
        assertThat(voided.status()).as(voided.body()).isEqualTo(200);
        assertThat(voided.json().get("status").asText()).isEqualTo(Sale.VOIDED);
        assertThat(voided.json().get("saleId")).isEqualTo(posted.json().get("saleId"));
    }

    @Test
    void simulateRefusesCountsOutOfRange() {
        assertThat(api.post(venue.path("/sales/simulate?count=10001"), venue.key(), null, null, null).status()).isEqualTo(422);
        assertThat(api.post(venue.path("/sales/simulate?count=0"), venue.key(), null, null, null).status()).isEqualTo(422);
        assertThat(api.post(venue.path("/sales/simulate?count=lots"), venue.key(), null, null, null).status()).isEqualTo(422);
        assertThat(salesOfVenue()).isZero();
    }

    /**
     * Slow bodies: twenty clients trickle a sale a byte every half second (it would take a minute
     * to arrive) and one stops half-way. Each gets a 408 problem within the body time limit plus
     * one read timeout, nothing of theirs is stored, and a till posting meanwhile is served at once.
     * The limits are the test profile's (4 s each, 10 s in production), so that this takes seconds.
     */
    @Test
    void aBodyTrickledOrStalledIs408AndOtherTillsAreServedMeanwhile() throws Exception {
        String body = "{\"tillRef\": \"slow\", \"lines\": [" + PINT + "]}";
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(21);
        try {
            List<java.util.concurrent.Future<String>> trickled = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                trickled.add(clients.submit(() -> slowPost(body, body.length())));
            }
            // the one that stops does so well within the body's time limit: it is the read timeout that ends it
            long limitSeconds = bodyLimits.bodyReadTimeout().toSeconds();
            int sentBeforeStalling = (int) Math.max(1, limitSeconds);
            java.util.concurrent.Future<String> stalled = clients.submit(() -> slowPost(body, sentBeforeStalling));

            long t0 = System.nanoTime();
            Api.Reply meanwhile = api.post(venue.path("/sales"), venue.key(), "{\"lines\": [" + PINT + "]}");
            long servedMillis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(201);
            assertThat(servedMillis).as("a till is not kept waiting by slow clients").isLessThan(5_000);

            for (var answer : trickled) {
                assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)).startsWith("HTTP/1.1 408")
                        .contains("application/problem+json").contains("did not arrive whole within " + limitSeconds + " s")
                        .contains("nothing was stored");
            }
            assertThat(stalled.get(60, java.util.concurrent.TimeUnit.SECONDS)).startsWith("HTTP/1.1 408")
                    .contains("stopped arriving part-way");
        } finally {
            clients.shutdownNow();
        }
        assertThat(salesOfVenue()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sale where venue_id = ? and till_ref = 'slow'", Integer.class,
                venue.id())).isZero();
    }

    /**
     * Sends a sale's headers, then its body a byte at a time, waiting up to 500 ms after each for
     * the server's answer; stops after {@code send} bytes or once the server answers, and returns
     * what the server answered.
     */
    String slowPost(String body, int send) throws Exception {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            var out = socket.getOutputStream();
            var in = new java.io.PushbackInputStream(socket.getInputStream());
            out.write(("POST /api/v1" + venue.path("/sales") + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + venue.key() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(500);
            try {
                for (int i = 0; i < send; i++) {
                    out.write(bytes[i]);
                    out.flush();
                    try {
                        int first = in.read();
                        if (first >= 0) {
                            in.unread(first);
                        }
                        break; // the server answered, or hung up
                    } catch (java.net.SocketTimeoutException e) {
                        // no answer within 500 ms: the next byte
                    }
                }
            } catch (java.io.IOException e) {
                // the server answered and closed while we were still sending
            }
            socket.setSoTimeout(40_000);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    int salesOfVenue() {
        return jdbc.queryForObject("select count(*) from sale where venue_id = ?", Integer.class, venue.id());
    }
}
