package io.barback.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.barback.platform.Json;
import org.springframework.stereotype.Component;

/**
 * The JSON Schema of every event type, from {@code src/main/resources/schemas/<Type>.schema.json}.
 * Producers validate before they publish; consumers validate before they apply and park what
 * fails.
 */
@Component
public class EventSchemas {

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Draft 2020-12 treats "format" as a note unless asked: dates and times are checked here. */
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** @param type a CloudEvents type such as {@code io.barback.sales.SaleRecorded.v1} */
    public void validate(String type, String json) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new InvalidEventException("event is not JSON: " + e.getMessage());
        }
        validate(type, node);
    }

    public void validate(String type, JsonNode node) {
        Set<ValidationMessage> errors = schema(type).validate(node);
        if (!errors.isEmpty()) {
            throw new InvalidEventException(type + " fails its schema: "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
    }

    private JsonSchema schema(String type) {
        if (type == null) {
            throw new InvalidEventException("event has no ce_type");
        }
        return schemas.computeIfAbsent(type, t -> {
            String name = schemaName(t);
            try (InputStream in = EventSchemas.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
                if (in == null) {
                    throw new InvalidEventException("unknown event type " + t);
                }
                return factory.getSchema(in, config);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read schema " + name, e);
            }
        });
    }

    /** io.barback.sales.SaleRecorded.v1 → SaleRecorded.v1 */
    static String schemaName(String type) {
        String[] parts = type.split("\\.");
        if (parts.length < 2 || !type.startsWith("io.barback.")) {
            throw new InvalidEventException("unknown event type " + type);
        }
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    /** An event that does not satisfy its schema, or of no known type: a poison event. */
    public static final class InvalidEventException extends PoisonEventException {
        public InvalidEventException(String message) {
            super(message);
        }
    }
}
