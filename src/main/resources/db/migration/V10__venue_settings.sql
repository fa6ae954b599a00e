-- What the publican sets for a venue. Both are read where a figure is made, so a change applies
-- to the next report or delivery; the venue_changed trigger (V6) drops every replica's copy.
--  * variance_allowances: category -> the share of its usage that may go unrecorded before a
--    loss counts as unexplained, in percent as a decimal string (draught line cleaning: 2-3).
--  * price_change_percent: how far a delivered cost may move from the last one before
--    SupplierPriceChanged; null is the deployment's default (barback.stock.price-change-threshold).
alter table venue add column variance_allowances jsonb not null default '{}'::jsonb;
alter table venue add column price_change_percent numeric(5, 2)
    check (price_change_percent > 0 and price_change_percent <= 100);
