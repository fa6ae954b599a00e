package io.barback.sales;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.barback.catalog.CatalogRepository;
import io.barback.catalog.Product;
import io.barback.catalog.TillAuth;
import io.barback.catalog.Venue;
import io.barback.platform.Hashes;
import io.barback.platform.Totals;
import io.barback.platform.Uuids;
import io.barback.platform.health.PostgresHealth;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.Outages;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prices a sale against the venue's catalog (per-line VAT split, rounded half-up) and stores it
 * with its lines in one statement, shared with the sales other tills send at the same moment
 * ({@link SaleWrites}). With an Idempotency-Key a retried request gets the first
 * sale back and stores nothing new.
 */
@Service
public class SaleService {

    private final SaleRepository sales;
    private final SaleWrites writes;
    private final CatalogRepository catalog;
    private final TillAuth auth;
    private final PostgresHealth postgres;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SaleService(SaleRepository sales, SaleWrites writes, CatalogRepository catalog, TillAuth auth,
                       PostgresHealth postgres, TransactionTemplate tx, Optional<Clock> clock) {
        this.sales = sales;
        this.writes = writes;
        this.catalog = catalog;
        this.auth = auth;
        this.postgres = postgres;
        this.tx = tx;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Clock clock() {
        return clock;
    }

    /** The outcome of a POST: the sale, and whether it was stored now or replayed from an earlier request. */
    record Recorded(Sale sale, boolean replayed) {
    }

    /** Times a sale is priced again when its statement finds the catalog changed under it. */
    private static final int ATTEMPTS = 3;

    /**
     * Prices the sale from this replica's copy of the catalog and stores it in one statement that
     * checks the till's key and the catalog version again (see {@link SaleRepository#store}). A copy
     * found stale is dropped, the till is authorised again from PostgreSQL (a revoked key is
     * refused then), and the sale is priced again. With an Idempotency-Key, a key already taken
     * returns the first request's sale.
     */
    Recorded record(TillAuth.Till authorized, Supplier<TillAuth.Till> authorizeAgain, SaleRequest request,
                    String idempotencyKey, byte[] requestBody) {
        byte[] hash = idempotencyKey == null ? null : Hashes.sha256(requestBody);
        TillAuth.Till till = authorized;
        Venue venue = till.venue();
        for (int attempt = 1; ; attempt++) {
            // the first time this replica's copy, however old: the statement checks its version
            CatalogRepository.VenueCatalog products = catalog.catalog(venue.id(), attempt == 1);
            Sale sale;
            try {
                sale = price(venue, products.products(), request, Uuids.timeOrdered());
            } catch (ApiProblem refusedByCopy) {
                // a product added a moment ago on another replica may not be in this one's copy yet
                catalog.forget(venue.id());
                products = catalog.catalog(venue.id());
                try {
                    sale = price(venue, products.products(), request, Uuids.timeOrdered());
                } catch (ApiProblem refused) {
                    // a retry gets the first sale back even if the catalog has changed since
                    if (idempotencyKey != null) {
                        Optional<Recorded> earlier = replay(venue, idempotencyKey, hash);
                        if (earlier.isPresent()) {
                            return earlier.get();
                        }
                    }
                    throw refused;
                }
            }
            switch (store(sale, till.keyHash(), products.version(), idempotencyKey, hash)) {
                case STORED:
                    return new Recorded(sale, false);
                case KEY_TAKEN:
                    return replay(venue, idempotencyKey, hash)
                            .orElseThrow(() -> new IllegalStateException("Idempotency-Key " + idempotencyKey + " vanished"));
                case STALE:
                default:
                    catalog.forget(venue.id());
                    auth.forgetKeys();
                    if (attempt == ATTEMPTS) {
                        throw new ApiProblem(409, "Catalog changing", "The venue's catalog changed while the sale was"
                                + " being stored, " + ATTEMPTS + " times over; nothing was stored. Send the sale again.", null);
                    }
                    till = authorizeAgain.get();
                    venue = till.venue();
            }
        }
    }

    /**
     * The statement, with an outage told apart by when it struck: before the statement was sent
     * nothing can have been stored; after, the commit may have happened without its answer reaching
     * Barback, and only a retry with the same Idempotency-Key can tell.
     */
    private SaleRepository.Stored store(Sale sale, byte[] keyHash, long catalogVersion, String idempotencyKey, byte[] hash) {
        if (postgres.away()) {
            throw Outages.problem(Outages.Part.POSTGRES, NOT_STORED);
        }
        try {
            return writes.store(new SaleRepository.Pending(sale, keyHash, catalogVersion, idempotencyKey, hash));
        } catch (DataAccessException e) {
            if (Outages.of(e).isEmpty()) {
                throw e;
            }
            if (Outages.beforeSending(e)) {
                throw Outages.problem(Outages.Part.POSTGRES, NOT_STORED);
            }
            throw new ApiProblem(503, "Outcome unknown", "PostgreSQL, where sales are stored, stopped answering while"
                    + " this sale was being stored: it may or may not have been stored. Send it again with the same"
                    + " Idempotency-Key" + (idempotencyKey == null ? " (this request had none: a sale sent again"
                    + " without one may be counted twice)" : " ('" + idempotencyKey + "')")
                    + "; the answer is then the sale, stored once.", null, Outages.RETRY_AFTER_SECONDS);
        }
    }

    static final String NOT_STORED = "Nothing was stored; send the sale again in a few seconds.";

    private Optional<Recorded> replay(Venue venue, String key, byte[] hash) {
        return sales.idempotencyKey(venue.id(), key).map(found -> {
            if (!MessageDigest.isEqual(found.requestHash(), hash)) {
                throw new ApiProblem(422, "Idempotency-Key reused",
                        "Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new sale.",
                        null);
            }
            Sale first = sales.find(venue.id(), found.saleId()).orElseThrow();
            return new Recorded(first, true);
        });
    }

    Sale price(Venue venue, SaleRequest request, UUID saleId) {
        return price(venue, catalog.products(venue.id()), request, saleId);
    }

    private Sale price(Venue venue, Map<String, Product> products, SaleRequest request, UUID saleId) {
        List<Sale.SaleLine> lines = new ArrayList<>();
        Totals totals = Totals.ZERO;
        for (int i = 0; i < request.lines().size(); i++) {
            SaleRequest.SaleLineRequest in = request.lines().get(i);
            String at = "/lines/" + i;
            Product p = products.get(in.sku());
            if (p == null || !p.active()) {
                throw ApiProblem.invalidSale("Unknown sku '" + in.sku() + "' for venue " + venue.id() + ".", at + "/sku");
            }
            String serving = in.serving();
            if (serving == null && p.soldByServing()) {
                throw ApiProblem.invalidSale("'" + p.sku() + "' is sold by the serving: give one of " + p.servings().keySet() + ".",
                        at + "/serving");
            }
            if (serving != null && !p.servings().containsKey(serving)) {
                throw ApiProblem.invalidSale("Unknown serving '" + serving + "' for '" + p.sku() + "'"
                        + (p.soldByServing() ? "; it is sold by " + p.servings().keySet() : "; it is sold by the unit, without a serving")
                        + ".", at + "/serving");
            }
            BigDecimal gross = in.unitPrice().multiply(BigDecimal.valueOf(in.quantity()));
            Totals t = Totals.fromGross(gross, p.vatRate());
            lines.add(new Sale.SaleLine(i + 1, p.sku(), p.name(), serving, in.quantity(), p.stockUnitsFor(serving, in.quantity()),
                    p.stockUnit(), in.unitPrice(), p.vatRate(), t.net(), t.vat(), t.gross()));
            totals = totals.plus(t);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new Sale(saleId, venue.id(), Sale.RECORDED, request.occurredAt().toInstant().truncatedTo(ChronoUnit.MICROS), now, null,
                null, request.paymentMethod(), request.tillRef(), List.copyOf(lines), totals);
    }

    Optional<Sale> find(Venue venue, UUID saleId) {
        return sales.find(venue.id(), saleId);
    }

    /** Voids a sale; voiding a voided sale again changes nothing and returns it as it is. */
    Sale voidSale(Venue venue, UUID saleId, String reason) {
        Sale sale = sales.find(venue.id(), saleId)
                .orElseThrow(() -> ApiProblem.notFound("No sale " + saleId + " at venue " + venue.id() + "."));
        if (Sale.RECORDED.equals(sale.status())) {
            sales.markVoided(venue.id(), saleId, reason);
        }
        return sales.find(venue.id(), saleId).orElseThrow();
    }

    void storeAll(List<Sale> batch) {
        tx.executeWithoutResult(s -> sales.insertAll(batch, true));
    }
}
