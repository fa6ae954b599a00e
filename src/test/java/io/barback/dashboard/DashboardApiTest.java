package io.barback.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.Json;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import io.barback.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's API as the page uses it: a venue login made by the operator, a session, the
 * CSRF token on writes, and figures that follow a sale posted by a till.
 */
@StackTest
class DashboardApiTest {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    TestVenue venue;
    String login;

    @BeforeEach
    void venueWithALogin() {
        api = new Api(port);
        venue = TestVenues.create(jdbc);
        login = "publican@" + venue.id() + ".ie";
        Page operator = new Page();
        HttpResponse<String> made = operator.send("PUT", "/api/v1/admin/venues/" + venue.id() + "/logins/" + login,
                "{\"password\": \"" + PASSWORD + "\"}", "application/json", adminBasic());
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }

    @Test
    void theOperatorMakesListsAndDisablesLogins() {
        Page operator = new Page();
        String base = "/api/v1/admin/venues/" + venue.id() + "/logins";
        HttpResponse<String> shortPassword = operator.send("PUT", base + "/barstaff", "{\"password\": \"short\"}",
                "application/json", adminBasic());
        assertThat(shortPassword.statusCode()).isEqualTo(422);
        assertThat(Json.read(shortPassword.body()).get("detail").asText()).contains("12 to 128 characters");

        // the same name at another venue is refused; a new password for one's own is a 200
        TestVenue other = TestVenues.create(jdbc);
        assertThat(operator.send("PUT", "/api/v1/admin/venues/" + other.id() + "/logins/" + login,
                "{\"password\": \"" + PASSWORD + "\"}", "application/json", adminBasic()).statusCode()).isEqualTo(409);
        assertThat(operator.send("PUT", base + "/" + login.toUpperCase(), "{\"password\": \"another good password\"}",
                "application/json", adminBasic()).statusCode()).isEqualTo(200);

        HttpResponse<String> list = operator.send("GET", base, null, null, adminBasic());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(login).doesNotContain("bcrypt").doesNotContain("password_hash");
        String hash = jdbc.queryForObject("select password_hash from venue_login where username = ?", String.class, login);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("another good password");

        // a till key is not the operator
        assertThat(operator.send("GET", base, null, null, "Bearer " + venue.key()).statusCode()).isEqualTo(401);

        Page publican = new Page();
        assertThat(publican.signIn(login, "another good password").statusCode()).isEqualTo(200);
        assertThat(publican.get("/api/v1/dashboard/me").statusCode()).isEqualTo(200);
        assertThat(operator.send("DELETE", base + "/" + login, null, null, adminBasic()).statusCode()).isEqualTo(204);
        // the open session is refused from its next request, and the login cannot sign in again
        HttpResponse<String> after = publican.get("/api/v1/dashboard/me");
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(Json.read(after.body()).get("detail").asText()).contains("disabled");
        assertThat(new Page().signIn(login, "another good password").statusCode()).isEqualTo(401);
    }

    @Test
    void signingInNeedsTheRightPasswordAndTheCsrfTokenAndOpensOnlyItsOwnVenue() {
        Page page = new Page();
        HttpResponse<String> before = page.get("/api/v1/dashboard/overview");
        assertThat(before.statusCode()).isEqualTo(401);
        // no Basic challenge: the browser would otherwise pop up its own login box over the page
        assertThat(before.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(before.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        HttpResponse<String> noToken = page.send("POST", "/api/v1/dashboard/session", form(login, PASSWORD),
                "application/x-www-form-urlencoded", null, false);
        assertThat(noToken.statusCode()).isEqualTo(403);

        HttpResponse<String> wrong = page.signIn(login, "not the password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Json.read(wrong.body()).get("detail").asText()).isEqualTo("Wrong login or password.");

        // the till key opens no dashboard, and the dashboard's session opens no till API
        HttpResponse<String> tillKey = page.send("GET", "/api/v1/dashboard/overview", null, null, "Bearer " + venue.key());
        assertThat(tillKey.statusCode()).isEqualTo(401);

        HttpResponse<String> ok = page.signIn(login.toUpperCase(), PASSWORD);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(Json.read(ok.body()).get("venueId").asText()).isEqualTo(venue.id());
        JsonNode me = Json.read(page.get("/api/v1/dashboard/me").body());
        assertThat(me.get("venue").get("id").asText()).isEqualTo(venue.id());
        assertThat(me.get("username").asText()).isEqualTo(login);
        assertThat(page.get("/api/v1/venues/" + venue.id() + "/inventory").statusCode()).isEqualTo(401);
        assertThat(page.get("/api/v1/venues/the-local/inventory").statusCode()).isEqualTo(401);
        // a venue named in the query does not switch the dashboard to it
        HttpResponse<String> other = page.get("/api/v1/dashboard/overview?venueId=the-local");
        assertThat(other.statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select last_sign_in_at is not null from venue_login where username = ?",
                Boolean.class, login)).isTrue();

        // a write without the token is refused even when signed in
        HttpResponse<String> approve = page.send("POST", "/api/v1/dashboard/invoices/" + UUID.randomUUID() + "/approve",
                "{}", "application/json", null, false);
        assertThat(approve.statusCode()).isEqualTo(403);
        HttpResponse<String> withToken = page.send("POST", "/api/v1/dashboard/invoices/" + UUID.randomUUID() + "/approve",
                "{}", "application/json", null);
        assertThat(withToken.statusCode()).isEqualTo(404);

        assertThat(page.send("DELETE", "/api/v1/dashboard/session", null, null, null).statusCode()).isEqualTo(204);
        assertThat(page.get("/api/v1/dashboard/me").statusCode()).isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsLockTheLoginEvenAgainstTheRightOne() {
        Page page = new Page();
        for (int i = 0; i < 5; i++) {
            assertThat(page.signIn(login, "guess " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = page.signIn(login, PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(Json.read(locked.body()).get("detail").asText()).contains("15 minutes");
        // the operator setting a new password lifts the lock
        new Page().send("PUT", "/api/v1/admin/venues/" + venue.id() + "/logins/" + login,
                "{\"password\": \"" + PASSWORD + "\"}", "application/json", adminBasic());
        assertThat(page.signIn(login, PASSWORD).statusCode()).isEqualTo(200);
    }

    /**
     * Replicas share nothing but PostgreSQL: a sign-in is a session row every replica reads, and
     * a wrong password a row every replica counts. Rows written as another replica would write
     * them lock the login here; rows taken away sign the page out here.
     */
    @Test
    void theSessionAndTheLockLiveInPostgresqlWhereEveryReplicaSeesThem() {
        Page page = new Page();
        assertThat(page.signIn(login, PASSWORD).statusCode()).isEqualTo(200);
        String sessionId = new String(Base64.getDecoder().decode(page.web.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION")).map(HttpCookie::getValue).findFirst().orElseThrow()),
                StandardCharsets.UTF_8);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, sessionId))
                .isEqualTo(1);
        assertThat(page.get("/api/v1/dashboard/overview").statusCode()).isEqualTo(200);
        // a sign-out on any replica deletes the row: this replica no longer knows the session either
        jdbc.update("delete from spring_session where session_id = ?", sessionId);
        assertThat(page.get("/api/v1/dashboard/overview").statusCode()).isEqualTo(401);

        // five wrong passwords given to other replicas, as they record them
        for (int i = 0; i < 5; i++) {
            jdbc.update("insert into login_failure (login, failed_at) values (?, now())", login);
        }
        HttpResponse<String> locked = new Page().signIn(login, PASSWORD);
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(429);
        // and wrong passwords given here are rows the others count
        jdbc.update("delete from login_failure where login = ?", login);
        new Page().signIn(login, "a wrong guess");
        assertThat(jdbc.queryForObject("select count(*) from login_failure where login = ?", Integer.class, login))
                .isEqualTo(1);
        assertThat(new Page().signIn(login, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void fiveWrongOperatorPasswordsLockTheOperatorsLoginOnEveryReplica() {
        String wrong = "Basic " + Base64.getEncoder().encodeToString("admin:not-it".getBytes(StandardCharsets.UTF_8));
        String logins = "/api/v1/admin/venues/" + venue.id() + "/logins";
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(new Page().send("GET", logins, null, null, wrong, false).statusCode()).isEqualTo(401);
            }
            assertThat(jdbc.queryForObject("select count(*) from login_failure where login = 'operator:admin'", Integer.class))
                    .isEqualTo(5);
            HttpResponse<String> locked = new Page().send("GET", logins, null, null, adminBasic(), false);
            assertThat(locked.statusCode()).as(locked.body()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).contains("900");
            // the window passed (the rows aged out, on whichever replica): the right password opens again
            jdbc.update("delete from login_failure where login = 'operator:admin'");
            assertThat(new Page().send("GET", logins, null, null, adminBasic(), false).statusCode()).isEqualTo(200);
        } finally {
            jdbc.update("delete from login_failure where login = 'operator:admin'");
        }
    }

    @Test
    void theOverviewFollowsASaleAndAnswers304WhileNothingChanges() {
        Page page = new Page();
        assertThat(page.signIn(login, PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> first = page.get("/api/v1/dashboard/overview");
        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode before = Json.read(first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(before.get("today").get("sales").get("gross").asText()).isEqualTo("0.00");
        assertThat(before.get("days")).hasSize(30);
        assertThat(before.get("venue").get("id").asText()).isEqualTo(venue.id());
        // nothing has moved: every product is below its reorder level at zero, low ones first
        assertThat(before.get("lowStock").asInt()).isEqualTo(before.get("stock").size());
        assertThat(page.get("/api/v1/dashboard/overview", etag).statusCode()).isEqualTo(304);

        // a till sells two pints and a half of Guinness and a bag of crisps
        Api.Reply sale = api.post(venue.path("/sales"), venue.key(), """
                {"lines": [{"sku": "GUINNESS-DRAUGHT", "serving": "pint", "quantity": 2, "unitPrice": "5.90"},
                           {"sku": "GUINNESS-DRAUGHT", "serving": "half", "quantity": 1, "unitPrice": "3.10"},
                           {"sku": "TAYTO-CHEESE-ONION", "quantity": 1, "unitPrice": "1.80"}]}""");
        assertThat(sale.status()).as(sale.body()).isEqualTo(201);
        String gross = sale.json().get("totals").get("gross").asText();

        JsonNode after = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> r = page.get("/api/v1/dashboard/overview", etag);
            return r.statusCode() == 200 ? Json.read(r.body()) : null;
        }, o -> o != null && o.get("today").get("sales").get("gross").asText().equals(gross)
                // the finance projection writes the day, then the VAT period: a read may fall between them
                && o.get("vat").get("vatOnSales").asText().equals(sale.json().get("totals").get("vat").asText())
                && stock(o, "GUINNESS-DRAUGHT").get("onHand").asLong() == -1420
                && stock(o, "TAYTO-CHEESE-ONION").get("onHand").asLong() == -1);
        assertThat(after.get("today").get("sales").get("count").asInt()).isEqualTo(1);
        assertThat(after.get("vat").get("vatOnSales").asText()).isEqualTo(sale.json().get("totals").get("vat").asText());

        JsonNode history = Json.read(page.get("/api/v1/dashboard/products/GUINNESS-DRAUGHT/history?days=7").body());
        assertThat(history.get("days")).hasSize(7);
        JsonNode today = history.get("days").get(6);
        assertThat(today.get("date").asText()).isEqualTo(after.get("tradingDay").asText());
        assertThat(today.get("out").asText()).isEqualTo("1420");
        assertThat(today.get("in").asText()).isEqualTo("0");
        assertThat(history.get("onHand").asText()).isEqualTo("-1420");

        // a void takes the sale back out of its day
        String saleId = sale.json().get("saleId").asText();
        assertThat(api.post(venue.path("/sales/" + saleId + "/void"), venue.key(), "{\"reason\": \"rang up twice\"}").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> Json.read(
                page.get("/api/v1/dashboard/products/GUINNESS-DRAUGHT/history?days=1").body()).get("days").get(0)
                .get("out").asText().equals("0"));

        HttpResponse<String> badDays = page.get("/api/v1/dashboard/products/GUINNESS-DRAUGHT/history?days=999");
        assertThat(badDays.statusCode()).isEqualTo(422);
        assertThat(page.get("/api/v1/dashboard/products/NO-SUCH-THING/history").statusCode()).isEqualTo(404);
    }

    @Test
    void thePageItselfIsServedWithoutALoginAndHoldsNoData() {
        HttpResponse<String> page = new Page().get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\"").contains("/assets/");
        String script = page.body().replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");
        HttpResponse<String> js = new Page().get(script);
        assertThat(js.statusCode()).isEqualTo(200);
        // the chart library is in the bundle: nothing is fetched from elsewhere at run time
        assertThat(js.body()).contains("/api/v1/dashboard").doesNotContain("cdn.jsdelivr").doesNotContain("unpkg.com");
    }

    private static JsonNode stock(JsonNode overview, String sku) {
        for (JsonNode item : overview.get("stock")) {
            if (item.get("sku").asText().equals(sku)) {
                return item;
            }
        }
        throw new AssertionError("no " + sku + " in the stock list");
    }

    private static String form(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private static String adminBasic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:barback".getBytes(StandardCharsets.UTF_8));
    }

    /** A browser's view of the dashboard on this Barback (see {@link WebClient}). */
    final class Page {
        final WebClient web = new WebClient();

        HttpResponse<String> get(String path) {
            return web.get(port, path, null);
        }

        HttpResponse<String> get(String path, String ifNoneMatch) {
            return web.get(port, path, ifNoneMatch);
        }

        HttpResponse<String> signIn(String username, String password) {
            return web.signIn(port, username, password);
        }

        HttpResponse<String> send(String method, String path, String body, String contentType, String authorization) {
            return web.send(port, method, path, body, contentType, authorization, true);
        }

        HttpResponse<String> send(String method, String path, String body, String contentType, String authorization,
                                  boolean csrf) {
            return web.send(port, method, path, body, contentType, authorization, csrf);
        }
    }
}
