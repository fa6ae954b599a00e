package io.barback.invoices;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.barback.documents.PrintedValues;

/**
 * What a bill's VAT codes stand for, from the legend it prints. A cash-and-carry bill or a till
 * receipt marks each line with a code rather than its rate ("25.47 B") and says once what each
 * code is: in its VAT analysis ("A 23% 26.40 6.07 32.47"), in a key ("A=23% B=13.5% Z=0%"), or in
 * a footnote to the lines it marks ("* Glass hire: VAT @ 13.5%. All other items VAT @ 23%.").
 * With the codes read, lines priced with VAT at several rates can each be taken net of their own.
 * A code the legend gives two rates to stands for neither.
 */
record VatCodes(Map<String, BigDecimal> rates, BigDecimal otherwise) {

    static final VatCodes NONE = new VatCodes(Map.of(), null);

    /** A code: a letter, a digit, or a mark ("*", "**", "†", "#"). */
    private static final String CODE = "(?:[A-Z]|\\d|\\*{1,3}|[†‡#])";
    private static final String RATE = "(\\d{1,2}(?:[.,]\\d{1,3})?)\\s*%";
    /** A row of the VAT analysis or of a key that opens with its code: "A 23% 26.40 6.07", "Z = 0%", "VAT code B 13.5%". */
    private static final Pattern CODE_FIRST = Pattern.compile(
            "^\\s*(?:(?i:vat|tax)\\s+)?(?:(?i:code|rate)\\s+)?(" + CODE + ")(?![\\p{L}\\d])\\s*(?:[=:\\-–]\\s*)?(?:(?i:vat)\\s*)?(?:@\\s*)?" + RATE);
    /** What follows the rate on such a row: its figures, or the rate's name, not an item's words ("2 23% Kiln dried logs"). */
    private static final Pattern ANALYSIS_REST = Pattern.compile(
            "(?:[\\s\\d.,€£$%()\\-]|(?i:standard|reduced|second|zero|exempt|rated?|vat|eur|gbp)\\b)*");
    /** Codes with their rates along one line: "A=23% B=13.5% Z=0%", "S: Standard 23%". */
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\p{L}\\d])(" + CODE + ")\\s*[=:]\\s*(?:\\p{L}+\\s+){0,2}" + RATE);
    /** A footnote opening with the mark it explains: "* Glass and equipment hire: VAT @ 13.5%." */
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*(\\*{1,3}|[†‡#])\\s*(?!\\d)(.*)");
    /** A sentence naming the lines a mark stands for: "Items marked * are charged at 13.5%". */
    private static final Pattern MARKED = Pattern.compile("(?i)\\b(?:marked|flagged|shown)\\s+(?:with\\s+)?(?:an?\\s+)?(\\*{1,3}|[†‡#])");
    /** What the unmarked lines are charged: "All other items VAT @ 23%", "otherwise 23%". */
    private static final Pattern OTHERWISE = Pattern.compile(
            "(?i)\\b(?:all\\s+other|other\\s+(?:items|lines|goods|products)|otherwise|remaining|unmarked|everything\\s+else)\\b[^%]*?" + RATE);
    private static final Pattern ANY_RATE = Pattern.compile(RATE);
    private static final Pattern ZERO_RATED = Pattern.compile("(?i)\\bzero[- ]?rated\\b|\\bexempt\\b");

    /** The legend of a bill, from the lines of its text; {@link #NONE} when it prints none. */
    static VatCodes of(List<String> lines) {
        Map<String, BigDecimal> rates = new HashMap<>();
        Set<String> twice = new HashSet<>();
        BigDecimal otherwise = null;
        for (String line : lines) {
            if (line == null) {
                continue;
            }
            Matcher m = CODE_FIRST.matcher(line);
            boolean codeFirst = m.find();
            if (codeFirst && ANALYSIS_REST.matcher(line.substring(m.end())).matches()) {
                put(rates, twice, m.group(1), m.group(2));
            }
            m = PAIR.matcher(line);
            while (m.find()) {
                put(rates, twice, m.group(1), m.group(2));
            }
            Matcher rest = OTHERWISE.matcher(line);
            int restStarts = line.length();
            if (rest.find()) {
                otherwise = rate(rest.group(1)).orElse(otherwise);
                restStarts = rest.start();
            }
            String mark = null;
            Matcher footnote = FOOTNOTE.matcher(line);
            Matcher marked = MARKED.matcher(line);
            if (footnote.matches()) {
                mark = footnote.group(1);
            } else if (marked.find()) {
                mark = marked.group(1);
            }
            if (mark != null && !codeFirst) {
                // the mark's rate: the first one the footnote gives before it turns to the other lines
                String own = line.substring(0, restStarts);
                Matcher r = ANY_RATE.matcher(own);
                if (r.find()) {
                    put(rates, twice, mark, r.group(1));
                } else if (ZERO_RATED.matcher(own).find()) {
                    put(rates, twice, mark, "0");
                }
            }
        }
        twice.forEach(rates::remove);
        return rates.isEmpty() && otherwise == null ? NONE : new VatCodes(Map.copyOf(rates), otherwise);
    }

    /** The rate a line marked with this code (or with none: null) is charged, if the legend says. */
    Optional<BigDecimal> rateOf(String code) {
        if (code == null || code.isBlank()) {
            return Optional.ofNullable(otherwise);
        }
        return Optional.ofNullable(rates.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    private static void put(Map<String, BigDecimal> rates, Set<String> twice, String code, String printed) {
        Optional<BigDecimal> rate = rate(printed);
        if (rate.isEmpty()) {
            return;
        }
        BigDecimal before = rates.putIfAbsent(code.toUpperCase(Locale.ROOT), rate.get());
        if (before != null && before.compareTo(rate.get()) != 0) {
            twice.add(code.toUpperCase(Locale.ROOT));
        }
    }

    private static Optional<BigDecimal> rate(String printed) {
        return PrintedValues.number(printed.replace(',', '.')).map(n -> n.movePointLeft(2))
                .filter(r -> r.signum() >= 0 && r.compareTo(new BigDecimal("0.30")) <= 0);
    }
}
