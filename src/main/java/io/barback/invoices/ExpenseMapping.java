package io.barback.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.barback.documents.PrintedValues;
import io.barback.documents.VatRates;
import software.amazon.awssdk.services.textract.model.Block;
import software.amazon.awssdk.services.textract.model.ExpenseDocument;
import software.amazon.awssdk.services.textract.model.ExpenseField;
import software.amazon.awssdk.services.textract.model.LineItemFields;

/**
 * AnalyzeExpense's answer (one ExpenseDocument per page) turned into one invoice. Real Textract
 * repeats fields (several TOTALs), prints labels inside values ("Invoice #1258"), names the
 * supplier NAME in a VENDOR group on older model versions, and gives amounts as printed
 * ("$6,231.09"): of each field the surest reading wins, header fields from the first page that
 * has them, totals from the last.
 */
final class ExpenseMapping {

    /** A pro-forma's title, in English or in the languages of the EU suppliers a pub buys from ("Facture pro forma"). */
    private static final Pattern PRO_FORMA = Pattern.compile(
            "((facture|factura|fatura|fattura|rechnung|factuur|invoice) )?(proforma|pro forma)( tax)?( (invoice|facture|rechnung|factura|fatura|fattura))?"
                    + "( no| number| n)?");
    private static final Pattern INVOICE_TITLE =
            Pattern.compile("((tax|sales|vat) )?(invoice|credit note|credit memo)");
    private static final Pattern NOT_A_BILL = Pattern.compile(
            "(statement( of account)?|account statement|monthly statement|quotation|quote|estimate|order confirmation"
                    + "|devis|angebot|offerte|preventivo|presupuesto|orcamento"
                    + "|delivery (note|docket)|bon de livraison|lieferschein|pakbon|albar[aá]n|guia de (remessa|transporte)|nota de entrega)"
                    + "( no| number| date)?");
    /** A line in which the document says it is no VAT invoice ("This is not a VAT invoice"). */
    private static final Pattern SAYS_NO_VAT_INVOICE = Pattern.compile(
            "(this (\\p{L}+ ){0,2}is )?not a (vat|tax) invoice|(este documento )?nao serve de fatura");
    private static final List<String> TOTALS = List.of("SUBTOTAL", "TAX", "TOTAL", "AMOUNT_DUE");

    private ExpenseMapping() {
    }

    static ExtractedInvoice map(List<ExpenseDocument> pages) {
        Map<String, ExpenseField> fields = new LinkedHashMap<>();
        List<ExpenseField> subtotals = new ArrayList<>();
        for (ExpenseDocument page : pages) {
            Map<String, ExpenseField> best = new LinkedHashMap<>();
            for (ExpenseField f : page.summaryFields()) {
                String type = type(f);
                if (type == null || f.valueDetection() == null || f.valueDetection().text() == null
                        || f.valueDetection().text().isBlank()) {
                    continue;
                }
                ExpenseField seen = best.get(type);
                if (seen == null || confidence(f) > confidence(seen)) {
                    best.put(type, f);
                }
            }
            best.forEach((type, f) -> {
                if (!fields.containsKey(type) || TOTALS.contains(type)) {
                    fields.put(type, f);
                }
            });
            if (best.containsKey("SUBTOTAL")) {
                subtotals.add(best.get("SUBTOTAL"));
            }
        }
        List<ExtractedInvoice.Line> lines = new ArrayList<>();
        Map<Integer, BigDecimal> rates = new HashMap<>();
        Map<Integer, String> codes = new HashMap<>();
        Set<Integer> restated = restated(pages, amount(fields.get("SUBTOTAL")));
        for (int p = 0; p < pages.size(); p++) {
            if (restated.contains(p)) {
                continue;
            }
            for (var group : pages.get(p).lineItemGroups()) {
                for (LineItemFields item : group.lineItems()) {
                    Optional<ExtractedInvoice.Line> line = line(lines.size() + 1, item);
                    if (line.isPresent()) {
                        lines.add(line.get());
                        String vat = vatCell(item);
                        Optional<BigDecimal> rate = vat == null ? Optional.empty() : PrintedValues.percent(vat);
                        if (rate.isPresent()) {
                            rates.put(line.get().lineNo(), rate.get());
                        } else if (vat != null && VAT_CODE.matcher(vat.strip()).matches()) {
                            codes.put(line.get().lineNo(), vat.strip());
                        }
                    }
                }
            }
        }
        if (rates.isEmpty() && codes.isEmpty() && !lines.isEmpty() && lines.stream().allMatch(l -> l.productCode() != null
                && VAT_CODE.matcher(l.productCode().strip()).matches() && Character.isLetter(l.productCode().strip().charAt(0)))) {
            // every line's code a letter ("Code": Z, R), the column the reader took for the product's: when the
            // bill's legend gives each a rate, they are the lines' VAT codes
            VatCodes legend = VatCodes.of(textLines(pages));
            if (lines.stream().allMatch(l -> legend.rateOf(l.productCode().strip()).isPresent())) {
                lines.forEach(l -> codes.put(l.lineNo(), l.productCode().strip()));
            }
        }
        agreeingSubtotal(fields, subtotals, lines);
        if (!codes.isEmpty()) {
            // lines marked with a code the bill's legend explains ("25.47 B", "A 23% 26.40 6.07 32.47")
            VatCodes legend = VatCodes.of(textLines(pages));
            for (ExtractedInvoice.Line l : lines) {
                if (!rates.containsKey(l.lineNo())) {
                    legend.rateOf(codes.get(l.lineNo())).ifPresent(r -> rates.put(l.lineNo(), r));
                }
            }
        }
        Map<String, Float> confidence = new LinkedHashMap<>();
        fields.forEach((type, f) -> confidence.put(type, confidence(f)));

        BigDecimal net = amount(fields.get("SUBTOTAL"));
        BigDecimal vat = amount(fields.get("TAX"));
        BigDecimal gross = amount(fields.get("TOTAL"));
        if (gross == null) {
            gross = amount(fields.get("AMOUNT_DUE"));
            if (fields.containsKey("AMOUNT_DUE")) {
                confidence.put("TOTAL", confidence(fields.get("AMOUNT_DUE")));
            }
        }
        boolean creditNote = mentionsCreditNote(pages) || (gross != null && gross.signum() < 0);
        if (creditNote && gross != null && gross.signum() > 0) {
            // a credit note that prints its amounts without a sign: they reduce purchases all the same
            net = negate(net);
            vat = negate(vat);
            gross = gross.negate();
            lines = lines.stream().map(l -> new ExtractedInvoice.Line(l.lineNo(), l.description(), l.productCode(),
                    negate(l.quantity()), l.unitPrice(), negate(l.amount()), l.confidence(), l.amountConfidence(), l.quantityConfidence())).toList();
        }
        if (creditNote && gross != null && gross.signum() < 0) {
            // a credit note that marks only its total as credited ("120.00 CR"): its subtotal and VAT are credited too
            net = net != null && net.signum() > 0 ? net.negate() : net;
            vat = vat != null && vat.signum() > 0 ? vat.negate() : vat;
        }
        if (creditNote && net != null && net.signum() < 0 && lines.stream().map(ExtractedInvoice.Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).signum() > 0) {
            // a credit note that signs its totals but not its lines: every line is credited
            lines = lines.stream().map(l -> new ExtractedInvoice.Line(l.lineNo(), l.description(), l.productCode(),
                    negate(l.quantity()), l.unitPrice(), negate(l.amount()), l.confidence(), l.amountConfidence(), l.quantityConfidence())).toList();
        }
        if (net == null && gross != null && vat != null) {
            net = gross.subtract(vat);
        }
        float sums = Math.min(confidence.getOrDefault("SUBTOTAL", 0f),
                Math.min(confidence.getOrDefault("TAX", 0f), confidence.getOrDefault("TOTAL", 0f)));
        if (rates.isEmpty()) {
            lines = grossOverSubtotal(lines, net, gross);
        }
        Adjusted adjusted = withCharges(lines, net, vat, gross, charges(pages, creditNote), sums);
        if (rates.isEmpty()) {
            // lines priced with VAT at several rates, none marked: the VAT analysis says which lines are at which
            RateAnalysis.of(textLines(pages)).lineRates(adjusted.lines(), vat, gross).ifPresent(rates::putAll);
        }
        lines = netOfVat(adjusted.lines(), adjusted.net(), vat, gross, rates);
        net = adjusted.net();
        String invoiceNumber = text(fields.get("INVOICE_RECEIPT_ID"));
        if (invoiceNumber != null) {
            // "Invoice #1258": the label printed inside the value
            // (only a label followed by a space, ':' or '#': "INV-2026-0417" is a number with its prefix)
            // A label read apart from the value ("Invoice #" over "INV 2207-C") leaves a bare word
            // before the figures as the number's own prefix; only "No", '#' or ':' still mark a label.
            ExpenseField id = fields.get("INVOICE_RECEIPT_ID");
            boolean labelApart = id.labelDetection() != null && id.labelDetection().text() != null
                    && !id.labelDetection().text().isBlank();
            invoiceNumber = invoiceNumber.replaceFirst(labelApart
                    ? "(?i)^(?:invoice|inv\\.?|credit note|document)(?:\\s*(?:no\\.?|number|#)\\s*[:#]?|\\s*[:#])\\s*(?=\\S)"
                    : "(?i)^(?:invoice|inv\\.?|credit note|document)(?:\\s*(?:no\\.?|number|#))?\\s*(?:[:#]\\s*|\\s+)(?=\\S)", "")
                    .strip();
            if (invoiceNumber.isEmpty()) {
                invoiceNumber = null;
            }
        }
        return new ExtractedInvoice(text(fields.get("VENDOR_NAME")), vatNumber(text(fields.get("VENDOR_VAT_NUMBER"))),
                invoiceNumber, date(fields.get("INVOICE_RECEIPT_DATE")), date(fields.get("DUE_DATE")),
                currency(fields), creditNote, lines, net, vat, gross, confidence, notAnInvoice(pages));
    }

    private static Optional<ExtractedInvoice.Line> line(int lineNo, LineItemFields item) {
        Map<String, ExpenseField> f = new LinkedHashMap<>();
        for (ExpenseField field : item.lineItemExpenseFields()) {
            String type = field.type() == null ? null : field.type().text();
            if (type != null && field.valueDetection() != null && field.valueDetection().text() != null) {
                f.put(type, field);
            }
        }
        BigDecimal amount = amount(f.get("PRICE"));
        String description = text(f.get("ITEM"));
        if (amount == null || description == null) {
            return Optional.empty();
        }
        BigDecimal quantity = f.containsKey("QUANTITY")
                ? PrintedValues.number(f.get("QUANTITY").valueDetection().text().strip()).orElse(null) : null;
        if (quantity == null && PrintedValues.runningTotal(description)) {
            // "Brought forward" on page 2 as Textract may report it: the lines before, not one more
            return Optional.empty();
        }
        // what moves stock and money: the quantity and the amount (a misread word in a description
        // only costs a catalog match, and shows as an unmatched line)
        float quantityConfidence = f.containsKey("QUANTITY") ? confidence(f.get("QUANTITY")) : 100;
        float amountConfidence = confidence(f.get("PRICE"));
        return Optional.of(new ExtractedInvoice.Line(lineNo, description, text(f.get("PRODUCT_CODE")), quantity,
                amount(f.get("UNIT_PRICE")), amount, Math.min(quantityConfidence, amountConfidence), amountConfidence,
                quantityConfidence));
    }

    /**
     * What a line prints under its VAT column (one Textract has no type for, OTHER, titled as VAT):
     * its rate ("13.5%") or a code for it ("B", "*"); null for nothing.
     */
    private static String vatCell(LineItemFields item) {
        for (ExpenseField f : item.lineItemExpenseFields()) {
            if ("OTHER".equals(f.type() == null ? null : f.type().text()) && f.labelDetection() != null
                    && f.labelDetection().text() != null && VAT_TITLE.matcher(f.labelDetection().text().strip()).matches()
                    && f.valueDetection() != null && f.valueDetection().text() != null) {
                return f.valueDetection().text();
            }
        }
        return null;
    }

    /** A column title naming a line's VAT rate or its code ("VAT", "VAT %", "Tax rate", "VAT Rate", "VAT code", "V"). */
    private static final Pattern VAT_TITLE = Pattern.compile("(?i)(vat|tax)(\\s*(%|rate|code))?|rate\\s*%|v");
    /** A code standing for a VAT rate: a letter, a digit or a mark. */
    private static final Pattern VAT_CODE = Pattern.compile("[A-Za-z]|\\d|\\*{1,3}|[†‡#]");

    /**
     * The pages' text a printed line at a time: Textract's LINE blocks end at a wide gap ("A", "23%",
     * "26.40"), so the blocks that share a line are joined again, left to right.
     */
    static List<String> textLines(List<ExpenseDocument> pages) {
        List<String> lines = new ArrayList<>();
        for (ExpenseDocument page : pages) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : page.blocks()) {
                if (b.text() == null || !"LINE".equals(b.blockTypeAsString())) {
                    continue;
                }
                if (b.geometry() == null || b.geometry().boundingBox() == null) {
                    lines.add(b.text());
                } else {
                    blocks.add(b);
                }
            }
            blocks.sort(Comparator.comparingDouble(ExpenseMapping::middle));
            List<List<Block>> rows = new ArrayList<>();
            for (Block b : blocks) {
                List<Block> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (row != null && Math.abs(middle(b) - middle(row.get(0)))
                        <= row.get(0).geometry().boundingBox().height() / 2) {
                    row.add(b);
                } else {
                    rows.add(new ArrayList<>(List.of(b)));
                }
            }
            for (List<Block> row : rows) {
                row.sort(Comparator.comparingDouble(b -> b.geometry().boundingBox().left()));
                lines.add(String.join("  ", row.stream().map(Block::text).toList()));
            }
        }
        return lines;
    }

    private static double middle(Block b) {
        return b.geometry().boundingBox().top() + b.geometry().boundingBox().height() / 2;
    }

    /** The field's type, with an older model's NAME grouped as VENDOR read as VENDOR_NAME. */
    private static String type(ExpenseField f) {
        if (f.type() == null || f.type().text() == null) {
            return null;
        }
        String type = f.type().text();
        if (type.equals("NAME") && f.groupProperties() != null
                && f.groupProperties().stream().anyMatch(g -> g.types().contains("VENDOR"))) {
            return "VENDOR_NAME";
        }
        return type;
    }

    /** A title in two languages is at most this long. */
    private static final int BILINGUAL_TITLE = 60;

    private static boolean mentionsCreditNote(List<ExpenseDocument> pages) {
        for (ExpenseDocument page : pages) {
            for (Block b : page.blocks()) {
                // the document's title, not a sentence that mentions credit notes in passing; in two
                // languages, one part of it ("NÓTA CREIDMHEASA / CREDIT NOTE"); a form's heading that
                // names both ("INVOICE / CREDIT NOTE") says neither
                if (b.text() == null || !"LINE".equals(b.blockTypeAsString()) || b.text().length() > BILINGUAL_TITLE) {
                    continue;
                }
                // each part without the marks that set a title off ("** CREDIT NOTE **")
                List<String> parts = Arrays.stream(b.text().strip().toLowerCase(Locale.ROOT).split("\\s*[/|]\\s*"))
                        .map(part -> part.replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "")).toList();
                if (parts.stream().anyMatch(part -> part.matches("(tax\\s+)?credit\\s*(note|memo)\\b.{0,20}"))
                        && parts.stream().noneMatch(part -> part.matches("(tax\\s+|sales\\s+)?invoice"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What the document calls itself when that is not a bill to book: its title (a line of its
     * own, not a sentence that mentions a statement in passing) says pro-forma, statement of
     * account, quotation, delivery note or order confirmation (in English or an EU supplier's
     * language), and no title above it says invoice or credit note (nor any, for a delivery note:
     * "DELIVERY DOCKET / INVOICE" is both); or a line of its own says it is not a VAT invoice.
     */
    static String notAnInvoice(List<ExpenseDocument> pages) {
        // the title is the topmost title-like line of the first page (a statement lists invoices below its own)
        Block title = null;
        String kind = null;
        boolean saysSo = false;
        boolean invoiceTitle = false;
        for (Block b : pages.isEmpty() ? List.<Block>of() : pages.get(0).blocks()) {
            if (b.text() == null || !"LINE".equals(b.blockTypeAsString())) {
                continue;
            }
            String k = kindOf(words(b.text()));
            saysSo |= SAYS_NO_VAT_INVOICE.matcher(words(b.text())).matches();
            if (k == null) {
                // a title in two languages ("PROFORMA-RECHNUNG / PRO FORMA INVOICE", "ANGEBOT / QUOTATION"):
                // every part a title, and all of one kind; an invoice's and another document's on one
                // line ("INVOICE / QUOTATION" of a duplicate book) say nothing for sure
                List<String> kinds = Stream.of(LANGUAGES.split(b.text())).map(part -> kindOf(words(part))).toList();
                invoiceTitle |= kinds.contains("invoice");
                if (kinds.size() > 1 && kinds.stream().allMatch(x -> x != null && x.equals(kinds.get(0)))) {
                    k = kinds.get(0);
                }
            }
            // a sentence after another on the line ("Keine Rechnung … – this pro forma is not a VAT
            // invoice."), unless the line names another document the sentence is about ("REMITTANCE
            // ADVICE – this is not a VAT invoice")
            if (!OTHER_DOCUMENT.matcher(b.text()).find()) {
                for (String part : SENTENCES.split(b.text())) {
                    saysSo |= SAYS_NO_VAT_INVOICE.matcher(words(part)).matches();
                }
            }
            invoiceTitle |= "invoice".equals(k);
            if (k != null && (title == null || top(b) < top(title))) {
                title = b;
                kind = k;
            }
        }
        if ("a delivery note".equals(kind) && invoiceTitle) {
            // "DELIVERY DOCKET / INVOICE": a docket that is the invoice too
            kind = "invoice";
        }
        if ((kind == null || kind.equals("invoice")) && saysSo) {
            return "one that says it is not a VAT invoice";
        }
        return kind == null || kind.equals("invoice") ? null : kind;
    }

    /** Where a title's two languages meet: a slash or a bar. */
    private static final Pattern LANGUAGES = Pattern.compile("\\s*[/|]\\s*");
    /** Where a line's sentences meet: a dash or a full stop. */
    private static final Pattern SENTENCES = Pattern.compile("\\s*[\u2013\u2014]\\s*|(?<=\\p{L})\\.\\s+|\\s+-\\s+");
    /** A document a line may be about other than the bill itself (a tear-off remittance slip, a docket, a copy). */
    private static final Pattern OTHER_DOCUMENT = Pattern.compile("(?i)\\b(remittance|docket|delivery|statement|receipt|copy|slip)\\b");

    /** A line's words in small letters, accents, marks and figures dropped ("PRÓ-FORMA" is "pro forma"). */
    private static String words(String text) {
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]+", " ").replaceAll("\\s+", " ").strip();
    }

    /** What a title calls the document: "invoice", a kind that is no bill ("a quotation"), or null for no title. */
    private static String kindOf(String t) {
        // the title with its words run together, as a letter-spaced title may be read ("PRO FOR M. A")
        String run = t.replace(" ", "");
        return titled(PRO_FORMA, t, run) ? "a pro-forma invoice"
                : titled(INVOICE_TITLE, t, run) ? "invoice"
                : !titled(NOT_A_BILL, t, run) ? null
                : run.contains("statement") ? "a statement of account"
                : run.matches("(quot|estimate|devis|angebot|offerte|preventivo|presupuesto|orcamento).*") ? "a quotation"
                : run.matches("(delivery|bonde|lieferschein|pakbon|albar|guiade|notadeentrega).*") ? "a delivery note"
                : "an order confirmation";
    }

    /**
     * Whether the line is the title: as read, or with its words run together, for a title printed
     * letter-spaced that OCR breaks in the wrong places ("PRO FOR M. A INVOICE").
     */
    private static boolean titled(Pattern title, String line, String runTogether) {
        return title.matcher(line).matches() || RUN_TOGETHER.get(title).matcher(runTogether).matches();
    }

    /** Each title's pattern with its words run together, for {@link #titled}. */
    private static final Map<Pattern, Pattern> RUN_TOGETHER = Map.of(
            PRO_FORMA, Pattern.compile(PRO_FORMA.pattern().replace(" ", "")),
            INVOICE_TITLE, Pattern.compile(INVOICE_TITLE.pattern().replace(" ", "")),
            NOT_A_BILL, Pattern.compile(NOT_A_BILL.pattern().replace(" ", "")));

    private static float top(Block b) {
        return b.geometry() == null || b.geometry().boundingBox() == null ? Float.MAX_VALUE : b.geometry().boundingBox().top();
    }

    private static String currency(Map<String, ExpenseField> fields) {
        for (ExpenseField f : fields.values()) {
            if (f.currency() != null && f.currency().code() != null) {
                return f.currency().code();
            }
        }
        return "EUR";
    }

    private static float confidence(ExpenseField f) {
        return f.valueDetection() == null || f.valueDetection().confidence() == null ? 0
                : f.valueDetection().confidence();
    }

    private static String text(ExpenseField f) {
        if (f == null) {
            return null;
        }
        String t = f.valueDetection().text().replaceAll("\\s*\\n\\s*", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * The pages whose lines restate the others': a bill's summary page lists its charges by kind
     * ("Packages 658.50", "One-off charges 145.00"), its detail page the same charges line by line.
     * When the lines of all pages add up to twice the subtotal, and one page's lines alone add up to
     * it (so the others' do too), the charges were read twice: the side with fewer lines is the
     * summary. Two sides of as many lines each are left as read, and the sum's check holds the bill.
     */
    private static Set<Integer> restated(List<ExpenseDocument> pages, BigDecimal net) {
        if (net == null || net.signum() == 0 || pages.size() < 2) {
            return Set.of();
        }
        Map<Integer, List<BigDecimal>> amounts = new LinkedHashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<BigDecimal> of = new ArrayList<>();
            for (var group : pages.get(p).lineItemGroups()) {
                for (LineItemFields item : group.lineItems()) {
                    line(0, item).ifPresent(l -> of.add(l.amount()));
                }
            }
            if (!of.isEmpty()) {
                amounts.put(p, of);
            }
        }
        BigDecimal all = amounts.values().stream().flatMap(List::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amounts.size() < 2 || all.compareTo(net.add(net)) != 0) {
            return Set.of();
        }
        int count = amounts.values().stream().mapToInt(List::size).sum();
        for (var page : amounts.entrySet()) {
            BigDecimal sum = page.getValue().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            int own = page.getValue().size();
            if (sum.compareTo(net) != 0 || own * 2 == count) {
                continue;
            }
            if (own * 2 < count) {
                return Set.of(page.getKey());
            }
            Set<Integer> others = new HashSet<>(amounts.keySet());
            others.remove(page.getKey());
            return others;
        }
        return Set.of();
    }

    /**
     * The totals come from the last page that gives them, but a later page's sum of a part of the
     * bill ("Total call charges (excl. VAT)" under a phone bill's itemised calls) is not the bill's
     * net: when the subtotal taken does not make the total with the VAT, and an earlier page's does
     * (the summary on page one) and the lines add up to it too, that one is the subtotal.
     */
    private static void agreeingSubtotal(Map<String, ExpenseField> fields, List<ExpenseField> subtotals,
                                         List<ExtractedInvoice.Line> lines) {
        BigDecimal net = amount(fields.get("SUBTOTAL"));
        BigDecimal vat = amount(fields.get("TAX"));
        BigDecimal gross = amount(fields.get("TOTAL"));
        if (net == null || vat == null || gross == null || net.add(vat).compareTo(gross) == 0) {
            return;
        }
        for (int i = subtotals.size() - 1; i >= 0; i--) {
            BigDecimal candidate = amount(subtotals.get(i));
            BigDecimal sum = lines.stream().map(ExtractedInvoice.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (candidate != null && candidate.add(vat).compareTo(gross) == 0 && sum.compareTo(candidate) == 0) {
                fields.put("SUBTOTAL", subtotals.get(i));
                return;
            }
        }
    }

    private static BigDecimal amount(ExpenseField f) {
        String t = text(f);
        if (t == null) {
            return null;
        }
        String printed = t.replaceAll("^[A-Z]{3}\\s*", "");
        // Textract typed it as money, so "$1000" is an amount too, not only "1,000.00"
        return PrintedValues.amount(printed).or(() -> PrintedValues.number(printed)).orElse(null);
    }

    private static LocalDate date(ExpenseField f) {
        String t = text(f);
        return t == null ? null : PrintedValues.date(t).orElse(null);
    }

    private static String vatNumber(String printed) {
        return printed == null ? null : printed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** How far VAT / net, worked out from rounded totals, may stand from the rate it was charged at. */
    private static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.002");

    /**
     * Lines priced with VAT in them (a wine merchant's "€ incl. VAT"): they add up to the total, not
     * to the subtotal. Stock is costed net of the VAT a pub reclaims, so at one VAT rate each line is
     * taken net of it (its amount and unit price over 1 + the rate, the cents of rounding put on the
     * largest line, so that the lines make the subtotal). At more rates than one, or a rate that is
     * none of these, the lines stay as printed, and the check that they make the subtotal holds the
     * invoice for a person.
     */
    static List<ExtractedInvoice.Line> netOfVat(List<ExtractedInvoice.Line> lines, BigDecimal net, BigDecimal vat,
            BigDecimal gross) {
        return netOfVat(lines, net, vat, gross, Map.of());
    }

    /**
     * The same, with each line's own rate where the table prints one (a "VAT" column of "23%",
     * "13.5%"): lines at two rates or more are each taken net of their own, which one rate for the
     * whole invoice cannot do.
     */
    static List<ExtractedInvoice.Line> netOfVat(List<ExtractedInvoice.Line> lines, BigDecimal net, BigDecimal vat,
            BigDecimal gross, Map<Integer, BigDecimal> lineRates) {
        if (lines.isEmpty() || net == null || vat == null || gross == null || net.signum() == 0
                || net.add(vat).compareTo(gross) != 0) {
            return lines;
        }
        BigDecimal sum = lines.stream().map(ExtractedInvoice.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(gross) != 0 || sum.compareTo(net) == 0) {
            return lines;
        }
        BigDecimal charged = vat.divide(net, 4, RoundingMode.HALF_UP);
        Optional<BigDecimal> rate = VatRates.IRELAND_AND_UK.stream()
                .filter(r -> r.subtract(charged).abs().compareTo(RATE_TOLERANCE) <= 0).findFirst();
        boolean eachItsOwn = lines.stream().allMatch(l -> lineRates.containsKey(l.lineNo()))
                && lineRates.values().stream().allMatch(r -> r.signum() == 0
                        || VatRates.IRELAND_AND_UK.stream().anyMatch(k -> k.compareTo(r) == 0));
        if (rate.isEmpty() && !eachItsOwn) {
            return lines;
        }
        return netted(lines, net, l -> eachItsOwn ? lineRates.get(l.lineNo()) : rate.get());
    }

    /**
     * Each line net of its rate (its amount and unit price over 1 + the rate), the cents of
     * rounding put on the largest line so that the lines make {@code net}; the lines as printed
     * when they come out more than a cent a line apart from it (not those rates on those lines).
     */
    private static List<ExtractedInvoice.Line> netted(List<ExtractedInvoice.Line> lines, BigDecimal net,
            Function<ExtractedInvoice.Line, BigDecimal> rateOf) {
        List<ExtractedInvoice.Line> netted = new ArrayList<>();
        int largest = 0;
        for (ExtractedInvoice.Line l : lines) {
            BigDecimal divisor = BigDecimal.ONE.add(rateOf.apply(l));
            if (l.amount().abs().compareTo(lines.get(largest).amount().abs()) > 0) {
                largest = netted.size();
            }
            netted.add(new ExtractedInvoice.Line(l.lineNo(), l.description(), l.productCode(), l.quantity(),
                    l.unitPrice() == null ? null : l.unitPrice().divide(divisor, 4, RoundingMode.HALF_UP),
                    l.amount().divide(divisor, 2, RoundingMode.HALF_UP), l.confidence(), l.amountConfidence(), l.quantityConfidence()));
        }
        BigDecimal rounding = net.subtract(netted.stream().map(ExtractedInvoice.Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        if (rounding.abs().compareTo(CENT.multiply(BigDecimal.valueOf(lines.size()))) > 0) {
            return lines;
        }
        ExtractedInvoice.Line l = netted.get(largest);
        netted.set(largest, new ExtractedInvoice.Line(l.lineNo(), l.description(), l.productCode(), l.quantity(),
                l.unitPrice(), l.amount().add(rounding), l.confidence(), l.amountConfidence(), l.quantityConfidence()));
        return List.copyOf(netted);
    }

    private static final BigDecimal CENT = new BigDecimal("0.01");

    /**
     * Lines priced with VAT in them under a subtotal printed without it, the total then moved by a
     * discount or a charge (a web shop's "Subtotal (excl. VAT)", "Discount", "VAT (23%)"): the lines
     * add up to the subtotal with one rate's VAT on it, not to the total. Each is taken net of that
     * rate, the cents of rounding put on the largest line so that the lines make the subtotal. Lines
     * that make the total are left to {@link #netOfVat}; lines that fit no rate, or more than one,
     * stay as printed.
     */
    static List<ExtractedInvoice.Line> grossOverSubtotal(List<ExtractedInvoice.Line> lines, BigDecimal net, BigDecimal gross) {
        if (lines.isEmpty() || net == null || net.signum() <= 0) {
            return lines;
        }
        BigDecimal sum = lines.stream().map(ExtractedInvoice.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(net) == 0 || gross != null && sum.compareTo(gross) == 0) {
            return lines;
        }
        BigDecimal tolerance = CENT.multiply(BigDecimal.valueOf(lines.size()));
        List<BigDecimal> fitting = VatRates.IRELAND_AND_UK.stream().filter(r -> r.signum() > 0)
                .filter(r -> net.multiply(BigDecimal.ONE.add(r)).setScale(2, RoundingMode.HALF_UP).subtract(sum).abs()
                        .compareTo(tolerance) <= 0)
                .toList();
        return fitting.size() == 1 ? netted(lines, net, l -> fitting.get(0)) : lines;
    }

    /** The lines and the subtotal once the totals block's charges are taken into account. */
    record Adjusted(List<ExtractedInvoice.Line> lines, BigDecimal net) {
    }

    /**
     * A VAT analysis's row, opening with a VAT word ("VAT @ 23%") or a rate on an amount ("23% on
     * 278.00"); not "Discount 10%", "Carbon tax", "VAT-free deposits" or "Settlement discount 2.5% on 400.00".
     */
    private static final Pattern VAT_ROW = Pattern.compile(
            "(?i)\\s*(?:(?:vat|tva|iva|mwst|btw|ust)\\b(?![\\s-]*(?:free|exempt|zero|excl|ex\\b|not\\b))|\\d+(?:[.,]\\d+)?\\s*%\\s*(?:on|@|of)\\s*[€£]?\\s*\\d)");

    /** A charge, discount or deposit printed in the totals block, with its label. */
    record Charge(String label, BigDecimal amount, float confidence) {
    }

    /**
     * The labelled amounts the reader found beside the totals but named none of them (Textract's
     * OTHER): candidates for a charge, discount or deposit. A credit note's, when only its total is
     * marked, are credited like its lines.
     */
    private static List<Charge> charges(List<ExpenseDocument> pages, boolean credited) {
        List<Charge> charges = new ArrayList<>();
        for (ExpenseDocument page : pages) {
            for (ExpenseField f : page.summaryFields()) {
                if (!"OTHER".equals(type(f)) || f.labelDetection() == null || f.labelDetection().text() == null
                        || text(f) == null || !PrintedValues.toTheCent(text(f))) {
                    continue;
                }
                BigDecimal amount = PrintedValues.amount(text(f)).orElse(null);
                if (amount != null && amount.signum() != 0) {
                    charges.add(new Charge(f.labelDetection().text().strip().replaceFirst("[:\\s]+$", ""),
                            credited && amount.signum() > 0 ? amount.negate() : amount, confidence(f)));
                }
            }
        }
        return charges;
    }

    /**
     * Charges, discounts and deposits printed in the totals block rather than as lines ("Carriage
     * £9.50", "Contract discount 10% -21.74", "Container deposits -30.00"): when the printed figures
     * do not add up as they stand, the one or two of them that make them add up, by one of three
     * arrangements. Between the lines and the subtotal (lines + charge = subtotal): the charge
     * becomes a line. Between the subtotal and the total (lines = subtotal, subtotal + charge + VAT
     * = total): a line, and part of what the VAT is reckoned on or, for a deposit, beside it, so the
     * subtotal takes it in. Already among the lines (lines = subtotal + deposits, lines + VAT =
     * total): the subtotal is the lines'. Two different sets that both fit, or none: as printed,
     * and the checks hold the invoice for a person. A charge that makes the figures add up is as
     * sure as the least sure of the subtotal, VAT and total it was checked against ({@code sums}),
     * however faintly it was read itself: a misread amount would not land on the sum.
     */
    static Adjusted withCharges(List<ExtractedInvoice.Line> lines, BigDecimal net, BigDecimal vat, BigDecimal gross,
            List<Charge> charges, float sums) {
        Adjusted asPrinted = new Adjusted(lines, net);
        // a VAT analysis's row ("23% on 278.00  63.94", "VAT 13.5%") is VAT, never a charge: taken for one,
        // it would book the VAT of a rate as a line the VAT read short is made up by
        charges = charges.stream().filter(c -> !VAT_ROW.matcher(c.label()).lookingAt()).toList();
        if (lines.isEmpty() || net == null || vat == null || gross == null || charges.isEmpty()) {
            return asPrinted;
        }
        BigDecimal sum = lines.stream().map(ExtractedInvoice.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(net) == 0 && net.add(vat).compareTo(gross) == 0) {
            return asPrinted;
        }
        List<List<Charge>> sets = new ArrayList<>();
        for (int i = 0; i < charges.size(); i++) {
            sets.add(List.of(charges.get(i)));
        }
        for (int i = 0; i < charges.size(); i++) {
            for (int j = i + 1; j < charges.size(); j++) {
                sets.add(List.of(charges.get(i), charges.get(j)));
            }
        }
        Adjusted found = null;
        int foundSize = 0;
        for (List<Charge> set : sets) {
            if (found != null && set.size() > foundSize) {
                break;
            }
            BigDecimal a = set.stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            Adjusted fits = null;
            if (sum.add(a).compareTo(net) == 0 && net.add(vat).compareTo(gross) == 0) {
                fits = new Adjusted(withLines(lines, set, sums), net);
            } else if (sum.compareTo(net) == 0 && net.add(a).add(vat).compareTo(gross) == 0) {
                fits = new Adjusted(withLines(lines, set, sums), net.add(a));
            } else if (sum.compareTo(net.add(a)) == 0 && sum.add(vat).compareTo(gross) == 0) {
                fits = new Adjusted(lines, sum);
            }
            if (fits != null) {
                if (found != null) {
                    // two sets of the same size fit: which is the charge is not known
                    return asPrinted;
                }
                found = fits;
                foundSize = set.size();
            }
        }
        return found == null ? asPrinted : found;
    }

    private static List<ExtractedInvoice.Line> withLines(List<ExtractedInvoice.Line> lines, List<Charge> charges,
            float sums) {
        List<ExtractedInvoice.Line> out = new ArrayList<>(lines);
        for (Charge c : charges) {
            out.add(new ExtractedInvoice.Line(out.size() + 1, c.label(), null, null, null, c.amount(),
                    Math.max(c.confidence(), sums)));
        }
        return List.copyOf(out);
    }

    private static BigDecimal negate(BigDecimal v) {
        return v == null ? null : v.negate();
    }
}
