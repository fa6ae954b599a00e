package io.barback.platform.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords, counted in PostgreSQL ({@code login_failure}) so that every replica counts
 * the same guesses: five within 15 minutes lock a login for the rest of the window, whichever
 * replicas the guesses reached. A lock held in one JVM would let N replicas take N × 5 guesses.
 * Failures older than the window are deleted as new ones come, so a flood of made-up names
 * stays bounded by the window.
 */
@Component
public class SignInFailures {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    public SignInFailures(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    public SignInFailures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one wrong password for the login. */
    public void failed(String login) {
        Instant now = clock.instant();
        jdbc.update("with aged as (delete from login_failure where failed_at < ?)"
                + " insert into login_failure (login, failed_at) values (?, ?)", Timestamp.from(now.minus(WINDOW)), login,
                Timestamp.from(now));
    }

    /** Whether the login has had {@link #MAX_FAILURES} wrong passwords within the window. */
    public boolean locked(String login) {
        Integer failures = jdbc.queryForObject("select count(*) from login_failure where login = ? and failed_at >= ?",
                Integer.class, login, Timestamp.from(clock.instant().minus(WINDOW)));
        return failures != null && failures >= MAX_FAILURES;
    }

    /** Forgets the login's failures: a good sign-in, or a new password. */
    public void clear(String login) {
        jdbc.update("delete from login_failure where login = ?", login);
    }
}
