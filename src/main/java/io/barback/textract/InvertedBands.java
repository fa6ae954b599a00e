package io.barback.textract;

import java.util.ArrayList;
import java.util.List;

/**
 * Light text on a dark band (a table's column titles in the supplier's colour, a totals bar)
 * is lost to OCR, which reads dark on light. Such bands are found in the grey page and turned
 * over (dark ↔ light) in a copy of it, whose bands are then read on their own: a band is a run of pixel rows each holding a long
 * stretch where most pixels are dark; each of its rows is inverted from its first to its last
 * mostly dark window, letters included, so they come out dark on light like the rest of the
 * page. Text printed dark on light is never touched: its strokes leave most of any stretch light.
 */
final class InvertedBands {

    /** Below this grey level (0 black, 255 white) a pixel counts as dark. */
    static final int DARK = 100;
    /** The share of dark pixels in every window of a stretch for it to be dark background. */
    static final double DARK_SHARE = 0.5;
    /** Windows are this share of the page's width (a couple of letters). */
    static final double WINDOW = 0.02;
    /** A band's stretch is at least this share of the page's width: a heading's bold letters are not. */
    static final double MIN_STRETCH = 0.15;
    /** A band is at least this share of the page's height (a letter's height at the least)... */
    static final double MIN_HEIGHT = 0.004;
    /** ...and holds some light pixels (its letters): a solid bar has nothing to read. */
    static final double MIN_LIGHT = 0.03;
    /** Rows without a stretch inside a band, as where its letters are thickest. */
    static final int MAX_GAP_ROWS = 2;

    private InvertedBands() {
    }

    /** A band turned over: pixel rows {@code top} to {@code bottom}, columns {@code left} to {@code right} (exclusive). */
    record Band(int top, int bottom, int left, int right) {

        boolean contains(float x, float y, int width, int height) {
            return x * width >= left && x * width < right && y * height >= top && y * height <= bottom;
        }
    }

    /**
     * Turns over the dark bands of a grey image held row by row in {@code pixels} (from
     * {@code offset}, {@code width} bytes a row, no padding). Returns the bands it turned.
     */
    static List<Band> invert(byte[] pixels, int offset, int width, int height) {
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
                dark[x + 1] = dark[x] + ((pixels[row + x] & 0xff) < DARK ? 1 : 0);
            }
            if (dark[width] < minStretch * DARK_SHARE) {
                continue;
            }
            // the longest run of windows that are each mostly dark
            int need = (int) Math.ceil(window * DARK_SHARE);
            int start = -1;
            for (int x = 0; x + window <= width; x++) {
                boolean isDark = dark[x + window] - dark[x] >= need;
                if (isDark && start < 0) {
                    start = x;
                }
                if ((!isDark || x + window == width) && start >= 0) {
                    int end = isDark ? x + window : x - 1 + window;
                    // a window half dark reaches half a window past the band's edge: back to its last dark pixel
                    while (start < end && (pixels[row + start] & 0xff) >= DARK) {
                        start++;
                    }
                    while (end > start && (pixels[row + end - 1] & 0xff) >= DARK) {
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
            if (bottom - top + 1 >= minHeight && lightShare(pixels, offset, width, top, bottom, left, right) >= MIN_LIGHT) {
                // the band's own dark comes out white, as the page's paper (OCR thresholds the page as a whole)
                double stretch = 255.0 / (255 - darkLevel(pixels, offset, width, top, bottom, left, right));
                // row by row: from the first to the last row that crosses the band whole, edge to
                // edge, letters included (their light breaks the stretch of the rows through them);
                // the band's slanted first and last rows from their first to last dark window
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
                        int[] span = darkWindows(pixels, offset + r * width, left, right, window);
                        a = span[0];
                        b = span[1];
                    }
                    int row = offset + r * width;
                    for (int x = Math.max(a, 0); x < b; x++) {
                        int turnedOver = 255 - (pixels[row + x] & 0xff);
                        pixels[row + x] = (byte) Math.min(255, Math.round(turnedOver * stretch));
                    }
                }
                wipeEdges(pixels, offset, width, height, top, bottom, left, right);
                bands.add(new Band(top, bottom, left, right));
            }
        }
        return bands;
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

    /** From the first dark pixel of the first mostly dark window of a row to the last of the last, within [left, right). */
    private static int[] darkWindows(byte[] pixels, int row, int left, int right, int window) {
        int need = (int) Math.ceil(window * DARK_SHARE);
        int first = -1;
        int last = -1;
        int count = 0;
        for (int x = left; x < right; x++) {
            count += (pixels[row + x] & 0xff) < DARK ? 1 : 0;
            if (x - left >= window) {
                count -= (pixels[row + x - window] & 0xff) < DARK ? 1 : 0;
            }
            if (x - left + 1 >= window && count >= need) {
                first = first < 0 ? x + 1 - window : first;
                last = x + 1;
            }
        }
        while (first >= 0 && first < last && (pixels[row + first] & 0xff) >= DARK) {
            first++;
        }
        while (last > first && (pixels[row + last - 1] & 0xff) >= DARK) {
            last--;
        }
        return new int[] {first, last};
    }

    /** The mean grey of a band's dark pixels: its background. */
    private static double darkLevel(byte[] pixels, int offset, int width, int top, int bottom, int left, int right) {
        long sum = 0;
        long n = 0;
        for (int r = top; r <= bottom; r++) {
            int row = offset + r * width;
            for (int x = left; x < right; x++) {
                int v = pixels[row + x] & 0xff;
                if (v < DARK) {
                    sum += v;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : (double) sum / n;
    }

    private static double lightShare(byte[] pixels, int offset, int width, int top, int bottom, int left, int right) {
        long light = 0;
        for (int r = top; r <= bottom; r++) {
            int row = offset + r * width;
            for (int x = left; x < right; x++) {
                if ((pixels[row + x] & 0xff) >= 255 - DARK) {
                    light++;
                }
            }
        }
        return (double) light / ((long) (bottom - top + 1) * (right - left));
    }
}
