package io.barback.platform;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projections' database: the one named in the MongoDB connection string. */
@Configuration
public class MongoConfig {

    @Bean
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
}
