package io.barback.textract.corpus;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.util.Random;

/** Degrades a rendered grey page like a flatbed scan: contrast loss, grey paper, skew, blur, noise, dust, turns. */
final class ScanEffects {

    private static final int LID = 246;
    private static final int PAPER_WHITE = 232;
    private static final int INK_BLACK = 34;

    private ScanEffects() {
    }

    /**
     * @param skewDegrees  small rotation of the sheet on the glass, either direction
     * @param quarterTurns 0, or 1 / 2 when the sheet was fed sideways / upside down (clockwise)
     */
    static BufferedImage scan(BufferedImage page, double skewDegrees, int quarterTurns, long seed) {
        Random random = new Random(seed);
        BufferedImage toned = tone(page, random);
        BufferedImage skewed = skew(toned, skewDegrees);
        BufferedImage blurred = blur(skewed);
        grain(blurred, random, 0.06, 7);
        dust(blurred, random);
        return turn(blurred, quarterTurns);
    }

    /** Black-and-white version for a fax-style CCITT TIFF. */
    static BufferedImage bilevel(BufferedImage grey, int threshold) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        byte[] in = pixels(grey);
        int w = grey.getWidth();
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                out.getRaster().setSample(x, y, 0, (in[y * w + x] & 0xff) < threshold ? 0 : 1);
            }
        }
        return out;
    }

    static byte[] pixels(BufferedImage grey) {
        if (grey.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("expected an 8-bit grey image");
        }
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }

    /** Paper goes grey and slightly uneven, black goes dark grey: the contrast a cheap scanner loses. */
    private static BufferedImage tone(BufferedImage page, Random random) {
        BufferedImage out = copy(page);
        byte[] p = pixels(out);
        int w = out.getWidth();
        int h = out.getHeight();
        double phaseX = random.nextDouble() * Math.PI * 2;
        double phaseY = random.nextDouble() * Math.PI * 2;
        for (int y = 0; y < h; y++) {
            double rowShade = 3 * Math.sin(phaseY + 2.1 * Math.PI * y / h);
            for (int x = 0; x < w; x++) {
                double shade = rowShade + 2 * Math.sin(phaseX + 1.3 * Math.PI * x / w);
                int v = p[y * w + x] & 0xff;
                double toned = INK_BLACK + v * (PAPER_WHITE - INK_BLACK) / 255.0 + shade * v / 255.0;
                p[y * w + x] = (byte) clamp(toned);
            }
        }
        return out;
    }

    private static BufferedImage skew(BufferedImage in, double degrees) {
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(new java.awt.Color(LID, LID, LID));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.rotate(Math.toRadians(degrees), in.getWidth() / 2.0, in.getHeight() / 2.0);
        g.drawImage(in, 0, 0, null);
        g.dispose();
        return out;
    }

    /** A slight 3x3 blur: the scanner's optics are never quite in focus. */
    static BufferedImage blur(BufferedImage in) {
        float[] k = {1, 2, 1, 2, 6, 2, 1, 2, 1};
        for (int i = 0; i < k.length; i++) {
            k[i] /= 18f;
        }
        return new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(in, null);
    }

    /** Sensor grain on a random share of the pixels (sparse, so that PNG and TIFF stay small). */
    private static void grain(BufferedImage img, Random random, double share, double sigma) {
        byte[] p = pixels(img);
        for (int i = 0; i < p.length; i++) {
            if (random.nextDouble() < share) {
                p[i] = (byte) clamp((p[i] & 0xff) + random.nextGaussian() * sigma);
            }
        }
    }

    /** Specks of dust and toner on the glass: small dark dots, a few bigger ones. */
    private static void dust(BufferedImage img, Random random) {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] p = pixels(img);
        int specks = w * h / 30000;
        for (int i = 0; i < specks; i++) {
            int cx = random.nextInt(w);
            int cy = random.nextInt(h);
            int r = random.nextInt(20) == 0 ? 2 : random.nextInt(2);
            int darkness = 90 + random.nextInt(110);
            for (int y = Math.max(0, cy - r); y <= Math.min(h - 1, cy + r); y++) {
                for (int x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x++) {
                    p[y * w + x] = (byte) Math.min(p[y * w + x] & 0xff, darkness);
                }
            }
        }
    }

    /** Clockwise quarter turns, pixel exact. */
    static BufferedImage turn(BufferedImage in, int quarterTurns) {
        BufferedImage img = in;
        for (int t = 0; t < quarterTurns; t++) {
            int w = img.getWidth();
            int h = img.getHeight();
            BufferedImage out = new BufferedImage(h, w, img.getType());
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.getRaster().setSample(h - 1 - y, x, 0, img.getRaster().getSample(x, y, 0));
                }
            }
            img = out;
        }
        return img;
    }

    private static BufferedImage copy(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(in, 0, 0, null);
        g.dispose();
        return out;
    }

    static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
