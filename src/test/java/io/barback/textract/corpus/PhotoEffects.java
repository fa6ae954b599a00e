package io.barback.textract.corpus;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferInt;
import java.awt.image.Kernel;
import java.util.Random;

/** Turns a rendered page into a phone photo of the printout on a bar counter: keystone, tilt, uneven light. */
final class PhotoEffects {

    private PhotoEffects() {
    }

    /**
     * @param page   the page rendered in colour, roughly at the size it will have in the photo
     * @param width  photo width in pixels (portrait)
     * @param height photo height in pixels
     */
    static BufferedImage photo(BufferedImage page, int width, int height, long seed) {
        Random random = new Random(seed);
        double[] quad = pageCorners(page, width, height, random);
        double[] toPage = invert(squareToQuad(quad));
        double[] light = lighting(random);
        double[] wood = {58 + random.nextInt(20), 42 + random.nextInt(12), 32 + random.nextInt(10)};
        int[] src = ((DataBufferInt) toRgb(page).getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double[] uv = apply(toPage, x + 0.5, y + 0.5);
                double[] rgb = uv[0] >= 0 && uv[0] < 1 && uv[1] >= 0 && uv[1] < 1
                        ? paper(src, page.getWidth(), page.getHeight(), uv)
                        : counter(wood, x, y);
                double l = illumination(light, (double) x / width, (double) y / height);
                dst[y * width + x] = pack(rgb[0] * l, rgb[1] * l, rgb[2] * l, random);
            }
        }
        return soften(out);
    }

    /** The sheet fills most of the frame, turned a little and narrower at the top (phone tilted back). */
    private static double[] pageCorners(BufferedImage page, int width, int height, Random random) {
        double ph = height * (0.86 + 0.04 * random.nextDouble());
        double pw = ph * page.getWidth() / page.getHeight();
        double cx = width / 2.0 + (random.nextDouble() - 0.5) * width * 0.04;
        double cy = height / 2.0 + (random.nextDouble() - 0.5) * height * 0.03;
        double angle = Math.toRadians((random.nextBoolean() ? 1 : -1) * (1.2 + 2.6 * random.nextDouble()));
        double keystone = pw * (0.025 + 0.035 * random.nextDouble());
        double[][] corners = {
            {-pw / 2 + keystone, -ph / 2}, {pw / 2 - keystone, -ph / 2}, {pw / 2, ph / 2}, {-pw / 2, ph / 2}};
        double[] quad = new double[8];
        for (int i = 0; i < 4; i++) {
            double jx = (random.nextDouble() - 0.5) * 10;
            double jy = (random.nextDouble() - 0.5) * 10;
            double x = corners[i][0];
            double y = corners[i][1];
            quad[2 * i] = cx + x * Math.cos(angle) - y * Math.sin(angle) + jx;
            quad[2 * i + 1] = cy + x * Math.sin(angle) + y * Math.cos(angle) + jy;
        }
        return quad;
    }

    /** Heckbert's projective map of the unit square onto corners (0,0) (1,0) (1,1) (0,1) -> quad. */
    private static double[] squareToQuad(double[] q) {
        double x0 = q[0], y0 = q[1], x1 = q[2], y1 = q[3], x2 = q[4], y2 = q[5], x3 = q[6], y3 = q[7];
        double dx1 = x1 - x2, dx2 = x3 - x2, dx3 = x0 - x1 + x2 - x3;
        double dy1 = y1 - y2, dy2 = y3 - y2, dy3 = y0 - y1 + y2 - y3;
        double det = dx1 * dy2 - dx2 * dy1;
        double g = (dx3 * dy2 - dx2 * dy3) / det;
        double h = (dx1 * dy3 - dx3 * dy1) / det;
        return new double[] {x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1};
    }

    private static double[] invert(double[] m) {
        double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], i = m[8];
        return new double[] {e * i - f * h, c * h - b * i, b * f - c * e, f * g - d * i, a * i - c * g, c * d - a * f,
            d * h - e * g, b * g - a * h, a * e - b * d};
    }

    private static double[] apply(double[] m, double x, double y) {
        double w = m[6] * x + m[7] * y + m[8];
        return new double[] {(m[0] * x + m[1] * y + m[2]) / w, (m[3] * x + m[4] * y + m[5]) / w};
    }

    /** Bilinear sample of the page, on slightly warm paper. */
    private static double[] paper(int[] src, int w, int h, double[] uv) {
        double fx = uv[0] * (w - 1);
        double fy = uv[1] * (h - 1);
        int x = (int) fx;
        int y = (int) fy;
        int x1 = Math.min(x + 1, w - 1);
        int y1 = Math.min(y + 1, h - 1);
        double ax = fx - x;
        double ay = fy - y;
        double[] rgb = new double[3];
        double[] warm = {0.97, 0.95, 0.89};
        for (int ch = 0; ch < 3; ch++) {
            int shift = 16 - 8 * ch;
            double top = channel(src[y * w + x], shift) * (1 - ax) + channel(src[y * w + x1], shift) * ax;
            double bottom = channel(src[y1 * w + x], shift) * (1 - ax) + channel(src[y1 * w + x1], shift) * ax;
            double v = top * (1 - ay) + bottom * ay;
            rgb[ch] = (20 + v * 0.9) * warm[ch];
        }
        return rgb;
    }

    private static double channel(int rgb, int shift) {
        return (rgb >> shift) & 0xff;
    }

    /** A dark wooden counter with a soft grain across the frame. */
    private static double[] counter(double[] wood, int x, int y) {
        double grain = 8 * Math.sin(y * 0.021 + 3 * Math.sin(x * 0.004)) + 4 * Math.sin(y * 0.13);
        return new double[] {wood[0] + grain, wood[1] + grain * 0.7, wood[2] + grain * 0.5};
    }

    /** Direction and strength of a window-light gradient plus a lens vignette. */
    private static double[] lighting(Random random) {
        double angle = random.nextDouble() * Math.PI * 2;
        return new double[] {Math.cos(angle), Math.sin(angle), 0.14 + 0.1 * random.nextDouble()};
    }

    private static double illumination(double[] light, double u, double v) {
        double gradient = 1 + light[2] * ((u - 0.5) * light[0] + (v - 0.5) * light[1]) * 2;
        double r2 = (u - 0.5) * (u - 0.5) + (v - 0.5) * (v - 0.5);
        return 0.98 * gradient * (1 - 0.35 * r2);
    }

    private static int pack(double r, double g, double b, Random random) {
        double n = random.nextGaussian() * 1.6;
        return ScanEffects.clamp(r + n) << 16 | ScanEffects.clamp(g + n) << 8 | ScanEffects.clamp(b + n);
    }

    private static BufferedImage soften(BufferedImage in) {
        float[] k = {1, 2, 1, 2, 8, 2, 1, 2, 1};
        for (int i = 0; i < k.length; i++) {
            k[i] /= 20f;
        }
        return new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(in, null);
    }

    private static BufferedImage toRgb(BufferedImage in) {
        if (in.getType() == BufferedImage.TYPE_INT_RGB) {
            return in;
        }
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.createGraphics().drawImage(in, 0, 0, null);
        return out;
    }
}
