package io.barback.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import io.barback.platform.health.PostgresHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Till keys that open nothing, counted per client address: past {@code limit} of them in a
 * window, that client's requests with keys Barback does not know are answered 429 with
 * Retry-After until the window ends. A key that opens a venue always goes through, so a pub whose
 * tills share an address with a misconfigured one keeps trading.
 * <p>
 * The count lives in PostgreSQL ({@code unknown_key_client}), so every replica refuses the same
 * client after the same number of guesses, whichever replicas they reached. Each replica keeps the
 * count it last saw, so a client it has refused costs it no statement until the window ends. While
 * PostgreSQL is away the replica counts on its own. The address is the one Tomcat reports, which
 * honours X-Forwarded-For from an internal proxy (server.forward-headers-strategy).
 */
@Component
public class UnknownKeyLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(UnknownKeyLimiter.class);

    /** Addresses remembered at most; past it the expired ones go, then all. */
    private static final int MAX_CLIENTS = 50_000;

    /** {@code barback.security.*}: unknown till keys per address within the window. */
    @ConfigurationProperties("barback.security")
    public record Settings(int unknownKeyLimit, Duration unknownKeyWindow) {
    }

    private final JdbcTemplate jdbc;
    private final BooleanSupplier postgresAway;
    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Window> clients = new ConcurrentHashMap<>();

    /** A client's count as this replica last saw it. */
    private record Window(long start, int failures) {
    }

    @Autowired
    public UnknownKeyLimiter(@Qualifier("tillJdbc") JdbcTemplate jdbc, PostgresHealth postgres, Settings settings) {
        this(jdbc, postgres::away, settings.unknownKeyLimit(), settings.unknownKeyWindow(), Clock.systemUTC());
    }

    /** @param jdbc null: count in this replica only */
    UnknownKeyLimiter(JdbcTemplate jdbc, BooleanSupplier postgresAway, int limit, Duration window, Clock clock) {
        if (limit < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("barback.security.unknown-key-limit must be at least 1 and the window above 0");
        }
        this.jdbc = jdbc;
        this.postgresAway = postgresAway;
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Seconds until this client may try an unknown key again; 0 when it may now. */
    public long retryAfterSeconds(String client) {
        return wait(clients.get(client), clock.millis());
    }

    /**
     * A key from this client opened nothing. Returns the seconds it must wait when it had already
     * used up its allowance before this one (counted on another replica): answer 429, not 401.
     */
    public long failed(String client) {
        long now = clock.millis();
        if (clients.size() >= MAX_CLIENTS) {
            clients.values().removeIf(w -> now - w.start() >= windowMillis);
            if (clients.size() >= MAX_CLIENTS) {
                clients.clear();
            }
        }
        Window counted = jdbc == null || postgresAway.getAsBoolean() ? null : countShared(client, now);
        if (counted == null) {
            counted = clients.compute(client, (k, w) -> w == null || now - w.start() >= windowMillis
                    ? new Window(now, 1) : new Window(w.start(), w.failures() + 1));
        } else {
            clients.put(client, counted);
        }
        return counted.failures() > limit ? wait(counted, now) : 0;
    }

    private long wait(Window w, long now) {
        if (w == null || w.failures() < limit || now - w.start() >= windowMillis) {
            return 0;
        }
        return Math.max(1, (w.start() + windowMillis - now + 999) / 1000);
    }

    /** One more failure in the shared count; null when PostgreSQL could not take it. */
    private Window countShared(String client, long now) {
        Timestamp at = new Timestamp(now);
        Timestamp ended = new Timestamp(now - windowMillis);
        try {
            // a window that has ended starts again at one; other clients' ended windows are deleted
            List<Window> rows = jdbc.query("""
                    with aged as (delete from unknown_key_client where window_start <= ? and client <> ?)
                    insert into unknown_key_client as c (client, window_start, failures) values (?, ?, 1)
                    on conflict (client) do update set
                        window_start = case when c.window_start <= ? then excluded.window_start else c.window_start end,
                        failures = case when c.window_start <= ? then 1 else c.failures + 1 end
                    returning window_start, failures""",
                    (rs, i) -> new Window(rs.getTimestamp(1).getTime(), rs.getInt(2)), ended, client, client, at, ended, ended);
            return rows.isEmpty() ? null : rows.get(0);
        } catch (DataAccessException e) {
            LOG.debug("Unknown till key from {} counted on this replica only: {}", client, e.getMessage());
            return null;
        }
    }
}
