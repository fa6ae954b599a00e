package io.barback.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts and dates the way they are printed on Irish and UK invoices: €1,234.50,
 * (45.00), 45.00 CR, -45.00; 03/11/2026, 3/11/26, 03.11.2026, 3rd Nov 2026, 2026-11-03.
 * Dates are day first. Amounts are BigDecimal, never floating point.
 */
public final class PrintedValues {

    /** Thousands set apart by a space, as much of Europe prints them ("1 046.12", "12 480,00"). */
    private static final String SPACED_THOUSANDS = "\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3})+";
    /**
     * The cents after the decimal point, a space between them allowed: a typewriter's face gives the
     * point a letter's width, and OCR reads the gap after it as one ("124. 50"). Not after a comma:
     * "3, 12" is a list.
     */
    private static final String CENTS = "\\s?(\\d{2})$";
    private static final Pattern MONEY = Pattern.compile(
            "^(\\d{1,3}(?:,\\d{3})+|" + SPACED_THOUSANDS + "|\\d+)\\." + CENTS);
    private static final Pattern MONEY_COMMA_DECIMAL = Pattern.compile(
            "^(\\d{1,3}(?:\\.\\d{3})+|" + SPACED_THOUSANDS + "|\\d+),(\\d{2})$");
    /** Groups of thousands, then two cents, every mark a point or a comma: OCR read one mark for the other. */
    private static final Pattern MIXED_MARKS = Pattern.compile("^(\\d{1,3}(?:[.,]\\d{3})+)[.,](\\d{2})$");
    /** A whole number of money, its thousands set apart by one kind of mark or not at all. */
    private static final Pattern WHOLE_MONEY = Pattern.compile("^\\d{1,3}(?:([,.])\\d{3})(?:\\1\\d{3})*$|^\\d+$");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?i)^(eur|€|£|\\$|gbp|usd|rs\\.?|inr|₹)\\s*");
    /** A currency after the figure, a sentence's full stop after it allowed ("2.175,50 €."). */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("(?i)\\s*(eur|€)\\.?$");
    /**
     * Decimal cents after a semicolon: OCR's reading of a comma, told from a list by the thousands
     * set apart before it ("2.175;50") or a currency printed with it ("€ 38;00").
     */
    private static final Pattern SEMICOLON_CENTS = Pattern.compile("^(\\d{1,3}(?:\\.\\d{3})+|\\d+);(\\d{2})$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?$");
    private static final Pattern COMMA_DECIMAL_NUMBER = Pattern.compile("^\\d+,(?:\\d{1,2}|\\d{4,})$");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?![\\d/.-]*\\d)");
    private static final Pattern SPLIT_YEAR = Pattern.compile("^\\s*(19|20) (\\d{2}-\\d{2}-\\d{2})\\s*$");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?iu)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?[\\s.,-]*(?:(?:of|de)\\s+)?(\\p{L}{3,10})\\.?[\\s.,-]*(?:de\\s+)?(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern MONTH_FIRST_DATE = Pattern.compile(
            "(?iu)(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    /** Units of measure printed after a quantity ("9.129 kg") or under a price ("€8.90/kg"). */
    private static final Pattern UNIT = Pattern.compile(
            "(?i)(kg|g|mg|l|lt|ltr|litres?|liters?|ml|cl|m|cm|mm|pcs?|ea|each|cs|cases?|ctns?|btls?|bottles?|kegs?|"
                    + "units?|hrs?|hours?|h|days?|wks?|weeks?|nights?|months?|mths?|years?|yrs?|kwh|mwh|kva|m3|"
                    + "rolls?|trays?|bags?|boxe?s?|sets?|visits?|lifts?|bins?|collections?|"
                    // the returnables and packs of a drinks or catering bill
                    + "crts?|crates?|pks?|packs?|pallets?|plts?|cyls?|cylinders?|doz|dozen|tubs?|tins?|cans?|jars?|drums?|sacks?|pairs?|prs?|"
                    // a greengrocer's, a baker's and a butcher's
                    + "bunch(?:es)?|heads?|punnets?|nets?|bundles?|loaf|loaves|kilos?|lbs?|pieces?|portions?|cartons?)");
    private static final Pattern PER_UNIT = Pattern.compile("(?i)^(.*\\d)\\s*/\\s*" + UNIT.pattern() + "$");
    private static final Pattern WITH_UNIT = Pattern.compile("(?i)^(.*\\d)\\s*" + UNIT.pattern() + "$");
    /** A count of packs and the pack's size ("12 x 1L", "3 × 5 kg"): the count is the quantity. */
    private static final Pattern PACKS = Pattern.compile("(?i)^(\\d+(?:\\.\\d+)?)\\s*[x×]\\s*\\d+(?:[.,]\\d+)?\\s*" + UNIT.pattern() + "$");
    /**
     * The months' names, by month, in the languages of the suppliers a pub buys from (English,
     * Irish, French, German, Dutch, Italian, Spanish), without their accents; a name may also be
     * written as its first three letters or as one of the abbreviations its language uses. Irish
     * names September and October in two words ({@link #TWO_WORD_MONTHS}).
     */
    private static final String[][] MONTH_NAMES = {
            {"january", "eanair", "janvier", "januar", "janner", "januari", "gennaio", "enero", "janv", "jan", "gen", "ene"},
            {"february", "feabhra", "fevrier", "februar", "februari", "febbraio", "febrero", "fevr", "feb", "fev"},
            {"march", "marta", "mars", "marz", "maerz", "maart", "marzo", "mar", "mrt"},
            {"april", "aibrean", "avril", "aprile", "abril", "apr", "avr", "abr"},
            {"may", "bealtaine", "mai", "mei", "maggio", "mayo", "mag"},
            {"june", "meitheamh", "juin", "juni", "giugno", "junio", "jun", "giu"},
            {"july", "iuil", "juillet", "juli", "luglio", "julio", "juil", "jul", "lug"},
            {"august", "lunasa", "aout", "augustus", "agosto", "aug", "ago"},
            {"september", "septembre", "settembre", "septiembre", "setiembre", "sept", "sep", "sett"},
            {"october", "octobre", "oktober", "ottobre", "octubre", "oct", "okt", "ott"},
            {"november", "samhain", "novembre", "noviembre", "nov"},
            {"december", "nollaig", "decembre", "dezember", "dicembre", "diciembre", "dec", "dez", "dic"}};
    /** A figure printed to the cent: two digits after a point or a comma. */
    private static final Pattern TO_THE_CENT = Pattern.compile("\\d(?:[.,]|\\.\\s)\\d{2}(?!\\d)");
    /**
     * A table's running total between its pages: "Carried forward", "Brought forward to page 2",
     * "Balance b/f", "Total c/fwd".
     */
    private static final Pattern RUNNING_TOTAL = Pattern.compile("(?iu)^\\W*(?:(?:balance|total|sub-?total)\\s+)?"
            + "(?:(?:carried|brought)\\s+(?:forward|fwd\\.?|over)|[bc]\\s?/\\s?f(?:wd)?\\.?"
            // the same in the languages of the EU suppliers a pub buys from: "Report", "Total à reporter",
            // "Übertrag", "Riporto", "Suma y sigue", "A transportar"
            + "|[àa]\\s+reporter|report(?:\\s+de\\s+la|\\s+du)?(?=\\W*$|\\s+page\\b)|übertrag|uebertrag|riporto|a\\s+riportare"
            + "|suma\\s+y\\s+sigue|suma\\s+anterior|a\\s+transportar)(?:\\W+[\\p{L}\\d]+){0,3}\\W*$");
    /** Irish's months of two words, "Meán Fómhair" (September) and "Deireadh Fómhair" (October): read as one. */
    private static final Pattern TWO_WORD_MONTHS = Pattern.compile("(?iu)\\b(me[aá]n|deireadh)\\s+f[oó]mhair\\b");

    private PrintedValues() {
    }

    /** Whether the text is a count of packs and their size ("12 x 1L"). */
    public static boolean packs(String printed) {
        return printed != null && PACKS.matcher(printed.strip()).matches();
    }

    /** Whether a line's description names the sum of a table's lines carried from one page to the next, not a line. */
    public static boolean runningTotal(String description) {
        if (description == null) {
            return false;
        }
        // in two languages, either side of a slash ("Převod na další stranu / Carried forward")
        String d = description.strip();
        return RUNNING_TOTAL.matcher(d).matches()
                || d.contains(" / ") && java.util.Arrays.stream(d.split("\\s+/\\s+")).anyMatch(p -> RUNNING_TOTAL.matcher(p.strip()).matches());
    }

    /** Whether the text prints a figure to the cent ("9.50", "3.367,55 €"): money, not a count or a reference. */
    public static boolean toTheCent(String printed) {
        return printed != null && TO_THE_CENT.matcher(printed).find();
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
        // a full stop after the cents (a sentence's end, or a speck the OCR read as one) is not part of it
        String digits = s.digits.endsWith(".") && s.digits.length() > 3 ? s.digits.substring(0, s.digits.length() - 1)
                : s.digits;
        Matcher semicolon = SEMICOLON_CENTS.matcher(digits);
        if (semicolon.matches() && (s.currency || semicolon.group(1).contains("."))) {
            digits = semicolon.group(1) + "," + semicolon.group(2);
        }
        Matcher m = MONEY.matcher(digits);
        if (m.matches()) {
            return Optional.of(s.apply(new BigDecimal(m.group(1).replaceAll("[,\\s\\u00A0\\u202F\\u2009]", "") + "." + m.group(2))));
        }
        m = MONEY_COMMA_DECIMAL.matcher(digits);
        if (m.matches()) {
            return Optional.of(s.apply(new BigDecimal(m.group(1).replaceAll("[.\\s\\u00A0\\u202F\\u2009]", "") + "." + m.group(2))));
        }
        m = MIXED_MARKS.matcher(digits);
        if (m.matches()) {
            // thousands and cents set apart by the same mark ("3,612,40", OCR's reading of "3.612,40"):
            // two figures after the last mark are the cents, whatever marks come before
            return Optional.of(s.apply(new BigDecimal(m.group(1).replaceAll("[.,]", "") + "." + m.group(2))));
        }
        if (s.currency && WHOLE_MONEY.matcher(s.digits).matches()) {
            // a whole amount is money when its currency is printed with it ("Rs 1939", "€40", "€ 1.200")
            return Optional.of(s.apply(new BigDecimal(s.digits.replaceAll("[,.]", "")).setScale(2)));
        }
        return Optional.empty();
    }

    /**
     * Time worked as a job sheet prints it: hours and minutes ("1h 30m", "2 hrs 15 mins", "1h"), or
     * minutes alone when spelt as minutes ("45 min"); "30m" alone is no time, a length as much.
     */
    private static final Pattern TIME_WORKED = Pattern.compile(
            "(?i)^(?:(\\d{1,3})\\s*(?:h|hrs?|hours?)(?:\\s*(\\d{1,2})\\s*(?:m|mins?|minutes?)?)?|(\\d{1,3})\\s*(?:mins?|minutes?))$");
    /** How many places an hour's fraction is kept to when minutes make no exact decimal (20 minutes). */
    private static final int HOURS_SCALE = 4;

    /**
     * A quantity or other plain number (3, -2, 1.5, 1,200), or time worked in hours ("1h 30m" is
     * 1.5); empty when the text is not one.
     */
    public static Optional<BigDecimal> number(String printed) {
        Matcher time = printed == null ? null : TIME_WORKED.matcher(printed.strip());
        if (time != null && time.matches()) {
            BigDecimal hours = time.group(1) == null ? BigDecimal.ZERO : new BigDecimal(time.group(1));
            String minutes = time.group(1) == null ? time.group(3) : time.group(2);
            if (minutes != null) {
                hours = hours.add(new BigDecimal(minutes).divide(BigDecimal.valueOf(60), HOURS_SCALE, RoundingMode.HALF_UP));
            }
            return Optional.of(hours.stripTrailingZeros().scale() < 0 ? hours.setScale(0) : hours.stripTrailingZeros());
        }
        if (printed != null) {
            // a quantity with its unit of measure ("9.129 kg", "3 cases")
            Matcher packs = PACKS.matcher(printed.strip());
            Matcher unit = WITH_UNIT.matcher(printed.strip());
            Matcher per = PER_UNIT.matcher(printed.strip());
            if (packs.matches()) {
                printed = packs.group(1);
            } else if (unit.matches()) {
                printed = unit.group(1);
            } else if (per.matches()) {
                // a rate to more decimals than money has ("€0.28450/kWh")
                printed = per.group(1);
            }
        }
        Signed s = signed(printed);
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(s.digits);
        if (!m.matches()) {
            // a decimal comma ("12,5", "2,25"): never a thousands separator, which has three digits after it
            return COMMA_DECIMAL_NUMBER.matcher(s.digits).matches()
                    ? Optional.of(s.apply(new BigDecimal(s.digits.replace(',', '.')))) : Optional.empty();
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
        // a text layer may set the comma of "August 3 , 2014" apart from its day
        String t = printed.replace('\u2013', '-').replace('\u2014', '-').replaceAll("\\s+,", ",");
        // a value that is an ISO date with a gap OCR set inside its year ("20 27-10-11", and nothing
        // else): one year, not a day-first date of 2011 after a number
        t = SPLIT_YEAR.matcher(t).replaceAll("$1$2");
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
        Matcher irish = TWO_WORD_MONTHS.matcher(t);
        if (irish.find()) {
            t = irish.replaceAll(r -> r.group(1).toLowerCase(Locale.ROOT).startsWith("d") ? "October" : "September");
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
        String n = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        if (n.length() < 3) {
            return null;
        }
        // a name is the month's name, one of its abbreviations, or its full name cut short after
        // three letters ("Sept", "Febr"), never another word that begins alike ("Novice", "Marsh")
        for (int m = 0; m < MONTH_NAMES.length; m++) {
            for (String known : MONTH_NAMES[m]) {
                if (n.equals(known) || known.length() > 4 && n.length() >= 4 && known.startsWith(n)) {
                    return m + 1;
                }
            }
        }
        return null;
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

    private record Signed(String digits, boolean negative, boolean currency) {
        BigDecimal apply(BigDecimal v) {
            return negative ? v.negate() : v;
        }
    }

    private static Signed signed(String printed) {
        if (printed == null) {
            return null;
        }
        String t = printed.strip().replace('\u2212', '-').replace('\u2013', '-');
        String bare = withoutCurrency(t);
        boolean currency = !bare.equals(t);
        t = bare;
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
        bare = withoutCurrency(t);
        currency |= !bare.equals(t);
        t = bare;
        if (t.startsWith("-")) {
            negative = !negative;
            t = t.substring(1).strip();
            bare = withoutCurrency(t);
            currency |= !bare.equals(t);
            t = bare;
        } else if (t.endsWith("-")) {
            negative = !negative;
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return null;
        }
        return new Signed(t, negative, currency);
    }

    /** The text without a currency before it ("€", "EUR", "Rs.") or after it ("EUR", "€"). */
    private static String withoutCurrency(String t) {
        return CURRENCY_BEFORE.matcher(CURRENCY_AFTER.matcher(t).replaceAll("")).replaceAll("");
    }
}
