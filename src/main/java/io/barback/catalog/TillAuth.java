package io.barback.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import io.barback.platform.ApiProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Till authentication: {@code Authorization: Bearer <key>}. Only the SHA-256 of a key is
 * stored; the presented key's hash is looked up and compared in constant time. A key is valid
 * for its own venue only.
 */
@Component("tillAuth")
public class TillAuth {

    private final JdbcTemplate jdbc;
    private final CatalogRepository catalog;
    private final VenueLogins logins;

    public TillAuth(JdbcTemplate jdbc, CatalogRepository catalog, VenueLogins logins) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.logins = logins;
    }

    /** Returns the venue the request may act on, or throws 401/403/404 as a problem. */
    public Venue authorize(String venueId, String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiProblem(401, "Unauthorized", "An API key is required: send 'Authorization: Bearer <key>'.", null);
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() > 7 + 256) {
            throw new ApiProblem(401, "Unauthorized", "The Authorization header must be 'Bearer <key>'.", null);
        }
        byte[] hash = sha256(authorization.substring(7).trim());
        List<Object[]> rows = jdbc.query("select venue_id, key_hash from api_key where key_hash = ? and revoked_at is null",
                (rs, i) -> new Object[] {rs.getString(1), rs.getBytes(2)}, (Object) hash);
        if (rows.isEmpty() || !MessageDigest.isEqual(hash, (byte[]) rows.get(0)[1])) {
            throw new ApiProblem(401, "Unauthorized", "The API key is not valid or has been revoked.", null);
        }
        Venue venue = catalog.venue(venueId).orElseThrow(() -> ApiProblem.notFound("No venue '" + venueId + "'."));
        if (!rows.get(0)[0].equals(venue.id())) {
            throw new ApiProblem(403, "Forbidden", "This API key belongs to another venue.", null);
        }
        return venue;
    }

    /**
     * The same check for a REST exchange: the {@code venueId} path parameter and the Authorization
     * header. The dashboard's paths ({@code /api/v1/dashboard/…}) carry no venue: there the venue
     * is the signed-in publican's, from the session that the dashboard's security chain checked.
     */
    public Venue authorize(org.apache.camel.Exchange exchange) {
        String venueId = exchange.getIn().getHeader("venueId", String.class);
        if (venueId == null) {
            return logins.signedInVenue();
        }
        return authorize(venueId, exchange.getIn().getHeader("Authorization", String.class));
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
