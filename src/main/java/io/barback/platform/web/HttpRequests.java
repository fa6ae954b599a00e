package io.barback.platform.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
     * The body a verb with {@code bindingMode: json} was bound to (see {@link ApiJsonFormat}), checked
     * in the order every handler answers in: the content type (415), then the body's presence and
     * shape (400), then each field's type: 422 from {@code invalid}, naming the field as a JSON pointer.
     *
     * @param expected what the object holds, for the message: "a sale with a 'lines' array"
     * @param invalid  the 422 problem for a field of the wrong type: (detail, pointer)
     */
    public static <T> T body(Exchange exchange, Class<T> type, String expected, BiFunction<String, String, ApiProblem> invalid) {
        requireJson(exchange);
        T bound = optionalBody(exchange, type, expected, invalid);
        if (bound == null) {
            throw ApiProblem.badRequest("The request has no body; send " + expected + " as JSON.", null);
        }
        return bound;
    }

    /** The bytes a bound body was sent as (what an Idempotency-Key's request is recognised by); empty when there was none. */
    public static byte[] sentBytes(Exchange exchange) {
        return exchange.getProperty(ApiJsonFormat.RAW_BODY, "", String.class).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An optional bound body, whatever content type it was sent with (the operator's admin calls
     * have never asked for one): null when none was sent.
     */
    public static <T> T optionalBody(Exchange exchange, Class<T> type, String expected, BiFunction<String, String, ApiProblem> invalid) {
        Object body = exchange.getIn().getBody();
        if (body instanceof ApiJsonFormat.Unreadable unreadable) {
            throw unreadable(unreadable.failure(), expected, invalid);
        }
        if (body == null || body instanceof String text && text.isBlank() || body instanceof byte[] bytes && bytes.length == 0) {
            return null;
        }
        if (type.isInstance(body)) {
            return type.cast(body);
        }
        throw new IllegalStateException("The route of " + exchange.getFromRouteId() + " does not bind its body to "
                + type.getSimpleName() + " (bindingMode: json, type: ...); it gave " + body.getClass().getName());
    }

    /** Why a body could not be bound, as the client needs it: where and what, never Jackson's words for it. */
    static ApiProblem unreadable(JacksonException failure, String expected, BiFunction<String, String, ApiProblem> invalid) {
        List<JsonMappingException.Reference> path = failure instanceof JsonMappingException mapping ? mapping.getPath() : List.of();
        StreamConstraintsException limit = cause(failure, StreamConstraintsException.class);
        if (limit != null) {
            return ApiProblem.badRequest("The JSON is too deeply nested or holds an oversized value: " + limit.getOriginalMessage(), null);
        }
        StreamReadException read = cause(failure, StreamReadException.class);
        if (read != null && !(read instanceof InputCoercionException)) {
            if (read.getLocation() != null) {
                return ApiProblem.badRequest("Malformed JSON at line " + read.getLocation().getLineNr() + ", column "
                        + read.getLocation().getColumnNr() + ": " + read.getOriginalMessage(), null);
            }
            return ApiProblem.badRequest("Malformed JSON: " + read.getOriginalMessage(), null);
        }
        if (path.isEmpty()) {
            return ApiProblem.badRequest("The body must be a JSON object: " + expected + ".", null);
        }
        return invalid.apply(name(path) + " " + expectation(failure) + ".", pointer(path));
    }

    /** What a field of the target's type must be, from the type Jackson could not read it into. */
    private static String expectation(JacksonException failure) {
        InputCoercionException range = cause(failure, InputCoercionException.class);
        if (range != null) {
            return "is out of range for a whole number";
        }
        Class<?> target = failure instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "has the wrong type";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (target == BigDecimal.class || Number.class.isAssignableFrom(target)) {
            return "must be a decimal amount such as \"5.90\"";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == LocalDate.class) {
            return "must be a date, yyyy-MM-dd";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 time with an offset, such as 2026-11-21T21:30:00Z";
        }
        if (target.isEnum()) {
            return "must be one of " + String.join(", ", Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList());
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "must be an array";
        }
        return "must be an object";
    }

    /** The JSON pointer (RFC 6901) of a binding's path: /lines/0/quantity. */
    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder at = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            at.append('/');
            if (step.getFieldName() != null) {
                at.append(pointerToken(step.getFieldName()));
            } else {
                at.append(step.getIndex());
            }
        }
        return at.toString();
    }

    /** A name as one step of a JSON pointer (RFC 6901): "~" and "/" escaped, so a key such as "a/b" stays one step. */
    public static String pointerToken(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** 'quantity', or for an item of an array: item 0 of 'lines'. */
    private static String name(List<JsonMappingException.Reference> path) {
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null) {
            return "'" + last.getFieldName() + "'";
        }
        String array = path.size() > 1 && path.get(path.size() - 2).getFieldName() != null
                ? "'" + path.get(path.size() - 2).getFieldName() + "'" : "the array";
        return "Item " + last.getIndex() + " of " + array;
    }

    private static <E extends Throwable> E cause(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
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
