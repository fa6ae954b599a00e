package io.barback.platform;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projections' database: the one named in the MongoDB connection string. */
@Configuration
public class MongoConfig {

    @Bean
    MongoDatabase barbackDatabase(MongoClient client, @Value("${barback.mongodb.uri}") String uri) {
        String name = new ConnectionString(uri).getDatabase();
        return client.getDatabase(name == null ? "barback" : name);
    }
}
