package io.barback.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.bson.Document;
import org.bson.types.Decimal128;

/** Decimal128 in MongoDB documents, to and from {@link BigDecimal}. */
public final class Decimals {

    private Decimals() {
    }

    public static Decimal128 of(BigDecimal value) {
        return new Decimal128(value);
    }

    /** The decimal at a dotted path, or zero when absent. */
    public static BigDecimal at(Document doc, String path) {
        Object v = doc;
        for (String part : path.split("\\.")) {
            if (!(v instanceof Document d)) {
                return BigDecimal.ZERO;
            }
            v = d.get(part);
        }
        if (v instanceof Decimal128 d) {
            return d.bigDecimalValue();
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return BigDecimal.ZERO;
    }

    public static BigDecimal money(Document doc, String path) {
        return at(doc, path).setScale(2, RoundingMode.HALF_UP);
    }
}
