package io.barback.sales;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import io.barback.catalog.CatalogRepository;
import io.barback.catalog.Product;
import io.barback.catalog.Venue;
import io.barback.platform.Totals;
import io.barback.platform.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Believable fake sales from a venue's own catalog and list prices: mostly pints, some halves,
 * a round of whiskeys, crisps with the drinks, cash or card. Stored exactly like till sales,
 * so they flow through CDC, Kafka and the projections like any other.
 */
@Component
public class SaleSimulator {

    private static final Logger LOG = LoggerFactory.getLogger(SaleSimulator.class);
    static final int MAX_COUNT = 10_000;
    private static final int BATCH = 500;

    /** How often each category turns up on a pub's receipts. */
    private static final Map<String, Integer> CATEGORY_WEIGHT = Map.of(
            "draught", 50, "bottles", 10, "spirits", 15, "wine", 8, "minerals", 8, "snacks", 6, "catering", 3);

    private final CatalogRepository catalog;
    private final SaleService service;
    private final TransactionTemplate tx;
    private final boolean enabled;

    /** @param enabled fake sales count in the books like real ones: on for the local run and the tests only */
    public SaleSimulator(CatalogRepository catalog, SaleService service, TransactionTemplate tx,
                         @Value("${barback.simulator.enabled:false}") boolean enabled) {
        this.catalog = catalog;
        this.service = service;
        this.tx = tx;
        this.enabled = enabled;
    }

    /** Summary of a simulation run. */
    public record Simulated(int count, Totals totals, String firstSaleId, String lastSaleId) {
    }

    /** Stores all the fake sales or, if anything fails, none of them. */
    Simulated simulate(Venue venue, int count, Long seed) {
        if (!enabled) {
            throw ApiProblem.notFound("The sales simulator is switched off here: fake sales would count in the real books"
                    + " (barback.simulator.enabled).");
        }
        return tx.execute(status -> generate(venue, count, seed));
    }

    private Simulated generate(Venue venue, int count, Long seed) {
        if (count < 1 || count > MAX_COUNT) {
            throw ApiProblem.invalidSale("'count' must be between 1 and " + MAX_COUNT + "; got " + count + ".", "count");
        }
        List<Product> weighted = new ArrayList<>();
        for (Product p : catalog.products(venue.id()).values()) {
            if (!p.active() || p.prices().isEmpty()) {
                continue;
            }
            int w = CATEGORY_WEIGHT.getOrDefault(p.category(), 5);
            for (int i = 0; i < w; i++) {
                weighted.add(p);
            }
        }
        if (weighted.isEmpty()) {
            throw ApiProblem.invalidSale("Venue " + venue.id() + " has no products with list prices to simulate sales from.", null);
        }
        SplittableRandom random = seed == null ? new SplittableRandom() : new SplittableRandom(seed);
        Totals totals = Totals.ZERO;
        String first = null;
        String last = null;
        List<Sale> batch = new ArrayList<>(BATCH);
        long started = System.nanoTime();
        for (int n = 1; n <= count; n++) {
            Sale sale = service.price(venue, request(weighted, random, n), UUID.randomUUID());
            batch.add(sale);
            totals = totals.plus(sale.totals());
            first = first == null ? sale.saleId().toString() : first;
            last = sale.saleId().toString();
            if (batch.size() == BATCH || n == count) {
                service.storeAll(batch);
                batch.clear();
                if (count > BATCH) {
                    LOG.info("Simulating sales for {}: {}/{} written ({} ms)", venue.id(), n, count,
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        return new Simulated(count, totals, first, last);
    }

    private SaleRequest request(List<Product> weighted, SplittableRandom random, int n) {
        int lineCount = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(3));
        List<SaleRequest.SaleLineRequest> lines = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            Product p = weighted.get(random.nextInt(weighted.size()));
            List<String> priced = new ArrayList<>(p.prices().keySet());
            String key = priced.get(random.nextInt(10) < 7 ? 0 : random.nextInt(priced.size()));
            String serving = p.soldByServing() ? key : null;
            BigDecimal price = p.prices().get(key);
            int quantity = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(3);
            lines.add(new SaleRequest.SaleLineRequest(p.sku(), serving, quantity, price));
        }
        String payment = random.nextInt(10) < 8 ? "card" : "cash";
        return new SaleRequest(lines, payment, service.clock().instant().atOffset(ZoneOffset.UTC), "SIM-" + n);
    }
}
