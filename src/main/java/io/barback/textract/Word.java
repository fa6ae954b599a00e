package io.barback.textract;

/**
 * One word on a page: its text, its box in page fractions (0..1 from the top left, as Textract
 * gives geometry) and how sure the reader is of it (0..100).
 */
record Word(String text, float left, float top, float right, float bottom, float confidence) {

    float width() {
        return right - left;
    }

    float height() {
        return bottom - top;
    }

    float centerY() {
        return (top + bottom) / 2;
    }

    /** The same word read as surely as this. */
    Word withConfidence(float certainty) {
        return new Word(text, left, top, right, bottom, certainty);
    }
}
