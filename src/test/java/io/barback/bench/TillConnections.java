package io.barback.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The load generator's tills: a pool of plain HTTP/1.1 keep-alive connections, one thread each,
 * writing a prepared request and reading its answer. The JDK's HttpClient cost the benchmark's JVM
 * about 0.8 ms of CPU a sale, on the same two cores Barback is measured on; this costs a fraction.
 */
final class TillConnections implements AutoCloseable {

    /** What a till got back: the status, the Location header (null if none), and when it wrote the request. */
    record Answer(int status, String location, long sentAtMillis, long sentNanos) {
    }

    interface Callback {
        void answered(Answer answer);

        void failed(long sentAtMillis, Exception e);
    }

    private final String host;
    private final int port;
    private final String path;
    private final String authorization;
    private final BlockingQueue<byte[]> queue;
    private final Thread[] threads;
    private final Callback callback;
    private volatile boolean closed;

    TillConnections(String url, String venue, String key, int connections, Callback callback) {
        URI base = URI.create(url);
        this.host = base.getHost();
        this.port = base.getPort();
        this.path = base.getPath() + "/venues/" + venue + "/sales";
        this.authorization = "Bearer " + key;
        this.queue = new ArrayBlockingQueue<>(100_000);
        this.callback = callback;
        this.threads = new Thread[connections];
        for (int i = 0; i < connections; i++) {
            threads[i] = new Thread(this::work, "till-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }
    }

    /** Queues a sale's JSON body; a free connection posts it. */
    void post(byte[] body) {
        if (!queue.offer(body)) {
            throw new IllegalStateException("the tills are 100,000 requests behind");
        }
    }

    private void work() {
        Socket socket = null;
        OutputStream out = null;
        InputStream in = null;
        while (!closed) {
            byte[] body;
            try {
                body = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            long sentAt = System.currentTimeMillis();
            long sentNanos = System.nanoTime();
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(host, port), 5000);
                    socket.setSoTimeout(60_000);
                    out = socket.getOutputStream();
                    in = new BufferedInputStream(socket.getInputStream(), 8192);
                }
                out.write(request(body));
                out.flush();
                Answer answer = read(in, sentAt, sentNanos);
                callback.answered(answer);
                if (answer.status() < 0) {
                    socket.close();
                    socket = null;
                }
            } catch (IOException | RuntimeException e) {
                callback.failed(sentAt, e);
                try {
                    if (socket != null) {
                        socket.close();
                    }
                } catch (IOException ignored) {
                    // gone anyway
                }
                socket = null;
            }
        }
    }

    private byte[] request(byte[] body) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    /** Reads one answer: status line, headers, and the body (by Content-Length or chunked), which is dropped. */
    private static Answer read(InputStream in, long sentAt, long sentNanos) throws IOException {
        String status = line(in);
        int code = Integer.parseInt(status.substring(9, 12));
        String location = null;
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "location" -> location = value;
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            skip(in, length);
        }
        return new Answer(close ? -code : code, location, sentAt, sentNanos);
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed mid-body");
                }
                skipped = 1;
            }
            n -= skipped;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : threads) {
            t.interrupt();
        }
    }
}
