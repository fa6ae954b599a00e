package io.barback.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnknownKeyLimiterTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-03T21:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Counted in this replica only: as while PostgreSQL is away (TwoReplicasTest counts through it). */
    @Test
    void theLimitIsPerAddressAndTheWindowEndsIt() {
        Hand clock = new Hand();
        UnknownKeyLimiter limiter = new UnknownKeyLimiter(null, () -> false, 3, Duration.ofSeconds(60), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.retryAfterSeconds("10.0.0.1")).as("before failure " + (i + 1)).isZero();
            assertThat(limiter.failed("10.0.0.1")).as("failure " + (i + 1) + " is within the allowance").isZero();
        }
        assertThat(limiter.retryAfterSeconds("10.0.0.1")).isEqualTo(60);
        assertThat(limiter.failed("10.0.0.1")).as("one more, past the allowance: answered 429 at once").isEqualTo(60);
        assertThat(limiter.retryAfterSeconds("10.0.0.2")).as("another address").isZero();

        clock.now = clock.now.plusMillis(59_001);
        assertThat(limiter.retryAfterSeconds("10.0.0.1")).as("rounded up, never 0 while held").isEqualTo(1);
        clock.now = clock.now.plusMillis(999);
        assertThat(limiter.retryAfterSeconds("10.0.0.1")).as("the window is over").isZero();
        limiter.failed("10.0.0.1");
        assertThat(limiter.retryAfterSeconds("10.0.0.1")).as("a new window counts from one").isZero();
    }

    @Test
    void aLimitBelowOneOrAnEmptyWindowIsRefused() {
        assertThatThrownBy(() -> new UnknownKeyLimiter(null, () -> false, 0, Duration.ofMinutes(1), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnknownKeyLimiter(null, () -> false, 5, Duration.ZERO, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
