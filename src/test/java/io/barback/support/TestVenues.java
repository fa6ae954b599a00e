package io.barback.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each test gets a venue of its own (the demo venue's catalog, its own till key), so figures
 * one test moves are never moved by another.
 */
public final class TestVenues {

    public record TestVenue(String id, String key) {
        public String path(String rest) {
            return "/venues/" + id + rest;
        }
    }

    private TestVenues() {
    }

    public static TestVenue create(JdbcTemplate jdbc) {
        String id = "t-" + UUID.randomUUID().toString().substring(0, 12);
        String key = "key-" + UUID.randomUUID();
        jdbc.update("""
                insert into venue (id, name, currency, time_zone, trading_day_cutoff, vat_period_months, invoice_alias, allowed_forwarders)
                select ?, 'Test ' || ?, currency, time_zone, trading_day_cutoff, vat_period_months, 'invoices+' || ? || '@barback.local',
                       allowed_forwarders from venue where id = 'the-local'""", id, id, id);
        jdbc.update("""
                insert into product (venue_id, sku, name, category, vat_rate, stock_unit, pack_size, pack_description, servings,
                                     prices, supplier_codes, aliases, reorder_level)
                select ?, sku, name, category, vat_rate, stock_unit, pack_size, pack_description, servings, prices,
                       supplier_codes, aliases, reorder_level from product where venue_id = 'the-local'""", id);
        jdbc.update("insert into api_key (venue_id, key_hash, label) values (?, ?, 'test till')", id, sha256(key));
        return new TestVenue(id, key);
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
