package io.barback.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.barback.catalog.CatalogRepository;
import io.barback.catalog.TillAuth;
import io.barback.platform.Totals;
import io.barback.platform.Uuids;
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

/**
 * A sale is stored in one statement that checks, against PostgreSQL and not against this replica's
 * copies, that the till's key is unrevoked and the catalog is the one the sale was priced from. A
 * change made behind the copies' back (another replica, a script) takes effect on the next sale.
 */
@StackTest
class SaleStatementTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SaleRepository sales;
    @Autowired
    CatalogRepository catalog;
    @Autowired
    TillAuth auth;

    Api api;
    TestVenue venue;

    static final String CRISPS = "{\"lines\": [{\"sku\": \"TAYTO-CHEESE-ONION\", \"quantity\": 2, \"unitPrice\": \"2.00\"}]}";

    @BeforeEach
    void setUp() {
        api = new Api(port);
        venue = TestVenues.create(jdbc);
    }

    @Test
    void theStatementStoresTheSaleWithItsLinesAndClaimsTheKeyOnce() {
        Sale sale = sale();
        long version = catalog.catalog(venue.id()).version();
        byte[] key = hash(venue.key());
        assertThat(sales.store(sale, key, version, "receipt-1", new byte[] {1})).isEqualTo(SaleRepository.Stored.STORED);
        Sale again = new Sale(Uuids.timeOrdered(), sale.venueId(), sale.status(), sale.occurredAt(), sale.recordedAt(), null, null,
                sale.paymentMethod(), sale.tillRef(), sale.lines(), sale.totals());
        assertThat(sales.store(again, key, version, "receipt-1", new byte[] {1})).isEqualTo(SaleRepository.Stored.KEY_TAKEN);

        assertThat(jdbc.queryForObject("select count(*) from sale where venue_id = ?", Integer.class, venue.id())).isEqualTo(1);
        Map<String, Object> line = jdbc.queryForMap("select * from sale_line where sale_id = ?", sale.saleId());
        assertThat(line.get("sku")).isEqualTo("TAYTO-CHEESE-ONION");
        assertThat(line.get("quantity")).isEqualTo(2);
        assertThat((BigDecimal) line.get("stock_units")).isEqualByComparingTo("2");
        assertThat((BigDecimal) line.get("gross")).isEqualByComparingTo("4.00");
        assertThat((BigDecimal) line.get("net")).isEqualByComparingTo("3.25");
        assertThat(line.get("serving")).isNull();
        assertThat(jdbc.queryForObject("select sale_id from idempotency_key where venue_id = ? and key = 'receipt-1'",
                UUID.class, venue.id())).isEqualTo(sale.saleId());
    }

    @Test
    void aRevokedKeyOrAnOlderCatalogStoresNothing() {
        long version = catalog.catalog(venue.id()).version();
        byte[] key = hash(venue.key());
        assertThat(sales.store(sale(), key, version - 1, null, null)).isEqualTo(SaleRepository.Stored.STALE);
        assertThat(sales.store(sale(), hash("a key nobody issued"), version, null, null)).isEqualTo(SaleRepository.Stored.STALE);
        jdbc.update("update api_key set revoked_at = now() where venue_id = ?", venue.id());
        assertThat(sales.store(sale(), key, version, "receipt-2", new byte[] {2})).isEqualTo(SaleRepository.Stored.STALE);
        assertThat(jdbc.queryForObject("select count(*) from sale where venue_id = ?", Integer.class, venue.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where venue_id = ?", Integer.class, venue.id())).isZero();
    }

    @Test
    void aProductChangedBehindTheCopyTakesEffectOnTheNextSale() {
        assertThat(api.post(venue.path("/sales"), venue.key(), CRISPS).status()).isEqualTo(201);
        long before = jdbc.queryForObject("select catalog_version from venue where id = ?", Long.class, venue.id());
        // as another replica or a script would: straight into PostgreSQL
        jdbc.update("update product set active = false where venue_id = ? and sku = 'TAYTO-CHEESE-ONION'", venue.id());
        assertThat(jdbc.queryForObject("select catalog_version from venue where id = ?", Long.class, venue.id())).isGreaterThan(before);
        Api.Reply refused = api.post(venue.path("/sales"), venue.key(), CRISPS);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").asText()).isEqualTo("/lines/0/sku");
        jdbc.update("update product set active = true where venue_id = ? and sku = 'TAYTO-CHEESE-ONION'", venue.id());
        assertThat(api.post(venue.path("/sales"), venue.key(), CRISPS).status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from sale where venue_id = ?", Integer.class, venue.id())).isEqualTo(2);
    }

    @Test
    void aKeyRevokedBehindTheCopyIsRefusedOnTheNextSale() {
        assertThat(api.post(venue.path("/sales"), venue.key(), CRISPS).status()).isEqualTo(201);
        jdbc.update("update api_key set revoked_at = now() where venue_id = ?", venue.id());
        Api.Reply refused = api.post(venue.path("/sales"), venue.key(), CRISPS);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asText()).contains("revoked");
        assertThat(jdbc.queryForObject("select count(*) from sale where venue_id = ?", Integer.class, venue.id())).isEqualTo(1);
    }

    @Test
    void aCopyKeptWhileChangesAreAnnouncedIsDroppedWhenOneArrives() throws Exception {
        // the venue's creation is announced too: once that has arrived, the copy is kept
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> catalog.catalog(venue.id()) == catalog.catalog(venue.id()));
        CatalogRepository.VenueCatalog first = catalog.catalog(venue.id());
        assertThat(catalog.catalog(venue.id())).isSameAs(first);
        jdbc.update("update product set name = 'Tayto Cheese & Onion 37g' where venue_id = ? and sku = 'TAYTO-CHEESE-ONION'",
                venue.id());
        // PostgreSQL notifies at commit; the listener drops the copy
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> catalog.catalog(venue.id()) != first);
        assertThat(catalog.catalog(venue.id()).products().get("TAYTO-CHEESE-ONION").name()).isEqualTo("Tayto Cheese & Onion 37g");
        assertThat(catalog.catalog(venue.id()).version()).isGreaterThan(first.version());
    }

    private Sale sale() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Totals t = Totals.fromGross(new BigDecimal("4.00"), new BigDecimal("0.23"));
        Sale.SaleLine line = new Sale.SaleLine(1, "TAYTO-CHEESE-ONION", "Tayto Cheese & Onion", null, 2, new BigDecimal("2"), "each",
                new BigDecimal("2.00"), new BigDecimal("0.23"), t.net(), t.vat(), t.gross());
        return new Sale(Uuids.timeOrdered(), venue.id(), Sale.RECORDED, now, now, null, null, "card", null, List.of(line), t);
    }

    static byte[] hash(String key) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
