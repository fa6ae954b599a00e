package io.barback.textract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.barback.documents.PrintedValues;
import io.barback.textract.ExpenseModel.ExpenseDetection;
import io.barback.textract.ExpenseModel.ExpenseDocument;
import io.barback.textract.ExpenseModel.ExpenseField;
import io.barback.textract.ExpenseModel.ExpenseType;
import io.barback.textract.ExpenseModel.Geometry;
import io.barback.textract.ExpenseModel.LineItemFields;
import io.barback.textract.ExpenseModel.LineItemGroup;
import io.barback.textract.Labels.Kind;
import io.barback.textract.Labels.Match;
import io.barback.textract.Layout.Row;
import io.barback.textract.Layout.Segment;
import io.barback.textract.LineItemTable.Cell;
import io.barback.textract.LineItemTable.Column;
import io.barback.textract.LineItemTable.Item;
import io.barback.textract.LineItemTable.Table;

/**
 * Key-information extraction from a page's layout, as AnalyzeExpense does it: labels and their
 * values by position (same line, or underneath), the supplier as the most prominent name at the
 * top outside the "Bill to / Deliver to" blocks, the line items by column alignment, and the
 * totals chosen so that subtotal + VAT = total agrees. Each value's confidence is the OCR
 * certainty of its words, lowered when the value was guessed or the arithmetic does not agree.
 */
final class ExpenseExtractor {

    private static final Pattern TITLE = Pattern.compile(
            "(?i)^(tax\\s+|sales\\s+|vat\\s+)?(invoice|credit\\s*note|statement|receipt|pro\\s*-?forma|delivery\\s+(note|docket)|"
                    + "page\\b|original|copy|duplicate|continued|invoice\\s*/\\s*credit).*");
    /** A legal form closing a name, in the forms of Ireland, the UK and the EU: what any company's name may end with. */
    private static final String LEGAL_FORM_WORDS = "(ltd|limited|unlimited company|designated activity company|dac|plc|llp|llc|"
            + "inc|teoranta|teo|clg|uc|gmbh|ag|kg|sarl|sas|sa|srl|spa|bv|nv|ab|oy|as|aps|& co|and co|co)";
    private static final Pattern LEGAL_FORM = Pattern.compile("(?i).*\\b" + LEGAL_FORM_WORDS + "\\.?\\s*$");
    private static final Pattern WEB_OR_MAIL = Pattern.compile("(?i)(?:@|www\\.|https?://)([a-z0-9-]+)\\.");
    private static final Pattern EIRCODE = Pattern.compile("\\b[AC-FHKNPRTV-Y]\\d{2}\\s?[0-9AC-FHKNPRTV-Y]{4}\\b");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b");
    private static final Pattern STREET = Pattern.compile(
            "(?i)\\b(road|rd|street|st|lane|ln|avenue|ave|park|estate|quay|square|sq|place|terrace|way|court|"
                    + "business|industrial|unit|co\\.|county|dublin|cork|galway|limerick|waterford|kilkenny|belfast|"
                    + "ireland|house|harbour|main|bridge|centre|center)\\b");
    private static final Pattern BARE_LABEL = Pattern.compile("(?i)(no|nr|number)\\.?:?");
    private static final Pattern LIST_MARK = Pattern.compile("[·•|]|\\s[-–]\\s");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)of|the|and|on|upon|de|la|le|na|an|am|an der");
    private static final Pattern CONTACT = Pattern.compile(
            "(?i).*(@|www\\.|https?:|\\btel\\b|\\bphone\\b|\\bph\\b|\\bfax\\b|\\bmob\\b|\\bt:|\\be:|\\bw:|\\bvat\\b|"
                    + "\\biban\\b|\\bbic\\b|\\breg(istered)?\\b|\\bcompany\\b\\s+no|\\bemail\\b).*");

    /** A value found for a field: its text, where it is, the label it came from, and how sure we are. */
    record Found(String text, float left, float top, float right, float bottom, float confidence,
            Segment label, String labelText) {

        /** The value's confidence is its words' mean certainty (one doubtful letter does not make a name doubtful), times the factor. */
        static Found of(String text, Segment value, float factor, Segment label, String labelText) {
            float mean = (float) value.words().stream().mapToDouble(Word::confidence).average().orElse(0);
            return new Found(text, value.left(), value.top(), value.right(), value.bottom(), mean * factor, label,
                    labelText);
        }

        static Found ofWords(String text, List<Word> words, float factor, Segment label, String labelText) {
            return of(text, Segment.of(words), factor, label, labelText);
        }
    }

    private ExpenseExtractor() {
    }

    static ExpenseDocument extract(PageText page, int pageNumber) {
        List<Row> rows = page.rows();
        Optional<Table> table = LineItemTable.find(rows, page.aspect());
        if (table.map(t -> t.items().isEmpty()).orElse(true)) {
            // no header over the items: a receipt's "quantity @ price  amount" rows, if there are any
            Optional<Table> unheaded = LineItemTable.findUnheaded(rows);
            if (unheaded.isPresent()) {
                table = unheaded;
            }
        }
        Set<Segment> tableSegments = new HashSet<>();
        table.ifPresent(t -> {
            if (t.header() != null) {
                tableSegments.addAll(t.header().segments());
            }
            t.items().forEach(i -> tableSegments.addAll(i.row().segments()));
        });

        List<Match> labels = new ArrayList<>();
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                if (tableSegments.contains(s)) {
                    continue;
                }
                Match m = Labels.match(s);
                if (m != null) {
                    labels.add(m);
                }
            }
        }
        Set<Segment> receiverBlock = new HashSet<>();
        Map<String, Found> fields = new java.util.LinkedHashMap<>();

        receiver(rows, labels, receiverBlock).ifPresent(f -> fields.put("RECEIVER_NAME", f));
        labelled(rows, labels, Kind.INVOICE_ID, ExpenseExtractor::asInvoiceId).map(ExpenseExtractor::numberSign)
                .ifPresent(f -> fields.put("INVOICE_RECEIPT_ID", f));
        labelled(rows, labels, Kind.INVOICE_DATE, ExpenseExtractor::asDate).ifPresent(f -> fields.put("INVOICE_RECEIPT_DATE", f));
        Optional<Found> due = labelled(rows, labels, Kind.DUE_DATE, ExpenseExtractor::asDate);
        if (due.isEmpty()) {
            due = dueInSentence(rows, tableSegments);
        }
        due.ifPresent(f -> fields.put("DUE_DATE", f));
        labelled(rows, labels, Kind.PO_NUMBER, ExpenseExtractor::asReference).map(ExpenseExtractor::numberSign)
                .ifPresent(f -> fields.put("PO_NUMBER", f));
        Optional<Found> vendor = vendorName(rows, receiverBlock, tableSegments);
        vendor.ifPresent(f -> fields.put("VENDOR_NAME", f));
        vendor.flatMap(v -> vendorAddress(rows, v, receiverBlock, tableSegments)).ifPresent(f -> fields.put("VENDOR_ADDRESS", f));
        vendorVatNumber(rows, receiverBlock).ifPresent(f -> fields.put("VENDOR_VAT_NUMBER", f));

        List<Item> items = table.map(Table::items).orElse(List.of());
        Totals.choose(rows, labels, items).forEach(fields::put);

        List<ExpenseField> summary = new ArrayList<>();
        String currency = currencyOf(page.words());
        for (var e : fields.entrySet()) {
            summary.add(field(e.getKey(), e.getValue(), pageNumber, currency));
        }
        List<LineItemFields> lineItems = new ArrayList<>();
        // lines that add up to the page's subtotal are confirmed; lines on a page with no totals
        // (page 1 of 2) cannot be checked here; lines that do not add up are doubtful
        boolean checkable = fields.containsKey("SUBTOTAL") || fields.containsKey("TOTAL");
        float itemFactor = Totals.itemsAgree(fields, items) ? 1f : checkable ? 0.7f : 0.9f;
        for (Item item : items) {
            lineItems.add(lineItem(item, pageNumber, itemFactor));
        }
        List<LineItemGroup> groups = lineItems.isEmpty() ? List.of() : List.of(new LineItemGroup(1, lineItems));
        return new ExpenseDocument(pageNumber, summary, groups, Blocks.of(rows, pageNumber));
    }

    // ---- labelled values -------------------------------------------------------------------

    /** The best value of the fields named by {@code kind}: to the right of its label, else underneath. */
    static Optional<Found> labelled(List<Row> rows, List<Match> labels, Kind kind,
            java.util.function.Function<String, Optional<String>> validate) {
        // a label that names the field ("Invoice No") before a bare "No." that could be anything's number
        for (boolean bare : new boolean[] {false, true}) {
            for (Match m : labels) {
                if (m.kind() != kind || bare != BARE_LABEL.matcher(m.labelText().strip()).matches()) {
                    continue;
                }
                Optional<Found> f = valueOf(rows, m, validate);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Found> valueOf(List<Row> rows, Match m, java.util.function.Function<String, Optional<String>> validate) {
        Segment label = m.segment();
        String rest = m.remainder();
        if (!rest.isEmpty()) {
            Optional<String> v = validate.apply(rest);
            if (v.isPresent()) {
                return Optional.of(Found.ofWords(v.get(), m.remainderWords(), 1f, label, m.labelText()));
            }
            if (m.valueMustFollowInSegment()) {
                return Optional.empty();
            }
        }
        if (m.valueMustFollowInSegment()) {
            return Optional.empty();
        }
        Row row = rowOf(rows, label);
        int at = row.segments().indexOf(label);
        if (at + 1 < row.segments().size()) {
            Segment next = row.segments().get(at + 1);
            if (next.left() - label.right() < 0.35f && !Labels.isOnlyLabel(next)) {
                Optional<String> v = validate.apply(next.text());
                if (v.isPresent()) {
                    return Optional.of(Found.of(v.get(), next, 1f, label, m.labelText()));
                }
            }
        }
        // the label's column runs to the next thing printed on its row: a value may sit anywhere in it
        float columnEnd = at + 1 < row.segments().size() ? row.segments().get(at + 1).left() - 0.005f : label.right() + 0.01f;
        for (int r = row.index() + 1; r < rows.size() && r <= row.index() + 2; r++) {
            Row below = rows.get(r);
            if (below.top() - row.bottom() > 3.5f * (row.bottom() - row.top()) * (r - row.index())) {
                break;
            }
            for (Segment s : below.segments()) {
                boolean under = s.overlapX(label.left() - 0.01f, label.right() + 0.01f) > 0
                        || (s.left() < label.right() && s.right() > label.left())
                        || (s.left() >= label.left() - 0.01f && s.right() <= columnEnd);
                if (!under || Labels.isOnlyLabel(s)) {
                    continue;
                }
                Optional<String> v = validate.apply(s.text());
                if (v.isPresent()) {
                    return Optional.of(Found.of(v.get(), s, 0.97f, label, m.labelText()));
                }
                break;
            }
        }
        return Optional.empty();
    }

    static Row rowOf(List<Row> rows, Segment s) {
        for (Row r : rows) {
            if (r.segments().contains(s)) {
                return r;
            }
        }
        throw new IllegalStateException("segment without a row");
    }

    /**
     * "Invoice #1258": after a label that does not say "number", the sign is the label's; after
     * "Invoice No." a "#81268" is the number as the supplier prints it, and kept whole.
     */
    private static Found numberSign(Found f) {
        if (!f.text().startsWith("#") || f.labelText() == null
                || f.labelText().toLowerCase(Locale.ROOT).matches("(?s).*\\b(no|nr|number|num)\\b.*|.*#.*")) {
            return f;
        }
        return new Found(f.text().substring(1).strip(), f.left(), f.top(), f.right(), f.bottom(), f.confidence(),
                f.label(), f.labelText());
    }

    private static Optional<String> asInvoiceId(String text) {
        String t = text.strip();
        String first = t.split("\\s+")[0];
        String candidate = t.split("\\s+").length <= 2 && t.length() <= 24 ? t : first;
        candidate = candidate.replaceFirst("^(?i)(no|nr)[.:]?\\s+", "").replaceFirst("^(?i)(no|nr)[.:]\\s*", "");
        if (candidate.matches("#\\s+.*")) {
            candidate = candidate.substring(1).strip();
        }
        if (!candidate.chars().anyMatch(Character::isDigit) || candidate.length() > 24
                || PrintedValues.date(candidate).isPresent() || PrintedValues.amount(candidate).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    private static Optional<String> asReference(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 30 || PrintedValues.date(t).isPresent()
                || PrintedValues.amount(t).isPresent() || !t.chars().anyMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        String[] words = t.split("\\s+");
        return Optional.of(words.length <= 2 ? t : words[0]);
    }

    private static Optional<String> asDate(String text) {
        return PrintedValues.date(text).isPresent() ? Optional.of(text.strip()) : Optional.empty();
    }

    private static Optional<String> asName(String text) {
        String t = text.strip();
        long letters = t.chars().filter(Character::isLetter).count();
        if (letters < 2 || Labels.isOnlyLabel(Segment.of(List.of(new Word(t, 0, 0, 0, 0, 100))))) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /** "Terms: 30 days, due 03/12/2026": a due date inside a sentence rather than after its own label. */
    private static Optional<Found> dueInSentence(List<Row> rows, Set<Segment> table) {
        Pattern due = Pattern.compile("(?i)\\b(due|pay(able)? by|payment by)\\b");
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                if (table.contains(s)) {
                    continue;
                }
                Matcher m = due.matcher(s.text());
                if (m.find()) {
                    String after = s.text().substring(m.end());
                    Optional<java.time.LocalDate> d = PrintedValues.date(after);
                    if (d.isPresent()) {
                        return Optional.of(Found.of(after.replaceFirst("^[\\s:,-]+", "").strip(), s, 0.9f, s,
                                s.text().substring(0, m.end())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ---- parties ---------------------------------------------------------------------------

    /** The customer's name from the "Bill to" block (or "Deliver to" when there is none); marks both blocks. */
    private static Optional<Found> receiver(List<Row> rows, List<Match> labels, Set<Segment> block) {
        Optional<Found> billTo = Optional.empty();
        Optional<Found> shipTo = Optional.empty();
        for (Match m : labels) {
            if (m.kind() != Kind.BILL_TO && m.kind() != Kind.SHIP_TO) {
                continue;
            }
            Optional<Found> name = valueOf(rows, m, ExpenseExtractor::asName);
            markBlock(rows, m.segment(), block);
            if (m.kind() == Kind.BILL_TO && billTo.isEmpty()) {
                billTo = name;
            } else if (m.kind() == Kind.SHIP_TO && shipTo.isEmpty()) {
                shipTo = name;
            }
        }
        return billTo.isPresent() ? billTo : shipTo.map(f -> new Found(f.text(), f.left(), f.top(), f.right(),
                f.bottom(), f.confidence() * 0.9f, f.label(), f.labelText()));
    }

    /** The block under a party label: the label and the lines aligned under it until a gap. */
    private static void markBlock(List<Row> rows, Segment label, Set<Segment> block) {
        block.add(label);
        Row row = rowOf(rows, label);
        int at = row.segments().indexOf(label);
        if (at + 1 < row.segments().size()) {
            Segment next = row.segments().get(at + 1);
            if (next.left() - label.right() < 0.2f) {
                block.add(next);
            }
        }
        float left = label.left() - 0.02f;
        float bottom = row.bottom();
        float lineHeight = row.bottom() - row.top();
        for (int r = row.index() + 1; r < rows.size() && r <= row.index() + 7; r++) {
            Row below = rows.get(r);
            if (below.top() - bottom > 1.8f * lineHeight) {
                break;
            }
            boolean any = false;
            for (Segment s : below.segments()) {
                if (s.left() >= left && s.left() < label.left() + 0.05f) {
                    if (Labels.match(s) != null && Labels.match(s).kind() != Kind.OTHER
                            && Labels.match(s).kind() != Kind.VAT_NUMBER) {
                        return;
                    }
                    block.add(s);
                    any = true;
                }
            }
            if (!any) {
                return;
            }
            bottom = below.bottom();
        }
    }

    /**
     * The supplier: the most prominent name in the top of the page that is no title, label or
     * customer. Sure of it when it stands out (clearly the largest, or the only name at the very
     * top), or when the page confirms it: a legal form closing it, the same name printed again
     * (a footer, "payable to"), or a web or mail domain spelt like it. Two names of the same
     * prominence and nothing to confirm either is a doubt for a person.
     */
    private static Optional<Found> vendorName(List<Row> rows, Set<Segment> receiver, Set<Segment> table) {
        Segment best = null;
        double bestScore = 0;
        double runnerUp = 0;
        float top = rows.isEmpty() ? 0 : rows.get(0).top();
        for (Row row : rows) {
            if (row.top() - top > 0.33f) {
                break;
            }
            for (Segment s : row.segments()) {
                if (receiver.contains(s) || table.contains(s) || !looksLikeName(s.text()) || meanConfidence(s) < 50) {
                    continue;
                }
                Match m = Labels.match(s);
                if (m != null) {
                    continue;
                }
                double score = Layout.medianHeight(s.words()) * Math.min(1, meanConfidence(s) / 90);
                if (LEGAL_FORM.matcher(s.text()).matches()) {
                    score *= 1.2;
                }
                if (row.top() - top < 0.12f) {
                    score *= 1.15;
                }
                if (score > bestScore) {
                    runnerUp = bestScore;
                    bestScore = score;
                    best = s;
                } else if (score > runnerUp) {
                    runnerUp = score;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Optional<Found> legal = legalName(best, rows);
        if (legal.isPresent()) {
            return legal;
        }
        boolean standsOut = bestScore >= 1.3 * runnerUp;
        float factor = standsOut || LEGAL_FORM.matcher(best.text()).matches() || confirmed(best, rows) ? 1f : 0.75f;
        return Optional.of(Found.of(best.text(), best, factor, null, null));
    }

    /**
     * The supplier's full legal name when the letterhead prints a shorter one: a name printed
     * elsewhere on the page (the imprint, "payable to") that begins with the letterhead's words
     * and closes with a legal form ("COLDSTREAM" and "Coldstream Equipment Hire Ltd"), or the
     * letterhead's next line closing the name ("COOLRAIN" over "REFRIGERATION LTD").
     */
    private static Optional<Found> legalName(Segment name, List<Row> rows) {
        if (LEGAL_FORM.matcher(name.text()).matches()) {
            return Optional.empty();
        }
        String letterhead = name.text().strip();
        // the name and its legal form with nothing between that ends a name ("·", ","); a legal form
        // set off by a dash ("Domaine Laurent Frères - SAS") closes the name without being part of it.
        // The name as OCR may misread it a second time (l for i, 0 for O).
        Pattern full = Pattern.compile("(?i)(?<![\\p{L}])(" + ocrTolerant(letterhead)
                + ")(\\b(?:(?!\\s[-–]\\s)[^·•|,;:()]){0,60}?)(\\s[-–]\\s)?\\b" + LEGAL_FORM_WORDS + "\\.?(?![\\p{L}])");
        Row nameRow = rowOf(rows, name);
        // the name broken over the next lines of the letterhead ("COOLRAIN" / "REFRIGERATION LTD")
        String joined = letterhead;
        float bottom = name.bottom();
        float confidence = meanConfidence(name);
        for (int r = nameRow.index() + 1; r < rows.size() && r <= nameRow.index() + 2; r++) {
            Segment next = null;
            for (Segment s : rows.get(r).segments()) {
                boolean aligned = Math.abs(s.left() - name.left()) < 0.02f || Math.abs(s.centerX() - name.centerX()) < 0.02f;
                if (aligned && s.top() - bottom < 1.5f * name.height() && s.words().size() <= 4
                        && s.text().chars().noneMatch(Character::isDigit)) {
                    next = s;
                }
            }
            if (next == null) {
                break;
            }
            joined = joined + " " + next.text().strip();
            bottom = next.bottom();
            confidence = Math.min(confidence, meanConfidence(next));
            if (LEGAL_FORM.matcher(joined).matches()) {
                return Optional.of(at(name, joined, confidence));
            }
        }
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                if (s == name) {
                    continue;
                }
                Matcher m = full.matcher(s.text());
                if (m.find()) {
                    // the imprint's spelling ("Coldstream" for a "COLDSTREAM" logo), unless it reads the
                    // name's letters differently from the letterhead (OCR read one of them wrong)
                    String imprinted = m.group(1).equalsIgnoreCase(letterhead) ? m.group(1) : letterhead;
                    String rest = s.text().substring(m.end(1), m.group(3) != null ? m.end(2) : m.end(4));
                    return Optional.of(at(name, (imprinted + rest).strip(), Math.min(meanConfidence(name), meanConfidence(s))));
                }
            }
        }
        return Optional.empty();
    }

    /** A pattern for the text that also takes the letters OCR confuses (l, i, 1, |; o, 0) for one another. */
    private static String ocrTolerant(String text) {
        StringBuilder p = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("lLiI1|".indexOf(c) >= 0) {
                p.append("[lLiI1|]");
            } else if ("oO0".indexOf(c) >= 0) {
                p.append("[oO0]");
            } else if (Character.isWhitespace(c)) {
                p.append("\\s+");
            } else {
                p.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return p.toString();
    }

    /** The full name, placed where the letterhead prints it (the supplier's address is looked for around it). */
    private static Found at(Segment letterhead, String text, float confidence) {
        return new Found(text, letterhead.left(), letterhead.top(), letterhead.right(), letterhead.bottom(), confidence,
                null, null);
    }

    /** Whether the page names this supplier a second time: the name again elsewhere, or a domain spelt like it. */
    private static boolean confirmed(Segment name, List<Row> rows) {
        String letters = lettersOf(name.text());
        String firstWord = lettersOf(name.text().strip().split("\\s+")[0]);
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                if (s == name) {
                    continue;
                }
                if (letters.length() >= 4 && lettersOf(s.text()).contains(letters)) {
                    return true;
                }
                Matcher m = WEB_OR_MAIL.matcher(s.text());
                while (m.find()) {
                    String domain = lettersOf(m.group(1));
                    if (domain.length() >= 4 && (letters.startsWith(domain) || firstWord.length() >= 4 && domain.startsWith(firstWord))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String lettersOf(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static float meanConfidence(Segment s) {
        return (float) s.words().stream().mapToDouble(Word::confidence).average().orElse(0);
    }

    private static boolean looksLikeName(String text) {
        String t = text.strip();
        long letters = t.chars().filter(Character::isLetter).count();
        long digits = t.chars().filter(Character::isDigit).count();
        // one long run of capitals with no space is a barcode or a banner misread, not a name
        boolean run = !t.contains(" ") && t.length() > 15;
        return letters >= 3 && digits * 3 < letters && !run && !TITLE.matcher(t).matches()
                && !CONTACT.matcher(t).matches();
    }

    /**
     * The supplier's address: the block of aligned lines in the letterhead nearest the supplier's
     * name that reads like an address (a street, a town, an Eircode), without a tagline above it
     * and without the phone and e-mail lines below it.
     */
    private static Optional<Found> vendorAddress(List<Row> rows, Found vendor, Set<Segment> receiver,
            Set<Segment> table) {
        Segment name = null;
        Row nameRow = null;
        for (Row r : rows) {
            for (Segment s : r.segments()) {
                if (s.left() == vendor.left() && s.top() == vendor.top()) {
                    name = s;
                    nameRow = r;
                }
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        List<List<Segment>> blocks = new ArrayList<>();
        Set<Segment> values = labelledValues(rows);
        for (Row row : rows) {
            if (row.top() - nameRow.top() > 0.25f) {
                break;
            }
            for (Segment s : row.segments()) {
                if (s == name || receiver.contains(s) || table.contains(s) || values.contains(s)
                        || Labels.match(s) != null || TITLE.matcher(s.text()).matches()
                        || CONTACT.matcher(s.text()).matches()) {
                    continue;
                }
                List<Segment> block = blockFor(blocks, s, rows);
                block.add(s);
            }
        }
        List<Segment> best = null;
        double bestScore = 0;
        for (List<Segment> block : blocks) {
            List<Segment> trimmed = trimToAddress(block);
            double cues = 0;
            for (Segment x : trimmed) {
                String t = x.text();
                cues += EIRCODE.matcher(t).find() || POSTCODE.matcher(t).find() ? 3
                        : STREET.matcher(t).find() ? 1 : t.chars().anyMatch(Character::isDigit) ? 0.3 : 0;
            }
            if (cues < 1) {
                continue;
            }
            float distance = Math.min(Math.abs(trimmed.get(0).top() - name.bottom()),
                    Math.abs(trimmed.get(trimmed.size() - 1).bottom() - name.top()));
            double score = cues + trimmed.size() * 0.3 - distance * 20;
            if (score > bestScore) {
                bestScore = score;
                best = trimmed;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Segment s : best) {
            words.addAll(s.words());
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(s.text());
        }
        return Optional.of(Found.ofWords(text.toString(), words, 0.95f, null, null));
    }

    /** Segments that are a label's value: right of a label on its row, or right under a label standing alone. */
    private static Set<Segment> labelledValues(List<Row> rows) {
        Set<Segment> values = new HashSet<>();
        for (Row row : rows) {
            List<Segment> segments = row.segments();
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                if (!Labels.isOnlyLabel(s)) {
                    continue;
                }
                if (i + 1 < segments.size()) {
                    values.add(segments.get(i + 1));
                }
                if (row.index() + 1 < rows.size()) {
                    for (Segment below : rows.get(row.index() + 1).segments()) {
                        if (below.left() < s.right() && below.right() > s.left()) {
                            values.add(below);
                        }
                    }
                }
            }
        }
        return values;
    }

    /** The block this segment continues: aligned (left, right or centre) with a block's last line, just above it. */
    private static List<Segment> blockFor(List<List<Segment>> blocks, Segment s, List<Row> rows) {
        for (List<Segment> block : blocks) {
            Segment last = block.get(block.size() - 1);
            float gap = s.top() - last.bottom();
            boolean aligned = Math.abs(s.left() - last.left()) < 0.012f || Math.abs(s.right() - last.right()) < 0.012f
                    || Math.abs(s.centerX() - last.centerX()) < 0.012f;
            if (aligned && gap > -0.002f && gap < 1.2f * Math.max(s.height(), last.height())) {
                return block;
            }
        }
        List<Segment> block = new ArrayList<>();
        blocks.add(block);
        return block;
    }

    /**
     * Drops the lines above the address that carry nothing of one (a slogan, a trade
     * description: no street word, postcode or number other than a year) and anything after the
     * postcode.
     */
    private static List<Segment> trimToAddress(List<Segment> block) {
        int from = 0;
        while (from < block.size() - 1 && !addressLike(block.get(from).text())) {
            from++;
        }
        int to = block.size();
        for (int i = from; i < block.size(); i++) {
            if (EIRCODE.matcher(block.get(i).text()).find() || POSTCODE.matcher(block.get(i).text()).find()) {
                to = i + 1;
                break;
            }
        }
        return block.subList(from, to);
    }

    /**
     * A line of an address: a street word, a postcode or a house number, or a short name in
     * capitals with nothing of a sentence or a list about it (a building: "The Old Mill"). A
     * slogan is written as a sentence ("Wine importers since 1962") or a list ("Mixers · Juices"),
     * or dates the firm ("Est. 2012").
     */
    private static boolean addressLike(String line) {
        if (EIRCODE.matcher(line).find() || POSTCODE.matcher(line).find() || STREET.matcher(line).find()) {
            return true;
        }
        String withoutYears = line.replaceAll("\\b(1[89]|20)\\d{2}\\b", "");
        if (withoutYears.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        if (!withoutYears.equals(line)) {
            // a year and no other number: "Est. 2012" is history, not a place
            return false;
        }
        String[] words = line.strip().split("\\s+");
        if (words.length > 5 || LIST_MARK.matcher(line).find()) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
                    && !CONNECTOR.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The supplier's VAT number: a VAT-shaped number outside the customer's block, a labelled one
     * first; one that fails its country's check rule is reported with little confidence.
     */
    private static Optional<Found> vendorVatNumber(List<Row> rows, Set<Segment> receiver) {
        Found best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                for (VatNumbers.Found v : VatNumbers.in(s.text())) {
                    int score = v.checked() ? 1 : 0;
                    String before = (row.text().substring(0, Math.max(0, row.text().indexOf(s.text())))
                            + s.text().substring(0, v.start())).toLowerCase(Locale.ROOT);
                    boolean labelled = before.matches("(?s).*\\b(vat|tax|ust|tva|btw|iva|moms|mwst)\\b.*");
                    if (!labelled && !VatNumbers.hasRule(v.number())) {
                        // a country prefix and digits with neither a label nor a check is anything at all
                        continue;
                    }
                    if (labelled) {
                        score += 2;
                    }
                    if (receiver.contains(s) || before.contains("customer") || before.contains("your")) {
                        score -= 5;
                    }
                    if (score > bestScore) {
                        bestScore = score;
                        float factor = (score >= 2 ? 1f : 0.85f) * (v.checked() ? 1f : 0.6f);
                        best = Found.of(v.number(), s, factor, null, null);
                    }
                }
            }
        }
        return bestScore < 0 ? Optional.empty() : Optional.ofNullable(best);
    }

    private static String currencyOf(List<Word> words) {
        for (Word w : words) {
            if (w.text().contains("€") || w.text().equalsIgnoreCase("EUR")) {
                return "EUR";
            }
        }
        for (Word w : words) {
            if (w.text().contains("£") || w.text().equalsIgnoreCase("GBP")) {
                return "GBP";
            }
        }
        return null;
    }

    // ---- output ----------------------------------------------------------------------------

    private static ExpenseField field(String type, Found f, int page, String currency) {
        ExpenseDetection label = f.labelText() == null ? null
                : new ExpenseDetection(f.labelText(), geometry(f.label()), f.label().confidence());
        ExpenseDetection value = new ExpenseDetection(f.text(),
                Geometry.of(f.left(), f.top(), f.right() - f.left(), f.bottom() - f.top()), round(f.confidence()));
        boolean money = switch (type) {
            case "SUBTOTAL", "TAX", "TOTAL", "AMOUNT_DUE" -> true;
            default -> false;
        };
        return new ExpenseField(new ExpenseType(type, round(f.confidence())), label, value, page,
                money && currency != null ? new ExpenseModel.ExpenseCurrency(currency, 90f) : null, null);
    }

    private static LineItemFields lineItem(Item item, int page, float factor) {
        List<ExpenseField> fields = new ArrayList<>();
        Map<Column, String> types = new EnumMap<>(Column.class);
        types.put(Column.DESCRIPTION, "ITEM");
        types.put(Column.CODE, "PRODUCT_CODE");
        types.put(Column.QUANTITY, "QUANTITY");
        types.put(Column.UNIT_PRICE, "UNIT_PRICE");
        types.put(Column.AMOUNT, "PRICE");
        boolean hasQuantityColumn = item.cells().containsKey(Column.QUANTITY) || item.quantityColumn();
        for (var e : types.entrySet()) {
            Cell cell = item.cells().get(e.getKey());
            if (e.getKey() == Column.QUANTITY && hasQuantityColumn
                    && (cell == null || PrintedValues.number(cell.text()).isEmpty())) {
                cell = guessedQuantity(item, cell);
            }
            if (cell == null) {
                continue;
            }
            float confidence = round(cell.confidence() * factor);
            fields.add(new ExpenseField(new ExpenseType(e.getValue(), confidence),
                    cell.header() == null ? null : new ExpenseDetection(cell.header(), null, 99f),
                    new ExpenseDetection(cell.text(), Geometry.of(cell.left(), cell.top(), cell.right() - cell.left(),
                            cell.bottom() - cell.top()), confidence), page, null, null));
        }
        Row row = item.row();
        float confidence = round(row.segments().stream().map(Segment::confidence).min(Float::compare).orElse(0f) * factor);
        fields.add(new ExpenseField(new ExpenseType("EXPENSE_ROW", confidence), null,
                new ExpenseDetection(row.text(), Geometry.of(row.segments().get(0).left(), row.top(),
                        row.segments().get(row.segments().size() - 1).right() - row.segments().get(0).left(),
                        row.bottom() - row.top()), confidence), page, null, null));
        return new LineItemFields(fields);
    }

    /** A quantity worked out from the prices, with the low confidence of a guess; null when none can be. */
    private static Cell guessedQuantity(Item item, Cell misread) {
        Optional<BigDecimal> q = LineItemTable.inferredQuantity(item.cells());
        if (q.isEmpty()) {
            return misread;
        }
        Cell price = item.cells().get(Column.UNIT_PRICE);
        Cell at = misread != null ? misread : price;
        return new Cell(q.get().toPlainString(), at.left(), at.top(), at.right(), at.bottom(), 40f,
                misread != null ? misread.header() : null);
    }

    private static Geometry geometry(Segment s) {
        return Geometry.of(s.left(), s.top(), s.right() - s.left(), s.bottom() - s.top());
    }

    static float round(float confidence) {
        return Math.round(Math.max(0, Math.min(100, confidence)) * 1000f) / 1000f;
    }
}
