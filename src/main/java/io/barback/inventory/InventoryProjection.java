package io.barback.inventory;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.barback.catalog.CatalogRepository;
import io.barback.catalog.StockSettings;
import io.barback.invoices.InvoiceEvents;
import io.barback.platform.Decimals;
import io.barback.platform.Json;
import io.barback.platform.events.AppliedEvents;
import io.barback.platform.events.ConsumedEvent;
import io.barback.platform.events.ConsumedRecords;
import io.barback.platform.events.DeadLetters;
import io.barback.platform.events.OutboundEvent;
import io.barback.platform.events.PoisonEventException;
import io.barback.platform.events.ProjectionBatch;
import io.barback.platform.events.Topics;
import io.barback.platform.store.GuardedWrites;
import io.barback.platform.store.GuardedWrites.Delta;
import io.barback.sales.SaleEvents;
import org.apache.camel.Exchange;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code inventory} collection: one document per (venue, sku) with the stock on
 * hand in stock units. Sales take stock out, voids put it back, invoices bring it in (a credit
 * note, with its negative quantities, takes it out again), wastage takes it out; invoice lines
 * that matched no product move nothing.
 *
 * <p>A count sets the stock as of the moment it was taken ({@code countedAt}): every movement is
 * placed at its own moment (a sale when it was sold, a void when it was voided, a delivery when
 * its invoice was read but no later than the end of its invoice date, wastage when it was wasted), and one placed before the product's
 * last count is in that count and moves nothing, whenever it arrives. For a count that arrives
 * after movements placed after it, each document keeps the net movement of every second of the
 * last {@value #KEPT_HOURS} hours (by the sales log's own clock, so a replay keeps the same ones):
 * the count's stock is what was counted plus what moved from its moment on, and its variance is
 * what was counted minus what was expected at that moment. A product's first count is its opening
 * stock: it has no variance. When a product's stock crosses
 * below its reorder level, one {@code StockBelowReorderLevel} goes out; it is re-armed when the
 * stock is back at or above the level.
 */
@Component("inventoryProjection")
public class InventoryProjection {

    static final String NAME = "inventory";
    /** One document per (venue, sku, trading day): stock units sold ({@code out}, net of voids) and delivered ({@code in}). */
    static final String DAILY = "inventory_daily";
    public static final String ALERT_TYPE = "io.barback.inventory.StockBelowReorderLevel.v1";
    /** How long the movements of each second are kept for counts sent late (the API takes counts up to 48 hours old). */
    static final int KEPT_HOURS = 49;
    /** One document per (count, product): what was counted, expected and moved since the product's previous count. */
    static final String COUNTS = "stock_counts";

    private final MongoCollection<Document> stock;
    private final GuardedWrites stockWrites;
    private final GuardedWrites dailyWrites;
    private final CountResults countResults;
    private final AppliedEvents applied;
    private final ConsumedRecords reads;
    private final DeadLetters deadLetters;
    private final String alertsTopic;
    private final PriceChanges priceChanges;

    public InventoryProjection(MongoDatabase db, AppliedEvents applied, ConsumedRecords reads, DeadLetters deadLetters,
                               Topics topics,
                               CatalogRepository catalog, StockSettings settings) {
        // a stock level's update depends on what it holds (the alert), so its writes are versioned
        // the movements of each second are read only by a plan that needs them (a count, or seconds to drop)
        this.stock = db.getCollection(NAME);
        this.stockWrites = GuardedWrites.versioned(stock).unread(Moves.FIELD, Moves.LEGACY);
        this.dailyWrites = GuardedWrites.on(db.getCollection(DAILY));
        this.countResults = new CountResults(db.getCollection(COUNTS));
        this.applied = applied;
        this.reads = reads;
        this.deadLetters = deadLetters;
        this.alertsTopic = topics.alerts();
        this.priceChanges = new PriceChanges(db.getCollection(PriceChanges.NAME), catalog, settings.priceChangeThreshold(), this.alertsTopic);
    }

    public record StockBelowReorderLevel(String venueId, String sku, String name,
                                         @JsonSerialize(using = Json.Quantity.class) BigDecimal onHand,
                                         @JsonSerialize(using = Json.Quantity.class) BigDecimal reorderLevel,
                                         String stockUnit, Instant at) {
    }

    /**
     * The first step of a batch of sales or invoice records: reads and claims them and plans the
     * stock's first round (one read per collection for the whole batch). Per product, the batch's
     * movements are applied in log order from the stock as it stood, so each crossing below the
     * reorder level is seen and alerted, however many fall in one batch. The route then publishes
     * the round's {@link StockRound#getSends} and calls {@link #write} while a round is planned.
     */
    public void plan(Exchange exchange) {
        ProjectionBatch batch = ProjectionBatch.read(exchange, reads, deadLetters);
        List<ConsumedEvent> events = applied.claimAll(NAME, batch.events(InventoryProjection::moves));
        List<GuardedWrites.Change<Movement>> stockChanges = new ArrayList<>();
        List<GuardedWrites.Change<GuardedWrites.Delta>> days = new ArrayList<>();
        for (ConsumedEvent event : events) {
            List<GuardedWrites.Change<Movement>> eventStock = new ArrayList<>();
            List<GuardedWrites.Change<GuardedWrites.Delta>> eventDays = new ArrayList<>();
            try {
                movements(event, eventStock, eventDays);
            } catch (IllegalArgumentException | NullPointerException | DateTimeException | ArithmeticException e) {
                // the payload passed its schema but still cannot be read: it will never apply
                batch.park(event, new PoisonEventException("cannot apply " + event.id() + ": " + e));
                continue;
            }
            stockChanges.addAll(eventStock);
            days.addAll(eventDays);
        }
        StockRound round = new StockRound(days);
        round.rounds = stockWrites.rounds(stockChanges,
                (before, pending) -> planStock(before, pending, round.alerts, round.counted, round.changed), Moves::parts);
        exchange.setProperty(StockRound.PROPERTY, round);
        writeDaysOnceStockIsWritten(round);
    }

    /**
     * Writes the planned round once the route has published its sends: the count results and the
     * price changes it planned, then the stock. A product whose stock changed meanwhile is planned
     * again (the route publishes that round's sends and calls this again); once every product took
     * its write, the batch's days are written.
     */
    public void write(Exchange exchange) {
        StockRound round = exchange.getProperty(StockRound.PROPERTY, StockRound.class);
        // a count's result as planned, before the stock that follows from it (written again if planned again)
        countResults.write(round.counted.values());
        priceChanges.record(round.changed.values());
        round.alerts.clear();
        round.counted.clear();
        round.changed.clear();
        round.rounds.write();
        writeDaysOnceStockIsWritten(round);
    }

    /** The batch's days, once no stock round is left to write (at once when the stock had nothing pending: a batch read again). */
    private void writeDaysOnceStockIsWritten(StockRound round) {
        if (!round.rounds.planned()) {
            dailyWrites.apply(round.days, GuardedWrites::merge);
        }
    }

    /**
     * A batch's stock writes between the route's steps: the round planned, and what it decided to
     * send (alerts before the trace of the movement that crossed the level, price changes before
     * the delivery that moved the price), which the route publishes before {@link #write}.
     */
    public static final class StockRound {
        static final String PROPERTY = "barbackStockRound";
        private final List<GuardedWrites.Change<GuardedWrites.Delta>> days;
        private final List<OutboundEvent> alerts = new ArrayList<>();
        private final Map<String, Document> counted = new LinkedHashMap<>();
        private final Map<String, PriceChanges.Change> changed = new LinkedHashMap<>();
        private GuardedWrites.Rounds<Movement> rounds;

        StockRound(List<GuardedWrites.Change<GuardedWrites.Delta>> days) {
            this.days = days;
        }

        /** True while a round is planned and waits for its sends and its write. */
        public boolean isPlanned() {
            return rounds.planned();
        }

        /** What the planned round decided to send: its alerts, then its price changes. */
        public List<OutboundEvent> getSends() {
            List<OutboundEvent> sends = new ArrayList<>(alerts);
            changed.values().forEach(c -> sends.add(c.event()));
            return sends;
        }
    }

    private static boolean moves(String type) {
        return SaleEvents.RECORDED_TYPE.equals(type) || SaleEvents.VOIDED_TYPE.equals(type)
                || InvoiceEvents.RECEIVED_TYPE.equals(type) || StockEvents.COUNTED_TYPE.equals(type)
                || StockEvents.WASTED_TYPE.equals(type);
    }

    /** One event's movements: per product, its stock change and its day's units sold, delivered or wasted. */
    private void movements(ConsumedEvent event, List<GuardedWrites.Change<Movement>> stock,
                           List<GuardedWrites.Change<GuardedWrites.Delta>> days) {
        JsonNode p = event.payload();
        String venueId = p.get("venueId").asText();
        LocalDate day = LocalDate.parse(p.get("tradingDay").asText());
        switch (event.type()) {
            case StockEvents.COUNTED_TYPE -> {
                Instant countedAt = Instant.parse(p.get("countedAt").asText());
                Instant recordedAt = Instant.parse(p.get("recordedAt").asText());
                for (JsonNode line : p.get("lines")) {
                    Movement m = new Movement(Kind.COUNT, venueId, line.get("sku").asText(), line, countedAt, recordedAt);
                    m.units = line.get("counted").decimalValue();
                    m.countId = p.get("countId").asText();
                    m.day = day;
                    stock.add(new GuardedWrites.Change<>(id(venueId, m.sku), event, m));
                }
            }
            case StockEvents.WASTED_TYPE -> {
                Instant wastedAt = Instant.parse(p.get("wastedAt").asText());
                Movement m = new Movement(Kind.WASTE, venueId, p.get("sku").asText(), p, wastedAt,
                        Instant.parse(p.get("recordedAt").asText()));
                m.units = p.get("stockUnits").decimalValue();
                m.delta = m.units.negate();
                stock.add(new GuardedWrites.Change<>(id(venueId, m.sku), event, m));
                days.add(new GuardedWrites.Change<>(id(venueId, m.sku) + "|" + day, event, dayDelta(venueId, m.sku, day)
                        .inc("wasted", m.units)));
            }
            default -> lineMovements(event, p, venueId, day, stock, days);
        }
    }

    /** A sale's, a void's or an invoice's lines, per product. */
    private void lineMovements(ConsumedEvent event, JsonNode p, String venueId, LocalDate day,
                               List<GuardedWrites.Change<Movement>> stock,
                               List<GuardedWrites.Change<GuardedWrites.Delta>> days) {
        Kind kind = switch (event.type()) {
            case SaleEvents.RECORDED_TYPE -> Kind.SALE;
            case SaleEvents.VOIDED_TYPE -> Kind.VOID;
            default -> Kind.DELIVERY;
        };
        Instant occurredAt = Instant.parse(p.get("occurredAt").asText());
        // where the movement is placed among counts, and the sales log's clock (deliveries come on another log)
        Instant at = switch (kind) {
            case SALE -> occurredAt;
            case VOID -> Instant.parse(p.get("voidedAt").asText());
            // when Barback read its invoice, but no later than the end of the invoice's date: a
            // delivery forwarded the day after is not placed after that night's count
            default -> {
                Instant endOfDate = LocalDate.parse(p.get("invoiceDate").asText()).plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC).toInstant();
                yield occurredAt.isBefore(endOfDate) ? occurredAt : endOfDate;
            }
        };
        Instant clock = kind == Kind.DELIVERY ? null : at;
        Map<String, Movement> bySku = new LinkedHashMap<>();
        for (JsonNode line : p.get("lines")) {
            if (!line.hasNonNull("sku")) {
                continue;
            }
            String sku = line.get("sku").asText();
            Movement m = bySku.computeIfAbsent(sku, k -> new Movement(kind, venueId, sku, line, at, clock));
            m.units = m.units.add(line.get("stockUnits").decimalValue());
            m.value = m.value.add(new BigDecimal(line.get("net").asText()));
            if (kind == Kind.DELIVERY) {
                m.deliveredAt = occurredAt;
                m.invoice = p;
            }
        }
        for (Movement m : bySku.values()) {
            BigDecimal units = m.units;
            m.delta = kind == Kind.SALE ? units.negate() : units;
            stock.add(new GuardedWrites.Change<>(id(venueId, m.sku), event, m));
            // a void takes the sale back out of the day it was sold on (its event carries that day)
            GuardedWrites.Delta dayDelta = dayDelta(venueId, m.sku, day)
                    .inc(kind == Kind.DELIVERY ? "in" : "out", kind == Kind.VOID ? units.negate() : units);
            if (kind != Kind.DELIVERY) {
                // the product's net takings of the day, for its gross profit
                dayDelta.inc("net", kind == Kind.VOID ? m.value.negate() : m.value);
            }
            days.add(new GuardedWrites.Change<>(id(venueId, m.sku) + "|" + day, event, dayDelta));
        }
    }

    private static GuardedWrites.Delta dayDelta(String venueId, String sku, LocalDate day) {
        return new GuardedWrites.Delta().setOnInsert("venueId", venueId).setOnInsert("sku", sku)
                .setOnInsert("date", day.toString());
    }

    enum Kind { SALE, VOID, DELIVERY, WASTE, COUNT }

    static final class Movement {
        final Kind kind;
        final String venueId;
        final String sku;
        final String name;
        final String stockUnit;
        final BigDecimal reorderLevel;
        /** Where it is placed among counts: a count's countedAt, a sale's time, a void's, a delivery's (see above). */
        final Instant at;
        /** The sales log's clock as this record set it; null for a record of another log. */
        final Instant clock;
        Instant deliveredAt;
        /** The lines' net: a delivery's cost (negative on a credit note), a sale's takings. */
        BigDecimal value = BigDecimal.ZERO;
        String countId;
        LocalDate day;
        /** A delivery's invoice (the event's payload): supplier, number, date. */
        JsonNode invoice;
        /** Stock units moved (a count: counted). */
        BigDecimal units = BigDecimal.ZERO;
        BigDecimal delta;

        Movement(Kind kind, String venueId, String sku, JsonNode line, Instant at, Instant clock) {
            this.kind = kind;
            this.venueId = venueId;
            this.sku = sku;
            this.name = line.get("name").asText();
            this.stockUnit = line.get("stockUnit").asText();
            this.reorderLevel = line.hasNonNull("reorderLevel") ? line.get("reorderLevel").decimalValue() : null;
            this.at = at;
            this.clock = clock;
        }
    }

    /**
     * A product's pending movements, applied one by one from the stock as read: each time the
     * stock falls below the reorder level while the alert is armed, one alert, whose id comes from
     * the product's crossing counter (a re-run after a crash re-sends the same id, not a second
     * alert); the alert is re-armed when the stock is back at or above the level.
     */
    private Delta planStock(Document before, List<GuardedWrites.Change<Movement>> pending, List<OutboundEvent> alerts,
                            Map<String, Document> counted, Map<String, PriceChanges.Change> changed) {
        BigDecimal onHand = before == null ? BigDecimal.ZERO : Decimals.at(before, "onHand");
        BigDecimal reorder = before == null || before.get("reorderLevel") == null ? null : Decimals.at(before, "reorderLevel");
        boolean armed = before == null || !Boolean.FALSE.equals(before.getBoolean("alertArmed"));
        int seq = before == null ? 0 : before.getInteger("alertSeq", 0);
        Instant countedAt = instant(before, "countedAt");
        Instant clock = instant(before, "clock");
        Set<Long> minutes = new HashSet<>();
        for (GuardedWrites.Change<Movement> change : pending) {
            Long minute = Moves.minuteOf(change.data());
            if (minute != null) {
                minutes.add(minute);
            }
        }
        Moves moves = before == null ? Moves.of(null) : Moves.lazy(before, () -> stock.find(Filters.eq("_id", before.get("_id")))
                .projection(Projections.include(Moves.FIELD, Moves.LEGACY)).first(), minutes);
        // what moved since the last count, by kind (positive), for the next count's result
        BigDecimal[] period = before == null ? Moves.zero() : Moves.read(before.get("sinceCount"));
        List<Document> costs = Costs.of(before);
        Delta delta = new Delta();
        for (GuardedWrites.Change<Movement> change : pending) {
            Movement m = change.data();
            delta.set("name", m.name).set("stockUnit", m.stockUnit).setOnInsert("venueId", m.venueId).setOnInsert("sku", m.sku);
            if (m.reorderLevel != null) {
                reorder = m.reorderLevel;
                delta.set("reorderLevel", reorder);
            }
            if (m.clock != null && (clock == null || m.clock.isAfter(clock))) {
                clock = m.clock;
            }
            if (m.kind == Kind.DELIVERY) {
                // the average cost of what was delivered, per stock unit: a credit note takes its share back out
                delta.inc("cost.units", m.units).inc("cost.value", m.value);
                priceChanges.check(m, costs).ifPresent(c -> changed.put(c.id(), c));
                costs = Costs.with(costs, m.at, m.units, m.value);
                delta.set(Costs.FIELD, costs);
            }
            if (m.kind == Kind.COUNT) {
                if (countedAt != null && m.at.isBefore(countedAt)) {
                    // placed before the product's last count (the API refuses these; two at once can still race): moves nothing
                    delta.set("lastRefusedCount", m.countId);
                    continue;
                }
                BigDecimal[] after = moves.sinceByKind(m.at);
                BigDecimal since = after[0].add(after[1]).add(after[2]);
                Document result = new Document("_id", m.countId + "|" + m.sku).append("venueId", m.venueId)
                        .append("sku", m.sku).append("name", m.name).append("stockUnit", m.stockUnit)
                        .append("countId", m.countId).append("countedAt", Date.from(m.at)).append("tradingDay", m.day.toString())
                        .append("counted", Decimals.of(m.units));
                if (countedAt == null) {
                    result.append("opening", true);
                } else {
                    BigDecimal expected = onHand.subtract(since);
                    result.append("previousCountedAt", Date.from(countedAt))
                            .append("sold", Decimals.of(period[0].add(after[0])))
                            .append("delivered", Decimals.of(period[1].subtract(after[1])))
                            .append("wasted", Decimals.of(period[2].add(after[2])))
                            .append("expected", Decimals.of(expected))
                            .append("variance", Decimals.of(m.units.subtract(expected)));
                }
                counted.put(result.getString("_id"), result);
                period = new BigDecimal[] {after[0].negate(), after[1], after[2].negate()};
                onHand = m.units.add(since);
                countedAt = m.at;
                moves.dropBefore(m.at);
                Document last = new Document(result);
                last.remove("_id");
                delta.set("lastCount", last);
            } else if (countedAt != null && m.at.isBefore(countedAt)) {
                // already in the stock that was counted
                delta.inc("inCount", m.delta);
            } else {
                onHand = onHand.add(m.delta);
                int k = Moves.kind(m.kind);
                moves.add(m.at, k, m.delta);
                period[k] = period[k].add(k == 1 ? m.delta : m.delta.negate());
            }
            if (m.kind == Kind.SALE) {
                delta.max("lastSaleAt", Date.from(m.at));
            }
            if (m.deliveredAt != null) {
                delta.max("lastDeliveryAt", Date.from(m.deliveredAt));
            }
            if (reorder == null) {
                continue;
            }
            if (onHand.compareTo(reorder) < 0 && armed) {
                StockBelowReorderLevel alert = new StockBelowReorderLevel(m.venueId, m.sku, m.name, onHand, reorder,
                        m.stockUnit, Instant.now());
                alerts.add(new OutboundEvent(alertsTopic, m.venueId, "stock/" + m.venueId + "/" + m.sku + "/below/" + seq,
                        ALERT_TYPE, "/barback/venues/" + m.venueId + "/inventory/" + m.sku, alert.at(), alert));
                armed = false;
                seq++;
            } else if (onHand.compareTo(reorder) >= 0 && !armed) {
                armed = true;
            }
        }
        if (clock != null) {
            Instant keptFrom = clock.minus(KEPT_HOURS, ChronoUnit.HOURS);
            // seconds past the kept hours are dropped once a whole hour of them has gone by
            if (moves.from() + 3600 <= keptFrom.getEpochSecond()) {
                moves.dropBefore(keptFrom);
            }
            delta.set("clock", Date.from(clock));
        }
        if (countedAt != null) {
            delta.set("countedAt", Date.from(countedAt));
            delta.set("sinceCount", Moves.write(period));
        }
        moves.writeTo(delta);
        return delta.set("onHand", onHand).set("alertArmed", armed).set("alertSeq", seq);
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc == null ? null : doc.getDate(field);
        return date == null ? null : date.toInstant();
    }

    /**
     * The movement of each second a document keeps, by kind ({@code o} sold net of voids, {@code i}
     * delivered, {@code w} wasted; signed as they move the stock), in one field per minute:
     * {@code movesByMinute.<epoch second the minute starts at>} holds that minute's seconds as one
     * string, such as {@code "5o-1.136 5i50 41o-0.568"} (second of the minute, kind, movement),
     * and {@code movesFrom} is the first hour kept. A batch reads and rewrites only the minutes it
     * adds to (read with the documents, see {@link #parts}); all of them are read only to place a
     * count or to drop seconds (before a count, or past the kept hours), and then written whole.
     *
     * <p>They were once kept a field per second ({@code moves.<hour>.<second of hour>.<kind>}):
     * under load the document gained fields every second and each update of it cost the store
     * several times more. A document that still holds those is read with them, and they are moved
     * over the first time its movements are written whole.
     */
    static final class Moves {
        static final String FIELD = "movesByMinute";
        static final String LEGACY = "moves";
        static final String FROM = "movesFrom";
        private static final String KINDS = "oiw";

        /** Every second kept, once read whole. */
        private TreeMap<Long, BigDecimal[]> bySecond;
        private final Supplier<Document> loader;
        /** The minutes read with the document (absent from {@link #partial}: nothing moved in them yet). */
        private final Set<Long> readMinutes;
        private final Document partial;
        /** The read minutes added to while not read whole: stored plus added. */
        private final Map<Long, TreeMap<Long, BigDecimal[]>> minutes = new HashMap<>();
        private final Set<Long> touched = new TreeSet<>();
        private final List<long[]> addedSeconds = new ArrayList<>();
        private final List<BigDecimal> addedDeltas = new ArrayList<>();
        private long from;
        private boolean rewrite;

        private Moves(Supplier<Document> loader, Set<Long> readMinutes, Document partial, long from) {
            this.loader = loader;
            this.readMinutes = readMinutes;
            this.partial = partial;
            this.from = from;
        }

        /** What a movement's plan reads of its document's movements besides the document: the minute it is placed in. */
        static List<String> parts(Movement m) {
            Long minute = minuteOf(m);
            return minute == null ? List.of() : List.of(FIELD + "." + minute);
        }

        /** The minute a movement is placed in; null for a count, which places none. */
        static Long minuteOf(Movement m) {
            return m.kind == Kind.COUNT ? null : minute(m.at.getEpochSecond());
        }

        static int kind(Kind kind) {
            return switch (kind) {
                case SALE, VOID -> 0;
                case DELIVERY -> 1;
                default -> 2;
            };
        }

        static BigDecimal[] zero() {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        }

        static BigDecimal[] read(Object value) {
            BigDecimal[] kinds = zero();
            if (value instanceof Document d) {
                for (int k = 0; k < KINDS.length(); k++) {
                    kinds[k] = Decimals.at(d, String.valueOf(KINDS.charAt(k)));
                }
            }
            return kinds;
        }

        static Document write(BigDecimal[] kinds) {
            Document d = new Document();
            for (int k = 0; k < KINDS.length(); k++) {
                d.append(String.valueOf(KINDS.charAt(k)), Decimals.of(kinds[k]));
            }
            return d;
        }

        /** The moves a document holds, all of them (null: none). */
        static Moves of(Document doc) {
            Moves moves = new Moves(null, Set.of(), null, Long.MAX_VALUE);
            moves.bySecond = new TreeMap<>();
            moves.rewrite = moves.parse(doc);
            moves.from = moves.bySecond.isEmpty() ? Long.MAX_VALUE : hour(moves.bySecond.firstKey());
            return moves;
        }

        /**
         * The moves of a document read with only the minutes {@code readMinutes} of them: the rest
         * is read when first needed.
         */
        static Moves lazy(Document before, Supplier<Document> loader, Set<Long> readMinutes) {
            Object from = before.get(FROM);
            return new Moves(loader, readMinutes, before.get(FIELD) instanceof Document d ? d : null,
                    from instanceof Number n ? n.longValue() : Long.MAX_VALUE);
        }

        /** Adds what the document holds to {@link #bySecond}; true when it holds seconds in the old shape. */
        private boolean parse(Document doc) {
            if (doc == null) {
                return false;
            }
            if (doc.get(FIELD) instanceof Document byMinute) {
                byMinute.forEach((minute, seconds) -> decode(Long.parseLong(minute), (String) seconds, bySecond));
            }
            boolean legacy = false;
            if (doc.get(LEGACY) instanceof Document byHour) {
                for (Map.Entry<String, Object> hour : byHour.entrySet()) {
                    if (hour.getValue() instanceof Document bySec) {
                        long base = Long.parseLong(hour.getKey());
                        for (Map.Entry<String, Object> sec : bySec.entrySet()) {
                            add(bySecond, base + Long.parseLong(sec.getKey()), read(sec.getValue()));
                            legacy = true;
                        }
                    }
                }
            }
            return legacy;
        }

        private static void add(TreeMap<Long, BigDecimal[]> into, long second, BigDecimal[] kinds) {
            BigDecimal[] sum = into.computeIfAbsent(second, s -> zero());
            for (int k = 0; k < sum.length; k++) {
                sum[k] = sum[k].add(kinds[k]);
            }
        }

        /** One minute's string, into {@code into}. */
        static void decode(long minute, String seconds, TreeMap<Long, BigDecimal[]> into) {
            if (seconds == null || seconds.isEmpty()) {
                return;
            }
            for (String entry : seconds.split(" ")) {
                int k = 0;
                while (k < entry.length() && Character.isDigit(entry.charAt(k))) {
                    k++;
                }
                int kind = k == 0 || k == entry.length() ? -1 : KINDS.indexOf(entry.charAt(k));
                if (kind < 0) {
                    throw new IllegalStateException("unreadable movement '" + entry + "' in minute " + minute);
                }
                BigDecimal[] kinds = into.computeIfAbsent(minute + Integer.parseInt(entry.substring(0, k)), s -> zero());
                kinds[kind] = kinds[kind].add(new BigDecimal(entry.substring(k + 1)));
            }
        }

        /** One minute's seconds as one string (a second's kind that nets to nothing is left out). */
        static String encode(Map<Long, BigDecimal[]> seconds) {
            StringBuilder out = new StringBuilder();
            seconds.forEach((second, kinds) -> {
                for (int k = 0; k < kinds.length; k++) {
                    if (kinds[k].signum() != 0) {
                        if (!out.isEmpty()) {
                            out.append(' ');
                        }
                        out.append(Math.floorMod(second, 60)).append(KINDS.charAt(k)).append(kinds[k].stripTrailingZeros().toPlainString());
                    }
                }
            });
            return out.toString();
        }

        private static long hour(long second) {
            return second - Math.floorMod(second, 3600);
        }

        private static long minute(long second) {
            return second - Math.floorMod(second, 60);
        }

        private TreeMap<Long, BigDecimal[]> seconds() {
            if (bySecond == null) {
                bySecond = new TreeMap<>();
                rewrite |= parse(loader.get());
                // what this plan added is not in the stored document yet
                for (int i = 0; i < addedSeconds.size(); i++) {
                    long[] sk = addedSeconds.get(i);
                    BigDecimal[] kinds = bySecond.computeIfAbsent(sk[0], x -> zero());
                    kinds[(int) sk[1]] = kinds[(int) sk[1]].add(addedDeltas.get(i));
                }
            }
            return bySecond;
        }

        /** A minute read with the document, as stored plus what this plan added to it. */
        private TreeMap<Long, BigDecimal[]> readMinute(long minute) {
            return minutes.computeIfAbsent(minute, m -> {
                TreeMap<Long, BigDecimal[]> seconds = new TreeMap<>();
                decode(m, partial == null ? null : partial.getString(Long.toString(m)), seconds);
                return seconds;
            });
        }

        /** The first hour kept (Long.MAX_VALUE when none). */
        long from() {
            return from;
        }

        /** What moved from {@code at} on, by kind (signed as it moved the stock). */
        BigDecimal[] sinceByKind(Instant at) {
            BigDecimal[] sum = zero();
            for (BigDecimal[] kinds : seconds().tailMap(at.getEpochSecond(), true).values()) {
                for (int k = 0; k < sum.length; k++) {
                    sum[k] = sum[k].add(kinds[k]);
                }
            }
            return sum;
        }

        BigDecimal since(Instant at) {
            BigDecimal[] kinds = sinceByKind(at);
            return kinds[0].add(kinds[1]).add(kinds[2]);
        }

        void add(Instant at, int kind, BigDecimal delta) {
            long second = at.getEpochSecond();
            long minute = minute(second);
            if (bySecond == null && !readMinutes.contains(minute)) {
                // a minute that was not read with the document: read them all
                seconds();
            }
            TreeMap<Long, BigDecimal[]> into = bySecond != null ? bySecond : readMinute(minute);
            BigDecimal[] kinds = into.computeIfAbsent(second, s -> zero());
            kinds[kind] = kinds[kind].add(delta);
            if (bySecond == null) {
                addedSeconds.add(new long[] {second, kind});
                addedDeltas.add(delta);
            }
            touched.add(minute);
            from = Math.min(from, hour(second));
        }

        void dropBefore(Instant at) {
            var head = seconds().headMap(at.getEpochSecond(), false);
            if (!head.isEmpty()) {
                head.clear();
                rewrite = true;
            }
            from = bySecond.isEmpty() ? Long.MAX_VALUE : hour(bySecond.firstKey());
        }

        void writeTo(Delta delta) {
            if (rewrite) {
                Map<Long, Map<Long, BigDecimal[]>> byMinute = new TreeMap<>();
                bySecond.forEach((second, kinds) -> byMinute.computeIfAbsent(minute(second), m -> new TreeMap<>()).put(second, kinds));
                Document all = new Document();
                byMinute.forEach((minute, seconds) -> {
                    String encoded = encode(seconds);
                    if (!encoded.isEmpty()) {
                        all.put(Long.toString(minute), encoded);
                    }
                });
                delta.set(FIELD, all).unset(LEGACY);
            } else {
                for (long minute : touched) {
                    String encoded = encode(bySecond != null ? bySecond.subMap(minute, minute + 60) : readMinute(minute));
                    if (encoded.isEmpty()) {
                        delta.unset(FIELD + "." + minute);
                    } else {
                        delta.set(FIELD + "." + minute, encoded);
                    }
                }
            }
            delta.set(FROM, from);
        }

        /** The net movement from {@code at} on, as a stored document holds it (for the count's answer). */
        static BigDecimal since(Document doc, Instant at) {
            return of(doc).since(at);
        }
    }

    static String id(String venueId, String sku) {
        return venueId + "|" + sku;
    }
}
