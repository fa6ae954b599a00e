package io.barback.catalog;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import io.barback.platform.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Venues and their catalogs in PostgreSQL. A venue's catalog is read on every sale, so it is
 * cached for a few seconds; a change through this repository takes effect at once.
 */
@Repository
public class CatalogRepository {

    private static final long CACHE_MILLIS = 5_000;

    private final JdbcTemplate jdbc;
    private final Map<String, Cached<Optional<Venue>>> venues = new ConcurrentHashMap<>();
    private final Map<String, Cached<Map<String, Product>>> catalogs = new ConcurrentHashMap<>();

    public CatalogRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Venue> venue(String venueId) {
        Cached<Optional<Venue>> hit = venues.get(venueId);
        if (hit != null && hit.fresh()) {
            return hit.value();
        }
        List<Venue> rows = jdbc.query("""
                select id, name, currency, time_zone, trading_day_cutoff, vat_period_months, invoice_alias,
                       allowed_forwarders from venue where id = ?""", (rs, i) -> new Venue(
                rs.getString("id"), rs.getString("name"), rs.getString("currency").trim(),
                ZoneId.of(rs.getString("time_zone")), rs.getTime("trading_day_cutoff").toLocalTime(),
                rs.getInt("vat_period_months"), rs.getString("invoice_alias"),
                strings(rs.getArray("allowed_forwarders"))), venueId);
        Optional<Venue> venue = rows.stream().findFirst();
        if (venues.size() > 10_000) {
            venues.clear();
        }
        venues.put(venueId, new Cached<>(venue));
        return venue;
    }

    /** The venue's products by sku, in catalog order. */
    public Map<String, Product> products(String venueId) {
        Cached<Map<String, Product>> hit = catalogs.get(venueId);
        if (hit != null && hit.fresh()) {
            return hit.value();
        }
        Map<String, Product> products = new LinkedHashMap<>();
        jdbc.query("select * from product where venue_id = ? order by category, sku",
                rs -> {
                    Product p = map(rs);
                    products.put(p.sku(), p);
                }, venueId);
        Map<String, Product> result = java.util.Collections.unmodifiableMap(products);
        catalogs.put(venueId, new Cached<>(result));
        return result;
    }

    public Optional<Product> product(String venueId, String sku) {
        return Optional.ofNullable(products(venueId).get(sku));
    }

    /** Creates or replaces a product; true when it was new. */
    public boolean save(String venueId, Product p) {
        int inserted = jdbc.update("""
                insert into product (venue_id, sku, name, category, vat_rate, stock_unit, pack_size, pack_description,
                                     servings, prices, supplier_codes, aliases, reorder_level, active, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, now())
                on conflict (venue_id, sku) do nothing""",
                venueId, p.sku(), p.name(), p.category(), p.vatRate(), p.stockUnit(), p.packSize(), p.packDescription(),
                Json.write(p.servings()), Json.write(p.prices()), Json.write(p.supplierCodes()),
                p.aliases().toArray(String[]::new), p.reorderLevel(), p.active());
        if (inserted == 0) {
            jdbc.update("""
                    update product set name = ?, category = ?, vat_rate = ?, stock_unit = ?, pack_size = ?,
                           pack_description = ?, servings = ?::jsonb, prices = ?::jsonb, supplier_codes = ?::jsonb,
                           aliases = ?, reorder_level = ?, active = ?, updated_at = now()
                     where venue_id = ? and sku = ?""",
                    p.name(), p.category(), p.vatRate(), p.stockUnit(), p.packSize(), p.packDescription(),
                    Json.write(p.servings()), Json.write(p.prices()), Json.write(p.supplierCodes()),
                    p.aliases().toArray(String[]::new), p.reorderLevel(), p.active(), venueId, p.sku());
        }
        catalogs.remove(venueId);
        return inserted == 1;
    }

    private static Product map(ResultSet rs) throws SQLException {
        return new Product(
                rs.getString("sku"),
                rs.getString("name"),
                rs.getString("category"),
                rs.getBigDecimal("vat_rate").stripTrailingZeros(),
                rs.getString("stock_unit"),
                rs.getBigDecimal("pack_size").stripTrailingZeros(),
                rs.getString("pack_description"),
                Json.MAPPER.convertValue(Json.read(rs.getString("servings")), new TypeReference<LinkedHashMap<String, BigDecimal>>() { }),
                Json.MAPPER.convertValue(Json.read(rs.getString("prices")), new TypeReference<LinkedHashMap<String, BigDecimal>>() { }),
                Json.MAPPER.convertValue(Json.read(rs.getString("supplier_codes")), new TypeReference<LinkedHashMap<String, String>>() { }),
                strings(rs.getArray("aliases")),
                rs.getBigDecimal("reorder_level").stripTrailingZeros(),
                rs.getBoolean("active"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private record Cached<T>(T value, long at) {
        Cached(T value) {
            this(value, System.currentTimeMillis());
        }

        boolean fresh() {
            return System.currentTimeMillis() - at < CACHE_MILLIS;
        }
    }
}
