package io.barback.platform.web;

import java.util.Map;

import io.barback.platform.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Writes an HTTP answer on a Camel exchange. The request's headers are dropped first, so
 * nothing the client sent (its Authorization header above all) is echoed back.
 */
public final class HttpReply {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    private HttpReply() {
    }

    public static void json(Exchange exchange, int status, Object body) {
        send(exchange, status, JSON, body, Map.of());
    }

    public static void send(Exchange exchange, int status, String contentType, Object body, Map<String, String> headers) {
        head(exchange, status, contentType, headers)
                .setBody(body instanceof String || body instanceof byte[] ? body : Json.write(body));
    }

    /**
     * The answer of a verb with {@code bindingMode: json}: the object stays an object, and the REST
     * binding writes it as its {@code outType} (see {@link ApiJsonFormat}).
     */
    public static void bound(Exchange exchange, int status, Object body, Map<String, String> headers) {
        head(exchange, status, JSON, headers).setBody(body);
    }

    private static Message head(Exchange exchange, int status, String contentType, Map<String, String> headers) {
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, contentType);
        out.setHeader("Cache-Control", "no-store");
        out.setHeader("X-Content-Type-Options", "nosniff");
        headers.forEach(out::setHeader);
        return out;
    }
}
