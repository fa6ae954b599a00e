package io.barback.platform.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The projections' MongoDB answers a ping within 3 s (reported as {@code mongo} in
 * /actuator/health, checked every 5 s). When it does not, sales are still taken and the
 * projections wait: {@link Degraded}.
 */
@Component("mongoHealthIndicator")
public class MongoHealth extends BackgroundHealth {

    private final MongoDatabase db;

    public MongoHealth(MongoDatabase db) {
        super("mongo", Duration.ofSeconds(5));
        this.db = db;
    }

    @Override
    protected Health check() {
        try {
            db.withTimeout(3, TimeUnit.SECONDS).runCommand(new Document("ping", 1));
            return Health.up().build();
        } catch (RuntimeException e) {
            return Health.status(Degraded.STATUS).withDetail("error", "MongoDB does not answer ("
                    + e.getClass().getSimpleName() + "): the projections wait and catch up when it is back").build();
        }
    }
}
