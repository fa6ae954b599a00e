package io.barback.platform;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** The projections' MongoDB answers a ping (reported as {@code mongo} in /actuator/health). */
@Component("mongoHealthIndicator")
public class MongoHealth extends AbstractHealthIndicator {

    private final MongoDatabase db;

    public MongoHealth(MongoDatabase db) {
        super("MongoDB health check failed");
        this.db = db;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        db.runCommand(new Document("ping", 1));
        builder.up();
    }
}
