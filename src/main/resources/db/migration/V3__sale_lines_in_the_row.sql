-- The priced lines also travel in the sale row itself, so the CDC route builds SaleRecorded
-- from the write-ahead log alone, without reading the database back under load. sale_line
-- stays the table to query; rows written before this column existed are read from it.
alter table sale add column lines jsonb;
