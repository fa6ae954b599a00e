-- The replication slot CDC reads, remembered once it exists. The row travels with the data (a
-- standby promoted to primary has it), the slot does not: a primary that has the row but not the
-- slot lost the slot in a failover, and CDC must not create a new one and stream on from there,
-- which would skip every sale committed in between. It stops and says so (README, Operate).
create table cdc_slot (
    slot_name   text primary key,
    seen_at     timestamptz not null default now()
);
