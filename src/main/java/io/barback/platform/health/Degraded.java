package io.barback.platform.health;

import org.springframework.boot.actuate.health.Status;

/**
 * The health of a part Barback can do without for a while: when Kafka, MongoDB, the mailbox or
 * CDC is away, tills are still served (PostgreSQL takes each sale) and the pipeline catches up
 * later. Such a part reports {@link #STATUS} rather than DOWN: /actuator/health shows it, and
 * the readiness probe still answers 200 (see management.endpoint.health in application.yaml),
 * so an outage behind Barback does not take the tills' API away with it.
 */
public final class Degraded {

    public static final Status STATUS = new Status("DEGRADED");

    private Degraded() {
    }
}
