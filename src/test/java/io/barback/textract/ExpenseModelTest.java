package io.barback.textract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.barback.textract.ExpenseModel.AnalyzeExpenseResponse;
import io.barback.textract.ExpenseModel.ExpenseDocument;
import io.barback.textract.ExpenseModel.ExpenseField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wire model reads every real AWS AnalyzeExpense response in src/test/resources/textract
 * with unknown members refused, so the shapes the endpoint writes are the shapes AWS writes.
 */
class ExpenseModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"invoice-expense-response.json", "analyzeExpenseResponse-multipage.json",
            "expense-missing-geoms-response.json", "test_trp2_expense_sample1.json", "test_trp2_expense_sample2.json",
            "test_trp2_expense_sample3.json", "test_trp2_expense_sample4.json"})
    void everyRealResponseParsesIntoTheModel(String file) throws IOException {
        AnalyzeExpenseResponse response = read(file);

        assertThat(response.expenseDocuments()).isNotEmpty();
        for (ExpenseDocument doc : response.expenseDocuments()) {
            assertThat(doc.summaryFields()).isNotEmpty().allSatisfy(f -> assertThat(f.typeText()).isNotBlank());
            for (var group : doc.lineItemGroups()) {
                assertThat(group.lineItems()).allSatisfy(li -> assertThat(li.lineItemExpenseFields()).isNotEmpty());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void anInvoiceCarriesItsNumberTotalAndSupplierNameInTheShapesAwsUses() throws IOException {
        ExpenseDocument doc = read("invoice-expense-response.json").expenseDocuments().get(0);

        assertThat(value(doc, "INVOICE_RECEIPT_ID")).isEqualTo("123PQR456");
        // amounts come as printed, currency symbol included
        assertThat(value(doc, "TOTAL")).isEqualTo("$6231.09");
        // older model versions say NAME (grouped as VENDOR or RECEIVER) where newer ones say VENDOR_NAME
        assertThat(value(doc, "NAME")).isEqualTo("XZY Company");
        ExpenseField total = doc.summaryFields().stream().filter(f -> f.typeText().equals("TOTAL")).findFirst().orElseThrow();
        assertThat(total.valueDetection().confidence()).isBetween(0f, 100f);
        assertThat(total.valueDetection().geometry().boundingBox().width()).isPositive();
    }

    @org.junit.jupiter.api.Test
    void groupPropertiesTellTheVendorFromTheReceiver() throws IOException {
        ExpenseDocument page1 = read("analyzeExpenseResponse-multipage.json").expenseDocuments().get(0);

        List<String> vendorNames = page1.summaryFields().stream().filter(f -> f.typeText().equals("NAME"))
                .filter(f -> f.groupProperties() != null && f.groupProperties().stream()
                        .anyMatch(g -> g.types().contains("VENDOR")))
                .map(ExpenseField::valueText).toList();
        assertThat(vendorNames).containsExactly("META\n-");
        assertThat(value(page1, "VENDOR_NAME")).isEqualTo("META\n-");
    }

    private static String value(ExpenseDocument doc, String type) {
        return doc.summaryFields().stream().filter(f -> f.typeText().equals(type)).map(ExpenseField::valueText)
                .findFirst().orElse(null);
    }

    @org.junit.jupiter.api.Test
    void theMultiPageResponseHasOneExpenseDocumentPerPageWithItsLines() throws IOException {
        AnalyzeExpenseResponse response = read("analyzeExpenseResponse-multipage.json");

        assertThat(response.documentMetadata().pages()).isEqualTo(2);
        assertThat(response.expenseDocuments()).hasSize(2);
        long items = response.expenseDocuments().stream().flatMap(d -> d.lineItemGroups().stream())
                .mapToLong(g -> g.lineItems().size()).sum();
        assertThat(items).isPositive();
    }

    @org.junit.jupiter.api.Test
    void whatTheEndpointWritesReadsBackUnchanged() throws IOException {
        AnalyzeExpenseResponse original = read("invoice-expense-response.json");
        byte[] written = ExpenseModel.mapper().writeValueAsBytes(original);

        AnalyzeExpenseResponse again = ExpenseModel.mapper().readValue(written, AnalyzeExpenseResponse.class);
        assertThat(again).isEqualTo(original);
    }

    private static AnalyzeExpenseResponse read(String file) throws IOException {
        try (InputStream in = ExpenseModelTest.class.getResourceAsStream("/textract/" + file)) {
            assertThat(in).as(file).isNotNull();
            return ExpenseModel.mapper().readValue(in, AnalyzeExpenseResponse.class);
        }
    }
}
