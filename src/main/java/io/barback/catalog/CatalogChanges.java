package io.barback.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.barback.platform.health.PostgresHealth;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells this replica's in-memory copies of venues, catalogs and till keys when PostgreSQL changed
 * them, wherever the change was made: a connection of its own LISTENs on {@code barback_catalog},
 * which triggers notify as the change commits (see V6__catalog_version.sql). While it is not
 * connected, {@link #listening()} is false and the copies do not trust themselves; when it connects
 * again, everything is dropped, since changes made meanwhile were never announced.
 */
@Component
public class CatalogChanges implements SmartLifecycle {

    static final String CHANNEL = "barback_catalog";
    static final String KEYS = "keys";
    static final String VENUE = "venue:";
    private static final Logger LOG = LoggerFactory.getLogger(CatalogChanges.class);
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final DataSourceProperties database;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean listening;
    private volatile boolean running;
    private Thread thread;

    public CatalogChanges(DataSourceProperties database) {
        this.database = database;
    }

    /** Called with {@code keys}, {@code venue:<id>}, or null for "anything may have changed". */
    void subscribe(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** True while every change is being announced to this replica. */
    public boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "barback-catalog-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        boolean warned = false;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement st = connection.createStatement()) {
                    st.execute("listen " + CHANNEL);
                }
                listening = true;
                announce(null);
                if (warned) {
                    LOG.info("Listening for catalog changes again");
                    warned = false;
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] got = pg.getNotifications((int) WAIT.toMillis());
                    if (got != null) {
                        for (PGNotification n : got) {
                            announce(n.getParameter());
                        }
                    }
                    if (got == null || got.length == 0) {
                        // a quiet connection may be a dead one: ask, within the socket timeout
                        try (Statement st = connection.createStatement()) {
                            st.execute("select 1");
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening || !warned) {
                    LOG.warn("Not listening for catalog changes ({}); venues, catalogs and till keys are checked in"
                            + " PostgreSQL until it is back", e.getMessage());
                    warned = true;
                }
            } finally {
                listening = false;
            }
            if (running) {
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        // a server that hangs must not hold this thread: the select above answers within this
        return PostgresHealth.connect(database, "barback-catalog-changes", 5);
    }

    private void announce(String change) {
        for (Consumer<String> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A catalog change listener failed on {}: {}", change, e.toString());
            }
        }
    }
}
