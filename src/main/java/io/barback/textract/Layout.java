package io.barback.textract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's words put back into reading order: rows (words sharing a baseline) and, inside a
 * row, segments (runs of words with no column gap between them) — a label, a value, a cell.
 */
final class Layout {

    /** A number sign printed against its number: "N°562044387", "nº 12" without the space. */
    private static final Pattern GLUED_NUMBER_SIGN = Pattern.compile("(?i)(n[°º])(\\d.*)");

    private Layout() {
    }

    /** A run of words on one row with no column gap inside it. */
    record Segment(String text, List<Word> words, float left, float top, float right, float bottom,
            float confidence) {

        static Segment of(List<Word> words) {
            float left = 1;
            float top = 1;
            float right = 0;
            float bottom = 0;
            float confidence = 100;
            for (Word w : words) {
                left = Math.min(left, w.left());
                top = Math.min(top, w.top());
                right = Math.max(right, w.right());
                bottom = Math.max(bottom, w.bottom());
                confidence = Math.min(confidence, w.confidence());
            }
            return new Segment(join(words), List.copyOf(words), left, top, right, bottom, confidence);
        }

        float height() {
            return bottom - top;
        }

        float centerX() {
            return (left + right) / 2;
        }

        /** How much of this segment's width lies between {@code from} and {@code to}, 0..1. */
        float overlapX(float from, float to) {
            float width = right - left;
            if (width <= 0) {
                return 0;
            }
            return Math.max(0, Math.min(right, to) - Math.max(left, from)) / width;
        }
    }

    /** Words that share a line, left to right, cut into segments. */
    record Row(int index, List<Segment> segments, float top, float bottom, float wordHeight) {

        float centerY() {
            return (top + bottom) / 2;
        }

        /**
         * The value a label heads when it is the last thing on this row: its column then runs to the
         * page's edge ("DATE" over "11-11-26" printed further right, a pre-printed form's box filled
         * in, a totals box), and the one segment of the row below that starts at or right of the
         * label is its value. Empty when the label is not last, or when the row below has none or
         * several there.
         */
        Optional<Segment> aloneUnder(Segment label, Row below) {
            if (segments.isEmpty() || segments.get(segments.size() - 1) != label) {
                return Optional.empty();
            }
            List<Segment> from = below.segments().stream().filter(s -> s.left() >= label.left() - 0.01f).toList();
            return from.size() == 1 ? Optional.of(from.get(0)) : Optional.empty();
        }

        String text() {
            StringBuilder text = new StringBuilder();
            for (Segment s : segments) {
                if (!text.isEmpty()) {
                    text.append("  ");
                }
                text.append(s.text());
            }
            return text.toString();
        }
    }

    /**
     * {@code aspect}: page height over width, so that word heights can be measured against gaps.
     * {@code ocr}: the words are OCR's, not a PDF's text layer. OCR boxes hug the ink (no room for
     * accents and descenders as a font's box has), so the gap, in word heights, that parts two
     * segments is larger; and OCR may part a word, which is joined again.
     */
    static List<Row> rows(List<Word> words, float aspect, boolean ocr) {
        float gapFactor = ocr ? 1.3f : 0.9f;
        List<Word> sorted = new ArrayList<>(words.size());
        for (Word w : words) {
            numberSignApart(w, sorted);
        }
        sorted.sort(Comparator.comparingDouble(Word::centerY));
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        double centerSum = 0;
        float lineHeight = 0;
        for (Word w : sorted) {
            if (!line.isEmpty()) {
                double center = centerSum / line.size();
                // same row when the word's middle is near the row's mean middle; measured against the
                // taller of the two so that a small word beside a large one still joins, while the
                // next line (about 1.2 line heights down) never does
                if (Math.abs(w.centerY() - center) > 0.4f * Math.max(w.height(), lineHeight)) {
                    lines.add(line);
                    line = new ArrayList<>();
                    centerSum = 0;
                    lineHeight = 0;
                }
            }
            line.add(w);
            centerSum += w.centerY();
            lineHeight = Math.max(lineHeight, Math.min(w.height(), 3 * medianHeight(line)));
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        List<List<Word>> parted = new ArrayList<>();
        for (List<Word> joined : lines) {
            for (List<Word> l : unstacked(joined)) {
                l.sort(Comparator.comparingDouble(Word::left));
                parted.add(unspaced(l));
            }
        }
        float wordSpace = ocr ? wordSpace(parted, aspect) : 0;
        List<Row> rows = new ArrayList<>();
        for (List<Word> l : parted) {
            rows.add(toRow(rows.size(), ocr ? rejoined(l, aspect, wordSpace) : l, aspect, gapFactor));
        }
        return rows;
    }

    /**
     * Adds the word to the list, a number sign glued to its number ("Facture n°562044387") as two
     * words, so that "n°" is read as the label's last word and the number as its value; the box is
     * shared between them by their letters.
     */
    private static void numberSignApart(Word w, List<Word> out) {
        Matcher m = GLUED_NUMBER_SIGN.matcher(w.text());
        if (!m.matches()) {
            out.add(w);
            return;
        }
        float split = w.left() + w.width() * m.group(1).length() / w.text().length();
        out.add(new Word(m.group(1), w.left(), w.top(), split, w.bottom(), w.confidence()));
        out.add(new Word(m.group(2), split, w.top(), w.right(), w.bottom(), w.confidence()));
    }

    /**
     * The page's usual space between two words of a row, in word heights: the median of the gaps
     * under one height (wider ones part columns, not words). 0 when the page has too few.
     */
    private static float wordSpace(List<List<Word>> lines, float aspect) {
        List<Float> gaps = new ArrayList<>();
        for (List<Word> l : lines) {
            gaps.addAll(wordGaps(l, aspect));
        }
        return gaps.size() < 20 ? 0 : median(gaps);
    }

    /** The gaps between the words of a row that are spaces between words: under one word height. */
    private static List<Float> wordGaps(List<Word> row, float aspect) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < row.size(); i++) {
            float gap = gapInHeights(row.get(i - 1), row.get(i), aspect);
            if (gap > 0 && gap < 1) {
                gaps.add(gap);
            }
        }
        return gaps;
    }

    static float median(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static float gapInHeights(Word a, Word b, float aspect) {
        return (b.left() - a.right()) / (Math.max(a.height(), b.height()) * aspect);
    }

    /**
     * OCR parts a word of large print where its letters stand apart ("COLDSTR EAM", "G LE ESON"):
     * two pieces of letters of one height, closer than half the usual space between the words of
     * their row, are one word again. The usual space is the row's own when it has three gaps or
     * more (a page can mix a typewriter's wide spaces with a letterhead's narrow ones), the page's
     * for a row of two words, and unknown otherwise: then nothing is joined.
     */
    private static List<Word> rejoined(List<Word> words, float aspect, float pageWordSpace) {
        if (words.size() < 2) {
            return words;
        }
        List<Float> gaps = wordGaps(words, aspect);
        float wordSpace = gaps.size() >= 3 ? median(gaps) : words.size() == 2 ? pageWordSpace : 0;
        if (wordSpace == 0) {
            return words;
        }
        List<Word> out = new ArrayList<>();
        Word current = words.get(0);
        for (int i = 1; i < words.size(); i++) {
            Word next = words.get(i);
            float taller = Math.max(current.height(), next.height());
            float shorter = Math.min(current.height(), next.height());
            float gap = gapInHeights(current, next, aspect);
            boolean pieces = lettersOnly(current.text()) && lettersOnly(next.text()) && shorter * 1.35f >= taller
                    && gap > 0 && gap < wordSpace / 2 && continues(current.text(), next.text());
            if (pieces) {
                current = new Word(current.text() + next.text(), current.left(), Math.min(current.top(), next.top()),
                        next.right(), Math.max(current.bottom(), next.bottom()),
                        Math.min(current.confidence(), next.confidence()));
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out;
    }

    /**
     * Whether the second piece can carry on the first's word: in capitals after capitals
     * ("COLDSTR EAM"), or in small letters ("Cle arline"); a capital after small letters starts a
     * word of its own ("ABV Pack", two column headings set close).
     */
    private static boolean continues(String first, String second) {
        boolean allCapitals = first.chars().noneMatch(Character::isLowerCase) && second.chars().noneMatch(Character::isLowerCase);
        return allCapitals || Character.isLowerCase(second.charAt(0));
    }

    private static boolean lettersOnly(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isLetter);
    }

    /**
     * A row that a large word drew small lines into (an address in small print beside a
     * letterhead's name, its lines all within the name's height) holds words stacked one over
     * another, which no single line does: such a row is parted again by the words' own heights, so
     * that each small line is a row and is not read interleaved with the next.
     */
    private static List<List<Word>> unstacked(List<Word> line) {
        if (!stacked(line)) {
            return List.of(line);
        }
        List<Word> byMiddle = new ArrayList<>(line);
        byMiddle.sort(Comparator.comparingDouble(Word::centerY));
        List<List<Word>> parts = new ArrayList<>();
        List<Word> part = new ArrayList<>();
        double centerSum = 0;
        for (Word w : byMiddle) {
            if (!part.isEmpty()
                    && Math.abs(w.centerY() - centerSum / part.size()) > 0.4f * Math.min(w.height(), medianHeight(part))) {
                parts.add(part);
                part = new ArrayList<>();
                centerSum = 0;
            }
            part.add(w);
            centerSum += w.centerY();
        }
        parts.add(part);
        return parts;
    }

    /** Whether two of the words lie one over the other (more than a third of the narrower). */
    private static boolean stacked(List<Word> line) {
        for (int i = 0; i < line.size(); i++) {
            for (int j = i + 1; j < line.size(); j++) {
                Word a = line.get(i);
                Word b = line.get(j);
                float overlap = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
                if (overlap > Math.min(a.width(), b.width()) / 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A heading set letter-spaced ("I N V O I C E", "B I L L   T O") as the words it spells: three
     * or more single letters in a row are joined, and parted again where the gap is clearly wider
     * than the spacing between their letters.
     */
    static List<Word> unspaced(List<Word> words) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j + 1 < words.size() && letter(words.get(j)) && letter(words.get(j + 1))
                    && words.get(j + 1).left() - words.get(j).right() < 2.5f * words.get(j).width() + words.get(j).height()) {
                j++;
            }
            if (j - i + 1 < 3 || !letter(words.get(i))) {
                out.add(words.get(i));
                i++;
                continue;
            }
            float spacing = Float.MAX_VALUE;
            for (int k = i; k < j; k++) {
                spacing = Math.min(spacing, words.get(k + 1).left() - words.get(k).right());
            }
            int from = i;
            for (int k = i; k <= j; k++) {
                boolean wordEnds = k == j || words.get(k + 1).left() - words.get(k).right() > 1.8f * Math.max(spacing, 0.001f);
                if (wordEnds) {
                    out.add(joined(words.subList(from, k + 1)));
                    from = k + 1;
                }
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean letter(Word w) {
        return w.text().length() == 1 && (Character.isLetter(w.text().charAt(0)) || w.text().equals("&"));
    }

    private static Word joined(List<Word> letters) {
        StringBuilder text = new StringBuilder();
        float top = 1;
        float bottom = 0;
        float confidence = 100;
        for (Word w : letters) {
            text.append(w.text());
            top = Math.min(top, w.top());
            bottom = Math.max(bottom, w.bottom());
            confidence = Math.min(confidence, w.confidence());
        }
        return new Word(text.toString(), letters.get(0).left(), top, letters.get(letters.size() - 1).right(), bottom,
                confidence);
    }

    private static Row toRow(int index, List<Word> words, float aspect, float gapFactor) {
        float height = medianHeight(words);
        float heightAcross = height * aspect;
        List<Segment> segments = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        Word previous = null;
        for (Word w : words) {
            // an ordinary space is about a third of the x-height; a column gap is wider than a letter pair
            if (previous != null && w.left() - previous.right() > gapFactor * heightAcross) {
                segments.add(Segment.of(run));
                run = new ArrayList<>();
            }
            run.add(w);
            previous = w;
        }
        segments.add(Segment.of(run));
        float top = 1;
        float bottom = 0;
        for (Word w : words) {
            top = Math.min(top, w.top());
            bottom = Math.max(bottom, w.bottom());
        }
        return new Row(index, List.copyOf(segments), top, bottom, height);
    }

    /** The words' text, one space between them. */
    static String join(List<Word> words) {
        StringBuilder b = new StringBuilder();
        for (Word w : words) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.text());
        }
        return b.toString();
    }

    static float medianHeight(List<Word> words) {
        float[] heights = new float[words.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = words.get(i).height();
        }
        Arrays.sort(heights);
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }
}
