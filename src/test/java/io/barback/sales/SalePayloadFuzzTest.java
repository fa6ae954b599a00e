package io.barback.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.barback.platform.Json;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property of the sale API, tried on a few hundred generated payloads (valid sales mutated at
 * random: values of the wrong type, out of range, unicode and control characters, injection
 * strings, fields dropped or added, the text cut or spliced): the answer is either a 201 with
 * the sale stored whole and its totals adding up, or a 4xx problem with nothing stored. Never a
 * 5xx, never half a sale. The seed is fixed so a failure can be replayed; set
 * {@code -Dbarback.fuzz.seed=N} to explore further.
 */
@StackTest
class SalePayloadFuzzTest {

    private static final int CASES = 400;
    private static final String[] SKUS = {"GUINNESS-DRAUGHT", "TAYTO-CHEESE-ONION", "JAMESON-70", "HOUSE-RED-75"};
    private static final String[] HOSTILE = {"' or 1=1 --", "'; drop table sale; --", "{\"$gt\": \"\"}", "$where",
            "GUINNESS-DRAUGHT\u0000", "ＧＵＩＮＮＥＳＳ", "🍺", "\u202egnp.exe", "\r\nX-Injected: 1", "%00", "../../etc/passwd",
            "a".repeat(5000), "", " ", "null", "1e309", "NaN", "-0", "0x10", "５.９０"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonNodeFactory json = JsonNodeFactory.instance;

    @Test
    void everyPayloadGetsAWholeSaleOrAProblemAndNeverAServerError() {
        long seed = Long.getLong("barback.fuzz.seed", 20261122L);
        Random random = new Random(seed);
        Api api = new Api(port);
        TestVenue venue = TestVenues.create(jdbc);
        int created = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            String body = payload(random);
            int before = salesOf(venue);
            int linesBefore = linesOf(venue);
            Api.Reply reply = api.post(venue.path("/sales"), venue.key(), body);
            String where = "seed " + seed + ", case " + i + ": " + abbreviate(body) + " -> " + reply.status() + " "
                    + abbreviate(reply.body());
            assertThat(reply.status()).as(where).isLessThan(500);
            if (reply.status() == 201) {
                created++;
                JsonNode sale = reply.json();
                assertThat(salesOf(venue)).as(where).isEqualTo(before + 1);
                assertThat(linesOf(venue)).as(where).isEqualTo(linesBefore + sale.get("lines").size());
                BigDecimal gross = BigDecimal.ZERO;
                for (JsonNode line : sale.get("lines")) {
                    gross = gross.add(new BigDecimal(line.get("gross").asText()));
                }
                assertThat(new BigDecimal(sale.at("/totals/gross").asText())).as(where).isEqualByComparingTo(gross);
                assertThat(new BigDecimal(sale.at("/totals/net").asText())
                        .add(new BigDecimal(sale.at("/totals/vat").asText()))).as(where).isEqualByComparingTo(gross);
                // what was answered is what was stored
                assertThat(api.get(venue.path("/sales/" + sale.get("saleId").asText()), venue.key()).json().get("totals"))
                        .as(where).isEqualTo(sale.get("totals"));
            } else {
                refused++;
                assertThat(reply.status()).as(where).isBetween(400, 499);
                assertThat(reply.header("Content-Type")).as(where).startsWith("application/problem+json");
                assertThat(reply.json().get("detail").asText()).as(where).isNotBlank();
                assertThat(reply.body()).as(where).doesNotContain("Exception", "\tat ");
                assertThat(salesOf(venue)).as(where).isEqualTo(before);
                assertThat(linesOf(venue)).as(where).isEqualTo(linesBefore);
            }
        }
        // the generator reaches both sides of the property, or it proves little
        assertThat(created).as("accepted").isGreaterThan(CASES / 10);
        assertThat(refused).as("refused").isGreaterThan(CASES / 3);
        System.out.printf("sale payload fuzz: seed %d, %d cases, %d accepted, %d refused%n", seed, CASES, created, refused);
    }

    /** A valid sale, then up to three mutations; sometimes the text itself is damaged. */
    private String payload(Random random) {
        ObjectNode sale = json.objectNode();
        ArrayNode lines = sale.putArray("lines");
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            lines.add(line(random));
        }
        if (random.nextBoolean()) {
            sale.put("paymentMethod", random.nextBoolean() ? "cash" : "card");
        }
        if (random.nextInt(4) == 0) {
            sale.put("tillRef", "T" + random.nextInt(100));
        }
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            mutate(sale, random);
        }
        String text = Json.write(sale);
        switch (random.nextInt(12)) {
            case 0 -> text = text.substring(0, random.nextInt(text.length()));
            case 1 -> {
                int at = random.nextInt(text.length());
                text = text.substring(0, at) + (char) random.nextInt(0x3000) + text.substring(at);
            }
            case 2 -> text = text.replaceFirst("\"", "");
            default -> {
            }
        }
        return text;
    }

    private ObjectNode line(Random random) {
        ObjectNode line = json.objectNode();
        String sku = SKUS[random.nextInt(SKUS.length)];
        line.put("sku", sku);
        switch (sku) {
            case "GUINNESS-DRAUGHT" -> line.put("serving", random.nextBoolean() ? "pint" : "half").put("unitPrice", "5.90");
            case "JAMESON-70" -> line.put("serving", "measure").put("unitPrice", "6.20");
            case "HOUSE-RED-75" -> line.put("serving", "glass").put("unitPrice", "7.50");
            default -> line.put("unitPrice", "2.00");
        }
        line.put("quantity", 1 + random.nextInt(4));
        return line;
    }

    private void mutate(ObjectNode sale, Random random) {
        List<ObjectNode> targets = new ArrayList<>();
        targets.add(sale);
        sale.path("lines").forEach(l -> {
            if (l instanceof ObjectNode o) {
                targets.add(o);
            }
        });
        ObjectNode target = targets.get(random.nextInt(targets.size()));
        List<String> fields = new ArrayList<>();
        target.fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() || random.nextInt(5) == 0 ? "extra" + random.nextInt(3) : fields.get(random.nextInt(fields.size()));
        switch (random.nextInt(9)) {
            case 0 -> target.remove(field);
            case 1 -> target.put(field, HOSTILE[random.nextInt(HOSTILE.length)]);
            case 2 -> target.put(field, random.nextInt(7) - 3);
            case 3 -> target.put(field, new BigDecimal(random.nextBoolean() ? "1e40" : "-0.001"));
            case 4 -> target.putNull(field);
            case 5 -> target.put(field, random.nextBoolean());
            case 6 -> target.putArray(field).add(1).add("two");
            case 7 -> target.putObject(field).put("$ne", 1);
            default -> target.put(field, new String(Character.toChars(0x1F37A)) + random.nextInt(1000));
        }
    }

    private int salesOf(TestVenue venue) {
        return jdbc.queryForObject("select count(*) from sale where venue_id = ?", Integer.class, venue.id());
    }

    private int linesOf(TestVenue venue) {
        return jdbc.queryForObject("select count(*) from sale_line l join sale s on s.id = l.sale_id where s.venue_id = ?",
                Integer.class, venue.id());
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
