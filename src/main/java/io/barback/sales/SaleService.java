package io.barback.sales;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.barback.catalog.CatalogRepository;
import io.barback.catalog.Product;
import io.barback.catalog.Venue;
import io.barback.platform.ApiProblem;
import io.barback.platform.Totals;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prices a sale against the venue's catalog (per-line VAT split, rounded half-up) and stores it
 * with its lines in one transaction. With an Idempotency-Key a retried request gets the first
 * sale back and stores nothing new.
 */
@Service
public class SaleService {

    private final SaleRepository sales;
    private final CatalogRepository catalog;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SaleService(SaleRepository sales, CatalogRepository catalog, TransactionTemplate tx, Optional<Clock> clock) {
        this.sales = sales;
        this.catalog = catalog;
        this.tx = tx;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Clock clock() {
        return clock;
    }

    /** The outcome of a POST: the sale, and whether it was stored now or replayed from an earlier request. */
    record Recorded(Sale sale, boolean replayed) {
    }

    Recorded record(Venue venue, SaleRequest request, String idempotencyKey, byte[] requestBody) {
        if (idempotencyKey == null) {
            Sale sale = price(venue, request, UUID.randomUUID());
            tx.executeWithoutResult(s -> sales.insert(sale, false));
            return new Recorded(sale, false);
        }
        // a retry gets the first sale back even if the catalog has changed since
        byte[] hash = sha256(requestBody);
        Optional<Recorded> earlier = replay(venue, idempotencyKey, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Sale sale = price(venue, request, UUID.randomUUID());
        try {
            Boolean stored = tx.execute(s -> {
                sales.insert(sale, false);
                if (!sales.claimIdempotencyKey(venue.id(), idempotencyKey, hash, sale.saleId())) {
                    s.setRollbackOnly();
                    return false;
                }
                return true;
            });
            if (Boolean.TRUE.equals(stored)) {
                return new Recorded(sale, false);
            }
        } catch (DuplicateKeyException raced) {
            // another request with the same key committed first: fall through to its result
        }
        return replay(venue, idempotencyKey, hash)
                .orElseThrow(() -> new IllegalStateException("Idempotency-Key " + idempotencyKey + " vanished"));
    }

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
        Map<String, Product> products = catalog.products(venue.id());
        List<Sale.Line> lines = new ArrayList<>();
        Totals totals = Totals.ZERO;
        for (int i = 0; i < request.lines().size(); i++) {
            SaleRequest.LineRequest in = request.lines().get(i);
            String at = "/lines/" + i;
            Product p = products.get(in.sku());
            if (p == null || !p.active()) {
                throw ApiProblem.invalid("Unknown sku '" + in.sku() + "' for venue " + venue.id() + ".", at + "/sku");
            }
            String serving = in.serving();
            if (serving == null && p.soldByServing()) {
                throw ApiProblem.invalid("'" + p.sku() + "' is sold by the serving: give one of " + p.servings().keySet() + ".",
                        at + "/serving");
            }
            if (serving != null && !p.servings().containsKey(serving)) {
                throw ApiProblem.invalid("Unknown serving '" + serving + "' for '" + p.sku() + "'"
                        + (p.soldByServing() ? "; it is sold by " + p.servings().keySet() : "; it is sold by the unit, without a serving")
                        + ".", at + "/serving");
            }
            BigDecimal gross = in.unitPrice().multiply(BigDecimal.valueOf(in.quantity()));
            Totals t = Totals.fromGross(gross, p.vatRate());
            lines.add(new Sale.Line(i + 1, p.sku(), p.name(), serving, in.quantity(), p.stockUnitsFor(serving, in.quantity()),
                    p.stockUnit(), in.unitPrice(), p.vatRate(), t.net(), t.vat(), t.gross()));
            totals = totals.plus(t);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new Sale(saleId, venue.id(), Sale.RECORDED, request.occurredAt().truncatedTo(ChronoUnit.MICROS), now, null,
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

    static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
