package dev.pgsafety.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A running PostgreSQL server of one major version, wherever it came from.
 * Databases are created on it through {@link #createDatabase(String)}.
 */
public interface PgServer extends AutoCloseable {

    /** The server's major version as it reports it (11 ... 18). */
    int major();

    /** Where the server came from, for test output: "embedded 15.19.0", "docker postgres:15", "env PGSAFETY_TEST_PG_URL_15". */
    String origin();

    /** JDBC URL of the given database on this server. */
    String jdbcUrl(String database);

    /** The database administrative connections use. */
    String adminDatabase();

    String user();

    String password();

    default Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user());
        if (password() != null) {
            props.setProperty("password", password());
        }
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    /** Creates an empty database (from template0, so nothing a previous test left in template1 leaks in). */
    default void createDatabase(String name) throws SQLException {
        try (Connection c = connect(adminDatabase()); var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + quoteIdent(name) + " TEMPLATE template0");
        }
    }

    /** Drops a database, ending sessions a test may have left open on it. */
    default void dropDatabase(String name) throws SQLException {
        try (Connection c = connect(adminDatabase())) {
            try (var ps = c.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                ps.setString(1, name);
                ps.execute();
            }
            try (var st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + quoteIdent(name));
            }
        }
    }

    @Override
    void close();

    static String quoteIdent(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Reads {@code server_version_num} and returns the major version. */
    static int readMajor(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        }
    }
}
