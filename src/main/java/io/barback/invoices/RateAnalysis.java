package io.barback.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.barback.documents.PrintedValues;

/**
 * A bill's VAT analysis: a row per rate with what the goods at that rate come to before VAT and
 * the VAT on them ("23%  759.54  174.70  934.24", "13.5% on 546.50 = 73.78"). A bill that prices
 * its lines with VAT in them at two rates or more, and says on no line which, still says in its
 * analysis what the lines at each rate come to; when exactly one choice of lines makes each rate's
 * amount, that is each line's rate.
 */
record RateAnalysis(List<Rate> rates) {

    /** One rate's row. */
    record Rate(BigDecimal rate, BigDecimal net, BigDecimal vat) {
        BigDecimal gross() {
            return net.add(vat);
        }
    }

    private static final Pattern RATE = Pattern.compile("(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,3})?)\\s*%");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** The most lines whose rates are worked out this way (every choice of them is tried). */
    private static final int MAX_LINES = 20;

    /** The analysis a bill prints, from the lines of its text; no rates when it prints none. */
    static RateAnalysis of(List<String> lines) {
        Map<BigDecimal, Rate> byRate = new HashMap<>();
        List<BigDecimal> twice = new ArrayList<>();
        for (String line : lines) {
            if (line == null) {
                continue;
            }
            Matcher m = RATE.matcher(line);
            if (!m.find()) {
                continue;
            }
            Optional<BigDecimal> rate = PrintedValues.percent(m.group());
            if (rate.isEmpty()) {
                continue;
            }
            List<BigDecimal> amounts = new ArrayList<>();
            for (String token : line.substring(m.end()).split("[\\s=]+")) {
                if (PrintedValues.toTheCent(token)) {
                    PrintedValues.amount(token).ifPresent(amounts::add);
                }
            }
            rowOf(rate.get(), amounts).ifPresent(r -> {
                Rate before = byRate.put(r.rate(), r);
                if (before != null && !before.equals(r)) {
                    twice.add(r.rate());
                }
            });
        }
        // a rate given two sets of figures (an analysis per page, a table of rates) says nothing sure
        twice.forEach(byRate::remove);
        List<Rate> rates = new ArrayList<>(byRate.values());
        rates.sort(Comparator.comparing(Rate::rate).reversed());
        return new RateAnalysis(List.copyOf(rates));
    }

    /**
     * The row's net and VAT: two of its figures, one the other's VAT at the rate (to the cent); the
     * net first, or after the VAT ("incl. VAT: 395.29  VAT included @ 23 %: 73.92  Net: 321.37").
     */
    private static Optional<Rate> rowOf(BigDecimal rate, List<BigDecimal> amounts) {
        for (int i = 0; i < amounts.size(); i++) {
            for (int j = 0; j < amounts.size(); j++) {
                if (i == j) {
                    continue;
                }
                BigDecimal net = amounts.get(i);
                BigDecimal vat = amounts.get(j);
                if (net.signum() > 0 && vat.signum() >= 0
                        && net.multiply(rate).setScale(2, RoundingMode.HALF_UP).subtract(vat).abs().compareTo(CENT) <= 0) {
                    return Optional.of(new Rate(rate, net, vat));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Each line's rate, for lines priced with VAT in them (they make the bill's total): the lines
     * at each rate are the one choice of them that makes that rate's amount with VAT. Empty when
     * the analysis does not make the bill's VAT and total, or any rate's lines could be chosen two
     * ways.
     */
    Optional<Map<Integer, BigDecimal>> lineRates(List<ExtractedInvoice.Line> lines, BigDecimal vat, BigDecimal gross) {
        if (rates.size() < 2 || vat == null || gross == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            return Optional.empty();
        }
        BigDecimal sign = BigDecimal.valueOf(gross.signum() < 0 ? -1 : 1);
        BigDecimal vats = rates.stream().map(Rate::vat).reduce(BigDecimal.ZERO, BigDecimal::add).multiply(sign);
        BigDecimal grosses = rates.stream().map(Rate::gross).reduce(BigDecimal.ZERO, BigDecimal::add).multiply(sign);
        BigDecimal sum = lines.stream().map(ExtractedInvoice.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (vats.compareTo(vat) != 0 || grosses.compareTo(gross) != 0 || sum.compareTo(gross) != 0) {
            return Optional.empty();
        }
        Map<Integer, BigDecimal> found = new HashMap<>();
        List<ExtractedInvoice.Line> left = new ArrayList<>(lines);
        // the last rate takes the lines left over: they make its amount, as the whole makes the total
        for (Rate r : rates.subList(0, rates.size() - 1)) {
            List<List<ExtractedInvoice.Line>> choices = new ArrayList<>();
            choose(left, 0, r.gross().multiply(sign), new ArrayList<>(), choices);
            if (choices.size() != 1) {
                return Optional.empty();
            }
            for (ExtractedInvoice.Line l : choices.get(0)) {
                found.put(l.lineNo(), r.rate());
            }
            left.removeAll(choices.get(0));
        }
        BigDecimal last = rates.get(rates.size() - 1).rate();
        left.forEach(l -> found.put(l.lineNo(), last));
        return Optional.of(found);
    }

    /** The choices of lines from {@code from} on that make {@code target}; stops at two (one is all that is wanted). */
    private static void choose(List<ExtractedInvoice.Line> lines, int from, BigDecimal target,
            List<ExtractedInvoice.Line> chosen, List<List<ExtractedInvoice.Line>> choices) {
        if (choices.size() > 1) {
            return;
        }
        if (from == lines.size()) {
            if (target.signum() == 0 && !chosen.isEmpty()) {
                choices.add(List.copyOf(chosen));
            }
            return;
        }
        ExtractedInvoice.Line line = lines.get(from);
        chosen.add(line);
        choose(lines, from + 1, target.subtract(line.amount()), chosen, choices);
        chosen.remove(chosen.size() - 1);
        choose(lines, from + 1, target, chosen, choices);
    }
}
