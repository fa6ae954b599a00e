-- Sales: the system of record for takings. Debezium streams the sale table's WAL.
create table sale (
    id              uuid primary key,
    venue_id        text not null references venue (id),
    status          text not null check (status in ('recorded', 'voided')),
    occurred_at     timestamptz not null,
    recorded_at     timestamptz not null default now(),
    voided_at       timestamptz,
    void_reason     text,
    payment_method  text not null check (payment_method in ('card', 'cash', 'other')),
    till_ref        text,
    simulated       boolean not null default false,
    net             numeric(12, 2) not null,
    vat             numeric(12, 2) not null,
    gross           numeric(12, 2) not null,
    check (net + vat = gross)
);
create index sale_venue_occurred on sale (venue_id, occurred_at);

-- Lines are immutable and written in the same transaction as their sale.
create table sale_line (
    sale_id      uuid not null references sale (id),
    line_no      integer not null check (line_no > 0),
    sku          text not null,
    name         text not null,
    serving      text,
    quantity     integer not null check (quantity > 0),
    -- quantity converted to the product's stock unit at the time of sale
    stock_units  numeric(14, 3) not null check (stock_units > 0),
    stock_unit   text not null check (stock_unit in ('ml', 'each')),
    unit_price   numeric(12, 2) not null check (unit_price >= 0),
    vat_rate     numeric(6, 4) not null,
    net          numeric(12, 2) not null,
    vat          numeric(12, 2) not null,
    gross        numeric(12, 2) not null,
    primary key (sale_id, line_no),
    check (net + vat = gross)
);

-- A till that retries a POST with the same Idempotency-Key gets the first sale back.
create table idempotency_key (
    venue_id      text not null references venue (id),
    key           text not null,
    request_hash  bytea not null,
    sale_id       uuid not null references sale (id),
    created_at    timestamptz not null default now(),
    primary key (venue_id, key)
);
