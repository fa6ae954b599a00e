package io.barback.textract.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How amounts, quantities, VAT rates and dates are printed on the different supplier layouts. */
final class Formats {

    /** The Irish (day-first) date styles the layouts print. */
    enum DateStyle {
        SLASHES("dd/MM/yyyy"), SHORT("d/M/yy"), DOTS("dd.MM.yyyy"), DASHES("dd-MM-yyyy"), ABBREVIATED("d MMM yyyy"),
        LONG("dd MMMM yyyy"), ORDINAL(null), ISO("yyyy-MM-dd");

        private final DateTimeFormatter formatter;

        DateStyle(String pattern) {
            this.formatter = pattern == null ? null : DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        }

        String format(LocalDate date) {
            if (formatter != null) {
                return formatter.format(date);
            }
            return date.getDayOfMonth() + ordinalSuffix(date.getDayOfMonth()) + " "
                    + DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH).format(date);
        }

        private static String ordinalSuffix(int day) {
            if (day >= 11 && day <= 13) {
                return "th";
            }
            return switch (day % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
    }

    private Formats() {
    }

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The truth-file form: two decimals, no symbol, no separator, leading minus. */
    static String plain(BigDecimal value) {
        return cents(value).toPlainString();
    }

    /** A printed amount: optional euro sign and thousands separators, always a leading minus. */
    static String amount(BigDecimal value, boolean euro, boolean thousands) {
        BigDecimal abs = cents(value).abs();
        String digits = thousands ? grouped().format(abs) : abs.toPlainString();
        return (value.signum() < 0 ? "-" : "") + (euro ? "\u20ac" : "") + digits;
    }

    private static DecimalFormat grouped() {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }

    /** A quantity as printed and as written to the truth file: "3", "-2", "1.5". */
    static String quantity(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }

    /** A VAT rate as a percentage: "23%", "13.5%", "0%". */
    static String rate(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + "%";
    }

    /** A VAT rate with one decimal, as some accounting packages print it: "23.0%", "13.5%". */
    static String rateOneDecimal(BigDecimal rate) {
        return rate.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
