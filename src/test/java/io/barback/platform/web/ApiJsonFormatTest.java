package io.barback.platform.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import io.barback.sales.SaleRequest;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The REST binding's JSON without a stack: what a body binds to, and the problem (status, field)
 * a body that cannot be bound gets. The stack test SaleRequestValidationTest sends the same kinds
 * of body over HTTP.
 */
class ApiJsonFormatTest {

    static final String LINE = "{\"sku\": \"CRISPS\", \"quantity\": 2, \"unitPrice\": \"2.50\"}";

    static Stream<Arguments> unbindable() {
        return Stream.of(
                arguments("malformed", "{\"lines\": [", 400, null),
                arguments("an array, not an object", "[1, 2]", 400, null),
                arguments("a fraction as quantity", "{\"lines\": [{\"sku\": \"A\", \"quantity\": 1.5, \"unitPrice\": 1}]}", 422, "/lines/0/quantity"),
                arguments("text as quantity", "{\"lines\": [{\"sku\": \"A\", \"quantity\": \"2\", \"unitPrice\": 1}]}", 422, "/lines/0/quantity"),
                arguments("quantity out of range", "{\"lines\": [{\"sku\": \"A\", \"quantity\": 1000000000000, \"unitPrice\": 1}]}", 422, "/lines/0/quantity"),
                arguments("quantity of 400 digits", "{\"lines\": [{\"sku\": \"A\", \"quantity\": " + "9".repeat(400) + "}]}", 400, null),
                arguments("price in exponent text", "{\"lines\": [{\"sku\": \"A\", \"unitPrice\": \"1e2\"}]}", 422, "/lines/0/unitPrice"),
                arguments("price of 400 digits in text", "{\"lines\": [{\"sku\": \"A\", \"unitPrice\": \"" + "9".repeat(400) + "\"}]}", 422, "/lines/0/unitPrice"),
                arguments("price a boolean", "{\"lines\": [{\"sku\": \"A\", \"unitPrice\": true}]}", 422, "/lines/0/unitPrice"),
                arguments("a number as text", "{\"tillRef\": 123, \"lines\": [" + LINE + "]}", 422, "/tillRef"),
                arguments("an object as sku", "{\"lines\": [{\"sku\": {\"$gt\": \"\"}, \"unitPrice\": 1}]}", 422, "/lines/0/sku"),
                arguments("lines an object", "{\"lines\": {}}", 422, "/lines"),
                arguments("a line a string", "{\"lines\": [\"A\"]}", 422, "/lines/0"),
                arguments("occurredAt not a time", "{\"occurredAt\": \"yesterday\", \"lines\": [" + LINE + "]}", 422, "/occurredAt"),
                arguments("deeply nested, unknown field", "{\"x\": " + "[".repeat(100) + "]".repeat(100) + "}", 400, null),
                arguments("a duplicate field", "{\"tillRef\": \"a\", \"tillRef\": \"b\", \"lines\": []}", 400, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unbindable")
    void aBodyThatCannotBeBoundIsAProblemAtItsField(String name, String body, int status, String field) throws Exception {
        Object bound = bind(body);
        assertThat(bound).as(name).isInstanceOf(ApiJsonFormat.Unreadable.class);
        ApiProblem problem = HttpRequests.unreadable(((ApiJsonFormat.Unreadable) bound).failure(), "a sale", ApiProblem::invalidSale);
        assertThat(problem.status()).as(problem.detail()).isEqualTo(status);
        assertThat(problem.field()).as(problem.detail()).isEqualTo(field);
        assertThat(problem.detail()).doesNotContain("com.fasterxml").doesNotContain("io.barback");
        if (field != null) {
            String last = field.substring(field.lastIndexOf('/') + 1);
            assertThat(problem.detail()).as("names the field").contains(last.matches("\\d+") ? "Item " + last : "'" + last + "'");
        }
    }

    @Test
    void aGoodBodyBindsExactly() throws Exception {
        Object bound = bind("{\"paymentMethod\": \"cash\", \"occurredAt\": \"2026-12-04T21:30:00+01:00\", \"extra\": 1,"
                + " \"lines\": [" + LINE + ", {\"sku\": \"PINT\", \"serving\": \"pint\", \"unitPrice\": 5.9}]}");
        SaleRequest sale = (SaleRequest) bound;
        assertThat(sale.paymentMethod()).isEqualTo("cash");
        assertThat(sale.occurredAt().toInstant()).hasToString("2026-12-04T20:30:00Z");
        assertThat(sale.lines()).hasSize(2);
        assertThat(sale.lines().get(0).unitPrice()).isEqualTo(new BigDecimal("2.50"));
        assertThat(sale.lines().get(0).quantity()).isEqualTo(2);
        assertThat(sale.lines().get(1).unitPrice()).isEqualTo(new BigDecimal("5.9"));
        assertThat(sale.lines().get(1).quantity()).isNull();
    }

    @Test
    void aReplyIsWrittenByBarbacksMapperAndTextAlreadyJsonIsSentAsItIs() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            ApiJsonFormat format = new ApiJsonFormat();
            format.setCamelContext(camel);
            format.start();
            Exchange exchange = new DefaultExchange(camel);
            assertThat(write(format, exchange, new SaleRequest(List.of(new SaleRequest.SaleLineRequest("A", null, 1, new BigDecimal("11.60"))),
                    null, null, null)))
                    .contains("\"unitPrice\":\"11.60\"");
            assertThat(write(format, exchange, "{\"already\":\"json\"}")).isEqualTo("{\"already\":\"json\"}");
        }
    }

    private static String write(ApiJsonFormat format, Exchange exchange, Object value) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.marshal(exchange, value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Object bind(String body) throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            ApiJsonFormat format = new ApiJsonFormat();
            format.setCamelContext(camel);
            format.setUnmarshalType(SaleRequest.class);
            format.start();
            Exchange exchange = new DefaultExchange(camel);
            Object bound = format.unmarshal(exchange, (Object) body);
            assertThat(exchange.getProperty(ApiJsonFormat.RAW_BODY)).isEqualTo(body);
            return bound;
        }
    }
}
