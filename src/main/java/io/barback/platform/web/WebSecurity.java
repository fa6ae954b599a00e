package io.barback.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import io.barback.platform.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach what over HTTP.
 * <ul>
 * <li>{@code /api/v1/admin/**}: the operator, with HTTP Basic; answers are RFC 9457 problems.</li>
 * <li>{@code /api/v1/dashboard/**}: the publican's dashboard, signed in with a venue's login
 * ({@code DashboardLogins}, kept by the catalog's VenueLogins) into a session; JSON answers, a CSRF cookie for the page's writes.</li>
 * <li>The rest of {@code /api/**}: the tills. Spring Security lets them through; each route
 * checks the till's key for its venue ({@code TillAuth}), so a key never opens a session.</li>
 * <li>{@code /actuator/health/**}: anyone (the orchestrator's probes); so is the dashboard's page
 * itself ({@code /}, its scripts and styles), which holds no data.</li>
 * <li>Everything else (Hawtio, Jolokia, Prometheus, the other actuator endpoints): the
 * operator, by the login form (a browser) or HTTP Basic (a scraper, a script).</li>
 * </ul>
 * The operator's name and password come from {@code BARBACK_ADMIN_USERNAME} and
 * {@code BARBACK_ADMIN_PASSWORD}; the local run's {@code admin}/{@code barback} is refused in
 * production by {@link ProductionSettingsCheck}. The password may be given already encoded
 * ({@code {bcrypt}$2a$…}); a plain one is bcrypt-hashed in memory at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurity {

    static final String ADMIN = "ADMIN";
    /** The operator's failures are counted under this prefix, apart from any venue login of the same name. */
    private static final String OPERATOR_FAILURES = "operator:";

    /** {@code barback.admin.*}: the operator's login (BARBACK_ADMIN_USERNAME, BARBACK_ADMIN_PASSWORD). */
    @ConfigurationProperties("barback.admin")
    public record Operator(String username, String password) {
        @Override
        public String toString() {
            return "Operator[username=" + username + ", password=(not shown)]";
        }
    }
    static final String DASHBOARD_CONTEXT = "BARBACK_DASHBOARD_SECURITY_CONTEXT";

    /**
     * No observation per security filter: they wrapped each of a request's dozen filters in a
     * timer (a sixth of a till request's CPU in bench/load.sh's profile), for figures nothing
     * reads. Requests are still timed whole (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The operator's login, locked like a venue login after five wrong passwords in 15 minutes
     * (counted in PostgreSQL, whichever replica took them): the operator's password opens every
     * venue, so it must not be guessed at the speed of HTTP either.
     */
    @Bean
    UserDetailsService operators(Operator operator, PasswordEncoder encoder, SignInFailures failures) {
        String username = operator.username() == null ? "" : operator.username();
        String password = operator.password() == null ? "" : operator.password();
        if (username.isBlank() || password.isBlank()) {
            throw new IllegalStateException("barback.admin.username and barback.admin.password (BARBACK_ADMIN_USERNAME,"
                    + " BARBACK_ADMIN_PASSWORD) must not be empty");
        }
        String stored = password.startsWith("{") ? password : encoder.encode(password);
        return name -> {
            if (!username.equals(name)) {
                throw new UsernameNotFoundException("not the operator");
            }
            return User.withUsername(username).password(stored).roles(ADMIN)
                    .accountLocked(failures.locked(OPERATOR_FAILURES + username)).build();
        };
    }

    /** Wrong operator passwords, from whichever chain checked them (the API's Basic, the console's form). */
    @Bean
    ApplicationListener<AuthenticationFailureBadCredentialsEvent> operatorFailures(Operator operator,
                                                                                   SignInFailures failures) {
        String username = operator.username();
        return event -> {
            if (username.equals(event.getAuthentication().getName())) {
                failures.failed(OPERATOR_FAILURES + username);
            }
        };
    }

    /** A good operator sign-in clears the count. */
    @Bean
    ApplicationListener<AuthenticationSuccessEvent> operatorSignedIn(Operator operator, SignInFailures failures) {
        String username = operator.username();
        return event -> {
            if (username.equals(event.getAuthentication().getName())
                    && event.getAuthentication().getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + ADMIN))) {
                failures.clear(OPERATOR_FAILURES + username);
            }
        };
    }

    /** The operator's API: Basic auth, no session, problems as JSON. */
    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/api/v1/admin/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(ADMIN))
                .httpBasic(b -> b.authenticationEntryPoint(operatorProblem()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problem(401, "Unauthorized",
                                "The operator's login is required (HTTP Basic)."))
                        .accessDeniedHandler(denied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }

    /**
     * The dashboard's API. The page signs in by POSTing the login form to {@code …/session} and
     * signs out with DELETE on it; every other call needs the session. The security context is
     * kept in the session under its own key, so a venue's sign-in and the operator's console in
     * one browser do not overwrite each other. Answers are JSON (a page, not a redirect, decides
     * what to show), and writes carry the CSRF token the page reads from its cookie.
     */
    @Bean
    @Order(2)
    SecurityFilterChain dashboardSecurity(HttpSecurity http, DashboardLogins logins, PasswordEncoder encoder)
            throws Exception {
        var provider = new DaoAuthenticationProvider(logins::load);
        provider.setPasswordEncoder(encoder);
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(DASHBOARD_CONTEXT);
        String session = "/api/v1/dashboard/session";
        return http.securityMatcher(path("/api/v1/dashboard/**"))
                .authenticationManager(new ProviderManager(provider))
                .securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(path(session)).permitAll()
                        .anyRequest().hasRole(DashboardLogins.ROLE))
                .formLogin(f -> f.loginProcessingUrl(session)
                        .successHandler((request, response, auth) -> {
                            logins.signedIn(auth.getName());
                            response.setStatus(200);
                            response.setContentType(HttpReply.JSON);
                            var user = (UserDetails) auth.getPrincipal();
                            response.getOutputStream().write(Json.write(Map.of("username", user.getUsername(),
                                    "venueId", logins.venueId(user))).getBytes(StandardCharsets.UTF_8));
                        })
                        .failureHandler((request, response, e) -> {
                            if (e instanceof LockedException) {
                                writeProblem(request, response, 429, "Too many attempts",
                                        "Too many wrong passwords for this login: try again in 15 minutes.", false);
                                return;
                            }
                            logins.failed(request.getParameter("username"));
                            writeProblem(request, response, 401, "Unauthorized", "Wrong login or password.", false);
                        }))
                .logout(l -> l.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.DELETE, session))
                        .invalidateHttpSession(false)
                        .addLogoutHandler((request, response, auth) -> {
                            var s = request.getSession(false);
                            if (s != null) {
                                s.removeAttribute(DASHBOARD_CONTEXT);
                            }
                        })
                        .logoutSuccessHandler((request, response, auth) -> response.setStatus(204)))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> writeProblem(request,
                                response, 401, "Unauthorized", "Sign in to the dashboard first.", false))
                        .accessDeniedHandler((request, response, ex) -> writeProblem(request, response, 403, "Forbidden",
                                "The request was refused: sign in again, or reload the page (its security token is stale).")))
                .csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new SinglePageAppCsrf()))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * A till's calls skip Spring Security's filters altogether: the route authenticates the till
     * key itself (TillAuth), there is no session, cookie or login page to guard, and the dozen
     * filters, the response wrapper they need and their headers were a sixth of a till request's
     * CPU at 1,200 sales/s (bench/load.sh). The request firewall still applies: a till's own
     * request meets it in {@link TillsPastSecurity}, which spares it Spring Security's MVC lookup
     * too, and any other dispatch of these paths in FilterChainProxy. HttpReply sets the answers'
     * headers. Spring logs a warning about it at start-up; it is deliberate.
     */
    @Bean
    WebSecurityCustomizer tillsSkipTheFilterChain() {
        return web -> web.ignoring().requestMatchers(path(TillsPastSecurity.TILL_PATHS + "**"));
    }

    /** The rest of the tills' API (the OpenAPI document): no session, no cookies, so no CSRF. */
    @Bean
    @Order(3)
    SecurityFilterChain tillApi(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }

    /** Hawtio, Jolokia and the actuator: the operator's login; only health is open. */
    @Bean
    @Order(4)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**"), path("/error")).permitAll()
                        // the dashboard's page: static files with no data in them
                        .requestMatchers(path("/"), path("/index.html"), path("/assets/**"), path("/favicon.svg")).permitAll()
                        .anyRequest().hasRole(ADMIN))
                .formLogin(f -> f.defaultSuccessUrl("/actuator/hawtio/", false))
                .httpBasic(Customizer.withDefaults())
                // Hawtio is a single-page app: it reads the token from the XSRF-TOKEN cookie and
                // sends it back as X-XSRF-TOKEN on its Jolokia POSTs
                .csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new SinglePageAppCsrf()))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .build();
    }

    /** By the request's whole path: the API is Camel's servlet, not Spring MVC's, so MVC matchers do not see it. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static AuthenticationEntryPoint problem(int status, String title, String detail) {
        return (request, response, e) -> writeProblem(request, response, status, title, detail);
    }

    /** 401 for a missing or wrong operator login; 429 while it is locked after too many wrong passwords. */
    private static AuthenticationEntryPoint operatorProblem() {
        return (request, response, e) -> {
            if (e instanceof LockedException) {
                response.setHeader("Retry-After", String.valueOf(SignInFailures.WINDOW.toSeconds()));
                writeProblem(request, response, 429, "Too many attempts",
                        "Too many wrong passwords for the operator's login: try again in 15 minutes.", false);
                return;
            }
            writeProblem(request, response, 401, "Unauthorized", "The operator's login is required (HTTP Basic).");
        };
    }

    private static AccessDeniedHandler denied() {
        return (request, response, e) -> writeProblem(request, response, 403, "Forbidden",
                "This login may not use the operator's API.");
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, int status,
                                     String title, String detail) throws IOException {
        writeProblem(request, response, status, title, detail, true);
    }

    /** {@code basicChallenge} false for the dashboard: a Basic challenge would make the browser pop up its own login box. */
    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, int status,
                                     String title, String detail, boolean basicChallenge) throws IOException {
        if (status == 401 && basicChallenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Barback\"");
        }
        ProblemResponses.write(request, response, status, title, detail);
    }

    /**
     * The token travels masked (BREACH-safe) when a page renders it, and plain when a script
     * echoes the cookie back in the header, which is what Hawtio does.
     */
    private static final class SinglePageAppCsrf extends CsrfTokenRequestAttributeHandler {
        private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            masked.handle(request, response, token);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            String header = request.getHeader(token.getHeaderName());
            return header != null && !header.isBlank()
                    ? super.resolveCsrfTokenValue(request, token)
                    : masked.resolveCsrfTokenValue(request, token);
        }
    }

    /** Loads the deferred token on every request so that the XSRF-TOKEN cookie is always set. */
    private static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
