package io.barback.textract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.barback.documents.EditDistance;
import io.barback.documents.PrintedValues;
import io.barback.textract.Layout.Row;
import io.barback.textract.Layout.Segment;

/**
 * Finds the line-item table by its header row (the column titles suppliers print) and reads the
 * rows under it by column alignment: text cells by their left edge, numbers by their right edge,
 * as they are printed. A row counts as an item only when it has a description and an amount; the
 * table ends at the totals. A VAT analysis table (rate, net, VAT) has no description column and
 * is not taken for items.
 */
final class LineItemTable {

    enum Column { CODE, DESCRIPTION, QUANTITY, UNIT_PRICE, DISCOUNT, VAT_RATE, AMOUNT, GROSS, OTHER }

    /** One column: what it holds, its title, and its span on the page. */
    record Col(Column kind, String title, float left, float right) {
    }

    /** One item row: the cells by column, the row itself and the words of each cell. */
    record Item(Row row, Map<Column, Cell> cells, boolean quantityColumn) {
    }

    record Cell(String text, float left, float top, float right, float bottom, float confidence, String header) {
    }

    record Table(Row header, List<Col> columns, List<Item> items) {
    }

    /** A currency in a column title says nothing of the column: "Price€", "Value €", "£ Total", "Credit EUR". */
    private static final Pattern CURRENCY_SIGN = Pattern.compile("[€£$¥]|(?i)\\b(?:eur|gbp|usd)\\b");

    /** An EAN-8, UPC, EAN-13 or GTIN-14 barcode's digits. */
    private static final Pattern BARCODE = Pattern.compile("\\d{8}|\\d{12,14}");

    /** Titles that name the thing sold rather than its description, in the suppliers' languages. */
    private static final Pattern THING = Pattern.compile("item|product|artikel|article|produkt|produit|articolo|artículo");

    /** A quantity column's title that says the goods were handed over, so charged: beside "Ordered", the quantity. */
    private static final Pattern CHARGED_QUANTITY = Pattern.compile("\\b(deliver|del\\b|ship|despatch|dispatch|suppl|invoiced)");
    /** A quantity column's title that says what was asked for: beside another quantity, a note. */
    private static final Pattern ORDERED_QUANTITY = Pattern.compile("\\b(order|ord\\b)");

    private static final Map<String, Column> TITLES = new LinkedHashMap<>();
    /** A fee's or a charge's title: beside a line amount, the price of one. */
    private static final Pattern FEE = Pattern.compile("fee|charge");
    /** The first column's title naming each line's charge, another column holding its amount. */
    private static final Pattern CHARGES_NAMED = Pattern.compile("charges?");

    static {
        title(Column.CODE, "code", "item code", "product code", "prod code", "sku", "ref", "article", "art no",
                "item no", "cat no", "part no", "stock code", "product no", "item #", "prod no", "barcode", "ean", "ean code", "gtin", "upc", "code no", "réf", "ref.", "référence", "artikelnr", "art nr", "art.-nr", "artikelnummer",
                "codice", "código", "material", "material no", "material number",
                "cod. articolo", "codice articolo", "cod. art.", "cod.", "referencia",
                // Polish
                "kod", "indeks", "kod towaru");
        title(Column.DESCRIPTION, "description", "desc", "product", "item", "details", "detail", "particulars", "concepto", "denominación", "descrição", "designação",
                "product description", "item description", "name", "product name", "goods description",
                "description of goods", "article description", "items", "désignation", "libellé", "bezeichnung",
                "beschreibung", "artikel", "omschrijving", "descrizione", "descripción", "producto",
                "nazwa", "nazwa towaru", "nazwa towaru lub usługi", "towar", "nazwa usługi",
                // a service firm's (waste, pest control, hygiene): what it did
                "service", "services", "service description",
                // a job sheet's: the work done on each visit
                "work carried out", "work done", "work performed", "description of work", "details of work",
                "work description", "description of works",
                // a statement-style bill's line per delivery: what the delivery held
                "goods delivered", "goods supplied", "products delivered");
        title(Column.QUANTITY, "qty", "quantity", "cases", "units", "no of cases", "cs", "ctns", "cartons",
                "bottles", "kegs", "qty cases", "qty supplied", "qty (cases)", "no", "quantity supplied", "btls",
                "packs", "qty/cs", "weight", "qté", "quantité", "menge", "anzahl", "aantal", "hoeveelheid", "quantità",
                "cantidad", "q.tà", "qtà", "qta", "cant.", "uds", "unidades", "quantidade", "qtd.", "qtde", "ilość",
                // goods counted in what they come in
                "bags", "boxes", "trays", "crates", "sacks", "tubs", "rolls", "pcs", "pieces", "cajas",
                "hours", "hrs", "days", "tot hrs", "total hrs", "total hours",
                // a weekly bill's count for the week, beside a column for each day of it
                "week", "wk", "week total", "total qty", "week qty",
                // a wine merchant's count of cases or of bottles, each in a column of its own
                "case", "btl", "bottle",
                // a job sheet's time on the job ("Time/Qty": "1h 30m" of labour, 2 of a part)
                "time", "time spent",
                // a hire firm's count of days or weeks beside its quantity of items
                "hire days", "days hire", "no of days", "hire period", "weeks", "nights",
                // a service firm's count of what it did
                "visits", "no of visits", "call outs", "callouts", "lifts", "collections",
                // goods sold by weight: the weight is the quantity priced
                "kg", "kgs", "kilos", "wt", "weight kg", "kg weight", "net weight",
                // a delivery docket's quantities: what was ordered and what was delivered (charged)
                "ordered", "qty ordered", "qty ord", "ord qty", "delivered", "qty delivered", "qty del", "del qty",
                "shipped", "qty shipped", "despatched", "dispatched", "qty despatched", "qty dispatched", "supplied");
        title(Column.UNIT_PRICE, "unit price", "price", "price/case", "rate", "each", "unit cost", "cost",
                "price each", "price per case", "case price", "unit price (eur)", "price (eur)", "per case",
                "price/unit", "unit price eur", "list price", "price/btl", "price/keg", "unit", "price €",
                "unit price €", "price ex vat", "unit net", "p u ht", "pu ht", "prix unitaire", "prix unitaire ht",
                "einzelpreis", "e-preis", "preis", "vk-preis", "vk preis", "stückpreis", "prijs", "stukprijs", "prezzo",
                "precio", "precio unitario", "prezzo unit.", "prezzo unitario", "precio unit.", "precio ud.", "day rate", "daily rate",
                "preço", "preço unit.", "preço unitário",
                "cena", "cena netto", "cena jedn.", "cena jednostkowa", "cena jedn. netto", "cena jednostkowa netto");
        title(Column.DISCOUNT, "disc", "disc %", "discount", "disc%", "discount %", "remise", "rabatt", "rabatt %",
                "korting", "sconto", "descuento", "sc. %", "sconto %", "dto.", "dto. %", "descuento %", "desc. %", "desconto");
        title(Column.VAT_RATE, "vat", "vat %", "vat rate", "tax", "tax rate", "vat code", "vat%", "tax %", "rate %",
                "btw", "btw %", "tva", "tva %", "taux tva", "stawka vat", "stawka", "mwst", "mwst %", "ust", "ust %", "iva", "iva %", "cod. iva", "cod iva");
        title(Column.AMOUNT, "amount", "total", "net", "line total", "value", "net amount", "net value", "goods",
                "total net", "line value", "ext", "extended", "net total", "amount (eur)", "total (eur)",
                "amount €", "total €", "net €", "amount eur", "line net", "nett", "net price", "goods value",
                "ex vat", "total ex vat", "net amt", "amt", "credit", "credit amount", "montant", "montant ht",
                "total ht", "betrag", "gesamt", "gesamtpreis", "zeilenbetrag", "positionsbetrag", "bedrag", "importo",
                "importe", "valor", "wartość", "wartość netto", "subtotal", "sub total", "item subtotal", "line subtotal", "item total", "line amount",
                "fee", "charge", "charges");
        title(Column.GROSS, "gross", "total inc vat", "total incl vat", "incl vat", "gross amount", "inc vat",
                "total incl. vat", "amount inc vat", "brutto", "wartość brutto");
        title(Column.OTHER, "size", "pack", "unit size", "uom", "vintage", "bin", "deposit", "abv", "pack size",
                // a drink's volume and the duty charged on it, the line's amount taking the duty in
                "vol", "volume", "litres", "excise", "duty", "excise duty", "levy",
                "unit of measure", "format", "pos", "position", "line no", "u.m.", "un.", "j.m.", "jm", "lp.", "lp",

                // where the goods come from (a fish merchant's catch area, a grower's country)
                "origin", "country of origin", "country", "coo", "catch area",
                // a service's period and what it served (a waste collector's bin)
                "period", "service period", "billing period", "container", "bin size",
                // a line's own date (of delivery, of the service, of the performance): no part of its description
                "date", "del date", "delivery date", "service date", "date of service", "datum", "lieferdatum",
                // a weekly bill's count for each day of the week, the week's in a quantity column of its own
                "day", "weekday", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday");
    }

    private static void title(Column column, String... titles) {
        for (String t : titles) {
            TITLES.put(titleKey(t), column);
            // a title's two words printed with spaces about their slash ("Price / case", "Qty / cs")
            TITLES.putIfAbsent(titleKey(t.replace("/", " / ")), column);
        }
    }

    /**
     * What a column title names: a title of the list, the quantity's with a word of the supplier's
     * own ("Qty Req'd"), or two of one kind given as alternatives ("Hrs/Qty", "Days / Qty"); null
     * for a title of the supplier's own.
     */
    private static Column kindOfTitle(String key) {
        Column kind = TITLES.get(key);
        if (kind == null && PERIOD_TITLE.matcher(key).matches()) {
            // a column for each week or day of the period billed ("w/c 07/09", "Week 2", "03/11"): its own count
            return Column.OTHER;
        }
        Matcher quantityFirst = QUANTITY_FIRST.matcher(key);
        if (kind == null && quantityFirst.matches() && !TITLES.containsKey(quantityFirst.group(1))) {
            // the quantity and what of it ("Qty Req'd", "Quantity shipped", a stacked header's two
            // titles), not the quantity's title run into the next one's ("Qty Description")
            return Column.QUANTITY;
        }
        if (kind == null && MEASURE_PER_PACK.matcher(key).matches()) {
            // what one pack holds ("Kg/Bag", "L / keg", "ml/btl"): its size, beside the count of packs
            return Column.OTHER;
        }
        Matcher perUnit = PER_UNIT.matcher(key);
        if (kind == null && perUnit.matches()
                && (perUnit.group(1).isEmpty() || TITLES.get(perUnit.group(1)) == Column.UNIT_PRICE)) {
            // a price for a unit of measure ("Price/kg", "Rate per litre", "€/kg"): the price of one
            return Column.UNIT_PRICE;
        }
        if (kind != null || !key.contains("/")) {
            return kind;
        }
        Column both = null;
        boolean unknown = false;
        for (String part : key.split("\\s*/\\s*")) {
            if (part.isBlank()) {
                // the currency sign's place before "/Unit" ("€/Unit": the price of one)
                continue;
            }
            Column k = TITLES.get(part.strip());
            if (k == null) {
                unknown = true;
                continue;
            }
            if (both != null && both != k) {
                return null;
            }
            both = k;
        }
        // a title in two languages, one the reader knows ("Nazwa towaru / Description", "Qty / Anzahl"): that
        // one's column. Only with spaces about the slash: "Pack/Size" or "Case/Btl" run together is no translation
        return unknown && !key.contains(" / ") ? null : both;
    }

    /**
     * A price's title for a unit of measure: "price/kg", "rate per litre", "€/case" (its sign left
     * out), its slash perhaps read by OCR as the letter l ("Pricelkg"), or spaced about, which a
     * title's key leaves out ("PRICE / KG" is "price kg"). Matched against a title's key, so its
     * units are folded as keys are.
     */
    private static final Pattern PER_UNIT = Pattern.compile("(.*?)(?:\\s*/\\s*|\\s+per\\s+|^per\\s+|(?<=\\p{L})i|\\s+)(?:"
            + Stream.of("kg", "kgs", "kilo", "g", "100g", "lb", "l", "ltr", "litre", "liter", "ml", "unit", "each", "ea", "case",
                    "cs", "btl", "bottle", "keg", "box", "pack", "doz", "dozen", "tray", "crate",
                    // a rate for a time ("Rate/day", "Price per week")
                    "day", "week", "wk", "night", "hour", "hr")
                    .map(LineItemTable::titleKey).distinct().collect(Collectors.joining("|")) + ")");

    /** A measure for one pack ("kg/bag", "l / keg", "ml/btl"), matched against a title's key: the pack's size. */
    private static final Pattern MEASURE_PER_PACK = Pattern.compile("(?:kg|kgs|kilo|g|gr|lb|l|ltr|litre|liter|ml|cl)\\s*(?:/|per)\\s*"
            + "(?:bag|bale|sack|net|case|cs|box|pack|bottle|btl|unit|each|keg|tray|crate|carton|ctn|tub|roll)");

    /**
     * A title naming a week or a day of the period billed, by its date or its number: "w/c 07/09"
     * (week commencing), "w/e 14/09", "Week 2", "Wk 3", "03/11"; its slash read by OCR as a letter
     * ("wic 07/09", folded as keys are). Matched against a title's key.
     */
    private static final Pattern PERIOD_TITLE = Pattern.compile(
            "(?:w/[ce]|wi[ce]|w[ce]|wk|week|week commencing|week ending)\\s*\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?"
                    // a day and month alone, two figures each ("03/11"; "24/7" is a helpline's hours, and a date
                    // with its year is the invoice's or a line's own, a value)
                    + "|\\d{2}[/.-]\\d{2}"
                    + "|(?:wk|week)\\s*\\d{1,2}");

    /** A title that opens with the quantity's, then a word of the supplier's own. */
    private static final Pattern QUANTITY_FIRST = Pattern.compile("(?:qty|quantity)\\s+([\\p{L}'’.]+)");

    /** Whether the text is a table's column title and nothing more ("Description", "PRICE", "Qty"): no name. */
    static boolean isColumnTitle(String text) {
        return kindOfTitle(titleKey(text)) != null;
    }

    /** A column title as compared: its tokens, currency signs left out. */
    static String titleKey(String title) {
        return String.join(" ", Labels.tokens(CURRENCY_SIGN.matcher(title).replaceAll(" ")));
    }

    private LineItemTable() {
    }

    /**
     * The first table on the page whose header names a description and an amount or price, with its
     * items. A row that reads as a header but has no items under it (a sidebar's labels, "INV. REF",
     * beside a table's upper titles) is passed over for the table further down.
     */
    static Optional<Table> find(List<Row> rows, float aspect) {
        Table empty = null;
        for (int r = 0; r < rows.size(); r++) {
            Row headerRow = rows.get(r);
            // titles over two rows ("Unit" over "Price €", "Item" over "Code"): read as one
            Row stacked = r + 1 < rows.size() ? stacked(rows.get(r), rows.get(r + 1)) : null;
            List<Col> columns = stacked == null ? null : header(stacked);
            if (columns != null) {
                headerRow = stacked;
            } else {
                columns = header(headerRow);
            }
            if (columns != null && totalsAcross(rows, r)) {
                // the bill's totals laid out as a row of labels over a row of figures: no table
                columns = null;
            }
            if (columns != null) {
                Table table = null;
                columns = pricedQuantity(rows, headerRow, columns, aspect);
                if (columns.stream().noneMatch(c -> c.kind() == Column.AMOUNT)) {
                    // prices titled, the line amount in the supplier's own words ("Credit"): told by its figures
                    List<Col> completed = withUntitledFigures(rows, r, aspect, columns, false);
                    columns = completed == null ? columns : completed;
                } else if (columns.stream().noneMatch(c -> c.kind() == Column.QUANTITY || c.kind() == Column.UNIT_PRICE)
                        && columns.stream().anyMatch(c -> c.kind() == Column.DESCRIPTION)) {
                    // the amount titled, "Qty" and "Price" lost to OCR over figures that make it: their
                    // columns told by the figures, quantity × price = amount on most lines
                    List<Col> completed = withUntitledFigures(rows, r, aspect, columns, true);
                    Table withFigures = completed == null ? null : read(rows, headerRow, completed, aspect);
                    table = withFigures != null && madeByMost(withFigures.items()) ? withFigures : null;
                }
                table = table != null ? table : read(rows, headerRow, columns, aspect);
                if (!table.items().isEmpty()) {
                    return Optional.of(table);
                }
                empty = empty == null ? table : empty;
            }
        }
        Optional<Table> other = anyOtherHeader(rows, aspect);
        return other.isPresent() || empty == null ? other : Optional.of(empty);
    }

    /**
     * Whether the row is the bill's totals set out across the page ("Goods | Net (excl. VAT) | VAT @
     * 23% | TOTAL DUE") with their figures on the row under it and nothing else there: three labels
     * of totals or more, and a row of amounts alone.
     */
    private static boolean totalsAcross(List<Row> rows, int r) {
        long totals = rows.get(r).segments().stream().map(Labels::match).filter(m -> m != null
                && (m.kind() == Labels.Kind.SUBTOTAL || m.kind() == Labels.Kind.TAX || m.kind() == Labels.Kind.TOTAL
                        || m.kind() == Labels.Kind.AMOUNT_DUE)).count();
        return totals >= 3 && r + 1 < rows.size() && rows.get(r + 1).segments().size() >= 3
                && rows.get(r + 1).segments().stream().allMatch(s -> PrintedValues.amount(s.text()).isPresent());
    }

    /**
     * A header whose titles are printed over two rows, one over the other ("Unit" over "Price €",
     * "VAT" over "Rate", "Item" over "Code"): both rows of titles, close together, each title of
     * the upper row joined to the word of the lower row it stands over. The row of the lower titles,
     * so that the items start under it; null when the rows are not such a header.
     */
    static Row stacked(Row upper, Row lower) {
        if (!stackable(upper) || !stackable(lower)
                || lower.top() - upper.bottom() > STACKED_GAP * Math.max(upper.bottom() - upper.top(), lower.bottom() - lower.top())) {
            return null;
        }
        List<Word> above = upper.segments().stream().flatMap(x -> x.words().stream()).toList();
        List<Word> below = lower.segments().stream().flatMap(x -> x.words().stream()).toList();
        Map<Word, Word> under = new LinkedHashMap<>();
        for (Word b : below) {
            Word best = null;
            float most = 0;
            for (Word a : above) {
                float overlap = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
                if (overlap > most) {
                    most = overlap;
                    best = a;
                }
            }
            if (best != null && !under.containsKey(best)) {
                under.put(best, b);
            }
        }
        if (under.size() < 2) {
            return null;
        }
        List<Word> titles = new ArrayList<>();
        for (Word a : above) {
            Word b = under.get(a);
            titles.add(b == null ? a : new Word(a.text() + " " + b.text(), Math.min(a.left(), b.left()), a.top(),
                    Math.max(a.right(), b.right()), b.bottom(), Math.min(a.confidence(), b.confidence())));
        }
        for (Word b : below) {
            if (!under.containsValue(b)) {
                titles.add(b);
            }
        }
        titles.sort(Comparator.comparingDouble(Word::left));
        List<Segment> segments = titles.stream().map(w -> Segment.of(List.of(w))).toList();
        return new Row(lower.index(), segments, upper.top(), lower.bottom(), lower.wordHeight());
    }

    /** A row of titles, one of a stacked header: three or more, none a figure, the signs of a unit ("%", "€") among them. */
    private static boolean stackable(Row row) {
        return row.segments().size() >= 3 && row.segments().stream().allMatch(x -> x.words().size() <= 4
                && (x.text().chars().anyMatch(Character::isLetter) && !isNumeric(x.text()) || x.text().strip().matches("[%€£$#]")));
    }

    /** The two rows of a stacked header are at most this many row heights apart. */
    private static final float STACKED_GAP = 1.2f;

    /** A table whose header does not name both its description and its money, told by what the rows under it hold. */
    private static Optional<Table> anyOtherHeader(List<Row> rows, float aspect) {
        // no header names the money: one that names the description, its money told by the figures under it
        for (int r = 0; r < rows.size(); r++) {
            List<Col> titled = titles(rows.get(r), false);
            List<Col> columns = hasDescription(titled) && !hasMoney(titled) ? withUntitledFigures(rows, r, aspect, titled, false) : null;
            if (columns != null) {
                return Optional.of(read(rows, rows.get(r), columns, aspect));
            }
        }
        // a header in the supplier's own words ("Work carried out | Hrs/Qty | Rate | Charge"): its
        // description is the title over the text of the rows below, its other columns are told by
        // the figures they hold, and quantity × price must make the amount
        for (int r = 0; r + 1 < rows.size(); r++) {
            if (!titleRow(rows.get(r)) || !figuresUnder(rows, r)) {
                continue;
            }
            List<Col> titled = untitledText(rows, r, titles(rows.get(r), false), aspect);
            // the amount's own title over the money ("Docket No. | Date | Goods | VAT | Amount", a line for
            // each docket of the month): no quantity × price is needed to tell the columns
            boolean moneyTitled = titled != null && titled.stream().anyMatch(c -> c.kind() == Column.AMOUNT);
            List<Col> columns = titled == null ? null : withUntitledFigures(rows, r, aspect, titled, !moneyTitled);
            if (columns != null) {
                return Optional.of(read(rows, rows.get(r), columns, aspect));
            }
        }
        return Optional.empty();
    }

    /** A row that may be a header of the supplier's own words: three titles or more, none of them a figure. */
    private static boolean titleRow(Row row) {
        return row.segments().size() >= 3 && row.segments().stream()
                .allMatch(s -> s.words().size() <= 4 && !isNumeric(s.text()) && s.text().chars().anyMatch(Character::isLetter));
    }

    /**
     * Whether the first row under the header with a figure in it holds figures as an item's row
     * does: two or more, money among them. A row of words alone between them (the title of a box
     * beside the table, "Summary") is passed over, one at most.
     */
    private static boolean figuresUnder(List<Row> rows, int header) {
        for (int r = header + 1; r < Math.min(rows.size(), header + 3); r++) {
            Row row = rows.get(r);
            long figures = row.segments().stream().filter(s -> figureKind(s.text()) != null).count();
            if (figures > 0 || r == header + 2) {
                return figures >= 2 && row.segments().stream().anyMatch(s -> figureKind(s.text()) == Column.AMOUNT);
            }
        }
        return false;
    }

    /**
     * The header's text columns told by what the rows below hold: the title over the left edge the
     * rows' descriptions share is the description (kept as titled when a title names it), a title
     * left of it over single codes with digits in them ("SA-130") the code. Null when the rows
     * below share no left edge of text.
     */
    private static List<Col> untitledText(List<Row> rows, int header, List<Col> titled, float aspect) {
        Row head = rows.get(header);
        float tolerance = head.wordHeight() * aspect;
        List<Row> below = rows.subList(header + 1, Math.min(rows.size(), header + 1 + ROWS_FOR_FIGURES));
        // each item row's longest run of words (a row with money, above the totals) is its description:
        // the left edge most of them share, within a letter's height
        List<Float> lefts = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Row row : below) {
            if (endsTable(row)) {
                break;
            }
            if (row.segments().stream().noneMatch(s -> figureKind(s.text()) == Column.AMOUNT)) {
                continue;
            }
            Optional<Segment> text = row.segments().stream()
                    .filter(s -> !isNumeric(s.text()) && s.text().chars().filter(Character::isLetter).count() >= 3)
                    .max(Comparator.comparingInt(s -> s.text().length()));
            if (text.isEmpty()) {
                continue;
            }
            int at = 0;
            while (at < lefts.size() && Math.abs(lefts.get(at) - text.get().left()) > tolerance) {
                at++;
            }
            if (at == lefts.size()) {
                lefts.add(text.get().left());
                counts.add(0);
            }
            counts.set(at, counts.get(at) + 1);
        }
        if (lefts.isEmpty()) {
            return null;
        }
        float textLeft = lefts.get(counts.indexOf(Collections.max(counts)));
        List<Col> columns = new ArrayList<>(titled);
        if (!hasDescription(titled)) {
            Segment title = head.segments().stream().filter(s -> Math.abs(s.left() - textLeft) <= tolerance).findFirst()
                    .orElse(null);
            if (title == null) {
                return null;
            }
            List<Col> over = columns.stream().filter(c -> c.left() < title.right() && c.right() > title.left()).toList();
            if (over.size() == 1 && (over.get(0).kind() == Column.AMOUNT || over.get(0).kind() == Column.GROSS)) {
                // a title that may name money ("Goods") over the words of most rows: their description,
                // and the money is the other amount's
                columns.remove(over.get(0));
                columns.replaceAll(c -> c.kind() == Column.GROSS ? new Col(Column.AMOUNT, c.title(), c.left(), c.right()) : c);
            } else if (!over.isEmpty()) {
                return null;
            }
            columns.add(new Col(Column.DESCRIPTION, title.text(), title.left(), title.right()));
        }
        float descriptionLeft = columns.stream().filter(c -> c.kind() == Column.DESCRIPTION).findFirst().orElseThrow().left();
        for (Segment title : head.segments()) {
            if (title.right() >= descriptionLeft || columns.stream().anyMatch(c -> c.left() < title.right() && c.right() > title.left())) {
                continue;
            }
            long codes = below.stream().flatMap(row -> row.segments().stream())
                    .filter(s -> s.overlapX(title.left() - tolerance, title.right() + tolerance) > 0 && s.words().size() == 1
                            && s.text().chars().anyMatch(Character::isDigit) && !isNumeric(s.text()))
                    .count();
            if (codes >= 2) {
                columns.add(new Col(Column.CODE, title.text(), title.left(), title.right()));
            }
        }
        columns.sort(Comparator.comparingDouble(Col::left));
        return columns;
    }

    /** How many rows under a header are looked at for the columns of figures its titles do not name. */
    private static final int ROWS_FOR_FIGURES = 8;

    /**
     * A header whose titles name the description but not the money (OCR lost "Qty", "Rate" and
     * "Amount" from a shaded title bar; a supplier's own words for them): the figures in the rows
     * under it line up in columns of their own, and those columns are named by what they hold.
     * The rightmost column of money is the amount, the one before it the unit price; whole
     * numbers before the prices are the quantity; percentages the VAT rate. Taken only when the
     * amount column has figures on two rows or more and, with a quantity and a unit price, when
     * quantity × unit price is the amount on one of them at least.
     */
    private static List<Col> withUntitledFigures(List<Row> rows, int header, float aspect, List<Col> titled,
            boolean arithmeticRequired) {
        float descriptionLeft = titled.stream().filter(c -> c.kind() == Column.DESCRIPTION).findFirst().orElseThrow().left();
        float tolerance = rows.get(header).wordHeight() * aspect;
        List<List<Segment>> clusters = new ArrayList<>();
        List<Row> below = rows.subList(header + 1, Math.min(rows.size(), header + 1 + ROWS_FOR_FIGURES));
        for (Row row : below) {
            for (Segment s : row.segments()) {
                if (s.left() <= descriptionLeft || figureKind(s.text()) == null) {
                    continue;
                }
                List<Segment> near = clusters.stream()
                        .filter(c -> Math.abs(c.get(0).right() - s.right()) <= tolerance).findFirst().orElse(null);
                if (near == null) {
                    clusters.add(new ArrayList<>(List.of(s)));
                } else {
                    near.add(s);
                }
            }
        }
        // a figure alone in its column is no column, but for a quantity where quantity x price must make the amount (one line)
        clusters.removeIf(c -> c.size() < 2 && !(arithmeticRequired && majority(c) == Column.QUANTITY));
        // a box of labelled figures beside the table ("Fees €1,280.00", "Total €1,574.40") is no column of it
        clusters.removeIf(c -> besideTheTable(c, below, rows.get(header)));
        clusters.sort(Comparator.comparingDouble(c -> c.get(0).right()));
        List<Col> money = new ArrayList<>();
        List<Col> inferred = new ArrayList<>();
        for (List<Segment> c : clusters) {
            Column kind = majority(c);
            float left = (float) c.stream().mapToDouble(Segment::left).min().orElseThrow();
            float right = (float) c.stream().mapToDouble(Segment::right).max().orElseThrow();
            boolean titledHere = titled.stream().anyMatch(t -> isNumericColumn(t.kind()) && t.left() <= right && t.right() >= left);
            if (kind == null || titledHere) {
                continue;
            }
            if (kind == Column.QUANTITY && titled.stream().anyMatch(t -> t.kind() == Column.QUANTITY
                    && below.stream().flatMap(r -> r.segments().stream()).anyMatch(g -> !c.contains(g) && isNumeric(g.text())
                            && g.left() <= t.right() && g.right() >= t.left()))) {
                // whole numbers beside a titled quantity (a count of door staff beside their "Hours"): a count of
                // the supplier's own, not what the line charges for
                kind = Column.OTHER;
            }
            Col col = new Col(kind, null, left, right);
            (kind == Column.AMOUNT ? money : inferred).add(col);
        }
        Col titledAmount = titled.stream().filter(c -> c.kind() == Column.AMOUNT).findFirst().orElse(null);
        if (money.isEmpty() && titledAmount == null) {
            return null;
        }
        // money columns, left to right: the last is the amount, the one before it the unit price, any
        // before those another figure; with the amount titled, the last before it is the unit price
        boolean pricesTitled = titled.stream().anyMatch(c -> c.kind() == Column.UNIT_PRICE);
        for (int i = 0; i < money.size(); i++) {
            Col m = money.get(i);
            Column kind;
            if (titledAmount != null) {
                boolean lastBefore = m.right() < titledAmount.left()
                        && (i + 1 == money.size() || money.get(i + 1).right() >= titledAmount.left());
                kind = lastBefore && !pricesTitled ? Column.UNIT_PRICE : Column.OTHER;
            } else {
                kind = i == money.size() - 1 ? Column.AMOUNT
                        : i == money.size() - 2 && !pricesTitled ? Column.UNIT_PRICE : Column.OTHER;
            }
            inferred.add(new Col(kind, null, m.left(), m.right()));
        }
        float firstPrice = (float) Stream.concat(money.stream(), titled.stream()
                .filter(c -> c.kind() == Column.UNIT_PRICE || c.kind() == Column.AMOUNT))
                .mapToDouble(Col::left).min().orElseThrow();
        inferred.removeIf(c -> c.kind() == Column.QUANTITY && c.left() > firstPrice);
        List<Col> columns = new ArrayList<>(titled);
        columns.addAll(inferred);
        columns.sort(Comparator.comparingDouble(Col::left));
        boolean arithmetic = columns.stream().anyMatch(c -> c.kind() == Column.QUANTITY)
                && columns.stream().anyMatch(c -> c.kind() == Column.UNIT_PRICE);
        // with no quantity × price to check, a header of one title (a paragraph's "items") is not enough
        boolean enough = arithmetic || !arithmeticRequired && titled.size() >= 2;
        float edge = sidebarEdge(rows, rows.get(header), columns, titled, aspect);
        return enough && agreeOnARow(below.stream().map(r -> leftOf(r, edge)).toList(), columns, arithmetic) ? columns : null;
    }

    /** A price with its currency or for one of something: "€0.3124 per kWh", "10.21 / month". */
    private static final Pattern PRICED_PER = Pattern.compile("[€£$]|\\bper\\b|/");

    /** A column titled for a line's date. */
    private static final Pattern DATE_TITLE = Pattern.compile("\\bdate\\b|\\bdatum\\b");

    /** How near the words after a line's date start to the description's title for the two to be cells of their own. */
    private static final float DATE_THEN_TEXT = 0.01f;

    /** A figure and its unit, or a price for one: "4,699 kWh", "62 days", "€0.3124 per kWh", "€10.21 / month". */
    private static final Pattern FIGURE_WITH_UNIT = Pattern.compile(
            "[€£$]?\\s?-?\\d[\\d.,]*\\s*(?:(?:per|/)\\s*\\p{L}{1,8}|\\p{L}{1,8}\\.?(?:\\s*(?:per|/)\\s*\\p{L}{1,8})?)");

    /** How near a cell's right edge stands to its column title's when both are set flush right. */
    private static final float RIGHT_ALIGNED = 0.006f;

    /**
     * Whether a column of figures is a box beside the table rather than one of its columns: each
     * figure has a label of words before it on its row, and the labels stand right of all the
     * header's titles.
     */
    private static boolean besideTheTable(List<Segment> cluster, List<Row> below, Row header) {
        float headerRight = (float) header.segments().stream().mapToDouble(Segment::right).max().orElse(1);
        for (Segment figure : cluster) {
            Row row = below.stream().filter(r -> r.segments().contains(figure)).findFirst().orElse(null);
            int at = row == null ? -1 : row.segments().indexOf(figure);
            Segment label = at > 0 ? row.segments().get(at - 1) : null;
            if (label == null || label.left() <= headerRight || figureKind(label.text()) != null
                    || label.text().chars().noneMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /** What a figure under an untitled column is: money, a whole number (a quantity) or a percentage; null for neither. */
    private static Column figureKind(String text) {
        String t = text.strip();
        if (PrintedValues.percent(t).isPresent() && t.contains("%")) {
            return Column.VAT_RATE;
        }
        if (PrintedValues.amount(t).isPresent()) {
            return Column.AMOUNT;
        }
        if (t.matches("\\d{1,4}")) {
            return Column.QUANTITY;
        }
        return null;
    }

    private static Column majority(List<Segment> cluster) {
        Map<Column, Integer> counts = new EnumMap<>(Column.class);
        cluster.forEach(s -> counts.merge(figureKind(s.text()), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> 2 * e.getValue() > cluster.size())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The amount column has figures on two rows, and where there are a quantity and a unit price, they make the amount on one. */
    private static boolean agreeOnARow(List<Row> rows, List<Col> columns, boolean arithmetic) {
        int amounts = 0;
        boolean agrees = false;
        for (Row row : rows) {
            Map<Column, Cell> cells = cells(row, columns);
            Cell amount = cells.get(Column.AMOUNT);
            if (amount == null || PrintedValues.amount(amount.text()).isEmpty()) {
                continue;
            }
            amounts++;
            Cell q = cells.get(Column.QUANTITY);
            Optional<BigDecimal> implied = inferredQuantity(cells);
            agrees |= q != null && implied.isPresent()
                    && PrintedValues.number(q.text()).map(n -> n.compareTo(implied.get()) == 0).orElse(false);
        }
        return amounts >= 2 && (!arithmetic || agrees);
    }

    /** What a till receipt prints between a quantity and its unit price: "23 @ 6.40", "2 x 4.99". */
    private static final Set<String> AT = Set.of("@", "x", "X", "×");
    /** A VAT or department code printed after a receipt line's amount ("147.20 B", "9.98 *"). */
    private static final Pattern LINE_CODE = Pattern.compile("[A-Za-z*#]{1,2}|\\d");

    /**
     * Items printed with no header row, as till receipts and cash-and-carry bills print them: a
     * row "quantity @ unit price ... amount" (and perhaps a VAT code), its description before it on
     * the row or alone on the row right above. A row counts only when quantity times unit price is
     * its amount to the cent, so an address, a VAT analysis ("VAT B 13.5% ON 147.20  19.87") or a
     * card slip is never taken for an item. For a page whose items have no table header.
     */
    static Optional<Table> findUnheaded(List<Row> rows) {
        List<Item> items = new ArrayList<>();
        // promotions printed between items, kept once another item follows them
        List<Item> between = new ArrayList<>();
        Row above = null;
        for (Row row : rows) {
            Item item = unheadedItem(row, above);
            Item taken = item == null && !items.isEmpty() ? takenOff(row) : null;
            if (item != null) {
                items.addAll(between);
                between.clear();
                items.add(item);
                above = null;
            } else if (taken != null) {
                between.add(taken);
                above = null;
            } else {
                above = row;
            }
        }
        if (!between.isEmpty() && !items.isEmpty() && madeByAll(rows, items, between)) {
            // a saving after the last item ("MULTIBUY SAVING  -2.50"): a line too, when with it the
            // lines make the net total printed just under them
            items.addAll(between);
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new Table(null, List.of(), items));
    }

    /** Rows after the last of a receipt's lines in which its net total may stand ("ITEMS: 18" between). */
    private static final int ROWS_TO_NET_TOTAL = 3;

    /** Whether a subtotal printed within a few rows under the last line is what the lines and the savings make. */
    private static boolean madeByAll(List<Row> rows, List<Item> items, List<Item> savings) {
        BigDecimal all = sum(items).add(sum(savings));
        int last = savings.get(savings.size() - 1).row().index();
        for (int r = last + 1; r < rows.size() && r <= last + ROWS_TO_NET_TOTAL; r++) {
            List<Segment> segments = rows.get(r).segments();
            Labels.Match label = Labels.match(segments.get(0));
            if (label != null && label.kind() == Labels.Kind.SUBTOTAL) {
                return PrintedValues.amount(segments.get(segments.size() - 1).text()).map(v -> v.compareTo(all) == 0).orElse(false);
            }
        }
        return false;
    }

    /** A leader printed from a line's words to its amount: dots, dashes or underscores only. */
    private static final Pattern LEADER = Pattern.compile("[.…_·-]{3,}");

    /** How many rows over the subtotal lines without a header are looked for. */
    private static final int MAX_SUMMED_ROWS = 30;
    /** A line's description wrapped onto at most this many rows under it. */
    private static final int MAX_WRAPPED_ROWS = 2;

    /**
     * Lines with no header over them, a description and an amount each (a booking agent's fees, a
     * letter's "Performance fee … €550.00"), perhaps a count before and a price after the
     * description that make the amount ("2  BOX  TOMATOES 6KG   9.50   19.00"): the rows right
     * over the subtotal, each ending in an amount set in the subtotal's column, that add up to it
     * to the cent. A row of words alone under such a row is its description wrapped (two at most);
     * more of them between the last line and the subtotal are a paragraph of notes on it, left out.
     * A line whose words begin in small letters is a paragraph's last, begun on the rows above it
     * ("To professional services …" over "… for bar and kitchen staff.  700.00"). A row that opens
     * with a label's word and goes on as a sentence is a description. Anything else in the way (a
     * label, a figure out of the column, a third row of words between two lines) and there are none:
     * only the sum proves them lines.
     */
    static List<Item> summedLines(List<Row> rows, int start, float valueRight, BigDecimal sum) {
        List<Item> found = new ArrayList<>();
        List<Row> wrapped = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int r = start - 1; r >= 0 && start - r <= MAX_SUMMED_ROWS; r--) {
            Row row = rows.get(r);
            List<Segment> segments = row.segments();
            Segment last = segments.get(segments.size() - 1);
            List<Segment> text = segments.subList(0, segments.size() - 1);
            if (segments.stream().anyMatch(LineItemTable::label)) {
                // a label in the way; a sentence that opens with a label's word ("To professional services
                // rendered …", a fee note's) is a description
                return List.of();
            }
            Optional<BigDecimal> amount = PrintedValues.amount(last.text());
            // figures beside the amount: none, or a count first and a price last that make it
            List<Segment> figures = text.stream().filter(g -> isNumeric(g.text())).toList();
            List<Segment> named = new ArrayList<>(text.stream().filter(g -> !isNumeric(g.text())).toList());
            boolean priced = figures.size() == 2 && figures.get(0).words().size() == 1 && figures.get(1).words().size() == 1
                    && figures.get(0).right() < named.stream().map(Segment::left).min(Float::compare).orElse(0f)
                    && makesItsAmount(figures.get(0).words().get(0), figures.get(1).words().get(0),
                            last.words().get(last.words().size() - 1));
            if (priced && named.size() > 1 && named.get(0).words().size() == 1 && named.get(0).text().strip().length() <= 4) {
                // the count's unit in a column of its own ("2  BOX  TOMATOES"): no part of the description
                named.remove(0);
            }
            // a paragraph's last line that is a figure ending its sentence ("… for the quarter to 30 November" over
            // "2026.  €580.00"): the sentence's, begun on the rows above
            boolean sentenceEnd = named.isEmpty() && figures.size() == 1 && SENTENCE_ENDING_FIGURE.matcher(figures.get(0).text()).matches()
                    && paragraphHead(rows, r) >= 0;
            if (sentenceEnd) {
                named.add(figures.get(0));
                figures = List.of();
            }
            boolean words = sentenceEnd || named.stream().anyMatch(g -> g.text().chars().filter(Character::isLetter).count() >= 3)
                    && (figures.isEmpty() || priced);
            if (amount.isPresent() && Math.abs(last.right() - valueRight) <= COLUMN_SLACK && words) {
                List<Word> description = new ArrayList<>();
                named.forEach(g -> description.addAll(g.words()));
                int head = startsLowerCase(named.get(0).text()) || sentenceEnd || sentenceGoesOn(rows, r, r + 1)
                        ? paragraphHead(rows, r) : -1;
                if (head >= 0) {
                    // the amount on a paragraph's last line ("for bar and kitchen staff.  700.00"): the
                    // paragraph begins on a row above, the first with a capital; words under it are the
                    // next line's heading ("Outlay"), not its own
                    wrapped.clear();
                    List<Word> above = new ArrayList<>();
                    for (int h = head; h < r; h++) {
                        rows.get(h).segments().forEach(g -> above.addAll(g.words()));
                    }
                    description.addAll(0, above);
                    r = head;
                }
                if (wrapped.size() <= MAX_WRAPPED_ROWS) {
                    wrapped.forEach(w -> w.segments().forEach(g -> description.addAll(g.words())));
                }
                // more rows of words than a description wraps onto: a paragraph of notes on the work done, no part of it
                Map<Column, Cell> cells = new EnumMap<>(Column.class);
                // dots led from the words to the amount ("Our fee for the above services ........") are no words
                description.removeIf(w -> LEADER.matcher(w.text()).matches());
                cells.put(Column.DESCRIPTION, cell(description));
                cells.put(Column.AMOUNT, cell(last.words()));
                if (priced) {
                    cells.put(Column.QUANTITY, cell(figures.get(0).words()));
                    cells.put(Column.UNIT_PRICE, cell(figures.get(1).words()));
                }
                // or its count and price written in the description ("Sound engineer – 3 hours @ €50.00 per hour")
                found.add(0, new Item(row, pricedInDescription(cells, row), false));
                wrapped.clear();
                total = total.add(amount.get());
                if (total.compareTo(sum) == 0) {
                    return found;
                }
            } else if (wordsAlone(row) && (found.isEmpty() || wrapped.size() < MAX_WRAPPED_ROWS)) {
                // words alone: the description of the line over them, wrapped (read bottom up), or,
                // between the last line and the subtotal only, a paragraph of notes on it
                wrapped.add(0, row);
            } else {
                return List.of();
            }
        }
        return List.of();
    }

    /** A figure closing a sentence, a year or a day ("2026.", "30."), no amount. */
    private static final Pattern SENTENCE_ENDING_FIGURE = Pattern.compile("\\s*\\d{1,4}\\.\\s*");

    /** A count times a price on a till roll's row ("3 x 12.60", "3 @ €1.20"), the line's amount perhaps after it. */
    private static final Pattern COUNT_TIMES_PRICE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[x×@]\\s*([€£]?\\s?\\d+[.,]\\d{2})");
    /** A code before the words it names ("CR118 Cheese Crisps", "NT-520 Peanuts"): capitals, then three figures or more. */
    private static final Pattern LEADING_CODE = Pattern.compile("\\p{Lu}{1,4}-?\\d{3,8}");
    /** A count of what a receipt lists ("Items: 7  Units: 20", "No. of items 12"), between its last line and its totals. */
    private static final Pattern ITEM_COUNT = Pattern.compile("(?i)^(?:no\\.? of )?(?:items|lines|units)\\b.*\\d");
    /** A ruling printed in characters ("------", "=====", "*****"). */
    private static final Pattern PRINTED_RULING = Pattern.compile("[-=_*~.\\s]{8,}");
    /** At most this many lines are read up a till roll. */
    private static final int MAX_STACKED = 60;

    /**
     * A till roll's lines, each stacked over rows of its own: the item's name (its code first, if
     * any), then its count times its price ("3 x 12.60"), then its amount, perhaps with its VAT mark
     * after it ("37.80 A"); or the name over one row of count, price and amount. Read up from the
     * subtotal, over rulings printed in dashes and a count of items, until the amounts make the
     * subtotal to the cent; none where they do not, or where a count times its price is not its
     * amount.
     */
    static List<Item> stackedLines(List<Row> rows, int start, BigDecimal sum) {
        int r = start - 1;
        while (r >= 0 && start - r <= 3 && (PRINTED_RULING.matcher(rows.get(r).text().strip()).matches()
                || ITEM_COUNT.matcher(rows.get(r).text().strip()).find())) {
            r--;
        }
        List<Item> found = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        while (r >= 1 && found.size() < MAX_STACKED) {
            List<Word> amountRow = rows.get(r).segments().stream().flatMap(g -> g.words().stream()).toList();
            List<Word> figures = new ArrayList<>(amountRow);
            Word mark = figures.size() > 1 && MARK.matcher(figures.get(figures.size() - 1).text()).matches()
                    ? figures.remove(figures.size() - 1) : null;
            Optional<BigDecimal> amount = figures.isEmpty() ? Optional.empty()
                    : PrintedValues.amount(figures.get(figures.size() - 1).text());
            List<Word> counted = figures.isEmpty() ? List.of() : figures.subList(0, figures.size() - 1);
            if (amount.isEmpty() || !counted.isEmpty() && !COUNT_TIMES_PRICE.matcher(Layout.join(counted)).matches()) {
                return List.of();
            }
            r--;
            if (counted.isEmpty() && COUNT_TIMES_PRICE.matcher(rows.get(r).text().strip()).matches()) {
                counted = rows.get(r).segments().stream().flatMap(g -> g.words().stream()).toList();
                r--;
            }
            Row named = r >= 0 ? rows.get(r) : null;
            if (named == null || !wordsAlone(named) || named.text().chars().filter(Character::isLetter).count() < 3
                    || named.segments().stream().anyMatch(LineItemTable::label)
                    || PRINTED_RULING.matcher(named.text().strip()).matches()) {
                return List.of();
            }
            Map<Column, Cell> cells = new EnumMap<>(Column.class);
            List<Word> name = named.segments().stream().flatMap(g -> g.words().stream()).toList();
            if (name.size() > 1 && LEADING_CODE.matcher(name.get(0).text()).matches()) {
                cells.put(Column.CODE, cell(name.subList(0, 1)));
                name = name.subList(1, name.size());
            }
            cells.put(Column.DESCRIPTION, cell(name));
            Word amountWord = figures.get(figures.size() - 1);
            cells.put(Column.AMOUNT, cell(List.of(amountWord)));
            if (mark != null) {
                // the line's VAT code, which the receipt's VAT summary explains ("37.80 A" … "A 23% 185.40 42.64")
                cells.put(Column.VAT_RATE, cell(List.of(mark)));
            }
            if (!counted.isEmpty()) {
                Word count = counted.get(0);
                List<Word> price = counted.subList(Math.min(counted.size(), 2), counted.size());
                if (count.text().matches("\\d+(?:\\.\\d+)?[x×@]") || price.isEmpty()) {
                    // "2x" run together: the price is all after it
                    price = counted.subList(1, counted.size());
                }
                Optional<BigDecimal> q = PrintedValues.number(count.text().replaceAll("[x×@]$", ""));
                Optional<BigDecimal> each = price.isEmpty() ? Optional.empty() : PrintedValues.amount(Layout.join(price));
                if (q.isEmpty() || each.isEmpty() || times(q.get(), each.get()).compareTo(amount.get().abs()) != 0) {
                    return List.of();
                }
                cells.put(Column.QUANTITY, new Cell(q.get().toPlainString(), count.left(), count.top(), count.right(),
                        count.bottom(), count.confidence(), null));
                cells.put(Column.UNIT_PRICE, cell(price));
            }
            found.add(0, new Item(named, cells, !counted.isEmpty()));
            total = total.add(amount.get());
            if (total.compareTo(sum) == 0) {
                return found;
            }
            r--;
        }
        return List.of();
    }

    /**
     * Two quantities titled apart, side by side, and joined as one column's titles ("Units   Weight
     * (kg)" over "8   2.354"): the one that, times the price, makes every line's amount (two lines at
     * least) is the quantity, the other a note (the pieces counted beside the weight charged). Kept
     * as one column when neither does (a hire firm's "Qty   Hire days", whose amounts both make
     * together, one of them 1 on some lines).
     */
    private static List<Col> pricedQuantity(List<Row> rows, Row headerRow, List<Col> columns, float aspect) {
        for (int i = 0; i < columns.size(); i++) {
            Col joined = columns.get(i);
            if (joined.kind() != Column.QUANTITY || !joined.title().contains(" / ")) {
                continue;
            }
            List<Segment> titles = headerRow.segments().stream()
                    .filter(g -> g.left() >= joined.left() - EDGE && g.right() <= joined.right() + EDGE).toList();
            if (titles.size() != 2) {
                continue;
            }
            for (Segment charged : titles) {
                List<Col> tried = new ArrayList<>(columns);
                tried.remove(i);
                tried.addAll(i, titles.stream().map(g -> new Col(g == charged ? Column.QUANTITY : Column.OTHER, g.text(),
                        g.left(), g.right())).toList());
                if (madeByEvery(read(rows, headerRow, tried, aspect).items())) {
                    return tried;
                }
            }
        }
        return columns;
    }

    /** How far a title's edge may stand from its column's, in page widths: rounding only. */
    private static final float EDGE = 0.001f;

    /** Whether quantity × unit price makes the amount on every item that prints all three, two at least. */
    private static boolean madeByEvery(List<Item> items) {
        List<Item> priced = items.stream().filter(LineItemTable::pricesAll).toList();
        return priced.size() >= 2 && priced.stream().allMatch(LineItemTable::madeByItsFigures);
    }

    /** Whether quantity × unit price makes the amount on half the items or more, two at least when there are two. */
    private static boolean madeByMost(List<Item> items) {
        long made = items.stream().filter(i -> pricesAll(i) && madeByItsFigures(i)).count();
        return made >= Math.min(2, items.size()) && made * 2 >= items.size();
    }

    /** Whether the item prints a quantity, a unit price and an amount. */
    private static boolean pricesAll(Item item) {
        return Stream.of(Column.QUANTITY, Column.UNIT_PRICE, Column.AMOUNT).allMatch(item.cells()::containsKey);
    }

    /** Whether the item's quantity × unit price, as printed, is its amount. */
    private static boolean madeByItsFigures(Item item) {
        return makesItsAmount(word(item.cells().get(Column.QUANTITY)), word(item.cells().get(Column.UNIT_PRICE)),
                word(item.cells().get(Column.AMOUNT)));
    }

    /** A cell as the one word it reads. */
    private static Word word(Cell c) {
        return new Word(c.text(), c.left(), c.top(), c.right(), c.bottom(), c.confidence());
    }

    /** Whether a text begins with a small letter. */
    static boolean startsLowerCase(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    /**
     * The row a paragraph begins on, whose last line is row {@code last}: the rows of words alone over
     * it, at most {@link #MAX_WRAPPED_ROWS}, the first of them with a capital, the others with small
     * letters, none a label; -1 when there is no such row.
     */
    private static int paragraphHead(List<Row> rows, int last) {
        for (int head = last - 1; head >= 0 && last - head <= MAX_WRAPPED_ROWS; head--) {
            Row row = rows.get(head);
            String t = row.text().strip();
            if (!wordsAlone(row) || t.isEmpty() || row.segments().stream().anyMatch(LineItemTable::label)) {
                return -1;
            }
            if (Character.isUpperCase(t.codePointAt(0)) && !sentenceGoesOn(rows, head, last)) {
                return head;
            }
            if (!startsLowerCase(t) && !Character.isUpperCase(t.codePointAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the row over {@code head} carries on into it: words alone, close over it, running at
     * least as far right as its words (a sentence wrapped at the margin, not a heading such as
     * "Outlay"), not ending a sentence ("… for the year ended 30" over "September 2026, …"), within
     * a paragraph's reach.
     */
    private static boolean sentenceGoesOn(List<Row> rows, int head, int last) {
        if (head == 0 || last - (head - 1) > MAX_WRAPPED_ROWS) {
            return false;
        }
        Row above = rows.get(head - 1);
        Row row = rows.get(head);
        String t = above.text().strip();
        float wordsRight = (float) row.segments().stream().filter(g -> PrintedValues.amount(g.text()).isEmpty())
                .mapToDouble(Segment::right).max().orElse(1);
        return wordsAlone(above) && !t.isEmpty() && above.segments().stream().noneMatch(LineItemTable::label)
                && row.top() - above.bottom() < row.bottom() - row.top() && !t.matches(".*[.:;!?]$")
                && above.segments().get(above.segments().size() - 1).right() >= wordsRight;
    }

    /** A row with no amount on it: words alone. */
    private static boolean wordsAlone(Row row) {
        return row.segments().stream().allMatch(g -> PrintedValues.amount(g.text()).isEmpty());
    }

    /**
     * A receipt's promotion or discount between its items, a line of its own with no quantity and a
     * price taken off ("PROMO 3 FOR 2 COLA  -21.99 A"): words, then one negative amount, perhaps
     * the line's VAT code. Only between two items: below the last one, a negative figure is the
     * totals block's.
     */
    private static Item takenOff(Row row) {
        List<Word> words = row.segments().stream().flatMap(s -> s.words().stream()).toList();
        int last = words.size() - 1;
        Word code = null;
        if (last >= 2 && LINE_CODE.matcher(words.get(last).text()).matches()) {
            code = words.get(last);
            last--;
        }
        if (last < 1) {
            return null;
        }
        Optional<BigDecimal> amount = PrintedValues.amount(words.get(last).text());
        List<Word> description = words.subList(0, last);
        if (amount.isEmpty() || amount.get().signum() >= 0
                || description.stream().noneMatch(w -> w.text().chars().filter(Character::isLetter).count() >= 2)
                || description.stream().anyMatch(w -> PrintedValues.amount(w.text()).isPresent())) {
            return null;
        }
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        cells.put(Column.DESCRIPTION, cell(description));
        cells.put(Column.AMOUNT, cell(List.of(words.get(last))));
        if (code != null) {
            cells.put(Column.VAT_RATE, cell(List.of(code)));
        }
        return new Item(row, cells, false);
    }

    private static Item unheadedItem(Row row, Row above) {
        List<Word> words = new ArrayList<>();
        for (Segment segment : row.segments()) {
            for (Word w : segment.words()) {
                // "23@6.40" printed without spaces is three words
                String[] parts = w.text().split("(?<=\\d)(?=[@×])|(?<=[@×])(?=\\d)");
                for (String part : parts) {
                    words.add(new Word(part, w.left(), w.top(), w.right(), w.bottom(), w.confidence()));
                }
            }
        }
        Item counted = countedItem(row, words);
        if (counted != null) {
            return counted;
        }
        int at = -1;
        for (int i = 1; i + 2 < words.size() && at < 0; i++) {
            if (AT.contains(words.get(i).text())) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        int last = words.size() - 1;
        Word code = null;
        if (last == at + 3 && LINE_CODE.matcher(words.get(last).text()).matches()) {
            code = words.get(last);
            last--;
        }
        if (last != at + 2) {
            return null;
        }
        Word qty = words.get(at - 1);
        Word price = words.get(at + 1);
        Word amount = words.get(last);
        if (!makesItsAmount(qty, price, amount)) {
            return null;
        }
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        List<Word> description = words.subList(0, at - 1);
        Row itemRow = row;
        if (description.stream().noneMatch(w -> w.text().chars().anyMatch(Character::isLetter))) {
            // the description alone on the row above: words, not a figure of its own
            if (above == null || above.index() != row.index() - 1 || above.segments().isEmpty()
                    || isNumeric(above.segments().get(above.segments().size() - 1).text())
                    || above.text().chars().noneMatch(Character::isLetter)) {
                return null;
            }
            description = above.segments().stream().flatMap(seg -> seg.words().stream()).toList();
            List<Segment> both = new ArrayList<>(above.segments());
            both.addAll(row.segments());
            itemRow = new Row(above.index(), both, above.top(), row.bottom(), row.wordHeight());
        }
        if (description.size() > 1 && (description.get(0).text().matches("\\d{5,14}") || LEADING_CODE.matcher(description.get(0).text()).matches())
                && description.subList(1, description.size()).stream().anyMatch(w -> w.text().chars().anyMatch(Character::isLetter))) {
            // a receipt's line opens with the product's number or code ("5014010 KILN DRIED LOGS 40L",
            // "CR118 Cheese Crisps"): its code
            cells.put(Column.CODE, cell(description.subList(0, 1)));
            description = description.subList(1, description.size());
        }
        putPriced(cells, description, qty, price, amount);
        if (code != null) {
            // the line's VAT code, which the receipt's VAT analysis explains ("25.47 B" … "B 13.5% 22.44 3.03")
            cells.put(Column.VAT_RATE, cell(List.of(code)));
        }
        return new Item(itemRow, cells, true);
    }

    /**
     * An item written out as a line of its own, the count first: "5 × Smokeless coal 20kg @ €14.80 =
     * €74.00" (the "=" may be left out). Taken only when the count times the price is the amount to
     * the cent; null otherwise.
     */
    private static Item countedItem(Row row, List<Word> words) {
        if (words.size() < 6 || !AT.contains(words.get(1).text()) || words.get(1).text().equals("@")) {
            return null;
        }
        int at = -1;
        for (int i = 3; i < words.size() && at < 0; i++) {
            if (words.get(i).text().equals("@")) {
                at = i;
            }
        }
        int last = words.size() - 1;
        boolean equals = at > 0 && last == at + 3 && words.get(at + 2).text().equals("=");
        if (at < 0 || last != at + 2 && !equals) {
            return null;
        }
        List<Word> description = words.subList(2, at);
        if (description.stream().noneMatch(w -> w.text().chars().anyMatch(Character::isLetter))
                || !makesItsAmount(words.get(0), words.get(at + 1), words.get(last))) {
            return null;
        }
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        putPriced(cells, description, words.get(0), words.get(at + 1), words.get(last));
        return new Item(row, cells, true);
    }

    /** Whether the count times the price, to the cent, is the amount (a count above nothing). */
    private static boolean makesItsAmount(Word qty, Word price, Word amount) {
        Optional<BigDecimal> q = PrintedValues.number(qty.text());
        Optional<BigDecimal> p = PrintedValues.amount(price.text()).or(() -> PrintedValues.number(price.text()));
        Optional<BigDecimal> a = PrintedValues.amount(amount.text());
        return q.isPresent() && p.isPresent() && a.isPresent() && q.get().signum() > 0
                && times(q.get(), p.get()).compareTo(a.get().abs()) == 0;
    }

    /** A line written out in words: its description, count, price and amount, each a cell. */
    private static void putPriced(Map<Column, Cell> cells, List<Word> description, Word qty, Word price, Word amount) {
        cells.put(Column.DESCRIPTION, cell(description));
        cells.put(Column.QUANTITY, cell(List.of(qty)));
        cells.put(Column.UNIT_PRICE, cell(List.of(price)));
        cells.put(Column.AMOUNT, cell(List.of(amount)));
    }

    private static Cell cell(List<Word> words) {
        Segment s = Segment.of(words);
        float mean = (float) words.stream().mapToDouble(Word::confidence).average().orElse(0);
        return new Cell(s.text(), s.left(), s.top(), s.right(), s.bottom(), mean, null);
    }

    /**
     * The column titles of a row that reads as a table's header, whatever columns they name; null
     * when it does not. Not {@code strict}: any row, its titles of the supplier's own left out.
     */
    /** The word closing a box's title: a summary beside the table, not a column of it. */
    private static final Pattern BOX_TITLE_WORD = Pattern.compile("(?i)summary|totals|analysis|breakdown");

    private static List<Col> titles(Row row, boolean strict) {
        List<Word> words = new ArrayList<>();
        for (Segment s : row.segments()) {
            words.addAll(s.words());
        }
        List<Col> columns = new ArrayList<>();
        // titles of the supplier's own standing apart from the others ("Reason"), not a word of a longer title
        List<Col> standalone = new ArrayList<>();
        int extraWords = 0;
        int i = 0;
        while (i < words.size()) {
            Col previous = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            int closing = bracketClosing(row, words, i);
            if (previous != null && previous.kind() != null && closing > i && sameSegment(row, words.get(i - 1), words.get(i))) {
                // a note in brackets after a title, in its segment ("Description (producer, vintage, size)",
                // "Amount (EUR, excl. VAT)"): the title's, whatever its words
                Word end = words.get(closing);
                columns.set(columns.size() - 1, new Col(previous.kind(),
                        previous.title() + " " + Layout.join(words.subList(i, closing + 1)), previous.left(), end.right()));
                i = closing + 1;
                continue;
            }
            int matched = 0;
            Column kind = null;
            for (int n = Math.min(4, words.size() - i); n >= 1; n--) {
                if (!sameSegment(row, words.get(i), words.get(i + n - 1))) {
                    continue;
                }
                String key = titleKey(Layout.join(words.subList(i, i + n)));
                if (key.isEmpty()) {
                    // a currency sign standing alone between titles
                    break;
                }
                Column named = kindOfTitle(key);
                if (named != null) {
                    matched = n;
                    kind = named;
                    break;
                }
            }
            if (matched == 0) {
                // a word that is no column title: the row is a header only if such words are rare
                Word w = words.get(i);
                Col last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
                if (last != null && last.kind() != null && sameSegment(row, words.get(i - 1), w) && w.text().length() > 2
                        && noTitleAfter(row, words, i)) {
                    // the supplier's words after a title, in its segment ("Qty Returned"): the title's column is that
                    // wide; a box's title ("CREDIT SUMMARY", "Invoice totals") beside the table is no column of it
                    Column widened = BOX_TITLE_WORD.matcher(w.text()).matches() ? Column.OTHER : last.kind();
                    columns.set(columns.size() - 1, new Col(widened, last.title() + " " + w.text(), last.left(), w.right()));
                    extraWords++;
                    i++;
                    continue;
                }
                if (last != null && last.kind() == null && sameSegment(row, words.get(i - 1), w)) {
                    // a title of the supplier's own in several words ("Service period"): one column
                    Col whole = new Col(null, last.title() + " " + w.text(), last.left(), w.right());
                    standalone.remove(last);
                    if (row.segments().stream().anyMatch(g -> g.left() == whole.left() && g.right() == whole.right())) {
                        standalone.add(whole);
                    }
                    columns.set(columns.size() - 1, whole);
                    i++;
                    continue;
                }
                boolean alone = (i == 0 || !sameSegment(row, words.get(i - 1), w))
                        && (i + 1 == words.size() || !sameSegment(row, w, words.get(i + 1)));
                columns.add(new Col(null, w.text(), w.left(), w.right()));
                if (alone) {
                    standalone.add(columns.get(columns.size() - 1));
                }
                i++;
                continue;
            }
            List<Word> title = words.subList(i, i + matched);
            Col last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (title.get(0).text().startsWith("(") && last != null
                    && sameSegment(row, words.get(i - 1), title.get(0))) {
                // a title's qualifier in brackets ("Each (incl. VAT)", "Price (ex VAT)"), or a section's
                // rate beside its title of the supplier's own ("PARTS (VAT 23%)"): no column of its own
                Col whole = new Col(last.kind(), last.title() + " " + Layout.join(title), last.left(),
                        title.get(title.size() - 1).right());
                if (standalone.remove(last) && last.kind() == null) {
                    standalone.add(whole);
                }
                columns.set(columns.size() - 1, whole);
                i += matched;
                continue;
            }
            if (last != null && last.kind() == null && !title.get(0).text().startsWith("(")
                    && sameSegment(row, words.get(i - 1), title.get(0)) && startsSegment(row, last)) {
                // the supplier's words before a title, in its segment ("Part code", "Bottle price"): that title's column.
                // But "No." after a noun is that thing's number ("Policy No.", "Docket No."), a reference, no count
                standalone.remove(last);
                Column named = kind == Column.QUANTITY && "no".equals(titleKey(Layout.join(title)))
                        ? Column.OTHER : kind;
                columns.set(columns.size() - 1, new Col(named, last.title() + " " + Layout.join(title), last.left(),
                        title.get(title.size() - 1).right()));
                i += matched;
                continue;
            }
            int qualifier = vatQualifier(row, words, i + matched);
            if (qualifier != 0 && (kind == Column.UNIT_PRICE || kind == Column.AMOUNT || kind == Column.GROSS)) {
                // a price's or an amount's title saying whether VAT is in it ("Unit price incl. VAT",
                // "Amount ex VAT"): one column, an amount with VAT in it the gross
                List<Word> whole = words.subList(i, i + matched + Math.abs(qualifier));
                Column qualified = kind == Column.AMOUNT && qualifier > 0 ? Column.GROSS : kind;
                columns.add(new Col(qualified, Layout.join(whole), whole.get(0).left(), whole.get(whole.size() - 1).right()));
                i += whole.size();
                continue;
            }
            columns.add(new Col(kind, Layout.join(title), title.get(0).left(), title.get(title.size() - 1).right()));
            i += matched;
        }
        // a column the supplier titles in its own words counts against the row being a header; a
        // mark of one or two characters ("Ln", "V", "/", "#") does not
        // a title's rate or sign alone ("@ 23%" of "VAT @ 23%") is no column of the supplier's own either
        columns.removeIf(c -> c.kind() == null && (c.title().strip().length() <= 2 || c.title().chars().noneMatch(Character::isLetter)));
        Col last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
        if (last != null && last.kind() == null && CURRENCY_SIGN.matcher(last.title()).find() && !last.title().contains("/")
                && row.segments().stream().noneMatch(g -> g.left() > last.right())
                && columns.stream().noneMatch(c -> c.kind() == Column.AMOUNT || c.kind() == Column.GROSS)) {
            // the rightmost title on the row, of the supplier's own words but in money ("Line €"), over no
            // other amount: the amount's (a price for one is per something, "€ / keg")
            columns.set(columns.size() - 1, new Col(Column.AMOUNT, last.title(), last.left(), last.right()));
            standalone.remove(last);
        }
        long known = columns.stream().filter(c -> c.kind() != null).count();
        long unknown = columns.size() - known + extraWords;
        if (!strict) {
            columns.removeIf(c -> c.kind() == null);
            chargedQuantity(columns);
            alternativeQuantities(row, columns);
            mergeNeighbours(row, columns);
            resolveAmbiguities(columns);
            return columns;
        }
        // two titles alone on their row, the description's and the amount's: a bill of services
        // ("Description | Amount" over "Pro plan — 1 Oct–31 Oct 2026  €79.00")
        boolean twoOnly = known == 2 && unknown == 0 && row.segments().size() == 2
                && columns.stream().anyMatch(c -> c.kind() == Column.DESCRIPTION)
                && columns.stream().anyMatch(c -> c.kind() == Column.AMOUNT);
        if (known < 3 && !twoOnly || unknown > 1) {
            return null;
        }
        if (unknown == 1 && columns.stream().noneMatch(c -> c.kind() == Column.DESCRIPTION)) {
            // codes, quantities and prices named, and one title of the supplier's own ("Wine",
            // "Goods", "Beschreibung"): the text column is that one
            for (int c = 0; c < columns.size(); c++) {
                Col col = columns.get(c);
                if (col.kind() == null) {
                    columns.set(c, new Col(Column.DESCRIPTION, col.title(), col.left(), col.right()));
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            Col col = columns.get(c);
            if (col.kind() == null && standalone.contains(col)) {
                // a column of its own beside the description ("Reason": "Returned - duplicate order"): kept
                // apart, so that its text does not run into the description's
                columns.set(c, new Col(Column.OTHER, col.title(), col.left(), col.right()));
            }
        }
        columns.removeIf(c -> c.kind() == null);
        chargedQuantity(columns);
        alternativeQuantities(row, columns);
        mergeNeighbours(row, columns);
        resolveAmbiguities(columns);
        return columns;
    }

    /** Wordings after a price's title that say VAT is in it (+) or not (-). */
    private static final Map<String, Integer> VAT_QUALIFIERS = new HashMap<>();

    static {
        for (String with : List.of("incl vat", "inc vat", "including vat", "vat incl", "vat inc")) {
            VAT_QUALIFIERS.put(titleKey(with), 1);
        }
        for (String without : List.of("excl vat", "ex vat", "exc vat", "excluding vat", "before vat")) {
            VAT_QUALIFIERS.put(titleKey(without), -1);
        }
    }

    /**
     * How many words from {@code i}, in the segment of the word before, say whether VAT is in the
     * title's figures: that many for VAT in them, minus that many for VAT not; 0 for no such words.
     */
    private static int vatQualifier(Row row, List<Word> words, int i) {
        if (i == 0 || i >= words.size() || !sameSegment(row, words.get(i - 1), words.get(i))) {
            return 0;
        }
        for (int n = Math.min(2, words.size() - i); n >= 1; n--) {
            if (!sameSegment(row, words.get(i), words.get(i + n - 1))) {
                continue;
            }
            Integer sign = VAT_QUALIFIERS.get(titleKey(Layout.join(words.subList(i, i + n))));
            if (sign != null) {
                return sign * n;
            }
        }
        return 0;
    }

    /** Whether the column starts where a segment of the row does: words of its own, not the tail of a title's. */
    private static boolean startsSegment(Row row, Col column) {
        return row.segments().stream().anyMatch(g -> g.left() == column.left());
    }

    /** Whether the words from {@code i} to the end of its segment hold no column title. */
    /**
     * The word closing the brackets the word at {@code i} opens, within its segment and a few words;
     * -1 when it opens none, or they are not closed there.
     */
    private static int bracketClosing(Row row, List<Word> words, int i) {
        if (!words.get(i).text().startsWith("(")) {
            return -1;
        }
        for (int j = i; j < Math.min(words.size(), i + 6); j++) {
            if (j > i && !sameSegment(row, words.get(j - 1), words.get(j))) {
                return -1;
            }
            if (words.get(j).text().endsWith(")")) {
                return j;
            }
        }
        return -1;
    }

    private static boolean noTitleAfter(Row row, List<Word> words, int i) {
        for (int j = i; j < words.size() && sameSegment(row, words.get(i), words.get(j)); j++) {
            if (kindOfTitle(titleKey(words.get(j).text())) != null) {
                return false;
            }
        }
        return true;
    }

    /** The columns of a header row, or null when the row is not a line-item header. */
    static List<Col> header(Row row) {
        List<Col> columns = titles(row, true);
        // an amount to the cent is no column's title: a VAT analysis's titles beside a totals block's figure
        return columns != null && hasDescription(columns) && hasMoney(columns)
                && columns.stream().noneMatch(c -> isNumeric(c.title()) && PrintedValues.toTheCent(c.title())) ? columns : null;
    }

    private static boolean hasDescription(List<Col> columns) {
        return columns.stream().anyMatch(c -> c.kind() == Column.DESCRIPTION);
    }

    private static boolean hasMoney(List<Col> columns) {
        return columns.stream().anyMatch(c -> c.kind() == Column.AMOUNT || c.kind() == Column.UNIT_PRICE
                || c.kind() == Column.GROSS);
    }

    /** "Ordered | Delivered": the goods charged are the ones delivered; what was ordered is a note. */
    private static void chargedQuantity(List<Col> columns) {
        if (columns.stream().filter(c -> c.kind() == Column.QUANTITY).count() < 2) {
            return;
        }
        boolean charged = columns.stream().anyMatch(c -> c.kind() == Column.QUANTITY && CHARGED_QUANTITY.matcher(titleKey(c.title())).find());
        for (int i = 0; i < columns.size(); i++) {
            Col c = columns.get(i);
            String key = titleKey(c.title());
            if (c.kind() == Column.QUANTITY && (charged ? !CHARGED_QUANTITY.matcher(key).find() : ORDERED_QUANTITY.matcher(key).find())) {
                columns.set(i, new Col(Column.OTHER, c.title(), c.left(), c.right()));
            }
        }
    }

    /**
     * Two quantity columns and a price for each, in the same order, each title standing apart ("Case |
     * Btl | Price/Case | Price/Btl"): a line fills one quantity, priced at its own price. The table is
     * read by the first pair; each line by the pair it fills ({@link #filledAlternative}). Two titles
     * of one column in two languages ("Menge / Qty") share a run of words, and are one.
     */
    private static void alternativeQuantities(Row row, List<Col> columns) {
        List<Integer> quantities = indexesOf(columns, Column.QUANTITY);
        List<Integer> prices = indexesOf(columns, Column.UNIT_PRICE);
        if (quantities.size() != 2 || prices.size() != 2
                || Stream.of(quantities, prices).anyMatch(two -> segmentAt(row, columns.get(two.get(0))) == segmentAt(row, columns.get(two.get(1))))) {
            return;
        }
        for (int i : List.of(quantities.get(1), prices.get(1))) {
            Col c = columns.get(i);
            columns.set(i, new Col(Column.OTHER, c.title(), c.left(), c.right()));
        }
    }

    private static List<Integer> indexesOf(List<Col> columns, Column kind) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == kind) {
                at.add(i);
            }
        }
        return at;
    }

    /**
     * The columns a line is read by: where the table's quantity is blank on the line and the other
     * quantity column beside it ({@link #alternativeQuantities}) holds a figure, that one and its
     * price; the table's columns otherwise.
     */
    private static List<Col> filledAlternative(Row row, List<Col> columns) {
        List<Integer> quantities = indexesOf(columns, Column.QUANTITY);
        List<Integer> prices = indexesOf(columns, Column.UNIT_PRICE);
        List<Integer> otherQuantities = new ArrayList<>();
        List<Integer> otherPrices = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Col c = columns.get(i);
            Column titled = c.kind() == Column.OTHER && c.title() != null ? kindOfTitle(titleKey(c.title())) : null;
            if (titled == Column.QUANTITY) {
                otherQuantities.add(i);
            } else if (titled == Column.UNIT_PRICE) {
                otherPrices.add(i);
            }
        }
        if (quantities.size() != 1 || prices.size() != 1 || otherQuantities.size() != 1 || otherPrices.size() != 1
                || filled(row, columns, columns.get(quantities.get(0))) || !filled(row, columns, columns.get(otherQuantities.get(0)))) {
            return columns;
        }
        List<Col> swapped = new ArrayList<>(columns);
        for (int[] pair : new int[][] {{quantities.get(0), otherQuantities.get(0)}, {prices.get(0), otherPrices.get(0)}}) {
            Col table = columns.get(pair[0]);
            Col line = columns.get(pair[1]);
            swapped.set(pair[0], new Col(Column.OTHER, table.title(), table.left(), table.right()));
            swapped.set(pair[1], new Col(table.kind(), line.title(), line.left(), line.right()));
        }
        return swapped;
    }

    /** Whether a figure of the row ends nearer the column's title than any other's. */
    private static boolean filled(Row row, List<Col> columns, Col column) {
        return row.segments().stream().filter(s -> isNumeric(s.text())).anyMatch(s -> columns.stream()
                .min(Comparator.comparingDouble(c -> Math.max(0, Math.max(c.left() - s.right(), s.right() - c.right()))))
                .orElseThrow() == column);
    }

    /**
     * Two titles of one column side by side ("Désignation / Description", "Weight / Qty") are one
     * column; but "Product  Description", set apart, are two, the one naming the thing over its
     * code ("Item & Description" in one run of words stays one).
     */
    private static void mergeNeighbours(Row row, List<Col> columns) {
        for (int i = columns.size() - 1; i > 0; i--) {
            Col a = columns.get(i - 1);
            Col b = columns.get(i);
            // the thing's word alone ("Product"), not the first words of one title ("Item &" "Description")
            boolean codeThenName = a.kind() == Column.DESCRIPTION
                    && THING.matcher(a.title().strip().toLowerCase(Locale.ROOT)).matches()
                    && !THING.matcher(b.title().toLowerCase(Locale.ROOT)).lookingAt()
                    && segmentAt(row, a) != segmentAt(row, b);
            // the total of the measure beside it ("HRS | TOT HRS" for each staff member and all of them): two columns
            boolean totalOfIt = a.kind() == Column.QUANTITY && TOTAL_OF.matcher(titleKey(b.title())).lookingAt()
                    && !TOTAL_OF.matcher(titleKey(a.title())).lookingAt();
            if (a.kind() == b.kind() && b.left() - a.right() < 0.04f && !codeThenName && !totalOfIt) {
                columns.set(i - 1, new Col(a.kind(), a.title() + " / " + b.title(), a.left(), b.right()));
                columns.remove(i);
            }
        }
    }

    /** A title that opens by saying it is a total of what it names: "Tot hrs", "Total hours". */
    private static final Pattern TOTAL_OF = Pattern.compile("(?:tot|total)\\s+\\S");

    /** "Item" beside a "Description" is a code; "Total" beside "Net" is the gross; a lone price column is the amount. */
    /** A title in small letters, a bracket or a mark before it left out: "(Item)" is "item)". */
    private static String bareTitle(String title) {
        return title.toLowerCase(Locale.ROOT).replaceFirst("^[^\\p{L}]+", "");
    }

    private static void resolveAmbiguities(List<Col> columns) {
        if (!columns.isEmpty() && columns.stream().noneMatch(c -> c.kind() == Column.DESCRIPTION)
                && columns.get(0).kind() == Column.AMOUNT && CHARGES_NAMED.matcher(titleKey(columns.get(0).title())).matches()
                && !CURRENCY_SIGN.matcher(columns.get(0).title()).find()
                && columns.stream().skip(1).anyMatch(c -> c.kind() == Column.AMOUNT)
                && columns.stream().anyMatch(c -> c.kind() == Column.QUANTITY || c.kind() == Column.UNIT_PRICE)) {
            // "Charge | Qty | Rate € | Amount €" (a utility's bill): the first column names each charge, the
            // amount is the other's
            Col c = columns.get(0);
            columns.set(0, new Col(Column.DESCRIPTION, c.title(), c.left(), c.right()));
        }
        long descriptions = columns.stream().filter(c -> c.kind() == Column.DESCRIPTION).count();
        if (descriptions > 1) {
            for (int i = 0; i < columns.size(); i++) {
                Col c = columns.get(i);
                String t = bareTitle(c.title());
                // "Item | Description", "Artikel | Omschrijving", "(Item) | (Description)": the one naming the thing holds its code
                if (c.kind() == Column.DESCRIPTION && THING.matcher(t).lookingAt()
                        && columns.stream().anyMatch(o -> o != c && o.kind() == Column.DESCRIPTION
                                && !THING.matcher(bareTitle(o.title())).lookingAt())) {
                    columns.set(i, new Col(Column.CODE, c.title(), c.left(), c.right()));
                }
            }
        }
        List<Col> amounts = columns.stream().filter(c -> c.kind() == Column.AMOUNT).toList();
        if (amounts.size() > 1 && columns.stream().noneMatch(c -> c.kind() == Column.UNIT_PRICE)) {
            // "Qty | Description | Fee | Amount": a fee or charge left of another amount, with no
            // price column, is the fee for one, the amount the line's
            for (int i = 0; i < columns.size(); i++) {
                Col c = columns.get(i);
                boolean perOne = FEE.matcher(titleKey(c.title())).matches();
                if (c.kind() == Column.AMOUNT && perOne && amounts.stream().anyMatch(o -> o.left() > c.right())) {
                    columns.set(i, new Col(Column.UNIT_PRICE, c.title(), c.left(), c.right()));
                    break;
                }
            }
            amounts = columns.stream().filter(c -> c.kind() == Column.AMOUNT).toList();
        }
        if (amounts.size() > 1) {
            // Net and Total both present: the net is the line amount, the other the gross
            Col net = amounts.stream().filter(c -> c.title().toLowerCase(Locale.ROOT).contains("net")).findFirst()
                    .orElse(amounts.get(0));
            for (int i = 0; i < columns.size(); i++) {
                Col c = columns.get(i);
                if (c.kind() == Column.AMOUNT && c != net) {
                    columns.set(i, new Col(Column.GROSS, c.title(), c.left(), c.right()));
                }
            }
        }
        if (columns.stream().filter(c -> c.kind() == Column.UNIT_PRICE).count() > 1) {
            // "Qty | Unit | Product | Price": a column titled only "Unit" beside another price is the unit of measure (KEG, CS)
            for (int i = 0; i < columns.size(); i++) {
                Col c = columns.get(i);
                if (c.kind() == Column.UNIT_PRICE && titleKey(c.title()).equals("unit")) {
                    columns.set(i, new Col(Column.OTHER, c.title(), c.left(), c.right()));
                }
            }
        }
        long prices = columns.stream().filter(c -> c.kind() == Column.UNIT_PRICE).count();
        boolean amount = columns.stream().anyMatch(c -> c.kind() == Column.AMOUNT);
        if (!amount) {
            // "Price | Total" where total is gross, or a lone "Price" that is the line amount
            for (int i = columns.size() - 1; i >= 0; i--) {
                Col c = columns.get(i);
                if (c.kind() == Column.GROSS || (c.kind() == Column.UNIT_PRICE && prices > 1)) {
                    columns.set(i, new Col(Column.AMOUNT, c.title(), c.left(), c.right()));
                    break;
                }
            }
            if (prices == 0) {
                // "Price incl. VAT | … | Total incl. VAT", each titled "incl. VAT" on its row: with the
                // right one the amount, the one before it is the price of one
                for (int i = columns.size() - 1; i >= 0; i--) {
                    Col c = columns.get(i);
                    if (c.kind() == Column.GROSS) {
                        columns.set(i, new Col(Column.UNIT_PRICE, c.title(), c.left(), c.right()));
                        break;
                    }
                }
            }
        }
    }

    /** Figures whose right edges lie this close stand in one run, set flush right. */
    private static final float RUN_TOLERANCE = 0.006f;

    /**
     * Titles set flush left over figures set flush right, that end well right of their title ("Qty"
     * over counts ending under "Unit Price", "Net" over amounts ending at the margin). Where the
     * body's figures stand in as many right-aligned runs as there are numeric columns, each ending
     * right of its own title's start and before the next title's end, and some run would be placed
     * under the wrong title, each numeric column reaches to its run's edge.
     */
    static List<Col> alignedToFigures(List<Row> rows, Row header, List<Col> columns) {
        List<Col> numeric = columns.stream().filter(c -> isNumericColumn(c.kind())).toList();
        if (numeric.size() < 2) {
            return columns;
        }
        List<Float> edges = new ArrayList<>();
        int rowsWithFigures = 0;
        for (int r = header.index() + 1; r < rows.size() && r <= header.index() + 60; r++) {
            Row row = rows.get(r);
            if (endsTable(row)) {
                break;
            }
            boolean any = false;
            for (Segment s : row.segments()) {
                if (isNumeric(s.text()) && s.right() > numeric.get(0).left()) {
                    edges.add(s.right());
                    any = true;
                }
            }
            rowsWithFigures += any ? 1 : 0;
        }
        Collections.sort(edges);
        List<Float> runs = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < edges.size(); i++) {
            count++;
            if (i == edges.size() - 1 || edges.get(i + 1) - edges.get(i) > RUN_TOLERANCE) {
                if (count >= 2 && count * 5 >= rowsWithFigures * 2) {
                    runs.add(edges.get(i));
                }
                count = 0;
            }
        }
        if (runs.size() != numeric.size()) {
            return columns;
        }
        boolean misplaced = false;
        for (int i = 0; i < runs.size(); i++) {
            float edge = runs.get(i);
            if (edge <= numeric.get(i).left() || (i + 1 < runs.size() && edge >= numeric.get(i + 1).right())) {
                return columns;
            }
            misplaced |= columnOf(columns, edge, true) != numeric.get(i).kind();
        }
        if (!misplaced) {
            return columns;
        }
        List<Col> aligned = new ArrayList<>();
        int i = 0;
        for (Col c : columns) {
            aligned.add(isNumericColumn(c.kind())
                    ? new Col(c.kind(), c.title(), c.left(), Math.max(c.right(), runs.get(i++))) : c);
        }
        return aligned;
    }

    private static Table read(List<Row> rows, Row header, List<Col> titledColumns, float aspect) {
        List<Col> allColumns = columnsUnder(rows, header, titledColumns);
        float edge = sidebarEdge(rows, header, allColumns, titledColumns, aspect);
        List<Col> columns = allColumns.stream().filter(c -> c.left() < edge).toList();
        List<Col> titles = header(header);
        List<Item> items = new ArrayList<>();
        float typicalGap = header.bottom() - header.top();
        float previousBottom = header.bottom();
        for (int r = header.index() + 1; r < rows.size(); r++) {
            Row row = withoutSidebar(leftOf(rows.get(r), edge), columns, header, aspect);
            if (endsTable(row)) {
                // a section's subtotal ("Goods subtotal"), then the next section under the same
                // titles ("Services" over "Description | Qty | Rate | Net"): its lines are the bill's too
                int next = nextSection(rows, r, header);
                if (next < 0) {
                    break;
                }
                r = next;
                previousBottom = rows.get(next).bottom();
                continue;
            }
            // a line whose words happen to be titles ("Sun | Sunday delivery charge | 1 | 15.00 | 15.00") is a
            // line: a header repeated has no amounts on its row
            List<Col> again = row.segments().stream().anyMatch(g -> isNumeric(g.text()) && PrintedValues.toTheCent(g.text()))
                    ? null : header(row);
            if (again != null) {
                // the header repeated (a new page section): carry on under it; a section's own titles
                // (a job sheet's "Labour | Time | Rate | Amount", then "Part code | Part | Qty | Unit |
                // Amount"): its lines are read under them
                if (titles != null && !sameTitles(titles, again) && again.stream().anyMatch(c -> c.kind() == Column.AMOUNT)) {
                    columns = columnsUnder(rows, row, again).stream().filter(c -> c.left() < edge).toList();
                    titles = again;
                }
                previousBottom = row.bottom();
                continue;
            }
            Map<Column, Cell> cells = pricedInDescription(casesOfUnits(cells(row, filledAlternative(row, columns)), row), row);
            if (!items.isEmpty() && continuesDescription(cells, row, previousBottom)
                    && (LINE_NOTE.matcher(cells.get(Column.DESCRIPTION).text()).find()
                            || servicePeriod(cells.get(Column.DESCRIPTION).text())
                            && smallerPrint(row, items.get(items.size() - 1)))) {
                // a note on the item above (its batch, its best-before date, the period it covers in
                // smaller print): no more of its description
                previousBottom = row.bottom();
                continue;
            }
            if (!items.isEmpty() && continuesDescription(cells, row, previousBottom)) {
                // a description wrapped onto the next line: it belongs to the item above
                Item last = items.remove(items.size() - 1);
                items.add(withMoreDescription(last, cells.get(Column.DESCRIPTION)));
                previousBottom = row.bottom();
                continue;
            }
            if (isItem(cells, columns)) {
                items.add(new Item(row, cells, columns.stream().anyMatch(c -> c.kind() == Column.QUANTITY)));
                typicalGap = Math.max(typicalGap, row.bottom() - row.top());
                previousBottom = row.bottom();
            } else if (!items.isEmpty() && row.top() - previousBottom > 6 * typicalGap) {
                break;
            }
        }
        items = withBracketedCodes(withoutLineNumbers(items));
        if (columns.stream().noneMatch(c -> c.kind() == Column.QUANTITY)) {
            items = withDecimalPointsRestored(items);
        }
        return new Table(header, columns, quantitiesImplied(items, columns) ? withQuantities(items) : items);
    }

    /** A header's columns as the figures under it set them: aligned to them, and each kind checked by arithmetic. */
    private static List<Col> columnsUnder(List<Row> rows, Row header, List<Col> titled) {
        return unitPriceByArithmetic(rows, header, netPriceByArithmetic(rows, header,
                lineAmountByArithmetic(rows, header, quantityByArithmetic(rows, header, alignedToFigures(rows, header, titled)))));
    }

    /**
     * A line's amount is its quantity times its unit price. Where the column taken for the amount
     * does not make that on some row, and a column of money whose title the reader does not know
     * makes it on every row (a "Net £" the OCR misread beside the "Gross £" it read; a zero-rated
     * line's gross is its net), that column is the line amount and the other the line's gross. With a discount on the lines the
     * figures prove nothing, and the columns stand as titled.
     */
    private static List<Col> lineAmountByArithmetic(List<Row> rows, Row header, List<Col> columns) {
        Col amount = columns.stream().filter(c -> c.kind() == Column.AMOUNT).findFirst().orElse(null);
        Col price = columns.stream().filter(c -> c.kind() == Column.UNIT_PRICE).findFirst().orElse(null);
        if (amount == null || price == null || columns.stream().noneMatch(c -> c.kind() == Column.QUANTITY)
                || columns.stream().anyMatch(c -> c.kind() == Column.DISCOUNT)) {
            return columns;
        }
        List<Row> below = rows.subList(header.index() + 1, Math.min(rows.size(), header.index() + 1 + ROWS_FOR_FIGURES));
        for (Col candidate : columns) {
            if (candidate.kind() != Column.OTHER || candidate.left() < price.right()) {
                continue;
            }
            int agree = 0;
            int disagree = 0;
            int amountDisagrees = 0;
            for (Row row : below) {
                Map<Column, Cell> cells = cells(row, columns);
                Optional<BigDecimal> q = figure(cells, Column.QUANTITY);
                Optional<BigDecimal> u = figure(cells, Column.UNIT_PRICE);
                if (q.isEmpty() || u.isEmpty()) {
                    continue;
                }
                BigDecimal product = times(q.get(), u.get());
                Optional<BigDecimal> a = figure(cells, Column.AMOUNT);
                if (a.isPresent() && a.get().abs().compareTo(product) != 0) {
                    amountDisagrees++;
                }
                Optional<BigDecimal> c = moneyUnder(row, candidate);
                if (c.isPresent()) {
                    if (c.get().abs().compareTo(product) == 0) {
                        agree++;
                    } else {
                        disagree++;
                    }
                }
            }
            if (amountDisagrees > 0 && agree >= 2 && disagree == 0) {
                List<Col> out = new ArrayList<>();
                for (Col c : columns) {
                    out.add(c == candidate ? new Col(Column.AMOUNT, c.title(), c.left(), c.right())
                            : c == amount ? new Col(Column.GROSS, c.title(), c.left(), c.right()) : c);
                }
                return out;
            }
        }
        return columns;
    }

    /**
     * "Qty | List | Disc % | Net | Total" with no column titled as a price: the column taken for the
     * line amount (the net) is the net price of one when the column right of it, taken for the gross,
     * is the quantity times it on the lines (two or more, none against, counting only quantities other
     * than one, which prove nothing). Then that column is the line amount.
     */
    private static List<Col> netPriceByArithmetic(List<Row> rows, Row header, List<Col> columns) {
        Col amount = columns.stream().filter(c -> c.kind() == Column.AMOUNT).findFirst().orElse(null);
        Col gross = columns.stream().filter(c -> c.kind() == Column.GROSS).findFirst().orElse(null);
        if (amount == null || gross == null || gross.left() < amount.right()
                || columns.stream().anyMatch(c -> c.kind() == Column.UNIT_PRICE)
                || columns.stream().noneMatch(c -> c.kind() == Column.QUANTITY)) {
            return columns;
        }
        List<Row> below = rows.subList(header.index() + 1, Math.min(rows.size(), header.index() + 1 + ROWS_FOR_FIGURES));
        int agree = 0;
        int disagree = 0;
        for (Row row : below) {
            Map<Column, Cell> cells = cells(row, columns);
            Optional<BigDecimal> q = figure(cells, Column.QUANTITY);
            Optional<BigDecimal> net = figure(cells, Column.AMOUNT);
            Optional<BigDecimal> total = figure(cells, Column.GROSS);
            if (q.isEmpty() || net.isEmpty() || total.isEmpty() || q.get().abs().compareTo(BigDecimal.ONE) == 0) {
                continue;
            }
            if (times(q.get(), net.get()).compareTo(total.get().abs()) == 0) {
                agree++;
            } else {
                disagree++;
            }
        }
        if (agree < 2 || disagree > 0) {
            return columns;
        }
        List<Col> out = new ArrayList<>();
        for (Col c : columns) {
            out.add(c == amount ? new Col(Column.UNIT_PRICE, c.title(), c.left(), c.right())
                    : c == gross ? new Col(Column.AMOUNT, c.title(), c.left(), c.right()) : c);
        }
        return out;
    }

    /**
     * Two columns titled as unit prices ("Unit price (excl. VAT)" and "Unit price (incl. VAT)", the
     * second line of each title lost to the row below): the one that quantity × it makes the line
     * amount on most rows is the unit price, the leftmost when neither does; the others are
     * another figure.
     */
    private static List<Col> unitPriceByArithmetic(List<Row> rows, Row header, List<Col> columns) {
        List<Col> prices = columns.stream().filter(c -> c.kind() == Column.UNIT_PRICE).toList();
        if (prices.size() < 2 || columns.stream().noneMatch(c -> c.kind() == Column.AMOUNT)
                || columns.stream().noneMatch(c -> c.kind() == Column.QUANTITY)) {
            return columns;
        }
        Col best = prices.get(0);
        int bestAgree = 0;
        for (Col price : prices) {
            int agree = rowsAgreeing(rows, header, columns, price, Column.UNIT_PRICE);
            if (agree > bestAgree) {
                best = price;
                bestAgree = agree;
            }
        }
        List<Col> out = new ArrayList<>();
        for (Col c : columns) {
            out.add(c.kind() == Column.UNIT_PRICE && c != best ? new Col(Column.OTHER, c.title(), c.left(), c.right()) : c);
        }
        return out;
    }

    /**
     * Two columns titled as quantities that no title tells apart ("Btls/Case | Cases", "Units |
     * Cartons"): the one that times the unit price makes the line amount on more rows than the other
     * is the quantity charged; the others are a figure of the pack. When none does better, they stand.
     */
    private static List<Col> quantityByArithmetic(List<Row> rows, Row header, List<Col> columns) {
        List<Col> quantities = columns.stream().filter(c -> c.kind() == Column.QUANTITY).toList();
        if (quantities.isEmpty()) {
            return quantityUnderAnotherTitle(rows, header, columns);
        }
        if (quantities.size() < 2 || columns.stream().noneMatch(c -> c.kind() == Column.AMOUNT)
                || columns.stream().noneMatch(c -> c.kind() == Column.UNIT_PRICE)) {
            return columns;
        }
        Map<Col, Integer> agreeing = new LinkedHashMap<>();
        for (Col quantity : quantities) {
            agreeing.put(quantity, rowsAgreeing(rows, header, columns, quantity, Column.QUANTITY));
        }
        int most = agreeing.values().stream().max(Integer::compare).orElse(0);
        Col best = agreeing.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).findFirst().orElse(null);
        boolean tied = agreeing.values().stream().filter(v -> v == most).count() > 1;
        if (most == 0 || tied) {
            return columns;
        }
        List<Col> out = new ArrayList<>();
        for (Col c : columns) {
            out.add(c.kind() == Column.QUANTITY && c != best ? new Col(Column.OTHER, c.title(), c.left(), c.right()) : c);
        }
        return out;
    }

    /**
     * No column titled as the quantity, but one titled otherwise whose whole numbers times the unit
     * price make the line amount on every row read and on at least {@link #ROWS_TO_PROVE_A_COUNT}
     * ("Total" after a column for each week of a laundry's month, the month's count): the quantity.
     */
    private static List<Col> quantityUnderAnotherTitle(List<Row> rows, Row header, List<Col> columns) {
        if (columns.stream().noneMatch(c -> c.kind() == Column.AMOUNT) || columns.stream().noneMatch(c -> c.kind() == Column.UNIT_PRICE)) {
            return columns;
        }
        int lines = (int) rows.subList(header.index() + 1, Math.min(rows.size(), header.index() + 1 + ROWS_FOR_FIGURES)).stream()
                .filter(r -> figure(cells(r, columns), Column.AMOUNT).isPresent() && figure(cells(r, columns), Column.UNIT_PRICE).isPresent())
                .count();
        Col found = null;
        for (Col c : columns) {
            if ((c.kind() == Column.GROSS || c.kind() == Column.OTHER) && c.title() != null
                    && rowsAgreeing(rows, header, columns, c, Column.QUANTITY) >= Math.max(ROWS_TO_PROVE_A_COUNT, lines)) {
                if (found != null) {
                    return columns;
                }
                found = c;
            }
        }
        if (found == null) {
            return columns;
        }
        List<Col> out = new ArrayList<>();
        for (Col c : columns) {
            out.add(c == found ? new Col(Column.QUANTITY, c.title(), c.left(), c.right()) : c);
        }
        return out;
    }

    /** At least this many lines make their amounts with a column's figures before it is taken for the quantity. */
    private static final int ROWS_TO_PROVE_A_COUNT = 3;

    /**
     * How many of the first rows under the header make quantity × unit price = amount with the figure
     * printed across {@code candidate} taken for the {@code kind} (a quantity or a unit price), the
     * other two from their columns.
     */
    private static int rowsAgreeing(List<Row> rows, Row header, List<Col> columns, Col candidate, Column kind) {
        int agree = 0;
        for (Row row : rows.subList(header.index() + 1, Math.min(rows.size(), header.index() + 1 + ROWS_FOR_FIGURES))) {
            Map<Column, Cell> cells = cells(row, columns);
            Optional<BigDecimal> q = kind == Column.QUANTITY ? row.segments().stream()
                    .filter(s -> s.left() < candidate.right() && s.right() > candidate.left()).findFirst()
                    .flatMap(s -> PrintedValues.number(s.text())) : figure(cells, Column.QUANTITY);
            Optional<BigDecimal> u = kind == Column.UNIT_PRICE ? moneyUnder(row, candidate) : figure(cells, Column.UNIT_PRICE);
            Optional<BigDecimal> a = figure(cells, Column.AMOUNT);
            if (q.isPresent() && u.isPresent() && a.isPresent() && times(q.get(), u.get()).compareTo(a.get().abs()) == 0) {
                agree++;
            }
        }
        return agree;
    }

    /** How far a cell's edge may lie inside its segment's. */
    private static final float COLUMN_SLACK = 0.002f;

    /** A quantity printed as cases of so many units: "8 x 24", "3x1". */
    private static final Pattern CASES_OF_UNITS = Pattern.compile("\\s*(\\d{1,4})\\s*[xX×]\\s*(\\d{1,4})\\s*");
    /** The cases and the units under two quantity columns made one: "2 12". */
    private static final Pattern TWO_COUNTS = Pattern.compile("\\s*(\\d{1,4})\\s+(\\d{1,4})\\s*");

    /**
     * A quantity printed as cases of so many units ("8 x 24", or under two quantity columns made
     * one, "Case Qty | Units"): the cases are the quantity, as a supplier counts what it delivered,
     * when the line's figures confirm the reading (cases × price per case, or cases × units × price
     * per unit, makes the amount, with a deposit printed on the line added). When neither does, the
     * cells as printed.
     */
    static Map<Column, Cell> casesOfUnits(Map<Column, Cell> cells, Row row) {
        Cell quantity = cells.get(Column.QUANTITY);
        if (quantity == null) {
            return cells;
        }
        Matcher m = casesPrinted(quantity, row);
        if (m == null) {
            return cells;
        }
        Cell unit = cells.get(Column.UNIT_PRICE);
        Optional<BigDecimal> amount = figure(cells, Column.AMOUNT);
        if (unit == null || amount.isEmpty()) {
            return cells;
        }
        // a price to three places ("1.090") read either way: as a price, or as thousands
        List<BigDecimal> prices = Stream.of(PrintedValues.number(unit.text()), PrintedValues.amount(unit.text()))
                .flatMap(Optional::stream).toList();
        BigDecimal cases = new BigDecimal(m.group(1));
        BigDecimal deposit = deposit(cells).orElse(BigDecimal.ZERO);
        for (BigDecimal count : List.of(cases, cases.multiply(new BigDecimal(m.group(2))))) {
            boolean makesAmount = prices.stream().map(price -> times(count, price))
                    .anyMatch(goods -> goods.compareTo(amount.get()) == 0 || goods.add(deposit).compareTo(amount.get()) == 0);
            if (makesAmount) {
                Map<Column, Cell> out = new EnumMap<>(cells);
                out.put(Column.QUANTITY, new Cell(cases.toPlainString(), quantity.left(), quantity.top(), quantity.right(),
                        quantity.bottom(), quantity.confidence(), quantity.header()));
                return out;
            }
        }
        return cells;
    }

    /** Words a count may have between it and its "@" ("8 lifts @", "626 kg @"): its unit, in letters. */
    private static final Pattern UNIT_WORD = Pattern.compile("\\p{L}{1,12}\\.?");

    /**
     * A line with only a description and an amount, its count and price written in the description
     * ("1100L general waste – 8 lifts @ 14.50", "Weight – 626 kg @ 0.185 per kg"): the count and the
     * price are the line's quantity and unit price when they make its amount. The description stays
     * as printed.
     */
    static Map<Column, Cell> pricedInDescription(Map<Column, Cell> cells, Row row) {
        Cell description = cells.get(Column.DESCRIPTION);
        Cell amount = cells.get(Column.AMOUNT);
        if (description == null || amount == null || cells.containsKey(Column.QUANTITY) || cells.containsKey(Column.UNIT_PRICE)) {
            return cells;
        }
        List<Word> words = row.segments().stream().flatMap(g -> g.words().stream())
                .filter(w -> w.left() >= description.left() - COLUMN_SLACK && w.right() <= description.right() + COLUMN_SLACK)
                .toList();
        Word amountWord = word(amount);
        for (int at = 1; at < words.size(); at++) {
            Word mark = words.get(at);
            // "@ 14.50", or the price run into its mark ("@14.50")
            Word price = mark.text().equals("@") && at + 1 < words.size() ? words.get(at + 1)
                    : mark.text().startsWith("@") && mark.text().length() > 1
                    ? new Word(mark.text().substring(1), mark.left(), mark.top(), mark.right(), mark.bottom(),
                            mark.confidence()) : null;
            if (price == null) {
                continue;
            }
            // the count, then up to two words of its unit, then "@"
            for (int q = at - 1; q >= 0 && q >= at - 3; q--) {
                Word count = words.get(q);
                if (PrintedValues.number(count.text()).isPresent() && words.subList(q + 1, at).stream()
                        .allMatch(w -> UNIT_WORD.matcher(w.text()).matches())) {
                    if (makesItsAmount(count, price, amountWord)) {
                        Map<Column, Cell> out = new EnumMap<>(cells);
                        out.put(Column.QUANTITY, cell(List.of(count)));
                        out.put(Column.UNIT_PRICE, cell(List.of(price)));
                        return out;
                    }
                    break;
                }
            }
        }
        return cells;
    }

    /** The quantity printed as cases and units ("8 x 24", or "2 | 12" under two counts made one), or null. */
    private static Matcher casesPrinted(Cell quantity, Row row) {
        // the quantity as its segment prints it, the "x" with it
        Matcher m = row.segments().stream()
                .filter(g -> g.left() <= quantity.left() + COLUMN_SLACK && g.right() >= quantity.right() - COLUMN_SLACK)
                .map(g -> CASES_OF_UNITS.matcher(g.text())).filter(Matcher::matches).findFirst().orElse(null);
        if (m == null && quantity.header() != null && quantity.header().contains(" / ")) {
            // two quantity columns side by side, made one ("Case Qty | Units"): the cases, then the units, as the row prints them
            String printed = row.segments().stream()
                    .filter(g -> g.left() >= quantity.left() - COLUMN_SLACK && g.right() <= quantity.right() + COLUMN_SLACK)
                    .map(Segment::text).collect(Collectors.joining(" "));
            m = TWO_COUNTS.matcher(printed);
            m = m.matches() ? m : null;
        }
        return m;
    }

    /**
     * {@link #misreadFigure(Map)} for a line of the table: none where the quantity is printed as
     * cases and units (or a count and days), whose amount is their product with the price, not a
     * misread figure's.
     */
    static Optional<Map.Entry<Column, BigDecimal>> misreadFigure(Item item) {
        Cell quantity = item.cells().get(Column.QUANTITY);
        if (quantity != null && casesPrinted(quantity, item.row()) != null) {
            return Optional.empty();
        }
        return misreadFigure(item.cells());
    }

    /**
     * Whether a figure the line prints in a column of its own (a deposit) makes up the difference
     * between quantity × unit price and the amount: once on the line ("2 × 150.00 + 80.00") or once
     * a unit ("3 kegs × (104.00 + 30.00 deposit)"); each figure of the cell is tried, as two such
     * columns side by side ("Keg deposit", "Excise incl.") share one.
     */
    private static boolean madeUpOnTheLine(Map<Column, Cell> cells, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal amount) {
        Cell other = cells.get(Column.OTHER);
        if (other == null) {
            return false;
        }
        return Stream.concat(Stream.of(other.text()), Stream.of(other.text().strip().split("\\s+")))
                .map(PrintedValues::amount).flatMap(Optional::stream).filter(d -> d.signum() > 0)
                .anyMatch(d -> times(quantity, unitPrice).add(d).compareTo(amount.abs()) == 0
                        || times(quantity, unitPrice.add(d)).compareTo(amount.abs()) == 0);
    }

    /** A deposit printed on the line, in a column of its own, that its amount takes in. */
    private static Optional<BigDecimal> deposit(Map<Column, Cell> cells) {
        return figure(cells, Column.OTHER).filter(d -> d.signum() > 0);
    }

    /** A cell's figure: the quantity as a number, any other column's as money; empty when it has none. */
    private static Optional<BigDecimal> figure(Map<Column, Cell> cells, Column column) {
        Cell cell = cells.get(column);
        if (cell == null) {
            return Optional.empty();
        }
        return column == Column.QUANTITY ? PrintedValues.number(cell.text()) : PrintedValues.amount(cell.text());
    }

    /** The money a row prints across a column's span (the first segment there), whatever its kind. */
    private static Optional<BigDecimal> moneyUnder(Row row, Col column) {
        return row.segments().stream().filter(s -> s.left() < column.right() && s.right() > column.left())
                .findFirst().flatMap(s -> PrintedValues.amount(s.text()));
    }

    /** Quantity × unit price to the cent, without its sign. */
    private static BigDecimal times(BigDecimal quantity, BigDecimal price) {
        return quantity.multiply(price).abs().setScale(2, RoundingMode.HALF_UP);
    }

    /** A unit price printed with its decimal point and two decimals ("3.50", "1.249,00"). */
    private static final Pattern WITH_DECIMALS = Pattern.compile(".*\\d[.,]\\d{2}\\D*");
    /** A figure of digits alone, three or more. */
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d{3,}");

    /**
     * A unit price whose decimal point the OCR lost ("150" in a column of "3.50" and "15.60"), in a
     * table whose quantities are not printed: read with the point before its last two digits when
     * the line's amount is then a whole (or half) number of it, with a guess's confidence. Without
     * two prices in the column printed with their decimals, nothing is changed.
     */
    private static List<Item> withDecimalPointsRestored(List<Item> items) {
        long withDecimals = items.stream().map(i -> i.cells().get(Column.UNIT_PRICE))
                .filter(c -> c != null && WITH_DECIMALS.matcher(c.text().strip()).matches()).count();
        if (withDecimals < 2) {
            return items;
        }
        List<Item> out = new ArrayList<>(items.size());
        for (Item item : items) {
            Cell unit = item.cells().get(Column.UNIT_PRICE);
            if (unit == null || !DIGITS_ONLY.matcher(unit.text().strip()).matches() || inferredQuantity(item.cells()).isPresent()) {
                out.add(item);
                continue;
            }
            String t = unit.text().strip();
            Cell restored = new Cell(t.substring(0, t.length() - 2) + "." + t.substring(t.length() - 2), unit.left(), unit.top(),
                    unit.right(), unit.bottom(), Math.min(unit.confidence(), ExpenseExtractor.GUESSED_FIGURE_CONFIDENCE), unit.header());
            Map<Column, Cell> cells = new EnumMap<>(item.cells());
            cells.put(Column.UNIT_PRICE, restored);
            out.add(inferredQuantity(cells).isPresent() ? new Item(item.row(), cells, item.quantityColumn()) : item);
        }
        return out;
    }

    /**
     * Where a box beside the table begins ("SUMMARY" titled in the header's row, right of the line
     * amounts, its totals stacked down the rows beside the items): past the amount column, by more
     * than a letter's height, under a title of the supplier's own. The page's edge (1) when there is none.
     */
    private static float sidebarEdge(List<Row> rows, Row header, List<Col> columns, List<Col> titled, float aspect) {
        Col money = columns.stream().filter(c -> c.kind() == Column.AMOUNT || c.kind() == Column.GROSS)
                .max(Comparator.comparingDouble(Col::right)).orElse(null);
        if (money == null) {
            return 1;
        }
        float edge = money.right() + header.wordHeight() * aspect;
        // a title the header's columns do not take ("SUMMARY"), not one of a column right of the amounts
        // ("VAT code"), as the header's titles set them: the figures under a box's title may have widened a
        // column, or made one without a title, and they are the box's
        Segment title = header.segments().stream().filter(s -> s.left() > edge && !TITLES.containsKey(titleKey(s.text()))
                && titled.stream().noneMatch(c -> c.title() != null && c.left() < s.right() && c.right() > s.left()
                        && (c.kind() != Column.OTHER || TITLES.containsKey(titleKey(c.title())))))
                .findFirst().orElse(null);
        if (title != null) {
            // the box begins past the titled columns right of the amounts (a VAT code's), before its own title
            float titledRight = (float) titled.stream().filter(c -> c.title() != null && TITLES.containsKey(titleKey(c.title())) && c.right() < title.left())
                    .mapToDouble(Col::right).max().orElse(0);
            return Math.max(edge, Math.min(title.left(), titledRight + header.wordHeight() * aspect / 2));
        }
        // or the box's title set a little lower than the header's, on a row of its own past the amounts
        Row next = header.index() + 1 < rows.size() ? rows.get(header.index() + 1) : null;
        boolean box = next != null && !next.segments().isEmpty() && next.segments().stream().allMatch(s -> s.left() > edge && figureKind(s.text()) == null
                && s.text().chars().anyMatch(Character::isLetter) && !TITLES.containsKey(titleKey(s.text())));
        return box ? edge : 1;
    }

    /**
     * A row without the text of a sidebar left of the table ("Irish Pest Control Assoc." beside an
     * item's description): words that end before the table's first column where the row's own
     * text starts under that column.
     */
    private static Row withoutSidebar(Row row, List<Col> columns, Row header, float aspect) {
        if (columns.isEmpty() || row.segments().size() < 2) {
            return row;
        }
        float first = (float) columns.stream().mapToDouble(Col::left).min().orElseThrow() - header.wordHeight() * aspect;
        Segment beside = row.segments().get(0);
        Segment next = row.segments().get(1);
        boolean text = beside.text().chars().anyMatch(Character::isLetter) && !isNumeric(beside.text());
        if (!text || beside.right() >= first || next.left() < first || !next.text().chars().anyMatch(Character::isLetter)) {
            return row;
        }
        return new Row(row.index(), row.segments().subList(1, row.segments().size()), row.top(), row.bottom(), row.wordHeight());
    }

    /** A row without what stands at or past an edge. */
    private static Row leftOf(Row row, float edge) {
        if (edge >= 1 || row.segments().stream().allMatch(s -> s.left() < edge)) {
            return row;
        }
        return new Row(row.index(), row.segments().stream().filter(s -> s.left() < edge).toList(), row.top(), row.bottom(),
                row.wordHeight());
    }

    /**
     * A table read without a quantity column (its heading lost, as OCR loses a letter-spaced
     * "Q T Y") whose amounts are whole multiples of their unit prices, more than one for some line,
     * has quantities: they are worked out from the prices, with a guess's confidence.
     */
    private static boolean quantitiesImplied(List<Item> items, List<Col> columns) {
        if (items.isEmpty() || columns.stream().anyMatch(c -> c.kind() == Column.QUANTITY)) {
            return false;
        }
        boolean more = false;
        for (Item item : items) {
            Optional<BigDecimal> q = inferredQuantity(item.cells());
            if (q.isEmpty()) {
                return false;
            }
            more |= q.get().compareTo(BigDecimal.ONE) > 0;
        }
        return more;
    }

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\s+(\\S.*)");

    /**
     * A code in brackets closing a description ("Cooler annual service (CS-1)", "Tap washer
     * (TW2040)"): capitals, then a hyphen and figures or three figures or more. A pack or a gas in
     * brackets ("(24X330ML)", "(CO2)") is none, nor a reference to an order, a year or a batch
     * ("(PO-4471)", "(FY-2025)", "(LOT1234)").
     */
    private static final Pattern BRACKETED_CODE = Pattern.compile("(.*\\S)\\s*\\((?!(?:PO|FY|LOT|REF|INV|ORD|JOB|WO|SO|DN)\\b|(?:PO|FY|LOT|REF|INV|ORD|JOB)\\d)"
            + "((?:\\p{Lu}{2,5}-\\d{1,6}|\\p{Lu}{1,4}\\d{3,8})\\p{Lu}?)\\)");

    /** Items with no code cell whose description closes with its code in brackets: the code on its own. */
    static List<Item> withBracketedCodes(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item item : items) {
            Cell d = item.cells().get(Column.DESCRIPTION);
            Matcher m = d == null || item.cells().containsKey(Column.CODE) ? null : BRACKETED_CODE.matcher(d.text().strip());
            if (m == null || !m.matches()) {
                out.add(item);
                continue;
            }
            Map<Column, Cell> cells = new EnumMap<>(item.cells());
            cells.put(Column.DESCRIPTION, new Cell(m.group(1), d.left(), d.top(), d.right(), d.bottom(), d.confidence(), d.header()));
            cells.put(Column.CODE, new Cell(m.group(2), d.left(), d.top(), d.right(), d.bottom(), d.confidence(), null));
            out.add(new Item(item.row(), cells, item.quantityColumn()));
        }
        return out;
    }

    /**
     * A line-number column ("Ln", "#", "No") printed close to the code column reads as part of
     * each code: "1 200311", "2 200477". When every item's code starts with a number, and those
     * numbers count up from item to item (by one, or by a little more where a line was not read),
     * they are the lines' numbers, not their codes.
     */
    static List<Item> withoutLineNumbers(List<Item> items) {
        return withoutLineNumbers(withoutLineNumbers(items, Column.CODE), Column.DESCRIPTION);
    }

    /**
     * The line numbers run into one column's cells. Codes: counting up from 1 to 3 by one to three
     * (a line unread); descriptions ("#" too short a title to make a column): counting up by one exactly.
     */
    private static List<Item> withoutLineNumbers(List<Item> items, Column column) {
        if (items.size() < 2) {
            return items;
        }
        List<String> rest = new ArrayList<>();
        int previous = -1;
        boolean codes = column == Column.CODE;
        for (Item item : items) {
            Cell code = item.cells().get(column);
            Matcher m = code == null ? null : NUMBERED.matcher(code.text());
            if (m == null || !m.matches()) {
                return items;
            }
            int n = Integer.parseInt(m.group(1));
            if (codes ? (previous >= 0 ? n <= previous || n > previous + 3 : n > 3) : previous >= 0 && n != previous + 1) {
                return items;
            }
            previous = n;
            rest.add(m.group(2));
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Cell code = item.cells().get(column);
            Map<Column, Cell> cells = new EnumMap<>(item.cells());
            cells.put(column, new Cell(rest.get(i), code.left(), code.top(), code.right(), code.bottom(),
                    code.confidence(), code.header()));
            out.add(new Item(item.row(), cells, item.quantityColumn()));
        }
        return out;
    }

    private static List<Item> withQuantities(List<Item> items) {
        return items.stream().map(i -> new Item(i.row(), i.cells(), true)).toList();
    }

    /** A short label, a colon or "#", then one code of capitals and figures: "SSN: B0KP8890", "Art.-Nr.: 4711-02". */
    private static final Pattern LABELLED_CODE = Pattern.compile("(?:\\p{L}[\\p{L}.\\- ]{0,14}\\s*[:#]"
            // a code's own label needs no colon ("SKU KC-220"), nor its code a figure ("SKU KC-STIR");
            // what follows a separator is a note ("· VAT 0%")
            + "|(?<own>(?i:sku|item code|product code|prod\\.? code|stock code|art\\.?|article no\\.?|part no\\.?|item no\\.?|cat\\.? no\\.?)))"
            + "\\s*([A-Z0-9][A-Z0-9\\-./]{3,})(?:\\s+[·•|]\\s.*)?");

    /** Text under the description column alone, right under an item: the rest of its description. */
    private static boolean continuesDescription(Map<Column, Cell> cells, Row row, float previousBottom) {
        Cell description = cells.get(Column.DESCRIPTION);
        return description != null && cells.size() == 1 && description.text().chars().anyMatch(Character::isLetterOrDigit)
                && row.top() - previousBottom < 0.8f * (row.bottom() - row.top()) && !label(row.segments().get(0));
    }

    /**
     * Whether a line is a label rather than words of a description: a label alone, one followed by
     * a colon ("To: …"), or a total's. A description's next line may well start with a label's word
     * ("to Ireland", "order of 12").
     */
    private static boolean label(Segment segment) {
        Labels.Match m = Labels.match(segment);
        if (m == null) {
            return false;
        }
        boolean totals = switch (m.kind()) {
            case SUBTOTAL, TOTAL, TAX, AMOUNT_DUE -> true;
            default -> false;
        };
        return totals || m.remainder().isEmpty() || m.labelText().contains(":");
    }

    private static Item withMoreDescription(Item item, Cell more) {
        Map<Column, Cell> cells = new EnumMap<>(item.cells());
        Matcher code = LABELLED_CODE.matcher(more.text().strip());
        if (!cells.containsKey(Column.CODE) && code.matches()
                && (code.group("own") != null || code.group(2).chars().anyMatch(Character::isDigit))) {
            // the line under a description that gives the item's code with its label ("SSN: B0KP8890", "SKU: 40110")
            cells.put(Column.CODE, new Cell(code.group(2), more.left(), more.top(), more.right(), more.bottom(),
                    more.confidence(), null));
            return new Item(item.row(), cells, item.quantityColumn());
        }
        Cell d = cells.get(Column.DESCRIPTION);
        cells.put(Column.DESCRIPTION, new Cell(d.text() + " " + more.text(), Math.min(d.left(), more.left()), d.top(),
                Math.max(d.right(), more.right()), more.bottom(), Math.min(d.confidence(), more.confidence()), d.header()));
        return new Item(item.row(), cells, item.quantityColumn());
    }

    /**
     * How many rows between the table's header and its totals have words and two figures or more
     * but made no item: rows whose amount OCR lost or misplaced (a wrapped description has no
     * figures, "Brought forward 6,421.30" one, a repeated header is a header).
     */
    static int rowsLost(List<Row> rows, Table table) {
        if (table.header() == null) {
            return 0;
        }
        Set<Integer> itemRows = new HashSet<>();
        table.items().forEach(i -> itemRows.add(i.row().index()));
        int lost = 0;
        for (int r = table.header().index() + 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (endsTable(row)) {
                break;
            }
            if (itemRows.contains(row.index()) || header(row) != null) {
                continue;
            }
            long figures = row.segments().stream().filter(s -> isNumeric(s.text())).count();
            boolean words = row.segments().stream().anyMatch(s -> s.text().chars().filter(Character::isLetter).count() >= 3);
            if (figures >= 2 && words) {
                lost++;
            }
        }
        return lost;
    }

    /** How many rows after a section's subtotal its next section's titles may come: its heading between. */
    private static final int ROWS_TO_NEXT_SECTION = 3;
    /** How far a title of the next section may stand from where the first section's stood. */
    private static final float SECTION_TITLE_SHIFT = 0.01f;

    /**
     * The row of the next section's titles when the rows just after a subtotal repeat the table's
     * own titles, each title where the header had it, with nothing between but a heading of words;
     * -1 when the table ends here.
     */
    private static int nextSection(List<Row> rows, int subtotal, Row header) {
        List<Col> titles = header(header);
        if (titles == null) {
            return -1;
        }
        for (int r = subtotal + 1; r < rows.size() && r <= subtotal + ROWS_TO_NEXT_SECTION; r++) {
            Row row = rows.get(r);
            List<Col> again = header(row);
            if (again != null) {
                return sameTitles(titles, again) ? r : -1;
            }
            if (row.segments().size() > 1 || row.text().chars().anyMatch(Character::isDigit)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean sameTitles(List<Col> a, List<Col> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).kind() != b.get(i).kind() || Math.abs(a.get(i).left() - b.get(i).left()) > SECTION_TITLE_SHIFT) {
                return false;
            }
        }
        return true;
    }

    /**
     * A row with a totals label and an amount right of it (totals, or a VAT analysis) closes the
     * table; not when its figures price out as an item's do, a count times a price making its
     * amount ("12 | Kindling (net) | 3.50 | 42.00").
     */
    private static boolean endsTable(Row row) {
        List<Segment> segments = row.segments();
        if (pricesOut(segments)) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            Labels.Match m = Labels.match(segments.get(i));
            if (m == null) {
                continue;
            }
            switch (m.kind()) {
                case SUBTOTAL, TOTAL, AMOUNT_DUE, TAX -> {
                    if (PrintedValues.amount(m.remainder()).isPresent()) {
                        return true;
                    }
                    for (int j = i + 1; j < segments.size(); j++) {
                        if (PrintedValues.amount(segments.get(j).text()).isPresent()) {
                            return true;
                        }
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Whether the row's last figure is the product of two figures before it, the second to the cent. */
    private static boolean pricesOut(List<Segment> segments) {
        List<BigDecimal> figures = new ArrayList<>();
        for (Segment s : segments) {
            Optional<BigDecimal> money = PrintedValues.amount(s.text());
            Optional<BigDecimal> count = money.isPresent() ? money : PrintedValues.number(s.text());
            count.ifPresent(figures::add);
        }
        if (figures.size() < 3) {
            return false;
        }
        BigDecimal amount = figures.get(figures.size() - 1);
        if (amount.signum() == 0 || !PrintedValues.toTheCent(segments.get(segments.size() - 1).text())) {
            return false;
        }
        for (int i = 0; i < figures.size() - 1; i++) {
            for (int j = i + 1; j < figures.size() - 1; j++) {
                if (figures.get(i).multiply(figures.get(j)).setScale(2, RoundingMode.HALF_UP).compareTo(amount) == 0
                        && figures.get(i).compareTo(BigDecimal.ONE) != 0 && figures.get(j).compareTo(BigDecimal.ONE) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word that names a row the lines' total ("Week totals", "Total for period"). */
    private static final Pattern TOTAL_WORD = Pattern.compile("(?iu)\\btotals?\\b");

    /**
     * Whether the row under the lines is their total, not one more of them: its description says
     * total ("Week totals  18 15 20 … 1179.80", a weekly grid's count for each day beside it) and its
     * amount is what the lines above it make.
     */
    static boolean totalOfTheLines(Item last, List<Item> above) {
        Cell description = last.cells().get(Column.DESCRIPTION);
        return !above.isEmpty() && description != null && TOTAL_WORD.matcher(description.text()).find()
                && PrintedValues.amount(last.cells().get(Column.AMOUNT).text()).map(a -> a.compareTo(sum(above)) == 0)
                        .orElse(false);
    }

    /**
     * Whether a row is a running total between a table's pages ("Carried forward", "Brought
     * forward"): it says so and has no quantity.
     */
    static boolean runningTotal(Item item) {
        Cell description = item.cells().get(Column.DESCRIPTION);
        Cell quantity = item.cells().get(Column.QUANTITY);
        return description != null && (quantity == null || quantity.text().isBlank())
                && PrintedValues.runningTotal(description.text());
    }

    private static boolean isItem(Map<Column, Cell> cells, List<Col> columns) {
        Cell description = cells.get(Column.DESCRIPTION);
        if (description == null || !description.text().chars().anyMatch(Character::isLetter)) {
            return false;
        }
        Cell amount = cells.get(Column.AMOUNT);
        if (amount == null || PrintedValues.amount(amount.text()).isEmpty()
                && !misreadFigure(cells).map(m -> m.getKey() == Column.AMOUNT).orElse(false)) {
            return false;
        }
        Cell unitPrice = cells.get(Column.UNIT_PRICE);
        if (unitPrice != null && PrintedValues.amount(unitPrice.text()).isEmpty()
                && PrintedValues.number(unitPrice.text()).isEmpty()
                && !misreadFigure(cells).map(m -> m.getKey() == Column.UNIT_PRICE).orElse(false)) {
            return false;
        }
        Cell quantity = cells.get(Column.QUANTITY);
        boolean hasQuantityColumn = columns.stream().anyMatch(c -> c.kind() == Column.QUANTITY);
        // a discount or deposit line may have no quantity; a misread one can be worked out from the prices
        return !hasQuantityColumn || quantity == null || PrintedValues.number(quantity.text()).isPresent()
                || inferredQuantity(cells).isPresent();
    }

    /** The row's words put under the columns: numbers by their right edge, text by its left edge. */
    static Map<Column, Cell> cells(Row row, List<Col> columns) {
        Optional<Segment> untitled = untitledNumber(row, columns);
        if (untitled.isPresent()) {
            // a quantity column whose title was lost (a letter-spaced "Q T Y"): its number is the
            // quantity when the prices confirm it, and read as before when they do not
            Segment q = untitled.get();
            Map<Column, Cell> cells = cells(row, columns, q);
            if (inferredQuantity(cells).flatMap(v -> PrintedValues.number(q.text()).map(n -> n.compareTo(v) == 0))
                    .orElse(false)) {
                cells.put(Column.QUANTITY, new Cell(q.text(), q.left(), q.top(), q.right(), q.bottom(), q.confidence(), null));
                return cells;
            }
        }
        return cells(row, columns, null);
    }

    /** Whether another segment of the row is a figure set under the column, right-aligned or flush left. */
    private static boolean figureOfItsOwn(Row row, Segment except, List<Col> columns, Column column) {
        return row.segments().stream().anyMatch(o -> o != except && isNumeric(o.text())
                && (columnOf(columns, o.right(), true) == column || underTitle(columns, o.words().get(0)) == column));
    }

    /**
     * The one plain number of a row that stands left of a numeric column's title, in a table with
     * no quantity column: too far left to be right-aligned under that title, so in a column of its own.
     */
    private static Optional<Segment> untitledNumber(Row row, List<Col> columns) {
        if (columns.stream().anyMatch(c -> c.kind() == Column.QUANTITY)) {
            return Optional.empty();
        }
        List<Segment> found = new ArrayList<>();
        for (Segment s : row.segments()) {
            if (!s.text().matches("\\d{1,4}(?:\\.\\d{1,3})?")) {
                continue;
            }
            for (int i = 0; i < columns.size(); i++) {
                Col c = columns.get(i);
                float from = i == 0 ? 0 : (columns.get(i - 1).right() + c.left()) / 2;
                if (isNumericColumn(c.kind()) && s.left() >= from && s.right() < c.left()) {
                    found.add(s);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static Map<Column, Cell> cells(Row row, List<Col> columns, Segment skipped) {
        Map<Column, List<Word>> byColumn = new EnumMap<>(Column.class);
        // with no code column, the descriptions' left edge: a lone code before it is in an untitled column of codes
        Col description = columns.stream().anyMatch(c -> c.kind() == Column.CODE) ? null
                : columns.stream().filter(c -> c.kind() == Column.DESCRIPTION).findFirst().orElse(null);
        for (Segment segment : row.segments()) {
            if (segment == skipped) {
                continue;
            }
            Segment s = segment;
            Col text = columns.stream().filter(c -> c.kind() == Column.DESCRIPTION).findFirst().orElse(null);
            Word first = s.words().get(0);
            if (text != null && s.words().size() > 1 && underTitle(columns, first) == Column.OTHER
                    && columns.stream().anyMatch(c -> c.kind() == Column.OTHER && c.title() != null
                            && DATE_TITLE.matcher(titleKey(c.title())).find() && c.left() < first.right()
                            && c.right() > first.left() - FLUSH)
                    && PrintedValues.date(s.words().get(0).text()).isPresent()
                    && Math.abs(s.words().get(1).left() - text.left()) < DATE_THEN_TEXT) {
                // a line's date under "Date", its description run on from it where "Detail" begins: two cells
                add(byColumn, Column.OTHER, List.of(s.words().get(0)));
                s = Segment.of(s.words().subList(1, s.words().size()));
            }
            if (!byColumn.containsKey(Column.CODE) && leadingCode(s, description, columns)) {
                add(byColumn, Column.CODE, List.of(s.words().get(0)));
                if (s.words().size() == 1) {
                    continue;
                }
                s = Segment.of(s.words().subList(1, s.words().size()));
            }
            List<Word> words = s.words();
            if (PrintedValues.packs(s.text()) && underTitle(columns, words.get(0)) == Column.QUANTITY) {
                // "12 x 1L" under "Quantity": twelve of the pack
                add(byColumn, Column.QUANTITY, words);
                continue;
            }
            Column rightAligned = columnOf(columns, s.right(), true);
            float right = s.right();
            if (isNumericColumn(rightAligned) && !isNumeric(s.text()) && FIGURE_WITH_UNIT.matcher(s.text()).matches()
                    // a price or an amount with its currency or "per"; a plain "12 kg" is a quantity's only
                    && (rightAligned == Column.QUANTITY || PRICED_PER.matcher(s.text()).find())
                    && columns.stream().anyMatch(c -> c.kind() == rightAligned && Math.abs(c.right() - right) <= RIGHT_ALIGNED)) {
                // a figure with its unit ("4,699 kWh", "€0.3124 per kWh", "62 days") set flush right under a figure
                // column's title: that column's, however far left its words begin
                add(byColumn, rightAligned, words);
                continue;
            }
            if (isNumeric(s.text())) {
                // figures set flush left under a text column's title (a line's own date under "Date")
                // are that column's, however far right they run; other figures are placed by their right edge
                Column flushLeft = flushLeftUnder(columns, s.left());
                // a quantity with its unit of measure ("3 case" under "Qty", the unit's own column beside it) is the quantity's
                boolean withUnit = s.text().chars().anyMatch(Character::isLetter) && underTitle(columns, words.get(0)) == Column.QUANTITY;
                add(byColumn, withUnit ? Column.QUANTITY : flushLeft != null && !isNumericColumn(flushLeft) ? flushLeft
                        : columnOf(columns, s.right(), true), words);
                continue;
            }
            // a segment may run a number into a text cell when the columns are close ("1 Kilfenora Red
            // Ale", "36 IT-077"): numbers at either end that sit under a numeric column of their own go there
            int from = 0;
            int to = words.size();
            // (not when a figure of the row's own stands in that column: then the number is the text's, "…, 2023,")
            while (from < to - 1 && isNumeric(words.get(from).text())) {
                Column at = underTitle(columns, words.get(from));
                if (!isNumericColumn(at) || at == columnOf(columns, words.get(from + 1).left(), false)
                        || figureOfItsOwn(row, segment, columns, at)) {
                    break;
                }
                add(byColumn, at, List.of(words.get(from)));
                from++;
            }
            while (to - 1 > from && isNumeric(words.get(to - 1).text())) {
                Column at = underTitle(columns, words.get(to - 1));
                if (!isNumericColumn(at) || at == columnOf(columns, words.get(from).left(), false)
                        || figureOfItsOwn(row, segment, columns, at)) {
                    break;
                }
                add(byColumn, at, List.of(words.get(to - 1)));
                to--;
            }
            Column at = columnOf(columns, words.get(from).left(), false);
            if (isNumericColumn(at) && Layout.join(words.subList(from, to)).chars().anyMatch(Character::isLetter)) {
                // words are no number: they belong to the nearest text column, wherever its title sits
                at = nearestTextColumn(columns, words.get(from).left(), at);
            }
            float start = words.get(from).left();
            if (at == Column.CODE && byColumn.containsKey(Column.CODE) && !byColumn.containsKey(Column.DESCRIPTION)
                    && columns.stream().anyMatch(c -> c.kind() == Column.DESCRIPTION)
                    && columns.stream().noneMatch(c -> c.kind() == Column.CODE && start <= c.right())) {
                // text after the row's code, starting left of a "Description" title set further in: the description
                at = Column.DESCRIPTION;
            }
            add(byColumn, at, words.subList(from, to));
        }
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        Word mark = null;
        for (var e : byColumn.entrySet()) {
            List<Word> words = e.getValue();
            if (words.isEmpty() || e.getKey() == null) {
                continue;
            }
            if ((e.getKey() == Column.AMOUNT || e.getKey() == Column.GROSS) && mark == null) {
                mark = markAfter(words);
            }
            if (isNumericColumn(e.getKey()) && words.stream().anyMatch(w -> isNumeric(w.text()))
                    && !PrintedValues.packs(Layout.join(words))) {
                // a speck or a ruling read as a letter beside the number is no part of it; the credit
                // mark after it ("8.73 CR") is
                List<Word> all = words;
                words = new ArrayList<>(words.stream().filter(w -> isNumeric(w.text()) || w.text().matches("[€$£]|EUR")
                        || CREDIT_MARK.matcher(w.text()).matches() && all.stream().anyMatch(n -> isNumeric(n.text())
                                && n.right() <= w.left() && w.left() - n.right() < 2 * n.height())).toList());
            }
            words.sort(Comparator.comparingDouble(Word::left));
            float left = 1;
            float top = 1;
            float right = 0;
            float bottom = 0;
            float conf = 100;
            for (Word w : words) {
                left = Math.min(left, w.left());
                top = Math.min(top, w.top());
                right = Math.max(right, w.right());
                bottom = Math.max(bottom, w.bottom());
                conf = Math.min(conf, w.confidence());
            }
            // an untitled column (its kind told by its figures) gives its cells no header
            String header = columns.stream().filter(c -> c.kind() == e.getKey() && c.title() != null).map(Col::title)
                    .findFirst().orElse(null);
            cells.put(e.getKey(), new Cell(Layout.join(words), left, top, right, bottom, conf, header));
        }
        if (mark != null && !cells.containsKey(Column.VAT_RATE)) {
            cells.put(Column.VAT_RATE, cell(List.of(mark)));
        }
        return cells;
    }

    /**
     * A line's note under it, on the goods' batch, lot, dates or serial number ("Batch L2604-1 ·
     * Best before 03/03/2026"), or a note so called ("Note: fitted on the Tuesday"): a line that
     * opens with it. A description wrapped onto the next line may name a serial number in passing
     * ("glasswasher GW-450, S/N 88412, incl. descale and"): that is still the description.
     */
    private static final Pattern LINE_NOTE = Pattern.compile(
            "(?i)^\\s*(?:batch|lot|best before|bbe|use by|expiry|exp\\.? date|serial(?: no\\.?)?|s/n)\\b\\s*[:#.]?\\s*[\\w/.-]*\\d"
                    + "|^\\s*(?:note|nb|n\\.b\\.)\\s*[:\\-–]");

    /**
     * Whether a row under an item is set in smaller print than the item's own row: a note on it. Told
     * from a text layer only: OCR's boxes are as tall as their letters, and a line of figures is
     * lower than one of words with descenders in the same print.
     */
    private static boolean smallerPrint(Row line, Item item) {
        boolean layer = Stream.of(line, item.row()).flatMap(r -> r.segments().stream()).flatMap(g -> g.words().stream())
                .allMatch(w -> w.confidence() >= PdfTextLayer.CONFIDENCE);
        return layer && line.wordHeight() < SMALLER_PRINT * item.row().wordHeight();
    }

    /** A line this much lower than another, or less, is set in smaller print. */
    private static final float SMALLER_PRINT = 0.97f;

    /** A date alone: figures ("01/03/2026", "2026-03-01"), or a day, a month's name and a year in either order. */
    private static final String DATE_ALONE = "(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?,?\\s+\\d{2,4}"
            + "|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{2,4})";
    /** Two dates alone with a dash or "to" between them, and nothing else. */
    private static final Pattern PERIOD = Pattern.compile("(?i)\\s*(" + DATE_ALONE + ")\\s+(?:[-–—]|to)\\s+(" + DATE_ALONE + ")\\s*");

    /** A line that is only a period ("Mar 15, 2026 – Apr 14, 2026", "1 Apr 2026 - 30 Apr 2026"). */
    static boolean servicePeriod(String text) {
        Matcher m = PERIOD.matcher(text);
        return m.matches() && PrintedValues.date(m.group(1)).isPresent() && PrintedValues.date(m.group(2)).isPresent();
    }

    /** What marks an amount credited, printed after it: "8.73 CR". */
    private static final Pattern CREDIT_MARK = Pattern.compile("CR|Cr|cr");

    /** A mark printed after a line's amount that a footnote or legend explains ("€10.80 *", "147.20 B"). */
    private static final Pattern MARK = Pattern.compile("\\*{1,3}|[†‡#]|[A-HJ-NP-Z]");

    /** The mark after the amount among a cell's words, or null: the rightmost word, right of every figure. */
    private static Word markAfter(List<Word> words) {
        Word last = words.stream().max(Comparator.comparingDouble(Word::left)).orElseThrow();
        if (!MARK.matcher(last.text()).matches()) {
            return null;
        }
        boolean afterFigures = words.stream().filter(w -> isNumeric(w.text())).allMatch(w -> w.right() <= last.left());
        return afterFigures && words.stream().anyMatch(w -> isNumeric(w.text())) ? last : null;
    }

    /**
     * Whether a segment starts with its line's code: a barcode wherever it stands (in a column of its
     * own, run into the description, or ending under a "Description" set close beside "EAN"), or, in a
     * table with no code column, a lone word with digits before the descriptions ("C-2041").
     */
    private static boolean leadingCode(Segment s, Col description, List<Col> columns) {
        String first = s.words().get(0).text();
        // under a column titled for something else ("Period" over "01/09-30/09/26"): that column's
        boolean titledOther = columns.stream().anyMatch(c -> c.kind() == Column.OTHER && s.left() < c.right()
                && s.right() > c.left());
        return BARCODE.matcher(first).matches() || description != null && s.words().size() == 1 && !titledOther
                && s.right() < description.left() && first.chars().filter(Character::isDigit).count() >= 3
                && !first.contains(".");
    }

    private static void add(Map<Column, List<Word>> byColumn, Column column, List<Word> words) {
        if (column != null && !words.isEmpty()) {
            byColumn.computeIfAbsent(column, k -> new ArrayList<>()).addAll(words);
        }
    }

    private static boolean isNumericColumn(Column c) {
        return c == Column.QUANTITY || c == Column.UNIT_PRICE || c == Column.AMOUNT || c == Column.DISCOUNT
                || c == Column.VAT_RATE || c == Column.GROSS;
    }

    static boolean isNumeric(String text) {
        String t = text.strip();
        return PrintedValues.number(t).isPresent() || PrintedValues.amount(t).isPresent()
                || PrintedValues.percent(t).isPresent() || t.matches("[€$£]?\\s?-?[\\d.,]+\\s?(CR|cr)?");
    }

    /** The column whose title the word sits right under (a vintage year in a wine name sits under none). */
    private static Column underTitle(List<Col> columns, Word w) {
        for (Col c : columns) {
            if (w.right() > c.left() - 0.01f && w.left() < c.right() + 0.01f) {
                return c.kind();
            }
        }
        return null;
    }

    /**
     * The text column that words landing under a number's title belong to: one whose title is to
     * their right on the same side of the page (a centred "Description" over descriptions printed
     * from further left), never one they have passed (a "Subtotal" under the prices stays there).
     */
    private static Column nearestTextColumn(List<Col> columns, float x, Column otherwise) {
        Col best = null;
        for (Col c : columns) {
            if ((c.kind() == Column.DESCRIPTION || c.kind() == Column.CODE) && x < c.left()
                    && (best == null || c.left() < best.left())) {
                best = c;
            }
        }
        return best == null ? otherwise : best.kind();
    }

    /** How near a cell's left edge must be to its title's to be set flush left under it (a share of the page's width). */
    private static final float FLUSH = 0.004f;

    /** The column whose title starts where {@code x} is, or null. */
    private static Column flushLeftUnder(List<Col> columns, float x) {
        return columns.stream().filter(c -> c.title() != null && Math.abs(c.left() - x) <= FLUSH).map(Col::kind).findFirst().orElse(null);
    }

    /**
     * The column at a horizontal position: the column whose span holds it, else, between two
     * columns, the one the position is aligned with (right edges for numbers, left edges for text).
     */
    private static Column columnOf(List<Col> columns, float x, boolean byRightEdge) {
        Col best = null;
        float bestDistance = Float.MAX_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            Col c = columns.get(i);
            float from = i == 0 ? 0 : (columns.get(i - 1).right() + c.left()) / 2;
            float to = i == columns.size() - 1 ? 1 : (c.right() + columns.get(i + 1).left()) / 2;
            if (x >= from && x <= to) {
                return c.kind();
            }
            float anchor = byRightEdge ? c.right() : c.left();
            float d = Math.abs(x - anchor);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best == null ? null : best.kind();
    }

    /**
     * The quantity the prices imply (amount / unit price) when that division is exact to the cent
     * and gives a whole or half unit: for a quantity the OCR lost. A guess, to be reported as one.
     */
    static Optional<BigDecimal> inferredQuantity(Map<Column, Cell> cells) {
        Cell unit = cells.get(Column.UNIT_PRICE);
        Cell amount = cells.get(Column.AMOUNT);
        if (unit == null || amount == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> u = PrintedValues.amount(unit.text());
        Optional<BigDecimal> a = PrintedValues.amount(amount.text());
        if (u.isEmpty() || a.isEmpty() || u.get().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal q = a.get().divide(u.get(), 1, RoundingMode.HALF_UP);
        boolean half = q.remainder(new BigDecimal("0.5")).signum() == 0;
        boolean exact = q.multiply(u.get()).setScale(2, RoundingMode.HALF_UP).compareTo(a.get()) == 0;
        return half && exact && q.signum() != 0 ? Optional.of(q.stripTrailingZeros()) : Optional.empty();
    }

    /**
     * At most this many digits of a printed figure may be misread for the prices to correct it: one
     * (a 9 read as 3, a digit lost). With two, a price with VAT in it already finds a "misread".
     */
    static final int MAX_MISREAD_DIGITS = 1;

    /**
     * A line whose printed quantity × unit price is not its amount, where one of the three, changed
     * in at most {@link #MAX_MISREAD_DIGITS} digit, makes them agree: the figure the OCR misread,
     * with the value the other two give it. The quantity the prices imply must be a whole or half
     * unit, a unit price or amount exact to the cent. When two figures could be the misread one
     * equally well, or a discount stands on the line, nothing is corrected. A guess, to be reported
     * as one.
     */
    static Optional<Map.Entry<Column, BigDecimal>> misreadFigure(Map<Column, Cell> cells) {
        Cell quantity = cells.get(Column.QUANTITY);
        Cell unit = cells.get(Column.UNIT_PRICE);
        Cell amount = cells.get(Column.AMOUNT);
        if (quantity == null || unit == null || amount == null || cells.containsKey(Column.DISCOUNT)) {
            return Optional.empty();
        }
        Optional<BigDecimal> q = PrintedValues.number(quantity.text());
        Optional<BigDecimal> u = PrintedValues.amount(unit.text()).or(() -> PrintedValues.number(unit.text()));
        Optional<BigDecimal> a = PrintedValues.amount(amount.text());
        if (q.isPresent() && u.isPresent() && a.isPresent() && madeUpOnTheLine(cells, q.get(), u.get(), a.get())) {
            // a deposit printed on the line makes up the difference: nothing misread
            return Optional.empty();
        }
        if (u.isEmpty() && q.isPresent() && a.isPresent() && q.get().signum() > 0) {
            // a unit price the OCR could not read as a figure ("25:75"): the one the amount gives, if its digits are those printed
            BigDecimal perUnit = a.get().abs().divide(q.get(), 2, RoundingMode.HALF_UP);
            boolean exact = perUnit.multiply(q.get()).setScale(2, RoundingMode.HALF_UP).compareTo(a.get().abs()) == 0;
            return exact && digitDistance(unit.text(), perUnit.toPlainString()) <= MAX_MISREAD_DIGITS
                    ? Optional.of(Map.entry(Column.UNIT_PRICE, perUnit)) : Optional.empty();
        }
        if (a.isEmpty() && q.isPresent() && u.isPresent() && q.get().signum() > 0 && u.get().signum() > 0
                && amount.text().chars().filter(Character::isDigit).count() >= 3) {
            // a line amount the OCR could not read as a figure ("25:20"): quantity × unit price, if its digits are those printed
            BigDecimal product = q.get().multiply(u.get()).setScale(2, RoundingMode.HALF_UP);
            return digitDistance(amount.text(), product.toPlainString()) <= MAX_MISREAD_DIGITS
                    ? Optional.of(Map.entry(Column.AMOUNT, product)) : Optional.empty();
        }
        if (q.isEmpty() || u.isEmpty() || a.isEmpty() || q.get().signum() <= 0 || u.get().signum() == 0
                || q.get().multiply(u.get()).abs().setScale(2, RoundingMode.HALF_UP).compareTo(a.get().abs()) == 0) {
            return Optional.empty();
        }
        Map<Column, BigDecimal> candidates = new EnumMap<>(Column.class);
        // a credit's amount keeps its sign; quantities and unit prices are printed without one
        inferredQuantity(cells).ifPresent(v -> candidates.put(Column.QUANTITY, v.abs()));
        BigDecimal perUnit = a.get().abs().divide(q.get(), 2, RoundingMode.HALF_UP);
        if (perUnit.multiply(q.get()).setScale(2, RoundingMode.HALF_UP).compareTo(a.get().abs()) == 0) {
            candidates.put(Column.UNIT_PRICE, perUnit);
        }
        BigDecimal product = q.get().multiply(u.get()).abs().setScale(2, RoundingMode.HALF_UP);
        candidates.put(Column.AMOUNT, a.get().signum() < 0 ? product.negate() : product);
        Column best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (var c : candidates.entrySet()) {
            int d = digitDistance(cells.get(c.getKey()).text(), c.getValue().toPlainString());
            if (d < bestDistance) {
                best = c.getKey();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        if (best == null || tie || bestDistance > MAX_MISREAD_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(best, candidates.get(best)));
    }

    /**
     * Whether the line's quantity, as read, times its unit price is its amount to the cent (signs
     * aside: a credit prints its amount negative); false when any of the three is not a figure.
     */
    static boolean madeByItsPrices(Map<Column, Cell> cells) {
        Cell quantity = cells.get(Column.QUANTITY);
        Cell unit = cells.get(Column.UNIT_PRICE);
        Cell amount = cells.get(Column.AMOUNT);
        if (quantity == null || unit == null || amount == null) {
            return false;
        }
        Optional<BigDecimal> q = PrintedValues.number(quantity.text());
        Optional<BigDecimal> u = PrintedValues.amount(unit.text()).or(() -> PrintedValues.number(unit.text()));
        Optional<BigDecimal> a = PrintedValues.amount(amount.text());
        return q.isPresent() && u.isPresent() && a.isPresent() && q.get().signum() != 0 && a.get().signum() != 0
                && times(q.get(), u.get()).abs().compareTo(a.get().abs()) == 0;
    }

    /** How many digits must change, go or come for one figure's digits to read as the other's. */
    static int digitDistance(String printed, String value) {
        return EditDistance.between(printed.replaceAll("[^0-9]", ""), value.replaceAll("[^0-9]", ""));
    }

    static BigDecimal sum(List<Item> items) {
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : items) {
            // an amount the OCR misread ("25:20") counts as quantity × unit price made it
            total = total.add(PrintedValues.amount(item.cells().get(Column.AMOUNT).text())
                    .or(() -> misreadFigure(item.cells()).filter(m -> m.getKey() == Column.AMOUNT).map(Map.Entry::getValue))
                    .orElse(BigDecimal.ZERO));
        }
        return total;
    }

    /** The row's segment where a column's title starts, or null. */
    private static Segment segmentAt(Row row, Col title) {
        return row.segments().stream().filter(g -> g.left() <= title.left() && g.right() >= title.left()).findFirst()
                .orElse(null);
    }

    private static boolean sameSegment(Row row, Word a, Word b) {
        for (Segment s : row.segments()) {
            if (s.words().contains(a)) {
                return s.words().contains(b);
            }
        }
        return false;
    }
}
