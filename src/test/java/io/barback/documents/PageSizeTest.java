package io.barback.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page larger than the reader takes is saved again to fit; anything else is handed on as it is. */
class PageSizeTest {

    @Test
    void aPageWithinTheLimitAndAPdfAreHandedOnAsTheyAre() throws IOException {
        byte[] png = png(page(400, 500, false));
        assertThat(PageSize.toFit(png, png.length)).isSameAs(png);
        assertThat(PageSize.toFit(png, png.length - 1)).as("one byte over").isNotSameAs(png).hasSizeLessThan(png.length);
        byte[] pdf = "%PDF-1.7\n% a PDF larger than the limit is the reader's to refuse".getBytes();
        assertThat(PageSize.toFit(pdf, 10)).isSameAs(pdf);
    }

    /**
     * A page of type on paper with a scanner's grain, saved in colour: the same page in grey, as a
     * PNG that loses nothing, fits at the same resolution.
     */
    @Test
    void aLargeScanIsSavedAgainAtItsOwnResolution() throws IOException {
        byte[] png = png(page(1240, 1754, false));
        int limit = png.length * 3 / 4;
        byte[] fitted = PageSize.toFit(png, limit);
        assertThat(fitted.length).isLessThanOrEqualTo(limit);
        assertThat(DocumentFormat.of(fitted)).isEqualTo(DocumentFormat.PNG);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(fitted));
        assertThat(read.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(read.getWidth()).isEqualTo(1240);
        assertThat(read.getHeight()).isEqualTo(1754);
        // the type is still there: the bar drawn black is black, the paper white
        assertThat(read.getRaster().getSample(200, 205, 0)).isLessThan(60);
        assertThat(read.getRaster().getSample(200, 600, 0)).isGreaterThan(200);
    }

    /** Grain neither a PNG nor a JPEG squeezes at full size: a smaller JPEG that fits, in the same proportions. */
    @Test
    void aPageThatStillDoesNotFitIsMadeSmaller() throws IOException {
        byte[] png = png(page(1000, 1400, true));
        int limit = 150 * 1024;
        byte[] fitted = PageSize.toFit(png, limit);
        assertThat(fitted.length).isLessThanOrEqualTo(limit);
        assertThat(DocumentFormat.of(fitted)).isEqualTo(DocumentFormat.JPEG);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(fitted));
        assertThat(read.getWidth()).isLessThan(1000);
        assertThat((double) read.getHeight() / read.getWidth()).isBetween(1.38, 1.42);
    }

    /** Paper with a scanner's light grain and a black bar of "type"; coarse grain all over when asked. */
    private static BufferedImage page(int w, int h, boolean grain) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = grain ? 155 + random.nextInt(100) : 236 + random.nextInt(16);
                image.setRGB(x, y, 0xFF000000 | v << 16 | v << 8 | v);
            }
        }
        for (int y = 200; y < 212; y++) {
            for (int x = 100; x < 700 && x < w; x++) {
                image.setRGB(x, y, 0xFF000000);
            }
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
