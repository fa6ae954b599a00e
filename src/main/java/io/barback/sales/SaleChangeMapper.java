package io.barback.sales;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.barback.catalog.CatalogRepository;
import io.barback.catalog.Product;
import io.barback.catalog.Venue;
import io.barback.finance.TradingCalendar;
import io.barback.platform.Json;
import io.barback.platform.Totals;
import io.barback.platform.events.ChangeMapper;
import io.barback.platform.events.DebeziumValues;
import io.barback.platform.events.OutboundEvent;
import io.barback.platform.events.PoisonEventException;
import io.barback.platform.events.Topics;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * Turns a committed change of the {@code sale} table, as Debezium read it from the WAL, into
 * the sales events: an insert (or a snapshot row) becomes one {@code SaleRecorded} with all its
 * lines, an update to {@code voided} becomes {@code SaleVoided}. Anything else is unmappable
 * and goes to the dead-letter topic with the raw change.
 */
@Component("saleChangeMapper")
public class SaleChangeMapper implements ChangeMapper {

    /** Debezium's operation codes, mapped in one place. */
    enum Operation {
        CREATE, READ, UPDATE, DELETE, TRUNCATE, MESSAGE;

        static Operation of(String code) {
            return switch (code == null ? "" : code) {
                case "c" -> CREATE;
                case "r" -> READ;
                case "u" -> UPDATE;
                case "d" -> DELETE;
                case "t" -> TRUNCATE;
                case "m" -> MESSAGE;
                default -> throw new UnmappableChangeException("unknown Debezium operation '" + code + "'");
            };
        }
    }

    private final SaleRepository sales;
    private final CatalogRepository catalog;
    private final String topic;

    public SaleChangeMapper(SaleRepository sales, CatalogRepository catalog,
                            Topics topics) {
        this.sales = sales;
        this.catalog = catalog;
        this.topic = topics.sales();
    }

    @Override
    public boolean owns(String table) {
        return table.endsWith(".sale");
    }

    @Override
    public List<OutboundEvent> map(Message change) {
        Object after = change.getBody();
        String table = change.getHeader("CamelDebeziumIdentifier", String.class);
        Operation op = Operation.of(change.getHeader("CamelDebeziumOperation", String.class));
        if (table == null || !table.endsWith(".sale")) {
            throw new UnmappableChangeException("change of table " + table + " is not a sale");
        }
        return switch (op) {
            case CREATE, READ -> recorded(row(after));
            case UPDATE -> voided(row(after));
            case DELETE -> throw new UnmappableChangeException("a sale row was deleted; sales are voided, never deleted");
            default -> throw new UnmappableChangeException("operation " + op + " on the sale table is not supported");
        };
    }

    private List<OutboundEvent> recorded(Map<String, Object> row) {
        Sale sale = sale(row);
        List<OutboundEvent> events = new ArrayList<>(2);
        Context ctx = context(sale, row);
        events.add(new OutboundEvent(topic, sale.venueId(), "sale/" + sale.saleId() + "/recorded", SaleEvents.RECORDED_TYPE,
                source(sale), sale.occurredAt(), SaleEvents.SaleRecorded.of(sale, ctx.day, ctx.period, ctx.lines)));
        if (Sale.VOIDED.equals(sale.status())) {
            // a snapshot (or a late replay) sees a sale that has since been voided: both facts hold
            events.add(voidedEvent(sale, ctx));
        }
        return events;
    }

    private List<OutboundEvent> voided(Map<String, Object> row) {
        Sale sale = sale(row);
        if (!Sale.VOIDED.equals(sale.status())) {
            throw new UnmappableChangeException("update of sale " + sale.saleId() + " to status '" + sale.status()
                    + "' is not a void; recorded sales are immutable");
        }
        return List.of(voidedEvent(sale, context(sale, row)));
    }

    private OutboundEvent voidedEvent(Sale sale, Context ctx) {
        return new OutboundEvent(topic, sale.venueId(), "sale/" + sale.saleId() + "/voided", SaleEvents.VOIDED_TYPE,
                source(sale), sale.voidedAt() == null ? sale.occurredAt() : sale.voidedAt(),
                SaleEvents.SaleVoided.of(sale, ctx.day, ctx.period, ctx.lines));
    }

    private record Context(LocalDate day, String period, List<SaleEvents.EventLine> lines) {
    }

    private Context context(Sale sale, Map<String, Object> row) {
        Venue venue = catalog.venue(sale.venueId())
                .orElseThrow(() -> new UnmappableChangeException("sale " + sale.saleId() + " names unknown venue " + sale.venueId()));
        List<Sale.SaleLine> lines = linesOf(sale, row);
        if (lines.isEmpty()) {
            throw new UnmappableChangeException("sale " + sale.saleId() + " has no lines");
        }
        Totals sum = lines.stream().map(Sale.SaleLine::totals).reduce(Totals.ZERO, Totals::plus);
        if (!sum.equals(sale.totals())) {
            throw new UnmappableChangeException("the lines of sale " + sale.saleId() + " add up to " + sum.gross()
                    + " gross, the sale says " + sale.totals().gross());
        }
        Map<String, Product> products = catalog.products(venue.id());
        List<SaleEvents.EventLine> eventLines = lines.stream().map(l -> {
            Product p = products.get(l.sku());
            return new SaleEvents.EventLine(l.lineNo(), l.sku(), l.name(), l.serving(), l.quantity(), l.stockUnits(),
                    l.stockUnit(), p == null ? null : p.reorderLevel(), l.unitPrice(), l.vatRate(), l.net(), l.vat(), l.gross());
        }).toList();
        LocalDate day = TradingCalendar.tradingDay(sale.occurredAt(), venue.timeZone(), venue.tradingDayCutoff());
        // VAT follows the date of supply (the calendar date where the pub is), not the trading day:
        // a pint at 01:30 on 1 March is in the March-April return though it is February's takings
        LocalDate supplied = LocalDate.ofInstant(sale.occurredAt(), venue.timeZone());
        return new Context(day, TradingCalendar.vatPeriod(supplied, venue.vatPeriodMonths()), eventLines);
    }

    /**
     * The lines as committed in the row's {@code lines} column. Older rows have none, and an
     * update may carry a large unchanged value only as Debezium's "unavailable" placeholder
     * (TOAST): then, and only then, the lines are read from sale_line.
     */
    private List<Sale.SaleLine> linesOf(Sale sale, Map<String, Object> row) {
        Object json = row.get("lines");
        if (json instanceof String text && text.startsWith("[")) {
            try {
                return List.of(Json.MAPPER.readValue(text, Sale.SaleLine[].class));
            } catch (IOException e) {
                throw new UnmappableChangeException("the lines of sale " + sale.saleId() + " cannot be read: " + e.getMessage());
            }
        }
        return sales.lines(sale.saleId());
    }

    private static String source(Sale sale) {
        return "/barback/venues/" + sale.venueId() + "/sales";
    }

    private static Map<String, Object> row(Object after) {
        Map<String, Object> row = DebeziumValues.map(after);
        if (row == null) {
            throw new UnmappableChangeException("change has no row image");
        }
        return row;
    }

    private static Sale sale(Map<String, Object> row) {
        try {
            return new Sale(UUID.fromString(text(row, "id")), text(row, "venue_id"), text(row, "status"),
                    instant(text(row, "occurred_at")), instant(text(row, "recorded_at")),
                    row.get("voided_at") == null ? null : instant(text(row, "voided_at")),
                    (String) row.get("void_reason"), text(row, "payment_method"), (String) row.get("till_ref"), List.of(),
                    new Totals(money(row, "net"), money(row, "vat"), money(row, "gross")));
        } catch (RuntimeException e) {
            if (e instanceof UnmappableChangeException) {
                throw e;
            }
            throw new UnmappableChangeException("sale row cannot be read: " + e.getMessage());
        }
    }

    private static String text(Map<String, Object> row, String column) {
        Object v = row.get(column);
        if (v == null) {
            throw new UnmappableChangeException("sale row has no " + column);
        }
        return v.toString();
    }

    private static BigDecimal money(Map<String, Object> row, String column) {
        Object v = row.get(column);
        if (v instanceof BigDecimal d) {
            return d.setScale(2);
        }
        if (v == null) {
            throw new UnmappableChangeException("sale row has no " + column);
        }
        return new BigDecimal(v.toString()).setScale(2);
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    /** A change the CDC route can never turn into an event. */
    public static final class UnmappableChangeException extends PoisonEventException {
        public UnmappableChangeException(String message) {
            super(message);
        }
    }
}
