package io.barback.sales;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.barback.support.Api;
import io.barback.support.StackTest;
import io.barback.support.TestVenues;
import io.barback.support.TestVenues.TestVenue;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A failover to a PostgreSQL that lacks the replication slot (a standby promoted without it, or
 * the slot dropped by hand): CDC must neither create a new slot and stream on, skipping what was
 * committed in between, nor snapshot silently. It stays stopped, health names the slot, sales are
 * still stored; and the recovery README gives (forget the slot and Debezium's offsets, start CDC:
 * a snapshot) publishes what was missed with every sale counted once.
 */
@StackTest
// it drops the replication slot: whatever it leaves, the classes after it get a stack of their own
@DirtiesContext
class CdcSlotLostTest {

    static final String PINT = "{\"lines\": [{\"sku\": \"GUINNESS-DRAUGHT\", \"serving\": \"pint\", \"unitPrice\": \"5.90\"}]}";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;
    @Autowired
    CdcSlot slot;
    @Autowired
    CdcHealth health;
    @Value("${barback.cdc.offset-file}")
    String offsetFile;

    @Test
    void aLostSlotStopsCdcUntilAnOperatorRecoversAndNothingIsSkippedOrDoubled() throws Exception {
        Api api = new Api(port);
        TestVenue venue = TestVenues.create(jdbc);
        assertThat(api.post(venue.path("/sales"), venue.key(), PINT).status()).isEqualTo(201);
        awaitPints(api, venue, 1);

        // the failover: the new primary has the data (and the trace of the slot), not the slot
        camel.getRouteController().stopRoute("sales-cdc");
        // the route is stopped once the engine has closed its connection; PostgreSQL frees the slot when
        // its WAL sender has gone, a moment later
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from pg_replication_slots where slot_name = ? and active", Integer.class, slot.name()))
                .isZero());
        jdbc.queryForList("select pg_drop_replication_slot(?)", slot.name());
        camel.getRouteController().startRoute("sales-cdc");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(slot.last()).isEqualTo(CdcSlot.State.LOST);
            assertThat(health.health().getDetails().toString()).contains("'" + slot.name() + "'")
                    .contains("CDC slot missing");
        });
        // sales are still taken, and nothing is streamed from a new slot
        assertThat(api.post(venue.path("/sales"), venue.key(), PINT).status()).isEqualTo(201);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(slotExists()).isFalse();
            assertThat(onHand(api, venue)).isEqualTo(-568);
        });

        // the recovery README gives: forget the slot and Debezium's offsets, start CDC again
        camel.getRouteController().stopRoute("sales-cdc");
        jdbc.update("delete from cdc_slot where slot_name = ?", slot.name());
        Files.deleteIfExists(Path.of(offsetFile));
        camel.getRouteController().startRoute("sales-cdc");

        // a snapshot publishes every sale again: the one CDC missed is counted, the other not twice
        awaitPints(api, venue, 2);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(onHand(api, venue)).isEqualTo(-568 * 2));
        java.math.BigDecimal takings = java.math.BigDecimal.ZERO;
        for (var day : api.get(venue.path("/finance/daily?from=" + java.time.LocalDate.now().minusDays(1)), venue.key())
                .json().get("days")) {
            takings = takings.add(new java.math.BigDecimal(day.at("/sales/gross").asText()));
        }
        assertThat(takings).isEqualByComparingTo("11.80");
        await().atMost(Duration.ofSeconds(20)).until(() -> slot.last() == CdcSlot.State.PRESENT);
    }

    private boolean slotExists() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from pg_replication_slots where slot_name = ?)", Boolean.class, slot.name()));
    }

    private static int onHand(Api api, TestVenue venue) {
        return api.get(venue.path("/inventory/GUINNESS-DRAUGHT"), venue.key()).json().get("onHand").asInt();
    }

    private static void awaitPints(Api api, TestVenue venue, int pints) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(onHand(api, venue)).isEqualTo(-568 * pints));
    }
}
