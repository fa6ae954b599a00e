package io.barback.platform.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Two ways to PostgreSQL over the one pool. The {@code tillJdbc} template serves what a till
 * waits on (storing and reading sales, its key, the catalog): a statement that gets no answer
 * within {@code barback.postgres.till-timeout} fails, so that a till is answered 503 within two
 * seconds while PostgreSQL hangs (a connection is waited for at most
 * spring.datasource.hikari.connection-timeout). Everything else (the invoices, the simulator, the
 * operator's calls) uses the default template, bounded only by the pool's socket timeout.
 */
@Configuration(proxyBeanMethods = false)
class PostgresConfig {

    @Bean
    @Primary
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean
    JdbcTemplate tillJdbc(DataSource dataSource, @Value("${barback.postgres.till-timeout:1200ms}") Duration timeout) {
        return new JdbcTemplate(new NetworkTimeout(dataSource, (int) timeout.toMillis()));
    }

    /** Hands out the pool's connections with a network timeout; the pool restores its own when they are returned. */
    static final class NetworkTimeout extends DelegatingDataSource {
        private final int millis;

        NetworkTimeout(DataSource pool, int millis) {
            super(pool);
            this.millis = millis;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = super.getConnection();
            try {
                c.setNetworkTimeout(Runnable::run, millis);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return c;
        }
    }
}
