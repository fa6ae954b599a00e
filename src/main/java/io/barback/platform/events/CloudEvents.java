package io.barback.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.Json;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * CloudEvents 1.0 in Kafka's binary mode: the attributes travel as {@code ce_*} headers, the
 * payload is the record value as JSON. Every outbound event is checked against its JSON Schema
 * first, so a bug never reaches a consumer as a malformed event.
 */
@Component("cloudEvents")
public class CloudEvents {

    public static final String SPEC_VERSION = "1.0";
    private static final Logger LOG = LoggerFactory.getLogger(CloudEvents.class);

    private final EventSchemas schemas;
    private final DeadLetters deadLetters;

    public CloudEvents(EventSchemas schemas, DeadLetters deadLetters) {
        this.schemas = schemas;
        this.deadLetters = deadLetters;
    }

    /**
     * Many events as Kafka records for camel-kafka to send together (an {@code Iterable} body: every
     * send in flight at once, the exchange done when all are acknowledged). An event that fails its
     * schema becomes its dead letter in its place. Each iteration builds fresh messages, because
     * camel-kafka consumes their topic header as it sends: a redelivery sends the same records again.
     */
    public Iterable<Message> records(Exchange exchange) throws InvalidPayloadException {
        @SuppressWarnings("unchecked")
        List<OutboundEvent> events = exchange.getMessage().getMandatoryBody(List.class);
        List<Record> records = new ArrayList<>(events.size());
        for (OutboundEvent event : events) {
            try {
                records.add(record(event));
            } catch (PoisonEventException e) {
                OutboundEvent parked = deadLetters.fromInvalidEvent(event, e.getMessage());
                try {
                    records.add(record(parked));
                } catch (PoisonEventException unwritable) {
                    // as platform-publish-deadletter does: a dead letter that fails its own schema is logged whole
                    LOG.error("Dead letter could not be published ({}); it was: {}", unwritable.getMessage(), parked);
                }
            }
        }
        CamelContext camel = exchange.getContext();
        return () -> records.stream().map(r -> r.message(camel)).iterator();
    }

    private record Record(OutboundEvent event, String json) {
        Message message(CamelContext camel) {
            Message m = new DefaultMessage(camel);
            headers(m, event);
            m.setBody(json);
            return m;
        }
    }

    private Record record(OutboundEvent event) {
        JsonNode tree = Json.MAPPER.valueToTree(event.payload());
        schemas.validate(event.type(), tree);
        return new Record(event, Json.write(tree));
    }

    /** Turns an {@link OutboundEvent} body into a Kafka record: key, ce_* headers, JSON value. */
    public void prepare(Exchange exchange) throws InvalidPayloadException {
        OutboundEvent event = exchange.getMessage().getMandatoryBody(OutboundEvent.class);
        Record record = record(event);
        Message m = exchange.getMessage();
        m.removeHeaders("*");
        headers(m, event);
        m.setBody(record.json());
    }

    private static void headers(Message m, OutboundEvent event) {
        m.setHeader(KafkaConstants.KEY, event.key());
        m.setHeader(KafkaConstants.OVERRIDE_TOPIC, event.topic());
        m.setHeader("ce_specversion", SPEC_VERSION);
        m.setHeader("ce_id", event.id());
        m.setHeader("ce_type", event.type());
        m.setHeader("ce_source", event.source());
        m.setHeader("ce_time", DateTimeFormatter.ISO_INSTANT.format(event.time()));
        m.setHeader("content-type", "application/json");
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
