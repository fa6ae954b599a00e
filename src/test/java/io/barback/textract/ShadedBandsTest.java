package io.barback.textract;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text on a band of colour (white titles on dark grey, a black name on a grey banner): found,
 * made dark on white, and read; the rest of the page untouched.
 */
class ShadedBandsTest {

    static final int WIDTH = 1700;
    static final int HEIGHT = 2200;

    /** A page at 200 dpi: a bold name, dark text, and a table whose titles are white on dark grey. */
    static BufferedImage page() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(245, 245, 245));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 90));
        g.drawString("HARBOUR", 120, 200);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        g.drawString("Invoice 48213", 120, 320);
        g.setColor(new Color(55, 60, 70));
        g.fillRect(100, 600, 1500, 70);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        g.drawString("Description", 130, 648);
        g.drawString("Quantity", 900, 648);
        g.drawString("Amount", 1350, 648);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        g.drawString("Oak barrel", 130, 730);
        g.drawString("2", 960, 730);
        g.drawString("80.00", 1380, 730);
        g.dispose();
        return image;
    }

    static byte[] pixels(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    static int at(byte[] pixels, int x, int y) {
        return pixels[y * WIDTH + x] & 0xff;
    }

    @Test
    void theDarkBandIsTurnedOverAndNothingElse() {
        BufferedImage image = page();
        byte[] before = pixels(image).clone();
        byte[] after = pixels(image);

        List<ShadedBands.Band> bands = ShadedBands.whiten(after, 0, WIDTH, HEIGHT);

        assertThat(bands).singleElement().satisfies(b -> {
            assertThat(b.top()).isBetween(598, 604);
            assertThat(b.bottom()).isBetween(665, 671);
            assertThat(b.left()).isBetween(98, 104);
            assertThat(b.right()).isBetween(1596, 1602);
        });
        // the band's dark is now as light as the paper, its white letters dark
        assertThat(at(after, 700, 610)).isGreaterThan(230);
        assertThat(at(before, 700, 610)).isLessThan(80);
        // everything outside the band is as it was: the bold name, the text, the table's rows
        for (int y = 0; y < HEIGHT; y++) {
            if (y >= 590 && y <= 680) {
                continue;
            }
            for (int x = 0; x < WIDTH; x++) {
                if (before[y * WIDTH + x] != after[y * WIDTH + x]) {
                    throw new AssertionError("pixel " + x + "," + y + " changed outside the band");
                }
            }
        }
    }

    @Test
    void aPageWithoutADarkBandIsLeftAsItIs() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 120));
        g.drawString("MMMMMMMMMMMM", 50, 300);
        // a ruling: dark, long, but no taller than a line
        g.fillRect(50, 500, 1600, 3);
        g.dispose();
        byte[] before = pixels(image).clone();

        assertThat(ShadedBands.whiten(pixels(image), 0, WIDTH, HEIGHT)).isEmpty();
        assertThat(pixels(image)).isEqualTo(before);
    }

    @Test
    void aTintedBannerWithDarkLettersIsLightenedNotTurnedOver() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(245, 245, 245));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        // a letterhead banner in a light grey, its name in black
        g.setColor(new Color(165, 165, 165));
        g.fillRect(0, 100, WIDTH, 220);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 70));
        g.drawString("HARBOUR SUPPLIES", 120, 230);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        g.drawString("Invoice 48213", 120, 500);
        g.dispose();
        byte[] pixels = pixels(image);
        int letter = -1;
        for (int x = 120; x < 400 && letter < 0; x++) {
            if (at(pixels, x, 210) < 60) {
                letter = x;
            }
        }
        assertThat(letter).as("a stroke of the name").isPositive();

        List<ShadedBands.Band> bands = ShadedBands.whiten(pixels, 0, WIDTH, HEIGHT);

        assertThat(bands).singleElement().satisfies(b -> assertThat(b.top()).isBetween(98, 104));
        assertThat(at(pixels, 1600, 150)).as("the banner's grey, now the paper's").isGreaterThan(230);
        assertThat(at(pixels, letter, 210)).as("the name's stroke, still dark").isLessThan(80);
    }

    /**
     * A scanned page whose column titles are white on a dark grey band, which Tesseract alone
     * reads as one word ("Description"): read on their own, turned over, all eight are there.
     */
    @Test
    void theTitlesOnTheBandOfAScannedPageAreRead() throws Exception {
        byte[] scan = Files.readAllBytes(Path.of("src/test/corpus/unseen/l05-vat-per-line-scan.pdf"));
        try (TesseractOcr ocr = new TesseractOcr(1)) {
            List<String> words = new DocumentReader(ocr).read(scan).words().stream().map(Word::text).toList();
            assertThat(words).contains("Code", "Description", "Qty", "Price", "Net", "VAT%", "VAT", "Gross");
        }
    }

    /** A scanned page whose letterhead is printed dark on a grey banner, which Tesseract alone reads as nothing. */
    @Test
    void theNameOnAGreyBannerOfAScannedPageIsRead() throws Exception {
        byte[] scan = Files.readAllBytes(Path.of("src/test/corpus/unseen/l17-deposit-discount-scan.pdf"));
        try (TesseractOcr ocr = new TesseractOcr(1)) {
            List<String> words = new DocumentReader(ocr).read(scan).words().stream().map(Word::text).toList();
            assertThat(words).contains("DUNMORE", "DRINKS", "Minerals");
        }
    }
}
