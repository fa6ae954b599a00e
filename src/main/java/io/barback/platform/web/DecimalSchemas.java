package io.barback.platform.web;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.barback.platform.Json;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document types a decimal as Barback's mapper writes it: money, rates and other
 * decimals are decimal strings ({@code "11.60"}: {@code type: string, format: decimal}); a field
 * marked {@code @JsonSerialize(using = Json.Quantity.class)} (or {@code contentUsing} for a map's
 * values) is a stock quantity, a JSON number. A request record marks its quantities the same way,
 * so that a till vendor's generated client sends each field in the form Barback itself answers
 * with (Barback reads a decimal in either form).
 *
 * <p>camel-openapi-java reads the record types through swagger-core's shared converter chain; this
 * converter goes in front of the one Camel adds, and leaves every other type to it.
 */
public final class DecimalSchemas implements ModelConverter {

    /** A plain decimal, as the mapper writes it and the binding reads it. */
    static final String PATTERN = "^-?\\d+(\\.\\d+)?$";

    private static final DecimalSchemas INSTANCE = new DecimalSchemas();

    private DecimalSchemas() {
    }

    /** Puts the converter at the front of the chain camel-openapi-java uses, once. */
    static synchronized void register() {
        try {
            // Camel adds its resolver in front when this class initialises: ours must come after it
            Class.forName("org.apache.camel.openapi.RestModelConverters", true, DecimalSchemas.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return; // no OpenAPI document served: nothing to type
        }
        // the chains of OpenAPI 3.0 (what Barback publishes) and of 3.1, should it be asked for
        for (ModelConverters converters : List.of(ModelConverters.getInstance(), ModelConverters.getInstance(true))) {
            converters.removeConverter(INSTANCE);
            converters.addConverter(INSTANCE);
        }
    }

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType java = type.getType() == null ? null : TypeFactory.defaultInstance().constructType(type.getType());
        if (java != null && java.getRawClass() == BigDecimal.class) {
            return decimal(quantity(type.getCtxAnnotations(), false));
        }
        if (java != null && java.isMapLikeType() && java.getContentType().getRawClass() == BigDecimal.class) {
            return new MapSchema().additionalProperties(decimal(quantity(type.getCtxAnnotations(), true)));
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private static Schema<?> decimal(boolean quantity) {
        return quantity ? new NumberSchema() : new StringSchema().format("decimal").pattern(PATTERN);
    }

    /** Whether the member's annotations write it (or a map's values) as a quantity, a JSON number. */
    private static boolean quantity(Annotation[] annotations, boolean content) {
        if (annotations == null) {
            return false;
        }
        for (Annotation a : annotations) {
            if (a instanceof JsonSerialize s && (content ? s.contentUsing() : s.using()) == Json.Quantity.class) {
                return true;
            }
        }
        return false;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        Registration() {
            register();
        }
    }
}
