package io.barback.textract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.barback.documents.PrintedValues;
import io.barback.documents.VatRates;
import io.barback.textract.ExpenseExtractor.Found;
import io.barback.textract.Labels.Kind;
import io.barback.textract.Labels.Match;
import io.barback.textract.Layout.Row;
import io.barback.textract.Layout.Segment;
import io.barback.textract.LineItemTable.Item;

/**
 * The invoice's totals: every amount printed beside (or under) a totals label is a candidate,
 * and the subtotal, VAT and total are chosen together so that subtotal + VAT = total and, where
 * possible, the lines add up to the subtotal. A bank account, a phone number or a VAT analysis
 * row carries no totals label, so it never becomes a total.
 */
final class Totals {

    private static final Pattern RATE = Pattern.compile("\\d+(?:[.,]\\d+)?\\s?%");
    /** Words of a column heading that name the amount before VAT, with VAT, or the VAT (in that order of precedence). */
    private static final Pattern NET_HEADING = Pattern.compile(
            " (ht|net|nett|netto|nettobetrag|excl|exkl|ex|exclusief|hors|ohne|subtotal|imponibile|goods|grondslag|base|basis) ");
    private static final Pattern GROSS_HEADING = Pattern.compile(
            " (ttc|gross|brutto|bruttobetrag|incl|inkl|inclusief|including|total|totaal|gesamt|gesamtbetrag) ");
    private static final Pattern TAX_HEADING = Pattern.compile(" (vat|tva|mwst|ust|btw|tax|iva) ");
    /** How far above its total row a column's heading may stand. */
    private static final int HEADING_ROWS = 6;
    /** A figure its column's heading names: surer than a label's rightmost amount. */
    private static final int UNDER_HEADING = 5;
    /** The same figures on a row of their own, unlabelled and found by their sums: less sure than a label's. */
    private static final int UNLABELLED_SUM = 3;

    private record Candidate(Found found, BigDecimal value, int score) {
    }

    private Totals() {
    }

    static Map<String, Found> choose(List<Row> rows, List<Match> labels, List<Item> items, Set<Segment> table) {
        Map<Match, Found> underLabels = underEachLabel(rows, labels, table);
        // a sterling column beside the euro's, once for the page: its figures are passed over by every label
        List<Found> otherCurrency = billedInEuro(rows, labels) ? otherCurrencyFigures(rows) : List.of();
        List<Candidate> subtotals = candidates(rows, labels, Kind.SUBTOTAL, table, underLabels, otherCurrency);
        List<Candidate> taxes = withSumOfRates(candidates(rows, labels, Kind.TAX, table, underLabels, otherCurrency));
        vatAnalysis(rows, items).ifPresent(taxes::add);
        List<Candidate> totals = candidates(rows, labels, Kind.TOTAL, table, underLabels, otherCurrency);
        List<Candidate> dues = candidates(rows, labels, Kind.AMOUNT_DUE, table, underLabels, otherCurrency);
        underHeadings(rows, labels).forEach((kind, c) -> (kind == Kind.SUBTOTAL ? subtotals
                : kind == Kind.TAX ? taxes : totals).add(c));
        // no total printed but the amount due ("Goods Total | VAT @ 23% | Amount Due"): the amount due
        // is the total when the subtotal and the VAT make it
        boolean dueAsTotal = totals.isEmpty();
        if (dueAsTotal) {
            totals.addAll(dues);
        }
        BigDecimal linesSum = items.isEmpty() ? null : LineItemTable.sum(items);
        Candidate[] best = best(rows, labels, items, linesSum, subtotals, taxes, totals);
        boolean agree = agree(rows, labels, items, linesSum, best);
        if (!dueAsTotal && !dues.isEmpty() && (!agree || !linesMake(best, linesSum))) {
            // a "Total" that makes nothing add up (a VAT analysis's row of totals) beside an amount due
            // that does ("TOTAL DUE €"): the amount due is the total. Or one rate's row of a VAT
            // analysis ("Net | VAT | Gross" over "23%  759.54  174.70  934.24"), which adds up by itself
            // but is not what the lines make, beside an amount due that the lines make (lines priced
            // with VAT in them, "Total payable (incl. VAT)")
            List<Candidate> withDues = new ArrayList<>(totals);
            withDues.addAll(dues);
            Candidate[] again = best(rows, labels, items, linesSum, subtotals, taxes, withDues);
            if (agree(rows, labels, items, linesSum, again) && (!agree || linesMake(again, linesSum))) {
                best = again;
                agree = true;
            }
        }
        // the same figure printed twice ("VAT @ 13.5% ON 460.50  62.17" and "TOTAL VAT  62.17"): its surer reading
        Candidate bestS = surest(best[0], subtotals);
        Candidate bestT = surest(best[1], taxes);
        Candidate bestG = surest(best[2], totals);
        if (dueAsTotal && !agree) {
            bestG = null;
        }
        float factor = agree ? 1f : (bestS != null && bestT != null && bestG != null) ? 0.5f : 0.85f;

        Candidate bestDue = null;
        int dueScore = Integer.MIN_VALUE;
        for (Candidate d : dues) {
            int score = d.score() + (bestG != null && d.value().compareTo(bestG.value()) == 0 ? 3 : 0);
            if (score > dueScore) {
                dueScore = score;
                bestDue = d;
            }
        }
        Map<String, Found> chosen = new LinkedHashMap<>();
        put(chosen, "SUBTOTAL", bestS, factor);
        put(chosen, "TAX", bestT, factor);
        put(chosen, "TOTAL", bestG, factor);
        if (bestS != null && bestT == null && bestG == null && dues.isEmpty()) {
            // the labels of the VAT and the total lost to OCR ("VATE", "OTA R"): the two figures under
            // the subtotal, in its column, that it and the first make the second
            madeByTheSubtotal(rows, bestS.found(), table).forEach((type, f) -> chosen.put(type, f));
        }
        if (bestDue != null) {
            boolean dueAgrees = bestG == null || bestDue.value().compareTo(bestG.value()) == 0;
            put(chosen, "AMOUNT_DUE", bestDue, dueAgrees ? Math.max(factor, 0.85f) : 0.8f);
            Found due = chosen.get("AMOUNT_DUE");
            if (bestG == null && due.labelText() != null && Labels.tokens(due.labelText()).containsAll(Labels.tokens("total"))) {
                // "Total due" with no other total: the invoice's total, and what is due on it
                chosen.put("TOTAL", due);
            }
        }
        return chosen;
    }

    /** The subtotal, VAT and total (each may be null) whose figures agree best, by their scores and sums. */
    private static Candidate[] best(List<Row> rows, List<Match> labels, List<Item> items, BigDecimal linesSum,
            List<Candidate> subtotals, List<Candidate> taxes, List<Candidate> totals) {
        Candidate bestS = null;
        Candidate bestT = null;
        Candidate bestG = null;
        int bestScore = Integer.MIN_VALUE;
        for (Candidate s : withNone(subtotals)) {
            for (Candidate t : withNone(taxes)) {
                for (Candidate g : withNone(totals)) {
                    int score = score(s) + score(t) + score(g);
                    if (s != null && t != null && g != null) {
                        // a deposit or a charge between them ("GOODS | VAT | DEPOSITS | TOTAL") adds up as well
                        score += adds(s, t, g) || addsWithCharges(rows, labels, items, s, t, g) ? 8 : -4;
                    } else if (s != null && g != null && t == null) {
                        score += s.value().compareTo(g.value()) == 0 ? 1 : 0;
                    } else if (s == null && t != null && g != null && linesSum != null
                            && linesSum.add(t.value()).compareTo(g.value()) == 0) {
                        // VAT printed on each line and no subtotal: the lines and the VAT make the total
                        score += 8;
                    }
                    if (s != null && linesSum != null && linesSum.compareTo(s.value()) == 0) {
                        score += 3;
                    }
                    if (s != null && t != null && g != null && linesSum != null && linesSum.compareTo(g.value()) == 0
                            && linesSum.compareTo(s.value()) != 0) {
                        // lines priced with VAT in them make the total: the VAT analysis's row of totals,
                        // not one rate's row
                        score += 3;
                    }
                    if (s != null && g != null && s.found() == g.found()) {
                        score -= 10;
                    }
                    if (score > bestScore) {
                        bestScore = score;
                        bestS = s;
                        bestT = t;
                        bestG = g;
                    }
                }
            }
        }
        return new Candidate[] {bestS, bestT, bestG};
    }

    /** Of the candidates with the chosen one's value, the one read most surely. */
    private static Candidate surest(Candidate chosen, List<Candidate> candidates) {
        Candidate surest = chosen;
        for (Candidate c : candidates) {
            if (chosen != null && c.value().compareTo(chosen.value()) == 0
                    && c.found().confidence() > surest.found().confidence()) {
                surest = c;
            }
        }
        return surest;
    }

    /** Whether the lines make the chosen figures, as {@link #linesMake(Map, BigDecimal)} says (true with no lines to tell by). */
    private static boolean linesMake(Candidate[] best, BigDecimal linesSum) {
        if (linesSum == null) {
            return true;
        }
        Map<String, Found> chosen = new LinkedHashMap<>();
        put(chosen, "SUBTOTAL", best[0], 1f);
        put(chosen, "TAX", best[1], 1f);
        put(chosen, "TOTAL", best[2], 1f);
        return linesMake(chosen, linesSum);
    }

    /** Whether the chosen figures add up: subtotal + VAT (+ charges) = total, or the lines + VAT = total. */
    private static boolean agree(List<Row> rows, List<Match> labels, List<Item> items, BigDecimal linesSum,
            Candidate[] best) {
        Candidate bestS = best[0];
        Candidate bestT = best[1];
        Candidate bestG = best[2];
        return bestS != null && bestT != null && bestG != null
                && (adds(bestS, bestT, bestG) || addsWithCharges(rows, labels, items, bestS, bestT, bestG))
                || bestS == null && bestT != null && bestG != null && linesSum != null
                && (linesSum.compareTo(bestG.value()) == 0 && vatIncluded(bestT.value(), bestG.value())
                        || linesSum.add(bestT.value()).compareTo(bestG.value()) == 0);
    }

    /**
     * Whether the VAT is the part of a total priced with VAT included at one rate ("VAT included at
     * 23 %: €43.88" under lines that make the total): total × rate / (1 + rate), to the cent.
     */
    static boolean vatIncluded(BigDecimal vat, BigDecimal total) {
        return vat.signum() != 0 && VatRates.IRELAND_AND_UK.stream().anyMatch(r -> total.multiply(r)
                .divide(BigDecimal.ONE.add(r), 2, RoundingMode.HALF_UP).compareTo(vat) == 0);
    }

    /** Whether the VAT is what one rate charges on the net, to the cent. */
    static boolean vatCharged(BigDecimal vat, BigDecimal net) {
        return VatRates.IRELAND_AND_UK.stream().anyMatch(r -> net.multiply(r).setScale(2, RoundingMode.HALF_UP).compareTo(vat) == 0);
    }

    /** How far a charge's amount may stand from the total's right edge and still be in the totals' column. */
    private static final float TOTALS_COLUMN = 0.02f;

    /**
     * The rows of the totals block that are none of its totals: a charge, a discount or a deposit
     * ("Carriage £9.50", "Contract discount 10% -21.74", "Container deposits -30.00"), each an amount
     * in the total's column under the lines and down to the total, with the words before it as its
     * label. Reported as Textract reports such pairs (OTHER), for the books to find by their sums
     * whether they stand between the lines and the subtotal or between the subtotal and the total.
     */
    static List<Found> adjustments(List<Row> rows, List<Match> labels, List<Item> items, Map<String, Found> chosen) {
        Found total = chosen.containsKey("TOTAL") ? chosen.get("TOTAL") : chosen.get("AMOUNT_DUE");
        if (total == null) {
            return List.of();
        }
        int to = rowAt(rows, total);
        int from;
        if (items.isEmpty() || to < items.get(0).row().index()) {
            // the totals printed above the lines (a summary box at the top), or a last page with no lines
            // of its own (only those brought forward): the rows of the totals block, down to the total
            from = Math.max(0, chosen.values().stream().mapToInt(f -> rowAt(rows, f)).min().orElse(to) - TOTALS_ABOVE);
        } else {
            from = items.get(items.size() - 1).row().index() + 1;
        }
        List<Found> out = new ArrayList<>();
        for (int i = from; i < to && i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.segments().size() < 2) {
                continue;
            }
            // the figure in the total's column, the words before it its label (the totals block may
            // stand at the left, bank details or a remittance note beside it)
            int at = row.segments().size() - 1;
            while (at > 1 && Math.abs(row.segments().get(at).right() - total.right()) > TOTALS_COLUMN) {
                at--;
            }
            Segment value = row.segments().get(at);
            if (isChosen(chosen, value)) {
                // a total chosen (a second subtotal, an amount due printed above the total)
                continue;
            }
            Segment label = row.segments().get(at - 1);
            Optional<BigDecimal> amount = PrintedValues.amount(value.text());
            if (amount.isEmpty() || amount.get().signum() == 0 || !PrintedValues.toTheCent(value.text())
                    || Math.abs(value.right() - total.right()) > TOTALS_COLUMN
                    || !label.text().chars().anyMatch(Character::isLetter) || PrintedValues.amount(label.text()).isPresent()) {
                continue;
            }
            if (totalsLabel(labels, label) || PrintedValues.runningTotal(label.text())) {
                // a total's own label (a second subtotal, a VAT row), or the lines brought forward: not a charge
                continue;
            }
            if (Labels.accountsPast(label.text())) {
                // the account's past (a previous balance, payments since): what is due, never this invoice's charge
                continue;
            }
            out.add(Found.of(value.text(), value, 1f, label, label.text()));
        }
        if (to >= from && to < rows.size()) {
            out.addAll(inGrid(rows.get(to), rows, labels, chosen));
        }
        return out;
    }

    /** How many rows over the first of the totals printed at the top may hold the goods' value and a discount. */
    private static final int TOTALS_ABOVE = 3;

    /** The row a figure stands on: the last row whose top is above its middle. */
    /** How many rows under the subtotal its VAT and total are looked for when their labels are lost. */
    private static final int ROWS_UNDER_SUBTOTAL = 6;
    /** Figures found by their sum alone, their labels unread: less sure than labelled ones. */
    private static final float SUM_ALONE = 0.9f;

    /**
     * The VAT and the total under a subtotal whose labels OCR lost: two amounts set in the subtotal's
     * column on the rows under it, the first the VAT one of the rates makes of the subtotal, that the
     * subtotal and the first make the second to the cent. Empty when no two do.
     */
    private static Map<String, Found> madeByTheSubtotal(List<Row> rows, Found subtotal, Set<Segment> table) {
        BigDecimal net = PrintedValues.amount(subtotal.text()).orElse(null);
        if (net == null || net.signum() <= 0) {
            return Map.of();
        }
        float width = subtotal.right() - subtotal.left();
        List<Found> under = new ArrayList<>();
        int from = rowAt(rows, subtotal);
        for (int r = from + 1; r < rows.size() && r <= from + ROWS_UNDER_SUBTOTAL; r++) {
            for (Segment s : rows.get(r).segments()) {
                if (!table.contains(s) && Math.abs(s.right() - subtotal.right()) <= width / 2
                        && PrintedValues.toTheCent(s.text()) && PrintedValues.amount(s.text()).isPresent()) {
                    under.add(Found.of(s.text().strip(), s, SUM_ALONE, null, null));
                }
            }
        }
        for (int i = 0; i < under.size(); i++) {
            BigDecimal vat = PrintedValues.amount(under.get(i).text()).orElseThrow();
            if (!vatCharged(vat, net)) {
                // the VAT one rate makes of the net, so that a charge ("Delivery 15.00") is not taken for it
                continue;
            }
            for (int j = i + 1; j < under.size(); j++) {
                if (net.add(vat).compareTo(PrintedValues.amount(under.get(j).text()).orElseThrow()) == 0) {
                    return Map.of("TAX", under.get(i), "TOTAL", under.get(j));
                }
            }
        }
        return Map.of();
    }

    static int rowAt(List<Row> rows, Found f) {
        return rows.stream().filter(r -> r.top() <= (f.top() + f.bottom()) / 2).mapToInt(Row::index).max().orElse(0);
    }

    /**
     * The totals printed as a grid, each title over its figure ("GOODS | VAT @ 23% | DEPOSITS |
     * INVOICE TOTAL" over "444.50  102.24  130.00  676.74"): the figures of the total's row that
     * are none of the totals, each with the title over it.
     */
    private static List<Found> inGrid(Row row, List<Row> rows, List<Match> labels, Map<String, Found> chosen) {
        if (row.index() == 0 || row.segments().stream().anyMatch(s -> PrintedValues.amount(s.text()).isEmpty())) {
            return List.of();
        }
        Row titles = rows.get(row.index() - 1);
        List<Found> out = new ArrayList<>();
        for (Segment value : row.segments()) {
            if (isChosen(chosen, value)) {
                continue;
            }
            Segment title = titles.segments().stream().filter(t -> t.right() >= value.left() && t.left() <= value.right())
                    .findFirst().orElse(null);
            Optional<BigDecimal> amount = PrintedValues.amount(value.text());
            if (title == null || !title.text().chars().anyMatch(Character::isLetter) || PrintedValues.amount(title.text()).isPresent()
                    || amount.isEmpty() || amount.get().signum() == 0 || !PrintedValues.toTheCent(value.text())) {
                continue;
            }
            if (totalsLabel(labels, title)) {
                continue;
            }
            out.add(Found.of(value.text(), value, 1f, title, title.text()));
        }
        return out;
    }

    /** Whether the figure is one of the totals chosen. */
    private static boolean isChosen(Map<String, Found> chosen, Segment value) {
        return chosen.values().stream().anyMatch(f -> f.right() == value.right() && f.top() == value.top());
    }

    /** Whether the segment is a total's own label (a subtotal's, the VAT's, the total's, the amount due's). */
    private static boolean totalsLabel(List<Match> labels, Segment label) {
        Match m = labels.stream().filter(l -> l.segment() == label).findFirst().orElse(null);
        return m != null && (m.kind() == Kind.SUBTOTAL || m.kind() == Kind.TAX || m.kind() == Kind.TOTAL
                || m.kind() == Kind.AMOUNT_DUE);
    }

    /**
     * Whether one or two of the totals block's other rows (a carriage charge, a deposit) make
     * subtotal + charges + VAT = total: the figures agree, the charges standing between them.
     */
    private static boolean addsWithCharges(List<Row> rows, List<Match> labels, List<Item> items, Candidate s, Candidate t,
            Candidate g) {
        List<BigDecimal> charges = adjustments(rows, labels, items, Map.of("SUBTOTAL", s.found(), "TAX", t.found(),
                "TOTAL", g.found())).stream().map(f -> PrintedValues.amount(f.text()).orElseThrow()).toList();
        BigDecimal gap = g.value().subtract(s.value()).subtract(t.value());
        for (int i = 0; i < charges.size(); i++) {
            if (charges.get(i).compareTo(gap) == 0) {
                return true;
            }
            for (int j = i + 1; j < charges.size(); j++) {
                if (charges.get(i).add(charges.get(j)).compareTo(gap) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether subtotal + VAT = total, or a credit note marks only its total as credited ("120.00 CR")
     * and the unsigned subtotal and VAT make it.
     */
    private static boolean adds(Candidate s, Candidate t, Candidate g) {
        BigDecimal sum = s.value().add(t.value());
        return sum.compareTo(g.value()) == 0 || g.value().signum() < 0 && sum.compareTo(g.value().negate()) == 0;
    }

    /** Whether the line items add up to the chosen subtotal (or to the total when there is no subtotal). */
    static boolean itemsAgree(Map<String, Found> fields, List<Item> items) {
        return itemsAgree(fields, items, List.of());
    }

    /**
     * Whether the line items, with one of the totals' charges or discounts ("Less 5% trade discount
     * -35,34"), add up to the chosen subtotal, or to the total.
     */
    static boolean itemsAgree(Map<String, Found> fields, List<Item> items, List<Found> charges) {
        if (items.isEmpty()) {
            return false;
        }
        BigDecimal lines = LineItemTable.sum(items);
        return Stream.concat(Stream.of(BigDecimal.ZERO), charges.stream().map(c -> PrintedValues.amount(c.text())).flatMap(Optional::stream))
                .anyMatch(charge -> linesMake(fields, lines.add(charge)));
    }

    private static boolean linesMake(Map<String, Found> fields, BigDecimal sum) {
        // the lines make the subtotal, or the total when their prices include VAT ("VAT included @ 23%")
        if (Stream.of(fields.get("SUBTOTAL"), fields.get("TOTAL")).filter(Objects::nonNull)
                .anyMatch(f -> PrintedValues.amount(f.text()).map(v -> v.compareTo(sum) == 0).orElse(false))) {
            return true;
        }
        // or, with no subtotal printed (VAT on each line), the lines and the VAT make the total
        Optional<BigDecimal> vat = fields.containsKey("TAX") ? PrintedValues.amount(fields.get("TAX").text()) : Optional.empty();
        Optional<BigDecimal> total = fields.containsKey("TOTAL") ? PrintedValues.amount(fields.get("TOTAL").text()) : Optional.empty();
        return !fields.containsKey("SUBTOTAL") && vat.isPresent() && total.isPresent() && sum.add(vat.get()).compareTo(total.get()) == 0;
    }

    private static void put(Map<String, Found> chosen, String type, Candidate c, float factor) {
        if (c == null) {
            return;
        }
        Found f = c.found();
        chosen.put(type, f.withConfidence(f.confidence() * factor));
    }

    private static int score(Candidate c) {
        return c == null ? 0 : c.score();
    }

    private static List<Candidate> withNone(List<Candidate> candidates) {
        List<Candidate> all = new ArrayList<>(candidates);
        all.add(null);
        return all;
    }

    /**
     * A total row whose figures stand in columns headed net, VAT and gross ("Montant EUR HT |
     * Montant TVA | Montant EUR TTC" over "Total facture  24.99  5.00  29.99", "Netto | MwSt |
     * Brutto"): each figure is what its column's heading names. A figure's heading is the nearest
     * words above it in its column, over the column's other figures; a heading that names none of
     * the three gives nothing, and two figures must be named apart for the row to count.
     */
    private static Map<Kind, Candidate> underHeadings(List<Row> rows, List<Match> labels) {
        for (Match m : labels) {
            if (m.kind() != Kind.TOTAL) {
                continue;
            }
            Row row = ExpenseExtractor.rowOf(rows, m.segment());
            Map<Kind, Candidate> named = new LinkedHashMap<>();
            boolean twice = false;
            for (Segment s : row.segments().subList(row.segments().indexOf(m.segment()) + 1, row.segments().size())) {
                Optional<BigDecimal> value = PrintedValues.amount(s.text());
                if (value.isEmpty()) {
                    continue;
                }
                Kind kind = heading(rows, row, s);
                if (kind != null) {
                    twice |= named.containsKey(kind);
                    named.put(kind, new Candidate(Found.of(s.text(), s, 1f, m.segment(), m.labelText()), value.get(),
                            UNDER_HEADING));
                }
            }
            if (named.size() >= 2 && !twice) {
                return named;
            }
        }
        // boxes of a summary side by side, each title over its figure set to the right of it ("NET VALUE
        // EUR | VAT @ 23% | INVOICE TOTAL EUR" over "82.00  18.86  100.86"): each figure under its title's box
        for (int r = 0; r + 1 < rows.size(); r++) {
            List<Segment> titles = rows.get(r).segments();
            List<Segment> figures = rows.get(r + 1).segments();
            if (titles.size() < 2 || titles.size() != figures.size()
                    || figures.stream().anyMatch(f -> PrintedValues.amount(f.text()).isEmpty())) {
                continue;
            }
            Map<Kind, Candidate> named = new LinkedHashMap<>();
            for (int i = 0; i < titles.size(); i++) {
                Match m = Labels.match(titles.get(i));
                Segment f = figures.get(i);
                float boxEnd = i + 1 < titles.size() ? titles.get(i + 1).left() : 1f;
                boolean inBox = f.centerX() > titles.get(i).left() && f.centerX() < boxEnd;
                if (m == null || !inBox || named.containsKey(m.kind())
                        || m.kind() != Kind.SUBTOTAL && m.kind() != Kind.TAX && m.kind() != Kind.TOTAL) {
                    named.clear();
                    break;
                }
                named.put(m.kind(), new Candidate(Found.of(f.text(), f, 1f, m.segment(), m.labelText()),
                        PrintedValues.amount(f.text()).get(), UNDER_HEADING));
            }
            if (named.size() >= 2) {
                return named;
            }
        }
        // a VAT analysis's totals row with no label ("Grondslag | BTW bedrag | Totaal" over a row per
        // rate, then "41,31  8,68  49,99"): only figures, each the sum of its column's figures above it
        for (Row row : rows) {
            if (row.segments().isEmpty() || row.segments().stream().anyMatch(s -> PrintedValues.amount(s.text()).isEmpty())) {
                continue;
            }
            Map<Kind, Candidate> named = new LinkedHashMap<>();
            for (Segment s : row.segments()) {
                BigDecimal value = PrintedValues.amount(s.text()).get();
                Kind kind = heading(rows, row, s);
                if (kind == null || named.containsKey(kind) || !sumOfAbove(rows, row, s, value)) {
                    named.clear();
                    break;
                }
                named.put(kind, new Candidate(Found.of(s.text(), s, 1f, null, null), value, UNLABELLED_SUM));
            }
            if (named.size() >= 2) {
                return named;
            }
        }
        return Map.of();
    }

    /** Whether the figure is the sum of the figures above it in its column, up to its heading (one figure at least). */
    private static boolean sumOfAbove(List<Row> rows, Row row, Segment figure, BigDecimal value) {
        BigDecimal sum = BigDecimal.ZERO;
        int figures = 0;
        for (Segment s : columnAbove(rows, row, figure)) {
            Optional<BigDecimal> above = PrintedValues.amount(s.text());
            if (above.isEmpty()) {
                return figures > 0 && sum.compareTo(value) == 0;
            }
            sum = sum.add(above.get());
            figures++;
        }
        return false;
    }

    /** What the column heading over a figure names (net, VAT or gross), or null. */
    private static Kind heading(List<Row> rows, Row row, Segment figure) {
        for (Segment s : columnAbove(rows, row, figure)) {
            if (PrintedValues.amount(s.text()).isPresent()) {
                // the column's other figures (an item's, a rate's): its heading is higher up
                continue;
            }
            String words = " " + s.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}%]+", " ") + " ";
            return NET_HEADING.matcher(words).find() ? Kind.SUBTOTAL
                    : GROSS_HEADING.matcher(words).find() ? Kind.TOTAL
                    : TAX_HEADING.matcher(words).find() ? Kind.TAX : null;
        }
        return null;
    }

    /** What stands over a figure in its column: the first segment it overlaps on each of the rows above, nearest first. */
    private static List<Segment> columnAbove(List<Row> rows, Row row, Segment figure) {
        List<Segment> column = new ArrayList<>();
        for (int r = row.index() - 1; r >= 0 && r >= row.index() - HEADING_ROWS; r--) {
            rows.get(r).segments().stream()
                    .filter(s -> s.right() >= figure.left() && s.left() <= figure.right())
                    .findFirst()
                    .ifPresent(column::add);
        }
        return column;
    }

    /**
     * VAT printed one row per rate ("VAT 23% … 27.26", "VAT 0% … 0.00"): their sum is the
     * invoice's VAT, a candidate beside each row's own; the arithmetic decides.
     */
    private static List<Candidate> withSumOfRates(List<Candidate> taxes) {
        List<Candidate> rates = new ArrayList<>();
        for (Candidate c : taxes) {
            boolean newRow = rates.stream().noneMatch(r -> Math.abs(r.found().top() - c.found().top()) < 0.004f);
            if (c.found().labelText() != null && newRow && c.score() >= 4) {
                rates.add(c);
            }
        }
        if (rates.size() < 2) {
            return taxes;
        }
        BigDecimal sum = rates.stream().map(Candidate::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        Found first = rates.get(0).found();
        float confidence = (float) rates.stream().mapToDouble(r -> r.found().confidence()).min().orElse(0);
        Found total = new Found(sum.toPlainString(), first.left(), first.top(), first.right(),
                rates.get(rates.size() - 1).found().bottom(), confidence, first.label(), first.labelText());
        List<Candidate> all = new ArrayList<>(taxes);
        all.add(new Candidate(total, sum, 4));
        return all;
    }

    /**
     * The VAT of a VAT analysis that prints no VAT total: every row outside the items that gives a
     * rate and an amount that is that rate of another amount on the row (net 26.60 at 23 % →
     * 6.12). Their VAT added up is a candidate; the arithmetic with the lines and the total
     * decides whether it is taken.
     */
    private static Optional<Candidate> vatAnalysis(List<Row> rows, List<Item> items) {
        Set<Row> itemRows = new HashSet<>();
        items.forEach(i -> itemRows.add(i.row()));
        BigDecimal vat = BigDecimal.ZERO;
        Found first = null;
        float confidence = 100;
        int found = 0;
        for (Row row : rows) {
            if (itemRows.contains(row)) {
                continue;
            }
            BigDecimal rate = null;
            List<BigDecimal> amounts = new ArrayList<>();
            List<Word> amountWords = new ArrayList<>();
            for (Segment s : row.segments()) {
                for (Word w : s.words()) {
                    Optional<BigDecimal> r = PrintedValues.percent(w.text());
                    if (r.isPresent() && rate == null) {
                        rate = r.get();
                    }
                    Optional<BigDecimal> a = PrintedValues.amount(w.text());
                    if (a.isPresent()) {
                        amounts.add(a.get());
                        amountWords.add(w);
                    }
                }
            }
            if (rate == null || amounts.size() < 2) {
                continue;
            }
            for (int v = 0; v < amounts.size(); v++) {
                BigDecimal candidate = amounts.get(v);
                BigDecimal net = null;
                for (int n = 0; n < v; n++) {
                    BigDecimal charged = amounts.get(n).multiply(rate).setScale(2, RoundingMode.HALF_UP);
                    if (charged.compareTo(candidate) == 0) {
                        net = amounts.get(n);
                    }
                }
                if (net != null) {
                    vat = vat.add(candidate);
                    Word w = amountWords.get(v);
                    confidence = Math.min(confidence, w.confidence());
                    if (first == null) {
                        first = Found.ofWords(w.text(), List.of(w), 1f, null, null);
                    }
                    found++;
                    break;
                }
            }
        }
        if (found == 0) {
            return Optional.empty();
        }
        Found total = new Found(vat.toPlainString(), first.left(), first.top(), first.right(), first.bottom(),
                confidence, null, null);
        return Optional.of(new Candidate(total, vat, 2));
    }

    private static List<Candidate> candidates(List<Row> rows, List<Match> labels, Kind kind, Set<Segment> table,
            Map<Match, Found> underLabels, List<Found> otherCurrency) {
        List<Candidate> out = new ArrayList<>();
        for (Match m : labels) {
            // "Payment due on the night:  €1,011.43": a due date's label with an amount and no date is the amount due
            boolean dueAmount = kind == Kind.AMOUNT_DUE && m.kind() == Kind.DUE_DATE && PrintedValues.date(m.remainder()).isEmpty();
            if (m.kind() != kind && !dueAmount) {
                continue;
            }
            if (kind != Kind.TAX && RATE.matcher(m.remainder()).find()) {
                // "Goods @ 23%  26.60  6.12  32.72": a row of a VAT analysis, not the invoice's own figure
                continue;
            }
            Row row = ExpenseExtractor.rowOf(rows, m.segment());
            boolean headerLike = labelCount(row) >= 3;
            // "Balance brought forward", "Total carried forward": the label's word begins another
            // figure's name; a label that is the whole name ("Balance due") is surer
            int named = qualified(m) ? 1 : 0;
            List<Found> passOver = new ArrayList<>(underOtherLabels(underLabels, m));
            passOver.addAll(otherCurrency);
            Optional<Found> beside = sameLine(row, m, passOver);
            if (dueAmount) {
                // a due date's label: only a figure to the cent beside it, on a row with no date (and none under it)
                beside = beside.filter(f -> PrintedValues.toTheCent(f.text())
                        && row.segments().stream().noneMatch(g -> PrintedValues.date(g.text()).isPresent()));
            }
            beside.ifPresent(f -> out.add(new Candidate(f, PrintedValues.amount(f.text()).get(),
                    (headerLike ? 1 : 4) - named)));
            if (!dueAmount) {
                below(rows, row, m, table).ifPresent(f -> out.add(new Candidate(f, PrintedValues.amount(f.text()).get(),
                        headerLike ? 0 : 2)));
            }
        }
        return out;
    }

    /** A column's title that is a currency alone: "EUR", "(GBP)", "£", "Sterling". */
    private static final Pattern CURRENCY_TITLE = Pattern.compile(
            "(?i)\\(?(eur|euro|euros|€|gbp|£|stg|sterling|usd|us\\$|\\$|chf|dkk|sek|nok|pln|czk)\\)?");
    /** How many rows above a figure its column's currency title may stand (a totals block's few rows). */
    private static final int CURRENCY_TITLE_ROWS = 12;

    private static final Pattern EURO = Pattern.compile("(?i)€|\\beur\\b");
    private static final Pattern NOT_EURO = Pattern.compile("(?i)[£$]|\\b(?:gbp|stg|sterling|usd)\\b");

    /** Whether the bill asks for euro: a row of its total or amount due says € or EUR, and no other currency. */
    private static boolean billedInEuro(List<Row> rows, List<Match> labels) {
        return labels.stream().filter(m -> m.kind() == Kind.AMOUNT_DUE || m.kind() == Kind.TOTAL)
                .map(m -> ExpenseExtractor.rowOf(rows, m.segment()).text())
                .anyMatch(t -> EURO.matcher(t).find() && !NOT_EURO.matcher(t).find());
    }

    /**
     * The figures of a totals block printed twice, in euro and in another currency side by side
     * under their titles ("EUR  GBP" over "Net Total  609.41  532.26"): the other currency's, which
     * the books never take when the euro's stands beside them on the same row.
     */
    private static List<Found> otherCurrencyFigures(List<Row> rows) {
        List<Found> other = new ArrayList<>();
        for (Row row : rows) {
            List<Segment> figures = row.segments().stream().filter(s -> PrintedValues.amount(s.text()).isPresent()).toList();
            if (figures.size() < 2) {
                continue;
            }
            boolean euro = false;
            List<Segment> foreign = new ArrayList<>();
            for (Segment f : figures) {
                String currency = currencyTitle(rows, row, f);
                if (currency == null) {
                    continue;
                }
                if (currency.matches("eur|euro|euros|€")) {
                    euro = true;
                } else {
                    foreign.add(f);
                }
            }
            if (euro) {
                foreign.forEach(f -> other.add(Found.of(f.text(), f, 1f, null, null)));
            }
        }
        return other;
    }

    /** The currency a figure's column is titled with, past the figures above it in that column; null when none. */
    private static String currencyTitle(List<Row> rows, Row row, Segment figure) {
        for (int r = row.index() - 1; r >= 0 && r >= row.index() - CURRENCY_TITLE_ROWS; r--) {
            Optional<Segment> above = rows.get(r).segments().stream()
                    .filter(s -> s.right() >= figure.left() && s.left() <= figure.right()).findFirst();
            if (above.isEmpty() || PrintedValues.amount(above.get().text()).isPresent()) {
                continue;
            }
            Matcher m = CURRENCY_TITLE.matcher(above.get().text().strip());
            return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        }
        return null;
    }

    /** Whether words follow the label in its segment that name something else (not a currency, a rate or a colon). */
    private static boolean qualified(Match m) {
        for (Word w : m.remainderWords()) {
            String t = w.text();
            if (PrintedValues.amount(t).isPresent()) {
                return false;
            }
            if (t.matches("\\p{L}{3,}\\W?") && !t.matches("(?i)(eur|euro|euros|gbp|stg|sterling|usd)\\W?")) {
                return true;
            }
        }
        return false;
    }

    /** The amount printed under each label that has none beside it, on the rows below it. */
    private static Map<Match, Found> underEachLabel(List<Row> rows, List<Match> labels, Set<Segment> table) {
        Map<Match, Found> under = new LinkedHashMap<>();
        for (Match m : labels) {
            if (m.remainder().isEmpty()) {
                below(rows, ExpenseExtractor.rowOf(rows, m.segment()), m, table).ifPresent(f -> under.put(m, f));
            }
        }
        return under;
    }

    /**
     * The amounts printed under a label of another kind: an account summary's "Amount due" over the
     * figure at the right end of the "Charges this period" row.
     */
    private static List<Found> underOtherLabels(Map<Match, Found> underLabels, Match m) {
        return underLabels.entrySet().stream()
                .filter(e -> e.getKey().kind() != m.kind() && e.getKey().segment() != m.segment())
                .map(Map.Entry::getValue).toList();
    }

    /**
     * The amount after the label: the rightmost on its row, else in the label's own segment
     * ("Total: €1,518.44"). An amount inside the label's words is what a rate applies to ("VAT
     * 23% on €118.50 … €27.26"), not the value, when the row prints another right of it, and never
     * when it follows "on" or "of".
     */
    private static Optional<Found> sameLine(Row row, Match m, List<Found> underOthers) {
        Optional<Found> right = rightOf(row, m, underOthers);
        if (right.isPresent()) {
            return right;
        }
        List<Word> rest = m.remainderWords();
        for (int i = rest.size() - 1; i >= 0; i--) {
            String t = rest.get(i).text();
            if (i > 0 && rest.get(i - 1).text().matches("(?i)on|of")
                    || i > 1 && rest.get(i - 1).text().matches("(?i)€|eur") && rest.get(i - 2).text().matches("(?i)on|of")) {
                // "VAT A 23% ON 77.75" with its VAT lost: what the rate applies to is never the value
                continue;
            }
            if (i > 0 && rest.get(i - 1).text().matches("(?i)€|-|eur|-€|€-")) {
                String pair = rest.get(i - 1).text() + " " + t;
                if (PrintedValues.amount(pair).isPresent()) {
                    return Optional.of(Found.ofWords(pair, rest.subList(i - 1, i + 1), 1f, m.segment(), m.labelText()));
                }
            }
            if (PrintedValues.amount(t).isPresent()) {
                return Optional.of(Found.ofWords(t, List.of(rest.get(i)), 1f, m.segment(), m.labelText()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> rightOf(Row row, Match m, List<Found> underOthers) {
        int at = row.segments().indexOf(m.segment());
        // another label on the row owns what is right of it, once this one has had an amount of its own:
        // "Excl. VAT  € 4.053,67   Subtotal  € 4.904,94" (but "BALANCE  DUE  298.80", a label OCR or
        // letter spacing parted, is one label and its amount)
        int end = row.segments().size();
        boolean amount = false;
        List<Segment> segments = row.segments().stream().map(Totals::withoutSpeckAfter).toList();
        for (int i = at + 1; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (PrintedValues.amount(s.text()).isPresent()) {
                amount = true;
                continue;
            }
            Labels.Match next = Labels.match(s);
            if (amount && next != null && next.kind() != Kind.OTHER) {
                end = i;
                break;
            }
        }
        // the last amount before the next label, passing over one printed under another label's title
        Segment last = null;
        for (int i = end - 1; i > at; i--) {
            Segment s = segments.get(i);
            if (PrintedValues.amount(s.text()).isPresent()) {
                if (underOthers.stream().noneMatch(f -> f.left() == s.left() && f.top() == s.top())) {
                    return Optional.of(Found.of(s.text(), s, 1f, m.segment(), m.labelText()));
                }
                last = last == null ? s : last;
            }
        }
        return last == null ? Optional.empty() : Optional.of(Found.of(last.text(), last, 1f, m.segment(), m.labelText()));
    }

    /**
     * A figure with a speck OCR read after it as a mark of its own ("765.96 -", "1,240.00 '"): the
     * figure. Only a mark read from a scan, not one a text layer prints.
     */
    static Segment withoutSpeckAfter(Segment s) {
        List<Word> words = s.words();
        if (words.size() < 2) {
            return s;
        }
        Word last = words.get(words.size() - 1);
        List<Word> rest = words.subList(0, words.size() - 1);
        return SPECK.matcher(last.text()).matches() && last.confidence() < PdfTextLayer.CONFIDENCE
                && PrintedValues.amount(Layout.join(rest)).isPresent() && PrintedValues.toTheCent(Layout.join(rest))
                ? Segment.of(rest) : s;
    }

    /** A mark of one character that a speck on a scan reads as. */
    private static final Pattern SPECK = Pattern.compile("[-.,'`‘’~_:;|]");

    /**
     * The amount under the label, on one of the next two rows. An amount of the line items is never
     * a total: "Ohne MwSt." printed as the second line of a column's heading has the first item's
     * amount under it.
     */
    private static Optional<Found> below(List<Row> rows, Row row, Match m, Set<Segment> table) {
        Segment label = m.segment();
        for (int r = row.index() + 1; r < rows.size() && r <= row.index() + 2; r++) {
            Row next = rows.get(r);
            if (next.top() - row.bottom() > 3f * (row.bottom() - row.top()) * (r - row.index())) {
                break;
            }
            Optional<Segment> alone = row.aloneUnder(label, next);
            for (Segment s : next.segments()) {
                if (alone.orElse(null) != s && (s.right() < label.left() - 0.01f || s.left() > label.right() + 0.06f)) {
                    continue;
                }
                if (PrintedValues.amount(s.text()).isPresent() && !table.contains(s)) {
                    return Optional.of(Found.of(s.text(), s, 0.97f, label, m.labelText()));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int labelCount(Row row) {
        int n = 0;
        for (Segment s : row.segments()) {
            if (Labels.isOnlyLabel(s) || LineItemTable.header(row) != null) {
                n++;
            }
        }
        return n;
    }
}
