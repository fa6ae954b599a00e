package io.barback.textract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Small documents drawn on the fly for the endpoint's tests: a one-page invoice, and ways to spoil it. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A plain one-page invoice from "Shannon Minerals Ltd" to "The Local", with two lines. */
    public static byte[] invoicePdf(int pages) throws IOException {
        return invoicePdf(pages, "137.76");
    }

    /** The invoice with another total printed (one that does not agree with its subtotal and VAT). */
    public static byte[] invoicePdf(int pages, String total) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
                    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                    text(c, bold, 20, 50, 790, "Shannon Minerals Ltd");
                    text(c, regular, 10, 50, 772, "Unit 7, Dock Road");
                    text(c, regular, 10, 50, 759, "Limerick V94 K2T8");
                    text(c, regular, 10, 50, 746, "VAT Reg No: IE3344556T");
                    text(c, bold, 16, 400, 790, "INVOICE");
                    text(c, regular, 10, 400, 770, "Invoice No:");
                    text(c, regular, 10, 480, 770, "SM-10442");
                    text(c, regular, 10, 400, 756, "Date:");
                    text(c, regular, 10, 480, 756, "14/11/2026");
                    text(c, bold, 10, 50, 700, "Bill To:");
                    text(c, regular, 10, 50, 686, "The Local");
                    text(c, regular, 10, 50, 673, "12 Main Street, Ennis");
                    text(c, bold, 10, 50, 620, "Code");
                    text(c, bold, 10, 110, 620, "Description");
                    text(c, bold, 10, 330, 620, "Qty");
                    text(c, bold, 10, 400, 620, "Unit Price");
                    text(c, bold, 10, 500, 620, "Amount");
                    row(c, regular, 600, "TON24", "Tonic Water 24 x 200ml", "5", "14.50", "72.50");
                    row(c, regular, 585, "COL24", "Cola 24 x 330ml", "2", "19.75", "39.50");
                    text(c, regular, 10, 400, 540, "Sub Total");
                    text(c, regular, 10, 500, 540, "112.00");
                    text(c, regular, 10, 400, 526, "VAT 23%");
                    text(c, regular, 10, 500, 526, "25.76");
                    text(c, bold, 10, 400, 512, "Total");
                    text(c, bold, 10, 500, 512, total);
                    text(c, regular, 8, 50, 60, "IBAN IE29 AIBK 9311 5212 3456 78   Tel 061 555 0199");
                }
            }
            return save(doc);
        }
    }

    private static void row(PDPageContentStream c, PDType1Font f, float y, String code, String desc, String qty,
            String unit, String amount) throws IOException {
        text(c, f, 10, 50, y, code);
        text(c, f, 10, 110, y, desc);
        text(c, f, 10, 330, y, qty);
        text(c, f, 10, 400, y, unit);
        text(c, f, 10, 500, y, amount);
    }

    private static void text(PDPageContentStream c, PDType1Font f, float size, float x, float y, String s)
            throws IOException {
        c.beginText();
        c.setFont(f, size);
        c.newLineAtOffset(x, y);
        c.showText(s);
        c.endText();
    }

    /** The same invoice as a 300 dpi greyscale PNG, like a clean scan. */
    public static byte[] invoicePng() throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(invoicePdf(1))) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }

    /** The invoice, encrypted with a user password. */
    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(invoicePdf(1))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
