package io.barback.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.barback.platform.Json;
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

    /**
     * The body as a JSON object, or 400 saying what is wrong with it: empty, not JSON (with the line
     * and column), nested too deep or holding an oversized value, or not an object.
     *
     * @param expected what the object holds, for the message: "a sale with a 'lines' array"
     */
    public static JsonNode jsonObject(byte[] body, String expected) {
        if (body == null || body.length == 0) {
            throw ApiProblem.badRequest("The request has no body; send " + expected + " as JSON.", null);
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (StreamConstraintsException e) {
            throw ApiProblem.badRequest("The JSON is too deeply nested or holds an oversized value: " + e.getOriginalMessage(), null);
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("Malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), null);
        } catch (IOException e) {
            throw ApiProblem.badRequest("The body could not be read as JSON.", null);
        }
        if (root == null || !root.isObject()) {
            throw ApiProblem.badRequest("The body must be a JSON object: " + expected + ".", null);
        }
        return root;
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
