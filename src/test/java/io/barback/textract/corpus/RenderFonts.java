package io.barback.textract.corpus;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * For rendering scans and photos only: draws Times and Courier with DejaVu Serif / Sans Mono glyphs fitted to the
 * Adobe widths when the machine has no metric-compatible fonts (PDFBox would fall back to a sans face). Text PDFs
 * are unaffected; without the DejaVu files nothing changes.
 */
final class RenderFonts implements FontMapper {

    private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/";
    private static final Map<String, String> FACES = Map.of(
            "Times-Roman", "DejaVuSerifCondensed.ttf", "Times-Bold", "DejaVuSerifCondensed-Bold.ttf",
            "Times-Italic", "DejaVuSerifCondensed-Italic.ttf", "Times-BoldItalic",
            "DejaVuSerifCondensed-BoldItalic.ttf", "Courier", "DejaVuSansMono.ttf", "Courier-Bold",
            "DejaVuSansMono-Bold.ttf");

    private final FontMapper fallback;

    private RenderFonts(FontMapper fallback) {
        this.fallback = fallback;
    }

    /** Must run before the first standard 14 font object is created. */
    static void install() {
        FontMappers.set(new RenderFonts(FontMappers.instance()));
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return fallback.getTrueTypeFont(baseFont, descriptor);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        String face = FACES.get(baseFont);
        File file = face == null ? null : new File(DEJAVU + face);
        if (file == null || !file.isFile()) {
            return fallback.getFontBoxFont(baseFont, descriptor);
        }
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return new FontMapping<>(new Fitted(ttf, Standard14Fonts.getAFM(baseFont)), true);
        } catch (IOException e) {
            return fallback.getFontBoxFont(baseFont, descriptor);
        }
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
        return fallback.getCIDFont(baseFont, descriptor, info);
    }

    /** A TrueType face whose glyphs are scaled horizontally to the advance widths of a standard 14 font. */
    private record Fitted(TrueTypeFont ttf, FontMetrics metrics) implements FontBoxFont {

        @Override
        public String getName() throws IOException {
            return ttf.getName();
        }

        @Override
        public BoundingBox getFontBBox() throws IOException {
            return ttf.getFontBBox();
        }

        @Override
        public List<Number> getFontMatrix() throws IOException {
            return ttf.getFontMatrix();
        }

        @Override
        public GeneralPath getPath(String name) throws IOException {
            GeneralPath path = ttf.getPath(name);
            float own = ttf.getWidth(name);
            float target = metrics.getCharacterWidth(name) * ttf.getUnitsPerEm() / 1000f;
            if (own <= 0 || target <= 0) {
                return path;
            }
            GeneralPath fitted = new GeneralPath(path);
            fitted.transform(AffineTransform.getScaleInstance(Math.min(1, target / own), 1));
            return fitted;
        }

        @Override
        public float getWidth(String name) throws IOException {
            return ttf.getWidth(name);
        }

        @Override
        public boolean hasGlyph(String name) throws IOException {
            return ttf.hasGlyph(name);
        }
    }
}
