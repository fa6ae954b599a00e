package io.barback.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells an outage of a part a request needs (PostgreSQL, MongoDB) from a bug. An outage is
 * answered 503 with Retry-After and a problem that says what is away and what the till should do;
 * anything else stays a 500.
 */
public final class Outages {

    /** Seconds a till is asked to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private Outages() {
    }

    /** The part that is away, and whether a request to it may have reached it before it went. */
    public enum Part {
        POSTGRES("PostgreSQL, where sales are stored"),
        MONGO("MongoDB, where the figures are kept");

        private final String what;

        Part(String what) {
            this.what = what;
        }

        public String what() {
            return what;
        }
    }

    /** What a failure says about the parts: the part that is away, or empty for a failure that is not an outage. */
    public static Optional<Part> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTimeoutException) {
                return Optional.of(Part.POSTGRES);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && unavailable(sql.getSQLState())) {
                return Optional.of(Part.POSTGRES);
            }
            if (t instanceof MongoTimeoutException || t instanceof MongoSocketException
                    || t instanceof MongoOperationTimeoutException || t instanceof MongoExecutionTimeoutException
                    || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                    || t instanceof MongoConnectionPoolClearedException) {
                return Optional.of(Part.MONGO);
            }
        }
        return Optional.empty();
    }

    /**
     * True when the failure happened before a statement could be sent: no connection was to be
     * had, so PostgreSQL cannot have stored anything.
     */
    public static boolean beforeSending(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08001") || sql.getSQLState().startsWith("08004")
                    || sql.getSQLState().equals("57P03") || sql.getSQLState().equals("53300"))) {
                return true; // could not connect, refused, starting up, too many connections
            }
        }
        return false;
    }

    /** SQLSTATEs of a server that is away: connection exceptions, shutting down, out of resources. */
    private static boolean unavailable(String state) {
        return state.startsWith("08") || state.startsWith("57P") || state.startsWith("53") || state.equals("58030");
    }

    /** The problem for a request whose part is away and that changed nothing (a read, or a write that was refused). */
    public static ApiProblem problem(Part part, String whatToDo) {
        return new ApiProblem(503, "Service unavailable", part.what() + " does not answer. " + whatToDo, null,
                RETRY_AFTER_SECONDS);
    }
}
