package io.barback.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.health.Degraded;
import io.barback.platform.local.LocalStack;
import io.barback.platform.web.ApiServlet;
import io.barback.platform.web.HttpReply;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the person on call relies on: the probes, the metrics, the console behind its login, and
 * the operator's control of till keys. Against the real local stack.
 */
@StackTest
class OperationsTest {

    private static final String OPERATOR = basic("admin", "barback");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;
    @Autowired
    LocalStack stack;
    @Autowired
    org.springframework.boot.actuate.health.HealthEndpointGroups healthGroups;
    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void forgetOperatorFailures() {
        jdbc.update("delete from login_failure where login like 'operator:%'");
    }

    @Test
    void probesAreOpenButTheirDetailsAndEveryOtherEndpointNeedTheOperator() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResponse<String> ready = get("/actuator/health/readiness", null);
            assertThat(ready.statusCode()).isEqualTo(200);
            JsonNode components = Json.read(ready.body()).get("components");
            assertThat(components.fieldNames()).toIterable().contains("db", "kafka", "mongo", "mailbox", "cdc");
            components.forEach(c -> assertThat(c.get("status").asText()).isEqualTo("UP"));
        });
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        // without the login no details (hosts, slot names) are shown; with it they are
        assertThat(get("/actuator/health", null).body()).doesNotContain("details");
        assertThat(get("/actuator/health/readiness", null).body()).doesNotContain("details", "slot", "imap");
        assertThat(Json.read(get("/actuator/health", OPERATOR).body()).at("/components/kafka/details/brokers").asInt())
                .isEqualTo(1);

        for (String path : new String[] {"/actuator/prometheus", "/actuator/jolokia", "/actuator/metrics",
                "/actuator/hawtio/", "/actuator/jolokia/read/java.lang:type=Runtime/Uptime"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, basic("admin", "wrong")).statusCode()).as(path).isEqualTo(401);
        }
        // those were five wrong passwords: the operator's login is locked for 15 minutes (as
        // DashboardApiTest shows); here the window is taken to have passed
        assertThat(get("/actuator/metrics", OPERATOR).statusCode()).as("locked after five wrong passwords").isEqualTo(401);
        forgetOperatorFailures();
        HttpResponse<String> jolokia = get("/actuator/jolokia/read/java.lang:type=Runtime/Uptime", OPERATOR);
        assertThat(jolokia.statusCode()).isEqualTo(200);
        assertThat(Json.read(jolokia.body()).get("value").asLong()).isPositive();
        // a browser without the login is sent to the login form
        HttpResponse<String> browser = http.send(HttpRequest.newBuilder(uri("/actuator/hawtio/"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theApiIsServedByTheServletThatMatchesAPathOnce() throws Exception {
        TestVenue venue = TestVenues.create(jdbc);
        assertThat(new Api(port).get(venue.path("/inventory"), venue.key()).status()).isEqualTo(200);
        assertThat(servlets).filteredOn(s -> s.getServlet() instanceof ApiServlet).singleElement()
                .satisfies(s -> assertThat(((ApiServlet) s.getServlet()).getServletResolveConsumerStrategy())
                        .isInstanceOf(ApiServlet.KeptResolve.class))
                .satisfies(s -> assertThat(s.getUrlMappings()).containsExactly("/api/v1/*"));
    }

    @Test
    void prometheusShowsEveryRouteTheLagOfEachProjectionAndTheBusinessCounters() throws Exception {
        TestVenue venue = TestVenues.create(jdbc);
        Api api = new Api(port);
        assertThat(api.post(venue.path("/sales"), venue.key(),
                "{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"pint\", \"unitPrice\": \"5.90\"}]}").status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String metrics = get("/actuator/prometheus", OPERATOR).body();
            for (Route route : camel.getRoutes()) {
                assertThat(metrics).as(route.getRouteId()).contains("routeId=\"" + route.getRouteId() + "\"");
            }
            assertThat(metrics).contains("camel_exchanges_failed_total", "camel_exchanges_total");
            assertThat(sample(metrics, "barback_events_applied_total", "projection=\"inventory\"", "type=\"SaleRecorded\""))
                    .isGreaterThanOrEqualTo(1);
            assertThat(sample(metrics, "barback_events_applied_total", "projection=\"finance\"", "type=\"SaleRecorded\""))
                    .isGreaterThanOrEqualTo(1);
            // every projection caught up: a lag figure per group, and zero once the sale is applied
            for (String group : new String[] {"barback-inventory", "barback-finance"}) {
                assertThat(sample(metrics, "barback_consumer_lag_records", "group=\"" + group + "\"",
                        "topic=\"barback.sales.v1\"")).as(group).isZero();
            }
            assertThat(metrics).contains("barback_invoices_awaiting_review");
        });
    }

    /**
     * A replica that is starting (OUT_OF_SERVICE) or has lost PostgreSQL (DOWN) must answer 503,
     * or the orchestrator sends it traffic; DEGRADED answers 200. A custom mapping replaces
     * Spring Boot's defaults, which once turned every status into 200 (CrashRecoveryTest saw a
     * starting Barback answer 200 OUT_OF_SERVICE).
     */
    @Test
    void everyProbeAnswers503WhenDownOrStartingAnd200WhenDegraded() {
        for (String group : List.of("liveness", "readiness")) {
            var mapper = healthGroups.get(group).getHttpCodeStatusMapper();
            assertThat(mapper.getStatusCode(org.springframework.boot.actuate.health.Status.DOWN)).as(group).isEqualTo(503);
            assertThat(mapper.getStatusCode(org.springframework.boot.actuate.health.Status.OUT_OF_SERVICE)).as(group)
                    .isEqualTo(503);
            assertThat(mapper.getStatusCode(Degraded.STATUS)).as(group).isEqualTo(200);
            assertThat(mapper.getStatusCode(org.springframework.boot.actuate.health.Status.UP)).as(group).isEqualTo(200);
        }
        var primary = healthGroups.getPrimary().getHttpCodeStatusMapper();
        assertThat(primary.getStatusCode(org.springframework.boot.actuate.health.Status.OUT_OF_SERVICE)).isEqualTo(503);
        assertThat(primary.getStatusCode(org.springframework.boot.actuate.health.Status.DOWN)).isEqualTo(503);
    }

    @Test
    void anOutageBehindBarbackIsDegradedNotDownSoTheTillsKeepTheirApi() throws Exception {
        stack.stopMongo();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                HttpResponse<String> ready = get("/actuator/health/readiness", null);
                assertThat(ready.statusCode()).isEqualTo(200);
                JsonNode health = Json.read(ready.body());
                assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
                assertThat(health.at("/components/mongo/status").asText()).isEqualTo("DEGRADED");
                assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
            });
            // and liveness stays UP: restarting Barback would not bring MongoDB back
            HttpResponse<String> live = get("/actuator/health/liveness", null);
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(Json.read(live.body()).get("status").asText()).isEqualTo("UP");
            TestVenue venue = TestVenues.create(jdbc);
            assertThat(new Api(port).post(venue.path("/sales"), venue.key(),
                    "{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"pint\", \"unitPrice\": \"5.90\"}]}").status())
                    .isEqualTo(201);
        } finally {
            stack.startMongo();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Json.read(get("/actuator/health/readiness", null).body()).get("status").asText()).isEqualTo("UP"));
    }

    @Test
    void theOperatorIssuesAndRevokesTillKeysAndAKeyOpensOnlyItsVenue() throws Exception {
        TestVenue venue = TestVenues.create(jdbc);
        TestVenue other = TestVenues.create(jdbc);
        Api api = new Api(port);
        String keys = "/api/v1/admin/venues/" + venue.id() + "/till-keys";

        HttpResponse<String> anonymous = post(keys, null, "{\"label\": \"bar till 2\"}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue(HttpReply.PROBLEM_JSON);
        // a till's key is not the operator's login
        assertThat(post(keys, "Bearer " + venue.key(), "{\"label\": \"x\"}").statusCode()).isEqualTo(401);
        assertThat(post(keys, OPERATOR, "{\"label\": \"  \"}").statusCode()).isEqualTo(422);
        assertThat(post(keys, OPERATOR, "{not json").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/admin/venues/no-such-venue/till-keys", OPERATOR, "{\"label\": \"a\"}").statusCode())
                .isEqualTo(404);

        HttpResponse<String> issued = post(keys, OPERATOR, "{\"label\": \"bar till 2\"}");
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode key = Json.read(issued.body());
        String secret = key.get("key").asText();
        assertThat(secret).startsWith("bbk_").hasSizeGreaterThan(40);
        // only the hash is kept
        assertThat(jdbc.queryForObject("select count(*) from api_key where key_hash = sha256(convert_to(?, 'UTF8'))",
                Integer.class, secret)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from api_key where encode(key_hash, 'escape') like ?",
                Integer.class, "%" + secret + "%")).isZero();

        String sale = "{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"pint\", \"unitPrice\": \"5.90\"}]}";
        assertThat(api.post(venue.path("/sales"), secret, sale).status()).isEqualTo(201);
        Api.Reply across = api.post(other.path("/sales"), secret, sale);
        assertThat(across.status()).isEqualTo(403);
        assertThat(across.body()).doesNotContain("Exception").doesNotContain("\tat ");

        JsonNode listed = Json.read(get(keys, OPERATOR).body()).get("items");
        assertThat(listed).anySatisfy(k -> assertThat(k.get("label").asText()).isEqualTo("bar till 2"));
        assertThat(listed.toString()).doesNotContain(secret);

        long keyId = key.get("keyId").asLong();
        assertThat(send(HttpRequest.newBuilder(uri(keys + "/" + keyId)).header("Authorization", OPERATOR).DELETE()).statusCode())
                .isEqualTo(204);
        assertThat(send(HttpRequest.newBuilder(uri(keys + "/" + keyId)).header("Authorization", OPERATOR).DELETE()).statusCode())
                .as("revoking twice changes nothing").isEqualTo(204);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/admin/venues/" + other.id() + "/till-keys/" + keyId))
                .header("Authorization", OPERATOR).DELETE()).statusCode()).as("not the other venue's key").isEqualTo(404);
        Api.Reply revoked = api.post(venue.path("/sales"), secret, sale);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("detail").asText()).contains("revoked");
        // the venue's first key still works
        assertThat(api.post(venue.path("/sales"), venue.key(), sale).status()).isEqualTo(201);
    }

    @Test
    void unknownTillKeysFromOneAddressAreSlowedWhileAKnownKeyGoesThrough() throws Exception {
        TestVenue venue = TestVenues.create(jdbc);
        String path = "/api/v1/venues/" + venue.id() + "/inventory";
        // the pub's till, behind the same address, has been trading
        String client = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        assertThat(tillGet(path, venue.key(), client).statusCode()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            assertThat(tillGet(path, "guess-" + i, client).statusCode()).as("guess " + i).isEqualTo(401);
        }
        HttpResponse<String> slowed = tillGet(path, "guess-20", client);
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Content-Type")).hasValue(HttpReply.PROBLEM_JSON);
        assertThat(Integer.parseInt(slowed.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
        assertThat(Json.read(slowed.body()).get("detail").asText()).contains("not valid");
        assertThat(tillGet(path, venue.key(), client).statusCode()).as("the till's own key").isEqualTo(200);
        assertThat(tillGet(path, "guess-21", "198.51.100.7").statusCode()).as("another address").isEqualTo(401);
    }

    private HttpResponse<String> tillGet(String path, String key, String forwardedFor) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key)
                .header("X-Forwarded-For", forwardedFor).GET());
    }

    @Test
    void errorBodiesNeverCarryAStackTrace() throws Exception {
        TestVenue venue = TestVenues.create(jdbc);
        Api api = new Api(port);
        for (String body : new String[] {"{\"lines\": [{\"sku\": 1e999999}]}", "[[[[[[[[[[", "{\"lines\": \"\\u0000\"}"}) {
            Api.Reply reply = api.post(venue.path("/sales"), venue.key(), body);
            assertThat(reply.status()).as(body).isBetween(400, 499);
            assertThat(reply.body()).as(body).doesNotContain("\tat ", "Exception", "io.barback");
        }
        HttpResponse<String> unknown = get("/no/such/page", OPERATOR);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("\tat ", "trace");
    }

    // --- plumbing -------------------------------------------------------------------------

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The value of one Prometheus sample whose line carries every given label. */
    private static double sample(String metrics, String name, String... labels) {
        return metrics.lines().filter(l -> l.startsWith(name + "{"))
                .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no sample " + name + " " + String.join(",", labels)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b);
    }

    private HttpResponse<String> post(String path, String authorization, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
