package io.barback.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.barback.platform.Json;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the dead-letter event for input that could not be processed: what it was (the raw
 * change or record), where it came from, and why it was parked. Replaying it later is a matter
 * of reading the topic.
 */
@Component("deadLetters")
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    public static final String TYPE = "io.barback.platform.DeadLettered.v1";

    private final String topic;
    private final MeterRegistry meters;

    public DeadLetters(Topics topics, MeterRegistry meters) {
        this.topic = topics.deadletter();
        this.meters = meters;
    }

    /** barback_dead_letters_total{route}: anything above zero wants a person's look. */
    private void count(String route) {
        meters.counter("barback.dead.letters", "route", route == null ? "unknown" : route).increment();
    }

    public record DeadLettered(String reason, String route, Instant parkedAt, String venueId,
                               Map<String, Object> origin, Object original) {
    }

    /** A change of a batch from the CDC route that could not be mapped (the rest of its batch goes on). */
    public OutboundEvent fromChange(Message change, Throwable cause, String route) {
        Map<String, Object> origin = new LinkedHashMap<>();
        Object identifier = change.getHeader("CamelDebeziumIdentifier");
        Object key = change.getHeader("CamelDebeziumKey");
        Object source = change.getHeader("CamelDebeziumSourceMetadata");
        origin.put("table", String.valueOf(identifier));
        origin.put("operation", String.valueOf(change.getHeader("CamelDebeziumOperation")));
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("key", DebeziumValues.toPlain(key));
        raw.put("before", DebeziumValues.toPlain(change.getHeader("CamelDebeziumBefore")));
        raw.put("after", DebeziumValues.toPlain(change.getBody()));
        raw.put("source", DebeziumValues.toPlain(source));
        String lsn = source instanceof Map<?, ?> m ? String.valueOf(m.get("lsn")) : "?";
        String venue = DebeziumValues.string(change.getBody(), "venue_id");
        String id = "deadletter/cdc/" + identifier + "/" + lsn + "/" + DebeziumValues.toPlain(key);
        return event(route, cause, id, venue, origin, raw);
    }

    /** An event a producer built that fails its own schema (a bug): parked with the event as it was. */
    public OutboundEvent fromInvalidEvent(OutboundEvent event, String reason) {
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("ce_id", event.id());
        origin.put("ce_type", event.type());
        origin.put("topic", event.topic());
        return event("platform-publish", new IllegalStateException(reason), "deadletter/invalid/" + event.id(), event.key(),
                origin, event.payload());
    }

    /** A Kafka record of a batch that route could not apply, for that reason; the rest of the batch goes on. */
    public OutboundEvent fromRecord(Exchange exchange, String route, Throwable cause) {
        Map<String, Object> origin = new LinkedHashMap<>();
        String recordTopic = exchange.getMessage().getHeader(KafkaConstants.TOPIC, String.class);
        Object partition = exchange.getMessage().getHeader(KafkaConstants.PARTITION);
        Object offset = exchange.getMessage().getHeader(KafkaConstants.OFFSET);
        origin.put("topic", recordTopic);
        origin.put("partition", partition);
        origin.put("offset", offset);
        origin.put("ce_id", CloudEvents.header(exchange, "ce_id"));
        origin.put("ce_type", CloudEvents.header(exchange, "ce_type"));
        Object body = exchange.getMessage().getBody();
        String raw = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body);
        Object key = exchange.getMessage().getHeader(KafkaConstants.KEY);
        String id = "deadletter/" + route + "/" + recordTopic + "-" + partition + "-" + offset;
        return event(route, cause, id, key == null ? null : key.toString(), origin, raw);
    }

    /** A mail that failed too many times for a passing reason: parked in the Failed folder, told here. */
    public OutboundEvent fromMail(String messageKey, String venueId, Map<String, Object> origin, String reason) {
        DeadLettered parked = new DeadLettered(reason, "invoices-mailbox", Instant.now(), venueId, origin,
                Map.of("messageId", messageKey));
        count("invoices-mailbox");
        return new OutboundEvent(topic, venueId == null ? messageKey : venueId,
                "deadletter/invoices-mailbox/" + messageKey, TYPE, "/barback/routes/invoices-mailbox",
                parked.parkedAt(), parked);
    }

    /** The original is kept whole up to this many characters of JSON, and cut beyond (with its size noted). */
    static final int MAX_ORIGINAL_CHARS = 32 * 1024;

    static Object bounded(Object raw) {
        String json = raw instanceof String text ? text : Json.write(raw);
        if (json.length() <= MAX_ORIGINAL_CHARS) {
            return raw;
        }
        Map<String, Object> cut = new LinkedHashMap<>();
        cut.put("truncated", true);
        cut.put("length", json.length());
        cut.put("head", json.substring(0, MAX_ORIGINAL_CHARS));
        return cut;
    }

    private OutboundEvent event(String route, Throwable cause, String id, String venueId, Map<String, Object> origin,
                                Object raw) {
        String reason = cause == null ? "unknown" : cause.getMessage();
        LOG.warn("Parking input of route {} on {}: {}", route, topic, reason);
        count(route);
        DeadLettered payload = new DeadLettered(reason == null ? cause.getClass().getName() : reason, route, Instant.now(),
                venueId, origin, bounded(raw));
        return new OutboundEvent(topic, venueId == null ? "unknown" : venueId, id, TYPE,
                "/barback/routes/" + route, Instant.now(), payload);
    }
}
