package io.barback.textract;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * The words a text PDF prints as pictures: a letterhead whose name is a logo, a stamp. Textract
 * reads a page as it looks, so it reads them; a text layer does not have them. Each picture of a
 * size to hold words is cut from the page rendered as for OCR and read, and its words join the
 * text layer's where the text layer has none of its own. Only words read surely are kept: a
 * drawing, a photograph or a barcode gives Tesseract shapes it is unsure of.
 */
final class PdfPictures {

    /** A picture narrower or lower than this (a share of the page) holds no word worth reading: a rule, an icon. */
    private static final float MIN_WIDTH = 0.08f;
    private static final float MIN_HEIGHT = 0.02f;
    /** A picture over more than this share of the page is its background or the page itself: its text is the text layer's. */
    private static final float MAX_AREA = 0.4f;
    /** At most this many pictures a page are read. */
    private static final int MAX_PICTURES = 4;
    /** A word read from a picture with less certainty than this is left out. */
    private static final float SURE = 80f;

    /** Where a picture is drawn, in page fractions from the top left. */
    record Placement(float left, float top, float right, float bottom) {

        float area() {
            return (right - left) * (bottom - top);
        }
    }

    private PdfPictures() {
    }

    /** The words of the page's pictures that the text layer does not already hold. */
    static List<Word> words(PDDocument document, int pageIndex, List<Word> textLayer, TesseractOcr ocr) throws IOException {
        PDPage page = document.getPage(pageIndex);
        if (page.getRotation() % 360 != 0) {
            return List.of();
        }
        List<Placement> pictures = placements(page).stream()
                .filter(p -> p.right() - p.left() >= MIN_WIDTH && p.bottom() - p.top() >= MIN_HEIGHT && p.area() <= MAX_AREA)
                .limit(MAX_PICTURES)
                .toList();
        if (pictures.isEmpty()) {
            return List.of();
        }
        int dpi = DocumentReader.OCR_DPI;
        BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
        int width = rendered.getWidth();
        int height = rendered.getHeight();
        List<Word> words = new ArrayList<>();
        for (Placement p : pictures) {
            int x0 = Math.max(0, (int) Math.floor(p.left() * width));
            int y0 = Math.max(0, (int) Math.floor(p.top() * height));
            int x1 = Math.min(width, (int) Math.ceil(p.right() * width));
            int y1 = Math.min(height, (int) Math.ceil(p.bottom() * height));
            if (x1 - x0 < 16 || y1 - y0 < 16) {
                continue;
            }
            BufferedImage cut = rendered.getSubimage(x0, y0, x1 - x0, y1 - y0);
            for (Word w : ocr.readPicture(cut, dpi)) {
                Word placed = new Word(w.text(), (x0 + w.left() * (x1 - x0)) / width, (y0 + w.top() * (y1 - y0)) / height,
                        (x0 + w.right() * (x1 - x0)) / width, (y0 + w.bottom() * (y1 - y0)) / height, w.confidence());
                // a word of two letters or figures at least, or the ampersand of a name ("Kestrel & Finch")
                if (placed.confidence() >= SURE && (placed.text().codePoints().filter(Character::isLetterOrDigit).count() >= 2
                        || placed.text().equals("&"))
                        && textLayer.stream().noneMatch(t -> overlaps(t, placed))) {
                    words.add(placed);
                }
            }
        }
        return words;
    }

    private static boolean overlaps(Word a, Word b) {
        return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
    }

    /** Where each picture the page draws (an image XObject or an inline image) lands on it. */
    static List<Placement> placements(PDPage page) throws IOException {
        Finder finder = new Finder(page);
        finder.processPage(page);
        return finder.placements;
    }

    /** Walks the page's content and notes where each picture is drawn; the rest of the drawing is of no interest. */
    private static final class Finder extends PDFGraphicsStreamEngine {

        private final PDRectangle box;
        private final List<Placement> placements = new ArrayList<>();
        private final Point2D.Float current = new Point2D.Float();

        Finder(PDPage page) {
            super(page);
            this.box = page.getCropBox();
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            // the picture fills the unit square of its own space
            for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
                minX = Math.min(minX, p.x);
                minY = Math.min(minY, p.y);
                maxX = Math.max(maxX, p.x);
                maxY = Math.max(maxY, p.y);
            }
            float w = box.getWidth();
            float h = box.getHeight();
            float left = clamp((minX - box.getLowerLeftX()) / w);
            float right = clamp((maxX - box.getLowerLeftX()) / w);
            float top = clamp(1 - (maxY - box.getLowerLeftY()) / h);
            float bottom = clamp(1 - (minY - box.getLowerLeftY()) / h);
            if (right > left && bottom > top) {
                placements.add(new Placement(left, top, right, bottom));
            }
        }

        private static float clamp(float v) {
            return Math.max(0, Math.min(1, v));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current.setLocation(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
