package io.barback.textract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

    // Positions are fractions of the page's width and height; confidences are percentages, and a
    // factor multiplies the certainty of the words a value was read from.
    /** The widest gap between a label and a value to its right on the same row. */
    private static final float MAX_LABEL_GAP = 0.35f;
    /** How far a value under a label may stick out of the label's column. */
    private static final float COLUMN_MARGIN = 0.01f;
    /** A number marked as one by a sign before it: "# INV-03553", "No. 4471", "Nº 88". */
    private static final Pattern NUMBER_MARK = Pattern.compile("(?i)\\s*(?:#|n[oº°][.:]?(?=[\\s\\d#:]))\\s*:?\\s*(\\S.*)");
    /** How many rows under a label its value may be, each at most this many row heights below the last. */
    private static final int ROWS_UNDER_LABEL = 2;
    private static final float MAX_GAP_UNDER_LABEL = 3.5f;
    /** Invoice numbers are short; references (PO numbers) a little longer. */
    private static final int MAX_NUMBER_LENGTH = 24;
    private static final int MAX_REFERENCE_LENGTH = 30;
    /** A value under its label is nearly as sure as one beside it; a date inside a sentence less so. */
    private static final float UNDER_LABEL = 0.97f;
    private static final float IN_SENTENCE = 0.9f;
    /** Line items whose amounts do not add up to the page's totals, and items on a page without totals. */
    private static final float ITEMS_DISAGREE = 0.7f;
    private static final float ITEMS_UNCHECKED = 0.9f;
    /** The currency is read from symbols and codes, the column names from the header row: near certain. */
    private static final float CURRENCY_CONFIDENCE = 90f;
    private static final float HEADER_CONFIDENCE = 99f;
    /** A line figure worked out from the others rather than read: below the review threshold on its own. */
    static final float GUESSED_FIGURE_CONFIDENCE = 40f;
    /**
     * A whole quantity worked out from the prices where the OCR saw nothing in the cell, or as many
     * marks as the number has digits ("a" for a 1): the arithmetic says what the mark is. Above a
     * guess, below a reading: it goes into the books only when the lines add up to a total that adds up.
     */
    static final float CORROBORATED_FIGURE_CONFIDENCE = 60f;

    private static final Pattern BARE_LABEL = Pattern.compile(
            "(?i)(no|nr|number|ref|reference|ref no|reference no|our ref|our reference|n\\.?[º°]|numero|número)\\.?:?");
    /** A bare reference that only a value beside it can belong to: under it, a column's title is over its entries. */
    private static final Pattern REFERENCE_LABEL = Pattern.compile("(?i)(our )?ref(erence)?( no)?\\.?:?");
    /** The invoice's date said after its number: "Facture n° 562044387 du 02 Juillet 2015", "Invoice 4711 dated 3 May 2026". */
    private static final Pattern DATE_AFTER_NUMBER = Pattern.compile(
            "(?i)\\S*\\d\\S*\\s+(?:dated|of|du|vom|van|del|de|date|datum)\\s*:?\\s+(.+)");

    /** A value found for a field: its text, where it is, the label it came from, and how sure we are. */
    record Found(String text, float left, float top, float right, float bottom, float confidence,
            Segment label, String labelText) {

        /**
         * The value's confidence is its words' mean certainty (one doubtful letter does not make a
         * name doubtful), times the factor: the words the value is made of, not a mark OCR read
         * beside it and the value left out ("=" before "SB-2610-00106").
         */
        static Found of(String text, Segment value, float factor, Segment label, String labelText) {
            List<Word> own = value.words().stream().filter(w -> !w.text().isBlank() && text.contains(w.text().strip()))
                    .toList();
            float mean = (float) (own.isEmpty() ? value.words() : own).stream().mapToDouble(Word::confidence)
                    .average().orElse(0);
            return new Found(text, value.left(), value.top(), value.right(), value.bottom(), mean * factor, label,
                    labelText);
        }

        static Found ofWords(String text, List<Word> words, float factor, Segment label, String labelText) {
            return of(text, Segment.of(words), factor, label, labelText);
        }

        /** The same value, where it is and from the same label, with this confidence. */
        Found withConfidence(float sure) {
            return new Found(text, left, top, right, bottom, sure, label, labelText);
        }

        /** The same value with this text. */
        Found withText(String printed) {
            return new Found(printed, left, top, right, bottom, confidence, label, labelText);
        }
    }

    private ExpenseExtractor() {
    }

    static ExpenseDocument extract(PageText page, int pageNumber) {
        List<Row> rows = CentColumns.joined(page.rows());
        Optional<Table> table = LineItemTable.find(rows, page.aspect());
        // a receipt's "quantity @ price  amount" rows: where no header is over the items, or where the
        // header read makes fewer of them (a till's titles over two rows, each item over two lines)
        Optional<Table> unheaded = LineItemTable.findUnheaded(rows);
        if (unheaded.isPresent() && unheaded.get().items().size() > table.map(t -> t.items().size()).orElse(0)) {
            table = unheaded;
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
        Map<String, Found> fields = new LinkedHashMap<>();

        Parties.receiver(rows, labels, receiverBlock).ifPresent(f -> fields.put("RECEIVER_NAME", f));
        labelled(rows, labels, Kind.INVOICE_ID, ExpenseExtractor::asInvoiceId).map(ExpenseExtractor::numberSign)
                .or(() -> numberUnderTitle(rows, labels))
                .or(() -> docketInvoiceNumber(rows, labels))
                .or(() -> numberOfTheDay(rows, 1))
                .ifPresent(f -> fields.put("INVOICE_RECEIPT_ID", f));
        labelledDate(rows, labels, Kind.INVOICE_DATE).or(() -> dateAfterNumber(rows, labels))
                .or(() -> numberOfTheDay(rows, 2))
                .or(() -> dateOfTheLetter(rows))
                .or(() -> dateAlone(rows, tableSegments))
                .ifPresent(f -> fields.put("INVOICE_RECEIPT_DATE", f));
        Optional<Found> due = labelledDate(rows, labels, Kind.DUE_DATE);
        if (due.isEmpty()) {
            due = dueInSentence(rows, tableSegments);
        }
        due.ifPresent(f -> fields.put("DUE_DATE", f));
        labelled(rows, labels, Kind.PO_NUMBER, ExpenseExtractor::asReference).map(ExpenseExtractor::numberSign)
                .map(ExpenseExtractor::withPrefix)
                .or(() -> customersReference(rows, labels, fields.get("INVOICE_RECEIPT_ID")))
                .ifPresent(f -> fields.put("PO_NUMBER", f));
        boolean ocr = page.source() == PageText.Source.OCR;
        Optional<Found> vendor = Parties.vendorName(rows, receiverBlock, tableSegments, page.aspect())
                // a speck OCR read as a mark before the name ("-MOYNE TRADING")
                .map(v -> v.withText(v.text().replaceFirst("^[-–—_~•·*'‘’\"“”.,:;|]+\\s*", "")))
                .map(v -> Parties.inItsOwnCase(Parties.spelledOut(v, rows), rows))
                // a logo's letters set apart from their full stop ("TRADING CO . LTD")
                .map(v -> v.withText(v.text().replaceAll("(?<=\\p{L})\\s+(?=[.,](\\s|$))", "")))
                .map(v -> Parties.withItsRegisteredName(v, rows, receiverBlock))
                .map(v -> ocr ? v.withText(limitedReadRight(v.text(), rows)) : v);
        String vendorText = vendor.map(Found::text).orElse(null);
        if (vendorText != null && Parties.deliveredTo(rows, labels).stream().anyMatch(n -> Parties.sameName(n, vendorText))) {
            // the name the goods were delivered to is the customer's: a supplier's name lost to the
            // reading leaves the customer's the most prominent on the page
            vendor = vendor.map(v -> v.withConfidence(v.confidence() * CUSTOMERS_NAME));
        }
        if (page.source() == PageText.Source.OCR && vendor.isPresent() && !Parties.confirmedElsewhere(vendor.get(), rows)) {
            // OCR misreads a letter of a name as surely as it reads the rest ("Vauclere" for
            // "Vauclerc", a fada lost): on a scan or a photo, a name the page does not print a second
            // time (again, or as its web or mail domain) is for a person to confirm
            vendor = vendor.map(v -> v.withConfidence(v.confidence() * UNCONFIRMED_ON_A_SCAN));
        }
        vendor.ifPresent(f -> fields.put("VENDOR_NAME", f));
        if (vendor.isPresent() && fields.containsKey("RECEIVER_NAME")
                && Parties.sameName(fields.get("RECEIVER_NAME").text(), vendor.get().text())) {
            // the party label named the supplier (a remittance slip's "To:"): the customer is another's
            fields.remove("RECEIVER_NAME");
            Parties.receiver(rows, labels, new HashSet<>(), vendor.get().text()).ifPresent(f -> fields.put("RECEIVER_NAME", f));
        }
        if (!fields.containsKey("RECEIVER_NAME")) {
            Parties.unlabelledReceiver(rows, vendor.orElse(null), tableSegments, receiverBlock)
                    .ifPresent(f -> fields.put("RECEIVER_NAME", f));
        }
        String receiverName = fields.containsKey("RECEIVER_NAME") ? fields.get("RECEIVER_NAME").text() : null;
        vendor.flatMap(v -> Parties.vendorAddress(rows, v, receiverBlock, tableSegments, receiverName))
                .ifPresent(f -> fields.put("VENDOR_ADDRESS", f));
        Parties.vendorVatNumber(rows, receiverBlock, vendor.orElse(null)).ifPresent(f -> fields.put("VENDOR_VAT_NUMBER", f));


        List<Item> items = new ArrayList<>(table.map(Table::items).orElse(List.of()));
        // a table running over pages: "Carried forward" at this page's foot is the sum of the
        // lines so far, which the totals never include; "Brought forward" at its head is the sum of
        // the pages before, which they do (and neither is a line)
        BigDecimal carriedForward = null;
        while (!items.isEmpty() && LineItemTable.runningTotal(items.get(items.size() - 1))) {
            carriedForward = LineItemTable.sum(List.of(items.remove(items.size() - 1)));
        }
        if (items.size() > 2 && LineItemTable.totalOfTheLines(items.get(items.size() - 1), items.subList(0, items.size() - 1))) {
            // the lines' own total, printed as a row of the table under them
            items.remove(items.size() - 1);
        }
        Map<String, Found> totals = Totals.choose(rows, labels, items, tableSegments);
        totals.forEach(fields::put);
        Found unregistered = null;
        if (!fields.containsKey("TAX") && (fields.containsKey("TOTAL") || fields.containsKey("SUBTOTAL"))
                && labels.stream().noneMatch(m -> m.kind() == Kind.TAX)) {
            unregistered = vatNotCharged(rows).orElse(null);
            if (unregistered != null) {
                fields.put("TAX", unregistered);
            }
        }
        if (items.isEmpty()) {
            // no table: lines of a description and an amount that make the subtotal, or, with none
            // printed, the total less its VAT (over which they stand; a supplier not registered for
            // VAT charges none, and its lines make the total)
            Found subtotal = totals.get("SUBTOTAL");
            Found total = totals.containsKey("TOTAL") ? totals.get("TOTAL") : totals.get("AMOUNT_DUE");
            Found vat = unregistered != null ? unregistered : totals.get("TAX");
            boolean noVat = unregistered != null;
            Optional<BigDecimal> sum = subtotal != null ? PrintedValues.amount(subtotal.text())
                    : total != null && vat != null && (noVat || vat.top() < total.top())
                    ? PrintedValues.amount(total.text()).flatMap(t -> PrintedValues.amount(vat.text()).map(t::subtract))
                    : Optional.empty();
            Found first = subtotal != null ? subtotal : noVat ? total : vat;
            if (sum.isPresent()) {
                items.addAll(LineItemTable.summedLines(rows, Totals.rowAt(rows, first), first.right(), sum.get()));
                if (items.isEmpty()) {
                    // a till roll's lines, each stacked over rows of its own
                    items.addAll(LineItemTable.stackedLines(rows, Totals.rowAt(rows, first), sum.get()));
                }
            }
        }

        List<ExpenseField> summary = new ArrayList<>();
        String currency = currencyOf(page.words());
        for (var e : fields.entrySet()) {
            summary.add(field(e.getKey(), e.getValue(), pageNumber, currency));
        }
        List<Found> charges = Totals.adjustments(rows, labels, items, totals);
        for (Found charge : charges) {
            summary.add(field("OTHER", charge, pageNumber, currency));
        }
        items = withoutChargesListed(fields, items, charges);
        List<LineItemFields> lineItems = new ArrayList<>();
        // lines that add up to the page's subtotal are confirmed; lines on a page with no totals
        // (page 1 of 2) cannot be checked here; lines that do not add up are doubtful
        boolean checkable = fields.containsKey("SUBTOTAL") || fields.containsKey("TOTAL");
        boolean itemsAgree = Totals.itemsAgree(fields, items, charges);
        if (checkable && !itemsAgree) {
            items = withoutSpeckedMinus(fields, items, charges);
            itemsAgree = Totals.itemsAgree(fields, items, charges);
        }
        boolean agree = itemsAgree
                || !checkable && carriedForward != null && carriedForward.compareTo(LineItemTable.sum(items)) == 0;
        float itemFactor = agree ? 1f : checkable ? ITEMS_DISAGREE : ITEMS_UNCHECKED;
        for (Item item : items) {
            if (!LineItemTable.runningTotal(item)) {
                lineItems.add(lineItem(item, pageNumber, itemFactor));
            }
        }
        List<LineItemGroup> groups = lineItems.isEmpty() ? List.of() : List.of(new LineItemGroup(1, lineItems));
        return new ExpenseDocument(pageNumber, summary, groups, Blocks.of(rows, pageNumber));
    }

    /** Below this certainty, a minus sign before a line's amount may be a speck. */
    private static final float FAINT_SIGN = 50f;

    /** What a line that is rightly negative says it is: a credit, a return, a refund, a discount, a deposit back. */
    private static final Pattern CREDITED = Pattern.compile(
            "(?iu)\\b(credit|return|refund|discount|rebate|deposit|empties|allowance|less|minus|proration|unused)");

    /**
     * A minus sign OCR made of a speck before a line's amount ("-€30.00" read faintly on a line of
     * 2 × €15.00): when dropping that minus, and no other, makes the lines add up to the totals, the
     * amount is positive. Only among other lines, on a line whose own count and price make the
     * amount positive and whose words say nothing of a credit (returned empties are rightly
     * negative). It keeps its faint confidence; the sums are what bear it out.
     */
    private static List<Item> withoutSpeckedMinus(Map<String, Found> fields, List<Item> items, List<Found> charges) {
        if (items.size() < 2) {
            return items;
        }
        List<Item> mended = null;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Cell amount = item.cells().get(Column.AMOUNT);
            Cell description = item.cells().get(Column.DESCRIPTION);
            if (amount == null || amount.confidence() >= FAINT_SIGN || !amount.text().strip().startsWith("-")
                    || PrintedValues.amount(amount.text()).map(a -> a.signum() >= 0).orElse(true)
                    || description != null && CREDITED.matcher(description.text()).find()
                    || !positivelyPriced(item)) {
                continue;
            }
            Map<Column, Cell> cells = new EnumMap<>(item.cells());
            cells.put(Column.AMOUNT, new Cell(amount.text().strip().substring(1).strip(), amount.left(), amount.top(),
                    amount.right(), amount.bottom(), amount.confidence(), amount.header()));
            List<Item> tried = new ArrayList<>(items);
            tried.set(i, new Item(item.row(), cells, item.quantityColumn()));
            if (Totals.itemsAgree(fields, tried, charges)) {
                if (mended != null) {
                    // two minus signs either of which would do: neither is known to be the speck
                    return items;
                }
                mended = tried;
            }
        }
        return mended != null ? mended : items;
    }

    /**
     * A deposit or a charge printed among the lines and again in the totals as a figure of its own
     * ("CYLINDER DEPOSIT 2 × 65.00 = 130.00" in the table, "DEPOSITS 130.00" beside the goods): when
     * the lines do not make the subtotal and do without it, it is the totals' charge, not a line.
     */
    private static List<Item> withoutChargesListed(Map<String, Found> fields, List<Item> items, List<Found> charges) {
        Found subtotal = fields.get("SUBTOTAL");
        if (subtotal == null || charges.isEmpty() || Totals.itemsAgree(fields, items)) {
            return items;
        }
        BigDecimal net = PrintedValues.amount(subtotal.text()).orElse(null);
        BigDecimal sum = LineItemTable.sum(items);
        for (int i = 0; i < items.size(); i++) {
            BigDecimal line = LineItemTable.sum(List.of(items.get(i)));
            boolean charged = charges.stream().anyMatch(c -> PrintedValues.amount(c.text()).map(v -> v.compareTo(line) == 0).orElse(false));
            if (charged && net != null && sum.subtract(line).compareTo(net) == 0) {
                List<Item> rest = new ArrayList<>(items);
                rest.remove(i);
                return rest;
            }
        }
        return items;
    }

    // ---- labelled values -------------------------------------------------------------------

    /** The best value of the fields named by {@code kind}: to the right of its label, else underneath. */
    static Optional<Found> labelled(List<Row> rows, List<Match> labels, Kind kind,
            Function<String, Optional<String>> validate) {
        // a label that names the field ("Invoice No") before the title "INVOICE" with a value near it,
        // and both before a bare "No." that could be anything's number; for the order, one naming it
        // ("PO Number") before the customer's reference
        for (int rank = 0; rank < 3; rank++) {
            for (Match m : labels) {
                if (m.kind() != kind || labelRank(m) != rank) {
                    continue;
                }
                Optional<Found> f = valueOf(rows, m, validate);
                if (f.isPresent() && REFERENCE_LABEL.matcher(m.labelText().strip()).matches()
                        && f.get().top() > m.segment().bottom()) {
                    // a statement's "Reference" column over the invoices it lists
                    continue;
                }
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    /** A customer's reference: the order's number only where no label names the order itself. */
    private static final Pattern CUSTOMERS_REFERENCE = Pattern.compile("(?i)(cust(omer)?'?s?|your|client)\\.?\\s*ref.*");

    /** 0 for a label naming the field, 1 for the title "INVOICE" or a customer's reference, 2 for a bare "No.". */
    private static int labelRank(Match m) {
        String label = m.labelText().strip();
        if (BARE_LABEL.matcher(label).matches()) {
            return 2;
        }
        return m.valueMustFollowInSegment()
                || m.kind() == Kind.PO_NUMBER && CUSTOMERS_REFERENCE.matcher(label).matches() ? 1 : 0;
    }

    static Optional<Found> valueOf(List<Row> rows, Match m, Function<String, Optional<String>> validate) {
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
        Row row = rowOf(rows, label);
        int at = row.segments().indexOf(label);
        if (m.valueMustFollowInSegment()) {
            // "Invoice" alone is a title, unless it is one of a column of labels with their values beside
            // them ("Invoice  WM-1 / Dated  26.02.2026 / Pay by  19.03.2026"): then its value is beside it too
            if (at + 1 < row.segments().size() && inColumnOfLabels(rows, row, label)) {
                Segment next = row.segments().get(at + 1);
                Optional<String> v = next.left() - label.right() < MAX_LABEL_GAP && !Labels.isOnlyLabel(next)
                        ? validate.apply(next.text()) : Optional.empty();
                if (v.isPresent()) {
                    return Optional.of(Found.of(v.get(), next, 1f, label, m.labelText()));
                }
            }
            // the title "INVOICE" with its number under it, marked as one ("# INV-03553", "No. 4471"), on
            // the next row or the one after (a line of the letterhead between them)
            for (int r = row.index() + 1; r < rows.size() && r <= row.index() + 2; r++) {
                Row under = rows.get(r);
                for (Segment s : under.segments()) {
                    Matcher numbered = NUMBER_MARK.matcher(s.text());
                    int place = under.segments().indexOf(s);
                    // a number beside a label of its own ("Invoice:  #47440") is that label's, read with it
                    boolean labelledBeside = place > 0 && Labels.match(under.segments().get(place - 1)) != null;
                    if (s.overlapX(label.left(), label.right()) > 0 && under.top() - row.bottom() < 2 * label.height()
                            && numbered.matches() && !labelledBeside) {
                        Optional<String> v = validate.apply(numbered.group(1));
                        if (v.isPresent()) {
                            return Optional.of(Found.of(v.get(), s, 1f, label, m.labelText()));
                        }
                    }
                }
            }
            if (!inRowOfLabels(row, label)) {
                return Optional.empty();
            }
            // "Invoice" one of a row of small labels over their values ("Invoice No" whose "No" OCR lost,
            // beside "Date", "Due Date"): a label like the others, its value under it
        }
        // the label's colon set apart in a column of its own ("Credit Date   :   09-12-2025") is the label's
        int after = at + 1;
        float labelEnd = label.right();
        while (after < row.segments().size() && row.segments().get(after).text().strip().matches("[:=]")
                && row.segments().get(after).left() - labelEnd < MAX_LABEL_GAP) {
            labelEnd = row.segments().get(after).right();
            after++;
        }
        if (after < row.segments().size() && !headingsSideBySide(rows, row, label, row.segments().get(after))) {
            Segment next = row.segments().get(after);
            boolean near = next.left() - labelEnd < MAX_LABEL_GAP;
            if ((near || inAlignedBlock(rows, row, label, next)) && !Labels.isOnlyLabel(next)) {
                Optional<String> v = validate.apply(next.text());
                if (v.isPresent()) {
                    return Optional.of(Found.of(v.get(), next, near ? 1f : UNDER_LABEL, label, m.labelText()));
                }
            }
        }
        // the label's column runs to the next thing printed on its row: a value may sit anywhere in it
        float columnEnd = at + 1 < row.segments().size() ? row.segments().get(at + 1).left() - COLUMN_MARGIN / 2 : label.right() + COLUMN_MARGIN;
        for (int r = row.index() + 1; r < rows.size() && r <= row.index() + ROWS_UNDER_LABEL; r++) {
            Row below = rows.get(r);
            if (below.top() - row.bottom() > MAX_GAP_UNDER_LABEL * (row.bottom() - row.top()) * (r - row.index())) {
                break;
            }
            // the one thing on the row below, but not half a page away ("by 2026-02-14" under "AMOUNT DUE" at the right)
            Optional<Segment> alone = row.aloneUnder(label, below).filter(a -> a.left() - label.right() < MAX_LABEL_GAP);
            Segment inBox = printedAskew(row, label, below);
            for (Segment s : below.segments()) {
                boolean under = s.overlapX(label.left() - COLUMN_MARGIN, label.right() + COLUMN_MARGIN) > 0
                        || (s.left() < label.right() && s.right() > label.left())
                        || (s.left() >= label.left() - COLUMN_MARGIN && s.right() <= columnEnd)
                        || alone.orElse(null) == s || inBox == s;
                if (!under || Labels.isOnlyLabel(s)) {
                    continue;
                }
                Optional<String> v = validate.apply(s.text());
                if (v.isPresent()) {
                    return Optional.of(Found.of(v.get(), s, UNDER_LABEL, label, m.labelText()));
                }
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * A pre-printed form's label alone on its row, and on a row below it the one thing printed in
     * that half of the page, set a little to its side (a dot-matrix printer's lines fall where they
     * will in the form's boxes: "DOCUMENT No." with "40817" under it and to the left). Its value, no
     * further to the side than the label is wide; null for none.
     */
    private static Segment printedAskew(Row row, Segment label, Row below) {
        if (row.segments().size() != 1) {
            return null;
        }
        boolean rightHalf = label.left() >= 0.5f;
        List<Segment> inHalf = below.segments().stream()
                .filter(s -> rightHalf ? s.right() > 0.5f : s.left() < 0.5f).toList();
        if (inHalf.size() != 1) {
            return null;
        }
        Segment s = inHalf.get(0);
        float width = label.right() - label.left();
        float aside = Math.max(s.left() - label.right(), label.left() - s.right());
        return aside <= width ? s : null;
    }

    /**
     * Whether the label and the words after it are two headings side by side, each over its own
     * block ("Bill to" over the customer, "From" over the supplier; "BILLED TO  DETAILS  FROM"): no
     * colon to either, the words a heading's few, and a line starting under each on the next row.
     * A heading's value is under it, never the next heading.
     */
    private static boolean headingsSideBySide(List<Row> rows, Row row, Segment label, Segment next) {
        String t = next.text().strip();
        if (row.index() + 1 >= rows.size() || label.text().strip().endsWith(":") || t.endsWith(":")
                || t.split("\\s+").length > 2 || !t.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
            return false;
        }
        Row below = rows.get(row.index() + 1);
        return below.segments().stream().anyMatch(n -> Math.abs(n.left() - label.left()) <= COLUMN_MARGIN)
                && below.segments().stream().anyMatch(n -> Math.abs(n.left() - next.left()) <= COLUMN_MARGIN);
    }

    /** Whether another label stands on the label's row, in print no larger: a row of labels, not a title. */
    private static boolean inRowOfLabels(Row row, Segment label) {
        return row.segments().stream().anyMatch(s -> s != label && Labels.match(s) != null && s.height() >= label.height() * 0.8f);
    }

    /**
     * A value far right of its label, the last thing on the row, in a block whose labels start at
     * one left edge and whose values end at one right edge ("Invoice Number:  …  42183017" over
     * "Invoice Date:  …  August 3, 2014"): another row next to it has a label (one the reader knows,
     * or words closed by a colon) that starts where the label starts and a last segment that ends
     * where the value ends.
     */
    private static boolean inAlignedBlock(List<Row> rows, Row row, Segment label, Segment value) {
        if (row.segments().get(row.segments().size() - 1) != value) {
            return false;
        }
        for (int r = Math.max(0, row.index() - ROWS_UNDER_LABEL); r <= Math.min(rows.size() - 1, row.index() + ROWS_UNDER_LABEL); r++) {
            Row other = rows.get(r);
            if (other == row || other.segments().size() < 2) {
                continue;
            }
            Segment last = other.segments().get(other.segments().size() - 1);
            // another label where the label starts (a name over its address that happens to start there is none)
            boolean labelAligned = other.segments().stream()
                    .anyMatch(s -> s != last && Math.abs(s.left() - label.left()) <= COLUMN_MARGIN
                            && (Labels.match(s) != null || s.text().strip().endsWith(":")));
            if (labelAligned && Math.abs(last.right() - value.right()) <= COLUMN_MARGIN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a label heads a column of labels each followed by its value on its row: a row next
     * to it starts a segment where the label starts (or ends one where it ends), and that segment is a label with a value
     * after it, in its own words or in the next segment.
     */
    private static boolean inColumnOfLabels(List<Row> rows, Row row, Segment label) {
        for (int r = Math.max(0, row.index() - ROWS_UNDER_LABEL); r <= Math.min(rows.size() - 1, row.index() + ROWS_UNDER_LABEL); r++) {
            Row other = rows.get(r);
            if (other == row) {
                continue;
            }
            for (int i = 0; i < other.segments().size(); i++) {
                Segment s = other.segments().get(i);
                // labels set flush left, or flush right against their values ("Invoice / Date / Due")
                if (Math.abs(s.left() - label.left()) > COLUMN_MARGIN && Math.abs(s.right() - label.right()) > COLUMN_MARGIN) {
                    continue;
                }
                Match m = Labels.match(s);
                if (m != null && !m.valueMustFollowInSegment()
                        && (!m.remainder().isEmpty() || i + 1 < other.segments().size())) {
                    return true;
                }
            }
        }
        return false;
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
     * "Invoice No." a "#81268" is the number as the supplier prints it, and kept whole, as it is
     * after a label closed by its colon ("Invoice:  #47440").
     */
    private static Found numberSign(Found f) {
        if (!f.text().startsWith("#") || f.labelText() == null || f.label() != null && f.label().text().strip().endsWith(":")
                || f.labelText().toLowerCase(Locale.ROOT).matches("(?s).*\\b(no|nr|number|num)\\b.*|.*#.*")) {
            return f;
        }
        return new Found(f.text().substring(1).strip(), f.left(), f.top(), f.right(), f.bottom(), f.confidence(),
                f.label(), f.labelText());
    }

    /**
     * "PO 9379" printed as one reference, its "PO" no label of its own (no colon, no "No."): the
     * reference is kept whole, prefix included, as the customer's purchase order system knows it.
     */
    private static Found withPrefix(Found f) {
        if (f.label() == null || f.labelText() == null || !f.labelText().strip().matches("(?i)p/?o")
                || !f.label().text().strip().equals(f.labelText().strip() + " " + f.text())) {
            return f;
        }
        return new Found(f.label().text().strip(), f.label().left(), f.top(), f.right(), f.bottom(), f.confidence(),
                f.label(), f.labelText());
    }

    /**
     * A value set apart from its label by a colon of its own ("INV NO   : 00031288", "PO No.  : PO-1183"),
     * or by an equals sign OCR made of a rule's end: the value without it.
     */
    private static String withoutLabelsMark(String text) {
        return text.strip().replaceFirst("^[:=]\\s*", "");
    }

    private static Optional<String> asInvoiceId(String text) {
        String t = withoutLabelsMark(text);
        if (t.isEmpty() || PAGE_NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        String first = t.split("\\s+")[0];
        String candidate = t.split("\\s+").length <= 2 && t.length() <= MAX_NUMBER_LENGTH
                || SPACED_NUMBER.matcher(t).matches() && PrintedValues.date(t).isEmpty()
                || LETTER_GROUPS_NUMBER.matcher(t).matches() && t.length() <= MAX_NUMBER_LENGTH ? t : first;
        candidate = candidate.replaceFirst("^(?i)(no|nr)[.:]?\\s+", "").replaceFirst("^(?i)(no|nr)[.:]\\s*", "");
        if (candidate.matches("#\\s+.*")) {
            candidate = candidate.substring(1).strip();
        }
        if (candidate.matches("\\$[\\p{L}\\d].*") && PrintedValues.amount(candidate).isEmpty()) {
            // no number is printed with a dollar sign at its head: OCR's reading of an S ("$I-004929")
            candidate = "S" + candidate.substring(1);
        }
        // a comma or a full stop after the number ends the phrase it stands in, or is a speck: no number ends so
        candidate = candidate.replaceFirst("[,;.]+$", "");
        if (!candidate.chars().anyMatch(Character::isDigit) || candidate.length() > MAX_NUMBER_LENGTH
                || PrintedValues.date(candidate).isPresent() || PrintedValues.amount(candidate).isPresent()
                || Parties.postcodeAlone(candidate)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /**
     * A supplier's word that it charges no VAT, not being registered for it (OCR may run "registered
     * for" together), at a sentence's start or an item's of a line parted by marks ("Thank you · Not
     * registered for VAT").
     */
    private static final Pattern NOT_REGISTERED_FOR_VAT = Pattern.compile(
            "(?i)(?:^|[.:;]\\s|\\s[·|•]\\s)\\W*(?:(?:i am|we are|this (?:business|firm|trader|supplier) is|supplier)\\s+)?"
                    + "(?:not|non)[- ]?(?:registered\\s*for\\s*(?:vat|value added tax)|vat[- ]?registered)\\b(?!\\s+customer)");

    static boolean notRegisteredForVat(String text) {
        return NOT_REGISTERED_FOR_VAT.matcher(text).find();
    }

    /**
     * A supplier not registered for VAT prints no VAT figure, but says so ("Not registered for
     * VAT."): its VAT is 0.00, as sure as the sentence is read.
     */
    private static Optional<Found> vatNotCharged(List<Row> rows) {
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                if (notRegisteredForVat(s.text())) {
                    return Optional.of(Found.of("0.00", s, 1f, s, s.text()));
                }
            }
        }
        return Optional.empty();
    }

    /** "Ltd" closing a name of two words or more, its t read as an i ("Quay Foods Lid", "QUAY FOODS LID."). */
    private static final Pattern OCR_LIMITED = Pattern.compile("(?<=\\p{L}{2}\\s)(Lid|LID)(\\.?)$");
    /**
     * A sign of a limited company on the page: "Ltd" or "Limited" as a word, or its registration
     * ("Reg. No. 559018", "Registered in Ireland", "Company No."), not a VAT registration's.
     */
    private static final Pattern LIMITED = Pattern.compile(
            "(?i)\\b(?:ltd|limited)\\b|(?<!vat\\s)\\breg(?:istered|\\.)?\\s*(?:no\\b|number|in\\s+ireland)|\\bcompany\\s*(?:no\\b|number|reg)");

    /**
     * A name OCR closed with "Lid" ("Harbour Gas Lid"), on a page that shows a limited
     * company elsewhere (its legal form, or its company registration: a face that reads every "Ltd"
     * as "Lid" reads the imprint's so too): its legal form, the t read as an i. A name that is a lid
     * ("The Tin Lid") on a page with no sign of a company is left as read.
     */
    private static String limitedReadRight(String name, List<Row> rows) {
        Matcher m = OCR_LIMITED.matcher(name);
        if (!m.find() || rows.stream().noneMatch(r -> LIMITED.matcher(r.text()).find())) {
            return name;
        }
        return name.substring(0, m.start()) + (m.group(1).equals("LID") ? "LTD" : "Ltd") + m.group(2);
    }

    /** Whether the line prints a positive count and a positive price. */
    private static boolean positivelyPriced(Item item) {
        Cell quantity = item.cells().get(Column.QUANTITY);
        Cell unit = item.cells().get(Column.UNIT_PRICE);
        return quantity != null && unit != null
                && PrintedValues.number(quantity.text()).map(q -> q.signum() > 0).orElse(false)
                && PrintedValues.amount(unit.text()).or(() -> PrintedValues.number(unit.text())).map(u -> u.signum() > 0).orElse(false);
    }

    /** A docket's number label ("Docket No.", "Delivery Docket No."), read as tokens. */
    private static final Pattern DOCKET_NUMBER = Pattern.compile("(delivery )?docket (no|number|#)");
    /** A title that names the page a docket and an invoice at once ("DELIVERY DOCKET / INVOICE", "Invoice & Docket"). */
    private static final Pattern DOCKET_AND_INVOICE = Pattern.compile(
            "(?i)\\W*(?:(?:delivery )?docket\\W+(?:and |& )?(?:tax )?invoice|(?:tax )?invoice\\W+(?:and |& )?(?:delivery )?docket)\\W*");

    /**
     * With no invoice number labelled, the docket's on a page titled a docket and an invoice at once
     * (a greengrocer's "DELIVERY DOCKET / INVOICE", "Docket No. 0052117"): one document, one number.
     */
    private static Optional<Found> docketInvoiceNumber(List<Row> rows, List<Match> labels) {
        if (rows.stream().flatMap(r -> r.segments().stream()).noneMatch(g -> DOCKET_AND_INVOICE.matcher(g.text()).matches())) {
            return Optional.empty();
        }
        for (Match m : labels) {
            if (m.kind() == Kind.OTHER && DOCKET_NUMBER.matcher(String.join(" ", Labels.tokens(m.labelText()))).matches()) {
                Optional<Found> number = valueOf(rows, m, ExpenseExtractor::asInvoiceId);
                if (number.isPresent()) {
                    return number;
                }
            }
        }
        return Optional.empty();
    }

    /** A supplier's name read by OCR and printed nowhere else on the page: below the review threshold. */
    private static final float UNCONFIRMED_ON_A_SCAN = 0.8f;

    /** A supplier's name that is also the name goods were delivered to: the customer's, for a person to check. */
    private static final float CUSTOMERS_NAME = 0.5f;

    /** A number under the title with no label or mark of its own is less sure than one labelled. */
    private static final float UNMARKED_UNDER_TITLE = 0.9f;

    /**
     * With no number labelled anywhere, the title's own ("TAX INVOICE" over a barcode's caption
     * "KW30118", "DBH 0044817"): one word with four figures or more, or a number printed in groups,
     * alone under the title within four and a half of its heights (a barcode between them), that is
     * no date, amount or phone number.
     */
    private static Optional<Found> numberUnderTitle(List<Row> rows, List<Match> labels) {
        for (Match m : labels) {
            if (m.kind() != Kind.INVOICE_ID || !m.valueMustFollowInSegment() || !m.remainder().isEmpty()) {
                continue;
            }
            Segment title = m.segment();
            Row row = rowOf(rows, title);
            for (int r = row.index() + 1; r < rows.size() && rows.get(r).top() - title.bottom() < TITLE_TO_CAPTION * title.height(); r++) {
                List<Segment> under = rows.get(r).segments().stream()
                        .filter(s -> s.overlapX(title.left(), title.right()) > 0).toList();
                if (under.isEmpty()) {
                    continue;
                }
                Segment s = under.get(0);
                String t = s.text().strip();
                boolean oneNumber = s.words().size() == 1 || SPACED_NUMBER.matcher(t).matches()
                        || PREFIXED_NUMBER.matcher(t).matches();
                if (under.size() > 1 || !oneNumber || t.chars().filter(Character::isDigit).count() < 4
                        || Labels.match(s) != null || PHONE_LIKE.matcher(t).matches()) {
                    break;
                }
                Optional<String> v = asInvoiceId(t);
                if (v.isPresent()) {
                    return Optional.of(Found.of(v.get(), s, UNMARKED_UNDER_TITLE, title, m.labelText()));
                }
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * An Italian invoice's number and date in one phrase, with no label the reader knows before it:
     * "n. 118/FE del 05/11/2026", "n. 131/FE del 12 novembre 2026" ("Fattura n. … del …"), the
     * number group 1, the date group 2.
     */
    private static final Pattern NUMBER_OF_THE_DAY = Pattern.compile(
            "(?i)(?:fattura\\s+)?n(?:r)?[.°º]?\\s*([\\p{L}\\d][\\p{L}\\d/.\\-]*\\d[\\p{L}\\d/\\-]*)\\s+del\\s+"
                    + "(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}\\s+\\p{L}{3,10}\\.?\\s+\\d{4})");

    /**
     * The number (group 1) or the date (group 2) of the first such phrase in the page's upper half
     * that is the invoice's own: "fattura" opens it or heads it (the title a few rows above, where
     * the phrase starts), and nothing on its row says it is another document's (a delivery note's
     * "Rif. DDT n. 88 del …", an order's, the invoice a credit note reverses).
     */
    private static Optional<Found> numberOfTheDay(List<Row> rows, int group) {
        for (Row row : rows) {
            if (row.top() > HALF_PAGE) {
                break;
            }
            List<Segment> segments = row.segments();
            for (int i = 0; i < segments.size(); i++) {
                // the phrase in one segment, or its date set apart in the next ("n. 118/FE   del 05/11/2026")
                for (int n = 1; n <= 2 && i + n <= segments.size(); n++) {
                    Segment s = Segment.of(segments.subList(i, i + n).stream().flatMap(g -> g.words().stream()).toList());
                    Matcher m = NUMBER_OF_THE_DAY.matcher(s.text().strip());
                    if (m.matches() && (group != 2 || PrintedValues.date(m.group(2)).isPresent())
                            && !OTHER_DOCUMENT.matcher(row.text()).find() && underItsTitle(rows, row, s)) {
                        return Optional.of(Found.of(m.group(group), segments.get(group == 1 ? i : i + n - 1), 1f, null, null));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Words that make a "n. … del …" another document's: a delivery note's, an order's, a reversed invoice's. */
    private static final Pattern OTHER_DOCUMENT = Pattern.compile("(?iu)\\b(?:ddt|d\\.d\\.t|ordine|ord|rif|bolla|trasporto|storno|vs)\\b");

    /** Whether the phrase opens with "fattura", or the title "fattura" stands over where it starts within three rows. */
    private static boolean underItsTitle(List<Row> rows, Row row, Segment phrase) {
        if (phrase.text().strip().toLowerCase(Locale.ROOT).startsWith("fattura")) {
            return true;
        }
        for (int r = row.index() - 1; r >= 0 && r >= row.index() - 3; r--) {
            for (Segment s : rows.get(r).segments()) {
                if (Math.abs(s.left() - phrase.left()) < TITLE_ALIGNED && ITALIAN_TITLE.matcher(s.text().strip()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern ITALIAN_TITLE = Pattern.compile("(?i)fattura(?:\\s+(?:accompagnatoria|differita|immediata))?|nota\\s+di\\s+credito");

    /** How near the left edges of a title and the phrase under it stand. */
    private static final float TITLE_ALIGNED = 0.02f;

    /**
     * A continental letter's dateline, its town (a few words with capitals) then the day: "Lyon, le 8
     * octobre 2026", "Trier, den 27.11.2026", "Brescia, lì 05/11/2026"; not "Livraison effectuée à Lyon,
     * le …" or "Payable à Lyon, le …". The date, group 1.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?u)\\p{Lu}[\\p{L}'\\-]*(?:[ \\-](?:\\p{Lu}[\\p{L}'\\-]*|sur|am|an|der|de|la|le|del|di|en)){0,3},\\s+(?i:le|den|am|lì|li)\\s+(.{6,24})");

    /** The date of the first dateline in the page's upper half, when the reader can read it as a date. */
    private static Optional<Found> dateOfTheLetter(List<Row> rows) {
        for (Row row : rows) {
            if (row.top() > HALF_PAGE) {
                break;
            }
            for (Segment s : row.segments()) {
                Matcher m = DATELINE.matcher(s.text().strip());
                if (m.matches() && PrintedValues.date(m.group(1).strip()).isPresent()) {
                    return Optional.of(Found.of(m.group(1).strip(), s, 1f, null, null));
                }
            }
        }
        return Optional.empty();
    }

    /** The page's upper half, where an invoice's number and date are printed. */
    private static final float HALF_PAGE = 0.5f;

    /** Letters, then the figures apart from them ("DBH 0044817"). */
    private static final Pattern PREFIXED_NUMBER = Pattern.compile("\\p{Lu}{1,5}\\s\\d{4,10}");

    /** How far under the title its number's caption may stand, in the title's heights. */
    private static final float TITLE_TO_CAPTION = 4.5f;

    /** A phone number written as one word ("+35314582290", "021-4375510"). */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+\\d[\\d\\-]{7,}|0\\d{1,4}-\\d{5,}");

    /** "Page 1", "PAGE 1 OF 2": the page's number, beside a title that may read as a number's label. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page|pg\\.?)\\s*\\d+(\\s*(of|/)\\s*\\d+)?");
    /** A number printed in groups of figures ("RFF 47 22318", "2026 0871 A"): a prefix of letters at most, then figures. */
    private static final Pattern SPACED_NUMBER = Pattern.compile("(\\p{Lu}{1,5}\\s)?\\d{1,6}(\\s\\d{1,8}){1,3}(\\s\\p{Lu})?");

    /**
     * A series' capitals, a credit note's mark, then figures: "KBS CR 26/0042", "KW CN 4471". Not
     * words of a label before a number ("ACC NO 40213", "DOCKET NO 5521"): the mark is a credit's.
     */
    private static final Pattern LETTER_GROUPS_NUMBER = Pattern.compile("\\p{Lu}{2,5}\\s(?:CR|CN|NC)\\s\\d[\\d/.\\-]*\\d");

    /** An order number or a reference: short, with a digit in it (a word after "Order" is no number), and no date or amount. */
    static Optional<String> asReference(String text) {
        String t = withoutLabelsMark(text);
        if (t.isEmpty() || t.length() > MAX_REFERENCE_LENGTH || PrintedValues.date(t).isPresent()
                || PrintedValues.amount(t).isPresent() || !t.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String[] words = t.split("\\s+");
        return Optional.of(words.length <= 2 ? t : words[0]);
    }

    private static Optional<String> asDate(String text) {
        return PrintedValues.date(text).isPresent() ? Optional.of(text.strip()) : Optional.empty();
    }

    /**
     * The date beside its label; failing that, one whose slashes OCR read as ones ("71212027" for
     * 7/2/2027), taken only when one reading of it is a date, and as a guess for a person to check.
     */
    private static Optional<Found> labelledDate(List<Row> rows, List<Match> labels, Kind kind) {
        Optional<Found> date = labelled(rows, labels, kind, ExpenseExtractor::asDate);
        if (date.isPresent()) {
            return date;
        }
        return labelled(rows, labels, kind, ExpenseExtractor::slashesReadAsOnes)
                .map(f -> f.withConfidence(Math.min(f.confidence(), GUESSED_FIGURE_CONFIDENCE)));
    }

    /** A bare "Reference" label, without "our": the document's number, or the customer's reference beside it. */
    private static final Set<List<String>> BARE_REFERENCE = Set.of(Labels.tokens("reference"), Labels.tokens("ref"),
            Labels.tokens("ref no"), Labels.tokens("reference no"));

    /**
     * The customer's reference: a bare "Reference" when another label names the invoice's number
     * (an accounting package's "Invoice Number | Reference"). Only the invoice's number when no
     * other label names it (see the wordings); beside a number labelled as such, it is the order's.
     */
    private static Optional<Found> customersReference(List<Row> rows, List<Match> labels, Found number) {
        if (number == null || number.label() == null) {
            return Optional.empty();
        }
        for (Match m : labels) {
            if (m.kind() != Kind.INVOICE_ID || m.segment() == number.label()
                    || !BARE_REFERENCE.contains(Labels.tokens(m.labelText()))) {
                continue;
            }
            Optional<Found> reference = valueOf(rows, m, ExpenseExtractor::asReference)
                    .filter(f -> !f.text().replaceAll("\\s+", "").equalsIgnoreCase(number.text().replaceAll("\\s+", "")));
            if (reference.isPresent()) {
                return reference;
            }
        }
        return Optional.empty();
    }

    /** How far down the page a letter's date stands: its top part. */
    private static final float LETTER_DATE_REACH = 0.4f;
    /** A date without a label is less sure than one labelled. */
    private static final float UNLABELLED_DATE = 0.9f;

    /**
     * A letter's date: with no date labelled, the one date printed alone on its line in the top part
     * of the page ("3rd March 2026" under the number), with no label before it. Two different
     * dates so printed, and neither is taken.
     */
    private static Optional<Found> dateAlone(List<Row> rows, Set<Segment> table) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        float top = rows.get(0).top();
        Found only = null;
        for (Row row : rows) {
            if (row.top() - top > LETTER_DATE_REACH) {
                break;
            }
            List<Segment> segments = row.segments();
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                if (table.contains(s) || Labels.match(s) != null || i > 0 && Labels.match(segments.get(i - 1)) != null
                        || s.words().size() > 4 || asDate(s.text()).isEmpty() || LineItemTable.servicePeriod(s.text())) {
                    // a period ("2026-03-01 to 2026-03-31") is what the bill covers, not the day it was made
                    continue;
                }
                if (only != null && !PrintedValues.date(only.text()).equals(PrintedValues.date(s.text()))) {
                    return Optional.empty();
                }
                only = only != null ? only : Found.of(s.text().strip(), s, UNLABELLED_DATE, null, null);
            }
        }
        return Optional.ofNullable(only);
    }

    /**
     * A date that follows the invoice number in its own line, joined to it by "dated", "of", "du",
     * "vom" …; or, as a till prints it, set after the number with its time and no label of its own
     * ("Inv #: 0412-190177     20/04/2026 19:41"), or first on the line under it.
     */
    private static Optional<Found> dateAfterNumber(List<Row> rows, List<Match> labels) {
        for (Match m : labels) {
            if (m.kind() != Kind.INVOICE_ID) {
                continue;
            }
            Matcher after = DATE_AFTER_NUMBER.matcher(m.remainder());
            if (after.matches()) {
                Optional<String> date = asDate(after.group(1));
                if (date.isPresent()) {
                    return Optional.of(Found.ofWords(date.get(), m.remainderWords(), 1, m.segment(), m.labelText()));
                }
            }
            Matcher stamped = NUMBER_THEN_TIMESTAMP.matcher(m.remainder());
            if (stamped.matches() && asDate(stamped.group(1)).isPresent()) {
                return Optional.of(Found.ofWords(stamped.group(1).strip(), m.remainderWords(), 1, m.segment(), m.labelText()));
            }
            if (m.remainder().isBlank() || m.remainder().strip().contains(" ")) {
                continue;
            }
            Row numberRow = rowOf(rows, m.segment());
            if (numberRow.index() + 1 < rows.size()) {
                // the till's stamp first on the line under the number ("VAT Inv No: 3-0087" over "01/02/26 09:28  Till 6")
                Segment first = rows.get(numberRow.index() + 1).segments().get(0);
                Matcher stamp = TIMESTAMP.matcher(first.text());
                if (Math.abs(first.left() - m.segment().left()) <= COLUMN_MARGIN && stamp.matches()
                        && asDate(stamp.group(1)).isPresent()) {
                    return Optional.of(Found.of(stamp.group(1).strip(), first, 1, m.segment(), m.labelText()));
                }
            }
            List<Segment> row = numberRow.segments();
            int at = row.indexOf(m.segment());
            if (at + 1 < row.size() && Labels.match(row.get(at + 1)) == null) {
                Matcher timestamp = TIMESTAMP.matcher(row.get(at + 1).text());
                if (timestamp.matches() && asDate(timestamp.group(1)).isPresent()) {
                    return Optional.of(Found.of(timestamp.group(1).strip(), row.get(at + 1), 1, m.segment(), m.labelText()));
                }
            }
        }
        return Optional.empty();
    }

    /** A date with the time of day after it, as a till stamps a sale: "20/04/2026 19:41". */
    private static final Pattern TIMESTAMP = Pattern.compile("\\s*(\\S+)\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*");
    /** The number and the till's stamp after it in one segment: "0412-190177 20/04/2026 19:41". */
    private static final Pattern NUMBER_THEN_TIMESTAMP = Pattern.compile("\\s*\\S*\\d\\S*\\s" + TIMESTAMP.pattern());

    /** "71212027" → "7/2/2027": the day and the month of one or two digits, each followed by a 1 that was a slash, then the year. */
    static Optional<String> slashesReadAsOnes(String text) {
        String t = text.strip();
        if (!t.matches("\\d{7,9}")) {
            return Optional.empty();
        }
        List<String> readings = new ArrayList<>();
        for (int day = 1; day <= 2; day++) {
            for (int month = 1; month <= 2; month++) {
                int second = day + 1 + month;
                // the year in four digits, or in two ("22107126" for 22/07/26)
                boolean fullYear = t.length() == second + 5;
                if ((fullYear || t.length() == second + 3) && t.charAt(day) == '1' && t.charAt(second) == '1') {
                    String reading = t.substring(0, day) + "/" + t.substring(day + 1, second) + "/" + t.substring(second + 1);
                    if ((!fullYear || t.substring(second + 1).matches("(19|20)\\d{2}")) && PrintedValues.date(reading).isPresent()) {
                        readings.add(reading);
                    }
                }
            }
        }
        return readings.size() == 1 ? Optional.of(readings.get(0)) : Optional.empty();
    }

    /** "Terms: 30 days, due 03/12/2026": a due date inside a sentence rather than after its own label. */
    private static Optional<Found> dueInSentence(List<Row> rows, Set<Segment> table) {
        // "due …", "payable by", "Payment within 14 days of invoice, i.e. by …", "Kindly settle this account by …",
        // "Bitte überweisen Sie … bis zum …", and a direct debit's day ("Direct Debit on or after 17 NOV 2026",
        // "will be collected on or after …", "We will collect €324.10 from your account on or after …")
        Pattern due = Pattern.compile("(?iu)\\b(due|(?:pay(?:able|ment)?|settle(?:ment)?|[uü]berweisen|zahlbar|payer|betalen)\\b.{0,60}?"
                + "\\b(?:by|before|no later than|until|bis(?: zum| spätestens)?|avant le|vóór|voor)"
                + "|(?:direct debit|collect(?:ed)?|debited)\\b.{0,60}?\\bon(?: or after)?)\\b");
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                if (table.contains(s)) {
                    continue;
                }
                Matcher m = due.matcher(s.text());
                Matcher under = BY_DATE.matcher(s.text());
                if (under.lookingAt() && underADueLabel(rows, row, s)) {
                    // "AMOUNT DUE  €374.78" over "by 2026-02-14 (direct debit)": the amount is due by that date
                    // the date without a note on how it is paid ("(direct debit)")
                    String date = s.text().substring(under.end()).replaceFirst("\\s*\\(.*\\)\\s*$", "").strip();
                    if (PrintedValues.date(date).isPresent()) {
                        return Optional.of(Found.of(date, s, IN_SENTENCE, s, s.text().substring(0, under.end()).strip()));
                    }
                }
                if (m.find()) {
                    String after = s.text().substring(m.end());
                    Optional<LocalDate> d = PrintedValues.date(after);
                    if (d.isPresent()) {
                        return Optional.of(Found.of(after.replaceFirst("^[\\s:,-]+", "").strip(), s, IN_SENTENCE, s,
                                s.text().substring(0, m.end())));
                    }
                }
            }
        }
        return Optional.empty();
    }


    /** A date given as a deadline under its label: "by …", "before …", "on or before …". */
    private static final Pattern BY_DATE = Pattern.compile("(?iu)\\s*(?:by|before|on or before|no later than)\\s+");

    /**
     * Whether the first thing printed over the segment, close above it (a row of the column beside
     * may come between), is a label of what is due ("AMOUNT DUE", "Balance due").
     */
    private static boolean underADueLabel(List<Row> rows, Row row, Segment s) {
        for (int r = row.index() - 1; r >= 0 && r >= row.index() - 2; r--) {
            Row above = rows.get(r);
            if (row.top() - above.bottom() > 2 * (row.bottom() - row.top())) {
                return false;
            }
            Optional<Segment> over = above.segments().stream().filter(a -> a.right() > s.left() && a.left() < s.right()).findFirst();
            if (over.isPresent()) {
                return over.get().text().toLowerCase(Locale.ROOT).matches(".*\\bdue\\b.*");
            }
        }
        return false;
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
                money && currency != null ? new ExpenseModel.ExpenseCurrency(currency, CURRENCY_CONFIDENCE) : null, null);
    }

    private static LineItemFields lineItem(Item item, int page, float factor) {
        List<ExpenseField> fields = new ArrayList<>();
        Map<Column, String> types = new EnumMap<>(Column.class);
        types.put(Column.DESCRIPTION, "ITEM");
        types.put(Column.CODE, "PRODUCT_CODE");
        types.put(Column.QUANTITY, "QUANTITY");
        types.put(Column.UNIT_PRICE, "UNIT_PRICE");
        types.put(Column.AMOUNT, "PRICE");
        // the line's VAT rate as Textract gives a column it has no type for: OTHER, labelled by its title
        types.put(Column.VAT_RATE, "OTHER");
        boolean hasQuantityColumn = item.cells().containsKey(Column.QUANTITY) || item.quantityColumn();
        // a figure the OCR misread, put right by the other two (quantity × unit price = amount)
        Optional<Map.Entry<Column, BigDecimal>> misread = LineItemTable.misreadFigure(item);
        for (var e : types.entrySet()) {
            Cell cell = item.cells().get(e.getKey());
            if (e.getKey() == Column.QUANTITY && hasQuantityColumn
                    && (cell == null || PrintedValues.number(cell.text()).isEmpty())) {
                cell = guessedQuantity(item, cell);
            } else if (misread.isPresent() && misread.get().getKey() == e.getKey()) {
                cell = new Cell(misread.get().getValue().toPlainString(), cell.left(), cell.top(), cell.right(),
                        cell.bottom(), GUESSED_FIGURE_CONFIDENCE, cell.header());
            } else if (e.getKey() == Column.QUANTITY && cell != null && cell.confidence() < CORROBORATED_FIGURE_CONFIDENCE
                    && misread.isEmpty() && LineItemTable.madeByItsPrices(item.cells())) {
                // a faint quantity that, times the unit price, makes the amount to the cent: the arithmetic bears it out
                cell = new Cell(cell.text(), cell.left(), cell.top(), cell.right(), cell.bottom(),
                        CORROBORATED_FIGURE_CONFIDENCE, cell.header());
            }
            if (cell == null) {
                continue;
            }
            float confidence = round(cell.confidence() * factor);
            String header = cell.header() == null && e.getKey() == Column.VAT_RATE ? "VAT" : cell.header();
            fields.add(new ExpenseField(new ExpenseType(e.getValue(), confidence),
                    header == null ? null : new ExpenseDetection(header, null, HEADER_CONFIDENCE),
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

    /**
     * A quantity worked out from the prices, with the low confidence of a guess, or the higher one of
     * a guess the cell bears out; null when none can be.
     */
    private static Cell guessedQuantity(Item item, Cell misread) {
        Optional<BigDecimal> q = LineItemTable.inferredQuantity(item.cells());
        if (q.isEmpty()) {
            return misread;
        }
        Cell price = item.cells().get(Column.UNIT_PRICE);
        Cell at = misread != null ? misread : price;
        String quantity = q.get().toPlainString();
        boolean corroborated = q.get().scale() <= 0
                && (misread == null || misread.text().replaceAll("\\s", "").length() == quantity.length());
        return new Cell(quantity, at.left(), at.top(), at.right(), at.bottom(),
                corroborated ? CORROBORATED_FIGURE_CONFIDENCE : GUESSED_FIGURE_CONFIDENCE, misread != null ? misread.header() : null);
    }

    private static Geometry geometry(Segment s) {
        return Geometry.of(s.left(), s.top(), s.right() - s.left(), s.bottom() - s.top());
    }

    static float round(float confidence) {
        return Math.round(Math.max(0, Math.min(100, confidence)) * 1000f) / 1000f;
    }
}
