package io.barback.invoices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Textract reads one page per synchronous call: a multi-page PDF goes page by page. */
final class PdfPages {

    private PdfPages() {
    }

    static List<byte[]> split(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.getNumberOfPages() <= 1) {
                return List.of(pdf);
            }
            List<byte[]> pages = new ArrayList<>();
            for (PDDocument page : new Splitter().split(doc)) {
                try (page) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    page.save(out);
                    pages.add(out.toByteArray());
                }
            }
            return pages;
        }
    }
}
