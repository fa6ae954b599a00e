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
public final class LocalMongo implements AutoCloseable {

    private final Path file;
    private final int port;
    private MongoServer server;
    private MongoBackend backend;

    /** @param file the H2 file to keep data in, or {@code null} for an in-memory server */
    public LocalMongo(Path file, int port) {
        this.file = file;
        this.port = port;
    }

    public void start() throws Exception {
        if (file != null) {
            Files.createDirectories(file.getParent());
            backend = new H2Backend(file.toString());
        } else {
            backend = new MemoryBackend();
        }
        server = new MongoServer(new OneAtATime(backend));
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

    public String uri(String database) {
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

    /**
     * MongoDB applies each single-document update atomically, and the projections rely on it:
     * two of them may {@code $inc} one document at once (a VAT period takes sales and invoices).
     * The MongoDB-wire server does not lock: it reads, modifies and writes back, so of two
     * concurrent increments one could be lost (CrashRecoveryTest once found a VAT period 5.85
     * short while its days were right). Here every command is handled one at a time, which is
     * what the stand-in needs to keep MongoDB's promise; the local load is small.
     */
    static final class OneAtATime implements MongoBackend {
        private final MongoBackend delegate;

        OneAtATime(MongoBackend delegate) {
            this.delegate = delegate;
        }

        @Override
        public synchronized void handleClose(io.netty.channel.Channel channel) {
            delegate.handleClose(channel);
        }

        @Override
        public synchronized de.bwaldvogel.mongo.bson.Document handleCommand(io.netty.channel.Channel channel,
                String database, String command, de.bwaldvogel.mongo.bson.Document query) {
            return delegate.handleCommand(channel, database, command, query);
        }

        @Override
        public synchronized de.bwaldvogel.mongo.backend.QueryResult handleQuery(
                de.bwaldvogel.mongo.wire.message.MongoQuery query) {
            return delegate.handleQuery(query);
        }

        @Override
        public synchronized de.bwaldvogel.mongo.bson.Document handleMessage(
                de.bwaldvogel.mongo.wire.message.MongoMessage message) {
            return delegate.handleMessage(message);
        }

        @Override
        public synchronized void dropDatabase(String database) {
            delegate.dropDatabase(database);
        }

        @Override
        public java.util.Collection<de.bwaldvogel.mongo.bson.Document> getCurrentOperations(
                de.bwaldvogel.mongo.wire.message.MongoQuery query) {
            return delegate.getCurrentOperations(query);
        }

        @Override
        public de.bwaldvogel.mongo.bson.Document getServerStatus() {
            return delegate.getServerStatus();
        }

        @Override
        public synchronized void close() {
            delegate.close();
        }

        @Override
        public synchronized void closeCursors(java.util.List<Long> cursorIds) {
            delegate.closeCursors(cursorIds);
        }

        @Override
        public java.time.Clock getClock() {
            return delegate.getClock();
        }

        @Override
        public void enableOplog() {
            delegate.enableOplog();
        }

        @Override
        public void disableOplog() {
            delegate.disableOplog();
        }

        @Override
        public de.bwaldvogel.mongo.MongoDatabase resolveDatabase(String database) {
            return delegate.resolveDatabase(database);
        }

        @Override
        public MongoBackend version(de.bwaldvogel.mongo.MongoVersion version) {
            delegate.version(version);
            return this;
        }
    }
}
