package io.barback.textract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.barback.documents.EditDistance;
import io.barback.documents.PrintedValues;
import io.barback.textract.ExpenseExtractor.Found;
import io.barback.textract.Labels.Kind;
import io.barback.textract.Labels.Match;
import io.barback.textract.Layout.Row;
import io.barback.textract.Layout.Segment;

/**
 * The parties to an invoice on a page's layout: the supplier (the most prominent name at the top,
 * outside the customer's blocks, with its address and VAT number) and the customer (the name in
 * the "Bill to" block, or "Deliver to" when there is none).
 */
final class Parties {

    private static final Pattern TITLE = Pattern.compile(
            "(?i)^(tax\\s+|sales\\s+|vat\\s+|kopie\\s+|copie\\s+|copia\\s+)?(invoice|credit\\s*note|statement|receipt|pro\\s*-?forma|"
                    + "delivery\\s+(note|docket)|page\\b|original|copy|duplicate|continued|invoice\\s*/\\s*credit|"
                    // the same in the languages of the EU suppliers a pub buys from
                    + "(facture|factuur|rechnung|fattura|factura|fatura|faktura|faktúra|duplicado|gutschrift|avoir|creditnota"
                    + "|kreditnota|dobropis|sonrasc)\\b"
                    // documents that are no bill, whose title is as little a name
                    + "|(quotation|quote|estimate|devis|angebot|offerte|preventivo|presupuesto)\\b).*"
                    // a kind of invoice named before the word ("HIRE INVOICE", "Retail Invoices/Bill")
                    + "|(?i)^(\\p{L}+\\s+){1,2}(invoice|credit\\s*note|receipt|bill)s?(\\s*/\\s*\\p{L}+)?\\s*[.:]?\\s*$");
    /** A heading that is a name followed by the document's kind ("Amazon Web Services Invoice"): the name is before it. */
    private static final Pattern NAME_THEN_KIND = Pattern.compile("(?i)^(.*\\S)\\s+(tax\\s+)?(invoice|credit\\s*note|receipt)\\s*[.:]?\\s*$");
    /** A legal form closing a name, in the forms of Ireland, the UK and the EU: what any company's name may end with. */
    private static final String LEGAL_FORM_WORDS = "(ltd|limited|unlimited company|designated activity company|dac|plc|llp|llc|"
            + "inc|teoranta|teo|clg|uc|gmbh|ag|kg|sarl|sas|sa|srl|spa|bv|nv|ab|oy|as|aps|lda|& co|and co|co"
            // the same with their letters stopped, as continental companies print them ("B.V.", "S.L.", "S.r.l.")
            + "|b\\.v|n\\.v|s\\.a\\.s|s\\.a|s\\.l\\.u|s\\.l|slu|s\\.r\\.l|s\\.p\\.a|bvba|sprl)";
    private static final Pattern LEGAL_FORM = Pattern.compile("(?i).*\\b" + LEGAL_FORM_WORDS + "\\.?\\s*$");
    /**
     * A sentence, not a name: four words or more, the last a word in small letters closed by a full
     * stop, "!" or "?" ("Dat betaal ik zelf wel."); a name closes with a capital ("… B.V.", "… Ltd.").
     */
    private static final Pattern SENTENCE = Pattern.compile("\\s*\\S+(?:\\s+\\S+){2,}\\s+\\p{Ll}[\\p{Ll}'’]*[.!?]\\s*");
    /** A line that is only a legal form: a long name's last word, wrapped under it. */
    private static final Pattern LEGAL_FORM_ONLY = Pattern.compile("(?i)\\s*" + LEGAL_FORM_WORDS + "\\.?\\s*");
    /** A segment that begins with a legal form ("SAS au capital de …"). */
    private static final Pattern LEGAL_FORM_FIRST = Pattern.compile("(?i)\\s*" + LEGAL_FORM_WORDS + "\\.?(?![\\p{L}])");
    /** The confidence of a name read two ways on the page: under the level at which an invoice is booked unseen. */
    private static final float NAME_READ_TWO_WAYS = 70f;
    private static final Pattern WEB_OR_MAIL = Pattern.compile("(?i)(?:@|www\\.|https?://)([a-z0-9-]+)\\.");
    // the routing key's letter may come back from OCR in small print ("v94 H6Y2")
    private static final Pattern EIRCODE = Pattern.compile("\\b[AC-FHKNPRTV-Yac-fhknprtv-y]\\d{2}\\s?[0-9AC-FHKNPRTV-Y]{4}\\b");
    /** An Eircode as OCR may give it, with the letter O for a zero or S for a five. */
    private static final Pattern OCR_EIRCODE = Pattern.compile("\\b([AC-FHKNPRTV-Yac-fhknprtv-y])([0-9OS]{2})(\\s?)([0-9AC-FHKNOPRSTV-Y]{4})\\b");
    /**
     * An Irish address's last line without its Eircode: the county ("Tullamore, Co. Offaly",
     * "County Kerry") or a Dublin postal district ("Dublin 8").
     */
    private static final Pattern COUNTY = Pattern.compile("\\b(Co\\.?|County)\\s+(Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry"
            + "|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Londonderry|Longford|Louth"
            + "|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)\\b"
            + "|\\bDublin\\s(?:[1-9]|1\\d|2[0-4]|6W)\\b");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b");
    private static final Pattern STREET = Pattern.compile(
            "(?i)\\b(road|rd|street|st|lane|ln|avenue|ave|park|estate|quay|square|sq|place|terrace|way|court|"
                    + "business|industrial|unit|co\\.|county|dublin|cork|galway|limerick|waterford|kilkenny|belfast|"
                    + "ireland|house|harbour|main|bridge|centre|center|rue|chemin|boulevard|calle|plaza|platz)\\b"
                    + "|stra(ss|ß)e\\b");
    /**
     * A postcode of continental Europe before its town ("21200 Beaune", "D-80331 München", "1010
     * Wien"); four digits that could be a year are not one.
     */
    private static final Pattern CONTINENTAL_POSTCODE = Pattern.compile(
            "(^|\\s)([A-Z]{1,2}-)?(?!(1[89]|20)\\d{2}\\b)\\d{4,5}\\s+\\p{Lu}\\p{Ll}+");
    /** A country on a line of its own, closing an address. */
    private static final Pattern COUNTRY = Pattern.compile("(?i)\\s*(ireland|[eé]ire|northern ireland|united kingdom|uk|"
            + "great britain|england|scotland|wales|france|germany|deutschland|belgium|belgique|belgi[eë]|netherlands|"
            + "nederland|spain|espa[nñ]a|italy|italia|portugal|austria|[oö]sterreich|switzerland|schweiz|suisse|poland|"
            + "denmark|sweden)\\s*\\.?\\s*");
    /** A line that is a street: it ends in the street's kind ("Mill Road", "14 Quay St."). */
    private static final Pattern STREET_LINE = Pattern.compile(
            "(?i).*\\b(road|rd|street|st|lane|ln|avenue|ave|quay|square|sq|terrace|way|court|place|row|parade|hill)\\.?\\s*$");
    private static final Pattern LIST_MARK = Pattern.compile("[·•|]|\\s[-–]\\s");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)of|the|and|on|upon|de|la|le|na|an|am|an der");
    /** A phone number or a web or mail address alone: "0818 555 400", "+353 65 684 2210", "corribenergy.ie". */
    private static final Pattern CONTACT_ONLY = Pattern.compile(
            "(?i)\\s*(?:\\+?[\\d()][\\d\\s()/.-]{6,}|(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:ie|com|co\\.uk|uk|eu|de|fr|nl|net|org)|\\S+@\\S+)\\s*");
    /** A heading that opens by speaking to the customer: "Your bill at a glance", "Your charges". */
    private static final Pattern ADDRESSING_THE_READER = Pattern.compile(
            "(?i)your\\s+(?:bill|account|charges|statement|invoice|summary|order|usage|details|payment)\\b");

    /** A line that is a way to reach somebody: it opens with a phone's or a mail's label, or holds an address of the web or mail. */
    private static final Pattern CONTACT_LINE = Pattern.compile(
            "(?i)^(?:tel|phone|ph|fax|mob|mobile|email|e-mail|web)\\b\\s*[.:]?\\s*[+(\\d]|\\S+@\\S+\\.\\w+|www\\.\\S+\\.\\w+");

    private static final Pattern CONTACT = Pattern.compile(
            "(?i).*(@|www\\.|https?:|\\bt[eé]l\\b|\\btelefon\\b|\\bphone\\b|\\bph\\b|\\bfax\\b|\\bmob\\b|\\bt:|\\be:|\\bw:|"
                    + "\\bvat\\b|\\btva\\b|\\bbtw\\b|\\bsiren\\b|\\bsiret\\b|\\biban\\b|\\bbic\\b|"
                    + "\\breg(istered)?\\b|\\bcompany\\b\\s+no|\\bemail\\b).*");

    // Positions are fractions of the page; a factor multiplies the certainty of the words read.
    /** The supplier is looked for in the top third of the page, and weighs more in its top eighth. */
    private static final float LETTERHEAD = 0.33f;
    private static final float VERY_TOP = 0.12f;
    private static final double VERY_TOP_WEIGHT = 1.15;
    /** A name closed by a legal form (Ltd, DAC, GmbH) weighs more; a name read this unsurely is none. */
    private static final double LEGAL_FORM_WEIGHT = 1.2;
    /**
     * The parts of a return address line ("Name - Street 4 - 12345 Town"), or of a letterhead's line
     * (a name, then a tagline), and how far over the window it may be. OCR reads a small middle dot
     * as a guillemet, an asterisk or a dash.
     */
    private static final Pattern RETURN_ADDRESS_SEPARATOR = Pattern.compile("\\s+[-–—·•|«»*]\\s+");
    private static final float WINDOW_GAP = 0.1f;
    /** A label naming the supplier, then its name in the same segment. */
    private static final String SUPPLIER_WORDS = "(?:sold by|seller|supplier|vendor|verkäufer|lieferant|fournisseur|vendeur|leverancier|sprzedawca)";
    private static final Pattern SUPPLIER_LABEL = Pattern.compile("(?iu)\\s*" + SUPPLIER_WORDS + "\\s*:\\s*(.+)");
    /**
     * "Supplier" heading the supplier's block: a heading, no line of its address. A remittance
     * slip's "Please make payment to:" or "Remit to" heads the supplier's block as well.
     */
    private static final Pattern SUPPLIER_HEADING = Pattern.compile("(?iu)\\s*(?:from|remit to|"
            + "(?:please\\s+)?(?:make\\s+)?(?:payments?|cheques?)\\s+(?:payable\\s+)?to|payable to|" + SUPPLIER_WORDS + ")\\s*:?\\s*");
    /** Who the bank account belongs to, then the name (up to a separator). */
    private static final Pattern PAYEE = Pattern.compile("(?iu)\\b(?:account holder|titulaire du compte|"
            + "kontoinhaber|begünstigter|rekeninghouder|ten name van|payable to|"
            // "Please pay by bank transfer to …", "pay by EFT to …", "Bank transfer to …", "Remit to …"
            + "pay(?:\\s+(?:by|via|with))?(?:\\s+[\\p{L}-]+){0,2}\\s+to|(?:bank|credit|eft)\\s+transfers?\\s+to|remit\\s+to)"
            + "\\s*:?\\s*([^,;:|()]+?)\\s*"
            // the name ends at a separator, or where the bank's details begin on its line ("Pay to X  IBAN …")
            + "(?:[,;|()]|\\s[–-]\\s|(?=(?i:iban|bic|swift|sort code|account|a/c|acc no)\\b)|$)");
    /** Words of a bank's details, on the account holder's row or the one beside it. */
    private static final Pattern BANK = Pattern.compile("(?iu)\\b(iban|bic|swift|bank|banque|sort code|bankverbindung)\\b");
    private static final double MIN_NAME_CONFIDENCE = 50;
    /** The supplier stands out when it weighs this much more than the next name; if not, and nothing confirms it, it is doubtful. */
    private static final double STANDS_OUT = 1.3;
    private static final float UNCONFIRMED_NAME = 0.75f;
    /** A block this many of its lines' heights under the supplier's name, or more, is none of its letterhead. */
    private static final float LETTERHEAD_GAP = 8f;
    /** A word's box is at most this many times as tall as its letters are wide, on average, in any usual type. */
    private static final float TALLEST_LETTERS = 2.2f;
    /** Print sizes this close (2 %) are the same size. */
    private static final double SAME_SIZE = 0.02;
    /** The customer named only under "Deliver to" (no "Bill to") is less sure to be the one billed. */
    private static final float DELIVER_TO_ONLY = 0.9f;
    /** A business's name runs to a few words; more after a party word is a sentence. */
    private static final int MAX_NAME_WORDS = 6;
    /** Fewer letters than this match too many names to say that a line is the supplier's name again. */
    private static final int MIN_NAME_LETTERS = 4;
    /** An unlabelled customer block: a name and at least two address lines, in the top 40 % of the page. */
    private static final float CUSTOMER_REACH = 0.4f;
    private static final int CUSTOMER_LINES = 3;
    private static final float UNLABELLED_CUSTOMER = 0.85f;
    /** Lines of one block: in one column to 1.2 % of the width, at most 1.2 line heights apart (a hair of overlap allowed). */
    private static final float LINE_ALIGNED = 0.012f;
    private static final float LINE_OVERLAP = 0.002f;
    private static final float LINE_GAP_HEIGHTS = 1.2f;
    /** The letterhead: the top of the page, this share of its height. */
    private static final float LETTERHEAD_ZONE = 0.15f;
    /** A short name completed by the letterhead's next lines: up to two of at most four words, close under it. */
    private static final int NAME_LINES = 2;
    private static final int NAME_LINE_WORDS = 4;
    private static final float NAME_GAP_HEIGHTS = 1.5f;
    /** A name read with this certainty counts at its full size; less, it weighs less. */
    private static final double WELL_READ = 90;
    /** The supplier's address: an Eircode or postcode, a street, a number, and each line count; distance from the name costs. */
    private static final double CODE_CUE = 3;
    private static final double STREET_CUE = 1;
    private static final double NUMBER_CUE = 0.3;
    private static final double LINE_CUE = 0.3;
    private static final double DISTANCE_COST = 20;
    /** A VAT number after "VAT" outweighs a check rule passed; one marked as the customer's ("your") is not the supplier's. */
    private static final int LABELLED_VAT = 2;
    /** A VAT number in the supplier's block, at most this many lines under its name, weighs more. */
    private static final int IN_SUPPLIERS_BLOCK = 2;
    /** What a VAT number gains from the supplier's name printed before it on its line. */
    private static final int NAMED_BESIDE_IT = 1;
    private static final int SUPPLIERS_BLOCK_LINES = 8;
    private static final int CUSTOMERS_VAT = 5;
    private static final float UNLABELLED_VAT = 0.85f;
    private static final float UNCHECKED_VAT = 0.6f;
    /** A party's block: the value beside its label, then up to BLOCK_LINES lines that start under it. */
    private static final float BLOCK_LABEL_GAP = 0.2f;
    private static final float ALIGNED = 0.02f;
    private static final float BLOCK_INDENT = 0.05f;
    private static final int BLOCK_LINES = 7;
    private static final float BLOCK_GAP_LINES = 1.8f;
    /** The supplier's address is looked for within a quarter page below its name, and is never quite certain. */
    private static final float ADDRESS_REACH = 0.25f;
    private static final float ADDRESS_FOUND = 0.95f;

    /** A number of five digits or more before a name: the customer's account with the supplier. */
    private static final String ACCOUNT_BEFORE_NAME = "^\\d{5,}\\s*[-:/]?\\s+(?=\\p{L})";
    /** One part of a place: capitalised words, a number among them ("Macroom", "Co. Cork", "Dublin 4"). */
    private static final String PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’.-]*){0,3}";
    /** A name, then after a comma the place it is in ("Bar, Macroom", "Inn, Main Street, Co. Cork"). */
    private static final Pattern NAME_THEN_PLACE = Pattern.compile(
            "^([^,]*\\p{L}[^,]*),\\s+(" + PLACE + "(?:,\\s+" + PLACE + ")*)$");

    private Parties() {
    }

    /** A document's title word standing alone ("Invoice", "TAX INVOICE", "Credit Note"). */
    private static final Pattern TITLE_WORD = Pattern.compile(
            "(?i)(tax\\s+|sales\\s+)?(invoice|credit\\s*note|statement|receipt)");

    /** One word and a long number: a label and its account number, no business's name. */
    private static final Pattern WORD_AND_NUMBER = Pattern.compile("\\p{L}+(?:-\\p{L}+)?:?\\s+\\d{5,}");
    /** A person's role at the customer, or a letter's attention line: no name of a business. */
    private static final Pattern ROLE = Pattern.compile("(?i)(?:(?:the|attn:?|attention:?|f\\.?a\\.?o\\.?:?)\\s+)?"
            + "(?:(?:bar|general|office|accounts|purchasing)\\s+)?(?:manager|proprietor|licensee|owners?|publican"
            + "|directors?|partners?|(?:company\\s+)?secretary"
            + "|accounts(?:\\s+(?:payable|department))?|purchasing(?:\\s+department)?)\\.?");

    /** Three words or more in capitals, each set apart by a slash: a box's headings. */
    private static final Pattern HEADINGS = Pattern.compile("[\\p{Lu}&]+(?:\\s*/\\s*[\\p{Lu}&]+){2,}");

    private static Optional<String> asName(String text) {
        // a separator printed apart from its label (": THE LOCAL", "/ Customer") is no part of the name,
        // nor is the customer's account number printed before it ("40231 The Fiddler's Elbow")
        String t = text.strip().replaceFirst("^[:/#\\-\\u2013\\u2014]+\\s*", "").replaceFirst(ACCOUNT_BEFORE_NAME, "");
        Matcher place = NAME_THEN_PLACE.matcher(t);
        if (place.matches() && !LEGAL_FORM_FIRST.matcher(place.group(2)).lookingAt()) {
            // the town after the name on its one line ("The Mills Inn, Ballyvourney") is its address
            t = place.group(1);
        }
        int comma = t.indexOf(',');
        if (comma > 0 && !LEGAL_FORM_FIRST.matcher(t.substring(comma + 1).strip()).lookingAt()
                && (postcode(t.substring(comma + 1)) || STREET.matcher(t.substring(comma + 1)).find())) {
            // the whole address after the name on its one line ("The Salmon Leap, Main Street, …, H91 KX72")
            t = t.substring(0, comma).strip();
        }
        if (!VatNumbers.in(t).isEmpty()) {
            // "Customer VAT No IE…" is a number, whoever's it is
            return Optional.empty();
        }
        if (WORD_AND_NUMBER.matcher(t).matches()) {
            // another column's label and its account number beside the party's ("Payer 4175842")
            return Optional.empty();
        }
        if (HEADINGS.matcher(t).matches()) {
            // another box's headings beside the label ("CUSTOMER / SITE" … "UNIT / FAULT / REPAIR")
            return Optional.empty();
        }
        if (ROLE.matcher(t).matches()) {
            // whom the letter is for at the customer ("The Manager"), over the customer's name
            return Optional.empty();
        }
        if (CONTACT_LINE.matcher(t).find()) {
            // a phone or a mail line, the supplier's beside the customer's block ("Tel: +44 113 …")
            return Optional.empty();
        }
        long letters = t.chars().filter(Character::isLetter).count();
        // a word ending in a colon is another label ("SIGNATURE:"), not a name; nor is the
        // document's title or a label beside the party's ("Customer:   Invoice  DF-2970")
        if (letters < 2 || words(t) > MAX_NAME_WORDS || t.endsWith(":") || TITLE_WORD.matcher(t).matches()
                || Labels.isOnlyLabel(Segment.of(List.of(new Word(t, 0, 0, 0, 0, 100))))) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The customer's name from the "Bill to" block (or "Deliver to" when there is none); marks both blocks. */
    static Optional<Found> receiver(List<Row> rows, List<Match> labels, Set<Segment> block) {
        return receiver(rows, labels, block, null);
    }

    /**
     * The name under a role that follows a party's label ("To:  The Manager" over "Hanlon's Bar"):
     * the letter is for the manager, of the customer named under.
     */
    private static Optional<Found> underRole(List<Row> rows, Match m) {
        Row row = ExpenseExtractor.rowOf(rows, m.segment());
        int at = row.segments().indexOf(m.segment());
        Segment role = !m.remainder().isBlank() ? m.segment()
                : at + 1 < row.segments().size() ? row.segments().get(at + 1) : null;
        String roleText = role == m.segment() ? m.remainder() : role == null ? "" : role.text();
        if (role == null || !ROLE.matcher(roleText.strip()).matches() || row.index() + 1 >= rows.size()) {
            return Optional.empty();
        }
        float left = role == m.segment() ? m.remainderWords().get(0).left() : role.left();
        Optional<Found> below = rows.get(row.index() + 1).segments().stream().filter(s -> Math.abs(s.left() - left) < ALIGNED)
                .findFirst().flatMap(s -> asName(s.text()).map(n -> Found.of(n, s, 1f, m.segment(), m.labelText())));
        // what stands under the label itself: a street or a house's number begins the customer's address
        Optional<Segment> underLabel = rows.get(row.index() + 1).segments().stream()
                .filter(s -> Math.abs(s.left() - m.segment().left()) < ALIGNED).findFirst();
        boolean addressBelow = underLabel.isPresent() && (STREET_LINE.matcher(underLabel.get().text()).matches()
                || Character.isDigit(underLabel.get().text().charAt(0)));
        Row over = row.index() > 0 ? rows.get(row.index() - 1) : null;
        if (!addressBelow || over == null || row.top() - over.bottom() > ROW_ABOVE_GAP * (row.bottom() - row.top())) {
            return below;
        }
        // the attention line under the customer's name ("The Anchor Bar" over "Attn: The Directors" over
        // "Quay Street"): the name is the one right above it, in line with the label
        Optional<Found> above = over.segments().stream()
                .filter(s -> Math.abs(s.left() - m.segment().left()) < ALIGNED && Labels.match(s) == null).findFirst()
                .flatMap(s -> asName(s.text()).map(n -> Found.of(n, s, 1f, m.segment(), m.labelText())));
        return above.isPresent() ? above : below;
    }

    /** A letter's attention label: whom at the customer it is for. */
    private static final Pattern ATTENTION = Pattern.compile("(?i)\\s*(attn|attention|for the attention|f\\.?a\\.?o)");
    /** The row over an attention line is the customer's name only when no wider than this many of its heights away. */
    private static final float ROW_ABOVE_GAP = 1.5f;

    /**
     * As {@link #receiver(List, List, Set)}, passing over a party label whose value is the
     * supplier's own name: a remittance slip's "To:" names the supplier, who is paid, not the
     * customer.
     */
    static Optional<Found> receiver(List<Row> rows, List<Match> labels, Set<Segment> block, String supplier) {
        Optional<Found> billTo = Optional.empty();
        Optional<Found> shipTo = Optional.empty();
        for (Match m : labels) {
            if (m.kind() != Kind.BILL_TO && m.kind() != Kind.SHIP_TO) {
                continue;
            }
            if (words(m.remainder()) > MAX_NAME_WORDS) {
                // a sentence that starts with the word ("The hirer is responsible for ..."), not a party label
                continue;
            }
            // a role after a letter's attention label ("Attn: The Directors"): the name is over or under it, the next
            // row perhaps a street
            boolean attention = ATTENTION.matcher(m.labelText()).lookingAt();
            Optional<Found> name = (attention ? underRole(rows, m) : Optional.<Found>empty())
                    .or(() -> ExpenseExtractor.valueOf(rows, m, Parties::customerName)).or(() -> underRole(rows, m))
                    .filter(f -> supplier == null || !sameName(f.text(), supplier));
            markBlock(rows, m, block);
            if (m.kind() == Kind.BILL_TO && billTo.isEmpty()) {
                billTo = name;
            } else if (m.kind() == Kind.SHIP_TO && shipTo.isEmpty()) {
                shipTo = name;
            }
        }
        if (billTo.isEmpty() && shipTo.isEmpty()) {
            billTo = accountName(labels, supplier);
        }
        billTo = billTo.map(f -> tradingName(rows, f));
        return billTo.isPresent() ? billTo : shipTo.map(f -> f.withConfidence(f.confidence() * DELIVER_TO_ONLY));
    }

    /**
     * The customer named after "Account:" on its label's line ("ACCOUNT: THE CORNER HOUSE"), a
     * wholesaler's way with no party label on the page: words, no figure (an account's number is
     * no name).
     */
    private static Optional<Found> accountName(List<Match> labels, String supplier) {
        for (Match m : labels) {
            if (m.kind() != Kind.OTHER || !Labels.tokens(m.labelText()).equals(List.of("account"))) {
                continue;
            }
            String rest = m.remainder();
            // the label closed by its colon ("Account: The …"), not a heading's first word ("Account summary")
            boolean colon = m.segment().text().replaceFirst("(?i)^\\s*account\\s*", "").startsWith(":");
            if (!colon || rest.isEmpty() || !Character.isUpperCase(rest.codePointAt(0))
                    || rest.chars().anyMatch(Character::isDigit) || words(rest) > MAX_NAME_WORDS) {
                continue;
            }
            Optional<String> name = asName(rest).filter(n -> supplier == null || !sameName(n, supplier));
            if (name.isPresent()) {
                return Optional.of(Found.ofWords(name.get(), m.remainderWords(), 1f, m.segment(), m.labelText()));
            }
        }
        return Optional.empty();
    }

    /**
     * A name beside or under a customer's label, unless it is the supplier's heading: a two-column
     * header's "Buyer" on the left with "Seller" on the right of the same line, in one language or
     * two ("Nabywca / Buyer" beside "Sprzedawca / Seller").
     */
    private static Optional<String> customerName(String text) {
        return supplierHeading(text) ? Optional.empty() : asName(text);
    }

    /** The supplier's heading ("Supplier", "From:"), in one language or two ("Sprzedawca / Seller"). */
    private static boolean supplierHeading(String text) {
        return SUPPLIER_HEADING.matcher(text).matches() || text.chars().noneMatch(Character::isDigit)
                && Stream.of(text.split("\\s+/\\s+")).anyMatch(part -> SUPPLIER_HEADING.matcher(part).matches());
    }

    /** The names under the page's delivery labels ("Deliver to", "Delivered to", "Ship to"): the customer's, always. */
    static List<String> deliveredTo(List<Row> rows, List<Match> labels) {
        List<String> names = new ArrayList<>();
        for (Match m : labels) {
            if (m.kind() == Kind.SHIP_TO && words(m.remainder()) <= MAX_NAME_WORDS) {
                ExpenseExtractor.valueOf(rows, m, Parties::asName).ifPresent(f -> names.add(f.text()));
            }
        }
        return names;
    }

    private static final Pattern TRADING_AS = Pattern.compile("(?iu)\\s*(?:t/a|trading as)\\s*[:\\-\\u2013]?\\s*(\\S.*)");

    /**
     * The name a customer trades under, on the line under its company's name: "T/A The Anchor
     * Bar", or a name of its own under one with a legal form ("Harbour Leisure Ltd" over "The
     * Anchor Bar" over the street). A street, a town or a postcode is no name.
     */
    static Found tradingName(List<Row> rows, Found company) {
        float height = company.bottom() - company.top();
        for (Row row : rows) {
            if (row.top() < company.bottom() - height / 2) {
                continue;
            }
            if (row.top() - company.bottom() > 1.5f * height) {
                break;
            }
            for (Segment s : row.segments()) {
                if (Math.abs(s.left() - company.left()) > 0.01f) {
                    continue;
                }
                Matcher ta = TRADING_AS.matcher(s.text());
                if (ta.matches()) {
                    return Found.of(ta.group(1).strip(), s, 1f, company.label(), company.labelText()).withConfidence(company.confidence());
                }
                String t = s.text().strip();
                boolean named = t.split("\\s+").length >= 2 || t.matches(".*\\p{L}['’]s\\b.*");
                if (LEGAL_FORM.matcher(company.text()).matches() && named && t.chars().noneMatch(Character::isDigit)
                        && !LEGAL_FORM.matcher(t).matches() && !STREET.matcher(t).find() && !STREET_LINE.matcher(t).matches()
                        && !COUNTRY.matcher(t).matches() && Labels.match(s) == null && !CONTACT.matcher(t).matches()) {
                    return Found.of(t, s, 1f, company.label(), company.labelText()).withConfidence(company.confidence());
                }
                return company;
            }
        }
        return company;
    }

    /**
     * The customer when no party label names it: the window-envelope block at the top of the page,
     * a name over address lines ending in an Eircode or a postcode, that is not the supplier's, not
     * in the supplier's column and without a phone, mail or VAT line (a letterhead has them). Only when there is exactly one such block (two is a guess), and
     * less sure than a labelled one. Its lines are added to {@code block}, so the supplier's address
     * and VAT number are not looked for in it.
     */
    /**
     * The supplier's return address printed in small over a window envelope's address ("Lough Ree
     * Glasswash Services · 14 Quarry Lane · Ballymahon"): parts set apart by marks, the first
     * the supplier's name. It is over the customer's block, and no line of it.
     */
    private static boolean sendersLine(Segment s, Found vendor) {
        String[] parts = RETURN_ADDRESS_SEPARATOR.split(s.text().strip());
        return parts.length >= 2 && sameName(parts[0].strip(), vendor.text());
    }

    /** Whether the line over a block's name is the supplier's return address: the block is the window's, no letterhead's. */
    private static boolean underReturnAddress(List<Row> rows, Segment name, Found vendor) {
        Row row = ExpenseExtractor.rowOf(rows, name);
        return row != null && row.index() > 0 && rows.get(row.index() - 1).segments().stream()
                .anyMatch(s -> s.left() < name.right() && s.right() > name.left() && sendersLine(s, vendor));
    }

    static Optional<Found> unlabelledReceiver(List<Row> rows, Found vendor, Set<Segment> table, Set<Segment> block) {
        if (rows.isEmpty() || vendor == null) {
            return Optional.empty();
        }
        float top = rows.get(0).top();
        String vendorLetters = lettersOf(vendor.text());
        Set<Segment> values = labelledValues(rows);
        List<List<Segment>> blocks = new ArrayList<>();
        for (Row row : rows) {
            if (row.top() - top > CUSTOMER_REACH || row.segments().stream().anyMatch(table::contains)) {
                break;
            }
            for (Segment s : row.segments()) {
                // contact lines join their block: a block with a phone, mail or VAT line is a letterhead
                if (values.contains(s) || (Labels.match(s) != null && !CONTACT.matcher(s.text()).matches())
                        || TITLE.matcher(s.text()).matches() || within(s, vendor) || sendersLine(s, vendor)) {
                    continue;
                }
                blockFor(blocks, s, rows).add(s);
            }
        }
        List<Segment> only = null;
        for (List<Segment> candidate : blocks) {
            if (candidate.size() < CUSTOMER_LINES || candidate.stream().anyMatch(s -> CONTACT.matcher(s.text()).matches())) {
                continue;
            }
            // a letter's window addressed to a person's role ("The Manager" over the pub's name and
            // address): the customer's block, wherever it stands, its name the line under the role
            boolean addressed = candidate.size() > CUSTOMER_LINES && ROLE.matcher(candidate.get(0).text().strip()).matches();
            Segment name = candidate.get(addressed ? 1 : 0);
            String letters = lettersOf(name.text());
            List<Segment> address = candidate.subList(addressed ? 2 : 1, candidate.size());
            boolean endsInCode = address.stream().anyMatch(s -> EIRCODE.matcher(s.text()).find()
                    || POSTCODE.matcher(s.text()).find() || COUNTY.matcher(s.text()).find());
            // in the supplier's column and close under its name: the letterhead's own block; far under
            // it (the window of a letter's layout, the supplier's details at the right) the customer's
            boolean vendorsColumn = !addressed && sameColumn(name.left(), name.right(), vendor.left(), vendor.right(), ALIGNED)
                    && name.top() - vendor.bottom() < LETTERHEAD_GAP * name.height() && !underReturnAddress(rows, name, vendor);
            if (!looksLikeName(name.text()) || name.text().chars().anyMatch(Character::isDigit) || !endsInCode || vendorsColumn
                    || !address.stream().allMatch(s -> addressLike(s.text()))
                    || (letters.length() >= MIN_NAME_LETTERS && vendorLetters.contains(letters))) {
                continue;
            }
            if (only != null) {
                return Optional.empty();
            }
            only = candidate;
        }
        if (only == null) {
            return Optional.empty();
        }
        block.addAll(only);
        Segment name = ROLE.matcher(only.get(0).text().strip()).matches() ? only.get(1) : only.get(0);
        return Optional.of(Found.of(name.text(), name, UNLABELLED_CUSTOMER, null, null));
    }

    /** Whether two spans share a column: their left edges, right edges or centres within the tolerance. */
    private static boolean sameColumn(float aLeft, float aRight, float bLeft, float bRight, float tolerance) {
        return Math.abs(aLeft - bLeft) < tolerance || Math.abs(aRight - bRight) < tolerance
                || Math.abs((aLeft + aRight) - (bLeft + bRight)) / 2 < tolerance;
    }

    /** Whether the segment lies inside the box of a value already found. */
    private static boolean within(Segment s, Found f) {
        return f != null && s.left() >= f.left() - ALIGNED && s.right() <= f.right() + ALIGNED
                && s.top() >= f.top() - ALIGNED && s.bottom() <= f.bottom() + ALIGNED;
    }

    /** The block under a party label: the label and the lines aligned under it until a gap. */
    private static void markBlock(List<Row> rows, Match m, Set<Segment> block) {
        Segment label = m.segment();
        block.add(label);
        Row row = ExpenseExtractor.rowOf(rows, label);
        int at = row.segments().indexOf(label);
        // the block's lines start under the label, or under its value ("Sold to : MAC GIOLLA'S BAR"
        // with the street under the name): the value's left edge, in the label's segment or beside it
        float valueLeft = m.labelWords() < label.words().size() ? label.words().get(m.labelWords()).left() : Float.NaN;
        if (at + 1 < row.segments().size()) {
            Segment next = row.segments().get(at + 1);
            if (next.left() - label.right() < BLOCK_LABEL_GAP) {
                block.add(next);
                if (Float.isNaN(valueLeft)) {
                    valueLeft = next.words().stream().filter(w -> !lettersOf(w.text()).isEmpty()).findFirst()
                            .map(Word::left).orElse(next.left());
                }
            }
        }
        float left = label.left() - ALIGNED;
        float bottom = row.bottom();
        float lineHeight = row.bottom() - row.top();
        int lines = 0;
        for (int r = row.index() + 1; r < rows.size() && lines < BLOCK_LINES; r++) {
            Row below = rows.get(r);
            if (below.top() - bottom > BLOCK_GAP_LINES * lineHeight) {
                break;
            }
            boolean any = false;
            boolean across = false;
            for (Segment s : below.segments()) {
                boolean underLabel = s.left() >= left && s.left() < label.left() + BLOCK_INDENT;
                boolean underValue = !Float.isNaN(valueLeft) && Math.abs(s.left() - valueLeft) < ALIGNED;
                if (underLabel || underValue) {
                    Match within = Labels.match(s);
                    // "VAT IE…" closing the customer's address is its VAT number, not the bill's VAT
                    if (within != null && within.kind() != Kind.OTHER && within.kind() != Kind.VAT_NUMBER
                            && !(within.kind() == Kind.TAX && !VatNumbers.in(s.text()).isEmpty())) {
                        return;
                    }
                    block.add(s);
                    any = true;
                } else if (s.right() > left && s.left() < label.right()) {
                    across = true;
                }
            }
            if (!any) {
                if (across) {
                    return;
                }
                // a line of the column beside, read as a row of its own between two of the block's
                // (a photo's columns do not keep one baseline): the block goes on under it
                continue;
            }
            lines++;
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
    static Optional<Found> vendorName(List<Row> rows, Set<Segment> receiver, Set<Segment> table, float aspect) {
        Optional<Found> labelled = labelledSupplier(rows, table);
        if (labelled.isPresent()) {
            return labelled;
        }
        Segment best = null;
        double bestScore = 0;
        double runnerUp = 0;
        List<Segment> limited = new ArrayList<>();
        List<Segment> considered = new ArrayList<>();
        float top = rows.isEmpty() ? 0 : rows.get(0).top();
        for (Row row : rows) {
            if (row.top() - top > LETTERHEAD) {
                break;
            }
            for (Segment s : row.segments()) {
                if (receiver.contains(s) || table.contains(s) || !looksLikeName(s.text()) || meanConfidence(s) < MIN_NAME_CONFIDENCE
                        || addressLine(s.text()) || LineItemTable.isColumnTitle(s.text())
                        || SENTENCE.matcher(s.text()).matches() && !LEGAL_FORM.matcher(s.text()).matches()
                        || tagline(s.text())) {
                    // a slogan printed large ("Dat betaal ik zelf wel.") is no name, nor a list of trades
                    continue;
                }
                Match m = Labels.match(s);
                if (m != null || nameBefore(row, s) != null || LEGAL_FORM_ONLY.matcher(s.text()).matches() || amongLabels(s, rows)
                        || labelsValue(row, s)) {
                    // a word of a name set wide ("HARBOUR   ALES") counts with the name's first; a legal
                    // form alone ("Unlimited Company") is the end of a name wrapped over two lines
                    continue;
                }
                considered.add(s);
                double score = printSize(s, aspect) * Math.min(1, meanConfidence(s) / WELL_READ);
                if (LEGAL_FORM.matcher(s.text()).matches()) {
                    score *= LEGAL_FORM_WEIGHT;
                    limited.add(s);
                }
                if (row.top() - top < VERY_TOP) {
                    score *= VERY_TOP_WEIGHT;
                }
                // the same print size read a hair apart is the same size: the higher line keeps the lead
                if (score > bestScore * (1 + SAME_SIZE)) {
                    runnerUp = bestScore;
                    bestScore = score;
                    best = s;
                } else if (score > runnerUp) {
                    runnerUp = score;
                }
            }
        }
        if (best == null) {
            // no name at the top at all, and the customer's block labelled: the page's one company named
            // with its VAT number (a footer band) is the supplier, with nothing to contest it
            Optional<Found> imprint = imprint(rows, receiver, table);
            // the customer's block labelled as billed or as delivered to ("DELIVERED TO: THE SALMON LEAP")
            List<Match> shipTo = rows.stream().flatMap(r -> r.segments().stream()).map(Labels::match)
                    .filter(m -> m != null && m.kind() == Kind.SHIP_TO).toList();
            boolean customerLabelled = !receiver.isEmpty() || !deliveredTo(rows, shipTo).isEmpty();
            return customerLabelled ? imprint.map(f -> f.withConfidence(f.confidence() / UNCONFIRMED_NAME))
                    : imprint.map(f -> initialsConfirm(f.text(), rows) ? f.withConfidence(f.confidence() / UNCONFIRMED_NAME) : f);
        }
        Optional<Found> sender = returnAddress(rows, best, aspect);
        if (sender.isPresent()) {
            return sender;
        }
        Optional<Found> echoed = imprintEchoedAbove(rows, receiver, table, best, considered);
        if (echoed.isPresent()) {
            return echoed;
        }
        Optional<Found> payee = payee(rows, best);
        if (payee.isPresent()) {
            return payee;
        }
        Optional<Found> legal = legalName(best, rows);
        if (legal.isPresent()) {
            return legal;
        }
        Optional<String> wrapped = wrappedName(best, rows);
        if (wrapped.isPresent() && !namedAsCustomer(best, rows)) {
            return Optional.of(Found.of(wrapped.get(), best, 1f, null, null));
        }
        Optional<String> inCapitals = capitalsUnder(best, rows);
        if (inCapitals.isPresent() && !namedAsCustomer(best, rows)) {
            // the brand and the line under it read as one name is a guess unless the page spells it so elsewhere
            // (its mail or web domain, another line): a person confirms it otherwise
            boolean confirmed = domainConfirms(inCapitals.get(), rows)
                    || printedWhole(inCapitals.get(), rows, ExpenseExtractor.rowOf(rows, best), best);
            return Optional.of(Found.of(inCapitals.get(), best, confirmed ? 1f : UNCONFIRMED_NAME, null, null));
        }
        Optional<Found> closed = closedByLegalForm(best, rows);
        if (closed.isPresent() && !namedAsCustomer(best, rows)) {
            return closed;
        }
        boolean standsOut = bestScore >= STANDS_OUT * runnerUp;
        // a name the page also gives as the customer's ("Customer  Mulcahy's Bars Ltd" on the payment
        // slip) is never the supplier for sure, however large or limited
        // a company's name above the largest print (the customer's, as a bill sets it out in large type)
        // leaves the largest print in doubt, unless it has a legal form of its own
        Segment chosen = best;
        boolean limitedAbove = !LEGAL_FORM.matcher(best.text()).matches()
                && limited.stream().anyMatch(l -> l != chosen && l.bottom() <= chosen.top());
        // a line that carries on the block above it ("Centre" under "Unit 12, Ringaskiddy Enterprise")
        // heads nothing: whatever its print, it is no name for sure
        boolean continuesBlock = continuesBlock(best, rows);
        float factor = !namedAsCustomer(best, rows) && !limitedAbove && !continuesBlock && (standsOut || LEGAL_FORM.matcher(best.text()).matches()
                || confirmed(best, rows) || letterhead(best, rows)) ? 1f : UNCONFIRMED_NAME;
        if (factor == 1f && !LEGAL_FORM.matcher(best.text()).matches() && !confirmed(best, rows)) {
            // the page's imprint names another company with its VAT number (a footer) and nothing confirms
            // the name at the top: that may be the customer's, printed large under a label the scan lost
            String firstWord = lettersOf(best.text().strip().split("\\s+")[0]);
            Optional<Found> other = imprint(rows, receiver, table).filter(f -> !lettersOf(f.text()).contains(firstWord));
            if (other.isPresent()) {
                // the firm's own logo of initials over the page confirms the imprint's name
                return other.map(f -> initialsConfirm(f.text(), rows) ? f.withConfidence(f.confidence() / UNCONFIRMED_NAME) : f);
            }
        }
        if (factor < 1f) {
            // nothing at the top is surely the supplier (a letterhead lost to the photo, a title or a
            // column's heading the most prominent line): the legal name printed beside the VAT
            // number (the imprint) is, still as a doubt for a person, unless the page's web or mail
            // domain is spelt like it ("Glencullen Ales Co. Ltd" and orders@glencullenales.ie)
            Optional<Found> imprint = imprint(rows, receiver, table);
            if (imprint.isPresent()) {
                return imprint.map(f -> domainConfirms(f.text(), rows) || initialsConfirm(f.text(), rows)
                        ? f.withConfidence(f.confidence() / UNCONFIRMED_NAME) : f);
            }
        }
        String text = withItsRun(best, ExpenseExtractor.rowOf(rows, best)).strip();
        String mark = best.words().get(0).text().strip();
        if (!withoutMonogram(best).equals(best.text().strip()) && text.startsWith(mark)) {
            // the logo's monogram before the name ("K  KESSLOW CLEANING LTD")
            text = text.substring(mark.length()).strip();
        }
        Matcher heading = NAME_THEN_KIND.matcher(text);
        return Optional.of(Found.of(heading.matches() ? heading.group(1) : text, best, factor, null, null));
    }

    /**
     * The company the imprint names with its VAT number ("Lisnagry Gas & Power DAC, … VAT No. IE…")
     * when a line above the largest print, at the page's head, spells the start of that name
     * ("lisnagry gas & power", a logo in small letters): the page names its supplier twice, and the
     * larger print under the logo (a heading, an unlabelled customer's block) is not it. Empty when
     * the largest print is itself the imprint's name, or nothing above it echoes it.
     */
    private static Optional<Found> imprintEchoedAbove(List<Row> rows, Set<Segment> receiver, Set<Segment> table, Segment best,
                                                      List<Segment> considered) {
        String bestLetters = lettersOf(best.text());
        return imprint(rows, receiver, table).filter(f -> {
            String company = lettersOf(f.text());
            // the echo a name of two words or more, not a brand's one word over a dealer's name
            return !company.startsWith(bestLetters) && considered.stream().anyMatch(c -> c != best && c.bottom() <= best.top()
                    && c.text().strip().split("\\s+").length >= 2
                    && lettersOf(c.text()).length() >= MIN_NAME_LETTERS && company.startsWith(lettersOf(c.text())));
        }).map(f -> f.withConfidence(f.confidence() / UNCONFIRMED_NAME));
    }

    /**
     * The supplier the page names with a label ("Sold By : WS Retail Services Pvt. Ltd.,", "Supplier:
     * …", "Verkäufer: …"): the words after the label, without the comma that ends the line. The
     * label's own segment only; "Supplier No:" and a number after the label are no name. Or the
     * label alone heading a block ("Sold by" over "Kitchenpro Direct Ltd", "From:"): the line
     * right under it, where it starts.
     */
    private static Optional<Found> labelledSupplier(List<Row> rows, Set<Segment> table) {
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                Matcher m = SUPPLIER_LABEL.matcher(s.text());
                if (table.contains(s) || !m.matches()) {
                    continue;
                }
                String name = m.group(1).strip().replaceAll("[,;]+$", "").strip();
                if (looksLikeName(name) && name.chars().noneMatch(Character::isDigit)) {
                    int words = name.split("\\s+").length;
                    List<Word> nameWords = s.words().subList(s.words().size() - words, s.words().size());
                    return Optional.of(Found.ofWords(name, nameWords, 1f, null, null));
                }
            }
        }
        // the label heading a block ("Sold by" over "Kitchenpro Direct Ltd"): the block's first line
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                if (table.contains(s) || !supplierHeading(s.text()) || row.index() + 1 >= rows.size()) {
                    continue;
                }
                Row below = rows.get(row.index() + 1);
                for (Segment n : below.segments()) {
                    // under the heading, a blank line between at most
                    if (Math.abs(n.left() - s.left()) <= ALIGNED && below.top() - row.bottom() < 2 * (row.bottom() - row.top())
                            && looksLikeName(n.text()) && n.text().chars().noneMatch(Character::isDigit) && Labels.match(n) == null) {
                        return Optional.of(Found.of(n.text().strip(), n, 1f, null, null));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The supplier as its bank details name it, when that is not the name at the top: the account
     * holder beside the bank's details ("Titulaire du compte : NETPRESSE", "Kontoinhaber:") whose
     * name the page also prints on a line of its own (its imprint). The top then holds the
     * customer's name or a brand. A payee named nowhere else (a factoring company) is not taken.
     */
    private static Optional<Found> payee(List<Row> rows, Segment best) {
        String bestLetters = lettersOf(best.text());
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                Matcher m = PAYEE.matcher(s.text());
                if (!m.find() || !nearBankDetails(rows, row)) {
                    // "Account holder" on a customer's direct-debit block names the customer
                    continue;
                }
                String name = m.group(1).strip();
                String letters = lettersOf(name);
                if (!looksLikeName(name) || letters.length() < MIN_NAME_LETTERS
                        || bestLetters.contains(letters) || letters.contains(bestLetters)) {
                    continue;
                }
                for (Row other : rows) {
                    for (Segment imprint : other.segments()) {
                        if (imprint != s && lettersOf(imprint.text()).equals(letters)) {
                            return Optional.of(Found.of(imprint.text().strip(), imprint, 1f, null, null));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean nearBankDetails(List<Row> rows, Row row) {
        for (int r = Math.max(0, row.index() - 1); r < rows.size() && r <= row.index() + 1; r++) {
            for (Segment s : rows.get(r).segments()) {
                if (BANK.matcher(s.text()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The sender of a letter for a window envelope (DIN 5008 and its like): a return address in
     * small print over the window ("QualityHosting AG - Uferweg 40-42 - D-63571 Gelnhausen"), the
     * sender's name, street and town on one line; the name heading the window under it is the
     * addressee, however large. Sure of the sender's name when a legal form closes it.
     */
    private static Optional<Found> returnAddress(List<Row> rows, Segment name, float aspect) {
        for (Row row : rows) {
            if (row.segments().size() != 1 || row.bottom() > name.top() || name.top() - row.bottom() > WINDOW_GAP) {
                continue;
            }
            Segment line = row.segments().get(0);
            String[] parts = RETURN_ADDRESS_SEPARATOR.split(line.text().strip());
            String sender = parts[0].strip();
            if (parts.length >= 3 && Math.abs(line.left() - name.left()) <= ALIGNED
                    && printSize(line, aspect) < printSize(name, aspect) && looksLikeName(sender)
                    && sender.chars().noneMatch(Character::isDigit)
                    && parts[parts.length - 1].chars().anyMatch(Character::isDigit)) {
                int words = sender.split("\\s+").length;
                List<Word> senderWords = line.words().subList(0, Math.min(words, line.words().size()));
                return Optional.of(Found.ofWords(sender, senderWords, LEGAL_FORM.matcher(sender).matches() ? 1f : UNCONFIRMED_NAME,
                        null, null));
            }
        }
        return Optional.empty();
    }

    /**
     * The print size of a line: its words' median height, each at most {@value #TALLEST_LETTERS}
     * times as tall as its letters are wide on average. An OCR box stretched by a speck or a
     * ruling beside the word is no larger print.
     */
    static float printSize(Segment s, float aspect) {
        List<Float> heights = new ArrayList<>();
        for (Word w : s.words()) {
            int letters = w.text().length();
            // the height in page heights, the letters' width in page widths: one unit through the aspect
            float most = letters == 0 || aspect <= 0 ? Float.MAX_VALUE : TALLEST_LETTERS * w.width() / letters / aspect;
            heights.add(Math.min(w.height(), most));
        }
        return heights.isEmpty() ? 0 : Layout.median(heights);
    }

    /** A VAT number's label inside a line ("… · 028 2827 7114 · VAT Reg No GB 402 7719 85"). */
    private static final Pattern VAT_WORD = Pattern.compile("(?i)\\b(vat|tva|ust|mwst|btw|iva|cbl)\\b");

    /**
     * A name closed by a legal form sharing its line with the VAT number, or alone on the line right
     * above it (a footer: "Lisheen Door Security Ltd" over "88 Shore Road, Larne · VAT Reg No …"):
     * the supplier's imprint, taken where nothing at the top is surely the supplier, as a doubt for
     * a person (unless the top holds no name at all and the customer's block is labelled: then the
     * caller is sure of it).
     */
    private static Optional<Found> imprint(List<Row> rows, Set<Segment> receiver, Set<Segment> table) {
        for (Row row : rows) {
            boolean vatNumber = row.segments().stream().anyMatch(s -> {
                Match m = Labels.match(s);
                return m != null && m.kind() == Labels.Kind.VAT_NUMBER;
            }) || VAT_WORD.matcher(row.text()).find() && !VatNumbers.in(row.text()).isEmpty();
            if (!vatNumber) {
                continue;
            }
            List<Segment> candidates = new ArrayList<>(row.segments());
            Row above = row.index() > 0 ? rows.get(row.index() - 1) : null;
            if (above != null && above.segments().size() == 1 && row.top() - above.bottom() < row.bottom() - row.top()
                    && above.segments().get(0).left() < row.segments().get(row.segments().size() - 1).right()
                    && above.segments().get(0).right() > row.segments().get(0).left()) {
                candidates.add(above.segments().get(0));
            }
            for (Segment s : candidates) {
                if (receiver.contains(s) || table.contains(s) || meanConfidence(s) < MIN_NAME_CONFIDENCE) {
                    continue;
                }
                if (LEGAL_FORM.matcher(s.text()).matches() && looksLikeName(s.text()) && Labels.match(s) == null) {
                    return Optional.of(Found.of(s.text().strip(), s, UNCONFIRMED_NAME, null, null));
                }
                // one line of parts set apart by marks ("Rathmore Linen Ltd | Unit 9, … | VAT No. IE…") or by
                // commas ("Lisnagry Gas & Power DAC, Unit 5, …, VAT No. IE…"): its first part, a company's name
                for (String first : List.of(LIST_MARK.split(s.text(), 2)[0].strip(), s.text().split(",\\s", 2)[0].strip())) {
                    if (!first.equals(s.text().strip()) && LEGAL_FORM.matcher(first).matches() && looksLikeName(first)
                            && Labels.match(Segment.of(s.words().subList(0, 1))) == null) {
                        return Optional.of(Found.of(first, s, UNCONFIRMED_NAME, null, null));
                    }
                }
            }
            List<Segment> name = blockHead(rows, row);
            Segment head = name.isEmpty() ? null : name.get(0);
            if (head != null && !receiver.contains(head) && !table.contains(head) && looksLikeName(head.text())
                    && !addressLine(head.text()) && !STREET.matcher(head.text()).find() && Labels.match(head) == null
                    && meanConfidence(head) >= MIN_NAME_CONFIDENCE) {
                String text = String.join(" ", name.stream().map(n -> n.text().strip()).toList());
                // a name, then what the firm does ("Kilcolgan & Sons - Gas & Dispense Services"): the name
                String first = LIST_MARK.split(text, 2)[0].strip();
                if (!first.equals(text) && looksLikeName(first)) {
                    text = first;
                }
                return Optional.of(Found.of(text, Segment.of(name.stream().flatMap(n -> n.words().stream()).toList()),
                        UNCONFIRMED_NAME, null, null));
            }
        }
        return Optional.empty();
    }

    /** Whether the segment is the value of a label right before it on its row ("ROUTE/DRIVER:  R3/PAT"). */
    private static boolean labelsValue(Row row, Segment s) {
        int at = row.segments().indexOf(s);
        if (at <= 0) {
            return false;
        }
        // a label of the page's own words: a few words closed by a colon, no figure among them, near
        // enough to be the segment's (a letterhead across the page from "Invoice to:" is not its value)
        Segment label = row.segments().get(at - 1);
        String before = label.text().strip();
        return before.endsWith(":") && before.split("\\s+").length <= 3 && before.chars().noneMatch(Character::isDigit)
                && before.chars().anyMatch(Character::isLetter) && s.left() - label.right() < BLOCK_LABEL_GAP;
    }

    /** A list of what the firm does, its parts set apart by marks ("GAS - DISPENSE - CELLAR SERVICES"): three parts or more. */
    private static boolean tagline(String text) {
        String[] parts = LIST_MARK.split(text.strip());
        return parts.length >= 3 && java.util.Arrays.stream(parts).allMatch(p -> !p.isBlank() && p.strip().split("\\s+").length <= 3);
    }

    /** A block is at most this many lines over its VAT number's: a name, its address, the VAT line. */
    private static final int IMPRINT_BLOCK_LINES = 6;

    /**
     * The name heading the block that ends with a VAT number's line, its lines starting where it
     * starts (or ending where it ends), one under the other (a name over its street, town and
     * Eircode, then "VAT Reg. No. …"), when it is printed as a name is: its first line, and the
     * next ones in the same larger print. Empty otherwise.
     */
    private static List<Segment> blockHead(List<Row> rows, Row vatRow) {
        Segment vatLine = vatRow.segments().get(0);
        // the block's lines start where its VAT line starts or, set flush right (a block in the
        // page's right corner), end where it ends, or are centred where its row is (the page's foot)
        List<Segment> name = nameHeading(blockAbove(rows, vatRow, vatLine, false), vatLine);
        Segment flushRight = vatRow.segments().get(vatRow.segments().size() - 1);
        if (name.isEmpty() && flushRight.right() > 0.6f) {
            name = nameHeading(blockAbove(rows, vatRow, flushRight, true), flushRight);
        }
        if (name.isEmpty()) {
            Segment whole = Segment.of(vatRow.segments().stream().flatMap(x -> x.words().stream()).toList());
            name = nameHeading(centredAbove(rows, vatRow, whole), vatLine);
        }
        return name;
    }

    /**
     * A name heads its block in larger print than the VAT line, or closes with a legal form ("Ennis"
     * is a town); a name over two lines ("Carlingview" over "Wine Merchants") has both in the larger
     * print. Empty for a block with no such head.
     */
    private static List<Segment> nameHeading(List<Segment> block, Segment vatLine) {
        if (block.isEmpty()) {
            return List.of();
        }
        Segment head = block.get(0);
        float vatHeight = vatLine.height();
        if (head.height() < NAME_OVER_LINES * vatHeight && !LEGAL_FORM.matcher(head.text()).matches()) {
            return List.of();
        }
        List<Segment> name = new ArrayList<>(List.of(head));
        for (Segment next : block.subList(1, block.size())) {
            if (next.height() < NAME_OVER_LINES * vatHeight || !looksLikeName(next.text())
                    || next.text().chars().anyMatch(Character::isDigit) || LEGAL_FORM.matcher(name.get(name.size() - 1).text()).matches()) {
                break;
            }
            name.add(next);
        }
        return name;
    }

    /** The lines over a VAT number's line aligned with it (left edges, or right edges), top first, up to a gap. */
    private static List<Segment> blockAbove(List<Row> rows, Row vatRow, Segment vatLine, boolean byRightEdge) {
        Segment line = vatLine;
        List<Segment> block = new ArrayList<>();
        for (int r = vatRow.index() - 1; r >= 0 && vatRow.index() - r <= IMPRINT_BLOCK_LINES; r--) {
            float edge = byRightEdge ? line.right() : line.left();
            Segment aligned = rows.get(r).segments().stream()
                    .filter(x -> Math.abs((byRightEdge ? x.right() : x.left()) - edge) <= ALIGNED).findFirst().orElse(null);
            if (aligned == null) {
                // a line of the column beside ("BIC …" at the right), read as a row of its own between two of the block's
                continue;
            }
            if (line.top() - aligned.bottom() > BLOCK_GAP_LINES * line.height()) {
                break;
            }
            block.add(0, aligned);
            line = aligned;
        }
        return block;
    }

    /** The lines over a VAT number's line centred where it is, top first, up to a gap. */
    private static List<Segment> centredAbove(List<Row> rows, Row vatRow, Segment vatLine) {
        Segment line = vatLine;
        float centre = (vatLine.left() + vatLine.right()) / 2;
        List<Segment> block = new ArrayList<>();
        for (int r = vatRow.index() - 1; r >= 0 && vatRow.index() - r <= IMPRINT_BLOCK_LINES; r--) {
            List<Segment> segments = rows.get(r).segments();
            Segment aligned = segments.size() != 1 ? null : segments.get(0);
            if (aligned == null || Math.abs((aligned.left() + aligned.right()) / 2 - centre) > ALIGNED
                    || line.top() - aligned.bottom() > BLOCK_GAP_LINES * line.height()) {
                break;
            }
            block.add(0, aligned);
            line = aligned;
        }
        return block;
    }

    /** How much larger than its block's lines a name heading it is printed. */
    private static final float NAME_OVER_LINES = 1.1f;

    /** Words of one name set wide apart in one row: the same print size, letters only, at most this many heights apart. */
    private static final float NAME_GAP = 2.5f;

    /** The segment of the same name right before this one in its row, or null. */
    private static Segment nameBefore(Row row, Segment s) {
        int i = row.segments().indexOf(s);
        return i > 0 && sameNameRun(row.segments().get(i - 1), s) ? row.segments().get(i - 1) : null;
    }

    /** The segment of the same name right after this one in its row, or null. */
    private static Segment nameAfter(Row row, Segment s) {
        int i = row.segments().indexOf(s);
        return i >= 0 && i + 1 < row.segments().size() && sameNameRun(s, row.segments().get(i + 1))
                ? row.segments().get(i + 1) : null;
    }

    private static boolean sameNameRun(Segment a, Segment b) {
        float ha = Layout.medianHeight(a.words());
        float hb = Layout.medianHeight(b.words());
        return ha > 0 && hb > 0 && Math.max(ha, hb) / Math.min(ha, hb) < 1.15f
                && b.left() - a.right() < NAME_GAP * Math.max(ha, hb)
                && a.text().chars().noneMatch(Character::isDigit) && b.text().chars().noneMatch(Character::isDigit)
                && Labels.match(b) == null && looksLikeName(a.text()) && looksLikeName(b.text());
    }

    /**
     * A name wrapped over two lines of the letterhead ("CORRIGAN QUALITY" over "VICTUALLERS", or a
     * smaller first line over a larger second), which the page prints whole on another line
     * ("Cheques payable to Corrigan Quality Victuallers"): the two lines. Without that, the line next
     * to a name may as well be a trade or a slogan.
     */
    private static Optional<String> wrappedName(Segment best, List<Row> rows) {
        Row row = ExpenseExtractor.rowOf(rows, best);
        String text = withItsRun(best, row);
        Optional<Segment> line = lineNextTo(best, row, rows, 1);
        // a name closed by its legal form is whole: the line next to it is another name (its other
        // language's, "… Teo." over "… Ltd"), not more of it
        Optional<Segment> below = line.filter(Parties::mayBeMoreOfAName).filter(b -> !LEGAL_FORM.matcher(text).matches());
        if (below.isPresent() && printedWhole(text + " " + below.get().text().strip(), rows, row, below.get())) {
            return Optional.of(text + " " + below.get().text().strip());
        }
        if (line.isPresent() && text.strip().split("\\s+").length == 1) {
            // a brand of one word over the kind of firm it is ("BARGAINBARN" over "CASH & CARRY - TRADE
            // ONLY"): the kind is part of the name the firm goes by, a slogan after it is not
            String kind = RETURN_ADDRESS_SEPARATOR.split(line.get().text().strip(), 2)[0].strip();
            if (FIRM_KIND.matcher(kind).matches()) {
                return Optional.of(text.strip() + " " + kind);
            }
        }
        String trade = lineUnder(best, row, rows);
        if (trade != null && !LEGAL_FORM.matcher(text).matches() && TRADE.matcher(trade).matches()
                && spelledInAnAddress(text + " " + trade.split("\\s+")[0], rows)) {
            // a name over what the firm does ("Niall Brophy" over "Plumbing & Heating · Registered Gas
            // Installer"), its mail or web address spelling the two as one ("niallbrophyplumbing@…"):
            // the name it trades by is both
            return Optional.of(text.strip() + " " + trade);
        }
        Optional<Segment> above = nextLineOfName(best, row, rows, -1).filter(a -> !LEGAL_FORM.matcher(a.text()).matches());
        if (above.isPresent() && printedWhole(above.get().text().strip() + " " + text, rows, row, above.get())) {
            return Optional.of(above.get().text().strip() + " " + text);
        }
        return Optional.empty();
    }

    /**
     * A brand of one word in capitals over a line of a few more words in capitals, all of it the firm's
     * name ("BALLINTRA" over "WASTE & RECYCLING"): words
     * only, none a figure, no list of trades set apart by marks, no address, label or contact.
     */
    private static Optional<String> capitalsUnder(Segment best, List<Row> rows) {
        Row row = ExpenseExtractor.rowOf(rows, best);
        String brand = withItsRun(best, row).strip();
        if (brand.split("\\s+").length != 1 || row.index() > BRAND_ROWS) {
            return Optional.empty();
        }
        return lineNextTo(best, row, rows, 1).filter(l -> inCapitalsUnder(brand, l.text().strip(), l)).map(l -> brand + " " + l.text().strip());
    }

    /** An imprint's line: the company's registration or VAT number with its name ("… Ltd · Registered in Ireland 399107"). */
    private static final Pattern IMPRINT_LINE = Pattern.compile("(?i)\\bregist(?:ered|ration)\\b|\\bvat\\b|\\bcro\\b|\\bcompany\\s+no");

    /** A brand heads the page: on one of its first rows. */
    private static final int BRAND_ROWS = 2;

    private static boolean inCapitalsUnder(String brand, String line, Segment segment) {
        String[] words = line.split("\\s+");
        if (Stream.of(words).anyMatch(w -> COUNTRY.matcher(w).matches() || w.equalsIgnoreCase("co") || w.equalsIgnoreCase("co."))) {
            // a town, a county or a country under the brand is its address
            return false;
        }
        return CAPITALS.matcher(brand).matches() && CAPITALS.matcher(line).matches() && words.length <= NAME_LINE_WORDS
                && line.chars().noneMatch(Character::isDigit) && !LIST_MARK.matcher(line).find() && !line.contains(":")
                && !addressLine(line) && !STREET.matcher(line).find() && !CONTACT.matcher(line).matches()
                && Labels.match(segment) == null && looksLikeName(line) && !TITLE.matcher(line).matches();
    }

    /** A name set in capitals: letters in capitals, "&", "'" and full stops between them. */
    private static final Pattern CAPITALS = Pattern.compile("[\\p{Lu}&'’.\\-]+(?:\\s+[\\p{Lu}&'’.\\-]+)*");

    /** Words before the legal form on a line that can only be the end of a name wrapped onto it ("Services Ltd"). */
    private static final int WRAPPED_TAIL_WORDS = 2;
    /** Two lines of one name are printed the same size: their heights this close. */
    private static final float SAME_PRINT = 1.15f;

    /**
     * A name wrapped in a narrow column ("Ardcarne Laundry" over "Services Ltd" in a letterhead's
     * side band): the legal form's short line carries on the line right over it, printed the same
     * size and read as surely as a name is (not a scan's smudge), which heads its block. Together
     * they are the name, closed by the legal form.
     */
    private static Optional<Found> closedByLegalForm(Segment best, List<Row> rows) {
        String tail = best.text().strip();
        if (!LEGAL_FORM.matcher(tail).matches() || LEGAL_FORM_ONLY.matcher(tail).matches()
                || best.words().size() > WRAPPED_TAIL_WORDS + 1) {
            return Optional.empty();
        }
        Row row = ExpenseExtractor.rowOf(rows, best);
        Optional<Segment> above = nextLineOfName(best, row, rows, -1)
                .filter(a -> Math.abs(a.left() - best.left()) < ALIGNED && meanConfidence(a) >= MIN_NAME_CONFIDENCE
                        && !LEGAL_FORM.matcher(a.text()).matches()
                        && !TITLE.matcher(a.text()).matches() && !continuesBlock(a, rows)
                        && Math.max(a.height(), best.height()) < SAME_PRINT * Math.min(a.height(), best.height()));
        return above.map(a -> at(a, a.text().strip() + " " + tail, Math.min(meanConfidence(a), meanConfidence(best))));
    }

    /** The kind of firm a trading name ends with, after its brand: "Cash & Carry", "Wholesale", "Wine Merchants". */
    private static final String KIND_WORD = "(?:cash\\s*(?:&|and)\\s*carry|wholesalers?|wholesale|distributors?|distribution"
            + "|brewery|brewing(?:\\s+co\\.?)?|distillery|distillers|wines?|wine\\s+merchants|vintners|foods?|dairies|dairy"
            + "|bakery|bakers|butchers?|catering|supplies|drinks|beverages)";
    private static final Pattern FIRM_KIND = Pattern.compile("(?i)" + KIND_WORD + "(?:\\s*(?:&|and)\\s*" + KIND_WORD + ")?");

    /** A name with the words of it set wide apart after it on its row ("HARBOUR   ALES"). */
    private static String withItsRun(Segment name, Row row) {
        StringBuilder text = new StringBuilder(name.text());
        for (Segment s = name, next; (next = nameAfter(row, s)) != null; s = next) {
            text.append(' ').append(next.text());
        }
        return text.toString();
    }

    /** The line right under ({@code step} 1) or over (-1) a name in its column, if it may be more of the name. */
    private static Optional<Segment> nextLineOfName(Segment name, Row row, List<Row> rows, int step) {
        return lineNextTo(name, row, rows, step).filter(Parties::mayBeMoreOfAName);
    }

    /** A line short enough, and with no figure or label, to be a name's second line. */
    private static boolean mayBeMoreOfAName(Segment s) {
        return s.words().size() <= NAME_LINE_WORDS && s.text().chars().noneMatch(Character::isDigit)
                && looksLikeName(s.text()) && Labels.match(s) == null;
    }

    /** The line right under ({@code step} 1) or over (-1) a name in its column, close to it, whatever it says. */
    private static Optional<Segment> lineNextTo(Segment name, Row row, List<Row> rows, int step) {
        for (int r = row.index() + step; r >= 0 && r < rows.size(); r += step) {
            for (Segment s : rows.get(r).segments()) {
                if (!underName(s, name)) {
                    continue;
                }
                float gap = step > 0 ? s.top() - name.bottom() : name.top() - s.bottom();
                return gap < NAME_GAP_HEIGHTS * Math.max(name.height(), s.height()) ? Optional.of(s) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a line other than the name's own two prints the name whole. */
    private static boolean printedWhole(String name, List<Row> rows, Row nameRow, Segment other) {
        String letters = lettersOf(name);
        for (Row r : rows) {
            for (Segment o : r.segments()) {
                if (o != other && r != nameRow && lettersOf(o.text()).contains(letters)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The supplier's full legal name when the letterhead prints a shorter one: the letterhead's next
     * line closing the name ("HOLLIN" over "CATERING LTD"), or a name printed elsewhere on the page
     * (the imprint, "payable to") that begins with the letterhead's words and closes with a legal
     * form, for a brand of one word ("HOLLIN" and "Hollin Catering Supply Ltd") or a letterhead
     * whose next line the imprint carries on with ("Maison Dubois" over "Frères").
     */
    private static Optional<Found> legalName(Segment name, List<Row> rows) {
        if (LEGAL_FORM.matcher(name.text()).matches()) {
            return Optional.empty();
        }
        String letterhead = withoutMonogram(name);
        // the name and its legal form with nothing between that ends a name ("·", ","); a legal form
        // set off by a dash ("Maison Dupont - SAS") closes the name without being part of it.
        // The name as OCR may misread it a second time (l for i, 0 for O).
        Pattern full = Pattern.compile("(?i)(?<![\\p{L}])(" + ocrTolerant(letterhead)
                + ")(\\b(?:(?!\\s[-–]\\s)[^·•|,;:()]){0,60}?)(\\s[-–]\\s)?\\b" + LEGAL_FORM_WORDS + "\\.?(?![\\p{L}])");
        Pattern tradingName = Pattern.compile("(?i)(?<![\\p{L}])(?:" + ocrTolerant(letterhead)
                + ")\\s+(?:is\\s+)?(?:a\\s+|the\\s+)?trading\\s+(?:name|style)\\s+of\\b|\\b(?:t/a|trading\\s+as)\\s+(?:"
                + ocrTolerant(letterhead) + ")(?![\\p{L}])");
        // a brand in the logo, and the company's own name with its legal form at the head of the
        // letterhead's address block beside it, beginning with the brand's first word ("ARDMORE
        // SECURITY" beside "Ardmore Alarm Monitoring Ltd"), or holding a brand of one word among its
        // own ("KILDRUM" over "Bakkerij Kildrum NV"): the company's name
        String brandWord = lettersOf(letterhead.split("\\s+")[0]);
        boolean oneWord = letterhead.split("\\s+").length == 1;
        if (brandWord.length() >= MIN_NAME_LETTERS) {
            float top = rows.get(0).top();
            for (Row row : rows) {
                if (row.top() - top > LETTERHEAD_ZONE) {
                    break;
                }
                for (Segment s : row.segments()) {
                    String whole = s.text().strip().replaceAll("\\s+", " ");
                    String lead = letterhead.strip().replaceAll("\\s+", " ");
                    if (s != name && whole.length() > lead.length() && whole.toLowerCase(Locale.ROOT).startsWith(lead.toLowerCase(Locale.ROOT) + " ")
                            && LEGAL_FORM.matcher(whole).matches() && whole.chars().noneMatch(Character::isDigit)
                            && whole.substring(lead.length()).strip().split("\\s+").length <= MORE_WORDS_OF_THE_COMPANY
                            && Labels.match(s) == null) {
                        // the letterhead's name, then the company's own line carrying it on to its legal form across a
                        // dash or a comma ("Quinta da Serra Alta – Vinhos, Lda."): the company's name whole
                        return Optional.of(at(name, whole, Math.min(meanConfidence(name), meanConfidence(s))));
                    }
                    String head = whole.split(",", 2)[0].strip();
                    if (s != name && head.length() < whole.length() && head.toLowerCase(Locale.ROOT).startsWith(lead.toLowerCase(Locale.ROOT) + " ")
                            && LEGAL_FORM.matcher(head).matches() && !LEGAL_FORM_ONLY.matcher(head).matches()
                            && head.chars().noneMatch(Character::isDigit)
                            && head.substring(lead.length()).strip().split("\\s+").length <= MORE_WORDS_OF_THE_COMPANY
                            && Labels.match(s) == null) {
                        // the company's line at the letterhead's head, its name and legal form before its address
                        // ("Lisnagry Energy DAC, Unit 4, Dock Road, …" under the logo "lisnagry energy"): the name
                        return Optional.of(at(name, head, Math.min(meanConfidence(name), meanConfidence(s))));
                    }
                    // a name after a tagline in the same line ("Brewers of ales · Kildrum Ale Works Ltd"): the name's part
                    String[] parts = RETURN_ADDRESS_SEPARATOR.split(s.text().strip());
                    String t = parts.length == 0 ? "" : parts[parts.length - 1].strip();
                    if (s != name && LEGAL_FORM.matcher(t).matches() && !LEGAL_FORM_ONLY.matcher(t).matches()
                            && looksLikeName(t) && t.chars().noneMatch(Character::isDigit) && Labels.match(s) == null
                            && (lettersOf(t.split("\\s+")[0]).equals(brandWord)
                                    || oneWord && Stream.of(t.split("\\s+")).anyMatch(w -> lettersOf(w).equals(brandWord)))) {
                        return Optional.of(at(name, t, Math.min(meanConfidence(name), meanConfidence(s))));
                    }
                }
            }
        }
        if (oneWord && brandWord.length() >= MIN_NAME_LETTERS) {
            // a logo that runs the company's first words together ("lisheenprint" for "Lisheen Print Works
            // Ltd"), the company named in full with its legal form anywhere on the page (its footer)
            for (Row row : rows) {
                for (Segment s : row.segments()) {
                    // the name before its address on the same line ("Lisheen Print Works Ltd, 4 Quay Street, …")
                    String t = RETURN_ADDRESS_SEPARATOR.split(s.text().strip(), 2)[0].split(",", 2)[0].strip();
                    String[] words = t.split("\\s+");
                    if (s == name || words.length < 3 || !LEGAL_FORM.matcher(t).matches() || !looksLikeName(t)
                            || t.chars().anyMatch(Character::isDigit) || Labels.match(s) != null || !imprintLine(rows, row, s)) {
                        continue;
                    }
                    for (int k = 2; k < words.length && k <= NAME_LINE_WORDS; k++) {
                        if (lettersOf(String.join("", Arrays.asList(words).subList(0, k))).equals(brandWord)) {
                            return Optional.of(at(name, t, Math.min(meanConfidence(name), meanConfidence(s))));
                        }
                    }
                }
            }
        }
        // the letterhead's name is the person or company, the imprint says what it trades as ("Aoife Dunne
        // t/a Dunne Cellar Services"): the trading name, the one its bills go by
        Pattern tradesAs = Pattern.compile("(?i)(?<![\\p{L}])(?:" + ocrTolerant(letterhead)
                + ")\\s+(?:t/a|trading\\s+as)\\s+([^·•|,;:()]{3,60}?)\\s*(?:$|[·•|,;:()])");
        Row nameRow = ExpenseExtractor.rowOf(rows, name);
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                Matcher m = s == name ? null : tradesAs.matcher(s.text());
                if (m != null && m.find() && nameLike(m.group(1)) && looksLikeName(m.group(1).strip())) {
                    return Optional.of(at(name, m.group(1).strip(), Math.min(meanConfidence(name), meanConfidence(s))));
                }
            }
        }
        // the name broken over the next lines of the letterhead ("HOLLIN" / "CATERING LTD")
        Found carriedOn = null;
        String joined = letterhead;
        float bottom = name.bottom();
        float confidence = meanConfidence(name);
        int lines = 0;
        for (int r = nameRow.index() + 1; r < rows.size() && lines < NAME_LINES; r++) {
            if (rows.get(r).top() - bottom >= NAME_GAP_HEIGHTS * name.height()) {
                break;
            }
            Segment next = null;
            boolean under = false;
            boolean label = false;
            for (Segment s : rows.get(r).segments()) {
                // a party's label ("Customer:") under a title: what follows is another's name
                label |= underName(s, name) && Labels.match(s) != null;
                under |= underName(s, name);
                if (underName(s, name) && s.top() - bottom < NAME_GAP_HEIGHTS * name.height()
                        && namePart(s.text()).split("\\s+").length <= NAME_LINE_WORDS
                        && namePart(s.text()).chars().noneMatch(Character::isDigit)) {
                    next = s;
                }
            }
            if (label) {
                break;
            }
            if (next == null && !under) {
                // a line of the other column between the name's two ("Our Ref: …" beside the logo)
                continue;
            }
            if (next == null || lettersOf(namePart(next.text())).startsWith(lettersOf(letterhead.split("\\s+")[0]))) {
                // no line under the name, or one that says the name over again ("REELWAY BOOKINGS" over
                // "Reelway Bookings Ltd · Studio 5 …"): nothing carries it on
                break;
            }
            lines++;
            // a speck read as a comma at the line's end ("KESTREL," over "ALARM SERVICES LTD")
            joined = joined.replaceFirst(",$", "") + " " + namePart(next.text());
            bottom = next.bottom();
            confidence = Math.min(confidence, meanConfidence(next));
            if (LEGAL_FORM.matcher(joined).matches()) {
                String whole = companySpelledOut(joined, rows).orElse(spelledElsewhere(joined, rows, nameRow, rows.get(r)));
                return Optional.of(at(name, whole, confidence));
            }
            if (lines == 1 && nameThenTagline(next.text())) {
                // "MOTHGARD" over "Pest Control · for pubs and restaurants": the words with
                // capitals before the tagline end the name, unless the imprint gives it whole
                carriedOn = at(name, spelledElsewhere(joined, rows, nameRow, rows.get(r)), confidence);
                break;
            }
            int last = r;
            Optional<String> printed = spelledOnThePage(joined, rows, row -> row.index() < nameRow.index() || row.index() > last,
                    found -> true);
            if (printed.isPresent()) {
                // "HARTWELL" over "FAMILY BUTCHERS · EST. 1962", and "payable to Hartwell Family Butchers"
                // below: the page prints the two lines' words together as one name
                carriedOn = at(name, printed.get(), confidence);
            }
        }
        for (Row row : rows) {
            List<Segment> segments = row.segments();
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                if (s == name) {
                    continue;
                }
                // an imprint OCR gave in pieces, the legal form beginning the next ("Maison Dupont" | "SAS au
                // capital …"): the gap sets the legal form off as a dash would
                boolean legalFormNext = i + 1 < segments.size()
                        && LEGAL_FORM_FIRST.matcher(segments.get(i + 1).text()).lookingAt();
                String text = legalFormNext ? s.text() + " - " + segments.get(i + 1).text() : s.text();
                if (tradingName.matcher(text).find()) {
                    // "Corrib Energy is a trading name of Corrib Energy Supply DAC": the letterhead is
                    // the name the supplier trades under, and the imprint says so
                    return Optional.of(at(name, letterhead, Math.min(meanConfidence(name), meanConfidence(s))));
                }
                Matcher m = full.matcher(text);
                boolean found = false;
                while (!found && m.find()) {
                    // words of a sentence between the name and a legal form are no part of the name
                    found = nameLike(m.group(2));
                }
                if (found) {
                    // the imprint's spelling ("Hollin" for a "HOLLIN" logo), unless it reads the
                    // name's letters differently from the letterhead (OCR read one of them wrong)
                    String imprinted = m.group(1).equalsIgnoreCase(letterhead) ? m.group(1) : letterhead;
                    String rest = text.substring(m.end(1), m.group(3) != null ? m.end(2) : m.end(4));
                    String legal = (imprinted + rest).strip();
                    float sure = Math.min(meanConfidence(name), meanConfidence(s));
                    String under = lineUnder(name, nameRow, rows);
                    Optional<String> longer = tradeWordsBefore(text.substring(0, m.start(1)), legal, rows, row);
                    if (longer.isPresent()) {
                        // the imprint names the company with words of its trade before the letterhead's
                        // ("Rösterei Anselm & Kolb GmbH" under the logo "Anselm & Kolb"), on two lines of the page
                        return Optional.of(at(name, longer.get(), sure));
                    }
                    if (letterhead.contains(" ") && (under == null
                            || !lettersOf(Labels.withoutAccents(rest)).contains(lettersOf(Labels.withoutAccents(under))))) {
                        // a letterhead of several words is a name in its own right, the one the supplier
                        // goes by ("Carrowkeel Fine Foods" over a footer's "Carrowkeel Fine Foods Ltd · Registered
                        // in …"), unless the imprint carries on with the letterhead's next line ("Maison
                        // Dubois" over "Frères"); a brand of one word stands for the company the imprint names
                        continue;
                    }
                    String both = under == null ? null : letterhead + " " + under;
                    if (both != null && !both.equalsIgnoreCase(legal) && sameName(Labels.withoutAccents(both), Labels.withoutAccents(legal))) {
                        // the letterhead's next line and the imprint spell the name's end differently
                        // ("Freres", "Fréres"): OCR misread one of them, and which is not known
                        sure = Math.min(sure, NAME_READ_TWO_WAYS);
                    }
                    return Optional.of(at(name, legal, sure));
                }
            }
        }
        return Optional.ofNullable(carriedOn);
    }

    /**
     * A logo's monogram read before the name it is the initial of ("K  Kettlecraft", "GC  Glencar Cider"),
     * set apart by more than its own width (an initial of a person's name, "M Murphy", is a space
     * away): the name without it.
     */
    static String withoutMonogram(Segment name) {
        List<Word> words = name.words();
        String text = name.text().strip();
        if (words.size() < 2) {
            return text;
        }
        Word mark = words.get(0);
        String m = mark.text().strip();
        List<Word> rest = words.subList(1, words.size());
        String restText = Segment.of(rest).text().strip();
        String initials = rest.stream().map(w -> w.text().strip()).filter(w -> !w.isEmpty()).map(w -> w.substring(0, 1))
                .collect(Collectors.joining()).toUpperCase(Locale.ROOT);
        // in capitals, or in small letters before a wordmark set in small letters ("t  tillora")
        boolean lettered = m.chars().allMatch(Character::isUpperCase) || !restText.isEmpty()
                && m.chars().allMatch(Character::isLowerCase) && Character.isLowerCase(restText.codePointAt(0));
        String upper = m.toUpperCase(Locale.ROOT);
        boolean monogram = m.length() <= 2 && !m.isEmpty() && lettered
                && rest.get(0).left() - mark.right() > mark.right() - mark.left()
                && (restText.length() > m.length() && restText.toUpperCase(Locale.ROOT).startsWith(upper) || initials.startsWith(upper));
        return monogram ? restText : text;
    }

    private static final Pattern NAME_PARTICLE = Pattern.compile("et|und|en|y|e|von|van|der|den|du|des|di|da|del|&");

    /** Words that may stand inside a name before its legal form: capitalised, figures, or "of", "and", "&". */
    private static boolean nameLike(String words) {
        for (String w : words.strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !CONNECTOR.matcher(w).matches()
                    && !NAME_PARTICLE.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a segment stands in the name's column: flush with it on the left, or centred under it. */
    private static boolean underName(Segment s, Segment name) {
        // set flush left, centred, or flush right (a letterhead on the page's right)
        return Math.abs(s.left() - name.left()) < ALIGNED || Math.abs(s.centerX() - name.centerX()) < ALIGNED
                || Math.abs(s.right() - name.right()) < ALIGNED;
    }

    /**
     * The name as another line of the page spells it whole, the imprint's "Corribeg Quay Fresh Produce
     * Ltd" for a logo's "CORRIBEG QUAY" over "Fresh Produce Ltd"; the name as read where none does.
     */
    private static String spelledElsewhere(String name, List<Row> rows, Row first, Row last) {
        Predicate<Row> elsewhere = r -> r.index() < first.index() || r.index() > last.index();
        Optional<String> spelled = spelledOnThePage(name, rows, elsewhere, found -> true);
        Matcher form = CLOSING_LEGAL_FORM.matcher(name);
        if (spelled.isEmpty() && form.find()) {
            // the imprint's "Inkhorn Printers Ltd" for a letterhead's "INKHORN" over "PRINTERS LIMITED":
            // the same name, its legal form written short or long
            String stem = name.substring(0, form.start()).strip();
            Pattern withForm = Pattern.compile("(?i)^" + Pattern.quote(stem) + "\\s+" + LEGAL_FORM_WORDS + "\\.?(?![\\p{L}])");
            spelled = spelledOnThePage(stem, rows, elsewhere, found -> true).flatMap(found -> rows.stream()
                    .filter(elsewhere).flatMap(r -> r.segments().stream()).map(g -> g.text().replaceAll("\\s+", " "))
                    .map(t -> {
                        int at = t.toLowerCase(Locale.ROOT).indexOf(found.toLowerCase(Locale.ROOT));
                        Matcher m = at < 0 ? null : withForm.matcher(t.substring(at));
                        return m != null && m.lookingAt() ? m.group() : null;
                    }).filter(java.util.Objects::nonNull).findFirst());
        }
        return spelled.orElse(name);
    }

    /** The legal form closing a name, with the space before it. */
    private static final Pattern CLOSING_LEGAL_FORM = Pattern.compile("(?i)\\s\\b" + LEGAL_FORM_WORDS + "\\.?\\s*$");

    /**
     * A letterhead's line that carries a name on and then says what the firm does: a few words each
     * with a capital, a separator, and words in small letters ("Pest Control · for pubs and
     * restaurants"), never a list of services ("Service · Repair · Installation").
     */
    private static boolean nameThenTagline(String line) {
        String[] parts = RETURN_ADDRESS_SEPARATOR.split(line.strip());
        if (parts.length != 2 || !LineItemTable.startsLowerCase(parts[1])) {
            return false;
        }
        String[] words = parts[0].strip().split("\\s+");
        return words.length <= 3 && Stream.of(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0))
                && w.chars().noneMatch(Character::isDigit));
    }

    /** A line's part before a separator ("·", "|", a spaced dash OCR may read for a "·"): what follows is a tagline. */
    private static String namePart(String line) {
        return RETURN_ADDRESS_SEPARATOR.split(line.strip(), 2)[0].strip();
    }

    /** The first line under the name in its column, within the letterhead's few lines, or null. */
    private static String lineUnder(Segment name, Row nameRow, List<Row> rows) {
        for (int r = nameRow.index() + 1; r < rows.size() && r <= nameRow.index() + NAME_LINES; r++) {
            for (Segment s : rows.get(r).segments()) {
                if (underName(s, name) && !lettersOf(s.text()).isEmpty()) {
                    // the line's first part: what it adds after a separator ("Fresh Produce Ltd · wholesale
                    // fruit & veg") is a tagline, no part of the name
                    return namePart(s.text());
                }
            }
        }
        return null;
    }

    /** Words that put a name under a payment or a party's label ("Kontoinhaber", "Payee", "Account Name"), not a trade. */
    private static final Pattern PAYMENT_WORDS = Pattern.compile(
            "(?iu)^(?:kontoinhaber|empfänger|payee|account|beneficiary|titulaire|bénéficiaire|begünstigter|rekeninghouder"
                    + "|pay|payable|to|from|bank|remit|invoice|rechnung|customer|kunde|supplier|lieferant)\\b");

    /** The imprint: the line names the company's VAT or registration, or the line right under it, aligned, does. */
    private static boolean imprintLine(List<Row> rows, Row row, Segment s) {
        return IMPRINT_LINE.matcher(s.text()).find() || row.index() + 1 < rows.size()
                && rows.get(row.index() + 1).segments().stream().anyMatch(u -> IMPRINT_LINE.matcher(u.text()).find()
                        && Math.abs(u.left() - s.left()) <= ALIGNED);
    }

    /** A name that ends with "Co." ("KILBRACK TRADING CO."): the words before it. */
    private static final Pattern ENDS_WITH_CO = Pattern.compile("(?i)(.*\\S)\\s+co\\.?");

    /**
     * A name ending "Co." that the page's imprint spells out ("Kilbrack Trading Company Limited · Unit 4, …"):
     * the company's name as spelt out, legal form and all; empty when no line opens with it.
     */
    private static Optional<String> companySpelledOut(String name, List<Row> rows) {
        Matcher m = ENDS_WITH_CO.matcher(name.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String key = (m.group(1).replaceAll("\\s+", " ") + " company").toLowerCase(Locale.ROOT);
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                for (String part : IMPRINT_PARTS.split(s.text())) {
                    String p = part.strip().replaceAll("\\s+", " ");
                    if (p.toLowerCase(Locale.ROOT).startsWith(key) && (p.length() == key.length() || LEGAL_FORM.matcher(p).matches())
                            && p.chars().noneMatch(Character::isDigit) && p.split(" ").length <= key.split(" ").length + 2) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** One or two words, each capitalised: a trade's words before a company's name ("Rösterei", "Bäckerei Hof"). */
    private static final Pattern TRADE_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?");

    /**
     * The company's name with the words printed before it in the imprint's line, when those open the
     * line (or its part after a separator), are one or two capitalised words, and the page prints the
     * longer name on another row too (a sender's line and a footer): empty otherwise.
     */
    private static Optional<String> tradeWordsBefore(String before, String legal, List<Row> rows, Row row) {
        String lead = before.replaceFirst("(?s).*[·•|]", "").strip();
        if (!TRADE_WORDS.matcher(lead).matches() || PAYMENT_WORDS.matcher(lead).find()) {
            return Optional.empty();
        }
        String longer = lead + " " + legal;
        String key = longer.toLowerCase(Locale.ROOT);
        // the other line opens with the longer name, whole or after a separator
        boolean again = rows.stream().anyMatch(r -> r != row && r.segments().stream()
                .anyMatch(g -> Stream.of(RETURN_ADDRESS_SEPARATOR.split(g.text().strip()))
                        .anyMatch(part -> part.strip().toLowerCase(Locale.ROOT).startsWith(key))));
        return again ? Optional.of(longer) : Optional.empty();
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

    /** Whether the page prints this name again as a customer's label's value. */
    private static boolean namedAsCustomer(Segment name, List<Row> rows) {
        String letters = lettersOf(name.text());
        if (letters.length() < MIN_NAME_LETTERS) {
            return false;
        }
        boolean slip = false;
        boolean slipNamesCustomer = slipNamesItsCustomer(rows, letters);
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                slip |= REMITTANCE_SLIP.matcher(s.text()).find();
                if (s == name) {
                    continue;
                }
                // the customer's label beside it, or printed again on the slip the customer returns with
                // the payment (the slip says who pays); on the slip, "Pay to X" and "To: X" name whom the
                // slip goes to with the payment, the supplier, and so does a name printed alone on a slip
                // that labels its customer ("Customer: The Anchor Tavern")
                boolean slipAddressee = slip && addressedTo(row, s);
                if (customersName(row, s) && !slipAddressee && lettersOf(s.text()).contains(letters)
                        || slip && !slipNamesCustomer && lettersOf(s.text()).equals(letters) && !PAYEE.matcher(s.text()).find()
                        && !payeeBeside(row, s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A label naming whom the payment goes to, alone before the name on a remittance slip ("Payee  X"). */
    private static final Pattern PAYEE_LABEL = Pattern.compile(
            "(?i)(payee|beneficiary|pay to|payable to|account name|account holder|in favour of)\\s*:?");

    /** Whether the segment follows a payee's label on its row: the supplier, whom the slip pays. */
    private static boolean payeeBeside(Row row, Segment s) {
        int at = row.segments().indexOf(s);
        return at > 0 && PAYEE_LABEL.matcher(row.segments().get(at - 1).text().strip()).matches();
    }

    /** Whether a segment is, or follows, a bare "To:" label. */
    private static boolean addressedTo(Row row, Segment s) {
        Match own = Labels.match(s);
        if (own != null && BARE_TO.matcher(own.labelText()).matches()) {
            return true;
        }
        int at = row.segments().indexOf(s);
        Match before = at > 0 ? Labels.match(row.segments().get(at - 1)) : null;
        return before != null && before.remainder().isEmpty() && BARE_TO.matcher(before.labelText()).matches();
    }

    private static final Pattern BARE_TO = Pattern.compile("(?i)\\s*to\\s*:?\\s*");

    /** The heading or the tear-off line of the slip a customer returns with the payment. */
    private static final Pattern REMITTANCE_SLIP = Pattern.compile(
            "(?iu)\\b(remittance(?: advice| slip)?|payment (?:slip|advice|stub|counterfoil)|detach(?: here)?|tear off|"
                    + "return (?:this|the) (?:slip|portion|stub)|please return with)\\b");

    /** Whether a remittance slip on the page names its customer with a label, another name than this. */
    private static boolean slipNamesItsCustomer(List<Row> rows, String letters) {
        boolean slip = false;
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                slip |= REMITTANCE_SLIP.matcher(s.text()).find();
                if (!slip) {
                    continue;
                }
                Match m = Labels.match(s);
                if (m != null && (m.kind() == Kind.BILL_TO || m.kind() == Kind.SHIP_TO)) {
                    String named = lettersOf(m.remainder());
                    if (named.length() >= MIN_NAME_LETTERS && !named.contains(letters)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a segment is the value of a customer's label: "Customer: X", or X beside "Customer" or "Bill to". */
    private static boolean customersName(Row row, Segment s) {
        Match own = Labels.match(s);
        if (own != null && (own.kind() == Kind.BILL_TO || own.kind() == Kind.SHIP_TO)) {
            return true;
        }
        int at = row.segments().indexOf(s);
        Match before = at > 0 ? Labels.match(row.segments().get(at - 1)) : null;
        return before != null && (before.kind() == Kind.BILL_TO || before.kind() == Kind.SHIP_TO) && before.remainder().isEmpty();
    }

    /**
     * Whether the name heads a letterhead: the lines right under it, in its column, are an address
     * ending in an Eircode or a postcode with a phone, mail or VAT line (a till receipt's header).
     * A customer's block under a name has no phone or VAT line of its own.
     */
    private static boolean letterhead(Segment name, List<Row> rows) {
        if (STREET_LINE.matcher(name.text()).matches()) {
            // a street heading the rest of an address is the letterhead's second line, its name unread
            return false;
        }
        Row row = ExpenseExtractor.rowOf(rows, name);
        Segment last = name;
        boolean code = false;
        boolean contact = false;
        for (int r = row.index() + 1; r < rows.size() && r <= row.index() + BLOCK_LINES; r++) {
            Segment next = null;
            for (Segment s : rows.get(r).segments()) {
                boolean aligned = sameColumn(s.left(), s.right(), name.left(), name.right(), ALIGNED);
                if (aligned && s.top() - last.bottom() < BLOCK_GAP_LINES * last.height()) {
                    next = s;
                }
            }
            if (next == null) {
                break;
            }
            code |= EIRCODE.matcher(next.text()).find() || POSTCODE.matcher(next.text()).find();
            contact |= CONTACT.matcher(next.text()).matches();
            last = next;
        }
        return code && contact;
    }

    /** Whether a line of print as large sits right above the segment, flush left or right with it: the segment carries on its block. */
    private static boolean continuesBlock(Segment s, List<Row> rows) {
        Row row = ExpenseExtractor.rowOf(rows, s);
        for (int r = row.index() - 1; r >= 0 && r >= row.index() - 2; r--) {
            for (Segment above : rows.get(r).segments()) {
                // a title or a label above ("TAX INVOICE", "From:") heads the block, and the name is its first line
                // a block set flush left or, at a page's right edge, flush right
                if (Labels.match(above) == null && !TITLE.matcher(above.text()).matches()
                        && (Math.abs(above.left() - s.left()) <= ALIGNED || Math.abs(above.right() - s.right()) <= ALIGNED)
                        && s.top() - above.bottom() < BLOCK_GAP_LINES * s.height()
                        && s.top() > above.bottom() - s.height() / 2 && above.height() >= 0.8f * s.height()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A line of a column of labels with its value beside it ("Service period  03.11.2026 – 30.11.2026"
     * between "Invoice date  …" and "Due date  …"): a label in the supplier's own words, not a name.
     * A label the reader knows, starting where it starts within two rows and in print as large,
     * has its value beside it too.
     */
    private static boolean amongLabels(Segment s, List<Row> rows) {
        Row row = ExpenseExtractor.rowOf(rows, s);
        int at = row.segments().indexOf(s);
        if (at < 0 || at + 1 >= row.segments().size() || !withValue(row.segments().get(at + 1))) {
            return false;
        }
        for (int r = Math.max(0, row.index() - 2); r <= Math.min(rows.size() - 1, row.index() + 2); r++) {
            List<Segment> other = rows.get(r).segments();
            for (int i = 0; r != row.index() && i + 1 < other.size(); i++) {
                Segment label = other.get(i);
                if (Math.abs(label.left() - s.left()) <= ALIGNED && Labels.match(label) != null && withValue(other.get(i + 1))
                        && Math.abs(label.height() - s.height()) <= 0.15f * s.height()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A value as a label has beside it: figures in it, and no label. */
    private static boolean withValue(Segment s) {
        return s.text().chars().anyMatch(Character::isDigit) && Labels.match(s) == null;
    }

    /**
     * Whether the page names the supplier read a second time, away from where it was read: the name
     * again, or a web or mail domain spelt like it.
     */
    static boolean confirmedElsewhere(Found name, List<Row> rows) {
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                if (s.left() <= name.right() && s.right() >= name.left() && s.top() <= name.bottom() && s.bottom() >= name.top()) {
                    return confirmed(s, rows);
                }
            }
        }
        return false;
    }

    /** Whether the page names this supplier a second time: the name again elsewhere, or a domain spelt like it. */
    private static boolean confirmed(Segment name, List<Row> rows) {
        String letters = lettersOf(name.text());
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                if (s == name || customersName(row, s)) {
                    // the name again as a payment slip's "Customer": the customer's, no confirmation of a supplier
                    continue;
                }
                // a name of one word ("Centre") is confirmed only where it begins a line, not inside an address
                boolean oneWord = !name.text().strip().contains(" ");
                String other = lettersOf(s.text());
                if (letters.length() >= MIN_NAME_LETTERS && (oneWord ? other.startsWith(letters) : other.contains(letters))) {
                    return true;
                }
                if (spelledLike(name.text(), s.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text holds a web or mail domain spelt like the name ("orders@glencullenales.ie"). */
    private static boolean spelledLike(String name, String text) {
        String letters = lettersOf(name);
        String firstWord = lettersOf(name.strip().split("\\s+")[0]);
        Matcher m = WEB_OR_MAIL.matcher(text);
        while (m.find()) {
            String domain = lettersOf(m.group(1));
            if (domain.length() >= MIN_NAME_LETTERS && (letters.startsWith(domain)
                    || firstWord.length() >= MIN_NAME_LETTERS && domain.startsWith(firstWord))) {
                return true;
            }
        }
        return false;
    }

    /** What a firm does, as a letterhead's line under its name says it: a few capitalised words ("Plumbing & Heating"). */
    private static final Pattern TRADE = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:&|and|\\p{Lu}[\\p{L}'’-]*)){0,3}");
    /** A mail address's own part and domain, or a web address's domain. */
    private static final Pattern MAIL_OR_WEB = Pattern.compile("(?i)([a-z0-9._%+-]+)@([a-z0-9-]+)\\.|www\\.([a-z0-9-]+)\\.");

    /** Whether a mail or web address on the page begins with the words' letters run together ("niallbrophyplumbing@"). */
    private static boolean spelledInAnAddress(String words, List<Row> rows) {
        String letters = lettersOf(Labels.withoutAccents(words));
        for (Row r : rows) {
            for (Segment s : r.segments()) {
                Matcher m = MAIL_OR_WEB.matcher(s.text());
                while (m.find()) {
                    for (int g = 1; g <= 3; g++) {
                        if (m.group(g) != null && lettersOf(m.group(g)).startsWith(letters)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether the page prints a web or mail domain spelt like the name. */
    private static boolean domainConfirms(String name, List<Row> rows) {
        return rows.stream().flatMap(r -> r.segments().stream()).anyMatch(s -> spelledLike(name, s.text()));
    }

    /**
     * Whether the page prints, alone, a logo of at least three initials that are the initials of
     * the name's first words ("BDM" for "Brady Doyle & Malone Wine Shippers"): the firm's own mark
     * over the name printed in its footer.
     */
    private static boolean initialsConfirm(String name, List<Row> rows) {
        String capitals = initialsOf(name);
        return rows.stream().flatMap(r -> r.segments().stream()).map(s -> s.text().strip())
                .anyMatch(t -> t.length() >= 3 && INITIALS.matcher(t).matches() && capitals.startsWith(t));
    }

    /** The capitals that open a name's words, its legal form aside: "KWS" for "Kilmore Waste & Skips Ltd". */
    private static String initialsOf(String name) {
        StringBuilder capitals = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !LEGAL_FORM_WORD.matcher(w).matches()) {
                capitals.append(w.charAt(0));
            }
        }
        return capitals.toString();
    }

    /** Whether the row or one of the three under it prints a VAT number: the imprint's name. */
    private static boolean overVatNumber(List<Row> rows, Row row) {
        for (int r = row.index(); r < rows.size() && r <= row.index() + 3; r++) {
            if (!VatNumbers.in(rows.get(r).text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A logo's initials: two to five capitals alone. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,5}");
    private static final Pattern LEGAL_FORM_WORD = Pattern.compile("(?i)" + LEGAL_FORM_WORDS + "\\.?");

    /**
     * A logo of initials read as the name ("KWS") where the page prints the name they stand for
     * ("Kilmore Waste & Skips Ltd": the capitals of its words, the legal form aside): the name
     * in full is the supplier's. Otherwise the name as read.
     */
    static Found spelledOut(Found name, List<Row> rows) {
        String initials = name.text().strip();
        if (!INITIALS.matcher(initials).matches()) {
            return name;
        }
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                String[] words = s.text().strip().split("\\s+");
                String capitals = initialsOf(s.text());
                if (words.length > 1 && capitals.equals(initials) && !s.text().strip().equals(initials)) {
                    return Found.of(s.text().strip(), s, 1f, null, null);
                }
                // the initials of the name's first words only ("BDM" for "Brady Doyle & Malone Wine
                // Shippers"): the name as the imprint prints it, over the firm's VAT number
                if (words.length > 2 && initials.length() >= 3 && capitals.length() > initials.length()
                        && capitals.startsWith(initials) && looksLikeName(s.text()) && overVatNumber(rows, row)) {
                    return Found.of(s.text().strip(), s, 1f, null, null);
                }
            }
        }
        return name;
    }

    /**
     * A trading name on the letterhead ("Corrig & Vale") whose company the page names in full where
     * it gives its VAT number ("Corrig & Vale Wine Shippers Ltd · VAT IE…"): the name that number is
     * registered to, the trading name's words first, a few more of the company's and its legal form
     * last, is the supplier's. Otherwise the name as read.
     */
    static Found withItsRegisteredName(Found name, List<Row> rows, Set<Segment> receiver) {
        String wanted = name.text().strip().replaceAll("\\s+", " ");
        if (wanted.isEmpty() || name.text().contains("\n") || LEGAL_FORM.matcher(wanted).matches()) {
            return name;
        }
        String lower = wanted.toLowerCase(Locale.ROOT) + " ";
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                List<VatNumbers.Found> numbers = VatNumbers.in(s.text());
                if (numbers.isEmpty() || receiver.contains(s)
                        || CUSTOMERS.matcher(s.text().substring(0, numbers.get(0).start())).find()) {
                    // no number, or the customer's own ("Customer VAT No.", a line of its block)
                    continue;
                }
                // the line's parts, and the segments set apart from the number on its row ("Kragsø Brænderi ApS
                // ⟶ CVR/Moms-nr.: DK…", a footer's columns)
                List<String> parts = new ArrayList<>(List.of(IMPRINT_PARTS.split(s.text())));
                row.segments().stream().filter(o -> o != s && !receiver.contains(o) && o.right() < s.left())
                        .forEach(o -> parts.add(o.text()));
                for (String part : parts) {
                    String p = part.strip().replaceAll("\\s+", " ");
                    if (!p.toLowerCase(Locale.ROOT).startsWith(lower)) {
                        continue;
                    }
                    String[] more = p.substring(lower.length()).split(" ");
                    boolean company = more.length <= MORE_WORDS_OF_THE_COMPANY
                            && LEGAL_FORM_WORD.matcher(more[more.length - 1]).matches()
                            && Stream.of(more).allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || w.equals("&"));
                    if (company) {
                        return name.withText(p);
                    }
                    Matcher trading = TRADING_NAME_OF.matcher(p);
                    if (trading.lookingAt() && trading.group(1).length() > lower.length()) {
                        // "Corner Signs is the trading name of …": the name the firm trades under, in full
                        String[] extra = trading.group(1).substring(lower.length()).split(" ");
                        if (extra.length <= MORE_WORDS_OF_THE_COMPANY
                                && Stream.of(extra).allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || w.equals("&"))) {
                            return name.withText(trading.group(1));
                        }
                    }
                }
                Optional<String> registered = registeredWithItsWord(s.text(), wanted);
                if (registered.isPresent()) {
                    return name.withText(registered.get());
                }
            }
        }
        return name;
    }

    /**
     * A company's name that opens an imprint's line and closes with its legal form ("Aubier-Roche
     * Vins Fins SARL au capital de …"), in capitals' words, with the trading name's longest word in
     * it ("Maison Aubier-Roche"): the name the VAT number on that line is registered to.
     */
    private static Optional<String> registeredWithItsWord(String imprint, String tradingName) {
        String longest = distinctiveWord(tradingName);
        if (longest.isEmpty()) {
            return Optional.empty();
        }
        String[] words = IMPRINT_PARTS.split(imprint.strip(), 2)[0].strip().split("\\s+");
        for (int w = 1; w < words.length && w <= MAX_NAME_WORDS; w++) {
            if (!Character.isUpperCase(words[w - 1].codePointAt(0)) && !words[w - 1].equals("&")) {
                return Optional.empty();
            }
            if (REGISTERED_FORM.matcher(words[w]).matches()) {
                // the company closes with its form, then the line goes on in small letters or ends
                // ("… SARL au capital de …"); "Killarney Co. Kerry" is a county, no company
                boolean closes = w + 1 == words.length || !Character.isUpperCase(words[w + 1].codePointAt(0));
                String company = String.join(" ", Arrays.asList(words).subList(0, w + 1));
                return closes && !STREET.matcher(company).find() && Stream.of(words).limit(w).anyMatch(x -> x.equalsIgnoreCase(longest))
                        ? Optional.of(company) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The longest word of a name, five letters or more and no legal form: what tells it from other companies; or "". */
    private static String distinctiveWord(String name) {
        String longest = Stream.of(name.split("[\\s,]+")).filter(w -> !LEGAL_FORM_WORD.matcher(w).matches())
                .max(java.util.Comparator.comparingInt(String::length)).orElse("");
        return longest.codePointCount(0, longest.length()) < DISTINCTIVE_LETTERS ? "" : longest;
    }

    /** A registered company's form as it closes its name in an imprint, in its own case ("Ltd", "SARL", "GmbH"). */
    private static final Pattern REGISTERED_FORM = Pattern.compile(
            "(?:Ltd|LTD|Limited|LIMITED|DAC|PLC|plc|LLP|Teoranta|TEORANTA|Teo|CLG|UC|GmbH|GMBH|AG|SARL|SAS|SA|SRL|SpA|BV|NV|"
                    + "B\\.V|N\\.V|S\\.A|S\\.p\\.A)\\.?");

    /** A trading name's word this long or longer tells it apart from other companies'. */
    private static final int DISTINCTIVE_LETTERS = 5;

    /** What parts the items of an imprint printed on one line: "Name Ltd · Reg. No. 1234 · VAT IE…". */
    private static final Pattern IMPRINT_PARTS = Pattern.compile("\\s[·|•–—-]\\s|,\\s|\\s{3,}");
    /** An imprint's "… is the trading name of …" ("is a business name of"): the words before it are the name traded under. */
    private static final Pattern TRADING_NAME_OF = Pattern.compile("(?i)(.+?)\\s+(?:is|are)\\s+(?:the|a)\\s+(?:registered\\s+)?"
            + "(?:trading|business)\\s+names?\\s+of\\b");

    /** At most this many words of a company's name after its trading name, its legal form the last. */
    private static final int MORE_WORDS_OF_THE_COMPANY = 4;

    /**
     * A name printed in capitals on the letterhead ("GLEESON FOODSERVICE LTD") as the company
     * writes it elsewhere on the page: the same words in mixed case (a footer's "Gleeson
     * Foodservice Ltd · Reg. No. …") are how it spells its name. Otherwise the name as read.
     */
    static Found inItsOwnCase(Found name, List<Row> rows) {
        String wanted = name.text().strip().replaceAll("\\s+", " ");
        if (wanted.contains("\n") || wanted.chars().anyMatch(Character::isLowerCase)
                || wanted.chars().filter(Character::isLetter).count() < 2) {
            return name;
        }
        // in its own case, a capital at least: "gasbrook" of a mail address is no spelling of the name
        return spelledOnThePage(wanted, rows, r -> true,
                        found -> found.chars().anyMatch(Character::isLowerCase) && found.chars().anyMatch(Character::isUpperCase))
                .map(found -> new Found(found, name.left(), name.top(), name.right(), name.bottom(), name.confidence(),
                        name.label(), name.labelText()))
                .orElse(name);
    }

    /** The words as a line of the rows searched spells them, whatever its case, as whole words, and as wanted. */
    private static Optional<String> spelledOnThePage(String words, List<Row> rows, Predicate<Row> searched,
            Predicate<String> wanted) {
        String lower = words.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (Row row : rows) {
            if (!searched.test(row)) {
                continue;
            }
            for (Segment s : row.segments()) {
                String text = s.text().replaceAll("\\s+", " ");
                int at = text.toLowerCase(Locale.ROOT).indexOf(lower);
                if (at < 0 || text.length() != text.toLowerCase(Locale.ROOT).length()) {
                    continue;
                }
                int end = at + lower.length();
                boolean wholeWords = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                String found = text.substring(at, end);
                if (wholeWords && wanted.test(found)) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    /** The same name, whatever its case, spacing and punctuation. */
    static boolean sameName(String a, String b) {
        return lettersOf(a).equals(lettersOf(b));
    }

    private static String lettersOf(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static float meanConfidence(Segment s) {
        return (float) s.words().stream().mapToDouble(Word::confidence).average().orElse(0);
    }

    /** A line of bank details ("Lough Bank plc Sort code 95-04-21"): a bank's name in it is no supplier. */
    private static final Pattern BANK_DETAILS = Pattern.compile("(?i)\\b(sort code|iban|bic|swift|account no|account number)\\b");

    private static boolean looksLikeName(String text) {
        String t = text.strip();
        long letters = t.chars().filter(Character::isLetter).count();
        long digits = t.chars().filter(Character::isDigit).count();
        // one long run of capitals with no space is a barcode or a banner misread, not a name
        boolean run = !t.contains(" ") && t.length() > 15;
        // a title set letter-spaced ("Q U OTATI O N"): most of its words a letter or two
        String[] words = t.split("\\s+");
        boolean spaced = words.length >= 3 && Arrays.stream(words).filter(w -> w.length() <= 2).count() * 2 > words.length;
        // words closed by a colon are a label or a sentence's lead ("Payment by BACS within 14 days:")
        // a heading that speaks to the customer ("Your bill at a glance", "Your account summary") names nobody
        return letters >= 3 && digits * 3 < letters && !run && !t.endsWith(":") && !BANK_DETAILS.matcher(t).find()
                && !ADDRESSING_THE_READER.matcher(t).lookingAt()
                && !TITLE.matcher(t).matches()
                && !(spaced && TITLE.matcher(t.replaceAll("\\s+", "")).matches()) && !CONTACT.matcher(t).matches();
    }

    /**
     * The supplier's address: the block of aligned lines in the letterhead nearest the supplier's
     * name that reads like an address (a street, a town, an Eircode), without a tagline above it
     * and without the phone and e-mail lines below it.
     */
    static Optional<Found> vendorAddress(List<Row> rows, Found vendor, Set<Segment> receiver,
            Set<Segment> table, String receiverName) {
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
        String vendorLetters = lettersOf(vendor.text());
        for (Row row : rows) {
            if (row.top() - nameRow.top() > ADDRESS_REACH) {
                break;
            }
            if (tagline(row.text()) && !postcode(row.text()) && !STREET.matcher(row.text()).find()) {
                // what the firm does, its parts set apart by marks ("Beverage CO2 · Mixed Gas · Line Cleaning"),
                // however many figures it has: no place
                continue;
            }
            for (Segment s : row.segments()) {
                // the supplier's name printed again over its address ("Hollin & Co" under "Hollin & Co Ltd") is no address line
                String letters = lettersOf(s.text());
                boolean nameAgain = letters.length() >= MIN_NAME_LETTERS && vendorLetters.contains(letters);
                Segment labelled = labelledAddressLine(s);
                if (labelled != null && !receiver.contains(s) && !table.contains(s)) {
                    // "Registered Office: Unit 7 …", "Brewery & Depot: 41 Drumbeg Road …": the address after its label,
                    // the registered or head office first in its block
                    List<Segment> block = blockFor(blocks, labelled, rows);
                    block.add(OFFICE.matcher(s.text()).lookingAt() ? 0 : block.size(), labelled);
                    continue;
                }
                Segment afterName = s == name ? afterNameInLine(s, vendor.text()) : null;
                if (afterName != null) {
                    // one line of parts set apart by marks, the name first ("Hollin & Co Ltd · 4 Quay St, Cobh · T 021 …"):
                    // the parts after the name, up to the phone or the VAT number
                    Segment line = CONTACT.matcher(afterName.text()).matches() ? addressBeforeContact(afterName) : afterName;
                    if (line != null) {
                        blockFor(blocks, line, rows).add(line);
                    }
                    continue;
                }
                // a firm's name of its own, in the other language or as it trades ("Acme Ltd" under
                // "Acme Teoranta"): a name, no line of the address
                boolean otherName = LEGAL_FORM.matcher(s.text()).matches() && s.text().chars().noneMatch(Character::isDigit)
                        && !STREET.matcher(s.text()).find() && looksLikeName(s.text());
                if (s == name || nameAgain || otherName || receiver.contains(s) || table.contains(s) || values.contains(s)
                        || PrintedValues.toTheCent(s.text()) && PrintedValues.amount(s.text()).isPresent()
                        || Labels.match(s) != null || TITLE.matcher(s.text()).matches()
                        || LEGAL_FORM_ONLY.matcher(s.text()).matches() || SUPPLIER_HEADING.matcher(s.text()).matches()) {
                    continue;
                }
                Segment line = CONTACT.matcher(s.text()).matches() ? addressBeforeContact(s) : s;
                if (line != null) {
                    blockFor(blocks, line, rows).add(line);
                }
            }
        }
        List<Segment> best = null;
        double bestScore = 0;
        for (List<Segment> block : blocks) {
            if (receiverName != null && block.stream().anyMatch(x -> sameName(x.text(), receiverName)
                    || lettersOf(receiverName).length() >= MIN_NAME_LETTERS && lettersOf(x.text()).indexOf(lettersOf(receiverName)) > 0)) {
                // the customer's name over it (named again elsewhere, on a remittance slip say): the customer's
                // address; or in it after other words ("Thank you for your order, Hanley's of Main Street"): a greeting
                continue;
            }
            List<Segment> trimmed = new ArrayList<>(trimToAddress(block));
            while (trimmed.size() > 1 && datedLine(trimmed.get(trimmed.size() - 1).text())) {
                // a letter's date under the sender's address: no line of it
                trimmed.remove(trimmed.size() - 1);
            }
            if (trimmed.stream().anyMatch(x -> datedLine(x.text()))
                    || trimmed.stream().allMatch(x -> LineItemTable.startsLowerCase(x.text()) && x.text().chars().noneMatch(Character::isDigit))) {
                // a form's values beside their labels ("3 Mar 2026 - 2 Apr 2026", "31", "Business 24hr"):
                // no address prints a date among its lines; nor is a slogan set in small letters ("energy for business") one
                continue;
            }
            double cues = 0;
            for (Segment x : trimmed) {
                String t = x.text();
                cues += postcode(t) ? CODE_CUE
                        : STREET.matcher(t).find() ? STREET_CUE : t.chars().anyMatch(Character::isDigit) ? NUMBER_CUE : 0;
            }
            if (cues < STREET_CUE) {
                continue;
            }
            float distance = Math.min(Math.abs(trimmed.get(0).top() - name.bottom()),
                    Math.abs(trimmed.get(trimmed.size() - 1).bottom() - name.top()));
            double score = cues + trimmed.size() * LINE_CUE - distance * DISTANCE_COST;
            if (score > bestScore) {
                bestScore = score;
                best = trimmed;
            }
        }
        if (best == null) {
            return imprintedAddress(rows, vendor.text());
        }
        List<Word> words = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Segment s : best) {
            words.addAll(s.words());
            // an address printed on one line with separators ("Unit 21 · Blanchardstown · Dublin 15",
            // or a dash with a space each side: a hyphenated place name has none) is one line each
            lines.addAll(List.of(s.text().split("\\s+(?:[·•|]|[-–])\\s+")));
        }
        // the supplier's name heading its address in a footer, and a phone number or a web address
        // after it on the letterhead's line, are no lines of the address
        while (lines.size() > 1 && sameName(lines.get(0), vendor.text())) {
            lines.remove(0);
        }
        while (lines.size() > 1 && CONTACT_ONLY.matcher(lines.get(lines.size() - 1)).matches()) {
            lines.remove(lines.size() - 1);
        }
        // an Eircode or a postcode ends the address: after it only the country, never a line with
        // figures ("… Co. Mayo F12 P4K8 · Permit NWCPO-22-01187-01")
        for (int i = 0; i < lines.size() - 1; i++) {
            if (EIRCODE.matcher(lines.get(i)).find() || POSTCODE.matcher(lines.get(i)).find()) {
                while (lines.size() > i + 1 && lines.get(lines.size() - 1).chars().anyMatch(Character::isDigit)) {
                    lines.remove(lines.size() - 1);
                }
                break;
            }
        }
        return Optional.of(Found.ofWords(cleanAddress(String.join("\n", lines)), words, ADDRESS_FOUND, null, null));
    }

    /** A line that prints a date with its year ("3 Mar 2026 - 2 Apr 2026", "Delivered 03/02/2026"). */
    private static boolean datedLine(String text) {
        return YEAR.matcher(text).find() && PrintedValues.date(text).isPresent();
    }

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,])");

    /**
     * The supplier's address from the line anywhere on the page that opens with its name and goes
     * on to an address closed by an Eircode or a postcode ("Acme Energy DAC, 4 Canal Walk, Dublin 2,
     * D02 Y6F8. VAT No. …"), for a letterhead that prints none of its own: the parts after the name
     * up to the code.
     */
    private static Optional<Found> imprintedAddress(List<Row> rows, String vendorName) {
        String nameLetters = lettersOf(vendorName);
        if (nameLetters.length() < MIN_NAME_LETTERS) {
            return Optional.empty();
        }
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                String text = s.text().strip();
                Matcher separator = IMPRINT_SEPARATOR.matcher(text);
                if (!separator.find() || !lettersOf(text.substring(0, separator.start())).equals(nameLetters)) {
                    continue;
                }
                String rest = text.substring(separator.end());
                Matcher code = EIRCODE.matcher(rest);
                Matcher uk = POSTCODE.matcher(rest);
                int end = code.find() ? code.end() : -1;
                if (uk.find() && (end < 0 || uk.end() < end)) {
                    end = uk.end();
                }
                if (end < 0) {
                    continue;
                }
                String address = rest.substring(0, end).strip();
                if (addressLine(address) && address.chars().anyMatch(Character::isLetter) && !CONTACT.matcher(address).find()) {
                    // the words of the address, not of the whole line, for where it is on the page
                    List<Word> words = s.words().stream().filter(w -> !w.text().isBlank() && address.contains(w.text().strip())
                            && !lettersOf(vendorName).contains(lettersOf(w.text()))).toList();
                    return Optional.of(Found.ofWords(cleanAddress(address), words.isEmpty() ? s.words() : words,
                            ADDRESS_FOUND * UNCONFIRMED_NAME, null, null));
                }
            }
        }
        return Optional.empty();
    }

    /** The mark after a name that a line of parts goes on from: a comma, a middle dot, a bar or a spaced dash. */
    private static final Pattern IMPRINT_SEPARATOR = Pattern.compile(",|\\s[·•|\\-–]\\s");

    private static final Pattern TRAILING_MARK = Pattern.compile("(?<=[\\p{Lu}\\d]{3})[.=_~|»«)]+$");

    /** The line without a mark after its last code; a bracket that closes one opened on the line stays. */
    private static String withoutTrailingMark(String line) {
        Matcher m = TRAILING_MARK.matcher(line);
        if (!m.find() || m.group().contains(")") && line.substring(0, m.start()).contains("(")) {
            return line;
        }
        return line.substring(0, m.start());
    }

    /**
     * What OCR does to an address that the address's own form undoes: a separator read into the
     * front of a word ("-D15 P8W1"), and the letter O read for a zero or S for a five in an
     * Eircode, whose routing key is a letter and two digits and whose other four characters never
     * include an O or an S ("DO8 K7W2", "K78 AOY2", "R9S W2D6"); and a mark read after a line's
     * last code ("BT28 2EJ)", "H91 TE70=").
     */
    static String cleanAddress(String address) {
        String text = address.replaceAll("(?m)(^|\\s)[-–·•|]+(?=\\p{L}|\\d)", "$1");
        // a mark read after a line's last code ("BT28 2EJ)", "H91 TE70=", "F28 NYHW."): no address line ends in one
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = withoutTrailingMark(lines[i]);
        }
        text = String.join("\n", lines);
        Matcher m = OCR_EIRCODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // a word of capitals ("NOONDAY") is no Eircode: one has digits
            String fixed = (m.group(2) + m.group(4)).chars().anyMatch(Character::isDigit)
                    ? m.group(1).toUpperCase(Locale.ROOT) + m.group(2).replace('O', '0').replace('S', '5') + m.group(3)
                            + m.group(4).replace('O', '0').replace('S', '5') : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(fixed));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The words after the supplier's name and the mark that ends it, where the name is the first
     * part of a line of parts set apart by marks; null where the line is the name alone.
     */
    private static Segment afterNameInLine(Segment s, String vendorName) {
        String name = vendorName.strip();
        List<Word> words = s.words();
        StringBuilder read = new StringBuilder();
        for (int i = 0; i < words.size() - 1; i++) {
            read.append(i == 0 ? "" : " ").append(words.get(i).text().strip());
            String soFar = read.toString();
            if (soFar.equals(name) && MARK_WORD.matcher(words.get(i + 1).text().strip()).matches()) {
                return i + 2 < words.size() ? Segment.of(words.subList(i + 2, words.size())) : null;
            }
            if (soFar.length() == name.length() + 1 && soFar.startsWith(name)
                    && MARK_WORD.matcher(soFar.substring(name.length())).matches()) {
                // the mark read with the name's last word ("Ltd·")
                return Segment.of(words.subList(i + 1, words.size()));
            }
            if (soFar.length() > name.length()) {
                return null;
            }
        }
        return null;
    }

    /** A mark alone that sets parts of a line apart. */
    private static final Pattern MARK_WORD = Pattern.compile("[·•|\\-–]");

    /**
     * A letterhead may print its address and its contact details on one line ("Main Street,
     * Ennis, V95 X2Y3 · Tel 065 682 1234"): the words before the first contact word, when they end
     * in an Eircode or a postcode, are an address line. Null when they do not.
     */
    private static Segment addressBeforeContact(Segment s) {
        List<Word> before = new ArrayList<>();
        for (Word w : s.words()) {
            if (CONTACT.matcher(w.text()).matches()) {
                break;
            }
            before.add(w);
        }
        while (!before.isEmpty() && lettersOf(before.get(before.size() - 1).text()).isEmpty()) {
            before.remove(before.size() - 1); // a separator: "·", "|", "-"
        }
        // a phone number without its word between the address and the contact word ("… BT40 1AA · 028 2827 7114 · VAT …"):
        // the address ends with the part that ends in its code
        for (int i = before.size() - 1; i > 0; i--) {
            if (MARK_WORD.matcher(before.get(i).text()).matches()) {
                String head = Segment.of(before.subList(0, i)).text().replaceAll("[\\s,;:]+$", "");
                Matcher c = EIRCODE.matcher(head);
                Matcher p = POSTCODE.matcher(head);
                boolean ends = c.find() && c.end() == head.length() || p.find() && p.end() == head.length();
                if (ends) {
                    before = new ArrayList<>(before.subList(0, i));
                    break;
                }
            }
        }
        if (before.isEmpty() || before.size() == s.words().size()) {
            return null;
        }
        Segment cut = Segment.of(before);
        String text = cut.text().replaceAll("[\\s,;:·|]+$", "");
        Matcher code = EIRCODE.matcher(text);
        Matcher postcode = POSTCODE.matcher(text);
        boolean endsInCode = code.find() && code.end() == text.length() || postcode.find() && postcode.end() == text.length();
        return endsInCode ? cut : null;
    }

    /** A segment this far right of a label (a share of the page's width) is no value of it. */
    private static final float FAR_FROM_LABEL = 0.3f;

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
                boolean valueBelow = false;
                if (row.index() + 1 < rows.size()) {
                    for (Segment below : rows.get(row.index() + 1).segments()) {
                        if (below.left() < s.right() && below.right() > s.left()) {
                            values.add(below);
                            valueBelow |= Labels.match(below) == null;
                        }
                    }
                }
                // a label with its value under it ("Invoice Number" over "INV-0942"): what is right of it
                // on its row is another column's (the supplier's address beside a column of labels)
                // (and what stands far right of it, across the page, is another block's: the supplier's
                // flush-right street beside "DELIVER TO / INVOICE TO" whose name is two rows down)
                if (i + 1 < segments.size() && !valueBelow && segments.get(i + 1).left() - s.right() < FAR_FROM_LABEL) {
                    values.add(segments.get(i + 1));
                }
            }
        }
        return values;
    }

    /** The block this segment continues: aligned (left, right or centre) with a block's last line, just above it. */
    /** A label naming one of the supplier's addresses, up to its colon ("Registered Office:", "Brewery & Depot:"). */
    private static final Pattern ADDRESS_LABEL = Pattern.compile("(?iu)^\\s*(\\p{L}[\\p{L}&' ]{1,30}):\\s*(.+)$");
    /** The address a firm is registered at, which is its address on an invoice. */
    private static final Pattern OFFICE = Pattern.compile("(?iu)^\\s*(registered office|registered address|head office)");

    /** The words after an address label, when they read as an address ("Registered Office: Unit 7 …"); null otherwise. */
    private static Segment labelledAddressLine(Segment s) {
        Matcher m = ADDRESS_LABEL.matcher(s.text());
        if (!m.matches() || !addressLike(m.group(2)) || !postcode(m.group(2)) && !STREET.matcher(m.group(2)).find()) {
            return null;
        }
        for (int i = 0; i + 1 < s.words().size(); i++) {
            if (s.words().get(i).text().endsWith(":")) {
                return Segment.of(s.words().subList(i + 1, s.words().size()));
            }
        }
        return null;
    }

    private static List<Segment> blockFor(List<List<Segment>> blocks, Segment s, List<Row> rows) {
        for (List<Segment> block : blocks) {
            Segment last = block.get(block.size() - 1);
            float gap = s.top() - last.bottom();
            boolean aligned = sameColumn(s.left(), s.right(), last.left(), last.right(), LINE_ALIGNED)
                    || centredWithContact(rows, s, last);
            if (aligned && gap > -LINE_OVERLAP && gap < LINE_GAP_HEIGHTS * Math.max(s.height(), last.height())) {
                return block;
            }
        }
        List<Segment> block = new ArrayList<>();
        blocks.add(block);
        return block;
    }

    /**
     * A line of a centred letterhead that shares its row with the phone or the mail address
     * ("F94 T2K8   Tel 074 952 1100" under "Harbour Road, Dungloe"): the row, not the line, is centred
     * under the line above.
     */
    private static boolean centredWithContact(List<Row> rows, Segment s, Segment above) {
        Row row = rows.stream().filter(r -> r.segments().stream().anyMatch(g -> g.words().contains(s.words().get(0))))
                .findFirst().orElse(null);
        if (row == null) {
            return false;
        }
        List<Word> words = row.segments().stream().flatMap(g -> g.words().stream()).toList();
        List<Word> others = words.stream().filter(w -> !s.words().contains(w)).toList();
        if (others.isEmpty() || !CONTACT.matcher(Segment.of(others).text()).matches()) {
            return false;
        }
        float left = words.get(0).left();
        float right = words.get(words.size() - 1).right();
        // the line itself under the one above, not in a column of its own
        boolean under = s.left() < above.right() && s.right() > above.left();
        return under && Math.abs((left + right) - (above.left() + above.right())) / 2 < LINE_ALIGNED;
    }

    /**
     * Drops the lines above the address that carry nothing of one (a slogan, a trade
     * description: no street word, postcode or number other than a year) and anything after the
     * postcode (and its country).
     */
    private static List<Segment> trimToAddress(List<Segment> block) {
        int from = 0;
        while (from < block.size() - 1 && !addressLike(block.get(from).text())) {
            from++;
        }
        int to = block.size();
        for (int i = from; i < block.size(); i++) {
            if (postcode(block.get(i).text())) {
                // the country may follow the postcode on a line of its own
                to = i + 1 < block.size() && COUNTRY.matcher(block.get(i + 1).text()).matches() ? i + 2 : i + 1;
                break;
            }
        }
        return block.subList(from, to);
    }

    /**
     * A line that is an address's, not a name's: a postcode in it, or a number with a street word
     * ("Unit 4B, Ardee Business Park"), and no legal form closing it. A letterhead whose name is
     * only in its logo leads with such a line.
     */
    private static boolean addressLine(String text) {
        return !LEGAL_FORM.matcher(text).matches()
                && (postcode(text) || text.chars().anyMatch(Character::isDigit) && STREET.matcher(text).find()
                        || THOROUGHFARE_LAST.matcher(text).find());
    }

    /**
     * A line whose last part, after a comma, is a road ("The Granary, Mill Road"): a building
     * and its street, an address with no number in it. A name may hold a street's word ("Bridge
     * Street Bakery"), but does not end in one after a comma.
     */
    private static final Pattern THOROUGHFARE_LAST = Pattern.compile(
            "(?i),\\s*[\\p{L}'’.\\- ]{1,30}\\b(road|rd|street|st|lane|avenue|ave|quay|terrace|row|hill|boulevard|drive)\\.?\\s*$");

    /**
     * Whether the text is an Eircode or a UK postcode and nothing else ("V94 R2T6", "BT1 4NX"): an
     * address's last line, never an invoice or order number, however it sits beside their labels.
     * An Eircode's last four characters have a letter and a figure ("D15 2041" may be a number).
     */
    static boolean postcodeAlone(String text) {
        String t = text.strip();
        if (POSTCODE.matcher(t).matches()) {
            return true;
        }
        if (!EIRCODE.matcher(t).matches() || !t.contains(" ")) {
            return false;
        }
        String unique = t.substring(t.lastIndexOf(' ') + 1);
        return unique.chars().anyMatch(Character::isLetter) && unique.chars().anyMatch(Character::isDigit);
    }

    /** An Eircode, a UK postcode, or a continental one before its town. */
    private static boolean postcode(String line) {
        return EIRCODE.matcher(line).find() || POSTCODE.matcher(line).find() || CONTINENTAL_POSTCODE.matcher(line).find();
    }

    /** A phone number (eight figures or more, in groups) or a service's hours ("24/7"). */
    private static final Pattern PHONE_OR_HOURS = Pattern.compile("\\+?\\d[\\d ()-]{6,}\\d|\\b24\\s?/\\s?7\\b");

    /**
     * A line of an address: a street word, a postcode or a house number, or a short name in
     * capitals with nothing of a sentence or a list about it (a building: "The Old Mill"). A
     * slogan is written as a sentence ("Family bakers since 1962") or a list ("Teas · Coffees"),
     * or dates the firm ("Est. 2012").
     */
    private static boolean addressLike(String line) {
        if (EIRCODE.matcher(line).find() || POSTCODE.matcher(line).find() || STREET.matcher(line).find()) {
            return true;
        }
        // a year, set letter-spaced too ("EST. 2 0 1 7"), is history; a phone number ("breakdown line
        // 021 431 9927", "24/7") is no house's
        String withoutYears = line.replaceAll("\\b(?:1\\s?[89]|2\\s?0)\\s?\\d\\s?\\d\\b", "");
        if (PHONE_OR_HOURS.matcher(withoutYears).replaceAll("").chars().anyMatch(Character::isDigit)) {
            return true;
        }
        if (!withoutYears.equals(line)) {
            // a year and no other number: "Est. 2012" is history, not a place
            return false;
        }
        String[] words = line.strip().split("\\s+");
        // "Craft Brewers & Cider Makers": two trades joined, a slogan, not a building
        if (words.length > 5 || LIST_MARK.matcher(line).find() || line.contains(" & ")) {
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

    /** Whether the text before a VAT number names the supplier: its name's distinctive word, as a whole word. */
    private static boolean namesTheSupplier(String before, String vendor) {
        String word = distinctiveWord(vendor).toLowerCase(Locale.ROOT);
        String text = " " + before.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'’-]+", " ") + " ";
        return !word.isEmpty() && text.contains(" " + word + " ");
    }

    /** An IBAN's label right before the number: the digits are the account's. */
    private static final Pattern IBAN_BEFORE = Pattern.compile("(?i)\\biban\\W{0,3}$");
    /** The word of a VAT number's label, in the languages of the suppliers a pub buys from (Austria's "UID" among them). */
    private static final Pattern VAT_LABEL_WORD = Pattern.compile("(?iu)\\b(vat|tax|ust|tva|btw|iva|moms|mwst|uid)\\b");
    /** Words before a VAT number that make it the customer's: "Customer VAT", "Your VAT No", "USt-IdNr. des Leistungsempfängers". */
    private static final Pattern CUSTOMERS = Pattern.compile(
            "(?iu)customer|your|client|kunde|ihre|leistungsempf|destinataire|afnemer|cliente");

    /** A VAT number's label with the customer's word misread by a letter ("Custamer VAT No:"). */
    private static boolean namesTheCustomer(String label) {
        for (String word : label.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 6 && (EditDistance.between(word, "customer") <= 1 || EditDistance.between(word, "client") <= 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The supplier's VAT number: a VAT-shaped number outside the customer's block, a labelled one
     * first; one that fails its country's check rule is reported with little confidence.
     */
    static Optional<Found> vendorVatNumber(List<Row> rows, Set<Segment> receiver, Found vendor) {
        Found best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Row row : rows) {
            for (Segment s : row.segments()) {
                int previousEnd = 0;
                for (VatNumbers.Found v : VatNumbers.in(s.text())) {
                    int score = v.checked() ? 1 : 0;
                    // what is printed before the number since the last one: its own label, not the other's
                    String before = ((previousEnd == 0 ? row.text().substring(0, Math.max(0, row.text().indexOf(s.text()))) : "")
                            + s.text().substring(previousEnd, v.start())).toLowerCase(Locale.ROOT);
                    int since = previousEnd;
                    previousEnd = v.end();
                    boolean labelled = before.matches("(?s).*\\b(vat|tax|ust|tva|btw|iva|moms|mwst|uid)\\b.*");
                    if (!labelled && (!VatNumbers.hasRule(v.number()) || !v.checked() && !VatNumbers.longChecked(v.number()))) {
                        // a country prefix and digits with neither a label nor a check is anything at all
                        continue;
                    }
                    if (IBAN_BEFORE.matcher(before).find()) {
                        // a bank account's number ("IBAN BE12 3456 7890 1234") begins with a country and digits too
                        continue;
                    }
                    if (labelled) {
                        score += LABELLED_VAT;
                    }
                    if (vendor != null && Math.abs(s.left() - vendor.left()) <= ALIGNED && s.top() > vendor.top()
                            && s.top() - vendor.bottom() < SUPPLIERS_BLOCK_LINES * (s.bottom() - s.top())) {
                        // in the supplier's own block, under its name: a marketplace's own number elsewhere is not the seller's
                        score += IN_SUPPLIERS_BLOCK;
                    }
                    if (vendor != null && (namesTheSupplier(s.text().substring(since, v.start()), vendor.text())
                            || since == 0 && namesTheSupplier(before, vendor.text()))) {
                        // the company's imprint, its name and its number on one line ("… Vins Fins SARL · N° TVA FR…")
                        score += NAMED_BESIDE_IT;
                    }
                    // a line of contacts parts its items with a mark: "Customer care 1850 … · VAT Reg IE…" is the supplier's own
                    String own = before.replaceFirst("(?s).*[·|•;]", "");
                    // and its own label is the VAT word nearest it with the two words before ("your VAT no",
                    // "Customer VAT"): "quoting your account no. VAT No. IE…" names the supplier's
                    Matcher label = VAT_LABEL_WORD.matcher(own);
                    int at = -1;
                    while (label.find()) {
                        at = label.start();
                    }
                    if (at > 0) {
                        String[] words = own.substring(0, at).strip().split("\\s+");
                        own = String.join(" ", Arrays.asList(words).subList(Math.max(0, words.length - 2), words.length))
                                + " " + own.substring(at);
                    }
                    if (receiver.contains(s) || CUSTOMERS.matcher(own).find() || namesTheCustomer(own)) {
                        score -= CUSTOMERS_VAT;
                    }
                    if (score > bestScore) {
                        bestScore = score;
                        float factor = (score >= LABELLED_VAT ? 1f : UNLABELLED_VAT) * (v.checked() ? 1f : UNCHECKED_VAT);
                        best = Found.of(v.number(), s, factor, null, null);
                    }
                }
            }
        }
        return bestScore < 0 ? Optional.empty() : Optional.ofNullable(best);
    }
}
