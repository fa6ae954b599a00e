package io.barback.textract.corpus;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** One A4 page to draw on with a top-left origin in points; text in the standard 14 fonts (WinAnsi). */
final class PageCanvas implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();

    static final PDFont HELVETICA = new PDType1Font(FontName.HELVETICA);
    static final PDFont HELVETICA_BOLD = new PDType1Font(FontName.HELVETICA_BOLD);
    static final PDFont TIMES = new PDType1Font(FontName.TIMES_ROMAN);
    static final PDFont TIMES_BOLD = new PDType1Font(FontName.TIMES_BOLD);
    static final PDFont TIMES_ITALIC = new PDType1Font(FontName.TIMES_ITALIC);
    static final PDFont TIMES_BOLD_ITALIC = new PDType1Font(FontName.TIMES_BOLD_ITALIC);
    static final PDFont COURIER = new PDType1Font(FontName.COURIER);
    static final PDFont COURIER_BOLD = new PDType1Font(FontName.COURIER_BOLD);

    private final PDPageContentStream content;
    private Color textColour = Color.BLACK;

    PageCanvas(PDDocument document) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        this.content = new PDPageContentStream(document, page);
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException("cannot measure " + text, e);
        }
    }

    /** Text with its baseline {@code y} points below the top edge. */
    void text(PDFont font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setNonStrokingColor(textColour);
        content.setFont(font, size);
        content.newLineAtOffset(x, HEIGHT - y);
        content.showText(text);
        content.endText();
    }

    void right(PDFont font, float size, float rightX, float y, String text) throws IOException {
        text(font, size, rightX - width(font, size, text), y, text);
    }

    void centre(PDFont font, float size, float centreX, float y, String text) throws IOException {
        text(font, size, centreX - width(font, size, text) / 2, y, text);
    }

    void textColour(Color colour) {
        this.textColour = colour;
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        content.setStrokingColor(Color.BLACK);
        content.setLineWidth(lineWidth);
        content.moveTo(x1, HEIGHT - y1);
        content.lineTo(x2, HEIGHT - y2);
        content.stroke();
    }

    void hline(float x1, float x2, float y, float lineWidth) throws IOException {
        line(x1, y, x2, y, lineWidth);
    }

    /** A rectangle outline; {@code y} is its top edge. */
    void box(float x, float y, float w, float h, float lineWidth) throws IOException {
        content.setStrokingColor(Color.BLACK);
        content.setLineWidth(lineWidth);
        content.addRect(x, HEIGHT - y - h, w, h);
        content.stroke();
    }

    void fill(float x, float y, float w, float h, Color colour) throws IOException {
        content.setNonStrokingColor(colour);
        content.addRect(x, HEIGHT - y - h, w, h);
        content.fill();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
