package io.barback.platform.health;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Is PostgreSQL, the system of record, answering? Asked twice a second over a connection of its
 * own that gives up after a second, so that a server that is stopped, restarting or hung (every
 * process paused, a stalled disk) is known within two seconds without any request waiting to find
 * out. Reported as {@code db} in /actuator/health and in the readiness group: without PostgreSQL
 * no sale can be stored, so a replica that cannot reach it is DOWN (503), and the load balancer
 * sends the tills elsewhere. Liveness does not include it: restarting Barback brings no database back.
 */
@Component("dbHealthIndicator")
public class PostgresHealth extends BackgroundHealth {

    /** How often PostgreSQL is asked, and how long an answer may take. */
    static final Duration EVERY = Duration.ofMillis(500);
    static final int TIMEOUT_SECONDS = 1;

    private final DataSourceProperties database;
    private Connection connection;
    private volatile Instant awaySince;

    public PostgresHealth(DataSourceProperties database) {
        super("postgres", EVERY);
        this.database = database;
    }

    /** True while the last check found PostgreSQL away or too slow to answer. */
    public boolean away() {
        return awaySince != null;
    }

    @Override
    protected Health check() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = connect(database, "barback-health", TIMEOUT_SECONDS);
            }
            // bounded by the connection's socket timeout: a query timeout would send its cancel to a
            // server that may be the one hanging
            try (Statement st = connection.createStatement()) {
                st.execute("select 1");
            }
            awaySince = null;
            return Health.up().build();
        } catch (SQLException | RuntimeException e) {
            close();
            if (awaySince == null) {
                awaySince = Instant.now();
            }
            return Health.down().withDetail("error", "PostgreSQL does not answer within " + TIMEOUT_SECONDS + " s ("
                    + e.getClass().getSimpleName() + "), since " + awaySince
                    + ": sales cannot be stored; tills are answered 503 with Retry-After").build();
        }
    }

    private void close() {
        if (connection != null) {
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException ignored) {
                // it is gone either way
            }
            connection = null;
        }
    }

    @Override
    public void destroy() {
        super.destroy();
        close();
    }

    /**
     * A connection of its own to Barback's database (not from the pool), for a listener or a
     * check that must not wait longer than {@code timeoutSeconds} for a connection or an answer.
     */
    public static Connection connect(DataSourceProperties database, String applicationName, int timeoutSeconds)
            throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", database.determineUsername() == null ? "" : database.determineUsername());
        p.setProperty("password", database.determinePassword() == null ? "" : database.determinePassword());
        p.setProperty("connectTimeout", String.valueOf(timeoutSeconds));
        p.setProperty("loginTimeout", String.valueOf(timeoutSeconds));
        p.setProperty("socketTimeout", String.valueOf(timeoutSeconds));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(database.determineUrl(), p);
    }
}
