package io.barback.platform.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API request bodies are small (a sale is a few hundred bytes). Anything over the limit gets a
 * 413 problem before a byte of it reaches a route, whether it announces its length or streams
 * it chunked. A body must also arrive whole within a time limit: a client that trickles it a byte
 * at a time, or stops half-way, gets a 408 problem and its connection closed, rather than
 * holding a request thread for as long as it likes. Nothing of such a request is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** {@code barback.api.*}: the largest body, in bytes, and the time it has to arrive whole. */
    @ConfigurationProperties("barback.api")
    public record Settings(@DefaultValue("65536") int maxBodyBytes, @DefaultValue("10s") Duration bodyReadTimeout) {
    }

    private final int limit;
    private final Duration timeout;

    public RequestBodyLimitFilter(Settings settings) {
        this.limit = settings.maxBodyBytes();
        this.timeout = settings.bodyReadTimeout();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response);
            return;
        }
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] chunk = new byte[8192];
        try {
            var in = request.getInputStream();
            while (read.size() != declared) {
                int n = in.read(chunk, 0, Math.min(chunk.length, limit + 1 - read.size()));
                if (n < 0) {
                    break;
                }
                read.write(chunk, 0, n);
                if (read.size() > limit) {
                    tooLarge(request, response);
                    return;
                }
                if (read.size() != declared && System.nanoTime() > deadline) {
                    tooSlow(request, response, "did not arrive whole within " + timeout.toSeconds() + " s");
                    return;
                }
            }
        } catch (IOException e) {
            // Tomcat's read timeout (server.tomcat.connection-timeout), wrapped: the client stopped
            // sending. Tomcat has already chosen a 408 for it, which ProblemErrorController renders.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SocketTimeoutException) {
                    tooSlow(request, response, "stopped arriving part-way");
                    return;
                }
            }
            throw e;
        }
        chain.doFilter(new BufferedRequest(request, read.toByteArray()), response);
    }

    private void tooSlow(HttpServletRequest request, HttpServletResponse response, String what) {
        response.setHeader("Connection", "close");
        try {
            ProblemResponses.write(request, response, 408, "Request timeout",
                    "The request body " + what + "; nothing was stored. Send it again.");
            // committed now, so the container's own 408 error page does not replace the problem
            response.flushBuffer();
        } catch (IOException | RuntimeException e) {
            // the client is gone: there is nobody to tell
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        ProblemResponses.write(request, response, 413, "Payload too large",
                "The request body is over the limit of " + limit + " bytes; nothing was stored.");
    }

    /**
     * The request with its body already read. The container can no longer parse a form body
     * from the stream, so the form's parameters (the dashboard's sign-in) are parsed here, after
     * the query string's.
     */
    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;
        private Map<String, String[]> parameters;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters().get(name);
        }

        private Map<String, String[]> parameters() {
            if (parameters == null) {
                Map<String, List<String>> all = new LinkedHashMap<>();
                decode(getQueryString(), StandardCharsets.UTF_8, all);
                String type = getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                    Charset charset = StandardCharsets.UTF_8;
                    try {
                        charset = getCharacterEncoding() == null ? charset : Charset.forName(getCharacterEncoding());
                    } catch (IllegalArgumentException e) {
                        // an unknown charset: read it as UTF-8
                    }
                    decode(new String(body, StandardCharsets.ISO_8859_1), charset, all);
                }
                Map<String, String[]> done = new LinkedHashMap<>();
                all.forEach((k, v) -> done.put(k, v.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(done);
            }
            return parameters;
        }

        private static void decode(String encoded, Charset charset, Map<String, List<String>> into) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
                    into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } catch (IllegalArgumentException e) {
                    // a malformed %-escape: that pair is left out, as the container would
                }
            }
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
