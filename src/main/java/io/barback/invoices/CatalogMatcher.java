package io.barback.invoices;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.barback.catalog.Product;

/**
 * Finds the venue's product an invoice line is for: by the supplier's own product code first,
 * then by one of the product's aliases, then by a conservative match of the description's words
 * against the product's name (most of the name's words must be there). A line nothing matches
 * stays unmatched: it still counts in the money, and is listed, but moves no stock.
 */
final class CatalogMatcher {

    enum How { SUPPLIER_CODE, ALIAS, NAME }

    record Match(Product product, How how) {
    }

    private CatalogMatcher() {
    }

    static Optional<Match> match(ExtractedInvoice.Line line, String supplier, Collection<Product> products) {
        if (line.productCode() != null && supplier != null) {
            String code = line.productCode().strip();
            for (Product p : products) {
                for (Map.Entry<String, String> e : p.supplierCodes().entrySet()) {
                    if (sameSupplier(e.getKey(), supplier) && e.getValue().equalsIgnoreCase(code)) {
                        return Optional.of(new Match(p, How.SUPPLIER_CODE));
                    }
                }
            }
        }
        String description = normalise(line.description());
        for (Product p : products) {
            if (packConflicts(line.description(), p)) {
                continue;
            }
            for (String alias : p.aliases()) {
                if (!alias.isBlank() && (" " + description + " ").contains(" " + normalise(alias) + " ")) {
                    return Optional.of(new Match(p, How.ALIAS));
                }
            }
        }
        Set<String> words = words(description);
        Match best = null;
        double bestScore = 0;
        for (Product p : products) {
            if (packConflicts(line.description(), p)) {
                continue;
            }
            Set<String> name = words(normalise(p.name()));
            if (name.size() < 2) {
                continue;
            }
            long found = name.stream().filter(words::contains).count();
            double score = (double) found / name.size();
            if (score >= 0.8 && score > bestScore) {
                bestScore = score;
                best = new Match(p, How.NAME);
            } else if (score == bestScore && best != null && score >= 0.8) {
                // two products match as well: too close to call
                best = null;
                bestScore = score + 1e-9;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Stock units delivered: packs × pack size (3 × 50 L keg = 150000 ml). */
    static BigDecimal stockUnits(ExtractedInvoice.Line line, Product product) {
        BigDecimal packs = line.quantity() == null ? BigDecimal.ONE : line.quantity();
        return packs.multiply(product.packSize());
    }

    private static final Pattern VOLUME = Pattern.compile(
            "(?i)(\\d+(?:\\.\\d+)?)\\s?(l|ltr|litre|liter|cl|ml)\\b");

    /**
     * A line whose pack size says otherwise is not this product, however alike the names: a
     * "Hop House 13 50L Keg" is not the venue's 30 L keg product, "24 x 440ml Cans" not a keg.
     */
    static boolean packConflicts(String description, Product p) {
        BigDecimal invoiced = volumeMl(description);
        BigDecimal product = volumeMl(p.packDescription() + " " + p.name());
        return invoiced != null && product != null && invoiced.compareTo(product) != 0;
    }

    /** The largest volume printed in a text, in ml: "50L" → 50000, "70cl" → 700, "24 x 440ml" → 440. */
    private static BigDecimal volumeMl(String text) {
        Matcher m = VOLUME.matcher(text);
        BigDecimal best = null;
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            BigDecimal ml = unit.startsWith("l") ? v.movePointRight(3) : unit.equals("cl") ? v.movePointRight(1) : v;
            best = best == null || ml.compareTo(best) > 0 ? ml : best;
        }
        return best;
    }

    static boolean sameSupplier(String a, String b) {
        String x = company(a);
        String y = company(b);
        return !x.isEmpty() && (x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " "));
    }

    /**
     * A company name without punctuation, legal forms, "the" and "and" ("&"): "The Liffey Drinks &
     * Distribution Co. Ltd." → "liffey drinks distribution".
     */
    static String company(String name) {
        return normalise(name).replaceAll("\\b(ltd|limited|dac|plc|teo|teoranta|co|company|the|and)\\b", " ")
                .replaceAll("\\s+", " ").strip();
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("'", "").replaceAll("[^a-z0-9.]+", " ").strip();
    }

    private static Set<String> words(String normalised) {
        return Arrays.stream(normalised.split(" ")).filter(w -> w.length() > 1 && !w.matches("\\d+|x"))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
