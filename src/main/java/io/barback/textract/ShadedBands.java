package io.barback.textract;

import java.util.ArrayList;
import java.util.List;

/**
 * Text on a band of colour (a letterhead's banner, a table's column titles in the supplier's
 * colour, a totals bar) is lost to OCR, which thresholds the page as a whole: the band turns
 * black, and its letters with it. Such bands are found in the grey page and, in a copy of it,
 * made dark on white: a band with light letters turned over (dark ↔ light), one with dark letters
 * lightened, the band's own shade becoming the paper's white; each band is then read on its own.
 * A band is a run of pixel rows each holding a long stretch where most pixels are clearly darker
 * than the paper; each of its rows is treated from its first to its last such window, letters
 * included. Text printed on the paper is never touched: its strokes leave most of any stretch light.
 */
final class ShadedBands {

    /** Below this grey level (0 black, 255 white) a pixel counts as dark. */
    static final int DARK = 100;
    /** A pixel this much darker than the paper is tinted (the paper: the page's lightest tenth). */
    static final int TINT = 40;
    /** The share of tinted pixels in every window of a stretch for it to be a band's background. */
    static final double SHADED_SHARE = 0.5;
    /** A band is at most this share of the page's height: a page photographed in shadow is no band. */
    static final double MAX_HEIGHT = 0.2;
    /** Letters differ from their band's shade by this much at least. */
    static final int CONTRAST = 60;
    /** Windows are this share of the page's width (a couple of letters). */
    static final double WINDOW = 0.02;
    /** A band's stretch is at least this share of the page's width: a heading's bold letters are not. */
    static final double MIN_STRETCH = 0.15;
    /** A band is at least this share of the page's height (a letter's height at the least)... */
    static final double MIN_HEIGHT = 0.004;
    /** ...and holds some pixels of another shade (its letters): a solid bar has nothing to read. */
    static final double MIN_LETTERS = 0.03;
    /** Rows without a stretch inside a band, as where its letters are thickest. */
    static final int MAX_GAP_ROWS = 2;

    private ShadedBands() {
    }

    /** A band made dark on white: pixel rows {@code top} to {@code bottom}, columns {@code left} to {@code right} (exclusive). */
    record Band(int top, int bottom, int left, int right) {

        boolean contains(float x, float y, int width, int height) {
            return x * width >= left && x * width < right && y * height >= top && y * height <= bottom;
        }
    }

    /**
     * Makes the bands of a grey image held row by row in {@code pixels} (from {@code offset},
     * {@code width} bytes a row, no padding) dark on white. Returns the bands it changed.
     */
    static List<Band> whiten(byte[] pixels, int offset, int width, int height) {
        // darker than the paper by TINT, and never lighter than that: on a grey photo the paper is grey
        int limit = Math.max(DARK, Math.min(255 - TINT, paper(pixels, offset, width, height) - TINT));
        int window = Math.max(4, (int) Math.round(width * WINDOW));
        int minStretch = (int) Math.round(width * MIN_STRETCH);
        int minHeight = Math.max(3, (int) Math.round(height * MIN_HEIGHT));
        int[] from = new int[height];
        int[] to = new int[height];
        int[] dark = new int[width + 1];
        for (int y = 0; y < height; y++) {
            from[y] = -1;
            int row = offset + y * width;
            for (int x = 0; x < width; x++) {
                dark[x + 1] = dark[x] + ((pixels[row + x] & 0xff) < limit ? 1 : 0);
            }
            if (dark[width] < minStretch * SHADED_SHARE) {
                continue;
            }
            // the longest run of windows that are each mostly shaded (darker than the paper)
            int need = (int) Math.ceil(window * SHADED_SHARE);
            int start = -1;
            for (int x = 0; x + window <= width; x++) {
                boolean isDark = dark[x + window] - dark[x] >= need;
                if (isDark && start < 0) {
                    start = x;
                }
                if ((!isDark || x + window == width) && start >= 0) {
                    int end = isDark ? x + window : x - 1 + window;
                    // a window half shaded reaches half a window past the band's edge: back to its last shaded pixel
                    while (start < end && (pixels[row + start] & 0xff) >= limit) {
                        start++;
                    }
                    while (end > start && (pixels[row + end - 1] & 0xff) >= limit) {
                        end--;
                    }
                    if (end - start >= minStretch && end - start > to[y] - from[y]) {
                        from[y] = start;
                        to[y] = end;
                    }
                    start = -1;
                }
            }
        }
        List<Band> bands = new ArrayList<>();
        int y = 0;
        while (y < height) {
            if (from[y] < 0) {
                y++;
                continue;
            }
            int top = y;
            int bottom = y;
            int left = from[y];
            int right = to[y];
            int gap = 0;
            for (y = y + 1; y < height && gap <= MAX_GAP_ROWS; y++) {
                if (from[y] < 0) {
                    gap++;
                    continue;
                }
                if (from[y] > right || to[y] < left) {
                    break;
                }
                gap = 0;
                bottom = y;
                left = Math.min(left, from[y]);
                right = Math.max(right, to[y]);
            }
            y = bottom + 1;
            if (bottom - top + 1 < minHeight || bottom - top + 1 > height * MAX_HEIGHT) {
                continue;
            }
            // the band's own shade, and whether its letters are lighter or darker than it
            int shade = median(pixels, offset, width, top, bottom, left, right);
            double lighter = share(pixels, offset, width, top, bottom, left, right, shade + CONTRAST, 256);
            double darker = share(pixels, offset, width, top, bottom, left, right, 0, shade - CONTRAST);
            boolean turnOver = shade < DARK || lighter > darker;
            if (Math.max(lighter, darker) < MIN_LETTERS || turnOver && lighter < MIN_LETTERS) {
                continue;
            }
            // the band's shade comes out white, as the page's paper
            double stretch = turnOver ? 255.0 / Math.max(1, 255 - shade) : 255.0 / Math.max(1, shade);
            whitenBand(pixels, offset, width, from, to, top, bottom, left, right, window, limit, turnOver, stretch);
            wipeEdges(pixels, offset, width, height, top, bottom, left, right);
            bands.add(new Band(top, bottom, left, right));
        }
        return bands;
    }

    /**
     * Row by row: from the first to the last row that crosses the band whole, edge to edge,
     * letters included (their light breaks the stretch of the rows through them); the band's
     * slanted first and last rows from their first to their last shaded window. Turned over
     * (light letters) or not (dark letters), then stretched so that the band's shade is white.
     */
    private static void whitenBand(byte[] pixels, int offset, int width, int[] from, int[] to, int top, int bottom,
                                   int left, int right, int window, int limit, boolean turnOver, double stretch) {
        int firstWhole = -1;
        int lastWhole = -1;
        for (int r = top; r <= bottom; r++) {
            if (whole(from, to, r, left, right)) {
                firstWhole = firstWhole < 0 ? r : firstWhole;
                lastWhole = r;
            }
        }
        for (int r = top; r <= bottom; r++) {
            int a;
            int b;
            if (firstWhole >= 0 && r >= firstWhole && r <= lastWhole) {
                // edge to edge: a sliver left dark at an edge would read as a letter
                a = left;
                b = right;
            } else {
                int[] span = shadedWindows(pixels, offset + r * width, left, right, window, limit);
                a = span[0];
                b = span[1];
            }
            int row = offset + r * width;
            for (int x = Math.max(a, 0); x < b; x++) {
                int v = pixels[row + x] & 0xff;
                pixels[row + x] = (byte) Math.min(255, Math.round((turnOver ? 255 - v : v) * stretch));
            }
        }
    }

    /** Pixels either side of a band's edge, neither band nor letter: wiped to white. */
    static final int EDGE = 3;

    /**
     * The band's edge is a few pixels of grey between its dark and the paper; turned over or not,
     * it would frame the letters in a box that OCR reads as "|", "J" or a quote: wiped to white.
     */
    private static void wipeEdges(byte[] pixels, int offset, int width, int height, int top, int bottom, int left,
                                  int right) {
        for (int r = Math.max(0, top - EDGE); r <= Math.min(height - 1, bottom + EDGE); r++) {
            boolean edgeRow = r < top + EDGE || r > bottom - EDGE;
            int row = offset + r * width;
            for (int x = Math.max(0, left - EDGE); x < Math.min(width, right + EDGE); x++) {
                if (edgeRow || x < left + EDGE || x >= right - EDGE) {
                    pixels[row + x] = (byte) 255;
                }
            }
        }
    }

    /** Whether row {@code r}'s stretch runs from the band's left edge to its right (a few pixels either way). */
    private static boolean whole(int[] from, int[] to, int r, int left, int right) {
        int slack = Math.max(2, (right - left) / 100);
        return from[r] >= 0 && from[r] - left <= slack && right - to[r] <= slack;
    }

    /** From the first shaded pixel of the first mostly shaded window of a row to the last of the last, within [left, right). */
    private static int[] shadedWindows(byte[] pixels, int row, int left, int right, int window, int limit) {
        int need = (int) Math.ceil(window * SHADED_SHARE);
        int first = -1;
        int last = -1;
        int count = 0;
        for (int x = left; x < right; x++) {
            count += (pixels[row + x] & 0xff) < limit ? 1 : 0;
            if (x - left >= window) {
                count -= (pixels[row + x - window] & 0xff) < limit ? 1 : 0;
            }
            if (x - left + 1 >= window && count >= need) {
                first = first < 0 ? x + 1 - window : first;
                last = x + 1;
            }
        }
        while (first >= 0 && first < last && (pixels[row + first] & 0xff) >= limit) {
            first++;
        }
        while (last > first && (pixels[row + last - 1] & 0xff) >= limit) {
            last--;
        }
        return new int[] {first, last};
    }

    /** The paper's grey: the lightest tenth of the page starts there. */
    private static int paper(byte[] pixels, int offset, int width, int height) {
        long[] histogram = new long[256];
        for (int i = offset; i < offset + width * height; i++) {
            histogram[pixels[i] & 0xff]++;
        }
        long seen = 0;
        for (int v = 255; v > 0; v--) {
            seen += histogram[v];
            if (seen >= (long) width * height / 10) {
                return v;
            }
        }
        return 0;
    }

    /** The median grey of a band: its own shade, the letters being the fewer pixels. */
    private static int median(byte[] pixels, int offset, int width, int top, int bottom, int left, int right) {
        long[] histogram = new long[256];
        for (int r = top; r <= bottom; r++) {
            int row = offset + r * width;
            for (int x = left; x < right; x++) {
                histogram[pixels[row + x] & 0xff]++;
            }
        }
        return level(histogram, (long) (bottom - top + 1) * (right - left) / 2);
    }

    /** The grey level below which {@code rank} of a histogram's pixels lie. */
    static int level(long[] histogram, long rank) {
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += histogram[v];
            if (seen > rank) {
                return v;
            }
        }
        return 255;
    }

    /** The share of a band's pixels whose grey is in [from, to). */
    private static double share(byte[] pixels, int offset, int width, int top, int bottom, int left, int right,
                                int from, int to) {
        long n = 0;
        for (int r = top; r <= bottom; r++) {
            int row = offset + r * width;
            for (int x = left; x < right; x++) {
                int v = pixels[row + x] & 0xff;
                if (v >= from && v < to) {
                    n++;
                }
            }
        }
        return (double) n / ((long) (bottom - top + 1) * (right - left));
    }
}
