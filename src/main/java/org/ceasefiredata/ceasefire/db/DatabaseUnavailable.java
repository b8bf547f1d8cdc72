package org.ceasefiredata.ceasefire.db;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;

/**
 * Tells a failure of the database (down, unreachable, restarting, too slow: a statement, lock or connection timeout)
 * from any other failure, so that it is answered 503 with {@code Retry-After} rather than 500 (#11). The REST error
 * mapping uses it; a GraphQL handler can too ({@code SERVICE_UNAVAILABLE}).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or anything in its cause chain, says the database cannot answer now. */
    public static boolean isCause(Throwable failure) {
        return find(failure) != null;
    }

    /** One line saying what the database failure was (for the log), or null when there is none. */
    public static String describe(Throwable failure) {
        Throwable cause = find(failure);
        if (cause == null) {
            return null;
        }
        // The driver's own exception says it best, without the statement that Hibernate's message repeats.
        for (Throwable t = cause.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException) {
                cause = t;
            }
        }
        String state = cause instanceof SQLException sql && sql.getSQLState() != null ? " [" + sql.getSQLState() + "]" : "";
        return cause.getClass().getSimpleName() + state + ": " + cause.getMessage();
    }

    private static Throwable find(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 25; depth++, t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && unavailable(sql)) {
                return t;
            }
            if (t instanceof SocketTimeoutException || t instanceof ConnectException) {
                return t;
            }
            String type = t.getClass().getName();
            if (type.equals("org.hibernate.exception.JDBCConnectionException")
                    || type.equals("jakarta.persistence.QueryTimeoutException")
                    || type.equals("jakarta.persistence.LockTimeoutException")
                    || type.equals("org.hibernate.QueryTimeoutException")) {
                return t;
            }
        }
        return null;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08: connection exceptions; 57014: statement timeout (query_canceled); 57P01-57P05: shutdown,
            // crash, cannot connect now, idle session timeout; 53300: too many connections; 55P03: lock timeout.
            return state.startsWith("08") || state.equals("57014") || state.startsWith("57P") || state.equals("53300")
                    || state.equals("55P03");
        }
        String message = e.getMessage();
        // Agroal: no connection became free within quarkus.datasource.jdbc.acquisition-timeout.
        return message != null && message.startsWith("Acquisition timeout");
    }
}
