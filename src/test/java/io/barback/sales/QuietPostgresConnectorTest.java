package io.barback.sales;

import java.util.Properties;

import io.debezium.connector.base.ChangeEventQueue;
import io.debezium.connector.postgresql.PostgresConnector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CDC engine runs the task that waits parked, and that task still finds the queue it waits on
 * in this Debezium: after an upgrade that moved it, the task would quietly spin again.
 */
class QuietPostgresConnectorTest {

    @Test
    void theEngineIsGivenTheQuietConnectorInPlaceOfPostgresOnly() {
        Properties postgres = new Properties();
        postgres.setProperty("connector.class", PostgresConnector.class.getName());
        postgres.setProperty("slot.name", "barback");
        assertThat(CdcBatchComponent.BatchConsumer.quiet(postgres).getProperty("connector.class"))
                .isEqualTo(QuietPostgresConnector.class.getName());
        assertThat(postgres.getProperty("slot.name")).isEqualTo("barback");

        Properties other = new Properties();
        other.setProperty("connector.class", "io.debezium.connector.mysql.MySqlConnector");
        assertThat(CdcBatchComponent.BatchConsumer.quiet(other).getProperty("connector.class"))
                .isEqualTo("io.debezium.connector.mysql.MySqlConnector");
    }

    @Test
    void itsTaskFindsDebeziumsChangeQueue() {
        assertThat(new QuietPostgresConnector().taskClass()).isEqualTo(QuietPostgresConnector.QuietTask.class);
        assertThat(QuietPostgresConnector.QuietTask.QUEUE).isNotNull();
        assertThat(QuietPostgresConnector.QuietTask.QUEUE.getType()).isEqualTo(ChangeEventQueue.class);
    }
}
