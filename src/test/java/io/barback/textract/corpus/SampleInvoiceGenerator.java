package io.barback.textract.corpus;

import static io.barback.textract.corpus.InvoiceFactory.Variant.CREDIT_NOTE;
import static io.barback.textract.corpus.InvoiceFactory.Variant.INVOICE;
import static io.barback.textract.corpus.InvoiceFactory.Variant.TWO_PAGE;
import static io.barback.textract.corpus.Suppliers.ATLANTIC;
import static io.barback.textract.corpus.Suppliers.BOYNE;
import static io.barback.textract.corpus.Suppliers.BURREN;
import static io.barback.textract.corpus.Suppliers.KINGDOM;
import static io.barback.textract.corpus.Suppliers.LIFFEY;
import static io.barback.textract.corpus.Suppliers.OBRIAIN;
import static io.barback.textract.corpus.Suppliers.SHANNONSIDE;
import static io.barback.textract.corpus.Suppliers.SUIR;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import io.barback.textract.corpus.InvoiceFactory.Variant;

/** Writes the sample supplier-invoice corpus (documents, truth JSON beside each, README) into a folder. */
public final class SampleInvoiceGenerator {

    private static final long SEED = 20261103L;
    private static final int SCAN_DPI = 200;
    private static final int FAX_DPI = 300;
    private static final int PHOTO_WIDTH = 1800;
    private static final int PHOTO_HEIGHT = 2400;

    /** How a document is stored. */
    enum Output {
        TEXT_PDF("text", "pdf", "PDF with a text layer"),
        PNG("scan", "png", "PNG, 8-bit grey, 200 dpi"),
        TIFF_LZW("scan", "tif", "TIFF LZW, 8-bit grey, 200 dpi"),
        TIFF_DEFLATE("scan", "tif", "TIFF Deflate, 8-bit grey, 200 dpi"),
        TIFF_G4("scan", "tif", "TIFF CCITT T.6, black and white, 300 dpi"),
        IMAGE_PDF("scan", "pdf", "image-only PDF (JPEG), no text layer, 200 dpi"),
        JPEG("photo", "jpg", "JPEG phone photo, 1800 x 2400");

        final String kind;
        final String extension;
        final String description;

        Output(String kind, String extension, String description) {
            this.kind = kind;
            this.extension = extension;
            this.description = description;
        }
    }

    /** One planned document of the corpus. */
    record Doc(int number, Supplier supplier, Variant variant, Output output, double skew, int quarterTurns,
            String note) {

        String baseName() {
            return String.format(Locale.ROOT, "%02d-%s-%s", number, supplier.slug(), output.kind);
        }

        String fileName() {
            return baseName() + "." + output.extension;
        }
    }

    static final List<Doc> PLAN = List.of(
            text(1, LIFFEY, INVOICE, "meta block top right, label then value on the same line; dd/MM/yyyy"),
            text(2, LIFFEY, INVOICE, "delivery docket number and account number beside the invoice number"),
            text(3, LIFFEY, INVOICE, "footer holds IBAN, BIC, company number, phone"),
            text(4, BURREN, INVOICE, "centred letterhead, boxed meta grid (label above value); d MMM yyyy"),
            text(5, BURREN, INVOICE, "keg deposits at 0% and empties returned as negative-quantity lines"),
            text(6, BURREN, INVOICE, "VAT analysis 23% / 0%; VAT number only in the footer"),
            text(7, OBRIAIN, INVOICE, "vendor name with a fada (\u00d3); wines with vintages and accents"),
            text(8, OBRIAIN, INVOICE, "meta row below the header; dd MMMM yyyy; \"All amounts in EUR\""),
            text(9, OBRIAIN, INVOICE, "Goods Value / VAT @ 23% / Total incl. VAT / Balance Due"),
            text(10, SHANNONSIDE, INVOICE, "Courier, 20+ dense zebra rows, VAT codes S/R/Z, dd.MM.yyyy"),
            text(11, SHANNONSIDE, INVOICE, "VAT analysis 23% / 13.5% / 0%; VAT code column; line and unit counts"),
            text(12, SHANNONSIDE, TWO_PAGE, "TWO PAGES: Page 1 of 2 / Continued; totals on page 2"),
            text(13, KINGDOM, INVOICE, "white-on-maroon banner; Inv # / Dated; d/M/yy"),
            text(14, KINGDOM, INVOICE, "Disc% column; \"Terms: 30 days \u2014 due\" line"),
            text(15, KINGDOM, INVOICE, "VAT analysis 23% / 13.5%; no deliver-to block"),
            text(16, ATLANTIC, INVOICE, "boxed label/value grid top right; yyyy-MM-dd"),
            text(17, ATLANTIC, INVOICE, "\"Discount 5%\" row with no qty/price and a negative amount"),
            text(18, ATLANTIC, INVOICE, "no due date printed (terms only)"),
            text(19, BOYNE, INVOICE, "title top left, supplier top right; meta row below; dd-MM-yyyy"),
            text(20, BOYNE, INVOICE, "Total excl. VAT / VAT / Total incl. VAT / Balance Due"),
            text(21, BOYNE, CREDIT_NOTE, "CREDIT NOTE: negative quantities, amounts and totals"),
            text(22, SUIR, INVOICE, "two-row boxed meta grid; ordinal dates (3rd November 2026)"),
            text(23, SUIR, INVOICE, "no product code column; boxed totals; PO always printed"),
            text(24, SUIR, INVOICE, "vendor address repeated in the footer as Registered Office"),
            scan(25, LIFFEY, Output.PNG, 1.2, 0, "skew +1.2\u00b0"),
            scan(26, BURREN, Output.IMAGE_PDF, -0.8, 0, "skew -0.8\u00b0"),
            scan(27, OBRIAIN, Output.TIFF_LZW, 1.8, 0, "skew +1.8\u00b0"),
            scan(28, SHANNONSIDE, Output.IMAGE_PDF, -2.4, 0, "skew -2.4\u00b0, dense Courier table"),
            scan(29, KINGDOM, Output.TIFF_G4, 0.6, 0, "skew +0.6\u00b0; the maroon banner turns solid black"),
            scan(30, ATLANTIC, Output.PNG, -0.7, 2, "fed UPSIDE DOWN (180\u00b0), skew -0.7\u00b0"),
            scan(31, BOYNE, Output.IMAGE_PDF, 0.9, 1, "fed SIDEWAYS (90\u00b0 clockwise), landscape page"),
            scan(32, SUIR, Output.PNG, -1.5, 0, "skew -1.5\u00b0"),
            scan(33, BURREN, Output.TIFF_G4, -2.8, 0, "skew -2.8\u00b0"),
            scan(34, LIFFEY, Output.TIFF_DEFLATE, 2.2, 0, "skew +2.2\u00b0"),
            photo(35, LIFFEY, ""), photo(36, BURREN, "serif fonts"), photo(37, OBRIAIN, "accented wine names"),
            photo(38, KINGDOM, "white-on-maroon banner"), photo(39, ATLANTIC, "discount row"), photo(40, SUIR, ""),
            photo(41, SHANNONSIDE, "dense 8 pt rows slope with the tilt"), photo(42, BOYNE, ""));

    private SampleInvoiceGenerator() {
    }

    private static Doc text(int n, Supplier s, Variant v, String note) {
        return new Doc(n, s, v, Output.TEXT_PDF, 0, 0, note);
    }

    private static Doc scan(int n, Supplier s, Output output, double skew, int turns, String note) {
        return new Doc(n, s, INVOICE, output, skew, turns, note);
    }

    private static Doc photo(int n, Supplier s, String note) {
        return new Doc(n, s, INVOICE, Output.JPEG, 0, 0,
                "keystone, tilt, uneven light, counter around the page" + (note.isEmpty() ? "" : "; " + note));
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        RenderFonts.install();
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-invoices");
        Files.createDirectories(folder);
        List<String> rows = new ArrayList<>();
        for (Doc doc : PLAN) {
            rows.add(generate(doc, folder));
            System.out.println("wrote " + doc.fileName());
        }
        Files.writeString(folder.resolve("README.md"), CorpusReadme.text(rows), StandardCharsets.UTF_8);
    }

    /** Writes one document and its truth file; returns its README table row. */
    static String generate(Doc doc, Path folder) throws IOException {
        Invoice invoice = new InvoiceFactory(SEED * 100 + doc.number()).create(doc.supplier(), doc.variant());
        InvoiceLayout layout = InvoiceLayout.of(doc.supplier());
        int pages;
        try (PDDocument pdf = new PDDocument()) {
            layout.draw(pdf, invoice);
            pages = pdf.getNumberOfPages();
            OutputFiles.fixMetadata(pdf, invoice.creditNote() ? "Credit Note" : "Invoice", "LedgerDesk 4.2",
                    invoice.date(), doc.fileName());
            write(doc, pdf, invoice, folder.resolve(doc.fileName()));
        }
        Files.writeString(folder.resolve(doc.baseName() + ".json"),
                TruthFile.json(doc.fileName(), doc.output().kind, pages, invoice, layout), StandardCharsets.UTF_8);
        String kind = doc.variant() == CREDIT_NOTE ? "text (credit note)" : doc.output().kind;
        return "| " + doc.fileName() + " | " + doc.supplier().layout() + " | " + kind + " | "
                + (doc.output() == Output.TEXT_PDF ? "" : doc.output().description + "; ") + doc.note()
                + facts(invoice, pages) + " |";
    }

    /** What this particular invoice happens to contain, for the README table. */
    private static String facts(Invoice invoice, int pages) {
        List<String> facts = new ArrayList<>();
        facts.add(invoice.lines().size() + " lines" + (pages > 1 ? " on " + pages + " pages" : ""));
        facts.add(invoice.poNumber() == null ? "no PO" : "PO");
        if (invoice.deliverTo() != null && invoice.supplier() != KINGDOM && invoice.supplier() != SHANNONSIDE) {
            facts.add("separate deliver-to");
        }
        if (invoice.lines().stream()
                .anyMatch(l -> l.quantity() != null && l.quantity().stripTrailingZeros().scale() > 0)) {
            facts.add("fractional quantity");
        }
        return " (" + String.join(", ", facts) + ")";
    }

    private static void write(Doc doc, PDDocument pdf, Invoice invoice, Path file) throws IOException {
        long seed = SEED + 7919L * doc.number();
        PDFRenderer renderer = new PDFRenderer(pdf);
        switch (doc.output()) {
            case TEXT_PDF -> OutputFiles.savePdf(pdf, file);
            case PNG -> OutputFiles.png(scan(renderer, SCAN_DPI, doc, seed), SCAN_DPI, file);
            case TIFF_LZW -> OutputFiles.tiff(scan(renderer, SCAN_DPI, doc, seed), "LZW", SCAN_DPI, file);
            case TIFF_DEFLATE -> OutputFiles.tiff(scan(renderer, SCAN_DPI, doc, seed), "Deflate", SCAN_DPI, file);
            case TIFF_G4 -> OutputFiles.tiff(ScanEffects.bilevel(scan(renderer, FAX_DPI, doc, seed), 150),
                    "CCITT T.6", FAX_DPI, file);
            case IMAGE_PDF -> OutputFiles.imagePdf(scan(renderer, SCAN_DPI, doc, seed), SCAN_DPI, invoice.date(),
                    doc.fileName(), file);
            case JPEG -> {
                float dpi = PHOTO_HEIGHT * 0.88f / (PageCanvas.HEIGHT / 72f);
                BufferedImage page = renderer.renderImageWithDPI(0, dpi, ImageType.RGB);
                OutputFiles.jpeg(PhotoEffects.photo(page, PHOTO_WIDTH, PHOTO_HEIGHT, seed), 0.8f, file);
            }
        }
    }

    private static BufferedImage scan(PDFRenderer renderer, int dpi, Doc doc, long seed) throws IOException {
        BufferedImage page = renderer.renderImageWithDPI(0, dpi, ImageType.GRAY);
        return ScanEffects.scan(page, doc.skew(), doc.quarterTurns(), seed);
    }
}
