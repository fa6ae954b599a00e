package io.barback.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.barback.catalog.CatalogRepository;
import io.barback.catalog.Product;
import io.barback.catalog.TillAuth;
import io.barback.catalog.Venue;
import io.barback.platform.Decimals;
import io.barback.platform.Hashes;
import io.barback.platform.Json;
import io.barback.platform.Uuids;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.HttpReply;
import io.barback.platform.web.HttpRequests;
import org.apache.camel.Exchange;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POST …/stock-counts and …/wastage: what the publican counted and what was poured away, stored in
 * PostgreSQL (and from there, through sales-cdc, applied to the stock). Bad input is a 422 naming
 * the field, with nothing stored; a count placed before a product's newest count is a 409 naming
 * that count.
 */
@Component("stockApi")
public class StockApi {

    /** How late a count or wastage may be sent; the inventory projection keeps each second's movements a little longer. */
    static final Duration MAX_LATE = Duration.ofHours(48);
    /** A clock a few seconds ahead of Barback's is not "the future". */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    /** More than this many packs of one product in one count, or wasted at once, is a typing slip. */
    private static final BigDecimal MAX_PACKS_COUNTED = BigDecimal.valueOf(1000);
    private static final BigDecimal MAX_PACKS_WASTED = BigDecimal.valueOf(100);
    private static final int MAX_LINES = 5000;
    private static final Set<String> REASONS = Set.of("line-cleaning", "spillage", "breakage", "out-of-date", "staff", "other");

    private final TillAuth auth;
    private final CatalogRepository catalog;
    private final StockRecords records;
    private final TransactionTemplate tx;
    private final MongoCollection<Document> inventory;
    private final Clock clock;

    public StockApi(TillAuth auth, CatalogRepository catalog, StockRecords records, TransactionTemplate tx,
                    @Qualifier("readApiDatabase") MongoDatabase db, Optional<Clock> clock) {
        this.auth = auth;
        this.catalog = catalog;
        this.records = records;
        this.tx = tx;
        this.inventory = db.getCollection(InventoryProjection.NAME);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A product as the count answers it: expected and variance are absent for an opening count. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CountedProduct(String sku, String name, String stockUnit,
                                 @JsonSerialize(using = Json.Quantity.class) BigDecimal counted,
                                 @JsonSerialize(using = Json.Quantity.class) BigDecimal expected,
                                 @JsonSerialize(using = Json.Quantity.class) BigDecimal variance,
                                 String serving,
                                 @JsonSerialize(using = Json.Quantity.class) BigDecimal varianceServings,
                                 Boolean opening, Boolean leftOut) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Count(String countId, String venueId, String kind, Instant countedAt, String countedBy,
                        List<CountedProduct> lines, List<String> leftOut) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Wastage(UUID wastageId, String sku, String name, String serving,
                          @JsonSerialize(using = Json.Quantity.class) BigDecimal quantity,
                          @JsonSerialize(using = Json.Quantity.class) BigDecimal stockUnits, String stockUnit,
                          String reason, String note, Instant wastedAt) {
    }

    /** The body of POST …/stock-counts: {@code countedAt} is now unless given. */
    public record CountRequest(@JsonProperty(required = true) String kind, OffsetDateTime countedAt, String countedBy,
                               @JsonProperty(required = true) List<CountLineRequest> lines) {
    }

    /** A counted product: {@code counted} in its stock unit, or whole {@code packs} and the open pack's {@code partial} fraction. */
    public record CountLineRequest(@JsonProperty(required = true) String sku, @JsonSerialize(using = Json.Quantity.class) BigDecimal counted,
                                   @JsonSerialize(using = Json.Quantity.class) BigDecimal packs,
                                   @JsonSerialize(using = Json.Quantity.class) BigDecimal partial) {
    }

    /** The body of POST …/wastage: the quantity is in servings when a serving is named, else in stock units. */
    public record WastageRequest(@JsonProperty(required = true) String sku, String serving,
                                 @JsonProperty(required = true) @JsonSerialize(using = Json.Quantity.class) BigDecimal quantity,
                                 @JsonProperty(required = true) String reason,
                                 String note, OffsetDateTime wastedAt) {
    }

    /** POST /venues/{venueId}/stock-counts */
    public void count(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        CountRequest request = HttpRequests.body(exchange, CountRequest.class, "a count with its 'kind' and 'lines'", ApiProblem::invalid);
        String key = HttpRequests.idempotencyKey(exchange);
        byte[] hash = Hashes.sha256(HttpRequests.sentBytes(exchange));
        Instant now = clock.instant();
        String kind = text(request.kind(), "kind", 10, true);
        if (!kind.equals("full") && !kind.equals("spot")) {
            throw ApiProblem.invalid("'kind' is 'full' (every active product; one left out counts as zero) or 'spot'.", "/kind");
        }
        // a count sent without its time is taken now; rounded up to the second in which stock is
        // placed, so that a sale already answered in this second is in what was counted
        Instant countedAt = request.countedAt() != null ? time(request.countedAt(), "countedAt", now)
                : now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(now.getNano() == 0 ? 0 : 1);
        String countedBy = text(request.countedBy(), "countedBy", 100, false);
        Map<String, Product> products = catalog.products(venue.id());
        List<StockEvents.CountedLine> lines = countedLines(request.lines(), products);
        if (kind.equals("full")) {
            Set<String> listed = new HashSet<>();
            lines.forEach(l -> listed.add(l.sku()));
            for (Product p : products.values()) {
                if (p.active() && !listed.contains(p.sku())) {
                    lines.add(new StockEvents.CountedLine(p.sku(), p.name(), p.stockUnit(), BigDecimal.ZERO, p.reorderLevel(), true));
                }
            }
        }
        Stored stored = tx.execute(s -> {
            records.lockCounts(venue.id());
            if (key != null) {
                Optional<StockRecords.Earlier> earlier = records.count(venue.id(), key);
                if (earlier.isPresent()) {
                    return new Stored(replayed(earlier.get(), hash, key), true);
                }
            }
            List<String> skus = lines.stream().map(StockEvents.CountedLine::sku).toList();
            for (StockRecords.NewerCount newer : records.countedSince(venue.id(), skus, countedAt)) {
                throw new ApiProblem(409, "A newer count stands",
                        newer.sku() + " was counted at " + newer.countedAt() + " (count " + newer.countId() + "), not before "
                                + countedAt + ": a count is placed at the moment it was taken, and cannot go before a newer one.",
                        "/lines/" + indexOf(request.lines(), newer.sku()) + "/sku");
            }
            UUID id = Uuids.timeOrdered();
            Count answer = answer(id, venue, kind, countedAt, countedBy, lines, products);
            String answerJson = Json.write(answer);
            records.insertCount(id, venue.id(), kind, countedAt, countedBy, Json.write(lines), key, hash, answerJson);
            return new Stored(answerJson, false);
        });
        Map<String, String> headers = new LinkedHashMap<>();
        String countId = Json.read(stored.answer()).get("countId").asText();
        headers.put("Location", "/api/v1/venues/" + venue.id() + "/stock-counts/" + countId);
        if (stored.replayed()) {
            headers.put("Idempotent-Replayed", "true");
        }
        HttpReply.send(exchange, 201, HttpReply.JSON, Json.read(stored.answer()), headers);
    }

    private record Stored(String answer, boolean replayed) {
    }

    private static String replayed(StockRecords.Earlier earlier, byte[] hash, String key) {
        if (!MessageDigest.isEqual(earlier.requestHash(), hash)) {
            throw new ApiProblem(422, "Idempotency-Key reused", "Idempotency-Key '" + key
                    + "' was already used for a different request; use a new key for a new one.", null);
        }
        return earlier.answer();
    }

    /** Each line in stock units: {"sku", "counted"} or {"sku", "packs", "partial"?}. */
    private static List<StockEvents.CountedLine> countedLines(List<CountLineRequest> lines, Map<String, Product> products) {
        if (lines == null || lines.isEmpty()) {
            throw ApiProblem.invalid("'lines' is a list of at least one {\"sku\", \"counted\"} or {\"sku\", \"packs\", \"partial\"}.", "/lines");
        }
        if (lines.size() > MAX_LINES) {
            throw ApiProblem.invalid("'lines' has " + lines.size() + " entries; at most " + MAX_LINES + ".", "/lines");
        }
        List<StockEvents.CountedLine> counted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            CountLineRequest line = lines.get(i);
            String at = "/lines/" + i;
            if (line == null) {
                throw ApiProblem.invalid("Each line is an object such as {\"sku\": \"GUINNESS-DRAUGHT\", \"packs\": 2, \"partial\": \"0.4\"}.", at);
            }
            String sku = text(line.sku(), "sku", 100, true, at + "/sku");
            Product p = products.get(sku);
            if (p == null) {
                throw ApiProblem.invalid("Unknown sku '" + sku + "': it is not in this venue's catalog.", at + "/sku");
            }
            if (!seen.add(sku)) {
                throw ApiProblem.invalid("'" + sku + "' is counted twice in this count; send one line per product.", at + "/sku");
            }
            BigDecimal units = units(line, p, at);
            if (units.compareTo(p.packSize().multiply(MAX_PACKS_COUNTED)) > 0) {
                throw ApiProblem.invalid(units.toPlainString() + " " + p.stockUnit() + " of " + p.name() + " is more than "
                        + MAX_PACKS_COUNTED + " packs (" + p.packSize().stripTrailingZeros().toPlainString() + " " + p.stockUnit()
                        + " each): check the unit (the count is in " + p.stockUnit() + ", or send packs).", at);
            }
            counted.add(new StockEvents.CountedLine(sku, p.name(), p.stockUnit(), units, p.reorderLevel(), null));
        }
        return counted;
    }

    private static BigDecimal units(CountLineRequest line, Product p, String at) {
        boolean byUnits = line.counted() != null;
        boolean byPacks = line.packs() != null || line.partial() != null;
        if (byUnits == byPacks) {
            throw ApiProblem.invalid("A line has either 'counted' (in " + p.stockUnit() + ") or 'packs' with an optional"
                    + " 'partial' (the open pack's fraction, such as \"0.4\").", at);
        }
        if (byUnits) {
            return nonNegative(line.counted(), at + "/counted", 3);
        }
        BigDecimal packs = line.packs() != null ? nonNegative(line.packs(), at + "/packs", 0) : BigDecimal.ZERO;
        BigDecimal partial = line.partial() != null ? nonNegative(line.partial(), at + "/partial", 3) : BigDecimal.ZERO;
        if (partial.compareTo(BigDecimal.ONE) >= 0) {
            throw ApiProblem.invalid("'partial' is the open pack's fraction, from 0 to less than 1 (such as \"0.4\"); whole"
                    + " packs go in 'packs'.", at + "/partial");
        }
        return packs.add(partial).multiply(p.packSize()).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** A number (or decimal string: the binding reads both), at least zero, with at most {@code scale} decimals. */
    private static BigDecimal nonNegative(BigDecimal value, String at, int scale) {
        if (value == null) {
            throw ApiProblem.invalid("A number is needed here, such as 12 or \"0.4\".", at);
        }
        if (value.signum() < 0) {
            throw ApiProblem.invalid("A count cannot be negative.", at);
        }
        if (value.stripTrailingZeros().scale() > scale) {
            throw ApiProblem.invalid(scale == 0 ? "A whole number is needed here." : "At most " + scale + " decimals.", at);
        }
        if (value.compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
            throw ApiProblem.invalid(value.toPlainString() + " is not a believable count.", at);
        }
        return value.stripTrailingZeros();
    }

    /** Each product's expected stock at the count's moment, from the inventory as it stands; none for an opening count. */
    private Count answer(UUID id, Venue venue, String kind, Instant countedAt, String countedBy,
                         List<StockEvents.CountedLine> lines, Map<String, Product> products) {
        Map<String, Document> docs = new LinkedHashMap<>();
        inventory.find(Filters.in("_id", lines.stream().map(l -> InventoryProjection.id(venue.id(), l.sku())).toList()))
                .forEach(d -> docs.put(d.getString("sku"), d));
        List<CountedProduct> answered = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (StockEvents.CountedLine line : lines) {
            Document doc = docs.get(line.sku());
            Product p = products.get(line.sku());
            if (Boolean.TRUE.equals(line.leftOut())) {
                leftOut.add(line.sku());
            }
            if (doc == null || doc.getDate("countedAt") == null) {
                answered.add(new CountedProduct(line.sku(), line.name(), line.stockUnit(), line.counted(), null, null,
                        null, null, true, line.leftOut()));
                continue;
            }
            BigDecimal expected = Decimals.at(doc, "onHand").subtract(InventoryProjection.Moves.since(doc, countedAt));
            BigDecimal variance = line.counted().subtract(expected);
            Map.Entry<String, BigDecimal> serving = varianceServing(p);
            answered.add(new CountedProduct(line.sku(), line.name(), line.stockUnit(), line.counted(), expected, variance,
                    serving == null ? null : serving.getKey(),
                    serving == null ? null : variance.divide(serving.getValue(), 2, RoundingMode.HALF_UP), null, line.leftOut()));
        }
        return new Count(id.toString(), venue.id(), kind, countedAt, countedBy, answered, kindList(kind, leftOut));
    }

    /** A serving a bar counts a pack in is a small share of it: a pint of a 50 L keg is 1.1 %, a measure of a 70 cl bottle 5.1 %. */
    private static final BigDecimal COUNTING_SHARE = new BigDecimal("0.06");

    /**
     * The serving a variance is told in, the one a bar counts that product in: the largest that is
     * at most 6 % of a pack (the pint, not the half, of a keg; the measure, not the double, of a
     * bottle of spirits); when none is that small (wine by the glass), the smallest. Null for a
     * product sold by the unit.
     */
    static Map.Entry<String, BigDecimal> varianceServing(Product p) {
        BigDecimal limit = p.packSize().multiply(COUNTING_SHARE);
        Map.Entry<String, BigDecimal> largestSmall = null;
        Map.Entry<String, BigDecimal> smallest = null;
        for (Map.Entry<String, BigDecimal> s : p.servings().entrySet()) {
            if (s.getValue().compareTo(limit) <= 0 && (largestSmall == null || s.getValue().compareTo(largestSmall.getValue()) > 0)) {
                largestSmall = s;
            }
            if (smallest == null || s.getValue().compareTo(smallest.getValue()) < 0) {
                smallest = s;
            }
        }
        return largestSmall != null ? largestSmall : smallest;
    }

    private static List<String> kindList(String kind, List<String> leftOut) {
        return kind.equals("full") ? leftOut : null;
    }

    /** GET /venues/{venueId}/stock-counts/{countId}: the count as it was answered. */
    public void get(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        String id = exchange.getIn().getHeader("countId", String.class);
        UUID countId;
        try {
            countId = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.notFound("No stock count " + id + " at venue " + venue.id() + ".");
        }
        String answer = records.answer(venue.id(), countId)
                .orElseThrow(() -> ApiProblem.notFound("No stock count " + id + " at venue " + venue.id() + "."));
        HttpReply.json(exchange, 200, Json.read(answer));
    }

    /** POST /venues/{venueId}/wastage */
    public void waste(Exchange exchange) {
        Venue venue = auth.authorize(exchange);
        WastageRequest request = HttpRequests.body(exchange, WastageRequest.class, "a wastage with its 'sku', 'quantity' and 'reason'",
                ApiProblem::invalid);
        String key = HttpRequests.idempotencyKey(exchange);
        byte[] hash = Hashes.sha256(HttpRequests.sentBytes(exchange));
        Instant now = clock.instant();
        String sku = text(request.sku(), "sku", 100, true);
        Product p = catalog.product(venue.id(), sku)
                .orElseThrow(() -> ApiProblem.invalid("Unknown sku '" + sku + "': it is not in this venue's catalog.", "/sku"));
        BigDecimal quantity = nonNegative(request.quantity(), "/quantity", 3);
        if (quantity.signum() == 0) {
            throw ApiProblem.invalid("'quantity' is more than zero.", "/quantity");
        }
        String serving = text(request.serving(), "serving", 40, false);
        BigDecimal units;
        if (serving == null) {
            units = quantity;
        } else if (p.servings().containsKey(serving)) {
            units = p.servings().get(serving).multiply(quantity).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        } else {
            throw ApiProblem.invalid("'" + serving + "' is not a serving of " + p.name() + (p.servings().isEmpty()
                    ? "; it is wasted in " + p.stockUnit() + " (leave 'serving' out)." : "; it has " + p.servings().keySet() + "."), "/serving");
        }
        if (units.compareTo(p.packSize().multiply(MAX_PACKS_WASTED)) > 0) {
            throw ApiProblem.invalid(units.toPlainString() + " " + p.stockUnit() + " is more than " + MAX_PACKS_WASTED
                    + " packs of " + p.name() + ": check the quantity and its unit.", "/quantity");
        }
        String reason = text(request.reason(), "reason", 20, true);
        if (!REASONS.contains(reason)) {
            throw ApiProblem.invalid("'reason' is one of line-cleaning, spillage, breakage, out-of-date, staff, other.", "/reason");
        }
        String note = text(request.note(), "note", 500, false);
        Instant wastedAt = request.wastedAt() == null ? now.truncatedTo(ChronoUnit.SECONDS) : time(request.wastedAt(), "wastedAt", now);
        Wastage wastage = new Wastage(Uuids.timeOrdered(), sku, p.name(), serving, quantity, units, p.stockUnit(), reason,
                note, wastedAt);
        boolean replayed = false;
        if (key != null) {
            Optional<StockRecords.Earlier> earlier = records.wastage(venue.id(), key);
            if (earlier.isPresent()) {
                replayed(earlier.get(), hash, key);
                wastage = records.findWastage(venue.id(), earlier.get().id()).orElseThrow();
                replayed = true;
            }
        }
        if (!replayed && !records.insertWastage(wastage, venue.id(), key, hash)) {
            // the same key won a race with this request: answer what it stored
            StockRecords.Earlier earlier = records.wastage(venue.id(), key).orElseThrow();
            replayed(earlier, hash, key);
            wastage = records.findWastage(venue.id(), earlier.id()).orElseThrow();
            replayed = true;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/api/v1/venues/" + venue.id() + "/wastage/" + wastage.wastageId());
        if (replayed) {
            headers.put("Idempotent-Replayed", "true");
        }
        HttpReply.send(exchange, 201, HttpReply.JSON, wastage, headers);
    }

    private static String text(String value, String field, int max, boolean required) {
        return text(value, field, max, required, "/" + field);
    }

    private static String text(String value, String field, int max, boolean required, String at) {
        if (value == null) {
            if (required) {
                throw ApiProblem.invalid("'" + field + "' is required.", at);
            }
            return null;
        }
        if (value.isBlank()) {
            throw ApiProblem.invalid("'" + field + "' is a non-empty string.", at);
        }
        String text = value.trim();
        if (text.length() > max) {
            throw ApiProblem.invalid("'" + field + "' is at most " + max + " characters.", at);
        }
        return text;
    }

    /** A time sent with its offset, not in the future nor more than 48 hours ago; to the second. */
    private static Instant time(OffsetDateTime sent, String field, Instant now) {
        Instant at = sent.toInstant();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ApiProblem.invalid("'" + field + "' is in the future; check the device's clock.", "/" + field);
        }
        if (at.isBefore(now.minus(MAX_LATE))) {
            throw ApiProblem.invalid("'" + field + "' is more than 48 hours ago; send counts and wastage within 48 hours"
                    + " of the moment they happened.", "/" + field);
        }
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    private static int indexOf(List<CountLineRequest> lines, String sku) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != null && lines.get(i).sku() != null && sku.equals(lines.get(i).sku().trim())) {
                return i;
            }
        }
        return 0;
    }
}
