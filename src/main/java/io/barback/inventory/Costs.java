package io.barback.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import io.barback.platform.Decimals;
import org.bson.Document;

/**
 * A product's deliveries as its inventory document keeps them for costing, {@code costs}: one
 * entry per delivery ({@code at}, where it is placed; {@code units}; {@code value}, its net
 * cost), in time order. The cost in force at a moment is the average over every delivery placed
 * before it: what was paid, over what was delivered, a credit note taking its share back out.
 * Past {@value #KEPT} deliveries, the oldest two are merged into one, which keeps every average.
 */
final class Costs {

    static final String FIELD = "costs";
    static final int KEPT = 500;

    private Costs() {
    }

    @SuppressWarnings("unchecked")
    static List<Document> of(Document doc) {
        Object list = doc == null ? null : doc.get(FIELD);
        return list instanceof List<?> l ? new ArrayList<>((List<Document>) l) : new ArrayList<>();
    }

    static List<Document> with(List<Document> costs, Instant at, BigDecimal units, BigDecimal value) {
        List<Document> all = new ArrayList<>(costs);
        all.add(new Document("at", Date.from(at)).append("units", Decimals.of(units)).append("value", Decimals.of(value)));
        all.sort(Comparator.comparing(d -> d.getDate("at")));
        while (all.size() > KEPT) {
            Document a = all.remove(0);
            Document b = all.remove(0);
            all.add(0, new Document("at", b.getDate("at"))
                    .append("units", Decimals.of(Decimals.at(a, "units").add(Decimals.at(b, "units"))))
                    .append("value", Decimals.of(Decimals.at(a, "value").add(Decimals.at(b, "value")))));
        }
        return all;
    }

    /** The average cost per stock unit of what was delivered before {@code end}; null when none was (or credit notes left none). */
    static BigDecimal before(List<Document> costs, Instant end) {
        BigDecimal units = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (Document d : costs) {
            if (!d.getDate("at").toInstant().isBefore(end)) {
                break;
            }
            units = units.add(Decimals.at(d, "units"));
            value = value.add(Decimals.at(d, "value"));
        }
        return units.signum() > 0 && value.signum() >= 0 ? value.divide(units, 6, RoundingMode.HALF_UP) : null;
    }
}
