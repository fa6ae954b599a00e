package io.barback.textract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Words from a PDF's text layer are the words a reader of the printed page sees. */
class PdfTextLayerTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 8;

    /**
     * A real supplier's PDF (the development corpus) draws "Unit 2 Millennium Park" with one show
     * operator in an embedded subset font, and PDFBox reports it as "lennium Park" first, then
     * "Unit 2 Mil", touching where the two meet.
     */
    @Test
    void piecesOfOneWordThatPdfboxReportsApartAreOneWord() throws IOException {
        try (PDDocument document = Loader.loadPDF(new File("src/test/corpus/unseen/l21-service-text-1.pdf"))) {
            List<String> words = PdfTextLayer.words(document, 0).stream().map(Word::text).toList();
            assertThat(words).containsSubsequence("Unit", "2", "Millennium", "Park").doesNotContain("Mil", "lennium");
        }
    }

    /**
     * The join reaches only letters that touch: a word a space away, or one on the next line that
     * starts where the line above ended, stays a word of its own (a wider reach merges them). A
     * word drawn end first stays whole (PDFBox already joins this one; the test above is the case
     * it does not).
     */
    @Test
    void onlyTouchingLettersAreJoinedNotWordsASpaceOrALineApart() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float x = 400;
            float y = 790;
            float head = FONT.getStringWidth("Unit 2 Mil") / 1000 * SIZE;
            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                // the word's end first, then its start, ending where the end begins
                show(c, x + head, y, "lennium Park");
                show(c, x, y, "Unit 2 Mil");
                // a word a space away from the one before it stays a word of its own
                show(c, 60, 700, "Unit");
                show(c, 60 + FONT.getStringWidth("Unit ") / 1000 * SIZE, 700, "Seven");
                // so does a word on the next line that starts where the one above ended
                show(c, 60, 680, "Tuam");
                show(c, 60 + FONT.getStringWidth("Tuam") / 1000 * SIZE, 680 - SIZE * 1.2f, "Road");
            }
            List<String> words = PdfTextLayer.words(document, 0).stream().map(Word::text).toList();

            assertThat(words).containsSubsequence("Unit", "2", "Millennium", "Park");
            assertThat(words).doesNotContain("Mil", "lennium", "UnitSeven", "TuamRoad");
            assertThat(words).contains("Seven", "Tuam", "Road");
        }
    }

    /**
     * A font's ligatures, which a PDF's text layer gives as Unicode's ligature characters ("ﬁre",
     * "ﬂowers", "oﬀ", "Oﬃcine"), are read as the letters they join, as the printed word is spelt.
     */
    @Test
    void aLigatureIsReadAsItsLetters() {
        assertThat(PdfTextLayer.withoutLigature("\uFB01re")).isEqualTo("fire");
        assertThat(PdfTextLayer.withoutLigature("\uFB02owers")).isEqualTo("flowers");
        assertThat(PdfTextLayer.withoutLigature("one-o\uFB00")).isEqualTo("one-off");
        assertThat(PdfTextLayer.withoutLigature("O\uFB03cine")).isEqualTo("Officine");
        // nothing else is changed: a superscript, a fraction, a letter with its accent
        assertThat(PdfTextLayer.withoutLigature("m² ½ Caffè")).isEqualTo("m² ½ Caffè");
    }

    private static void show(PDPageContentStream c, float x, float y, String text) throws IOException {
        c.beginText();
        c.setFont(FONT, SIZE);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }
}
