package io.barback.textract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Textract's AnalyzeExpense and DetectDocumentText responses as they travel on the wire (AWS
 * JSON 1.1, PascalCase members). The local endpoint writes these; the tests read AWS's own
 * responses into them to prove the shapes match.
 */
public final class ExpenseModel {

    private ExpenseModel() {
    }

    /** The mapper for Textract's wire format: PascalCase, nulls left out, unknown members refused. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public record AnalyzeExpenseResponse(DocumentMetadata documentMetadata, List<ExpenseDocument> expenseDocuments,
            String analyzeExpenseModelVersion, String jobStatus) {
    }

    public record DetectDocumentTextResponse(DocumentMetadata documentMetadata, List<Block> blocks,
            String detectDocumentTextModelVersion) {
    }

    public record DocumentMetadata(Integer pages) {
    }

    public record ExpenseDocument(Integer expenseIndex, List<ExpenseField> summaryFields,
            List<LineItemGroup> lineItemGroups, List<Block> blocks) {
    }

    public record ExpenseField(ExpenseType type, ExpenseDetection labelDetection, ExpenseDetection valueDetection,
            Integer pageNumber, ExpenseCurrency currency, List<ExpenseGroupProperty> groupProperties) {

        /** The field's type name (VENDOR_NAME, TOTAL, ITEM, ...), or "" when absent. */
        public String typeText() {
            return type == null || type.text() == null ? "" : type.text();
        }

        /** The value as printed, or "" when absent. */
        public String valueText() {
            return valueDetection == null || valueDetection.text() == null ? "" : valueDetection.text();
        }
    }

    public record ExpenseType(String text, Float confidence) {
    }

    public record ExpenseDetection(String text, Geometry geometry, Float confidence) {
    }

    public record ExpenseCurrency(String code, Float confidence) {
    }

    public record ExpenseGroupProperty(List<String> types, String id) {
    }

    public record LineItemGroup(Integer lineItemGroupIndex, List<LineItemFields> lineItems) {
    }

    public record LineItemFields(List<ExpenseField> lineItemExpenseFields) {
    }

    public record Block(String blockType, Float confidence, String text, String textType, Geometry geometry,
            String id, List<Relationship> relationships, Integer page) {
    }

    public record Relationship(String type, List<String> ids) {
    }

    public record Geometry(BoundingBox boundingBox, List<Point> polygon, Float rotationAngle) {

        /** The geometry of an axis-aligned box given in page fractions. */
        public static Geometry of(float left, float top, float width, float height) {
            return new Geometry(new BoundingBox(width, height, left, top),
                    List.of(new Point(left, top), new Point(left + width, top),
                            new Point(left + width, top + height), new Point(left, top + height)),
                    null);
        }
    }

    public record BoundingBox(Float width, Float height, Float left, Float top) {
    }

    public record Point(Float x, Float y) {
    }
}
