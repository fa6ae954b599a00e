-- Stock counts and wastage: what the publican found in the cellar and what was poured away.
-- Both are facts of record like sales; Debezium streams these tables' WAL too (sales-cdc), and
-- the inventory projection places each count at the moment it was taken (see StockEvents).

create table stock_count (
    id               uuid primary key,
    venue_id         text not null references venue (id),
    kind             text not null check (kind in ('full', 'spot')),
    -- when the count was taken, to the second; movements from this moment on still apply
    counted_at       timestamptz not null check (counted_at = date_trunc('second', counted_at)),
    counted_by       text,
    recorded_at      timestamptz not null default now(),
    -- [{"sku", "name", "stockUnit", "counted", "packs"?, "partial"?, "leftOut"?}] in stock units
    lines            jsonb not null check (jsonb_typeof(lines) = 'array' and jsonb_array_length(lines) > 0),
    idempotency_key  text,
    request_hash     bytea,
    -- the 201 as first answered, for a retry with the same Idempotency-Key
    answer           jsonb not null,
    unique (venue_id, idempotency_key)
);
create index stock_count_venue_counted on stock_count (venue_id, counted_at);

create table wastage (
    id               uuid primary key,
    venue_id         text not null references venue (id),
    sku              text not null,
    name             text not null,
    serving          text,
    quantity         numeric(14, 3) not null check (quantity > 0),
    stock_units      numeric(14, 3) not null check (stock_units > 0),
    stock_unit       text not null check (stock_unit in ('ml', 'each')),
    reason           text not null check (reason in ('line-cleaning', 'spillage', 'breakage', 'out-of-date', 'staff', 'other')),
    note             text,
    wasted_at        timestamptz not null,
    recorded_at      timestamptz not null default now(),
    idempotency_key  text,
    request_hash     bytea,
    unique (venue_id, idempotency_key)
);
create index wastage_venue_wasted on wastage (venue_id, wasted_at);

-- A database CDC already streams: its publication (whatever it is called) takes the new tables
-- now, so no count stored before Barback's next start is missed.
do $$
declare
    p record;
begin
    for p in select pubname from pg_publication_tables where schemaname = 'public' and tablename = 'sale' loop
        execute format('alter publication %I add table public.stock_count, public.wastage', p.pubname);
    end loop;
end
$$;
