package io.barback.textract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import io.barback.documents.DocumentFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns the bytes of one document into the words of its one page, with Textract's limits: PDF,
 * PNG, JPEG or TIFF (by content, not by name), at most 10 MB, one page, at most 10000 px a side.
 * A PDF with a text layer is read as it is; a scanned PDF or an image goes through OCR.
 */
public final class DocumentReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_SIDE_PX = 10_000;
    /** A small file can decode to a huge image: beyond this many pixels (an A4 page at 600 dpi is 35 M) it is refused. */
    static final long MAX_PIXELS = 40_000_000L;
    /** Resolution scanned PDF pages are rendered at for OCR. */
    static final int OCR_DPI = 300;

    private final TesseractOcr ocr;

    DocumentReader(TesseractOcr ocr) {
        this.ocr = ocr;
    }

    /** The words of the document's page (the first sheet, when a photo shows two: the other is not read). */
    PageText read(byte[] bytes) {
        return read(bytes, false).get(0);
    }

    /**
     * The words of each page the document shows: one for a PDF page or a scan, two for a photo
     * of two sheets side by side (as a two-page invoice is photographed), in reading order.
     */
    List<PageText> readAll(byte[] bytes) {
        return read(bytes, true);
    }

    private List<PageText> read(byte[] bytes, boolean everySheet) {
        if (bytes.length == 0) {
            throw TextractException.invalidParameter("Document.Bytes is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw TextractException.documentTooLarge("The document is " + bytes.length
                    + " bytes; synchronous operations accept at most " + MAX_BYTES);
        }
        DocumentFormat format = DocumentFormat.of(bytes);
        if (format == null) {
            throw TextractException.unsupportedDocument(
                    "Request has unsupported document format: only PDF, PNG, JPEG and TIFF are accepted");
        }
        try {
            return format == DocumentFormat.PDF ? List.of(readPdf(bytes)) : readImage(bytes, format, everySheet);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TextractException t) {
                throw t;
            }
            throw TextractException.badDocument("The document could not be read: " + e.getMessage(), e);
        }
    }

    private PageText readPdf(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw TextractException.badDocument("The PDF has no pages", null);
            }
            if (pages > 1) {
                throw TextractException.unsupportedDocument("The PDF has " + pages
                        + " pages; synchronous operations accept one page (split it, or use the asynchronous API)");
            }
            List<Word> words = PdfTextLayer.words(document, 0);
            if (PdfTextLayer.printableCharacters(words) >= PdfTextLayer.MIN_TEXT_CHARACTERS) {
                // a letterhead printed as a picture (a logo holding the supplier's name) is read as Textract reads it
                List<Word> pictured = PdfPictures.words(document, 0, words, ocr);
                if (!pictured.isEmpty()) {
                    words = new ArrayList<>(words);
                    words.addAll(pictured);
                }
                var box = document.getPage(0).getCropBox();
                float aspect = document.getPage(0).getRotation() % 180 == 0
                        ? box.getHeight() / box.getWidth() : box.getWidth() / box.getHeight();
                return new PageText(words, PageText.Source.TEXT_LAYER, 0, 0f, aspect);
            }
            // an outsized page is rendered at a lower resolution, never above MAX_SIDE_PX a side
            var box = document.getPage(0).getCropBox();
            float longest = Math.max(box.getWidth(), box.getHeight()) / 72f;
            int dpi = Math.max(72, Math.min(OCR_DPI, (int) (MAX_SIDE_PX / Math.max(longest, 1f))));
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
            return ocr.read(image, dpi);
        } catch (InvalidPasswordException e) {
            throw TextractException.badDocument("The PDF is encrypted with a password", e);
        }
    }

    private List<PageText> readImage(byte[] bytes, DocumentFormat format, boolean everySheet) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw TextractException.badDocument("No reader for this " + format + " image", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                if (format == DocumentFormat.TIFF && reader.getNumImages(true) > 1) {
                    throw TextractException.unsupportedDocument("The TIFF has " + reader.getNumImages(true)
                            + " pages; synchronous operations accept one page");
                }
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE_PX || height > MAX_SIDE_PX || (long) width * height > MAX_PIXELS) {
                    throw TextractException.unsupportedDocument("The image is " + width + " x " + height
                            + " px; at most " + MAX_SIDE_PX + " px a side is accepted");
                }
                BufferedImage image = reader.read(0);
                // a photo of a page (or of two sheets) held at an angle is made flat first; a scan is read as it is
                List<BufferedImage> pages = PageFlattener.flattenAll(image);
                if (pages.isEmpty()) {
                    pages = List.of(image);
                }
                List<PageText> read = new ArrayList<>();
                for (BufferedImage page : everySheet ? pages : pages.subList(0, 1)) {
                    read.add(ocr.read(page, dpiOf(page.getWidth(), page.getHeight())));
                }
                return read;
            } finally {
                reader.dispose();
            }
        }
    }

    /** The resolution of an image of an A4-ish page, from its size (files rarely carry a trustworthy one). */
    private static int dpiOf(int width, int height) {
        int dpi = Math.round(Math.max(width, height) / 11.69f);
        return Math.max(70, Math.min(600, dpi));
    }
}
