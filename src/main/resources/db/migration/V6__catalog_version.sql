-- Every replica keeps the venues, their catalogs and the till keys in memory, so that a sale costs
-- one round trip to PostgreSQL. Two things keep those copies honest:
--  * catalog_version counts the changes to a venue's products. The statement that stores a sale
--    checks, in its own WHERE, that the till's key is unrevoked and that the version is the one
--    the sale was priced from; a stale copy costs a reload and a retry, never a wrong sale.
--  * a notification on the channel barback_catalog, sent when the change commits, tells every
--    replica to drop its copy at once ('venue:<id>' for a venue or its products, 'keys' for till keys).
alter table venue add column catalog_version bigint not null default 0;

create function barback_product_changed() returns trigger language plpgsql as $$
declare
    changed text := coalesce(new.venue_id, old.venue_id);
begin
    update venue set catalog_version = catalog_version + 1 where id = changed;
    perform pg_notify('barback_catalog', 'venue:' || changed);
    return null;
end;
$$;

create trigger product_changed after insert or update or delete on product
    for each row execute function barback_product_changed();

create function barback_venue_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('barback_catalog', 'venue:' || coalesce(new.id, old.id));
    return null;
end;
$$;

create trigger venue_changed after update or delete on venue
    for each row execute function barback_venue_changed();

create function barback_till_keys_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('barback_catalog', 'keys');
    return null;
end;
$$;

create trigger till_keys_changed after insert or update or delete on api_key
    for each statement execute function barback_till_keys_changed();
