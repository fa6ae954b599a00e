package io.barback.textract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Textract-compatible endpoint: AWS JSON 1.1 over HTTP ({@code POST /}, {@code X-Amz-Target:
 * Textract.AnalyzeExpense} or {@code Textract.DetectDocumentText}, the document as
 * {@code Document.Bytes}), with Textract's limits and its error format, so that the AWS SDK's
 * TextractClient with an endpoint override works against it unchanged and raises the same
 * exceptions. Requests are not authenticated (any credentials, any region), as with other local
 * AWS stand-ins; bind it to localhost or a private network.
 *
 * <p>Runs with the local stack, or on its own: {@code java -jar barback.jar textract-server
 * [--port=4566] [--bind=0.0.0.0] [--workers=2]}.
 */
public final class TextractServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TextractServer.class);
    private static final String JSON_11 = "application/x-amz-json-1.1";
    /** Base64 of 10 MB plus the JSON around it; anything larger is refused before it is read. */
    private static final int MAX_REQUEST_BYTES = 14 * 1024 * 1024 + 4096;

    private final HttpServer http;
    private final ExecutorService executor;
    private final OfflineTextract reader;
    private final boolean ownsReader;
    private final Semaphore inFlight;
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper wire = ExpenseModel.mapper();
    private final AtomicBoolean open = new AtomicBoolean(true);

    private TextractServer(HttpServer http, OfflineTextract reader, boolean ownsReader, int workers) {
        this.http = http;
        this.reader = reader;
        this.ownsReader = ownsReader;
        // one request per OCR worker is read at a time; the spare handler threads answer any more
        // at once with a ThrottlingException, which the AWS SDK retries with back-off by itself
        this.inFlight = new Semaphore(workers);
        this.executor = Executors.newFixedThreadPool(workers * 2, r -> {
            Thread t = new Thread(r, "textract-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        http.createContext("/", this::handle);
    }

    /** Starts the endpoint on {@code host:port} (port 0: any free port) with its own reader. */
    public static TextractServer start(String host, int port, int workers) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
        TextractServer server = new TextractServer(http, new OfflineTextract(workers), true, workers);
        http.start();
        LOG.info("Textract-compatible endpoint listening on http://{}:{} ({} OCR workers)", host,
                http.getAddress().getPort(), workers);
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        return "http://localhost:" + port();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        long t0 = System.nanoTime();
        try (exchange) {
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            if (!inFlight.tryAcquire()) {
                drain(exchange.getRequestBody());
                error(exchange, TextractException.throttled("Too many requests in flight; slow down"));
                return;
            }
            try {
                respond(exchange, dispatch(exchange));
                LOG.info("{} {} in {} ms", operation(exchange), requestId, (System.nanoTime() - t0) / 1_000_000);
            } catch (TextractException e) {
                LOG.info("{} {} refused: {}: {}", operation(exchange), requestId, e.errorType(), e.getMessage());
                error(exchange, e);
            } catch (RuntimeException e) {
                LOG.error("{} {} failed", operation(exchange), requestId, e);
                error(exchange, TextractException.internal("Internal error: " + e.getClass().getSimpleName(), e));
            } finally {
                inFlight.release();
            }
        }
    }

    private Object dispatch(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod()) || !"/".equals(exchange.getRequestURI().getPath())) {
            drain(exchange.getRequestBody());
            throw TextractException.unknownOperation("Only POST / is served (AWS JSON 1.1)");
        }
        String operation = operation(exchange);
        if (!operation.equals("Textract.AnalyzeExpense") && !operation.equals("Textract.DetectDocumentText")) {
            drain(exchange.getRequestBody());
            throw TextractException.unknownOperation("Unsupported operation '" + operation
                    + "': this endpoint serves Textract.AnalyzeExpense and Textract.DetectDocumentText");
        }
        byte[] document = document(readBody(exchange.getRequestBody()));
        return operation.equals("Textract.AnalyzeExpense")
                ? reader.analyzeExpense(document)
                : reader.detectDocumentText(document);
    }

    private static String operation(HttpExchange exchange) {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        return target == null ? "(no X-Amz-Target)" : target.strip();
    }

    /** Document.Bytes, decoded; an S3 reference or a malformed request is an InvalidParameterException. */
    private byte[] document(byte[] body) {
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (IOException e) {
            throw TextractException.invalidParameter("The request body is not JSON");
        }
        JsonNode document = request == null ? null : request.get("Document");
        if (document == null || !document.isObject()) {
            throw TextractException.invalidParameter("Request has invalid parameters: Document is required");
        }
        if (document.has("S3Object")) {
            throw TextractException.invalidParameter("Request has invalid parameters: this offline endpoint does "
                    + "not read from S3; send the document as Document.Bytes");
        }
        JsonNode bytes = document.get("Bytes");
        if (bytes == null || !bytes.isTextual()) {
            throw TextractException.invalidParameter("Request has invalid parameters: Document.Bytes is required");
        }
        try {
            return Base64.getMimeDecoder().decode(bytes.asText());
        } catch (IllegalArgumentException e) {
            throw TextractException.invalidParameter("Request has invalid parameters: Document.Bytes is not base64");
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_REQUEST_BYTES + 1);
        if (body.length > MAX_REQUEST_BYTES) {
            drain(in);
            throw TextractException.documentTooLarge("The document is larger than 10 MB, the limit of "
                    + "synchronous operations");
        }
        return body;
    }

    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    private void respond(HttpExchange exchange, Object response) throws IOException {
        byte[] body = wire.writeValueAsBytes(response);
        exchange.getResponseHeaders().set("Content-Type", JSON_11);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private void error(HttpExchange exchange, TextractException e) throws IOException {
        byte[] body = json.writeValueAsBytes(Map.of("__type", e.errorType(), "Message", String.valueOf(e.getMessage())));
        exchange.getResponseHeaders().set("Content-Type", JSON_11);
        exchange.getResponseHeaders().set("x-amzn-ErrorType", e.errorType());
        exchange.sendResponseHeaders(e.status(), body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        http.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ownsReader) {
            reader.close();
        }
    }

    /** Runs the endpoint on its own, for a venue that wants offline OCR in production. */
    public static void main(String[] args) throws Exception {
        int port = 4566;
        String bind = "127.0.0.1";
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring(7));
            } else if (arg.startsWith("--bind=")) {
                bind = arg.substring(7);
            } else if (arg.startsWith("--workers=")) {
                workers = Integer.parseInt(arg.substring(10));
            } else if (!arg.equals("textract-server")) {
                System.err.println("Unknown option " + arg
                        + "\nusage: textract-server [--port=4566] [--bind=127.0.0.1] [--workers=N]");
                System.exit(2);
            }
        }
        TextractServer server = start(bind, port, workers);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "textract-shutdown"));
        Thread.currentThread().join();
    }
}
