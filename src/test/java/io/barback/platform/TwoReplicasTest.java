package io.barback.platform;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.barback.faults.BarbackProcess;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import io.barback.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Barback replicas on one stack, behind one address as a load balancer shows them: the
 * stack test's own Barback, and a second one, a process of its own, started here against the same
 * PostgreSQL, Kafka and MongoDB (not streaming the WAL, as a replica that does not hold the CDC
 * lease). A sign-in, the
 * wrong passwords that lock a login, the unknown till keys that slow an address, a sale and its
 * idempotency key hold whichever replica each request reaches.
 */
@StackTest
class TwoReplicasTest {

    static final String PASSWORD = "two replicas, one pub";

    @LocalServerPort
    int port;
    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    JdbcTemplate jdbc;

    /** Started once for the class, at its first test: the stack's properties are the test context's. */
    static BarbackProcess second;
    static int secondPort;
    TestVenue venue;
    String login;

    void startASecondReplica() throws Exception {
        if (second != null) {
            return;
        }
        MapPropertySource stack = (MapPropertySource) environment.getPropertySources().get("barbackLocalStack");
        assertThat(stack).as("the stack test's local stack").isNotNull();
        List<String> args = new ArrayList<>();
        for (Map.Entry<String, Object> e : stack.getSource().entrySet()) {
            // the stack's addresses and secrets (not the data directory, the WAL offsets or the servlet of the first)
            if (!e.getKey().startsWith("barback.local-stack.") && !e.getKey().startsWith("barback.cdc.offset")
                    && !e.getKey().startsWith("camel.")) {
                args.add("--" + e.getKey() + "=" + e.getValue());
            }
        }
        // the first replica holds the CDC lease and reads the mailbox; this one serves requests and
        // runs its share of the projections
        args.addAll(List.of("--barback.cdc.auto-startup=false", "--barback.invoices.enabled=false"));
        second = BarbackProcess.replica(Path.of("target", "replicas", "run-" + System.currentTimeMillis()).toAbsolutePath(),
                args);
        second.start();
        secondPort = second.httpPort();
    }

    @AfterAll
    static void stopTheSecondReplica() throws Exception {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @BeforeEach
    void venueWithALogin() throws Exception {
        startASecondReplica();
        venue = TestVenues.create(jdbc);
        login = "publican@" + venue.id() + ".ie";
        HttpResponse<String> made = new WebClient().send(port, "PUT", "/api/v1/admin/venues/" + venue.id() + "/logins/" + login,
                "{\"password\": \"" + PASSWORD + "\"}", "application/json",
                "Basic " + Base64.getEncoder().encodeToString("admin:barback".getBytes(StandardCharsets.UTF_8)), true);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }

    @Test
    void aSignInOnOneReplicaHoldsOnTheOtherAndSigningOutEndsItOnBoth() {
        WebClient publican = new WebClient();
        assertThat(publican.get(secondPort, "/api/v1/dashboard/me", null).statusCode()).as("not signed in yet").isEqualTo(401);
        HttpResponse<String> signedIn = publican.signIn(port, login, PASSWORD);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);

        HttpResponse<String> me = publican.get(secondPort, "/api/v1/dashboard/me", null);
        assertThat(me.statusCode()).as("the session, read by the other replica").isEqualTo(200);
        assertThat(me.body()).contains(venue.id());

        assertThat(publican.send(secondPort, "DELETE", "/api/v1/dashboard/session", null, null, null, true).statusCode())
                .isEqualTo(204);
        assertThat(publican.get(port, "/api/v1/dashboard/me", null).statusCode()).as("signed out on the other").isEqualTo(401);
    }

    @Test
    void wrongPasswordsOnBothReplicasAddUpToOneLock() {
        // five wrong passwords lock a login: three reach one replica, two the other
        for (int i = 0; i < 5; i++) {
            int to = i % 2 == 0 ? port : secondPort;
            assertThat(new WebClient().signIn(to, login, "wrong password " + i).statusCode()).as("guess " + i).isEqualTo(401);
        }
        for (int to : new int[] {port, secondPort}) {
            HttpResponse<String> locked = new WebClient().signIn(to, login, PASSWORD);
            assertThat(locked.statusCode()).as("the right password, while locked, on port " + to).isEqualTo(429);
            assertThat(locked.body()).contains("15 minutes");
        }
    }

    @Test
    void unknownTillKeysFromOneAddressAreCountedAcrossReplicas() {
        String client = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
        String path = "/api/v1/venues/" + venue.id() + "/inventory";
        WebClient till = new WebClient();
        // the pub's till, behind the same address, has been trading through both replicas
        for (int to : new int[] {port, secondPort}) {
            assertThat(tillGet(till, to, path, venue.key(), client).statusCode()).isEqualTo(200);
        }
        // the allowance is 20 a minute, whichever replica the guesses reach: ten on each
        for (int i = 0; i < 20; i++) {
            int to = i % 2 == 0 ? port : secondPort;
            assertThat(tillGet(till, to, path, "guess-" + i, client).statusCode()).as("guess " + i).isEqualTo(401);
        }
        for (int to : new int[] {secondPort, port}) {
            HttpResponse<String> slowed = tillGet(till, to, path, "guess-more-" + to, client);
            assertThat(slowed.statusCode()).as("past the allowance, on port " + to).isEqualTo(429);
            assertThat(Integer.parseInt(slowed.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
        }
        for (int to : new int[] {port, secondPort}) {
            assertThat(tillGet(till, to, path, venue.key(), client).statusCode()).as("the venue's own key").isEqualTo(200);
        }
    }

    @Test
    void aSaleTakenByOneReplicaIsStoredOnceAndCountedOnBoth() {
        Api first = new Api(port);
        Api other = new Api(secondPort);
        String sale = "{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"pint\", \"quantity\": 2, \"unitPrice\": \"5.90\"}]}";
        String idempotencyKey = UUID.randomUUID().toString();
        Api.Reply taken = other.post(venue.path("/sales"), venue.key(), sale, "application/json", idempotencyKey);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        // the till lost the answer and retried; the load balancer sent the retry to the other replica
        Api.Reply retried = first.post(venue.path("/sales"), venue.key(), sale, "application/json", idempotencyKey);
        assertThat(retried.status()).as(retried.body()).isIn(200, 201);
        assertThat(retried.json().get("saleId").asText()).isEqualTo(taken.json().get("saleId").asText());
        assertThat(jdbc.queryForObject("select count(*) from sale where venue_id = ?", Integer.class, venue.id())).isEqualTo(1);

        for (Api replica : List.of(first, other)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    replica.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json().get("onHand").decimalValue())
                    .isEqualByComparingTo(new BigDecimal("-1136")));
        }
    }

    private static HttpResponse<String> tillGet(WebClient till, int port, String path, String key, String forwardedFor) {
        return till.send(HttpRequest.newBuilder(WebClient.uri(port, path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key).header("X-Forwarded-For", forwardedFor).GET().build());
    }
}
