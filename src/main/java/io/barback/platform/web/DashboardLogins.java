package io.barback.platform.web;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * What the dashboard's security chain (WebSecurity) asks of the logins that open it, so that
 * the platform does not depend on the catalog that keeps them (catalog.VenueLogins implements it).
 */
public interface DashboardLogins {

    /** The authority role of a signed-in publican. */
    String ROLE = "VENUE";

    /** The login by its name, for the password check; its principal names the venue it opens. */
    UserDetails load(String username);

    /** The venue a signed-in principal opens. */
    String venueId(UserDetails principal);

    /** A wrong password for this name (counted towards its lock). */
    void failed(String username);

    /** A sign-in that succeeded (clears the count). */
    void signedIn(String username);
}
