package io.barback.documents;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts and dates the way they are printed on Irish and UK invoices: €1,234.50,
 * (45.00), 45.00 CR, -45.00; 03/11/2026, 3/11/26, 03.11.2026, 3rd Nov 2026, 2026-11-03.
 * Dates are day first. Amounts are BigDecimal, never floating point.
 */
public final class PrintedValues {

    private static final Pattern MONEY = Pattern.compile(
            "^(\\d{1,3}(?:,\\d{3})+|\\d+)\\.(\\d{2})$");
    private static final Pattern MONEY_COMMA_DECIMAL = Pattern.compile("^(\\d{1,3}(?:\\.\\d{3})+|\\d+),(\\d{2})$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?$");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?![\\d/.-]*\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?[\\s.,-]*(?:of\\s+)?([a-z]{3,9})\\.?[\\s.,-]*(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern MONTH_FIRST_DATE = Pattern.compile(
            "(?i)(?<![a-z])([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    /** Units of measure printed after a quantity ("9.129 kg") or under a price ("€8.90/kg"). */
    private static final Pattern UNIT = Pattern.compile(
            "(?i)(kg|g|mg|l|lt|ltr|litres?|liters?|ml|cl|m|cm|mm|pcs?|ea|each|cs|cases?|ctns?|btls?|bottles?|kegs?|"
                    + "units?|hrs?|hours?|h|days?|wks?|weeks?|nights?)");
    private static final Pattern PER_UNIT = Pattern.compile("(?i)^(.*\\d)\\s*/\\s*" + UNIT.pattern() + "$");
    private static final Pattern WITH_UNIT = Pattern.compile("(?i)^(.*\\d)\\s*" + UNIT.pattern() + "$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private PrintedValues() {
    }

    /**
     * A money amount with two decimals as printed, sign included, currency and thousands
     * separators dropped; empty when the text is not one (a phone number, a percentage, a date).
     */
    public static Optional<BigDecimal> amount(String printed) {
        if (printed != null) {
            // a price per unit of measure is an amount all the same
            Matcher per = PER_UNIT.matcher(printed.strip());
            if (per.matches()) {
                printed = per.group(1);
            }
        }
        Signed s = signed(printed);
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = MONEY.matcher(s.digits);
        if (m.matches()) {
            return Optional.of(s.apply(new BigDecimal(m.group(1).replace(",", "") + "." + m.group(2))));
        }
        m = MONEY_COMMA_DECIMAL.matcher(s.digits);
        if (m.matches()) {
            return Optional.of(s.apply(new BigDecimal(m.group(1).replace(".", "") + "." + m.group(2))));
        }
        return Optional.empty();
    }

    /** A quantity or other plain number (3, -2, 1.5, 1,200); empty when the text is not one. */
    public static Optional<BigDecimal> number(String printed) {
        if (printed != null) {
            // a quantity with its unit of measure ("9.129 kg", "3 cases")
            Matcher unit = WITH_UNIT.matcher(printed.strip());
            if (unit.matches()) {
                printed = unit.group(1);
            }
        }
        Signed s = signed(printed);
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(s.digits);
        if (!m.matches()) {
            return Optional.empty();
        }
        String whole = m.group(1).replace(",", "");
        return Optional.of(s.apply(new BigDecimal(m.group(2) == null ? whole : whole + "." + m.group(2))));
    }

    /** A percentage such as 23%, 13.5 %, 9.0%: the rate as a fraction (0.23). */
    public static Optional<BigDecimal> percent(String printed) {
        String t = printed.strip();
        if (!t.endsWith("%")) {
            return Optional.empty();
        }
        return number(t.substring(0, t.length() - 1)).map(n -> n.movePointLeft(2));
    }

    /** The first date printed in the text, day first, or empty. */
    public static Optional<LocalDate> date(String printed) {
        String t = printed.replace('\u2013', '-').replace('\u2014', '-');
        Matcher m = ISO_DATE.matcher(t);
        if (m.find()) {
            Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        m = NUMERIC_DATE.matcher(t);
        if (m.find()) {
            Optional<LocalDate> d = of(m.group(4), m.group(3), m.group(1));
            if (d.isPresent()) {
                return d;
            }
            // no day-first reading exists (01/31/2021): an American date
            d = of(m.group(4), m.group(1), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        m = WORD_DATE.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return of(m.group(3), String.valueOf(month), m.group(1));
            }
        }
        m = MONTH_FIRST_DATE.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return of(m.group(3), String.valueOf(month), m.group(2));
            }
        }
        return Optional.empty();
    }

    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return null;
        }
        Integer month = MONTHS.get(n.substring(0, 3));
        if (month == null) {
            return null;
        }
        // a full name must really be the month's name ("Novice" is not November)
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"};
        String f = full[month - 1];
        boolean ok = n.length() == 3 || f.startsWith(n) || (n.equals("sept"));
        return ok ? month : null;
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (year.length() == 2) {
                y += 2000;
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private record Signed(String digits, boolean negative) {
        BigDecimal apply(BigDecimal v) {
            return negative ? v.negate() : v;
        }
    }

    private static Signed signed(String printed) {
        if (printed == null) {
            return null;
        }
        String t = printed.strip().replace('\u2212', '-').replace('\u2013', '-');
        t = t.replaceAll("(?i)^(eur|€|£|\\$)\\s*", "").replaceAll("(?i)\\s*(eur|€)$", "");
        boolean negative = false;
        if (t.matches("(?i).*\\s?cr$")) {
            negative = true;
            t = t.replaceAll("(?i)\\s?cr$", "");
        }
        if (t.startsWith("(") && t.endsWith(")")) {
            negative = true;
            t = t.substring(1, t.length() - 1);
        } else if (t.endsWith(")") && t.indexOf('(') < 0) {
            // a table ruling read as a bracket after the number
            t = t.substring(0, t.length() - 1);
        }
        t = t.strip();
        t = t.replaceAll("(?i)^(eur|€|£|\\$)\\s*", "");
        if (t.startsWith("-")) {
            negative = !negative;
            t = t.substring(1).strip();
            t = t.replaceAll("(?i)^(eur|€|£|\\$)\\s*", "");
        } else if (t.endsWith("-")) {
            negative = !negative;
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return null;
        }
        return new Signed(t, negative);
    }
}
