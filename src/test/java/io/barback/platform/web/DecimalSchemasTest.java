package io.barback.platform.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.Json;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published contract (docs/openapi.json, kept equal to what Barback serves by
 * OpenApiContractTest) types every decimal the way the mapper writes it: for each record of the
 * API that has a schema there, every BigDecimal field written as text is {@code type: string}
 * and every one written as a number is {@code type: number}, map values included.
 */
class DecimalSchemasTest {

    @Test
    void everyDecimalOfThePublishedContractIsTypedAsTheMapperWritesIt() throws Exception {
        JsonNode schemas = Json.MAPPER.readTree(Path.of("docs/openapi.json").toFile()).at("/components/schemas");
        Map<String, Class<?>> records = apiRecords();
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (var names = schemas.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Class<?> type = records.get(name);
            if (type == null) {
                continue;
            }
            JsonNode written = Json.MAPPER.valueToTree(sample(type));
            for (RecordComponent c : type.getRecordComponents()) {
                JsonNode property = schemas.at("/" + name + "/properties/" + c.getName());
                JsonNode value = written.get(c.getName());
                if (property.isMissingNode() || value == null) {
                    continue;
                }
                if (c.getType() == BigDecimal.class) {
                    checked.add(name + "." + c.getName());
                    if (!property.path("type").asText().equals(value.isTextual() ? "string" : "number")) {
                        wrong.add(name + "." + c.getName() + ": written as " + value + ", typed " + property);
                    }
                } else if (Map.class.isAssignableFrom(c.getType()) && valueType(c.getGenericType()) == BigDecimal.class) {
                    checked.add(name + "." + c.getName());
                    JsonNode first = value.elements().next();
                    if (!property.at("/additionalProperties/type").asText().equals(first.isTextual() ? "string" : "number")) {
                        wrong.add(name + "." + c.getName() + ": values written as " + first + ", typed " + property);
                    }
                }
            }
        }
        assertThat(checked).as("decimal fields found in the contract").hasSizeGreaterThan(20)
                .contains("SaleLine.net", "SaleLine.stockUnits", "ProductRequest.servings", "ProductRequest.prices",
                        "CountLineRequest.counted");
        assertThat(wrong).isEmpty();
    }

    @Test
    void aMoneyStringIsAPlainDecimalAndAQuantityANumber() throws Exception {
        DecimalSchemas.register();
        Map<String, Schema<?>> read = new HashMap<>();
        // Camel's resolver in the chain names the schema by its class's full name
        Schema<?> shape = ModelConverters.getInstance().readAll(Shape.class).entrySet().stream()
                .filter(e -> e.getKey().endsWith("Shape")).findFirst().orElseThrow().getValue();
        shape.getProperties().forEach((name, schema) -> read.put((String) name, (Schema<?>) schema));
        assertThat(read.get("price").getType()).isEqualTo("string");
        assertThat(read.get("price").getFormat()).isEqualTo("decimal");
        assertThat("12.50").matches(read.get("price").getPattern());
        assertThat("-0.5").matches(read.get("price").getPattern());
        assertThat("1e3").doesNotMatch(read.get("price").getPattern());
        assertThat(read.get("counted").getType()).isEqualTo("number");
        assertThat(((Schema<?>) read.get("servings").getAdditionalProperties()).getType()).isEqualTo("number");
        assertThat(((Schema<?>) read.get("prices").getAdditionalProperties()).getType()).isEqualTo("string");
        assertThat(read.get("name").getType()).isEqualTo("string");
        assertThat(read.get("name").getFormat()).isNull();
    }

    record Shape(String name, BigDecimal price,
                 @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = Json.Quantity.class) BigDecimal counted,
                 @com.fasterxml.jackson.databind.annotation.JsonSerialize(contentUsing = Json.Quantity.class) Map<String, BigDecimal> servings,
                 Map<String, BigDecimal> prices) {
    }

    /** Barback's records by simple name (the contract's schema names). */
    static Map<String, Class<?>> apiRecords() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bean) {
                return "java.lang.Record".equals(bean.getMetadata().getSuperClassName());
            }
        };
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName()));
        Map<String, Class<?>> records = new HashMap<>();
        for (var bean : scanner.findCandidateComponents("io.barback")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            if (!type.getName().contains(".client.model.")) {
                records.put(type.getSimpleName(), type);
            }
        }
        return records;
    }

    /** An instance whose every decimal is set, map values included. */
    static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = value(components[i].getType(), components[i].getGenericType());
        }
        Constructor<?> canonical = type.getDeclaredConstructor(
                java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        canonical.setAccessible(true);
        return canonical.newInstance(args);
    }

    static Object value(Class<?> type, Type generic) {
        if (type == BigDecimal.class) {
            return new BigDecimal("1.50");
        } else if (type == String.class) {
            return "x";
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == long.class || type == Long.class) {
            return 1L;
        } else if (Map.class.isAssignableFrom(type)) {
            return valueType(generic) == BigDecimal.class ? Map.of("a", new BigDecimal("1.50")) : Map.of();
        } else if (List.class.isAssignableFrom(type)) {
            return List.of();
        } else if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 1, 1);
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse("2026-01-01T00:00:00Z");
        } else if (type == Instant.class) {
            return Instant.EPOCH;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    static Type valueType(Type generic) {
        return generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 2 ? p.getActualTypeArguments()[1] : null;
    }
}
