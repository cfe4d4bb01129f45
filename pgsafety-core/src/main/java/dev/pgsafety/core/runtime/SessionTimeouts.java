package dev.pgsafety.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The lock_timeout and statement_timeout a connection had before pgsafety changed them, so that a
 * non-transactional migration leaves the session as it found it (also after errors): session settings would
 * otherwise leak into the next migration on the same connection.
 */
public final class SessionTimeouts {

    private final String lockTimeout;
    private final String statementTimeout;

    private SessionTimeouts(String lockTimeout, String statementTimeout) {
        this.lockTimeout = lockTimeout;
        this.statementTimeout = statementTimeout;
    }

    public static SessionTimeouts capture(Connection c) throws SQLException {
        return new SessionTimeouts(show(c, "lock_timeout"), show(c, "statement_timeout"));
    }

    public void restore(Connection c) throws SQLException {
        set(c, "lock_timeout", lockTimeout, false);
        set(c, "statement_timeout", statementTimeout, false);
    }

    static String show(Connection c, String name) throws SQLException {
        try (var ps = c.prepareStatement("SELECT current_setting(?)")) {
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** set_config keeps the value a bind parameter: no quoting to get wrong. */
    static void set(Connection c, String name, String value, boolean local) throws SQLException {
        try (var ps = c.prepareStatement("SELECT set_config(?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.setBoolean(3, local);
            ps.execute();
        }
    }
}
