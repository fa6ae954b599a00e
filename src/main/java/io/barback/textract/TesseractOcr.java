package io.barback.textract;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.barback.documents.PrintedValues;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.leptonica.BOX;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.bytedeco.leptonica.global.leptonica.L_SEVERITY_ERROR;
import static org.bytedeco.leptonica.global.leptonica.L_TEXT_ORIENT_DOWN;
import static org.bytedeco.leptonica.global.leptonica.L_TEXT_ORIENT_LEFT;
import static org.bytedeco.leptonica.global.leptonica.L_TEXT_ORIENT_RIGHT;
import static org.bytedeco.leptonica.global.leptonica.boxCreate;
import static org.bytedeco.leptonica.global.leptonica.boxDestroy;
import static org.bytedeco.leptonica.global.leptonica.makeOrientDecision;
import static org.bytedeco.leptonica.global.leptonica.pixClipRectangle;
import static org.bytedeco.leptonica.global.leptonica.pixConvertTo1;
import static org.bytedeco.leptonica.global.leptonica.pixCopy;
import static org.bytedeco.leptonica.global.leptonica.pixDeskewGeneral;
import static org.bytedeco.leptonica.global.leptonica.pixDestroy;
import static org.bytedeco.leptonica.global.leptonica.pixGetData;
import static org.bytedeco.leptonica.global.leptonica.pixGetDepth;
import static org.bytedeco.leptonica.global.leptonica.pixGetHeight;
import static org.bytedeco.leptonica.global.leptonica.pixGetWidth;
import static org.bytedeco.leptonica.global.leptonica.pixGetWpl;
import static org.bytedeco.leptonica.global.leptonica.pixOrientDetect;
import static org.bytedeco.leptonica.global.leptonica.pixReadMem;
import static org.bytedeco.leptonica.global.leptonica.pixRotateOrth;
import static org.bytedeco.leptonica.global.leptonica.pixScale;
import static org.bytedeco.leptonica.global.leptonica.setMsgSeverity;
import static org.bytedeco.tesseract.global.tesseract.PSM_AUTO;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_CHAR;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_WORD;
import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;

/**
 * OCR of a page image with Tesseract (through JavaCPP) and Leptonica: the page is turned upright
 * (text-orientation detection), straightened (skew search), then read word by word with each
 * word's box and certainty. Tesseract instances are not thread-safe, so a small pool is kept;
 * eng.traineddata comes from the classpath, nothing is downloaded.
 */
final class TesseractOcr implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TesseractOcr.class);
    private static final String TRAINEDDATA = "tessdata/eng.traineddata";
    /**
     * A dash or a slash standing alone between words ("Beaune - Irlande / Pallet freight"): kept
     * when Tesseract is sure of it; a speck or a ruling's end read as one is not.
     */
    private static final Pattern SEPARATOR = Pattern.compile("[-–/]");
    private static final float SURE_SEPARATOR = 80;

    private final BlockingQueue<TessBaseAPI> idle;
    private final AtomicInteger created = new AtomicInteger();
    private final int size;
    private final Path tessdata;

    static {
        // Leptonica writes its notes ("not enough confidence to get orientation") to stderr
        setMsgSeverity(L_SEVERITY_ERROR);
    }

    TesseractOcr(int size) {
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
        this.tessdata = extractTraineddata();
    }

    /** Below this mean word certainty a page is tried in the other orientations too. */
    static final float DOUBTFUL_CONFIDENCE = 60f;

    /** Reads the words of a page image; {@code dpi} is the image's resolution, used by Tesseract's heuristics. */
    PageText read(BufferedImage image, int dpi) {
        PIX gray = toPix(image);
        try {
            int guess = uprightQuads(gray);
            PageText best = readTurned(gray, guess, dpi);
            if (quality(best) >= DOUBTFUL_CONFIDENCE) {
                return best;
            }
            // the detector can be fooled (a sparse page, a photo). A page read upside down gives
            // garbage with low certainty; a page on its side comes back as columns of upright-looking
            // words stacked vertically. Try the other ways round and keep the surest reading.
            boolean sideways = sidewaysShare(best) > 0.5f || pixGetWidth(gray) > pixGetHeight(gray);
            int[] order = sideways ? new int[] {1, 3, 0, 2} : new int[] {2, 0, 1, 3};
            for (int quads : order) {
                if (quads == guess) {
                    continue;
                }
                PageText other = readTurned(gray, quads, dpi);
                if (quality(other) > quality(best)) {
                    best = other;
                }
                if (quality(best) >= DOUBTFUL_CONFIDENCE + 10) {
                    break;
                }
            }
            return best;
        } finally {
            release(gray);
        }
    }

    /** White margin set around a picture before it is read: Tesseract finds letters that touch the edge badly. */
    private static final int PICTURE_MARGIN = 12;

    /**
     * The words of a picture cut from a page (a letterhead's logo), read as it stands: a picture is
     * upright and straight on a text PDF's page. Boxes in fractions of the picture.
     */
    List<Word> readPicture(BufferedImage picture, int dpi) {
        if (meanGrey(picture) < DARK_PICTURE) {
            // a logo of light letters on a dark ground: Tesseract reads dark ink on light paper
            picture = inverted(picture);
        }
        BufferedImage framed = new BufferedImage(picture.getWidth() + 2 * PICTURE_MARGIN,
                picture.getHeight() + 2 * PICTURE_MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = framed.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, framed.getWidth(), framed.getHeight());
            g.drawImage(picture, PICTURE_MARGIN, PICTURE_MARGIN, null);
        } finally {
            g.dispose();
        }
        PIX gray = toPix(framed);
        try {
            float w = framed.getWidth();
            float h = framed.getHeight();
            List<Word> words = new ArrayList<>();
            for (Word word : recognise(gray, dpi, null, PSM_SPARSE_TEXT)) {
                // back to fractions of the picture without its margin
                words.add(new Word(word.text(), unframe(word.left() * w, picture.getWidth()),
                        unframe(word.top() * h, picture.getHeight()), unframe(word.right() * w, picture.getWidth()),
                        unframe(word.bottom() * h, picture.getHeight()), word.confidence()));
            }
            return words;
        } finally {
            release(gray);
        }
    }

    /** A picture darker on average than this is light letters on a dark ground. */
    private static final int DARK_PICTURE = 110;

    /** The mean grey of a picture (its first band: a grey picture's only one). */
    private static int meanGrey(BufferedImage picture) {
        long sum = 0;
        var raster = picture.getRaster();
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                sum += raster.getSample(x, y, 0);
            }
        }
        return (int) (sum / Math.max(1L, (long) picture.getWidth() * picture.getHeight()));
    }

    /** A grey copy of the picture, light for dark. */
    private static BufferedImage inverted(BufferedImage picture) {
        BufferedImage out = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var from = picture.getRaster();
        var to = out.getRaster();
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                to.setSample(x, y, 0, 255 - from.getSample(x, y, 0));
            }
        }
        return out;
    }

    private static float unframe(float framed, int size) {
        return Math.max(0, Math.min(1, (framed - PICTURE_MARGIN) / size));
    }

    private PageText readTurned(PIX gray, int quads, int dpi) {
        // every handle Leptonica gives back is released once: a deskew that finds nothing to do
        // returns a clone (the same image, its reference count raised), which needs its own release
        PIX upright = quads == 0 ? null : pixRotateOrth(gray, quads);
        PIX source = upright == null ? gray : upright;
        float[] angle = new float[1];
        float[] confidence = new float[1];
        PIX straight = pixDeskewGeneral(source, 0, 0f, 0f, 0, 0, angle, confidence);
        Whitened turned = null;
        try {
            PIX page = straight == null ? source : straight;
            List<Word> words = recognise(page, dpi, null, PSM_AUTO);
            // text on a band of colour (a banner, column titles, a totals bar), once the page is
            // straight so that a band lies along the pixel rows: each band made dark on white and
            // read on its own, in place of what the page's reading made of it. Read alone, so
            // that the rest of the page is read exactly as without them.
            turned = withBandsWhitened(page);
            if (turned != null) {
                int width = pixGetWidth(page);
                int height = pixGetHeight(page);
                for (ShadedBands.Band band : turned.bands()) {
                    List<Word> inBand = recognise(turned.pix(), dpi, band, PSM_AUTO);
                    List<Word> asRead = words.stream().filter(w -> band.contains((w.left() + w.right()) / 2,
                            (w.top() + w.bottom()) / 2, width, height)).toList();
                    // Tesseract reads some such text by itself: the band's own reading replaces
                    // the page's only where it makes out clearly more
                    if (sureCharacters(inBand) > BAND_READING_GAIN * sureCharacters(asRead)) {
                        words.removeAll(asRead);
                        words.addAll(inBand);
                    }
                }
            }
            float aspect = (float) pixGetHeight(page) / pixGetWidth(page);
            words = withTableReadAgain(page, dpi, words, aspect);
            words.addAll(lostQuantities(page, dpi, words, aspect));
            words = identifiersReadTwice(page, dpi, words);
            return new PageText(words, PageText.Source.OCR, quads * 90, angle[0], aspect);
        } finally {
            release(turned == null ? null : turned.pix());
            releaseResult(straight, source);
            release(upright);
        }
    }

    /** The table is read again when at least one of this many of its rows made no item. */
    private static final int LOST_SHARE = 10;

    /**
     * A table whose rows were not all read: Tesseract's page layout can take a column of figures
     * for vertical text or for no text at all (a table a little skewed, its columns far apart), and
     * lose rows with it. When the items read do not add up to an amount printed under them and
     * a tenth of the table's rows of figures and words made no item (or there are no items), what
     * is under the header is read again as one block of lines, row after row, and that reading stands
     * in for the page's there when its items add up (or when the page's reading had none).
     */
    private List<Word> withTableReadAgain(PIX page, int dpi, List<Word> words, float aspect) {
        List<Layout.Row> rows = Layout.rows(words, aspect, true);
        Optional<LineItemTable.Table> table = LineItemTable.find(rows, aspect);
        if (table.isEmpty() || table.get().header() == null || addsUp(table.get(), rows)) {
            return words;
        }
        int items = table.get().items().size();
        int lost = LineItemTable.rowsLost(rows, table.get());
        if (items > 0 && (lost * LOST_SHARE < items + lost || amountsUnder(table.get(), rows).findAny().isEmpty())) {
            // a row or two misread in a long table (a figure garbled, which a second reading does not
            // mend), or nothing under the items to check a second reading by (page 1 of 3)
            return words;
        }
        int width = pixGetWidth(page);
        int height = pixGetHeight(page);
        float below = table.get().header().bottom();
        // to the page's foot: a region cut short at the totals read worse (Tesseract sets its
        // threshold of black on what it is given, and a band of dense rows misleads it)
        int top = Math.min(height - 1, Math.round(below * height) + 1);
        List<Word> again = recognise(page, dpi, new ShadedBands.Band(top, height - 1, 0, width), PSM_SINGLE_BLOCK);
        List<Word> merged = new ArrayList<>(words.stream().filter(w -> (w.top() + w.bottom()) / 2 < below).toList());
        merged.addAll(again);
        List<Layout.Row> rereadRows = Layout.rows(merged, aspect, true);
        Optional<LineItemTable.Table> reread = LineItemTable.find(rereadRows, aspect);
        if (reread.isEmpty()) {
            return words;
        }
        // more items alone is no proof (a speck makes an item of garbage): they must add up, unless there were none
        boolean better = addsUp(reread.get(), rereadRows)
                || table.get().items().isEmpty() && !reread.get().items().isEmpty();
        return better ? merged : words;
    }

    /** Whether the table's items add up to an amount printed under them (their subtotal, or the total). */
    private static boolean addsUp(LineItemTable.Table table, List<Layout.Row> rows) {
        if (table.items().isEmpty()) {
            return false;
        }
        BigDecimal sum = LineItemTable.sum(table.items());
        return amountsUnder(table, rows).anyMatch(a -> a.compareTo(sum) == 0);
    }

    /** The amounts printed under the table's last item. */
    private static Stream<BigDecimal> amountsUnder(LineItemTable.Table table, List<Layout.Row> rows) {
        float last = (float) table.items().stream().mapToDouble(i -> i.row().bottom()).max().orElse(table.header().bottom());
        return rows.stream().filter(r -> r.top() >= last).flatMap(r -> r.segments().stream())
                .map(seg -> PrintedValues.amount(seg.text())).flatMap(Optional::stream);
    }

    /** How far, in heights of the title's letters, a quantity may stand beside its column's title. */
    private static final float QUANTITY_REACH = 3;

    /**
     * Quantities the page's reading lost from its line-item table (a lone "1", a thin stroke, is
     * often no word to Tesseract's page layout, and a photo loses more): for each item with no
     * quantity, under a quantity column whose title was read, that cell alone is read again as a
     * figure, and what Tesseract is sure of there joins the page's words.
     */
    private List<Word> lostQuantities(PIX page, int dpi, List<Word> words, float aspect) {
        Optional<LineItemTable.Table> table = LineItemTable.find(Layout.rows(words, aspect, true), aspect);
        if (table.isEmpty()) {
            return List.of();
        }
        List<LineItemTable.Col> columns = table.get().columns();
        int q = 0;
        while (q < columns.size() && columns.get(q).kind() != LineItemTable.Column.QUANTITY) {
            q++;
        }
        if (q == columns.size()) {
            return List.of();
        }
        LineItemTable.Col col = columns.get(q);
        // the cell spans from halfway to the column before to halfway to the column after, as the table reads it
        // but no further from its title than a few characters: a long description may run that far
        float reach = QUANTITY_REACH * table.get().header().wordHeight() * aspect;
        float from = Math.max(col.left() - reach, q == 0 ? 0 : (columns.get(q - 1).right() + col.left()) / 2);
        float to = Math.min(col.right() + reach, q == columns.size() - 1 ? 1 : (col.right() + columns.get(q + 1).left()) / 2);
        int width = pixGetWidth(page);
        int height = pixGetHeight(page);
        List<int[]> cells = new ArrayList<>();
        for (LineItemTable.Item item : table.get().items()) {
            LineItemTable.Cell quantity = item.cells().get(LineItemTable.Column.QUANTITY);
            if (quantity != null && PrintedValues.number(quantity.text()).isPresent()) {
                continue;
            }
            float pad = (item.row().bottom() - item.row().top()) / 3;
            int top = Math.max(0, Math.round((item.row().top() - pad) * height));
            int bottom = Math.min(height, Math.round((item.row().bottom() + pad) * height));
            int left = Math.max(0, Math.round(from * width));
            int right = Math.min(width, Math.round(to * width));
            if (right > left && bottom > top) {
                cells.add(new int[] {left, top, right - left, bottom - top});
            }
        }
        if (cells.isEmpty()) {
            return List.of();
        }
        List<Word> found = new ArrayList<>();
        TessBaseAPI api = borrow();
        try {
            api.SetImage(page);
            api.SetSourceResolution(dpi);
            api.SetVariable("tessedit_char_whitelist", "0123456789.,");
            for (int[] c : cells) {
                readFigure(api, c[0], c[1], c[2], c[3], width, height)
                        .filter(w -> w.confidence() >= SURE_LOST_FIGURE && PrintedValues.number(w.text()).isPresent())
                        .ifPresent(found::add);
            }
        } finally {
            api.SetVariable("tessedit_char_whitelist", "");
            api.SetPageSegMode(PSM_AUTO);
            api.Clear();
            idle.offer(api);
        }
        return found;
    }

    /** A word that names something exactly: four characters or more with a digit, not money (a number, a code, a date). */
    private static final Pattern IDENTIFIER = Pattern.compile("(?=.*\\d)[\\p{L}\\d/\\-.#]{4,}");
    /** At most this many words of a page are read a second time (a long table of codes has many): about 0.5 s. */
    private static final int MAX_SECOND_READINGS = 40;
    /** How much larger a word is made for its second reading. */
    private static final float SECOND_READING_SCALE = 2f;
    /** A second reading less sure than this is no reading: a crop read alone can give garbage. */
    private static final float SURE_SECOND_READING = 80f;
    /** The certainty left to a word its second reading contradicts: below what is booked unseen. */
    static final float CONTRADICTED = 50f;

    static boolean identifier(String text) {
        return IDENTIFIER.matcher(text).matches() && !PrintedValues.toTheCent(text);
    }

    /**
     * Every word that names something exactly (an invoice number, a code, a date) read a second
     * time, alone and twice the size. A letter Tesseract took for another with confidence ("TEC"
     * for "TFC", E for F) is often read otherwise then: a word a sure second reading contradicts
     * keeps its text but loses its certainty, so that what rests on it goes to a person rather than
     * into the books. A number read doubtfully among the page's other words (a scan's speckle beside
     * it) is often read surely alone: when both readings say the same, the surer one counts. A
     * second reading that makes out little (a crop read as garbage) counts for nothing either way.
     */
    private List<Word> identifiersReadTwice(PIX page, int dpi, List<Word> words) {
        int width = pixGetWidth(page);
        int height = pixGetHeight(page);
        List<Word> out = new ArrayList<>(words);
        int read = 0;
        TessBaseAPI api = borrow();
        try {
            for (int i = 0; i < out.size() && read < MAX_SECOND_READINGS; i++) {
                Word w = out.get(i);
                if (!identifier(w.text()) || w.confidence() < CONTRADICTED) {
                    continue;
                }
                read++;
                int boxHeight = Math.max(1, Math.round((w.bottom() - w.top()) * height));
                int pad = Math.max(2, boxHeight / 3);
                int left = Math.max(0, Math.round(w.left() * width) - pad);
                int top = Math.max(0, Math.round(w.top() * height) - pad);
                int right = Math.min(width, Math.round(w.right() * width) + pad);
                int bottom = Math.min(height, Math.round(w.bottom() * height) + pad);
                Optional<Word> again = readAlone(api, page, left, top, right - left, bottom - top, dpi);
                if (again.isEmpty()) {
                    continue;
                }
                float certainty = again.get().confidence();
                if (sameReading(w.text(), again.get().text())) {
                    out.set(i, w.withConfidence(Math.max(w.confidence(), certainty)));
                } else if (certainty >= SURE_SECOND_READING) {
                    LOG.debug("A second reading of {} gave {}: left to a person", w.text(), again.get().text());
                    out.set(i, w.withConfidence(Math.min(w.confidence(), CONTRADICTED)));
                }
            }
        } finally {
            api.SetPageSegMode(PSM_AUTO);
            api.Clear();
            idle.offer(api);
        }
        return out;
    }

    /** The same, on an image already upright and straight. */
    List<Word> identifiersReadTwice(BufferedImage image, int dpi, List<Word> words) {
        PIX pix = toPix(image);
        try {
            return identifiersReadTwice(pix, dpi, words);
        } finally {
            release(pix);
        }
    }

    /** The text of a region read alone as one line, made larger first, with its least certain word's certainty (no box). */
    private static Optional<Word> readAlone(TessBaseAPI api, PIX page, int left, int top, int w, int h, int dpi) {
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        BOX box = boxCreate(left, top, w, h);
        PIX clipped = pixClipRectangle(page, box, (BOX) null);
        PIX larger = clipped == null ? null : pixScale(clipped, SECOND_READING_SCALE, SECOND_READING_SCALE);
        try {
            if (larger == null) {
                return Optional.empty();
            }
            api.SetImage(larger);
            api.SetSourceResolution(Math.round(dpi * SECOND_READING_SCALE));
            api.SetPageSegMode(PSM_SINGLE_LINE);
            if (api.Recognize(null) != 0) {
                return Optional.empty();
            }
            ResultIterator it = api.GetIterator();
            if (it == null) {
                return Optional.empty();
            }
            StringBuilder text = new StringBuilder();
            float confidence = 100;
            try {
                do {
                    String word = wordText(it);
                    if (word != null) {
                        text.append(cleanWord(word));
                        confidence = Math.min(confidence, it.Confidence(RIL_WORD));
                    }
                } while (it.Next(RIL_WORD));
            } finally {
                it.deallocate();
            }
            return text.isEmpty() ? Optional.empty() : Optional.of(new Word(text.toString(), 0, 0, 0, 0, confidence));
        } finally {
            release(larger);
            release(clipped);
            boxDestroy(box);
        }
    }

    /** Whether two readings of a word say the same, marks at its ends aside (a speck of the padding read as a point). */
    static boolean sameReading(String first, String second) {
        return trimMarks(first).equals(trimMarks(second));
    }

    private static String trimMarks(String text) {
        return text.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
    }

    /** How much more a band read on its own must make out than the page's reading of it. */
    static final float BAND_READING_GAIN = 1.25f;
    /** A word read with at least this certainty counts as made out. */
    static final float SURE = 80f;

    /** The letters and digits of the words read with some certainty. */
    static int sureCharacters(List<Word> words) {
        int n = 0;
        for (Word w : words) {
            if (w.confidence() >= SURE) {
                n += (int) w.text().chars().filter(Character::isLetterOrDigit).count();
            }
        }
        return n;
    }

    /** A copy of a page with its bands made dark on white, and where they are. */
    private record Whitened(PIX pix, List<ShadedBands.Band> bands) {
    }

    /** A copy of an 8-bit page with its bands made dark on white ({@link ShadedBands}); null when it has none. */
    private static Whitened withBandsWhitened(PIX page) {
        if (pixGetDepth(page) != 8) {
            return null;
        }
        int w = pixGetWidth(page);
        int h = pixGetHeight(page);
        int wpl = pixGetWpl(page);
        // Leptonica keeps four 8-bit pixels in each 32-bit word, the leftmost in the high byte
        int[] words = new int[h * wpl];
        pixGetData(page).get(words);
        byte[] gray = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                gray[y * w + x] = (byte) (words[y * wpl + (x >> 2)] >>> (24 - 8 * (x & 3)));
            }
        }
        List<ShadedBands.Band> bands = ShadedBands.whiten(gray, 0, w, h);
        if (bands.isEmpty()) {
            return null;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int at = y * wpl + (x >> 2);
                int shift = 24 - 8 * (x & 3);
                words[at] = (words[at] & ~(0xff << shift)) | ((gray[y * w + x] & 0xff) << shift);
            }
        }
        PIX copy = pixCopy(null, page);
        pixGetData(copy).put(words);
        return new Whitened(copy, bands);
    }

    /** How well a reading went: the words' mean certainty, less a penalty for words standing on end. */
    static float quality(PageText page) {
        return meanConfidence(page.words()) - 100 * sidewaysShare(page);
    }

    /** The share of words of three letters or more whose box is taller than wide: text read across its lines. */
    static float sidewaysShare(PageText page) {
        int words = 0;
        int upright = 0;
        for (Word w : page.words()) {
            if (w.text().length() >= 3) {
                words++;
                if (w.height() * page.aspect() > w.width()) {
                    upright++;
                }
            }
        }
        return words == 0 ? 0 : (float) upright / words;
    }

    /** The mean certainty of the words, weighted by their length (stray specks count little). */
    static float meanConfidence(List<Word> words) {
        double sum = 0;
        int weight = 0;
        for (Word w : words) {
            int n = w.text().length();
            sum += (double) w.confidence() * n;
            weight += n;
        }
        return weight == 0 ? 0 : (float) (sum / weight);
    }

    /** The words of a page, or of one band of it when {@code band} is given (their boxes still on the page). */
    private List<Word> recognise(PIX pix, int dpi, ShadedBands.Band band, int mode) {
        TessBaseAPI api = borrow();
        try {
            api.SetPageSegMode(mode);
            api.SetImage(pix);
            api.SetSourceResolution(dpi);
            if (band != null) {
                api.SetRectangle(band.left(), band.top(), band.right() - band.left(), band.bottom() - band.top() + 1);
            }
            if (api.Recognize(null) != 0) {
                throw TextractException.internal("Tesseract could not read the page", null);
            }
            float width = pixGetWidth(pix);
            float height = pixGetHeight(pix);
            List<Word> words = new ArrayList<>();
            List<int[]> doubtful = new ArrayList<>();
            ResultIterator it = api.GetIterator();
            if (it == null) {
                return words;
            }
            int[] x0 = new int[1];
            int[] y0 = new int[1];
            int[] x1 = new int[1];
            int[] y1 = new int[1];
            do {
                String raw = wordText(it);
                if (raw == null) {
                    continue;
                }
                float confidence = it.Confidence(RIL_WORD);
                String value = SEPARATOR.matcher(raw).matches() && confidence >= SURE_SEPARATOR ? raw : cleanWord(raw);
                if (value.isEmpty() || !it.BoundingBox(RIL_WORD, x0, y0, x1, y1)) {
                    continue;
                }
                if (confidence < 30 && value.length() <= 2) {
                    // specks and smudges read as a letter or two
                    continue;
                }
                if (value.length() <= 2 && confidence < 90 && !value.matches("\\d+")
                        || value.length() == 3 && confidence < 75) {
                    doubtful.add(new int[] {words.size(), x0[0], y0[0], x1[0], y1[0]});
                }
                words.add(new Word(value, x0[0] / width, y0[0] / height, x1[0] / width, y1[0] / height, confidence));
            } while (it.Next(RIL_WORD));
            it.deallocate();
            if (mode == PSM_AUTO) {
                // what the page's layout analysis loses; a block read line by line keeps its figures
                rereadAsDigits(api, words, doubtful, width, height);
                readLostFigures(api, words, width, height);
            }
            return words;
        } finally {
            api.SetPageSegMode(PSM_AUTO);
            api.Clear();
            idle.offer(api);
        }
    }

    /** The text of the iterator's current word, stripped; null when it has none. */
    private static String wordText(ResultIterator it) {
        BytePointer text = it.GetUTF8Text(RIL_WORD);
        if (text == null) {
            return null;
        }
        String value = text.getString(StandardCharsets.UTF_8).strip();
        text.deallocate();
        return value;
    }

    /** Table rulings and specks read as "|", "." or "'" are no words; "330m!" is "330ml". */
    static String cleanWord(String word) {
        // a ruling touching a word: "Qty:|", "|SCH125", "2-|"
        word = word.replaceAll("^[|¦]+", "").replaceAll("[:;,.\\-–]?[|¦]+$", "");
        // a speck before a word read as a tilde or an equals sign ("~=Napkins"): no word begins so
        word = word.replaceAll("^[~=]+(?=[\\p{L}\\d])", "");
        // "20oz" read with a zero: no unit is spelt 0z
        word = word.replaceAll("(?<=\\d)0z$", "oz");
        if (word.matches("[|¦!:;.,'\"*_~`\\-—–“”‘’()\\[\\]{}<>/\\\\]+")) {
            return "";
        }
        if (word.chars().anyMatch(Character::isLetter) && word.length() > 1) {
            return word.charAt(0) + word.substring(1).replace('!', 'l').replace('|', 'l');
        }
        return word;
    }

    /** A word's box this many times the page's line height holds more than one line. */
    private static final float STACKED_LINES = 1.8f;
    /** How sure Tesseract must be of a number read again for it to stand in place of the word. */
    private static final int SURE_DIGITS = 80;

    /** The median height of the words' boxes, as a share of the page's height; 0 for none. */
    private static float medianHeight(List<Word> words) {
        if (words.isEmpty()) {
            return 0;
        }
        float[] heights = new float[words.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = words.get(i).bottom() - words.get(i).top();
        }
        Arrays.sort(heights);
        return heights[heights.length / 2];
    }

    /**
     * A short word read with little certainty is often a lone digit (a quantity "1" read as "al"
     * or "|"): read its box again as a number, and keep that reading when Tesseract is much surer of it.
     * A column of lone digits, one per table row, is sometimes taken for one word of vertical text
     * ("PNP", its box as tall as three rows): such a box is read again as a block of lines, each
     * line's number in its own place, kept when Tesseract is sure of every one.
     */
    private static void rereadAsDigits(TessBaseAPI api, List<Word> words, List<int[]> doubtful, float width, float height) {
        if (doubtful.isEmpty()) {
            return;
        }
        float lineHeight = medianHeight(words);
        Map<Integer, List<Word>> replaced = new HashMap<>();
        api.SetVariable("tessedit_char_whitelist", "0123456789.,-");
        try {
            for (int[] d : doubtful) {
                Word w = words.get(d[0]);
                int boxHeight = d[4] - d[2];
                boolean stacked = lineHeight > 0 && boxHeight > STACKED_LINES * lineHeight * height;
                int pad = Math.max(2, (stacked ? Math.round(lineHeight * height) : boxHeight) / 3);
                int left = Math.max(0, d[1] - pad);
                int top = Math.max(0, d[2] - pad);
                List<Word> read;
                if (stacked) {
                    api.SetPageSegMode(PSM_SINGLE_BLOCK);
                    api.SetRectangle(left, top, d[3] - d[1] + 2 * pad, boxHeight + 2 * pad);
                    read = readLines(api, width, height);
                } else {
                    // in the word's place, whatever box Tesseract gives the figure
                    read = readFigure(api, left, top, d[3] - d[1] + 2 * pad, boxHeight + 2 * pad, width, height)
                            .filter(f -> f.confidence() >= SURE_DIGITS && f.confidence() > w.confidence() + 10)
                            .map(f -> List.of(new Word(f.text(), w.left(), w.top(), w.right(), w.bottom(), f.confidence())))
                            .orElse(List.of());
                }
                if (!read.isEmpty()) {
                    replaced.put(d[0], read);
                }
            }
        } finally {
            api.SetVariable("tessedit_char_whitelist", "");
            api.SetPageSegMode(PSM_AUTO);
        }
        if (replaced.isEmpty()) {
            return;
        }
        List<Word> all = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            all.addAll(replaced.getOrDefault(i, List.of(words.get(i))));
        }
        words.clear();
        words.addAll(all);
    }

    /** A tall box read as lines of numbers, each in its own box; none unless every one is a number Tesseract is sure of. */
    private static List<Word> readLines(TessBaseAPI api, float width, float height) {
        if (api.Recognize(null) != 0) {
            return List.of();
        }
        ResultIterator it = api.GetIterator();
        if (it == null) {
            return List.of();
        }
        List<Word> lines = new ArrayList<>();
        int[] x0 = new int[1];
        int[] y0 = new int[1];
        int[] x1 = new int[1];
        int[] y1 = new int[1];
        try {
            do {
                String digits = wordText(it);
                if (digits == null) {
                    continue;
                }
                float confidence = it.Confidence(RIL_WORD);
                if (!TABLE_FIGURE.matcher(digits).matches() || confidence < SURE_DIGITS
                        || !it.BoundingBox(RIL_WORD, x0, y0, x1, y1)) {
                    return List.of();
                }
                lines.add(new Word(digits, x0[0] / width, y0[0] / height, x1[0] / width, y1[0] / height, confidence));
            } while (it.Next(RIL_WORD));
        } finally {
            it.deallocate();
        }
        return lines.size() < 2 ? List.of() : lines;
    }

    /** A word that is a figure as a table prints one: 3, 12.50, 1,234.56, -2. */
    private static final Pattern TABLE_FIGURE = Pattern.compile("[€£]?-?\\d[\\d.,]*");
    /** How many figures, one above the other, make a column of figures. */
    private static final int COLUMN_FIGURES = 3;
    /** A gap down a column of figures this many lines high ends it. */
    private static final float COLUMN_GAP_LINES = 6;
    /** How sure Tesseract must be of a figure read in an empty cell for it to be taken. */
    private static final int SURE_LOST_FIGURE = 85;
    /** At most this many empty cells of a page are read again (a sparse column on a long page has many): about 0.3 s. */
    private static final int MAX_EMPTY_CELLS = 30;

    /**
     * A figure OCR lost from a column of figures (a lone "1" in a quantity column: too small a
     * mark for Tesseract's layout analysis, so never read at all): where a row has a figure in
     * another column of figures but nothing in this one, within or next to this column's rows,
     * the empty cell is read again as a number, and what Tesseract is sure of there is added.
     */
    private static void readLostFigures(TessBaseAPI api, List<Word> words, float width, float height) {
        float line = medianHeight(words) * height;
        if (line <= 0) {
            return;
        }
        List<List<Word>> columns = figureColumns(words, width, height, line);
        if (columns.size() < 2) {
            return;
        }
        List<float[]> cells = new ArrayList<>();
        for (List<Word> column : columns) {
            float left = column.stream().map(Word::left).min(Float::compare).orElseThrow() * width;
            float right = column.stream().map(Word::right).max(Float::compare).orElseThrow() * width;
            float top = column.get(0).top() * height;
            float bottom = column.get(column.size() - 1).bottom() * height;
            float pitch = (bottom - top) / (column.size() - 1);
            for (List<Word> other : columns) {
                if (other == column) {
                    continue;
                }
                for (Word w : other) {
                    float middle = (w.top() + w.bottom()) / 2 * height;
                    if (middle < top - 1.5f * pitch || middle > bottom + 1.5f * pitch) {
                        continue;
                    }
                    float[] cell = {left - line, middle - line, right + line / 2, middle + line};
                    boolean empty = words.stream().noneMatch(x -> x.left() * width < cell[2] && x.right() * width > cell[0]
                            && x.top() * height < cell[3] && x.bottom() * height > cell[1]);
                    boolean asked = cells.stream().anyMatch(c -> c[0] < cell[2] && c[2] > cell[0] && c[1] < cell[3] && c[3] > cell[1]);
                    if (empty && !asked && cells.size() < MAX_EMPTY_CELLS) {
                        cells.add(cell);
                    }
                }
            }
        }
        if (cells.isEmpty()) {
            return;
        }
        api.SetVariable("tessedit_char_whitelist", "0123456789.,-");
        try {
            for (float[] c : cells) {
                int left = Math.max(0, Math.round(c[0]));
                int top = Math.max(0, Math.round(c[1]));
                int right = Math.round(Math.min(width, c[2]));
                int bottom = Math.round(Math.min(height, c[3]));
                readFigure(api, left, top, right - left, bottom - top, width, height)
                        .filter(w -> w.confidence() >= SURE_LOST_FIGURE)
                        .ifPresent(words::add);
            }
        } finally {
            api.SetVariable("tessedit_char_whitelist", "");
            api.SetPageSegMode(PSM_AUTO);
        }
    }

    /**
     * The one figure in a box of the page, read as a word, or else as a single character (a lone
     * "1", a thin stroke, is often no word to Tesseract but is a character), whichever Tesseract
     * is surer of; its box on the page.
     * The digits-only whitelist must be set.
     */
    private static Optional<Word> readFigure(TessBaseAPI api, int left, int top, int w, int h, float width, float height) {
        int[] x0 = new int[1];
        int[] y0 = new int[1];
        int[] x1 = new int[1];
        int[] y1 = new int[1];
        Optional<Word> best = Optional.empty();
        for (int mode : new int[] {PSM_SINGLE_WORD, PSM_SINGLE_CHAR}) {
            if (best.isPresent() && best.get().confidence() >= SURE_LOST_FIGURE) {
                break;
            }
            api.SetPageSegMode(mode);
            api.SetRectangle(left, top, w, h);
            if (api.Recognize(null) != 0) {
                continue;
            }
            ResultIterator it = api.GetIterator();
            if (it == null) {
                continue;
            }
            try {
                String digits = wordText(it);
                if (digits == null) {
                    continue;
                }
                float confidence = it.Confidence(RIL_WORD);
                if (TABLE_FIGURE.matcher(digits).matches() && it.BoundingBox(RIL_WORD, x0, y0, x1, y1) && !it.Next(RIL_WORD)
                        && (best.isEmpty() || confidence > best.get().confidence())) {
                    best = Optional.of(new Word(digits, x0[0] / width, y0[0] / height, x1[0] / width, y1[0] / height, confidence));
                }
            } finally {
                it.deallocate();
            }
        }
        return best;
    }

    /** Figures whose right edges line up, at least {@link #COLUMN_FIGURES} of them, top to bottom. */
    private static List<List<Word>> figureColumns(List<Word> words, float width, float height, float line) {
        List<Word> figures = new ArrayList<>(words.stream().filter(w -> TABLE_FIGURE.matcher(w.text()).matches()).toList());
        figures.sort(Comparator.comparingDouble(Word::right));
        List<List<Word>> columns = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : figures) {
            if (!current.isEmpty() && (w.right() - current.get(current.size() - 1).right()) * width > line / 2) {
                columns.add(current);
                current = new ArrayList<>();
            }
            current.add(w);
        }
        columns.add(current);
        List<List<Word>> kept = new ArrayList<>();
        for (List<Word> column : columns) {
            List<Word> sorted = new ArrayList<>(column);
            sorted.sort(Comparator.comparingDouble(Word::top));
            // figures far apart down the page are not one table's column (a date's year over a quantity)
            List<Word> run = new ArrayList<>();
            for (Word w : sorted) {
                if (!run.isEmpty() && (w.top() - run.get(run.size() - 1).bottom()) * height > COLUMN_GAP_LINES * line) {
                    if (run.size() >= COLUMN_FIGURES) {
                        kept.add(run);
                    }
                    run = new ArrayList<>();
                }
                run.add(w);
            }
            if (run.size() >= COLUMN_FIGURES) {
                kept.add(run);
            }
        }
        return kept;
    }

    /** Quarter turns clockwise that bring the text upright, from Leptonica's orientation detector. */
    private static int uprightQuads(PIX gray) {
        // the detector is reliable on an A4 page about 2400 px high (about 200 dpi)
        float scale = Math.min(1f, 2400f / Math.max(pixGetWidth(gray), pixGetHeight(gray)));
        PIX small = scale < 1f ? pixScale(gray, scale, scale) : gray;
        PIX binary = pixConvertTo1(small, 150);
        try {
            float[] up = new float[1];
            float[] left = new float[1];
            if (binary == null || pixOrientDetect(binary, up, left, 0, 0) != 0) {
                return 0;
            }
            int[] orientation = new int[1];
            makeOrientDecision(up[0], left[0], 0f, 0f, orientation, 0);
            if (orientation[0] == L_TEXT_ORIENT_DOWN) {
                return 2;
            }
            if (orientation[0] == L_TEXT_ORIENT_LEFT) {
                return 1;
            }
            if (orientation[0] == L_TEXT_ORIENT_RIGHT) {
                return 3;
            }
            return 0;
        } finally {
            releaseResult(binary, small);
            if (small != gray) {
                release(small);
            }
        }
    }

    /** An 8-bit grey Leptonica image of any Java image, through an in-memory PGM. */
    private static PIX toPix(BufferedImage image) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var g = gray.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] header = ("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pgm = new byte[header.length + w * h];
        System.arraycopy(header, 0, pgm, 0, header.length);
        int stride = gray.getRaster().getSampleModel() instanceof ComponentSampleModel m
                ? m.getScanlineStride() : w;
        for (int y = 0; y < h; y++) {
            System.arraycopy(pixels, y * stride, pgm, header.length + y * w, w);
        }
        darkenPaleInk(pgm, header.length);
        PIX pix = pixReadMem(pgm, pgm.length);
        if (pix == null) {
            throw TextractException.badDocument("The image could not be read", null);
        }
        return pix;
    }

    /**
     * Ink this light (the darkest thousandth of the page's pixels no darker: a sparse page's ink is
     * a few thousandths of it) is pale: a faint ribbon, a light scan. A scan of black type has its
     * darkest thousandth below 70.
     */
    private static final int PALE_INK = 85;
    /** Paper at least this light, and this much lighter than the ink, for the page to be stretched. */
    private static final int LIGHT_PAPER = 150;
    private static final int INK_CONTRAST = 40;

    /**
     * A page printed or scanned pale (grey dot-matrix type on a light ground): its grey levels
     * stretched so that the darkest ink is black and the paper white. Tesseract's threshold
     * otherwise loses the thin, light strokes and reads a fraction of the page. A page with black
     * ink is left as it is. {@code from}: where the pixels start in the buffer.
     */
    static void darkenPaleInk(byte[] pixels, int from) {
        long[] histogram = new long[256];
        for (int i = from; i < pixels.length; i++) {
            histogram[pixels[i] & 0xff]++;
        }
        int count = pixels.length - from;
        int ink = ShadedBands.level(histogram, count / 1000);
        int paper = ShadedBands.level(histogram, count / 2);
        if (ink <= PALE_INK || paper < LIGHT_PAPER || paper - ink < INK_CONTRAST) {
            return;
        }
        byte[] map = new byte[256];
        for (int v = 0; v < 256; v++) {
            map[v] = (byte) Math.max(0, Math.min(255, (v - ink) * 255 / (paper - ink)));
        }
        for (int i = from; i < pixels.length; i++) {
            pixels[i] = map[pixels[i] & 0xff];
        }
    }

    private TessBaseAPI borrow() {
        TessBaseAPI api = idle.poll();
        if (api != null) {
            return api;
        }
        if (created.incrementAndGet() <= size) {
            try {
                return newApi();
            } catch (RuntimeException e) {
                created.decrementAndGet();
                throw e;
            }
        }
        created.decrementAndGet();
        try {
            api = idle.poll(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (api == null) {
            throw TextractException.throttled("Every OCR worker is busy; try again");
        }
        return api;
    }

    private TessBaseAPI newApi() {
        long t0 = System.nanoTime();
        TessBaseAPI api = new TessBaseAPI();
        if (api.Init(tessdata.toString(), "eng") != 0) {
            api.close();
            throw TextractException.internal("Tesseract could not load eng.traineddata from " + tessdata, null);
        }
        api.SetPageSegMode(PSM_AUTO);
        LOG.debug("Tesseract worker ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
        return api;
    }

    private static Path extractTraineddata() {
        try (InputStream in = TesseractOcr.class.getClassLoader().getResourceAsStream(TRAINEDDATA)) {
            if (in == null) {
                throw new IllegalStateException(TRAINEDDATA + " is not on the classpath (it ships in tess4j)");
            }
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "barback-tessdata-" + System.getProperty("user.name"));
            Files.createDirectories(dir);
            Path file = dir.resolve("eng.traineddata");
            Path part = Files.createTempFile(dir, "eng", ".part");
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException("Could not unpack " + TRAINEDDATA, e);
        }
    }

    private static void release(PIX pix) {
        if (pix != null) {
            pixDestroy(pix);
        }
    }

    /**
     * Releases what a Leptonica call returned from {@code input}. When it returned a clone of its
     * input, JavaCPP hands back the input's own Java object; the clone's reference is then released
     * through a second handle, so that the input's handle stays usable.
     */
    private static void releaseResult(PIX result, PIX input) {
        if (result == null) {
            return;
        }
        pixDestroy(result == input ? new PIX(result) : result);
    }

    @Override
    public void close() {
        TessBaseAPI api;
        while ((api = idle.poll()) != null) {
            api.End();
            api.close();
        }
    }
}
