package io.barback.platform.web;

/**
 * A client error, answered as an RFC 9457 problem: the status, a short title, what exactly is
 * wrong, and which field of the request it concerns (a JSON pointer such as
 * {@code /lines/0/quantity}), when there is one.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String field;
    private final int retryAfterSeconds;

    public ApiProblem(int status, String title, String detail, String field) {
        this(status, title, detail, field, 0);
    }

    /** @param retryAfterSeconds sent as {@code Retry-After} when above 0 (a 503 or a 429) */
    public ApiProblem(int status, String title, String detail, String field, int retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiProblem badRequest(String detail, String field) {
        return new ApiProblem(400, "Bad request", detail, field);
    }

    public static ApiProblem invalid(String detail, String field) {
        return new ApiProblem(422, "Unprocessable content", detail, field);
    }

    /**
     * A sale the till sent that cannot be taken: titled as the tills have always seen it, so the
     * problem's type ({@code …/problems/unprocessable-sale}) stays what their integrations key on.
     */
    public static ApiProblem invalidSale(String detail, String field) {
        return new ApiProblem(422, "Unprocessable sale", detail, field);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public String field() {
        return field;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
