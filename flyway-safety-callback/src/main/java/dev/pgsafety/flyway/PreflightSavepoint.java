package dev.pgsafety.flyway;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The pre-flight's reads inside a migration's transaction, under a savepoint that is rolled back afterwards: the
 * reads change nothing, and a read that fails must not leave the migration's transaction aborted. Outside a
 * transaction it does nothing.
 */
final class PreflightSavepoint implements AutoCloseable {

    private static final String NAME = "pgsafety_preflight";

    private final Connection connection;

    private PreflightSavepoint(Connection connection) {
        this.connection = connection;
    }

    static PreflightSavepoint open(Connection c) throws SQLException {
        if (c.getAutoCommit()) {
            return new PreflightSavepoint(null);
        }
        try (var st = c.createStatement()) {
            st.execute("SAVEPOINT " + NAME);
        }
        return new PreflightSavepoint(c);
    }

    /** Undoes a failed read, so that the transaction can go on; the savepoint stays. */
    void recover() throws SQLException {
        if (connection != null) {
            try (var st = connection.createStatement()) {
                st.execute("ROLLBACK TO SAVEPOINT " + NAME);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            try (var st = connection.createStatement()) {
                st.execute("ROLLBACK TO SAVEPOINT " + NAME + "; RELEASE SAVEPOINT " + NAME);
            }
        }
    }
}
