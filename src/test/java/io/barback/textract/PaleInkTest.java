package io.barback.textract;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page printed pale (a faint ribbon's grey type on light paper) is stretched before it is read,
 * its darkest ink made black and its paper white; a page of black type is read as it stands.
 */
class PaleInkTest {

    /** A page of {@code size} pixels: paper of one grey, ink of another on {@code inkShare} of them, a few pixels in between. */
    private static byte[] page(int size, int paper, int ink, double inkShare) {
        byte[] pixels = new byte[size];
        Arrays.fill(pixels, (byte) paper);
        int inked = (int) (size * inkShare);
        for (int i = 0; i < inked; i++) {
            // strokes spread over the page, their edges halfway between ink and paper
            pixels[i * (size / inked)] = (byte) (i % 4 == 3 ? (ink + paper) / 2 : ink);
        }
        return pixels;
    }

    @Test
    void paleGreyTypeOnLightPaperIsMadeBlackOnWhite() {
        // sparse ink: a few thousandths of the page, as on a short bill
        byte[] pixels = page(100_000, 220, 120, 0.004);
        TesseractOcr.darkenPaleInk(pixels, 0);
        assertThat(pixels[0] & 0xff).as("the ink").isZero();
        assertThat(pixels[1] & 0xff).as("the paper").isEqualTo(255);
        assertThat(pixels[(100_000 / 400) * 3] & 0xff).as("a stroke's edge, halfway").isBetween(100, 160);
    }

    @Test
    void blackTypeIsLeftAsItIs() {
        byte[] pixels = page(100_000, 225, 30, 0.02);
        byte[] before = pixels.clone();
        TesseractOcr.darkenPaleInk(pixels, 0);
        assertThat(pixels).isEqualTo(before);
    }

    @Test
    void aDarkPageIsNoPalePage() {
        // a photo in shadow or a dark picture: its paper is no light paper to stretch to white
        byte[] pixels = page(100_000, 120, 90, 0.02);
        byte[] before = pixels.clone();
        TesseractOcr.darkenPaleInk(pixels, 0);
        assertThat(pixels).isEqualTo(before);
    }

    @Test
    void onlyThePixelsPastTheHeaderAreTouched() {
        byte[] header = "P5\n4 4\n255\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] image = page(10_000, 220, 120, 0.01);
        byte[] pgm = new byte[header.length + image.length];
        System.arraycopy(header, 0, pgm, 0, header.length);
        System.arraycopy(image, 0, pgm, header.length, image.length);
        TesseractOcr.darkenPaleInk(pgm, header.length);
        assertThat(Arrays.copyOf(pgm, header.length)).isEqualTo(header);
        assertThat(pgm[header.length] & 0xff).isZero();
    }
}
