package io.barback.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Till keys that open nothing, counted per client address: past {@code limit} of them in a
 * window, that client's requests with keys this replica does not know are answered 429 with
 * Retry-After until the window ends. A key that opens a venue always goes through, so a pub whose
 * tills share an address with a misconfigured one keeps trading. Each replica counts its own: a
 * guess is a 256-bit key, so this sheds load (every unknown key costs a PostgreSQL lookup) rather
 * than stopping a search that cannot succeed. The address is the one Tomcat reports, which honours
 * X-Forwarded-For from an internal proxy (server.forward-headers-strategy).
 */
@Component
public class UnknownKeyLimiter {

    /** Addresses remembered at most; past it the expired ones go, then all. */
    private static final int MAX_CLIENTS = 50_000;

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Window> clients = new ConcurrentHashMap<>();

    private record Window(long start, int failures) {
    }

    @Autowired
    public UnknownKeyLimiter(@Value("${barback.security.unknown-key-limit:20}") int limit,
                             @Value("${barback.security.unknown-key-window:1m}") Duration window) {
        this(limit, window, Clock.systemUTC());
    }

    UnknownKeyLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("barback.security.unknown-key-limit must be at least 1 and the window above 0");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Seconds until this client may try an unknown key again; 0 when it may now. */
    public long retryAfterSeconds(String client) {
        Window w = clients.get(client);
        long now = clock.millis();
        if (w == null || w.failures() < limit || now - w.start() >= windowMillis) {
            return 0;
        }
        return Math.max(1, (w.start() + windowMillis - now + 999) / 1000);
    }

    /** A key from this client opened nothing. */
    public void failed(String client) {
        long now = clock.millis();
        if (clients.size() >= MAX_CLIENTS) {
            clients.values().removeIf(w -> now - w.start() >= windowMillis);
            if (clients.size() >= MAX_CLIENTS) {
                clients.clear();
            }
        }
        clients.compute(client, (k, w) -> w == null || now - w.start() >= windowMillis
                ? new Window(now, 1) : new Window(w.start(), w.failures() + 1));
    }
}
