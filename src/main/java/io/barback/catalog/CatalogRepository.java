package io.barback.catalog;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;
import io.barback.platform.Json;
import io.barback.platform.health.PostgresHealth;
import io.barback.platform.web.Outages;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Venues and their catalogs in PostgreSQL. A venue and its catalog are read on every sale, so
 * each replica keeps them in memory until {@link CatalogChanges} says they changed; while that
 * listener is not connected, a copy is trusted for a few seconds only. The statement that stores a
 * sale checks the catalog version it was priced from, so a copy that is stale for a moment costs a
 * retry, never a wrong sale.
 */
@Repository
public class CatalogRepository {

    /** How long a copy is trusted while changes are not being announced. */
    private static final long UNANNOUNCED_MILLIS = 5_000;

    private final JdbcTemplate jdbc;
    private final CatalogChanges changes;
    private final PostgresHealth postgres;
    private final Map<String, Cached<Optional<Venue>>> venues = new ConcurrentHashMap<>();
    private final Map<String, Cached<VenueCatalog>> catalogs = new ConcurrentHashMap<>();
    /** Counts the changes announced: a copy read while one arrived is not kept. */
    private final AtomicLong generation = new AtomicLong();

    public CatalogRepository(@Qualifier("tillJdbc") JdbcTemplate jdbc, CatalogChanges changes, PostgresHealth postgres) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.postgres = postgres;
        changes.subscribe(this::changed);
    }

    /** A venue's products by sku, in catalog order, and the catalog version they are. */
    public record VenueCatalog(long version, Map<String, Product> products) {
    }

    public Optional<Venue> venue(String venueId) {
        return venue(venueId, false);
    }

    /**
     * @param anyCopy take this replica's copy, however old, when it has one: for a sale, whose
     *                statement checks against PostgreSQL what the copy said
     */
    public Optional<Venue> venue(String venueId, boolean anyCopy) {
        Cached<Optional<Venue>> hit = venues.get(venueId);
        if (hit != null && (anyCopy || hit.fresh(changes.listening()) || postgres.away())) {
            return hit.value();
        }
        long seen = generation.get();
        List<Venue> rows = readOr(hit, () -> jdbc.query("""
                select id, name, currency, time_zone, trading_day_cutoff, vat_period_months, invoice_alias,
                       allowed_forwarders, variance_allowances, price_change_percent from venue where id = ?""",
                (rs, i) -> new Venue(
                rs.getString("id"), rs.getString("name"), rs.getString("currency").trim(),
                ZoneId.of(rs.getString("time_zone")), rs.getTime("trading_day_cutoff").toLocalTime(),
                rs.getInt("vat_period_months"), rs.getString("invoice_alias"),
                strings(rs.getArray("allowed_forwarders")), new VenueSettings(
                        Json.MAPPER.convertValue(Json.read(rs.getString("variance_allowances")),
                                new TypeReference<LinkedHashMap<String, BigDecimal>>() { }),
                        rs.getBigDecimal("price_change_percent"))), venueId));
        if (rows == null) {
            return hit.value();
        }
        Optional<Venue> venue = rows.stream().findFirst();
        if (venues.size() > 10_000) {
            venues.clear();
        }
        keep(venues, venueId, new Cached<>(venue), seen);
        return venue;
    }

    /** The venue's products by sku, in catalog order. */
    public Map<String, Product> products(String venueId) {
        return catalog(venueId).products();
    }

    /** The venue's catalog with its version (-1 for a venue that does not exist). */
    public VenueCatalog catalog(String venueId) {
        return catalog(venueId, false);
    }

    /** @param anyCopy as for {@link #venue(String, boolean)}: the sale statement checks the version */
    public VenueCatalog catalog(String venueId, boolean anyCopy) {
        Cached<VenueCatalog> hit = catalogs.get(venueId);
        if (hit != null && (anyCopy || hit.fresh(changes.listening()) || postgres.away())) {
            return hit.value();
        }
        long seen = generation.get();
        Map<String, Product> products = new LinkedHashMap<>();
        long[] version = {-1};
        // the version and the products in one statement, so that they agree
        Boolean read = readOr(hit, () -> {
            jdbc.query("""
                select v.catalog_version, p.* from venue v left join product p on p.venue_id = v.id
                 where v.id = ? order by p.category, p.sku""",
                rs -> {
                    version[0] = rs.getLong("catalog_version");
                    if (rs.getString("sku") != null) {
                        Product p = map(rs);
                        products.put(p.sku(), p);
                    }
                }, venueId);
            return Boolean.TRUE;
        });
        if (read == null) {
            return hit.value();
        }
        VenueCatalog catalog = new VenueCatalog(version[0], Collections.unmodifiableMap(products));
        if (catalogs.size() > 10_000) {
            catalogs.clear();
        }
        keep(catalogs, venueId, new Cached<>(catalog), seen);
        return catalog;
    }

    /** Drops this replica's copy of a venue's catalog, as when the sale statement found it stale. */
    public void forget(String venueId) {
        generation.incrementAndGet();
        catalogs.remove(venueId);
        venues.remove(venueId);
    }

    private void changed(String change) {
        generation.incrementAndGet();
        if (change == null) {
            catalogs.clear();
            venues.clear();
        } else if (change.startsWith(CatalogChanges.VENUE)) {
            forget(change.substring(CatalogChanges.VENUE.length()));
        }
    }

    /**
     * Reads from PostgreSQL; while it is away, says so with null when there is a copy to fall back
     * on (nothing can change in PostgreSQL meanwhile), or fails as an outage when there is none.
     */
    private <T> T readOr(Cached<?> copy, Supplier<T> read) {
        if (postgres.away() && copy == null) {
            throw Outages.problem(Outages.Part.POSTGRES, "Try again in a few seconds.");
        }
        try {
            return read.get();
        } catch (DataAccessException e) {
            if (copy != null && Outages.of(e).isPresent()) {
                return null;
            }
            throw e;
        }
    }

    /** Keeps a copy only if no change was announced while it was being read. */
    private <T> void keep(Map<String, Cached<T>> cache, String venueId, Cached<T> copy, long seen) {
        cache.put(venueId, copy);
        if (generation.get() != seen) {
            cache.remove(venueId, copy);
        }
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
        forget(venueId);
        return inserted == 1;
    }

    /** Replaces the venue's settings; every replica drops its copy of the venue when this commits. */
    public void save(String venueId, VenueSettings settings) {
        Map<String, String> allowances = new TreeMap<>();
        settings.varianceAllowancePercent().forEach((k, v) -> allowances.put(k, v.toPlainString()));
        jdbc.update("update venue set variance_allowances = ?::jsonb, price_change_percent = ? where id = ?",
                Json.write(allowances), settings.priceChangePercent(), venueId);
        forget(venueId);
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

        boolean fresh(boolean announced) {
            return announced || System.currentTimeMillis() - at < UNANNOUNCED_MILLIS;
        }
    }
}
