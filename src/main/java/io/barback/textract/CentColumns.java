package io.barback.textract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.barback.textract.Layout.Row;
import io.barback.textract.Layout.Segment;

/**
 * Money written in two columns, the euros in one and the cents in the next, as receipt books and
 * docket books print them: a "€ | c" pair of titles over the amounts, "45" and "00" under them.
 * Each such pair under the titles is read as one amount ("45.00"), so that the lines, the total and
 * the sums between them are figures like any other. Rows without a pair under both titles are
 * left as they are, and a page without such titles is not touched.
 */
final class CentColumns {

    /** The title of the whole units' column: the currency's sign. */
    private static final Set<String> WHOLE = Set.of("€", "£");
    /** The title of the cents' column beside it, in small letters (a capital "C" is a VAT code's or a column's). */
    private static final Set<String> CENTS = Set.of("c", "cent", "cents", "ct", "p");
    /** Pairs on at least this many rows: one alone may be two figures of another kind side by side. */
    private static final int MIN_PAIRS = 2;
    /** The two titles stand at most this far apart (a share of the page's width). */
    private static final float TITLES_APART = 0.15f;
    /** How far either side of its title a column's figures may stand (a share of the page's width). */
    private static final float SLACK = 0.04f;

    private CentColumns() {
    }

    /** The rows, each pair of figures under the euro and cent titles read as one amount. */
    static List<Row> joined(List<Row> rows) {
        for (int h = 0; h < rows.size(); h++) {
            Word[] titles = titles(rows.get(h));
            if (titles != null) {
                List<Row> out = new ArrayList<>(rows.subList(0, h + 1));
                int pairs = 0;
                for (int r = h + 1; r < rows.size(); r++) {
                    Row row = joined(rows.get(r), titles[0], titles[1]);
                    pairs += row == rows.get(r) ? 0 : 1;
                    out.add(row);
                }
                return pairs >= MIN_PAIRS ? out : rows;
            }
        }
        return rows;
    }

    /** The euro title and the cent title beside it on the row, or null. */
    private static Word[] titles(Row row) {
        List<Word> words = words(row);
        for (int i = 0; i + 1 < words.size(); i++) {
            Word euro = words.get(i);
            Word cent = words.get(i + 1);
            if (WHOLE.contains(euro.text().strip()) && CENTS.contains(cent.text().strip())
                    && cent.left() > euro.right() && cent.left() - euro.right() < TITLES_APART) {
                return new Word[] {euro, cent};
            }
        }
        return null;
    }

    private static Row joined(Row row, Word euro, Word cent) {
        List<Word> words = words(row);
        // the cents: two figures, the nearest the cent title's middle; the euros: the word right before them
        int at = -1;
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.text().matches("\\d{2}") && w.left() >= euro.right() && w.left() <= cent.right() + SLACK
                    && w.right() >= cent.left() - SLACK
                    && (at < 0 || Math.abs(middle(w) - middle(cent)) < Math.abs(middle(words.get(at)) - middle(cent)))) {
                at = i;
            }
        }
        if (at > 0) {
            Word whole = words.get(at - 1);
            Word cents = words.get(at);
            boolean wholeUnderTitle = whole.right() >= euro.left() - SLACK && whole.right() <= cent.left() + SLACK / 2
                    && whole.right() >= middle(euro) - (cent.left() - euro.left());
            if (wholeUnderTitle && whole.text().matches("-?\\d{1,3}(?:[,.]\\d{3})*|-?\\d{1,6}")) {
                // set, as a printed column's figures are, to the cent column's edge: written by hand, the
                // figures of one column end a little apart
                Word amount = new Word(whole.text().replaceAll("[,.]", "") + "." + cents.text(), whole.left(),
                        Math.min(whole.top(), cents.top()), cent.right(), Math.max(whole.bottom(), cents.bottom()),
                        Math.min(whole.confidence(), cents.confidence()));
                return replaced(row, whole, cents, amount);
            }
        }
        return row;
    }

    private static float middle(Word w) {
        return (w.left() + w.right()) / 2;
    }

    /** The row with the two words given as one: in the segment of the first, the second's segment left without it. */
    private static Row replaced(Row row, Word whole, Word cents, Word amount) {
        List<Segment> segments = new ArrayList<>();
        for (Segment s : row.segments()) {
            List<Word> kept = new ArrayList<>();
            for (Word w : s.words()) {
                if (w == whole) {
                    kept.add(amount);
                } else if (w != cents) {
                    kept.add(w);
                }
            }
            if (!kept.isEmpty()) {
                segments.add(Segment.of(kept));
            }
        }
        return new Row(row.index(), segments, row.top(), row.bottom(), row.wordHeight());
    }

    private static List<Word> words(Row row) {
        List<Word> words = new ArrayList<>();
        row.segments().forEach(s -> words.addAll(s.words()));
        return words;
    }
}
