package io.barback.platform;

import java.util.Locale;

import org.apache.camel.Exchange;

/** What every JSON-taking handler checks of a request before it reads the body. */
public final class HttpRequests {

    private HttpRequests() {
    }

    /** 415 unless the body is declared as JSON ({@code application/json} or {@code application/…+json}). */
    public static void requireJson(Exchange exchange) {
        String type = exchange.getIn().getHeader(Exchange.CONTENT_TYPE, String.class);
        String media = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !(media.startsWith("application/") && media.endsWith("+json"))) {
            throw new ApiProblem(415, "Unsupported media type",
                    "Send the body as application/json" + (type == null ? "" : "; got '" + type + "'") + ".", null);
        }
    }

    /** The request's Idempotency-Key: null when none was sent, 400 when it is not 1 to 255 visible ASCII characters. */
    public static String idempotencyKey(Exchange exchange) {
        String key = exchange.getIn().getHeader("Idempotency-Key", String.class);
        if (key == null) {
            return null;
        }
        key = key.trim();
        if (key.isEmpty() || key.length() > 255 || key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw ApiProblem.badRequest("The Idempotency-Key header must be 1 to 255 visible ASCII characters.", null);
        }
        return key;
    }
}
