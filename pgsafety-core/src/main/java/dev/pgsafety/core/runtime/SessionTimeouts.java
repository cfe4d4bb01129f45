package dev.pgsafety.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import dev.pgsafety.core.config.Durations;

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
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT current_setting('lock_timeout'), current_setting('statement_timeout')")) {
            rs.next();
            return new SessionTimeouts(rs.getString(1), rs.getString(2));
        }
    }

    /**
     * Captures the session's timeouts, then sets them for the session, in one round trip: PostgreSQL evaluates a
     * select list left to right, so the values read are the ones from before.
     */
    public static SessionTimeouts captureAndSet(Connection c, Duration lockTimeout, Duration statementTimeout)
            throws SQLException {
        try (var ps = c.prepareStatement("SELECT current_setting('lock_timeout'), current_setting('statement_timeout'),"
                + " set_config('lock_timeout', ?, false), set_config('statement_timeout', ?, false)")) {
            ps.setString(1, Durations.setting(lockTimeout));
            ps.setString(2, Durations.setting(statementTimeout));
            try (var rs = ps.executeQuery()) {
                rs.next();
                return new SessionTimeouts(rs.getString(1), rs.getString(2));
            }
        }
    }

    public void restore(Connection c) throws SQLException {
        set(c, lockTimeout, statementTimeout, false);
    }

    /**
     * Sets both timeouts in one round trip (they are set before every statement pgsafety runs).
     *
     * @param local SET LOCAL (until the transaction ends) rather than for the session
     */
    public static void set(Connection c, Duration lockTimeout, Duration statementTimeout, boolean local) throws SQLException {
        set(c, Durations.setting(lockTimeout), Durations.setting(statementTimeout), local);
    }

    /**
     * Creates the savepoint {@code savepoint} and sets both timeouts until the transaction ends, in one round trip
     * (pgJDBC sends the statements together).
     */
    static void savepointAndSetLocal(Connection c, String savepoint, Duration lockTimeout, Duration statementTimeout)
            throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(savepointAndSetLocalSql(savepoint, lockTimeout, statementTimeout));
        }
    }

    /**
     * The text of {@link #savepointAndSetLocal}, ending in a semicolon, for sending a statement along with it. The
     * values are written into it rather than bound: in a prepared statement pgJDBC would take any {@code ?} in the
     * statement sent along (a jsonb operator) for a parameter. {@link Durations#setting} gives digits and a unit.
     */
    static String savepointAndSetLocalSql(String savepoint, Duration lockTimeout, Duration statementTimeout) {
        return "SAVEPOINT " + savepoint + "; SET LOCAL lock_timeout = '" + Durations.setting(lockTimeout)
                + "'; SET LOCAL statement_timeout = '" + Durations.setting(statementTimeout) + "';";
    }

    /** set_config keeps the values bind parameters: no quoting to get wrong. */
    private static void set(Connection c, String lockTimeout, String statementTimeout, boolean local) throws SQLException {
        try (var ps = c.prepareStatement("SELECT set_config('lock_timeout', ?, ?), set_config('statement_timeout', ?, ?)")) {
            ps.setString(1, lockTimeout);
            ps.setBoolean(2, local);
            ps.setString(3, statementTimeout);
            ps.setBoolean(4, local);
            ps.execute();
        }
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
}
