package io.barback.sales;

import java.util.List;
import java.util.Map;

import io.barback.platform.Degraded;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Is CDC really streaming? The Camel route can report "started" while its Debezium engine
 * has stopped, so this asks PostgreSQL whether the replication slot has a live reader.
 * Reported as {@code cdc} in /actuator/health and in the readiness group.
 */
@Component("cdcHealthIndicator")
public class CdcHealth extends AbstractHealthIndicator {

    private final JdbcTemplate jdbc;
    private final CamelContext camel;
    private final String slot;

    public CdcHealth(JdbcTemplate jdbc, CamelContext camel, @Value("${barback.cdc.slot}") String slot) {
        super("CDC health check failed");
        this.jdbc = jdbc;
        this.camel = camel;
        this.slot = slot;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ServiceStatus route = camel.getRouteController().getRouteStatus("sales-cdc");
        if (route == null || !route.isStarted()) {
            // deliberately not running here (another replica leads, or held back): nothing to report
            builder.up().withDetail("route", route == null ? "absent" : route.name());
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
