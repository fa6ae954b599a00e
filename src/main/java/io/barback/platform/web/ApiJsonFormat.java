package io.barback.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.barback.platform.Json;
import org.apache.camel.Exchange;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.spi.DataFormatFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST binding's JSON (camel-jackson, {@code camel.rest.json-data-format: api-json}): a verb
 * with {@code bindingMode: json} and a {@code type} gets its body as that record, read by
 * Barback's mapper, and a response object is written by it (money as decimal strings).
 *
 * <p>Two differences from plain camel-jackson, both so that every bad input keeps its RFC 9457
 * answer. A body that cannot be bound does not fail the exchange: Camel binds before the route
 * starts, where no error handler sees a failure, and before the handler has checked the caller's
 * key. The handler gets an {@link Unreadable} instead and {@link HttpRequests#body} turns it into
 * the problem, after the key and the content type are checked, naming the field the binding
 * failed at. And a response a handler has already written as JSON text is sent as it is.
 *
 * <p>Binding is stricter than Jackson's defaults: no number or boolean read as text, no
 * fraction cut to a whole number, no text read as a whole number.
 */
public class ApiJsonFormat extends JacksonDataFormat {

    /** The name of the data format; the rest configuration names it. */
    public static final String NAME = "api-json";
    /** The body as it arrived, as text: kept for every bound body while the record replaces it. */
    public static final String RAW_BODY = "barback.rawBody";

    static final ObjectMapper MAPPER = strict(Json.MAPPER.copy());

    /** A body that could not be bound to the verb's type, and why. */
    public record Unreadable(JacksonException failure) {
    }

    public ApiJsonFormat() {
        super(MAPPER, null);
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("barback-api-decimals").addDeserializer(BigDecimal.class, new PlainDecimal()));
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /**
     * A decimal is a JSON number or a plain decimal in text ("5.90"): text of another form, or longer
     * than any number the parser takes, is the field's wrong value, not a broken body.
     */
    static final class PlainDecimal extends StdScalarDeserializer<BigDecimal> {
        private static final Pattern PLAIN = Pattern.compile("-?\\d{1,30}(\\.\\d{1,10})?");

        PlainDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return p.getDecimalValue();
            }
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText().trim();
                if (PLAIN.matcher(text).matches()) {
                    return new BigDecimal(text);
                }
                return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text.length() > 20 ? text.substring(0, 20) + "…" : text,
                        "not a plain decimal amount");
            }
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
    }

    @Override
    public Object unmarshal(Exchange exchange, Object body) throws Exception {
        if (getUnmarshalType() == null) {
            return body;
        }
        // Camel's binding hands over text; whatever else comes is read as text first, so that the
        // body as sent is always kept (an Idempotency-Key's request is recognised by it)
        String text = body instanceof String s ? s : exchange.getContext().getTypeConverter().mandatoryConvertTo(String.class, exchange, body);
        exchange.setProperty(RAW_BODY, text);
        try {
            return super.unmarshal(exchange, text);
        } catch (JacksonException e) {
            return new Unreadable(e);
        }
    }

    @Override
    public Object unmarshal(Exchange exchange, InputStream stream) throws Exception {
        return unmarshal(exchange, (Object) stream);
    }

    @Override
    public void marshal(Exchange exchange, Object graph, OutputStream stream) throws Exception {
        if (graph instanceof String text) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        } else if (graph instanceof byte[] bytes) {
            stream.write(bytes);
        } else {
            super.marshal(exchange, graph, stream);
        }
    }

    /** Found by Camel under {@code api-json} plus its factory suffix when the REST binding asks for {@link #NAME}. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean(NAME + "-dataformat-factory")
        DataFormatFactory apiJsonFormat() {
            return ApiJsonFormat::new;
        }
    }
}
