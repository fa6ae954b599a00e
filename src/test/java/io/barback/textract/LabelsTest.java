package io.barback.textract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels as OCR gives them back: letters read for others, two narrow letters run into one wide one. */
class LabelsTest {

    private static Labels.Kind kind(String text) {
        List<Word> words = new ArrayList<>();
        float x = 0.1f;
        for (String w : text.split(" ")) {
            words.add(new Word(w, x, 0.1f, x + 0.01f * w.length(), 0.11f, 90));
            x += 0.01f * w.length() + 0.005f;
        }
        Labels.Match m = Labels.match(Layout.Segment.of(words));
        return m == null ? null : m.kind();
    }

    @Test
    void whereAServiceWasDoneIsADeliveryAddressNotTheCustomer() {
        assertThat(kind("Site address")).isEqualTo(Labels.Kind.SHIP_TO);
        assertThat(kind("Installation address")).isEqualTo(Labels.Kind.SHIP_TO);
        assertThat(kind("Invoice to")).isEqualTo(Labels.Kind.BILL_TO);
    }

    @Test
    void labelsAreKnownThroughTheLettersOcrConfuses() {
        assertThat(kind("Invoice No 21008")).isEqualTo(Labels.Kind.INVOICE_ID);
        // I read as l, O as 0; "nv" run into "w"; "rn" into "m"
        assertThat(kind("lnv N0. 21008")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Iwoice No 21008")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Invoice Nurnber 21008")).isEqualTo(Labels.Kind.INVOICE_ID);
        assertThat(kind("Iwoice Date 16/11/2026")).isEqualTo(Labels.Kind.INVOICE_DATE);
        // a word that only looks like a label is none
        assertThat(kind("Inwards goods")).isNull();
    }
}
