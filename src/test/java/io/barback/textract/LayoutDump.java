package io.barback.textract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints how the reader sees a document: its rows and segments with positions. A tool for tuning the reader. */
public final class LayoutDump {

    private LayoutDump() {
    }

    public static void main(String[] args) throws Exception {
        try (TesseractOcr ocr = new TesseractOcr(1)) {
            DocumentReader reader = new DocumentReader(ocr);
            for (String file : args) {
                List<byte[]> pages = ReaderAccuracy.pages(Files.readAllBytes(Path.of(file)));
                for (int p = 0; p < pages.size(); p++) {
                    PageText page = reader.read(pages.get(p));
                    System.out.printf(Locale.ROOT, "== %s page %d of %d (%s, rotation %d, skew %.2f, aspect %.3f, "
                            + "mean confidence %.1f)%n", file, p + 1, pages.size(), page.source(), page.rotation(),
                            page.skewDegrees(), page.aspect(), TesseractOcr.meanConfidence(page.words()));
                    for (Layout.Row row : page.rows()) {
                        StringBuilder b = new StringBuilder();
                        for (Layout.Segment s : row.segments()) {
                            b.append(String.format(Locale.ROOT, "  [%.3f-%.3f] %s", s.left(), s.right(), s.text()));
                        }
                        System.out.printf(Locale.ROOT, "%3d y=%.3f h=%.4f%s%n", row.index(), row.top(), row.wordHeight(), b);
                    }
                    LineItemTable.find(page.rows(), page.aspect()).ifPresentOrElse(
                            t -> {
                                System.out.printf(Locale.ROOT, "table under row %s: %s, %d items%n",
                                        t.header() == null ? "-" : t.header().index(), t.columns(), t.items().size());
                                // each row under the header as the table's columns cut it
                                int from = t.header() == null ? 0 : t.header().index() + 1;
                                for (Layout.Row row : page.rows().subList(from, Math.min(page.rows().size(), from + 25))) {
                                    System.out.printf(Locale.ROOT, "  cells of row %d: %s%n", row.index(),
                                            LineItemTable.cells(row, t.columns()).entrySet().stream()
                                                    .map(e -> e.getKey() + "=" + e.getValue().text()).toList());
                                }
                            },
                            () -> System.out.println("no table"));
                }
            }
        }
    }
}
