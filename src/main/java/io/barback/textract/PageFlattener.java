package io.barback.textract;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/**
 * A photographed page made flat before OCR: the page is the largest light region of the photo,
 * its four corners the region's extreme points along the diagonals, and the page is mapped from
 * that quadrilateral onto an upright rectangle (a projective transform), so that the table rows
 * a phone held at an angle made converge are straight and parallel again, and lit evenly. A scan,
 * whose page fills the image, is left as it is.
 */
final class PageFlattener {

    /** The side, in pixels, of the small copy the page is looked for in. */
    private static final int SEARCH_SIDE = 400;
    /** The page must cover at least this share of the photo to be taken for one. */
    private static final double MIN_PAGE_SHARE = 0.25;
    /** A corner within this share of the image's size of its edge: the page is not inside the frame. */
    private static final double BORDER_SHARE = 0.02;

    private PageFlattener() {
    }

    /** The page cut out and made rectangular, or empty when the image shows no page (or two) to flatten. */
    static Optional<BufferedImage> flatten(BufferedImage image) {
        Optional<double[][]> corners = corners(image);
        return corners.map(c -> warp(image, c));
    }

    /**
     * The pages in a photo, each cut out and made rectangular, in reading order: one page, or two
     * sheets photographed side by side (or one above the other), as a two-page invoice is. Empty
     * when the image shows no page to flatten.
     */
    static List<BufferedImage> flattenAll(BufferedImage image) {
        return pageCorners(image).stream().map(c -> warp(image, c)).toList();
    }

    /** The page's corners in the image (top left, top right, bottom right, bottom left), or empty. */
    static Optional<double[][]> corners(BufferedImage image) {
        List<double[][]> pages = pageCorners(image);
        return pages.size() == 1 ? Optional.of(pages.get(0)) : Optional.empty();
    }

    /** The corners of each page in the image, in reading order: none, one, or two sheets. */
    static List<double[][]> pageCorners(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = (double) SEARCH_SIDE / Math.max(w, h);
        int sw = Math.max(1, (int) Math.round(w * scale));
        int sh = Math.max(1, (int) Math.round(h * scale));
        int[] gray = new int[sw * sh];
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                gray[y * sw + x] = luminance(image.getRGB(Math.min(w - 1, (int) (x / scale)), Math.min(h - 1, (int) (y / scale))));
            }
        }
        int threshold = otsu(gray);
        boolean[] light = new boolean[gray.length];
        for (int i = 0; i < gray.length; i++) {
            light[i] = gray[i] > threshold;
        }
        // close the page's text into it: a pixel is page when most of its neighbourhood is
        light = majority(light, sw, sh, 3);
        int[] labels = labelsOf(light, sw, sh);
        int[] region = largestRegion(labels);
        int size = region[0];
        if (size >= MIN_PAGE_SHARE * sw * sh && region[2] <= size / 2) {
            Optional<double[][]> page = cornersOf(labels, region[1], sw, sh, scale);
            if (page.isEmpty()) {
                return List.of();
            }
            // a corner a shadow took below the threshold, given back when that still leaves a
            // four-sided page inside the frame (a shadow along an edge moves no corner far)
            Optional<double[][]> shadowed = withShadows(gray, threshold, labels, region[1], sw, sh, scale)
                    .filter(grown -> cornerMoved(page.get(), grown) > SHADOWED_CORNER * Math.hypot(w, h));
            return List.<double[][]>of(shadowed.orElse(page.get()));
        }
        // two sheets side by side: each of a size with the other, each a four-sided page in the frame
        if (region[2] < MIN_SHEET_SHARE * sw * sh || region[2] < SAME_SIZE * size) {
            return List.of();
        }
        Optional<double[][]> first = cornersOf(labels, region[1], sw, sh, scale);
        Optional<double[][]> second = cornersOf(labels, region[3], sw, sh, scale);
        if (first.isEmpty() || second.isEmpty()) {
            return List.of();
        }
        double[] a = centre(first.get());
        double[] b = centre(second.get());
        // side by side: the left one first; one above the other: the upper one first
        boolean firstComesFirst = Math.abs(a[0] - b[0]) >= Math.abs(a[1] - b[1]) ? a[0] < b[0] : a[1] < b[1];
        return firstComesFirst ? List.of(first.get(), second.get()) : List.of(second.get(), first.get());
    }

    /**
     * The page grown into its shadows: a shadow across a corner of the sheet (the phone's or the
     * hand's, a lamp's fall-off) darkens the paper below the one threshold for the photo while it
     * stays lighter than the table around it, and the extreme points then fall along the sheet's
     * side, not at its corner. Grey levels above halfway between the dark class's mean and the
     * threshold count as light, when they touch the region the threshold gave (hysteresis, as an
     * edge detector grows its strong edges through weak ones).
     */
    private static Optional<double[][]> withShadows(int[] gray, int threshold, int[] labels, int page, int sw, int sh,
            double scale) {
        long sum = 0;
        int count = 0;
        for (int g : gray) {
            if (g <= threshold) {
                sum += g;
                count++;
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        int low = (int) ((double) sum / count + (threshold - (double) sum / count) / 2);
        boolean[] weak = new boolean[gray.length];
        for (int i = 0; i < gray.length; i++) {
            weak[i] = gray[i] > low;
        }
        int[] weakLabels = labelsOf(weak, sw, sh);
        boolean[] touches = new boolean[gray.length + 1];
        for (int i = 0; i < gray.length; i++) {
            if (labels[i] == page) {
                touches[weakLabels[i]] = true;
            }
        }
        boolean[] grown = new boolean[gray.length];
        for (int i = 0; i < gray.length; i++) {
            grown[i] = weakLabels[i] > 0 && touches[weakLabels[i]];
        }
        int[] grownLabels = labelsOf(majority(grown, sw, sh, 3), sw, sh);
        return cornersOf(grownLabels, largestRegion(grownLabels)[1], sw, sh, scale);
    }

    /** A corner the shadow took moves at least this share of the photo's diagonal when given back. */
    private static final double SHADOWED_CORNER = 0.05;

    private static double cornerMoved(double[][] a, double[][] b) {
        double most = 0;
        for (int i = 0; i < 4; i++) {
            most = Math.max(most, distance(a[i], b[i]));
        }
        return most;
    }

    /** Each of two sheets covers at least this share of the photo... */
    private static final double MIN_SHEET_SHARE = 0.1;
    /** ...and the smaller at least this share of the larger. */
    private static final double SAME_SIZE = 0.6;

    private static double[] centre(double[][] corners) {
        double x = 0;
        double y = 0;
        for (double[] c : corners) {
            x += c[0] / corners.length;
            y += c[1] / corners.length;
        }
        return new double[] {x, y};
    }

    /** The corners of one light region, when it is a four-sided page lying inside the frame. */
    private static Optional<double[][]> cornersOf(int[] labels, int label, int sw, int sh, double scale) {
        // the region's extreme points along the diagonals are the corners of a four-sided page
        double[][] best = {{0, 0, Double.MAX_VALUE}, {0, 0, -Double.MAX_VALUE}, {0, 0, -Double.MAX_VALUE}, {0, 0, Double.MAX_VALUE}};
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                if (labels[y * sw + x] != label) {
                    continue;
                }
                double sum = x + y;
                double diff = x - y;
                if (sum < best[0][2]) {
                    best[0] = new double[] {x, y, sum};
                }
                if (diff > best[1][2]) {
                    best[1] = new double[] {x, y, diff};
                }
                if (sum > best[2][2]) {
                    best[2] = new double[] {x, y, sum};
                }
                if (diff < best[3][2]) {
                    best[3] = new double[] {x, y, diff};
                }
            }
        }
        double[][] corners = new double[4][];
        boolean atEdge = false;
        for (int i = 0; i < 4; i++) {
            corners[i] = new double[] {(best[i][0] + 0.5) / scale, (best[i][1] + 0.5) / scale};
            // a page photographed whole lies inside the frame; one that runs to the edge is a scan
            // (or a page cut off), whose corners are not the page's
            atEdge |= best[i][0] <= BORDER_SHARE * sw || best[i][0] >= (1 - BORDER_SHARE) * sw - 1
                    || best[i][1] <= BORDER_SHARE * sh || best[i][1] >= (1 - BORDER_SHARE) * sh - 1;
        }
        if (atEdge || !convex(corners)) {
            return Optional.empty();
        }
        return Optional.of(corners);
    }

    /** The page between the corners, mapped onto an upright rectangle of its own mean side lengths. */
    static BufferedImage warp(BufferedImage image, double[][] c) {
        double width = (distance(c[0], c[1]) + distance(c[3], c[2])) / 2;
        double height = (distance(c[0], c[3]) + distance(c[1], c[2])) / 2;
        int ow = Math.max(1, (int) Math.round(width));
        int oh = Math.max(1, (int) Math.round(height));
        // the transform from the output rectangle back into the photo, to sample each output pixel
        double[] hm = homography(new double[][] {{0, 0}, {ow - 1, 0}, {ow - 1, oh - 1}, {0, oh - 1}}, c);
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        int iw = image.getWidth();
        int ih = image.getHeight();
        int[] rgb = image.getRGB(0, 0, iw, ih, null, 0, iw);
        int[] gray = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            gray[i] = luminance(rgb[i]);
        }
        int[] flat = new int[ow * oh];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                double d = hm[6] * x + hm[7] * y + 1;
                double sx = (hm[0] * x + hm[1] * y + hm[2]) / d;
                double sy = (hm[3] * x + hm[4] * y + hm[5]) / d;
                flat[y * ow + x] = bilinear(gray, sx, sy, iw, ih);
            }
        }
        int[] even = evenLight(flat, ow, oh);
        var raster = out.getRaster();
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                raster.setSample(x, y, 0, even[y * ow + x]);
            }
        }
        return out;
    }

    /**
     * The page as if lit evenly: each pixel against the paper's brightness around it (a wide
     * average, which the thin strokes of text barely darken), so that a shadow or a lamp's fall-off
     * across a photo does not read as ink to the OCR's one threshold for the page.
     */
    static int[] evenLight(int[] gray, int w, int h) {
        int radius = Math.max(8, Math.max(w, h) / 40);
        long[] integral = new long[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            long row = 0;
            for (int x = 0; x < w; x++) {
                row += gray[y * w + x];
                integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
            }
        }
        int[] out = new int[gray.length];
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - radius);
            int y1 = Math.min(h, y + radius + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - radius);
                int x1 = Math.min(w, x + radius + 1);
                long sum = integral[y1 * (w + 1) + x1] - integral[y0 * (w + 1) + x1] - integral[y1 * (w + 1) + x0]
                        + integral[y0 * (w + 1) + x0];
                double paper = Math.max(1, (double) sum / ((x1 - x0) * (y1 - y0)));
                out[y * w + x] = (int) Math.min(255, Math.round(gray[y * w + x] * 255 / paper));
            }
        }
        return out;
    }

    /** The projective transform taking each {@code from} point to its {@code to} point (h33 = 1). */
    static double[] homography(double[][] from, double[][] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0];
            double y = from[i][1];
            double u = to[i][0];
            double v = to[i][1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        // Gauss-Jordan with partial pivoting on the 8 unknowns
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double p = a[col][col];
            if (Math.abs(p) < 1e-12) {
                throw new IllegalArgumentException("the corners do not make a quadrilateral");
            }
            for (int k = col; k < 9; k++) {
                a[col][k] /= p;
            }
            for (int r = 0; r < 8; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col];
                    for (int k = col; k < 9; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8];
        }
        return h;
    }

    private static int bilinear(int[] gray, double x, double y, int w, int h) {
        if (x < 0 || y < 0 || x > w - 1 || y > h - 1) {
            return 255;
        }
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        double fx = x - x0;
        double fy = y - y0;
        double top = gray[y0 * w + x0] * (1 - fx) + gray[y0 * w + x1] * fx;
        double bottom = gray[y1 * w + x0] * (1 - fx) + gray[y1 * w + x1] * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    private static int luminance(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (r * 299 + g * 587 + b * 114) / 1000;
    }

    /** Otsu's threshold: the grey level that best parts the histogram into two classes. */
    static int otsu(int[] gray) {
        long[] histogram = new long[256];
        for (int g : gray) {
            histogram[g]++;
        }
        long total = gray.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += i * (double) histogram[i];
        }
        double sumBelow = 0;
        long below = 0;
        double bestVariance = -1;
        int best = 127;
        for (int t = 0; t < 256; t++) {
            below += histogram[t];
            if (below == 0 || below == total) {
                continue;
            }
            sumBelow += t * (double) histogram[t];
            double meanBelow = sumBelow / below;
            double meanAbove = (sum - sumBelow) / (total - below);
            double variance = (double) below * (total - below) * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (variance > bestVariance) {
                bestVariance = variance;
                best = t;
            }
        }
        return best;
    }

    private static boolean[] majority(boolean[] in, int w, int h, int radius) {
        int[] integral = new int[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            int row = 0;
            for (int x = 0; x < w; x++) {
                row += in[y * w + x] ? 1 : 0;
                integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
            }
        }
        boolean[] out = new boolean[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - radius);
                int y0 = Math.max(0, y - radius);
                int x1 = Math.min(w, x + radius + 1);
                int y1 = Math.min(h, y + radius + 1);
                int count = integral[y1 * (w + 1) + x1] - integral[y0 * (w + 1) + x1] - integral[y1 * (w + 1) + x0]
                        + integral[y0 * (w + 1) + x0];
                out[y * w + x] = 2 * count > (x1 - x0) * (y1 - y0);
            }
        }
        return out;
    }

    /** The size and label of the largest 4-connected light region, and the size and label of the next largest. */
    private static int[] largestRegion(int[] labels) {
        int max = 0;
        for (int l : labels) {
            max = Math.max(max, l);
        }
        int[] sizes = new int[max + 1];
        for (int l : labels) {
            if (l > 0) {
                sizes[l]++;
            }
        }
        int best = 0;
        int second = 0;
        for (int l = 1; l <= max; l++) {
            if (sizes[l] > sizes[best]) {
                second = best;
                best = l;
            } else if (sizes[l] > sizes[second]) {
                second = l;
            }
        }
        return new int[] {best == 0 ? 0 : sizes[best], best, second == 0 ? 0 : sizes[second], second};
    }

    private static int[] labelsOf(boolean[] light, int w, int h) {
        int[] labels = new int[light.length];
        int next = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < light.length; start++) {
            if (!light[start] || labels[start] != 0) {
                continue;
            }
            next++;
            labels[start] = next;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                int x = p % w;
                int y = p / w;
                int[] neighbours = {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1};
                for (int n : neighbours) {
                    if (n >= 0 && light[n] && labels[n] == 0) {
                        labels[n] = next;
                        queue.add(n);
                    }
                }
            }
        }
        return labels;
    }

    private static boolean convex(double[][] c) {
        int sign = 0;
        for (int i = 0; i < 4; i++) {
            double[] a = c[i];
            double[] b = c[(i + 1) % 4];
            double[] d = c[(i + 2) % 4];
            double cross = (b[0] - a[0]) * (d[1] - b[1]) - (b[1] - a[1]) * (d[0] - b[0]);
            int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
            if (s == 0 || (sign != 0 && s != sign)) {
                return false;
            }
            sign = s;
        }
        return true;
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
}
