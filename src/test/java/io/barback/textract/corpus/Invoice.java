package io.barback.textract.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The content of one supplier invoice or credit note, with its VAT arithmetic in BigDecimal. */
record Invoice(Supplier supplier, Pub billTo, Pub deliverTo, String number, LocalDate date, LocalDate dueDate,
        String poNumber, boolean creditNote, String originalInvoice, String docket, List<Line> lines) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One printed row of the items table. Quantity and unit price are null on a flat row (a discount). */
    record Line(String code, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal vatRate, BigDecimal amount) {

        static Line of(String code, String description, BigDecimal quantity, BigDecimal unitPrice,
                BigDecimal vatRate) {
            return discounted(code, description, quantity, unitPrice, BigDecimal.ZERO, vatRate);
        }

        /** quantity x unit price less a percentage, rounded HALF_UP to the cent. */
        static Line discounted(String code, String description, BigDecimal quantity, BigDecimal unitPrice,
                BigDecimal discountPercent, BigDecimal vatRate) {
            BigDecimal gross = quantity.multiply(unitPrice);
            BigDecimal net = gross.multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED);
            return new Line(code, description, quantity, unitPrice, discountPercent, vatRate, Formats.cents(net));
        }

        static Line flat(String description, BigDecimal amount, BigDecimal vatRate) {
            return new Line(null, description, null, null, null, vatRate, Formats.cents(amount));
        }
    }

    /** One row of a VAT analysis: the net of all lines at a rate and the VAT on it. */
    record VatBand(BigDecimal rate, BigDecimal net, BigDecimal vat) {
    }

    BigDecimal subtotal() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Bands from the highest rate down; VAT per band = net x rate, HALF_UP to the cent. */
    List<VatBand> vatBands() {
        Map<BigDecimal, BigDecimal> netByRate = new TreeMap<>((a, b) -> b.compareTo(a));
        for (Line line : lines) {
            netByRate.merge(line.vatRate(), line.amount(), BigDecimal::add);
        }
        List<VatBand> bands = new ArrayList<>();
        netByRate.forEach((rate, net) -> bands.add(new VatBand(rate, net,
                net.multiply(rate).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP))));
        return bands;
    }

    BigDecimal tax() {
        return vatBands().stream().map(VatBand::vat).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal total() {
        return subtotal().add(tax());
    }

    int termsDays() {
        return dueDate == null ? 0 : (int) ChronoUnit.DAYS.between(date, dueDate);
    }
}
