package io.barback.documents;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFormatTest {

    @Test
    void recognisesEachFormatByItsFirstBytesWhateverTheMailCallsIt() {
        assertThat(DocumentFormat.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.of(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0))).isEqualTo(DocumentFormat.PNG);
        assertThat(DocumentFormat.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).isEqualTo(DocumentFormat.JPEG);
        assertThat(DocumentFormat.of(bytes(0x49, 0x49, 0x2A, 0x00, 8, 0))).isEqualTo(DocumentFormat.TIFF);
        assertThat(DocumentFormat.of(bytes(0x4D, 0x4D, 0x00, 0x2A, 0, 8))).isEqualTo(DocumentFormat.TIFF);
        assertThat(DocumentFormat.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(DocumentFormat.TIFF.mediaType()).isEqualTo("image/tiff");
    }

    @Test
    void aPdfHeaderAfterAGatewaysJunkCountsOnlyWithinTheFirstKilobyte() {
        byte[] near = ("X".repeat(1000) + "%PDF-1.4").getBytes(StandardCharsets.US_ASCII);
        byte[] far = ("X".repeat(1100) + "%PDF-1.4").getBytes(StandardCharsets.US_ASCII);
        assertThat(DocumentFormat.of(near)).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.of(far)).isNull();
    }

    @Test
    void anythingElseIsNoFormatEvenWhenShorterThanAnyMagic() {
        assertThat(DocumentFormat.of("PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1))).isNull();
        assertThat(DocumentFormat.of(new byte[0])).isNull();
        assertThat(DocumentFormat.of(bytes(0xFF, 0xD8))).isNull();
        assertThat(DocumentFormat.of("%PDF".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
