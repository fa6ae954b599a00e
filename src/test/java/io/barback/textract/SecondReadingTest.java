package io.barback.textract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A number, a code or a date read a second time, alone and larger, by Tesseract itself: a sure
 * second reading that says otherwise leaves the word to a person; one that agrees lends it its
 * certainty; one that makes out nothing changes nothing.
 */
class SecondReadingTest {

    private static TesseractOcr ocr;
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 300;

    @BeforeAll
    static void start() {
        ocr = new TesseractOcr(1);
    }

    @AfterAll
    static void stop() {
        ocr.close();
    }

    /** A white strip with the text printed on it, and the text's box in fractions of the strip. */
    private record Strip(BufferedImage image, float left, float top, float right, float bottom) {
        Word word(String read, float confidence) {
            return new Word(read, left, top, right, bottom, confidence);
        }
    }

    private static Strip printed(String text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 42));
            FontMetrics m = g.getFontMetrics();
            int x = 200;
            int baseline = 160;
            g.drawString(text, x, baseline);
            return new Strip(image, (float) x / WIDTH, (float) (baseline - m.getAscent()) / HEIGHT,
                    (float) (x + m.stringWidth(text)) / WIDTH, (float) (baseline + m.getDescent()) / HEIGHT);
        } finally {
            g.dispose();
        }
    }

    @Test
    void aSureSecondReadingThatSaysOtherwiseLeavesTheWordToAPerson() {
        Strip strip = printed("TFC/26/357");
        List<Word> read = ocr.identifiersReadTwice(strip.image(), 300, List.of(strip.word("TEC/26/357", 89)));
        assertThat(read.get(0).text()).as("the text stays as first read").isEqualTo("TEC/26/357");
        assertThat(read.get(0).confidence()).isEqualTo(TesseractOcr.CONTRADICTED);
    }

    @Test
    void aSecondReadingThatAgreesLendsTheWordItsCertainty() {
        Strip strip = printed("TFC/26/357");
        List<Word> read = ocr.identifiersReadTwice(strip.image(), 300, List.of(strip.word("TFC/26/357", 62)));
        assertThat(read.get(0).confidence()).isGreaterThan(80f);
    }

    @Test
    void nothingMadeOutChangesNothingAndWordsOfOtherKindsAreNotReadAgain() {
        Strip blank = printed("");
        Strip words = printed("Quay Road");
        List<Word> read = ocr.identifiersReadTwice(blank.image(), 300,
                List.of(new Word("77225", 0.2f, 0.4f, 0.3f, 0.55f, 70), words.word("Quay Road", 40),
                        new Word("124.50", 0.5f, 0.4f, 0.6f, 0.55f, 70)));
        assertThat(read).extracting(Word::confidence).containsExactly(70f, 40f, 70f);
    }

    @Test
    void identifiersAreNumbersCodesAndDatesNotMoneyOrWords() {
        assertThat(TesseractOcr.identifier("TFC/26/357")).isTrue();
        assertThat(TesseractOcr.identifier("07/07/2026")).isTrue();
        assertThat(TesseractOcr.identifier("3497")).isTrue();
        assertThat(TesseractOcr.identifier("124.50")).isFalse();
        assertThat(TesseractOcr.identifier("Road")).isFalse();
        assertThat(TesseractOcr.identifier("12")).isFalse();
        assertThat(TesseractOcr.sameReading("TFC/26/357.", "TFC/26/357")).isTrue();
        assertThat(TesseractOcr.sameReading("TF-0811", "TF-O811")).isFalse();
    }
}
