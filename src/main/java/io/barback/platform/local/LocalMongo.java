package io.barback.platform.local;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire-protocol server in the JVM. Barback talks to it only through the official
 * driver, exactly as it talks to a real MongoDB. The local run keeps its data in an H2 file;
 * the tests keep it in memory.
 */
final class LocalMongo implements AutoCloseable {

    private final Path file;
    private final int port;
    private MongoServer server;
    private MongoBackend backend;

    /** @param file the H2 file to keep data in, or {@code null} for an in-memory server */
    LocalMongo(Path file, int port) {
        this.file = file;
        this.port = port;
    }

    void start() throws Exception {
        if (file != null) {
            Files.createDirectories(file.getParent());
            backend = new H2Backend(file.toString());
        } else {
            backend = new MemoryBackend();
        }
        server = new MongoServer(backend);
        server.bind("localhost", port);
    }

    /**
     * Stops listening and drops every client connection; the data stays (fault drills).
     * {@code MongoServer.shutdownNow()} would also throw the in-memory data away, so the
     * server's own client-closing step is called on its own.
     */
    void stopListening() {
        server.stopListening();
        try {
            java.lang.reflect.Method close = MongoServer.class.getDeclaredMethod("closeClients");
            close.setAccessible(true);
            close.invoke(server);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot drop the MongoDB clients for a fault drill", e);
        }
    }

    /** Listens again on the same port over the same data. */
    void listenAgain() {
        server.bind("localhost", port);
    }

    String uri(String database) {
        return "mongodb://localhost:" + port + "/" + database;
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }
}
