package io.barback.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser's view of Barback over plain HTTP, as the dashboard's page uses it: a cookie jar (the
 * session, the XSRF-TOKEN cookie) and the token echoed on writes. Cookies belong to the host, not
 * the port, so one client reaches every replica on localhost as one browser behind a load
 * balancer would.
 */
public final class WebClient {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
            .build();

    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(int port, String path, String ifNoneMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(30)).GET();
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return send(b.build());
    }

    /** The dashboard's sign-in form, posted as the page posts it. */
    public HttpResponse<String> signIn(int port, String username, String password) {
        return send(port, "POST", "/api/v1/dashboard/session", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                null, true);
    }

    /** @param csrf whether to echo the XSRF-TOKEN cookie (asking for one first, as the page does) */
    public HttpResponse<String> send(int port, String method, String path, String body, String contentType,
                                     String authorization, boolean csrf) {
        if (csrf && token() == null) {
            get(port, "/api/v1/dashboard/me", null); // the answer sets the XSRF-TOKEN cookie
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (csrf && token() != null) {
            b.header("X-XSRF-TOKEN", token());
        }
        return send(b.build());
    }

    public String token() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
