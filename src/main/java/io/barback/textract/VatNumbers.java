package io.barback.textract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VAT identification numbers as suppliers in the EU, the UK and Northern Ireland print them:
 * found in a line of text (spaces, dots and dashes inside allowed), checked against the
 * country's format and, where the country publishes one, its check-digit rule (Ireland, the UK,
 * Germany). A number whose check fails was misread or misprinted.
 */
final class VatNumbers {

    /** A VAT number found in a text: as printed without separators, where it starts, and whether its check holds. */
    record Found(String number, int start, int end, boolean checked) {
    }

    /** The country formats after the prefix, separators removed. */
    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")), Map.entry("BE", Pattern.compile("[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")), Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")), Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")), Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("EL", Pattern.compile("\\d{9}")), Map.entry("ES", Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]")),
            Map.entry("FI", Pattern.compile("\\d{8}")), Map.entry("FR", Pattern.compile("[A-HJ-NP-Z0-9]{2}\\d{9}")),
            Map.entry("HR", Pattern.compile("\\d{11}")), Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]")),
            Map.entry("IT", Pattern.compile("\\d{11}")), Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            Map.entry("LU", Pattern.compile("\\d{8}")), Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")), Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")), Map.entry("PT", Pattern.compile("\\d{9}")),
            Map.entry("RO", Pattern.compile("\\d{2,10}")), Map.entry("SE", Pattern.compile("\\d{10}01")),
            Map.entry("SI", Pattern.compile("\\d{8}")), Map.entry("SK", Pattern.compile("\\d{10}")),
            Map.entry("GB", Pattern.compile("\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}")),
            Map.entry("XI", Pattern.compile("\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}")));

    /**
     * A country prefix (OCR reads the I of IE and XI as 1, l or |) and the characters that may follow it,
     * separators included; the longest reading that fits the country's format wins.
     */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z])(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|[I1l|]E|[I1l|]T|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|GB|X[I1l|])"
                    + "[\\s.-]?([0-9A-Z+*](?:[0-9A-Z+*]|[\\s.-](?=[0-9A-Z])){1,16})");

    /**
     * A VAT label and a number printed after it without its country prefix, as Irish and British
     * suppliers often print their own ("VAT Reg: 1234567T", "VAT Registration No: 980 7806 84"):
     * the label, then no digit before the number, the number standing as a word of its own.
     */
    private static final Pattern UNPREFIXED = Pattern.compile(
            "(?i:\\bvat\\b)([^0-9\\n]{0,30}?)(?<![A-Za-z0-9])(\\d[\\d ]{6,12}[A-Z]{0,2})(?![A-Za-z0-9])");

    /** Words between "VAT" and a number that make the number something else: "VAT Invoice No", "VAT Total". */
    private static final Pattern NOT_A_REGISTRATION = Pattern.compile("(?iu)invoice|receipt|total|amount|rate|analysis|@|%");

    /** A VAT label closing the text before a number: "P.IVA", "VAT", "IVA" and what follows them to the number. */
    private static final Pattern VAT_LABEL_BEFORE = Pattern.compile("(?i)\\b(?:p\\.?\\s?iva|iva|vat)\\b[^\\p{L}\\d]{0,12}(?:\\p{L}{1,5}[^\\p{L}\\d]{0,6})?$");

    private VatNumbers() {
    }

    /** Every VAT-shaped number in the text, in order. */
    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String country = m.group(1).replaceFirst("^[1l|]E$", "IE").replaceFirst("^[1l|]T$", "IT").replaceFirst("^X[1l|]$", "XI");
            // an Italian prefix whose I OCR read as 1 ("P.IVA 1T03482150178") only after a VAT label and with
            // the number's own check holding: elsewhere a figure's "|T" is no prefix
            boolean readAsItalian = m.group(1).matches("[1l|]T");
            boolean unlabelled = readAsItalian && !VAT_LABEL_BEFORE.matcher(text.substring(0, m.start())).find();
            String body = m.group(2);
            Found best = null;
            // the body may run on into the next word: try it shorter until it fits the format; a reading
            // whose check holds wins over a longer one whose check fails ("IE1471232L Company": not …LC)
            for (int end = body.length(); end > 0 && (best == null || !best.checked()); end--) {
                String compact = ocrCheckLetter(country, body.substring(0, end).replaceAll("[\\s.-]", ""));
                Pattern format = FORMATS.get(country);
                int after = m.start(2) + end;
                boolean wordEnds = after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
                if (format != null && format.matcher(compact).matches() && wordEnds) {
                    Found reading = new Found(country + compact, m.start(), after, checks(country, compact));
                    best = best == null || reading.checked() ? reading : best;
                }
            }
            if (best != null && m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1)) && !best.checked()) {
                // a prefix straight after a digit ("1IE7319904KW": OCR read a mark before it as 1) only
                // when the number's own check holds
                best = null;
            }
            if (best != null && readAsItalian && (unlabelled || !best.checked())) {
                best = null;
            }
            if (best != null) {
                found.add(best);
                from = best.end();
            } else {
                from = m.start() + 1;
            }
        }
        unprefixed(text, found);
        return found;
    }

    /**
     * The numbers printed after a VAT label without their prefix, added in order to those found:
     * the country is the one whose format the number has (seven digits and a check letter is Irish,
     * nine digits British), and it is taken only when that country's check holds, since nothing else
     * says that the digits are a VAT number.
     */
    private static void unprefixed(String text, List<Found> found) {
        Matcher m = UNPREFIXED.matcher(text);
        while (m.find()) {
            int start = m.start(2);
            int end = m.end(2);
            String compact = m.group(2).replace(" ", "");
            if (NOT_A_REGISTRATION.matcher(m.group(1)).find() || found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                continue;
            }
            for (String country : List.of("IE", "GB")) {
                if (FORMATS.get(country).matcher(compact).matches() && compact.length() <= 9 && checks(country, compact)) {
                    found.add(new Found(country + compact, start, end, true));
                    break;
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
    }

    /**
     * An Irish number whose check letter OCR read as the digit it looks like ("IE90233180" for
     * IE9023318O, "IE63709001" for IE6370900I): the letter, when it is the one the digits call for.
     * Otherwise the body as read.
     */
    private static String ocrCheckLetter(String country, String compact) {
        if (!country.equals("IE") || compact.length() < 8 || compact.length() > 9
                || !compact.substring(0, 7).chars().allMatch(Character::isDigit)) {
            return compact;
        }
        for (int at = 7; at < compact.length(); at++) {
            char letter = LOOKALIKE_LETTERS.getOrDefault(compact.charAt(at), ' ');
            if (letter == ' ') {
                continue;
            }
            String lettered = compact.substring(0, at) + letter + compact.substring(at + 1);
            if (FORMATS.get("IE").matcher(lettered).matches() && irish(lettered)) {
                return lettered;
            }
        }
        return compact;
    }

    /** The letter OCR reads a check letter's place as a digit for. */
    private static final Map<Character, Character> LOOKALIKE_LETTERS = Map.of('0', 'O', '1', 'I', '8', 'B', '5', 'S',
            '2', 'Z', '6', 'G');

    /** Whether the country publishes a check-digit rule that {@link #checks} applies. */
    static boolean hasRule(String number) {
        return switch (number.substring(0, 2)) {
            case "IE", "GB", "XI", "DE", "IT", "AT", "BE", "PT" -> true;
            case "FR" -> Character.isDigit(number.charAt(2)) && Character.isDigit(number.charAt(3));
            default -> false;
        };
    }

    /**
     * Whether the country's numbers have been checked here long enough that one failing its check,
     * unlabelled, is still taken as a misread VAT number (Ireland, Britain, Northern Ireland, Germany);
     * for the others an unlabelled number must pass its check.
     */
    static boolean longChecked(String number) {
        return switch (number.substring(0, 2)) {
            case "IE", "GB", "XI", "DE" -> true;
            default -> false;
        };
    }

    /** Whether the number passes its country's check-digit rule (true where none is published). */
    static boolean checks(String country, String body) {
        return switch (country) {
            case "IE" -> irish(body);
            case "GB", "XI" -> body.length() < 9 || !Character.isDigit(body.charAt(0)) || british(body.substring(0, 9));
            case "DE" -> german(body);
            case "IT" -> italian(body);
            case "AT" -> austrian(body);
            case "BE" -> Long.parseLong(body.substring(0, 8)) % 97 == 97 - Integer.parseInt(body.substring(8));
            case "PT" -> portuguese(body);
            // the key of digits only; a key with letters has another rule, not applied here
            case "FR" -> !Character.isDigit(body.charAt(0)) || !Character.isDigit(body.charAt(1))
                    || Integer.parseInt(body.substring(0, 2)) == (12 + 3 * (int) (Long.parseLong(body.substring(2)) % 97)) % 97;
            default -> true;
        };
    }

    /** Revenue's rule: weights 8..2 on the seven digits, 9 × the second letter's value, mod 23. */
    private static boolean irish(String body) {
        String b = body;
        if (!Character.isDigit(b.charAt(1))) {
            // the old form (1X23456T) is the new one with its first digit moved to the end behind a 0
            b = "0" + b.substring(2, 7) + b.charAt(0) + b.charAt(7);
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (b.charAt(i) - '0') * (8 - i);
        }
        if (b.length() == 9) {
            char extra = b.charAt(8);
            sum += 9 * (extra == 'W' ? 0 : extra - 'A' + 1);
        }
        return "WABCDEFGHIJKLMNOPQRSTUV".charAt(sum % 23) == b.charAt(7);
    }

    /** HMRC's rule: weights 8..2 on the first seven digits plus the last two, ≡ 0 or ≡ 42 mod 97 (the 1990s series and the newer). */
    private static boolean british(String nine) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (nine.charAt(i) - '0') * (8 - i);
        }
        sum += Integer.parseInt(nine.substring(7));
        return sum % 97 == 0 || (sum + 55) % 97 == 0;
    }

    /** The partita IVA's rule: the odd places' digits, the even places' doubled (less 9 past 9), the eleventh making the sum a multiple of 10. */
    private static boolean italian(String eleven) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = eleven.charAt(i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10 == eleven.charAt(10) - '0';
    }

    /** Austria's UID: "U", then seven digits, the odd places' as they are and the even places' doubled (digits summed), and a check digit. */
    private static boolean austrian(String body) {
        int sum = 0;
        for (int i = 1; i <= 7; i++) {
            int d = body.charAt(i) - '0';
            sum += i % 2 == 0 ? d * 2 / 10 + d * 2 % 10 : d;
        }
        return (10 - (sum + 4) % 10) % 10 == body.charAt(8) - '0';
    }

    /** Portugal's NIF: weights 9..2 on the first eight digits, the check 11 less the remainder mod 11 (0 for 10 and 11). */
    private static boolean portuguese(String nine) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        int check = 11 - sum % 11;
        return (check >= 10 ? 0 : check) == nine.charAt(8) - '0';
    }

    /** ISO 7064 MOD 11,10 over the first eight digits. */
    private static boolean german(String nine) {
        int product = 10;
        for (int i = 0; i < 8; i++) {
            int sum = (nine.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (2 * sum) % 11;
        }
        int check = 11 - product;
        return (check == 10 ? 0 : check) == nine.charAt(8) - '0';
    }
}
