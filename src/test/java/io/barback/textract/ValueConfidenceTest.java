package io.barback.textract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How sure a value found on the page is: the certainty of the words it is made of. */
class ValueConfidenceTest {

    private static Layout.Segment segment(Word... words) {
        return Layout.Segment.of(List.of(words));
    }

    /**
     * A mark OCR read beside a number and left out of it ("=" before "SB-2610-00106", read at 20 %)
     * does not make the number doubtful; a doubtful word of the value itself does.
     */
    @Test
    void onlyTheWordsOfTheValueCount() {
        Word mark = new Word("=", 0.50f, 0.1f, 0.51f, 0.11f, 20);
        Word number = new Word("SB-2610-00106", 0.52f, 0.1f, 0.62f, 0.11f, 95);
        assertThat(ExpenseExtractor.Found.of("SB-2610-00106", segment(mark, number), 1f, null, null).confidence())
                .isEqualTo(95f);

        Word name = new Word("Lisnagry", 0.1f, 0.1f, 0.2f, 0.11f, 96);
        Word doubtful = new Word("Systems", 0.21f, 0.1f, 0.3f, 0.11f, 40);
        assertThat(ExpenseExtractor.Found.of("Lisnagry Systems", segment(name, doubtful), 1f, null, null).confidence())
                .isEqualTo(68f);
        // a value written otherwise than read ("$I-004929" as "SI-004929"): its words as read
        Word dollar = new Word("$I-004929", 0.52f, 0.1f, 0.62f, 0.11f, 70);
        assertThat(ExpenseExtractor.Found.of("SI-004929", segment(mark, dollar), 1f, null, null).confidence())
                .isEqualTo(45f);
    }
}
