package io.barback.platform.events;

import java.util.List;

import org.apache.camel.Message;

/**
 * Turns committed changes of some tables, as Debezium read them from the WAL, into events. One
 * per feature that keeps facts in PostgreSQL; {@link CdcChanges} hands each change to the one
 * that owns its table.
 */
public interface ChangeMapper {

    /** True for the tables (Debezium's {@code schema.table} identifier, such as {@code barback.public.sale}) this mapper owns. */
    boolean owns(String table);

    /** The events of one change; a change that can never be mapped throws a {@link PoisonEventException}. */
    List<OutboundEvent> map(Message change);
}
