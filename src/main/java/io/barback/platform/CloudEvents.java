package io.barback.platform;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.springframework.stereotype.Component;

/**
 * CloudEvents 1.0 in Kafka's binary mode: the attributes travel as {@code ce_*} headers, the
 * payload is the record value as JSON. Every outbound event is checked against its JSON Schema
 * first, so a bug never reaches a consumer as a malformed event.
 */
@Component("cloudEvents")
public class CloudEvents {

    public static final String SPEC_VERSION = "1.0";

    private final EventSchemas schemas;

    public CloudEvents(EventSchemas schemas) {
        this.schemas = schemas;
    }

    /** Turns an {@link OutboundEvent} body into a Kafka record: key, ce_* headers, JSON value. */
    public void prepare(Exchange exchange) throws org.apache.camel.InvalidPayloadException {
        OutboundEvent event = exchange.getMessage().getMandatoryBody(OutboundEvent.class);
        com.fasterxml.jackson.databind.JsonNode tree = Json.MAPPER.valueToTree(event.payload());
        schemas.validate(event.type(), tree);
        String json = Json.write(tree);
        Message m = exchange.getMessage();
        m.removeHeaders("*");
        m.setHeader(KafkaConstants.KEY, event.key());
        m.setHeader(KafkaConstants.OVERRIDE_TOPIC, event.topic());
        m.setHeader("ce_specversion", SPEC_VERSION);
        m.setHeader("ce_id", event.id());
        m.setHeader("ce_type", event.type());
        m.setHeader("ce_source", event.source());
        m.setHeader("ce_time", DateTimeFormatter.ISO_INSTANT.format(event.time()));
        m.setHeader("content-type", "application/json");
        m.setBody(json);
    }

    /** A CloudEvents header of a consumed Kafka record, whatever form camel-kafka gave it in. */
    public static String header(Exchange exchange, String name) {
        Object value = exchange.getMessage().getHeader(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
