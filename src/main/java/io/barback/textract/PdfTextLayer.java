package io.barback.textract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Words with their positions from a PDF page's own text layer (no OCR): exact text, exact boxes,
 * certainty 99.9. Glyphs are joined into words on spaces and on gaps wider than a third of the
 * font size, so that table cells drawn close together still come apart.
 */
final class PdfTextLayer {

    /** Fewer printable characters than this and the page is treated as a scan. */
    static final int MIN_TEXT_CHARACTERS = 20;

    private PdfTextLayer() {
    }

    static List<Word> words(PDDocument document, int pageIndex) throws IOException {
        Collector collector = new Collector();
        collector.setSortByPosition(true);
        collector.setStartPage(pageIndex + 1);
        collector.setEndPage(pageIndex + 1);
        collector.getText(document);
        return collector.words;
    }

    static int printableCharacters(List<Word> words) {
        return words.stream().mapToInt(w -> w.text().length()).sum();
    }

    private static final class Collector extends PDFTextStripper {

        private final List<Word> words = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<TextPosition> current = new ArrayList<>();
            TextPosition previous = null;
            for (TextPosition glyph : positions) {
                String unicode = glyph.getUnicode();
                boolean blank = unicode == null || unicode.isBlank();
                boolean gap = previous != null && glyph.getXDirAdj()
                        - (previous.getXDirAdj() + previous.getWidthDirAdj()) > glyph.getFontSizeInPt() / 3;
                if (blank || gap) {
                    flush(current);
                }
                if (!blank) {
                    current.add(glyph);
                }
                previous = glyph;
            }
            flush(current);
        }

        private void flush(List<TextPosition> glyphs) {
            if (glyphs.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            float left = Float.MAX_VALUE;
            float right = 0;
            float top = Float.MAX_VALUE;
            float bottom = 0;
            for (TextPosition g : glyphs) {
                text.append(g.getUnicode());
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
            words.add(new Word(text.toString(), clamp(left / width), clamp(top / height), clamp(right / width),
                    clamp(bottom / height), 99.9f));
            glyphs.clear();
        }

        private static float clamp(float v) {
            return Math.max(0, Math.min(1, v));
        }
    }
}
