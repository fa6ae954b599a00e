package io.barback.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@StackTest
class CatalogApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    TestVenue venue;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        venue = TestVenues.create(jdbc);
    }

    @Test
    void demoVenueHasABelievableIrishPubCatalog() {
        JsonNode items = api.get("/venues/the-local/products", "local-demo-key").json().get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(25);
        JsonNode stout = find(items, "GUINNESS-DRAUGHT");
        assertThat(stout.get("vatRate").asText()).isEqualTo("0.23");
        assertThat(stout.get("stockUnit").asText()).isEqualTo("ml");
        assertThat(stout.get("packSize").asInt()).isEqualTo(50000);
        assertThat(stout.at("/servings/pint").asInt()).isEqualTo(568);
        assertThat(stout.at("/servings/half").asInt()).isEqualTo(284);
        assertThat(find(items, "JAMESON-70").at("/servings/measure").decimalValue()).isEqualByComparingTo("35.5");
        assertThat(find(items, "JAMESON-70").get("packSize").asInt()).isEqualTo(700);
        assertThat(find(items, "HEINEKEN-330-BTL").get("packSize").asInt()).isEqualTo(24);
        assertThat(find(items, "TEA-CUP").get("vatRate").asText()).isEqualTo("0.09");
        java.util.Set<String> categories = new java.util.HashSet<>();
        items.forEach(i -> categories.add(i.get("category").asText()));
        assertThat(categories).contains("draught", "bottles", "spirits", "wine", "minerals", "snacks");
    }

    @Test
    void putCreatesThenReplacesAProductAndSalesUseIt() {
        String product = """
                {"name": "Guinness Hop House 13 (can)", "category": "bottles", "vatRate": "0.23", "stockUnit": "each",
                 "packSize": 24, "prices": {"each": "5.50"}, "reorderLevel": 12, "supplierCodes": {"Diageo Ireland": "HH13-C440"}}""";
        Api.Reply created = api.put(venue.path("/products/HH13-CAN"), venue.key(), product);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("reorderLevel").asInt()).isEqualTo(12);
        Api.Reply replaced = api.put(venue.path("/products/HH13-CAN"), venue.key(), product.replace("\"reorderLevel\": 12", "\"reorderLevel\": 48"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("reorderLevel").asInt()).isEqualTo(48);
        assertThat(api.post(venue.path("/sales"), venue.key(),
                "{\"lines\": [{\"sku\": \"HH13-CAN\", \"quantity\": 2, \"unitPrice\": \"5.50\"}]}").status()).isEqualTo(201);
    }

    @Test
    void putRefusesAProductThatCannotBeSold() {
        Api.Reply noServings = api.put(venue.path("/products/NEW-KEG"), venue.key(),
                "{\"name\": \"New keg\", \"vatRate\": \"0.23\", \"stockUnit\": \"ml\", \"packSize\": 50000}");
        assertThat(noServings.status()).isEqualTo(422);
        assertThat(noServings.json().get("field").asText()).isEqualTo("/servings");
        Api.Reply badRate = api.put(venue.path("/products/NEW-KEG"), venue.key(),
                "{\"name\": \"New keg\", \"vatRate\": \"23\", \"stockUnit\": \"each\", \"packSize\": 1}");
        assertThat(badRate.status()).isEqualTo(422);
        assertThat(badRate.json().get("field").asText()).isEqualTo("/vatRate");
        assertThat(api.put(venue.path("/products/bad%20sku"), venue.key(), "{}").status()).isIn(404, 422);
        // numbers a column cannot hold, or a serving too small to count, are refused up front
        Api.Reply huge = api.put(venue.path("/products/NEW-KEG"), venue.key(),
                "{\"name\": \"New keg\", \"vatRate\": \"0.23\", \"stockUnit\": \"each\", \"packSize\": \"1e999999999\"}");
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.json().get("field").asText()).isEqualTo("/packSize");
        Api.Reply tiny = api.put(venue.path("/products/NEW-KEG"), venue.key(),
                "{\"name\": \"New keg\", \"vatRate\": \"0.23\", \"stockUnit\": \"ml\", \"packSize\": 50000, \"servings\": {\"drop\": 0.0004}}");
        assertThat(tiny.status()).isEqualTo(422);
        assertThat(tiny.json().get("field").asText()).isEqualTo("/servings/drop");
        Api.Reply priceForNoServing = api.put(venue.path("/products/NEW-KEG"), venue.key(),
                "{\"name\": \"New keg\", \"vatRate\": \"0.23\", \"stockUnit\": \"ml\", \"packSize\": 50000,"
                        + " \"servings\": {\"pint\": 568}, \"prices\": {\"pint\": \"6.00\", \"each\": \"1.00\"}}");
        assertThat(priceForNoServing.status()).isEqualTo(422);
        assertThat(priceForNoServing.json().get("field").asText()).isEqualTo("/prices/each");
        assertThat(jdbc.queryForObject("select count(*) from product where venue_id = ? and sku = 'NEW-KEG'", Integer.class,
                venue.id())).isZero();
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Api.Reply reply = api.get("/openapi.json", null);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode paths = reply.json().get("paths");
        assertThat(paths.has("/venues/{venueId}/sales")).isTrue();
        assertThat(paths.has("/venues/{venueId}/sales/{saleId}/void")).isTrue();
        assertThat(paths.has("/venues/{venueId}/finance/daily")).isTrue();
        assertThat(paths.has("/venues/{venueId}/inventory/{sku}")).isTrue();
    }

    static JsonNode find(JsonNode items, String sku) {
        for (JsonNode i : items) {
            if (sku.equals(i.get("sku").asText())) {
                return i;
            }
        }
        throw new AssertionError("no product " + sku);
    }
}
