package io.barback.textract.corpus;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Writes corpus files byte-for-byte reproducibly: PDFs with fixed metadata, PNG, TIFF, JPEG, image-only PDF. */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Fixed dates, producer and document ID (an MD5 of {@code idText}), so that re-running writes the same bytes. */
    static void fixMetadata(PDDocument pdf, String title, String producer, LocalDate date, String idText) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setProducer(producer);
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Europe/Dublin"));
        when.clear();
        when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 9, 30, 0);
        info.setCreationDate(when);
        info.setModificationDate(when);
        pdf.setDocumentInformation(info);
        COSArray id = new COSArray();
        byte[] digest = md5(idText);
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        pdf.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    static void savePdf(PDDocument pdf, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            pdf.save(out);
        }
    }

    /** A one-page PDF holding only a JPEG of the scan, the way an office scanner emails it. */
    static void imagePdf(BufferedImage scan, int dpi, LocalDate date, String idText, Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            float w = scan.getWidth() * 72f / dpi;
            float h = scan.getHeight() * 72f / dpi;
            PDPage page = new PDPage(new PDRectangle(w, h));
            pdf.addPage(page);
            PDImageXObject image = JPEGFactory.createFromImage(pdf, scan, 0.72f, dpi);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 0, 0, w, h);
            }
            fixMetadata(pdf, "Scanned Document", "Scan to Email 2.4 (MFP-C3025)", date, idText);
            savePdf(pdf, file);
        }
    }

    static void png(BufferedImage image, int dpi, Path file) throws IOException {
        write(image, "png", null, dpi, file);
    }

    /** compression: "LZW", "Deflate", or "CCITT T.6" for a bilevel image. */
    static void tiff(BufferedImage image, String compression, int dpi, Path file) throws IOException {
        write(image, "tiff", compression, dpi, file);
    }

    static void jpeg(BufferedImage image, float quality, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        writeWith(writer, image, param, null, file);
    }

    private static void write(BufferedImage image, String format, String compression, int dpi, Path file)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (compression != null) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
        }
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                param);
        withDpi(metadata, dpi);
        writeWith(writer, image, param, metadata, file);
    }

    private static void writeWith(ImageWriter writer, BufferedImage image, ImageWriteParam param,
            IIOMetadata metadata, Path file) throws IOException {
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** Resolution: PNG's own pHYs chunk (the JDK maps the standard tree wrongly for PNG), else the standard tree. */
    private static void withDpi(IIOMetadata metadata, int dpi) throws IOException {
        String png = "javax_imageio_png_1.0";
        if (png.equals(metadata.getNativeMetadataFormatName())) {
            String perMetre = String.valueOf(Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode(png);
            root.appendChild(phys);
            metadata.mergeTree(png, root);
            return;
        }
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        for (String axis : new String[] {"HorizontalPixelSize", "VerticalPixelSize"}) {
            IIOMetadataNode size = new IIOMetadataNode(axis);
            size.setAttribute("value", Double.toString(25.4 / dpi));
            dimension.appendChild(size);
        }
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
