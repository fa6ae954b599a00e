package io.barback.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * A scanned or photographed page made to fit Textract's limit for one synchronous call (10 MB):
 * a 300 dpi colour scan saved as PNG or TIFF, or a phone's full-size photo, is often larger. Such a
 * page is saved again in grey, which is all a reader reads: as a PNG, losing nothing of the
 * strokes; if that is still too large, as a JPEG of high quality (whose ringing can cost a thin
 * "1" on a 200 dpi scan, so it comes second); and only then at a smaller resolution. A page
 * within the limit, a PDF, an image too large to open safely (more pixels a side than the reader
 * takes, or more than a 600 dpi page has), or one Java cannot decode is handed on as it is, for
 * the reader to accept or refuse with its reason.
 */
public final class PageSize {

    /** Textract's limit for a document sent in a synchronous call. */
    public static final int TEXTRACT_LIMIT = 10 * 1024 * 1024;
    /** More pixels a side than the reader takes: not opened here. */
    private static final int MAX_SIDE = 10_000;
    /**
     * Nor more pixels than a 600 dpi A4 scan has, with room (35 million): a colour page of this
     * many is 120 MB while it is decoded.
     */
    private static final long MAX_PIXELS = 40_000_000L;
    /** JPEG quality: high, for the strokes of small type. */
    private static final float QUALITY = 0.95f;
    private static final int MAX_TRIES = 4;

    private PageSize() {
    }

    /**
     * The page as it is when it fits {@code limit} bytes, else a grey PNG or JPEG of it that does,
     * when one can be made.
     */
    public static byte[] toFit(byte[] page, int limit) throws IOException {
        DocumentFormat format = DocumentFormat.of(page);
        if (page.length <= limit || format == null || format == DocumentFormat.PDF || !openable(page)) {
            return page;
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(page));
        } catch (IOException e) {
            // an image Java cannot decode (a CMYK JPEG, a damaged file): the reader's to judge
            return page;
        }
        if (image == null) {
            return page;
        }
        BufferedImage grey = grey(image);
        byte[] png = png(grey);
        if (png.length <= limit) {
            return png;
        }
        double scale = 1;
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            byte[] jpeg = jpeg(scale == 1 ? grey : scaled(grey, scale));
            if (jpeg.length <= limit) {
                return jpeg;
            }
            // the size of a JPEG goes roughly with its pixels: aim a tenth below the limit
            scale *= Math.sqrt(0.9 * limit / jpeg.length);
        }
        return page;
    }

    private static boolean openable(byte[] page) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(page))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                return w <= MAX_SIDE && h <= MAX_SIDE && w * h <= MAX_PIXELS;
            } catch (IOException e) {
                return false;
            } finally {
                reader.dispose();
            }
        }
    }

    /** The page in grey, any transparency on white. */
    private static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static BufferedImage scaled(BufferedImage image, double scale) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, image.getType());
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
