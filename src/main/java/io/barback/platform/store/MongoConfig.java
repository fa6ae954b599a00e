package io.barback.platform.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The projections' database: the one named in the MongoDB connection string. */
@Configuration
public class MongoConfig {

    /** How long the read API waits for MongoDB, server selection included, before it answers 503. */
    static final long READ_API_TIMEOUT_MILLIS = 1500;

    @Bean
    @Primary
    MongoDatabase barbackDatabase(MongoClient client, @Value("${barback.mongodb.uri}") String uri) {
        String name = new ConnectionString(uri).getDatabase();
        MongoDatabase db = client.getDatabase(name == null ? "barback" : name);
        // the read API's queries: a venue's stock, a venue's days in a range
        db.getCollection("inventory").createIndex(Indexes.ascending("venueId", "sku"));
        db.getCollection("finance_daily").createIndex(Indexes.ascending("venueId", "date"));
        db.getCollection("vat_periods").createIndex(Indexes.ascending("venueId", "period"));
        db.getCollection("inventory_daily").createIndex(Indexes.ascending("venueId", "sku", "date"));
        return db;
    }

    /**
     * The same database for the read API: every operation, finding a server included, is bounded,
     * so that while MongoDB is away a till or the dashboard gets its 503 within two seconds rather
     * than after the driver's 30 s of server selection. The projections keep the patient defaults.
     */
    @Bean
    MongoDatabase readApiDatabase(MongoDatabase barbackDatabase) {
        return barbackDatabase.withTimeout(READ_API_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }
}
