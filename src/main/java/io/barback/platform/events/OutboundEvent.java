package io.barback.platform.events;

import java.time.Instant;

/**
 * An event on its way to Kafka: the topic, the key (the venue, so a venue's events stay in
 * order), the CloudEvents attributes and the payload record.
 *
 * @param id deterministic: the same source change always yields the same id
 */
public record OutboundEvent(String topic, String key, String id, String type, String source, Instant time,
                            Object payload) {
}
