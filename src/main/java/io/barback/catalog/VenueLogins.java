package io.barback.catalog;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.barback.platform.web.ApiProblem;
import io.barback.platform.web.DashboardLogins;
import io.barback.platform.web.HttpReply;
import io.barback.platform.web.HttpRequests;
import io.barback.platform.web.SignInFailures;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The publican's sign-in to the dashboard: a login belongs to one venue and is kept in
 * {@code venue_login} with a bcrypt hash. The operator makes, lists and disables logins through
 * {@code /api/v1/admin/venues/{venueId}/logins}. Five failed passwords within 15 minutes lock a
 * login for 15 minutes, counted in PostgreSQL for every replica alike, so a password cannot be
 * guessed at the speed of HTTP.
 * A disabled login is refused from its next request, even with a session already open.
 */
@Component("venueLogins")
public class VenueLogins implements DashboardLogins {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    private static final Logger LOG = LoggerFactory.getLogger(VenueLogins.class);

    private final JdbcTemplate jdbc;
    private final CatalogRepository catalog;
    private final PasswordEncoder encoder;
    private final SignInFailures failures;

    public VenueLogins(JdbcTemplate jdbc, CatalogRepository catalog, PasswordEncoder encoder, SignInFailures failures) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.encoder = encoder;
        this.failures = failures;
    }

    /** A signed-in publican: the login's name, and the venue it opens. */
    public static final class VenueUser extends User {
        private static final long serialVersionUID = 1L;
        private final String venueId;

        VenueUser(String username, String passwordHash, String venueId, boolean locked) {
            super(username, passwordHash, true, true, true, !locked, AuthorityUtils.createAuthorityList("ROLE_" + ROLE));
            this.venueId = venueId;
        }

        public String venueId() {
            return venueId;
        }
    }

    @Override
    public String venueId(UserDetails principal) {
        return ((VenueUser) principal).venueId();
    }

    /** For Spring Security's password check: the login by its name, case-insensitively. */
    @Override
    public VenueUser load(String username) {
        String name = normalise(username);
        List<VenueUser> found = jdbc.query("select username, password_hash, venue_id from venue_login"
                        + " where username = ? and disabled_at is null",
                (rs, i) -> new VenueUser(rs.getString(1), rs.getString(2), rs.getString(3), locked(rs.getString(1))), name);
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("no login " + name);
        }
        return found.get(0);
    }

    /** Counts a wrong password towards the lock (in PostgreSQL, for every replica). */
    @Override
    public void failed(String username) {
        String name = normalise(username);
        failures.failed(name);
        LOG.warn("Failed dashboard sign-in for '{}'", name.replaceAll("\\p{Cntrl}", "?"));
    }

    /** A good sign-in clears the failures and is recorded for the operator's list. */
    @Override
    public void signedIn(String username) {
        failures.clear(username);
        jdbc.update("update venue_login set last_sign_in_at = now() where username = ?", username);
    }

    boolean locked(String username) {
        return failures.locked(username);
    }

    /**
     * The venue of the login signed in on this request, checked again against the table so that
     * a login disabled since it signed in is refused at once.
     */
    public Venue signedInVenue() {
        VenueUser user = currentUser().orElseThrow(() -> new ApiProblem(401, "Unauthorized",
                "Sign in to the dashboard first.", null));
        Integer active = jdbc.queryForObject("select count(*) from venue_login where username = ? and venue_id = ?"
                + " and disabled_at is null", Integer.class, user.getUsername(), user.venueId());
        if (active == null || active == 0) {
            throw new ApiProblem(401, "Unauthorized", "This login has been disabled; ask the operator.", null);
        }
        return catalog.venue(user.venueId()).orElseThrow(() -> ApiProblem.notFound("No venue '" + user.venueId() + "'."));
    }

    /** The signed-in publican on this thread's request, if the request came through the dashboard's chain. */
    public static Optional<VenueUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof VenueUser u
                ? Optional.of(u) : Optional.empty();
    }

    // --- the operator's API ---------------------------------------------------------------

    /** GET /admin/venues/{venueId}/logins → the venue's logins (never a hash). */
    public void list(Exchange exchange) {
        Venue venue = venue(exchange);
        List<Map<String, Object>> items = jdbc.query("select username, created_at, password_set_at, last_sign_in_at,"
                + " disabled_at from venue_login where venue_id = ? order by username", (rs, i) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("username", rs.getString("username"));
                    item.put("createdAt", instant(rs.getTimestamp("created_at")));
                    item.put("passwordSetAt", instant(rs.getTimestamp("password_set_at")));
                    item.put("lastSignInAt", instant(rs.getTimestamp("last_sign_in_at")));
                    item.put("disabledAt", instant(rs.getTimestamp("disabled_at")));
                    return item;
                }, venue.id());
        HttpReply.json(exchange, 200, Map.of("items", items));
    }

    /** The body of PUT …/logins/{username}: the login's new password. */
    public record PasswordRequest(@JsonProperty(required = true) String password) {
        @Override
        public String toString() {
            return "PasswordRequest[password=…]";
        }
    }

    /**
     * PUT /admin/venues/{venueId}/logins/{username} {"password": "…"} → 201 for a new login,
     * 200 when an existing one gets a new password (and is enabled again).
     */
    public void put(Exchange exchange) {
        Venue venue = venue(exchange);
        String username = username(exchange);
        String password = password(HttpRequests.optionalBody(exchange, PasswordRequest.class, "{\"password\": \"…\"}",
                ApiProblem::invalid), username);
        String hash = encoder.encode(password);
        List<String> owner = jdbc.queryForList("select venue_id from venue_login where username = ?", String.class, username);
        if (!owner.isEmpty() && !owner.get(0).equals(venue.id())) {
            throw new ApiProblem(409, "Login taken", "The login '" + username + "' belongs to another venue.", "username");
        }
        boolean created = owner.isEmpty();
        jdbc.update("insert into venue_login (username, venue_id, password_hash) values (?, ?, ?)"
                + " on conflict (username) do update set password_hash = excluded.password_hash,"
                + " password_set_at = now(), disabled_at = null", username, venue.id(), hash);
        // a new password lifts the lock
        failures.clear(username);
        LOG.info("Dashboard login '{}' of venue {} {} by {}", username, venue.id(),
                created ? "created" : "given a new password", operator());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("venueId", venue.id());
        body.put("created", created);
        HttpReply.json(exchange, created ? 201 : 200, body);
    }

    /** DELETE /admin/venues/{venueId}/logins/{username} → 204; its open sessions are refused from the next request. */
    public void disable(Exchange exchange) {
        Venue venue = venue(exchange);
        String username = username(exchange);
        int known = jdbc.update("update venue_login set disabled_at = coalesce(disabled_at, now())"
                + " where username = ? and venue_id = ?", username, venue.id());
        if (known == 0) {
            throw ApiProblem.notFound("Venue '" + venue.id() + "' has no login '" + username + "'.");
        }
        LOG.info("Dashboard login '{}' of venue {} disabled by {}", username, venue.id(), operator());
        HttpReply.send(exchange, 204, HttpReply.JSON, "", Map.of());
    }

    private Venue venue(Exchange exchange) {
        String venueId = exchange.getIn().getHeader("venueId", String.class);
        return catalog.venue(venueId).orElseThrow(() -> ApiProblem.notFound("No venue '" + venueId + "'."));
    }

    private static String username(Exchange exchange) {
        String name = normalise(exchange.getIn().getHeader("username", String.class));
        if (name.length() < 3 || name.length() > 100 || !name.matches("[a-z0-9._@+-]+")) {
            throw ApiProblem.invalid("A login name is 3 to 100 letters, digits or . _ @ + - (an email address will do).",
                    "username");
        }
        return name;
    }

    private static String password(PasswordRequest request, String username) {
        String text = request == null ? null : request.password();
        if (text == null) {
            throw ApiProblem.invalid("Send the login's password: {\"password\": \"…\"}.", "/password");
        }
        if (text.length() < MIN_PASSWORD || text.length() > MAX_PASSWORD) {
            throw ApiProblem.invalid("A password is " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.", "/password");
        }
        if (text.strip().equalsIgnoreCase(username)) {
            throw ApiProblem.invalid("The password must not be the login's name.", "/password");
        }
        return text;
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String operator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "?" : auth.getName();
    }

    private static String instant(Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }
}
