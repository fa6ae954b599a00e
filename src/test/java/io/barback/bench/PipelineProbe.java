package io.barback.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Prints, once a second, how far each stage of the sales pipeline has got: sales stored in
 * PostgreSQL, events on barback.sales.v1, events applied by each projection. Where the numbers
 * part company is where the time goes. Run beside a benchmark; stops after {@code args[0]} seconds.
 */
public final class PipelineProbe {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Properties p = new Properties();
        p.put("bootstrap.servers", System.getProperty("bench.kafka", "localhost:9092"));
        String topic = "barback.sales.v1";
        try (Admin admin = Admin.create(p);
             Connection db = DriverManager.getConnection(System.getProperty("bench.jdbc",
                     "jdbc:postgresql://localhost:5432/barback"), "postgres", "x")) {
            int partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int i = 0; i < partitions; i++) {
                latest.put(new TopicPartition(topic, i), OffsetSpec.latest());
            }
            System.out.printf("%5s %10s %10s %12s %12s%n", "s", "stored", "published", "inventory", "finance");
            for (int s = 0; s < seconds; s++) {
                long stored;
                try (ResultSet rs = db.createStatement().executeQuery("select count(*) from sale")) {
                    rs.next();
                    stored = rs.getLong(1);
                }
                long published = admin.listOffsets(latest).all().get().values().stream().mapToLong(i -> i.offset()).sum();
                System.out.printf("%5d %10d %10d %12d %12d%n", s, stored, published, committed(admin, "barback-inventory"),
                        committed(admin, "barback-finance"));
                Thread.sleep(1000);
            }
        }
    }

    static long committed(Admin admin, String group) throws Exception {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
                .mapToLong(o -> o == null ? 0 : o.offset()).sum();
    }
}
