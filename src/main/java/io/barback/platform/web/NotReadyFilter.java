package io.barback.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server is listening a couple of seconds before Camel has started the API's routes,
 * and again while Barback shuts down. A till that calls in that window got Spring's bare 404, as
 * if its venue did not exist; it now gets a 503 problem with Retry-After, which a till retries.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NotReadyFilter extends OncePerRequestFilter {

    private final ApplicationAvailability availability;

    public NotReadyFilter(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", "2");
        ProblemResponses.write(request, response, 503, "Service unavailable",
                "Barback is starting or stopping; try again in a moment. Nothing was stored.");
    }
}
