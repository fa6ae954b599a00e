package io.barback.platform.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.Json;
import io.barback.platform.store.GuardedWrites;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * A Kafka record as a projection sees it: its CloudEvents id and type, where it sits in the
 * log (topic, partition, offset), and its payload, already checked against the type's schema.
 */
public record ConsumedEvent(String id, String type, String topic, int partition, long offset, JsonNode payload) {

    public static ConsumedEvent from(Exchange exchange, EventSchemas schemas) {
        String id = CloudEvents.header(exchange, "ce_id");
        String type = CloudEvents.header(exchange, "ce_type");
        if (id == null || id.isBlank()) {
            throw new PoisonEventException("record has no ce_id header");
        }
        Object body = exchange.getMessage().getBody();
        // bytes are decoded leniently, as the dead letters quote them (camel-kafka's default gives a String)
        String json = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body);
        JsonNode payload;
        try {
            payload = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new PoisonEventException("record value is not JSON: " + e.getMessage());
        }
        schemas.validate(type, payload);
        return new ConsumedEvent(id, type,
                exchange.getMessage().getHeader(KafkaConstants.TOPIC, String.class),
                exchange.getMessage().getHeader(KafkaConstants.PARTITION, Integer.class),
                exchange.getMessage().getHeader(KafkaConstants.OFFSET, Long.class),
                payload);
    }

    /**
     * The field a target document keeps the last applied offset of this record's partition in.
     * Events of one venue share a partition and are applied in offset order, so "offset not
     * above the stored one" means "already applied to this document".
     */
    public String positionField() {
        return GuardedWrites.APPLIED + "." + topic.replace('.', '_') + "_" + partition;
    }
}
