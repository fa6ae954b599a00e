package io.barback.textract;

import java.util.ArrayList;
import java.util.List;

import io.barback.textract.ExpenseModel.AnalyzeExpenseResponse;
import io.barback.textract.ExpenseModel.DetectDocumentTextResponse;
import io.barback.textract.ExpenseModel.DocumentMetadata;
import io.barback.textract.ExpenseModel.ExpenseDocument;

/**
 * Textract's AnalyzeExpense and DetectDocumentText, offline: the document's one page is read
 * (text layer or OCR) and its key information extracted from the layout. Thread-safe.
 */
public final class OfflineTextract implements AutoCloseable {

    static final String MODEL_VERSION = "barback-offline-1.0";

    private final TesseractOcr ocr;
    private final DocumentReader reader;

    public OfflineTextract(int ocrWorkers) {
        this.ocr = new TesseractOcr(Math.max(1, ocrWorkers));
        this.reader = new DocumentReader(ocr);
    }

    /** One expense document per page the document shows (two for a photo of two sheets, as Textract does). */
    public AnalyzeExpenseResponse analyzeExpense(byte[] document) {
        List<PageText> pages = reader.readAll(document);
        List<ExpenseDocument> expenses = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            expenses.add(ExpenseExtractor.extract(pages.get(i), i + 1));
        }
        return new AnalyzeExpenseResponse(new DocumentMetadata(1), expenses, MODEL_VERSION, null);
    }

    public DetectDocumentTextResponse detectDocumentText(byte[] document) {
        PageText page = reader.read(document);
        return new DetectDocumentTextResponse(new DocumentMetadata(1),
                Blocks.of(page.rows(), 1), MODEL_VERSION);
    }

    @Override
    public void close() {
        ocr.close();
    }
}
