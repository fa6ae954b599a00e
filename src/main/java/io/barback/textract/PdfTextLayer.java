package io.barback.textract;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Words with their positions from a PDF page's own text layer (no OCR): exact text, exact boxes,
 * certainty 99.9. Glyphs are joined into words on spaces and on gaps wider than a third of the
 * font size, so that table cells drawn close together still come apart. Letters that touch on one
 * line are one word even when the PDF draws them as two pieces ("Mil" and "lennium", one show
 * operator ending and the next beginning there): PDFBox then reports two words, and not always
 * one after the other; a reader of the printed page sees one.
 */
final class PdfTextLayer {

    /** Fewer printable characters than this and the page is treated as a scan. */
    static final int MIN_TEXT_CHARACTERS = 20;
    /** A word read from the text layer, not by OCR, has this confidence. */
    static final float CONFIDENCE = 99.9f;

    private PdfTextLayer() {
    }

    static List<Word> words(PDDocument document, int pageIndex) throws IOException {
        Collector collector = new Collector();
        collector.setSortByPosition(true);
        collector.setStartPage(pageIndex + 1);
        collector.setEndPage(pageIndex + 1);
        collector.getText(document);
        return collector.words();
    }

    static int printableCharacters(List<Word> words) {
        return words.stream().mapToInt(w -> w.text().length()).sum();
    }

    /**
     * A ligature's glyph as the letters it joins ("ﬁ" of "ﬁrst" as "fi", "ﬂ", "ﬀ", "ﬃ"): a typesetter's
     * choice, not the text's, and no label, name or description is spelt with it.
     */
    static String withoutLigature(String unicode) {
        if (unicode == null || unicode.chars().noneMatch(c -> c >= LIGATURES_FROM && c <= LIGATURES_TO)) {
            return unicode;
        }
        return Normalizer.normalize(unicode, Normalizer.Form.NFKC);
    }

    /** Unicode's Latin ligatures, "ﬀ" to "ﬆ". */
    private static final char LIGATURES_FROM = '\uFB00';
    private static final char LIGATURES_TO = '\uFB06';

    private static final class Collector extends PDFTextStripper {

        /** Letters closer than this (a share of the font size) to the one before them on its line continue its word. */
        private static final float TOUCHING = 0.05f;

        /** Each word's glyphs, as PDFBox reported them. */
        private final List<List<TextPosition>> pieces = new ArrayList<>();
        /** The words set at a slant, kept apart. */
        private final List<List<TextPosition>> slantedPieces = new ArrayList<>();
        private int glyphs;
        private int slantedGlyphs;

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<TextPosition> current = new ArrayList<>();
            List<TextPosition> aslant = new ArrayList<>();
            TextPosition previous = null;
            for (TextPosition glyph : positions) {
                String unicode = glyph.getUnicode();
                // a no-break or thin space ("1 911,30 €") parts words as a space does, and so does a glyph
                // the font maps to a control character (a thin space with no Unicode of its own reads as U+0000)
                boolean blank = unicode == null || unicode.chars().allMatch(c -> Character.isWhitespace(c)
                        || Character.isSpaceChar(c) || Character.isISOControl(c));
                boolean gap = previous != null && glyph.getXDirAdj()
                        - (previous.getXDirAdj() + previous.getWidthDirAdj()) > glyph.getFontSizeInPt() / 3;
                boolean slanted = slanted(glyph);
                if (blank || gap || slanted) {
                    flush(current);
                }
                if (!blank && !slanted) {
                    current.add(glyph);
                }
                if (!blank && slanted) {
                    aslant.add(glyph);
                    slantedGlyphs++;
                } else if (!aslant.isEmpty()) {
                    slantedPieces.add(new ArrayList<>(aslant));
                    aslant.clear();
                }
                glyphs += blank ? 0 : 1;
                previous = glyph;
            }
            flush(current);
            if (!aslant.isEmpty()) {
                slantedPieces.add(aslant);
            }
        }

        /**
         * A glyph set at a slant, neither across nor up the page: a watermark or a stamp printed
         * diagonally over the page ("CUSTOMER COPY"), not a line of it. Its letters would fall among
         * the figures of the rows it crosses ("OPY48.00"); OCR does not read such text either.
         */
        private static boolean slanted(TextPosition glyph) {
            Matrix m = glyph.getTextMatrix();
            double degrees = Math.abs(Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()))) % 90;
            return degrees > SLANT && degrees < 90 - SLANT;
        }

        /** A stamp across the page is a small share of its letters; more than this and the slanted text is the page's. */
        private static final float STAMP_SHARE = 0.2f;

        /** Degrees off the page's axes past which a glyph is slanted; a page scanned into a PDF askew is within them. */
        private static final double SLANT = 10;

        private void flush(List<TextPosition> glyphs) {
            if (!glyphs.isEmpty()) {
                pieces.add(new ArrayList<>(glyphs));
                glyphs.clear();
            }
        }

        /** The words: pieces in reading order on their line, a piece that touches the one before it joined to it. */
        List<Word> words() {
            List<List<TextPosition>> ordered = new ArrayList<>(pieces);
            if (slantedGlyphs > STAMP_SHARE * glyphs) {
                // much of the page at a slant (a text layer laid over a photograph, line by line at its
                // angle): the page's own text, not a stamp over it
                ordered.addAll(slantedPieces);
            }
            ordered.sort(Comparator.<List<TextPosition>>comparingDouble(p -> Math.round(p.get(0).getYDirAdj() * 4) / 4.0)
                    .thenComparingDouble(p -> p.get(0).getXDirAdj()));
            List<Word> words = new ArrayList<>(ordered.size());
            List<TextPosition> word = new ArrayList<>();
            for (List<TextPosition> piece : ordered) {
                if (!word.isEmpty() && !touching(word.get(word.size() - 1), piece.get(0))) {
                    words.add(word(word));
                    word.clear();
                }
                word.addAll(piece);
            }
            if (!word.isEmpty()) {
                words.add(word(word));
            }
            return words;
        }

        private static boolean touching(TextPosition before, TextPosition next) {
            float size = Math.max(before.getFontSizeInPt(), next.getFontSizeInPt());
            float gap = next.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
            return Math.abs(next.getYDirAdj() - before.getYDirAdj()) < size * 0.1f
                    && Math.abs(gap) < size * TOUCHING
                    && Math.abs(next.getFontSizeInPt() - before.getFontSizeInPt()) < 0.5f;
        }

        private static Word word(List<TextPosition> glyphs) {
            StringBuilder text = new StringBuilder();
            float left = Float.MAX_VALUE;
            float right = 0;
            float top = Float.MAX_VALUE;
            float bottom = 0;
            for (TextPosition g : glyphs) {
                text.append(withoutLigature(g.getUnicode()));
                float size = g.getFontSizeInPt();
                left = Math.min(left, g.getXDirAdj());
                right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
                // baseline-relative box: ascent ~0.75 em above, descent ~0.22 em below
                top = Math.min(top, g.getYDirAdj() - size * 0.75f);
                bottom = Math.max(bottom, g.getYDirAdj() + size * 0.22f);
            }
            TextPosition first = glyphs.get(0);
            float width = first.getPageWidth();
            float height = first.getPageHeight();
            return new Word(text.toString(), clamp(left / width), clamp(top / height), clamp(right / width),
                    clamp(bottom / height), CONFIDENCE);
        }

        private static float clamp(float v) {
            return Math.max(0, Math.min(1, v));
        }
    }
}
