-- Venues (the tenants) and their product catalogs.
create table venue (
    id                  text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name                text not null,
    currency            char(3) not null default 'EUR',
    time_zone           text not null default 'Europe/Dublin',
    -- a sale before this local time belongs to the previous trading day
    trading_day_cutoff  time not null default '04:00',
    -- Irish VAT returns are bi-monthly: Jan-Feb, Mar-Apr, ...
    vat_period_months   integer not null default 2 check (vat_period_months in (1, 2, 3, 4, 6, 12)),
    invoice_alias       text not null unique,
    allowed_forwarders  text[] not null default '{}',
    created_at          timestamptz not null default now()
);

create table product (
    venue_id          text not null references venue (id),
    sku               text not null check (sku ~ '^[A-Z0-9][A-Z0-9-]{0,31}$'),
    name              text not null,
    category          text not null,
    vat_rate          numeric(6, 4) not null check (vat_rate >= 0 and vat_rate < 1),
    -- stock is counted in ml (draught, spirits, wine) or each (bottles, cans, bags)
    stock_unit        text not null check (stock_unit in ('ml', 'each')),
    -- one pack as delivered, in stock units: a 50 L keg is 50000, a case of 24 is 24
    pack_size         numeric(12, 3) not null check (pack_size > 0),
    pack_description  text not null,
    -- serving name -> stock units, e.g. {"pint": 568, "half": 284}; empty for products sold by the unit
    servings          jsonb not null default '{}'::jsonb,
    -- serving name (or "each") -> VAT-inclusive list price, a decimal string
    prices            jsonb not null default '{}'::jsonb,
    -- supplier name -> that supplier's product code, to match invoice lines
    supplier_codes    jsonb not null default '{}'::jsonb,
    aliases           text[] not null default '{}',
    reorder_level     numeric(14, 3) not null default 0 check (reorder_level >= 0),
    active            boolean not null default true,
    updated_at        timestamptz not null default now(),
    primary key (venue_id, sku)
);

-- Till API keys: only the SHA-256 of the key is kept.
create table api_key (
    id          bigserial primary key,
    venue_id    text not null references venue (id),
    key_hash    bytea not null unique check (length(key_hash) = 32),
    label       text not null,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);
