package io.barback.textract;

import java.util.List;

/**
 * The words of one page and where they came from: the PDF's own text layer, or OCR of an image
 * (after turning it upright and straightening it by the recorded angles). {@code aspect} is the
 * page's height over its width, to compare horizontal and vertical distances given in page fractions.
 */
record PageText(List<Word> words, Source source, int rotation, float skewDegrees, float aspect) {

    enum Source { TEXT_LAYER, OCR }

    /** The page's rows and segments. */
    List<Layout.Row> rows() {
        return Layout.rows(words, aspect, source == Source.OCR);
    }
}
