package io.barback.platform.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSchemasTest {

    final EventSchemas schemas = new EventSchemas();

    static final String VALID = """
            {"saleId": "0b8c6a4e-4a41-4a63-9f55-3f4fe4f0a001", "venueId": "the-local", "occurredAt": "2026-11-21T21:30:00Z",
             "tradingDay": "2026-11-21", "vatPeriod": "2026-11/2026-12", "paymentMethod": "card",
             "lines": [{"lineNo": 1, "sku": "GUINNESS-DRAUGHT", "name": "Guinness Draught", "serving": "pint", "quantity": 1,
                        "stockUnits": 568, "stockUnit": "ml", "reorderLevel": 50000, "unitPrice": "5.90", "vatRate": "0.23",
                        "net": "4.80", "vat": "1.10", "gross": "5.90"}],
             "totals": {"net": "4.80", "vat": "1.10", "gross": "5.90"}}""";

    @Test
    void aWellFormedSaleRecordedPasses() {
        assertThatCode(() -> schemas.validate("io.barback.sales.SaleRecorded.v1", VALID)).doesNotThrowAnyException();
    }

    @Test
    void moneyAsAFloatOrAMissingLineFieldIsPoison() {
        assertThatThrownBy(() -> schemas.validate("io.barback.sales.SaleRecorded.v1", VALID.replace("\"gross\": \"5.90\"}]", "\"gross\": 5.9}]")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("gross");
        assertThatThrownBy(() -> schemas.validate("io.barback.sales.SaleRecorded.v1", VALID.replace("\"sku\": \"GUINNESS-DRAUGHT\", ", "")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("sku");
        assertThatThrownBy(() -> schemas.validate("io.barback.sales.SaleRecorded.v1", "{not json"))
                .isInstanceOf(PoisonEventException.class);
    }

    @Test
    void aTimeThatIsNotATimeIsPoison() {
        assertThatThrownBy(() -> schemas.validate("io.barback.sales.SaleRecorded.v1",
                VALID.replace("\"2026-11-21T21:30:00Z\"", "\"last night\"")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("occurredAt");
    }

    @Test
    void unknownTypesArePoison() {
        assertThatThrownBy(() -> schemas.validate("com.example.Other.v1", VALID)).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> schemas.validate(null, VALID)).isInstanceOf(PoisonEventException.class);
    }
}
