package io.barback.textract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows and words as OCR gives them, laid out by hand on an A4 page (1 pt = 1/595 of its width). */
class LayoutRowsTest {

    private static final float WIDTH = 595;
    private static final float HEIGHT = 842;
    private static final float ASPECT = HEIGHT / WIDTH;

    @Test
    void aWordOfLargePrintThatOcrPartedIsOneWordAgain() {
        List<Word> words = new ArrayList<>();
        // a letterhead name in 24 pt, its letters set apart: OCR gives "COLDSTR" and "EAM", 3 pt apart;
        // the words of its row stand about a height apart
        words.addAll(line(24, 60, 60, "COLDSTR", 0, "EAM", 3, "EQUIPMENT", 14, "HIRE", 14, "LTD", 14));
        // a row of two pieces only: the page's usual space decides ("Cle arline")
        words.addAll(line(20, 60, 120, "Cle", 0, "arline", 3));
        // body text, enough rows for the page's usual space: 4 pt between words of 10 pt
        for (int i = 0; i < 12; i++) {
            words.addAll(line(10, 60, 200 + 16 * i, "Unit", 0, "9", 4, "Little", 4, "Island", 4, "Park", 4));
        }
        List<String> rows = texts(Layout.rows(words, ASPECT, true));
        assertThat(rows.get(0)).isEqualTo("COLDSTREAM EQUIPMENT HIRE LTD");
        assertThat(rows.get(1)).isEqualTo("Clearline");
        assertThat(rows.get(2)).isEqualTo("Unit 9 Little Island Park");
    }

    @Test
    void wordsSetCloseAreNotJoinedWhenTheyCannotBeOneWord() {
        List<Word> words = new ArrayList<>();
        // two column headings set close ("ABV Pack"): a capital after small letters starts a word
        words.addAll(line(10, 60, 60, "Code", 0, "Style", 5, "ABV", 5, "Pack", 2, "Qty", 5, "Net", 5, "VAT", 5));
        // a typewriter's page: wide spaces in the body, narrow ones in the letterhead's line
        words.addAll(line(10, 60, 90, "Liberty", 0, "Square", 4, "Thurles", 4, "Co.", 4, "Tipperary", 4, "E41", 4));
        for (int i = 0; i < 12; i++) {
            words.addAll(line(10, 60, 200 + 16 * i, "SMITHWICKS", 0, "RED", 4, "ALE", 4, "KEG", 4));
        }
        // pieces of text in a row of more words, with no usual space of its own to compare with
        words.addAll(line(18, 60, 500, "DUNMORE", 80, "DRINKS", 60, "Old", 20, "kilmeaden", 2));
        List<String> rows = texts(Layout.rows(words, ASPECT, true));
        assertThat(rows.get(0)).contains("ABV Pack");
        assertThat(rows.get(1)).isEqualTo("Liberty Square Thurles Co. Tipperary E41");
        assertThat(rows.get(rows.size() - 1)).contains("Old kilmeaden");
    }

    @Test
    void aTextLayersWordsAreNeverJoined() {
        List<Word> words = new ArrayList<>(line(24, 60, 60, "COLDSTR", 0, "EAM", 3, "EQUIPMENT", 14, "HIRE", 14, "LTD", 14));
        assertThat(texts(Layout.rows(words, ASPECT, false)).get(0)).startsWith("COLDSTR EAM");
    }

    @Test
    void aWordsBoxStretchedBeyondItsLettersIsNoLargerPrint() {
        float a4 = 1.414f;
        // eight letters 0.074 of the page wide in a box 0.0167 of it high: a speck stretched the box
        Layout.Segment stretched = Layout.Segment.of(List.of(new Word("Conamara", 0.074f, 0.102f, 0.148f, 0.1187f, 92)));
        assertThat(Parties.printSize(stretched, a4)).isLessThan(0.015f);
        // a large name's box is as tall as its print
        Layout.Segment large = Layout.Segment.of(List.of(new Word("Ballyhale", 0.652f, 0.046f, 0.762f, 0.0593f, 94),
                new Word("Wholesale", 0.771f, 0.046f, 0.89f, 0.0593f, 94), new Word("Ltd", 0.898f, 0.046f, 0.938f, 0.0593f, 94)));
        assertThat(Parties.printSize(large, a4)).isCloseTo(0.0133f, org.assertj.core.data.Offset.offset(0.0001f));
    }

    @Test
    void aMarkOcrReadAfterAnAddressLinesLastCodeIsDropped() {
        assertThat(Parties.cleanAddress("42 Knockmore Road, Lisburn, Co. Antrim, BT28 2EJ)")).endsWith("BT28 2EJ");
        assertThat(Parties.cleanAddress("Knockferry, Rosscahill\nCo. Galway, H91 TE70=")).endsWith("\nCo. Galway, H91 TE70");
        assertThat(Parties.cleanAddress("Westport, Co. Mayo, F28 NYHW.")).isEqualTo("Westport, Co. Mayo, F28 NYHW");
        // a bracket closing one opened on its line, and a full stop after an abbreviation, are the address's
        assertThat(Parties.cleanAddress("Unit 4 (Block BRC)")).isEqualTo("Unit 4 (Block BRC)");
        assertThat(Parties.cleanAddress("Ennis, Co.")).isEqualTo("Ennis, Co.");
    }

    @Test
    void ocrsLetterOForAZeroInAnEircodeAndASeparatorBeforeAWordAreUndone() {
        assertThat(Parties.cleanAddress("Unit 7 Marrowbone Lane\nDublin 8\nDO8 K7W2")).endsWith("\nD08 K7W2");
        assertThat(Parties.cleanAddress("Lucan\nK78 AOY2")).endsWith("K78 A0Y2");
        assertThat(Parties.cleanAddress("Co. Kilkenny, R9S W2D6")).isEqualTo("Co. Kilkenny, R95 W2D6");
        // Dublin 6W's routing key keeps its letter; a word of letters is no Eircode
        assertThat(Parties.cleanAddress("Rathgar, D6W Y9X2")).isEqualTo("Rathgar, D6W Y9X2");
        assertThat(Parties.cleanAddress("ROSS HOUSE")).isEqualTo("ROSS HOUSE");
        assertThat(Parties.cleanAddress("Dublin 15 -D15 P8W1")).isEqualTo("Dublin 15 D15 P8W1");
        // capitals with no digit are a word, not an Eircode
        assertThat(Parties.cleanAddress("NOONDAY HOUSE")).isEqualTo("NOONDAY HOUSE");
    }

    /**
     * Words on one baseline in {@code size} pt, starting at x; each word is followed by the gap
     * before it: pairs of (text, gap in pt before the word; the first gap is ignored).
     */
    private static List<Word> line(float size, float x, float y, Object... textsAndGaps) {
        List<Word> out = new ArrayList<>();
        float at = x;
        for (int i = 0; i < textsAndGaps.length; i += 2) {
            String text = (String) textsAndGaps[i];
            float gap = ((Number) textsAndGaps[i + 1]).floatValue();
            if (i > 0) {
                at += gap;
            }
            float width = text.length() * size * 0.6f;
            // OCR boxes hug the ink: about 0.7 of the size for capitals and digits
            out.add(new Word(text, at / WIDTH, (y - size * 0.7f) / HEIGHT, (at + width) / WIDTH, y / HEIGHT, 95));
            at += width;
        }
        return out;
    }

    private static List<String> texts(List<Layout.Row> rows) {
        return rows.stream().map(r -> String.join("  ", r.segments().stream().map(Layout.Segment::text).toList())
                .replaceAll("\\s+", " ")).toList();
    }
}
