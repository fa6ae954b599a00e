package io.barback.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Net, VAT and gross of a line or a document, each to the cent. */
public record Totals(BigDecimal net, BigDecimal vat, BigDecimal gross) {

    public static final Totals ZERO = new Totals(cents(BigDecimal.ZERO), cents(BigDecimal.ZERO), cents(BigDecimal.ZERO));

    /**
     * Splits a VAT-inclusive amount at a rate, as a till receipt does: gross to the cent, net =
     * gross / (1 + rate) rounded half-up to the cent, VAT the difference (so net + VAT = gross
     * always holds exactly).
     */
    public static Totals fromGross(BigDecimal gross, BigDecimal vatRate) {
        BigDecimal g = cents(gross);
        BigDecimal net = g.divide(BigDecimal.ONE.add(vatRate), 2, RoundingMode.HALF_UP);
        return new Totals(net, g.subtract(net), g);
    }

    public Totals plus(Totals other) {
        return new Totals(net.add(other.net), vat.add(other.vat), gross.add(other.gross));
    }

    public Totals negate() {
        return new Totals(net.negate(), vat.negate(), gross.negate());
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
