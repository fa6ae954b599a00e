package io.barback.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.barback.platform.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders failures of the REST routes as RFC 9457 problem documents. Client errors say which
 * field and why; a part that is away (PostgreSQL, MongoDB) is a 503 with Retry-After that says
 * which; anything else is a bug, a 500 with a reference to the log line, never a stack trace.
 */
@Component("problemResponses")
public class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    public void render(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String instance = exchange.getFromEndpoint() != null ? String.valueOf(exchange.getIn().getHeader(Exchange.HTTP_URI)) : null;
        if (failure instanceof ApiProblem problem) {
            write(exchange, problem, instance);
            return;
        }
        Optional<Outages.Part> away = Outages.of(failure);
        if (away.isPresent()) {
            LOG.warn("Request {} {} answered 503: {} ({})", exchange.getIn().getHeader(Exchange.HTTP_METHOD), instance,
                    away.get(), failure.toString());
            boolean write = !"GET".equals(exchange.getIn().getHeader(Exchange.HTTP_METHOD));
            write(exchange, Outages.problem(away.get(), write
                    ? "Nothing was changed; send the request again in a few seconds."
                    : "Try again in a few seconds."), instance);
            return;
        }
        String ref = exchange.getExchangeId();
        LOG.error("Request {} {} failed (ref {})", exchange.getIn().getHeader(Exchange.HTTP_METHOD), instance, ref, failure);
        write(exchange, 500, "Internal error",
                "Barback could not complete this request (an error on its side). A sale sent again with the same"
                        + " Idempotency-Key is returned if it was stored, never stored twice. Quote reference " + ref
                        + " to support.",
                null, instance);
    }

    private static void write(Exchange exchange, ApiProblem problem, String instance) {
        HttpReply.send(exchange, problem.status(), HttpReply.PROBLEM_JSON,
                Json.write(body(problem.status(), problem.title(), problem.detail(), problem.field(), instance)),
                problem.retryAfterSeconds() > 0 ? Map.of("Retry-After", String.valueOf(problem.retryAfterSeconds())) : Map.of());
    }

    public static void write(Exchange exchange, int status, String title, String detail, String field, String instance) {
        HttpReply.send(exchange, status, HttpReply.PROBLEM_JSON, Json.write(body(status, title, detail, field, instance)), Map.of());
    }

    /**
     * The same problem written straight to the servlet response, for answers given before a
     * request reaches a route (security, the body limit, a replica not ready yet).
     */
    public static void write(HttpServletRequest request,
                             HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(HttpReply.PROBLEM_JSON);
        String json = Json.write(body(status, title, detail, null, request.getRequestURI()));
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    public static Map<String, Object> body(int status, String title, String detail, String field, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://barback.io/problems/" + slug(title));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (field != null) {
            body.put("field", field);
        }
        if (instance != null && !"null".equals(instance)) {
            body.put("instance", instance);
        }
        return body;
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
