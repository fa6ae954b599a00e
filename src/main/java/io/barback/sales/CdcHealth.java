package io.barback.sales;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.barback.platform.health.BackgroundHealth;
import io.barback.platform.health.Degraded;
import io.barback.platform.health.PostgresHealth;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Is CDC really streaming? The Camel route can report "started" while its Debezium engine
 * has stopped, so this asks PostgreSQL whether the replication slot has a live reader, every two
 * seconds in the background (a probe never waits on a PostgreSQL that hangs). Reported as
 * {@code cdc} in /actuator/health and in the readiness group.
 */
@Component("cdcHealthIndicator")
public class CdcHealth extends BackgroundHealth {

    private final JdbcTemplate jdbc;
    private final CamelContext camel;
    private final String slot;
    private final CdcSlot slots;
    private final PostgresHealth postgres;

    public CdcHealth(JdbcTemplate jdbc, CamelContext camel, @Value("${barback.cdc.slot}") String slot, CdcSlot slots,
                     PostgresHealth postgres) {
        super("cdc", Duration.ofSeconds(2));
        this.jdbc = jdbc;
        this.camel = camel;
        this.slot = slot;
        this.slots = slots;
        this.postgres = postgres;
    }

    @Override
    protected Health check() {
        Health.Builder builder = new Health.Builder();
        report(builder);
        return builder.build();
    }

    private void report(Health.Builder builder) {
        ServiceStatus route = camel.getRouteController().getRouteStatus("sales-cdc");
        if (route == null || !route.isStarted()) {
            // deliberately not running here (another replica leads, or held back): nothing to report
            builder.up().withDetail("route", route == null ? "absent" : route.name());
            return;
        }
        if (slots.last() == CdcSlot.State.LOST) {
            builder.status(Degraded.STATUS).withDetail("slot", slot)
                    .withDetail("problem", "replication slot '" + slot + "' existed and is missing on this PostgreSQL"
                            + " (a failover?): CDC is stopped so as not to skip sales; sales are still stored")
                    .withDetail("action", "README, Operate, 'CDC slot missing'");
            return;
        }
        if (postgres.away()) {
            // asked in the background by the db check; a probe must not wait on a server that hangs
            builder.status(Degraded.STATUS).withDetail("slot", slot + ": PostgreSQL is away; CDC resumes from it when"
                    + " it is back");
            return;
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select active, pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn) as lag_bytes"
                        + " from pg_replication_slots where slot_name = ?", slot);
        if (rows.isEmpty()) {
            builder.status(Degraded.STATUS).withDetail("slot", slot + " does not exist (yet)");
        } else if (!Boolean.TRUE.equals(rows.get(0).get("active"))) {
            // sales are still stored; they are published once the engine streams again
            builder.status(Degraded.STATUS).withDetail("slot", slot + " has no reader: the Debezium engine is not streaming");
        } else {
            builder.up().withDetail("slot", slot).withDetail("lagBytes", rows.get(0).get("lag_bytes"));
        }
    }
}
