package io.barback.sales;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The replication slot CDC streams from, checked before the Debezium engine starts. A slot that
 * existed once (its name is in table {@code cdc_slot}) but is missing now was lost, in a failover
 * to a standby or by hand: starting the engine would create a new slot at the current end of the
 * WAL, and every sale committed in between would never be published. CDC stays stopped instead,
 * and health names the slot (see README, Operate, "CDC slot missing").
 */
@Component
public class CdcSlot {

    /** What the check found. */
    public enum State {
        /** The slot is there: stream from it. */
        PRESENT,
        /** Neither the slot nor a trace of it: the first start, Debezium creates it and snapshots. */
        NEW,
        /** The slot existed and is gone: CDC must not start. */
        LOST
    }

    private final JdbcTemplate jdbc;
    private final String slot;
    private volatile State last;

    public CdcSlot(JdbcTemplate jdbc, @Value("${barback.cdc.slot}") String slot) {
        this.jdbc = jdbc;
        this.slot = slot;
    }

    public String name() {
        return slot;
    }

    /** Checks the slot, and remembers it once it exists. */
    public State check() {
        boolean exists = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from pg_replication_slots where slot_name = ?)", Boolean.class, slot));
        if (exists) {
            jdbc.update("insert into cdc_slot (slot_name) values (?) on conflict (slot_name) do nothing", slot);
            last = State.PRESENT;
        } else {
            boolean seen = Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from cdc_slot where slot_name = ?)", Boolean.class, slot));
            last = seen ? State.LOST : State.NEW;
        }
        return last;
    }

    /** The last check's answer, null before the first. */
    public State last() {
        return last;
    }
}
