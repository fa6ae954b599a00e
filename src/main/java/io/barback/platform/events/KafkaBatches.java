package io.barback.platform.events;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommit;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

/**
 * Commits a consumed batch (camel-kafka {@code batching=true} with manual commits): for every
 * partition in it, the offset after its last record, in one synchronous commit on the consumer's
 * own thread. The route calls it as its last step, once every record is applied or parked, so a
 * crash before it only replays records whose effects the projections' guards recognise.
 */
@Component("kafkaBatches")
public class KafkaBatches {

    public void commit(Exchange batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new LinkedHashMap<>();
        DefaultKafkaManualCommit any = null;
        for (Exchange record : ProjectionBatch.records(batch)) {
            Object manual = record.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT);
            if (!(manual instanceof DefaultKafkaManualCommit commit)) {
                throw new IllegalStateException("the batch's records carry no manual commit: the route needs "
                        + "allowManualCommit=true and DefaultKafkaManualCommitFactory");
            }
            any = commit;
            // records of a partition come in offset order: the last one wins
            offsets.put(commit.getPartition(), new OffsetAndMetadata(commit.getRecordOffset() + 1));
        }
        if (any != null) {
            any.getCamelExchangePayload().consumer.commitSync(offsets, Duration.ofMillis(any.getCommitTimeout()));
        }
    }
}
