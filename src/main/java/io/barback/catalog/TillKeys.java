package io.barback.catalog;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.HttpReply;
import io.barback.platform.web.HttpRequests;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The operator's side of till keys ({@code /api/v1/admin/…}, behind the operator's login): issue
 * a key for a venue's till, list a venue's keys, revoke one. A key is 256 random bits, shown once
 * when it is issued; only its SHA-256 is stored, so a copy of the database opens no till.
 * Revocation takes effect on the next request.
 */
@Component("tillKeys")
public class TillKeys {

    private static final Logger LOG = LoggerFactory.getLogger(TillKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LABEL = 100;

    private final JdbcTemplate jdbc;
    private final CatalogRepository catalog;
    private final TillAuth auth;

    public TillKeys(JdbcTemplate jdbc, CatalogRepository catalog, TillAuth auth) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.auth = auth;
    }

    /** The body of POST …/till-keys: which till the key is for. */
    public record KeyRequest(@JsonProperty(required = true) String label) {
    }

    /** POST /admin/venues/{venueId}/till-keys {"label": "bar till 1"} → 201 with the key, once. */
    public void issue(Exchange exchange) {
        Venue venue = venue(exchange);
        String label = label(HttpRequests.optionalBody(exchange, KeyRequest.class, "{\"label\": \"bar till 1\"}", ApiProblem::invalid));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "bbk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Long id = jdbc.queryForObject("insert into api_key (venue_id, key_hash, label) values (?, ?, ?) returning id",
                Long.class, venue.id(), TillAuth.sha256(key), label);
        LOG.info("Till key {} ('{}') issued for venue {} by {}", id, label, venue.id(), operator());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("keyId", id);
        body.put("venueId", venue.id());
        body.put("label", label);
        body.put("key", key);
        body.put("note", "Shown once: Barback keeps only its hash. Configure the till with it now.");
        HttpReply.json(exchange, 201, body);
    }

    /** GET /admin/venues/{venueId}/till-keys → the venue's keys (never the keys themselves). */
    public void list(Exchange exchange) {
        Venue venue = venue(exchange);
        List<Map<String, Object>> items = jdbc.query(
                "select id, label, created_at, revoked_at from api_key where venue_id = ? order by id", (rs, i) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("keyId", rs.getLong("id"));
                    item.put("label", rs.getString("label"));
                    item.put("createdAt", instant(rs.getTimestamp("created_at")));
                    item.put("revokedAt", instant(rs.getTimestamp("revoked_at")));
                    return item;
                }, venue.id());
        HttpReply.json(exchange, 200, Map.of("items", items));
    }

    /** DELETE /admin/venues/{venueId}/till-keys/{keyId} → 204; revoking a revoked key again changes nothing. */
    public void revoke(Exchange exchange) {
        Venue venue = venue(exchange);
        String raw = exchange.getIn().getHeader("keyId", String.class);
        long keyId;
        try {
            keyId = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("A key id is a number, as listed by GET …/till-keys.", "keyId");
        }
        int known = jdbc.update("update api_key set revoked_at = coalesce(revoked_at, now()) where id = ? and venue_id = ?",
                keyId, venue.id());
        if (known == 0) {
            throw ApiProblem.notFound("Venue '" + venue.id() + "' has no till key " + keyId + ".");
        }
        // this replica at once; the others when PostgreSQL's notification of the change reaches them
        auth.forgetKeys();
        LOG.info("Till key {} of venue {} revoked by {}", keyId, venue.id(), operator());
        HttpReply.send(exchange, 204, HttpReply.JSON, "", Map.of());
    }

    private Venue venue(Exchange exchange) {
        String venueId = exchange.getIn().getHeader("venueId", String.class);
        return catalog.venue(venueId).orElseThrow(() -> ApiProblem.notFound("No venue '" + venueId + "'."));
    }

    private static String label(KeyRequest request) {
        String label = request == null ? null : request.label();
        if (label == null || label.isBlank()) {
            throw ApiProblem.invalid("Give the key a label that says which till it is for, e.g. {\"label\": \"bar till 1\"}.", "/label");
        }
        String text = label.strip();
        if (text.length() > MAX_LABEL || text.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.invalid("A label is at most " + MAX_LABEL + " printable characters.", "/label");
        }
        return text;
    }

    private static String operator() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "?" : auth.getName();
    }

    private static String instant(Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }
}
