package io.barback.platform.health;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * A health check that asks a remote part (Kafka, MongoDB, the mailbox) on its own thread, every
 * so often, and answers probes from the last answer. A probe therefore returns at once even when
 * the part hangs until its timeout, and the part is not asked once per probe per replica.
 */
public abstract class BackgroundHealth implements HealthIndicator, InitializingBean, DisposableBean {

    private final ScheduledExecutorService timer;
    private final Duration every;
    private volatile Health last = Health.unknown().withDetail("check", "not run yet").build();

    protected BackgroundHealth(String name, Duration every) {
        this.every = every;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "barback-health-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts checking once the subclass is fully built. */
    @Override
    public void afterPropertiesSet() {
        timer.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the part; may take as long as the part's own timeout. */
    protected abstract Health check();

    private void refresh() {
        try {
            last = check();
        } catch (RuntimeException e) {
            last = Health.status(Degraded.STATUS).withDetail("error", e.getClass().getSimpleName()).build();
        }
    }

    @Override
    public Health health() {
        return last;
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
