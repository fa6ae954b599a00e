package io.barback.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.barback.platform.health.PostgresHealth;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.Outages;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpMessage;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Till authentication: {@code Authorization: Bearer <key>}. Only the SHA-256 of a key is
 * stored; the presented key's hash is looked up and compared in constant time. A key is valid
 * for its own venue only.
 *
 * <p>What a key opens is kept in memory on each replica, dropped as soon as {@link CatalogChanges}
 * announces a change to the till keys (a key issued or revoked anywhere), and re-read from
 * PostgreSQL while changes are not being announced. A sale does not rely on the copy: the
 * statement that stores it checks the key again (see {@link Till#keyHash()}). While PostgreSQL
 * is away, the keys this replica knows still open their venue's figures (kept in MongoDB): no key
 * can be issued or revoked meanwhile. Keys that open nothing are counted per client address by
 * {@link UnknownKeyLimiter}.
 */
@Component("tillAuth")
public class TillAuth {

    /** Keys remembered at most; an attacker's guesses must not fill the memory. */
    private static final int MAX_REMEMBERED = 10_000;

    private final JdbcTemplate jdbc;
    private final CatalogRepository catalog;
    private final VenueLogins logins;
    private final CatalogChanges changes;
    private final PostgresHealth postgres;
    private final UnknownKeyLimiter limiter;
    /** key hash (hex) → the venue it opens, empty for a key that opens nothing. */
    private final Map<String, Optional<String>> keys = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public TillAuth(@Qualifier("tillJdbc") JdbcTemplate jdbc, CatalogRepository catalog, VenueLogins logins, CatalogChanges changes,
                    PostgresHealth postgres, UnknownKeyLimiter limiter) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.logins = logins;
        this.changes = changes;
        this.postgres = postgres;
        this.limiter = limiter;
        changes.subscribe(change -> {
            if (change == null || CatalogChanges.KEYS.equals(change)) {
                forgetKeys();
            }
        });
    }

    /**
     * A till allowed to act on a venue, and the hash of the key it showed (null when the request
     * came from a signed-in dashboard, which has no key).
     */
    public record Till(Venue venue, byte[] keyHash) {
    }

    /** Returns the venue the request may act on, or throws 401/403/404 as a problem. */
    public Venue authorize(String venueId, String authorization) {
        return till(venueId, authorization).venue();
    }

    /** As {@link #authorize(String, String)}, with the key's hash for a statement that checks it again. */
    public Till till(String venueId, String authorization) {
        return till(venueId, authorization, false, null);
    }

    /** @param client the caller's address, counted by {@link UnknownKeyLimiter} when its key opens nothing; null: not counted */
    private Till till(String venueId, String authorization, boolean anyCopy, String client) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiProblem(401, "Unauthorized", "An API key is required: send 'Authorization: Bearer <key>'.", null);
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() > 7 + 256) {
            throw new ApiProblem(401, "Unauthorized", "The Authorization header must be 'Bearer <key>'.", null);
        }
        byte[] hash = sha256(authorization.substring(7).trim());
        if (client != null) {
            long wait = limiter.retryAfterSeconds(client);
            Optional<String> known = keys.get(HexFormat.of().formatHex(hash));
            if (wait > 0 && (known == null || known.isEmpty())) {
                throw tooManyUnknownKeys(wait);
            }
        }
        Optional<String> opens = opens(hash, anyCopy);
        if (opens.isEmpty()) {
            // the allowance may have been used up on other replicas: then this one answers 429 too
            long wait = client == null ? 0 : limiter.failed(client);
            if (wait > 0) {
                throw tooManyUnknownKeys(wait);
            }
            throw new ApiProblem(401, "Unauthorized", "The API key is not valid or has been revoked.", null);
        }
        Venue venue = catalog.venue(venueId, anyCopy).orElseThrow(() -> ApiProblem.notFound("No venue '" + venueId + "'."));
        if (!opens.get().equals(venue.id())) {
            throw new ApiProblem(403, "Forbidden", "This API key belongs to another venue.", null);
        }
        return new Till(venue, hash);
    }

    private static ApiProblem tooManyUnknownKeys(long wait) {
        return new ApiProblem(429, "Too many attempts", "Too many requests with API keys that are not valid came from"
                + " this address; try again in " + wait + " s with a valid key.", null, (int) wait);
    }

    /**
     * The same check for a REST exchange: the {@code venueId} path parameter and the Authorization
     * header. The dashboard's paths ({@code /api/v1/dashboard/…}) carry no venue: there the venue
     * is the signed-in publican's, from the session that the dashboard's security chain checked.
     */
    public Venue authorize(Exchange exchange) {
        return till(exchange).venue();
    }

    /** As {@link #authorize(Exchange)}, with the key's hash (null for the dashboard). */
    public Till till(Exchange exchange) {
        return till(exchange, false);
    }

    /**
     * For a sale: this replica's copies are taken however old (the statement that stores the sale
     * checks the key and the catalog against PostgreSQL), so that a till is not kept waiting on a
     * PostgreSQL that has just gone away before the sale's own statement finds out.
     */
    public Till tillForSale(Exchange exchange) {
        return till(exchange, true);
    }

    private Till till(Exchange exchange, boolean anyCopy) {
        String venueId = exchange.getIn().getHeader("venueId", String.class);
        if (venueId == null) {
            return new Till(logins.signedInVenue(), null);
        }
        return till(venueId, exchange.getIn().getHeader("Authorization", String.class), anyCopy, client(exchange));
    }

    private static String client(Exchange exchange) {
        HttpServletRequest request = exchange.getIn() instanceof HttpMessage http ? http.getRequest() : null;
        return request == null ? null : request.getRemoteAddr();
    }

    /** Drops what this replica remembers of the keys, as when a statement found a key revoked. */
    public void forgetKeys() {
        generation.incrementAndGet();
        keys.clear();
    }

    private Optional<String> opens(byte[] hash, boolean anyCopy) {
        String id = HexFormat.of().formatHex(hash);
        Optional<String> known = keys.get(id);
        // while PostgreSQL is away no key can be issued or revoked: what was known still holds
        if (known != null && (anyCopy || changes.listening() || postgres.away())) {
            return known;
        }
        if (postgres.away()) {
            throw Outages.problem(Outages.Part.POSTGRES, "This till key has not been seen since Barback started, and"
                    + " cannot be checked now. Try again in a few seconds.");
        }
        long seen = generation.get();
        List<Object[]> rows;
        try {
            rows = jdbc.query("select venue_id, key_hash from api_key where key_hash = ? and revoked_at is null",
                    (rs, i) -> new Object[] {rs.getString(1), rs.getBytes(2)}, (Object) hash);
        } catch (DataAccessException e) {
            if (known != null && Outages.of(e).isPresent()) {
                return known;
            }
            throw e;
        }
        Optional<String> opens = rows.isEmpty() || !MessageDigest.isEqual(hash, (byte[]) rows.get(0)[1])
                ? Optional.empty() : Optional.of((String) rows.get(0)[0]);
        if (keys.size() >= MAX_REMEMBERED) {
            keys.clear();
        }
        keys.put(id, opens);
        if (generation.get() != seen) {
            keys.remove(id, opens);
        }
        return opens;
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
